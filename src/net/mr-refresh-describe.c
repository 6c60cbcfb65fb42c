/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-refresh"

#include "config.h"

#include <glib/gi18n.h>

#include "mr-number-format.h"
#include "mr-refresh.h"

/* What became of a refresh, in words: a row per account in the window, a line per
 * account on the command line, and the toast's summary. */

static const char *
platform_name (MrPlatform platform)
{
  const MrNetProvider *provider = mr_net_provider_for_platform (platform);

  return provider != NULL ? provider->name : mr_platform_to_string (platform);
}

char *
mr_refresh_entry_describe_account (const MrRefreshEntry *entry)
{
  g_return_val_if_fail (entry != NULL, NULL);

  /* Translators: an account, e.g. "@lotte.bsky.social (Bluesky)" */
  return g_strdup_printf (_("@%s (%s)"), entry->handle, platform_name (entry->platform));
}

static char *
describe_fetched (const MrRefreshEntry *entry)
{
  g_autofree char *followers = NULL;
  g_autofree char *posts = NULL;

  if (entry->followers != MR_NET_NO_COUNT)
    {
      g_autofree char *count = mr_format_count (entry->followers);

      /* Translators: %s is a number, e.g. "1,234 followers" */
      followers = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s follower",
                                                "%s followers",
                                                (gulong) entry->followers),
                                   count);
    }
  else
    followers = g_strdup (_("followers not public"));

  if (entry->outcome == MR_REFRESH_UPDATED && entry->new_posts > 0)
    /* Translators: "37 posts read, 5 new or changed" */
    posts = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u post read, %u new or changed",
                                          "%u posts read, %u new or changed", entry->n_posts),
                             entry->n_posts, (guint) entry->new_posts);
  else
    posts = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u post read", "%u posts read",
                                          entry->n_posts),
                             entry->n_posts);

  if (entry->outcome == MR_REFRESH_UNCHANGED)
    /* Translators: "1,234 followers, 37 posts read: nothing new since the last refresh today" */
    return g_strdup_printf (_("%s, %s: nothing new since the last refresh today"),
                            followers, posts);
  return g_strdup_printf ("%s, %s", followers, posts);
}

char *
mr_refresh_entry_describe_outcome (const MrRefreshEntry *entry)
{
  g_return_val_if_fail (entry != NULL, NULL);

  switch (entry->outcome)
    {
    case MR_REFRESH_WAITING:
      return g_strdup (_("Waiting"));
    case MR_REFRESH_FETCHING:
      return entry->n_posts > 0 || entry->followers != MR_NET_NO_COUNT
             ? describe_fetched (entry) : g_strdup (_("Fetching…"));
    case MR_REFRESH_UPDATED:
    case MR_REFRESH_UNCHANGED:
      return describe_fetched (entry);
    case MR_REFRESH_FAILED:
      return g_strdup (entry->error != NULL ? entry->error->message : _("Failed"));
    case MR_REFRESH_CANCELLED:
      return g_strdup (_("Not refreshed: cancelled"));
    default:
      g_return_val_if_reached (NULL);
    }
}

char *
mr_refresh_describe (MrRefresh *self)
{
  guint n_entries, n_failed;
  guint n_refreshed = 0;
  guint n_cancelled = 0;
  g_autofree char *refreshed = NULL;

  g_return_val_if_fail (MR_IS_REFRESH (self), NULL);

  n_entries = mr_refresh_get_n_entries (self);
  n_failed = mr_refresh_get_n_failed (self);
  for (guint i = 0; i < n_entries; i++)
    {
      const MrRefreshEntry *entry = mr_refresh_get_entry (self, i);

      n_refreshed += entry->outcome == MR_REFRESH_UPDATED ||
                     entry->outcome == MR_REFRESH_UNCHANGED;
      n_cancelled += entry->outcome == MR_REFRESH_CANCELLED;
    }

  if (n_entries == 0)
    return g_strdup (_("No accounts to refresh: only Bluesky, Mastodon and YouTube accounts can be refreshed"));

  refreshed = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Refreshed %u account",
                                            "Refreshed %u accounts", n_refreshed),
                               n_refreshed);
  if (n_failed > 0 && n_cancelled > 0)
    /* Translators: "Refreshed 3 accounts, 1 failed, 2 cancelled" */
    return g_strdup_printf (_("%s, %u failed, %u cancelled"),
                            refreshed, n_failed, n_cancelled);
  if (n_failed > 0)
    /* Translators: "Refreshed 3 accounts, 1 failed" */
    return g_strdup_printf (_("%s, %u failed"), refreshed, n_failed);
  if (n_cancelled > 0)
    /* Translators: "Refreshed 3 accounts, 2 cancelled" */
    return g_strdup_printf (_("%s, %u cancelled"), refreshed, n_cancelled);
  return g_steal_pointer (&refreshed);
}
