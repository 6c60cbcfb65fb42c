/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-json-export-accounts"

#include "config.h"

#include "mr-json-export-private.h"

/* An account in the JSON export: DESIGN.md §5's keys, then everything else stored about
 * it, so that importing the export restores the account as it was. */

static void
build_follower_history (JsonBuilder *builder,
                        GArray      *history)
{
  json_builder_set_member_name (builder, "follower_history");
  json_builder_begin_array (builder);
  for (guint i = 0; i < history->len; i++)
    {
      const MrFollowerPoint *point = &g_array_index (history, MrFollowerPoint, i);

      json_builder_begin_object (builder);
      mr_json_add_string (builder, "date", point->date);
      mr_json_add_count (builder, "followers", point->followers);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
build_audience (JsonBuilder *builder,
                GPtrArray   *audience)
{
  json_builder_set_member_name (builder, "audience");
  json_builder_begin_array (builder);
  for (guint i = 0; i < audience->len; i++)
    {
      const MrAudienceShare *share = g_ptr_array_index (audience, i);

      json_builder_begin_object (builder);
      mr_json_add_string (builder, "dimension", share->dimension);
      mr_json_add_string (builder, "bucket", share->bucket);
      mr_json_add_double (builder, "share", share->share);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/* "post_list", since "posts" is DESIGN.md §5's count of them. */
static void
build_posts (JsonBuilder *builder,
             GPtrArray   *posts)
{
  json_builder_set_member_name (builder, "post_list");
  json_builder_begin_array (builder);
  for (guint i = 0; i < posts->len; i++)
    {
      const MrPostRow *post = g_ptr_array_index (posts, i);

      json_builder_begin_object (builder);
      mr_json_add_string (builder, "id", post->external_id);
      mr_json_add_time (builder, "published_at", post->published_at);
      mr_json_add_string (builder, "kind", post->kind);
      mr_json_add_string (builder, "caption", post->caption);
      mr_json_add_string (builder, "permalink", post->permalink);
      mr_json_add_count (builder, "views", post->views);
      mr_json_add_count (builder, "reach", post->reach);
      mr_json_add_count (builder, "impressions", post->impressions);
      mr_json_add_count (builder, "likes", post->likes);
      mr_json_add_count (builder, "comments", post->comments);
      mr_json_add_count (builder, "shares", post->shares);
      mr_json_add_count (builder, "saves", post->saves);
      mr_json_add_double (builder, "duration", post->duration);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
build_daily (JsonBuilder *builder,
             GArray      *days)
{
  json_builder_set_member_name (builder, "daily");
  json_builder_begin_array (builder);
  for (guint i = 0; i < days->len; i++)
    {
      const MrDailyRow *day = &g_array_index (days, MrDailyRow, i);

      json_builder_begin_object (builder);
      mr_json_add_string (builder, "date", day->date);
      mr_json_add_count (builder, "views", day->views);
      mr_json_add_count (builder, "profile_views", day->profile_views);
      mr_json_add_count (builder, "likes", day->likes);
      mr_json_add_count (builder, "comments", day->comments);
      mr_json_add_count (builder, "shares", day->shares);
      mr_json_add_count (builder, "viewers", day->viewers);
      mr_json_add_count (builder, "new_viewers", day->new_viewers);
      mr_json_add_count (builder, "reach", day->reach);
      /* A net change, so below zero is a value, not "unknown". */
      json_builder_set_member_name (builder, "new_followers");
      if (day->has_new_followers)
        json_builder_add_int_value (builder, day->new_followers);
      else
        json_builder_add_null_value (builder);
      mr_json_add_double (builder, "watch_hours", day->watch_hours);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
build_activity (JsonBuilder *builder,
                GArray      *hours)
{
  json_builder_set_member_name (builder, "activity");
  json_builder_begin_array (builder);
  for (guint i = 0; i < hours->len; i++)
    {
      const MrActivityRow *hour = &g_array_index (hours, MrActivityRow, i);

      json_builder_begin_object (builder);
      mr_json_add_count (builder, "weekday", hour->weekday > 0 ? (gint64) hour->weekday : -1);
      mr_json_add_string (builder, "date", hour->date[0] != '\0' ? hour->date : NULL);
      mr_json_add_count (builder, "hour", hour->hour);
      mr_json_add_count (builder, "active_followers", hour->active_followers);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
build_totals (JsonBuilder *builder,
              GPtrArray   *totals)
{
  json_builder_set_member_name (builder, "totals");
  json_builder_begin_array (builder);
  for (guint i = 0; i < totals->len; i++)
    {
      const MrAccountTotal *total = g_ptr_array_index (totals, i);

      json_builder_begin_object (builder);
      mr_json_add_string (builder, "metric", total->metric);
      mr_json_add_double (builder, "value", total->value);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

gboolean
mr_json_build_account (JsonBuilder  *builder,
                       MrStore      *store,
                       MrAccount    *account,
                       GError      **error)
{
  gint64 id = mr_account_get_id (account);
  g_autoptr(GArray) history = NULL;
  g_autoptr(GPtrArray) audience = NULL;
  g_autoptr(GPtrArray) posts = NULL;
  g_autoptr(GArray) days = NULL;
  g_autoptr(GArray) hours = NULL;
  g_autoptr(GPtrArray) totals = NULL;
  MrAccountFigures figures;

  if ((history = mr_store_list_follower_history (store, id, error)) == NULL ||
      (audience = mr_store_list_audience (store, id, error)) == NULL ||
      (posts = mr_store_list_posts (store, id, error)) == NULL ||
      (days = mr_store_list_daily_stats (store, id, error)) == NULL ||
      (hours = mr_store_list_activity (store, id, error)) == NULL ||
      (totals = mr_store_list_account_totals (store, id, error)) == NULL ||
      !mr_store_get_account_figures (store, id, &figures, error))
    return FALSE;

  json_builder_begin_object (builder);
  mr_json_add_string (builder, "platform", mr_platform_to_string (mr_account_get_platform (account)));
  mr_json_add_string (builder, "handle", mr_account_get_handle (account));
  mr_json_add_count (builder, "followers", mr_account_get_followers (account));
  mr_json_add_count (builder, "posts", posts->len);
  mr_json_add_string (builder, "url", mr_account_get_url (account));
  mr_json_add_count (builder, "following", mr_account_get_following (account));
  /* What the profile says it has, as against "posts", the number stored. */
  mr_json_add_count (builder, "profile_posts", mr_account_get_posts (account));
  mr_json_add_time (builder, "updated_at", mr_account_get_updated_at (account));
  mr_json_add_double (builder, "avg_likes", figures.avg_likes);
  mr_json_add_double (builder, "avg_comments", figures.avg_comments);
  mr_json_add_double (builder, "engagement_rate", figures.engagement_rate);

  build_follower_history (builder, history);
  build_audience (builder, audience);
  build_posts (builder, posts);
  build_daily (builder, days);
  build_activity (builder, hours);
  build_totals (builder, totals);

  json_builder_end_object (builder);
  return TRUE;
}
