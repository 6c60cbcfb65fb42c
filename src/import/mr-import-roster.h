/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mr-import-format.h"

G_BEGIN_DECLS

/* The roster's guessed column mapping in words, one line in header order, for the
 * headless import to report: "Naam → name, Volgers → followers, Land → country". */
char *mr_import_roster_describe_mapping (MrImportFile *file);

G_END_DECLS
