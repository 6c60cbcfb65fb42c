/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-roster-handle"

#include "config.h"

#include <glib/gi18n.h>

#include "mr-handle.h"
#include "mr-import-values.h"
#include "mr-roster-handle.h"

static char *
describe_rule (MrPlatform platform)
{
  switch (platform)
    {
    case MR_PLATFORM_INSTAGRAM:
      return g_strdup (_("An Instagram handle has up to 30 letters, digits, periods and underscores, and does not start or end with a period."));
    case MR_PLATFORM_TIKTOK:
      return g_strdup (_("A TikTok handle has 2 to 24 letters, digits, periods and underscores, and does not end with a period."));
    case MR_PLATFORM_YOUTUBE:
      return g_strdup (_("A YouTube handle is @ followed by 3 to 30 letters, digits, periods, hyphens and underscores."));
    case MR_PLATFORM_BLUESKY:
      return g_strdup (_("A Bluesky handle looks like a web address, such as name.bsky.social."));
    case MR_PLATFORM_MASTODON:
      return g_strdup (_("A Mastodon handle names the user and the server, such as name@mastodon.social."));
    case MR_PLATFORM_OTHER:
    default:
      return g_strdup (_("A handle has no spaces or slashes. For a web page, enter the address without “https://”."));
    }
}

char *
mr_roster_handle_check (const char  *text,
                        MrPlatform  *platform,
                        char       **message)
{
  g_autofree char *trimmed = NULL;
  g_autofree char *handle = NULL;

  g_return_val_if_fail (platform != NULL, NULL);
  g_return_val_if_fail (message != NULL, NULL);

  *message = NULL;
  trimmed = g_strstrip (g_strdup (text != NULL ? text : ""));
  if (trimmed[0] == '\0')
    return NULL;

  /* A link to a profile says whose it is (and on which platform); otherwise the text is
   * the handle itself, one leading '@' aside. */
  if (strchr (trimmed, '/') != NULL && *platform != MR_PLATFORM_OTHER)
    handle = mr_value_parse_handle (trimmed, platform);
  else
    handle = g_strdup (trimmed[0] == '@' ? trimmed + 1 : trimmed);

  if (handle != NULL && *platform == MR_PLATFORM_BLUESKY)
    {
      g_autofree char *lower = g_ascii_strdown (handle, -1);

      g_free (handle);
      handle = g_steal_pointer (&lower);
    }

  if (handle == NULL || !mr_handle_is_valid (*platform, handle))
    {
      *message = describe_rule (*platform);
      return NULL;
    }

  return g_steal_pointer (&handle);
}
