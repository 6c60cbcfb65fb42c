/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Lower case without accents, so that "lotte" finds "Lötte" and "LOTTE": how names,
 * handles and niches are compared wherever a person typed them. NULL folds to "". */
char *mr_text_fold (const char *text);

G_END_DECLS
