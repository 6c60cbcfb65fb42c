/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-handle"

#include "config.h"

#include <string.h>

#include "mr-handle.h"

static gboolean
all_of (const char *text,
        const char *allowed_punctuation)
{
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && strchr (allowed_punctuation, *p) == NULL)
      return FALSE;
  return TRUE;
}

gboolean
mr_handle_is_domain (const char *text)
{
  g_auto(GStrv) labels = NULL;
  guint n;

  g_return_val_if_fail (text != NULL, FALSE);

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
  /* A top-level domain is never a number: "1.2.3.4" is an address. */
  return g_ascii_isalpha (labels[n - 1][0]);
}

gboolean
mr_handle_is_valid (MrPlatform  platform,
                    const char *handle)
{
  gsize len;
  const char *at;

  g_return_val_if_fail (handle != NULL, FALSE);

  len = strlen (handle);
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
      return mr_handle_is_domain (handle);
    case MR_PLATFORM_MASTODON:
      at = strchr (handle, '@');
      if (at == NULL || at == handle || at - handle > 30)
        return FALSE;
      {
        g_autofree char *user = g_strndup (handle, at - handle);

        return all_of (user, "._-") && user[0] != '.' && mr_handle_is_domain (at + 1);
      }
    case MR_PLATFORM_OTHER:
    default:
      return len <= 100 && strpbrk (handle, " \t\n/") == NULL;
    }
}
