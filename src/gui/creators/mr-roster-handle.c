/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-roster-handle"

#include "config.h"

#include <glib/gi18n.h>

#include "mr-import-values.h"
#include "mr-roster-handle.h"

/* What each platform accepts as a user name, as its sign-up forms say:
 * Instagram 1–30 of letters, digits, '.' and '_', no '.' at either end nor two in a
 * row; TikTok 2–24 of the same, not ending in '.'; YouTube a handle of 3–30 letters,
 * digits, '.', '-' and '_'; Bluesky a domain name (name.bsky.social); Mastodon a user
 * and the server (name@mastodon.social). */

static gboolean
all_of (const char *text,
        const char *allowed_punctuation)
{
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && strchr (allowed_punctuation, *p) == NULL)
      return FALSE;
  return TRUE;
}

static gboolean
is_domain (const char *text)
{
  g_auto(GStrv) labels = NULL;
  guint n;

  if (strlen (text) > 253 || !all_of (text, ".-"))
    return FALSE;

  labels = g_strsplit (text, ".", -1);
  n = g_strv_length (labels);
  if (n < 2)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      gsize len = strlen (labels[i]);

      if (len == 0 || len > 63 || labels[i][0] == '-' || labels[i][len - 1] == '-')
        return FALSE;
    }
  /* A top-level domain is never a number. */
  return g_ascii_isalpha (labels[n - 1][0]);
}

static gboolean
is_valid (MrPlatform  platform,
          const char *handle)
{
  gsize len = strlen (handle);
  const char *at;

  switch (platform)
    {
    case MR_PLATFORM_INSTAGRAM:
      return len >= 1 && len <= 30 && all_of (handle, "._") &&
             handle[0] != '.' && handle[len - 1] != '.' && strstr (handle, "..") == NULL;
    case MR_PLATFORM_TIKTOK:
      return len >= 2 && len <= 24 && all_of (handle, "._") && handle[len - 1] != '.';
    case MR_PLATFORM_YOUTUBE:
      return len >= 3 && len <= 30 && all_of (handle, "._-");
    case MR_PLATFORM_BLUESKY:
      return is_domain (handle);
    case MR_PLATFORM_MASTODON:
      at = strchr (handle, '@');
      if (at == NULL || at == handle || at - handle > 30)
        return FALSE;
      {
        g_autofree char *user = g_strndup (handle, at - handle);

        return all_of (user, "._-") && user[0] != '.' && is_domain (at + 1);
      }
    case MR_PLATFORM_OTHER:
    default:
      return len <= 100 && strpbrk (handle, " \t\n/") == NULL;
    }
}

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

  if (handle == NULL || !is_valid (*platform, handle))
    {
      *message = describe_rule (*platform);
      return NULL;
    }

  return g_steal_pointer (&handle);
}
