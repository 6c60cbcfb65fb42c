/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "mr-enums.h"

G_BEGIN_DECLS

/* Whether @handle (as stored: no leading '@') is a user name @platform allows, as its
 * sign-up forms say: Instagram 1–30 of letters, digits, '.' and '_', no '.' at either
 * end nor two in a row; TikTok 2–24 of the same, not ending in '.'; YouTube 3–30
 * letters, digits, '.', '-' and '_'; Bluesky a domain name (name.bsky.social);
 * Mastodon a user and the server (name@mastodon.social); any other platform, a word
 * without spaces or slashes. */
gboolean mr_handle_is_valid  (MrPlatform  platform,
                              const char *handle);

/* A host name and nothing else: two labels or more of letters, digits and '-', none
 * starting or ending with '-', a top-level domain that is not a number; no port, path,
 * user or address. */
gboolean mr_handle_is_domain (const char *text);

G_END_DECLS
