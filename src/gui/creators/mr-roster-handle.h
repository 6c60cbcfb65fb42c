/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "mr-enums.h"

G_BEGIN_DECLS

/* Checks a handle as a marketer types or pastes it ("@name", "name", a profile link)
 * against what @platform allows. A link names its platform: *@platform follows it.
 *
 * Returns: (transfer full) (nullable): the handle as Microreach stores it (without the
 *   leading '@'), or %NULL: then *@message says what is wrong, in a sentence, or is
 *   %NULL when @text is empty */
char *mr_roster_handle_check (const char  *text,
                              MrPlatform  *platform,
                              char       **message);

G_END_DECLS
