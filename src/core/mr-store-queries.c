/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-store-queries"

#include "config.h"

#include "mr-store-private.h"

/* Figures that are not kept in the list models: read on demand, for one account
 * or campaign member at a time. */

static const char follower_history_sql[] =
  "SELECT day, followers FROM follower_snapshot WHERE account_id = ?1 ORDER BY day";
static const char audience_sql[] =
  "SELECT dimension, bucket, share FROM audience WHERE account_id = ?1"
  "  ORDER BY dimension, share DESC, bucket";
static const char results_sql[] =
  "SELECT day, impressions, reach, clicks, conversions, engagements, revenue"
  "  FROM campaign_result WHERE member_id = ?1 ORDER BY day";
static const char count_posts_sql[] =
  "SELECT count(*) FROM post WHERE account_id = ?1";

/* For the metrics: days as GDate Julian day numbers (0001-01-01 is day 1, which is
 * SQLite's julianday() 1721425.5), times as Unix seconds, unknown counts as NULL. */
static const char follower_days_sql[] =
  "SELECT CAST(julianday(day) - 1721424.5 AS INTEGER), followers"
  "  FROM follower_snapshot WHERE account_id = ?1 ORDER BY day";
static const char post_stats_sql[] =
  "SELECT coalesce(CAST(strftime('%s', published_at) AS INTEGER), 0),"
  "       views, reach, likes, comments, shares, saves"
  "  FROM post WHERE account_id = ?1 ORDER BY published_at DESC";
static const char daily_activity_sql[] =
  "SELECT CAST(julianday(day) - 1721424.5 AS INTEGER),"
  "       views, profile_views, likes, comments, shares"
  "  FROM daily_stat WHERE account_id = ?1 ORDER BY day";
static const char checklist_ratings_sql[] =
  "SELECT rating FROM checklist WHERE creator_id = ?1 ORDER BY criterion";

static sqlite3_stmt *
prepare_for (MrStore     *self,
             const char  *sql,
             gint64       id,
             GError     **error)
{
  sqlite3_stmt *stmt = mr_store_prepare (self, sql, error);

  if (stmt != NULL)
    sqlite3_bind_int64 (stmt, 1, id);

  return stmt;
}

static gboolean
finish_query (MrStore       *self,
              sqlite3_stmt  *stmt,
              int            rc,
              GError       **error)
{
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return mr_store_fail (self, rc, error);

  return TRUE;
}

static void
copy_date (char        dest[11],
           const char *text)
{
  g_strlcpy (dest, text != NULL ? text : "", 11);
}

/**
 * mr_store_list_follower_history:
 *
 * Returns: (transfer full) (element-type MrFollowerPoint): the account's follower
 *   counts by day, oldest first, or %NULL on error
 */
GArray *
mr_store_list_follower_history (MrStore  *self,
                                gint64    account_id,
                                GError  **error)
{
  g_autoptr(GArray) points = g_array_new (FALSE, TRUE, sizeof (MrFollowerPoint));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (MR_IS_STORE (self), NULL);

  if ((stmt = prepare_for (self, follower_history_sql, account_id, error)) == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      MrFollowerPoint point;

      copy_date (point.date, mr_store_column_text (stmt, 0));
      point.followers = sqlite3_column_int64 (stmt, 1);
      g_array_append_val (points, point);
    }

  if (!finish_query (self, stmt, rc, error))
    return NULL;

  return g_steal_pointer (&points);
}

/**
 * mr_store_list_audience:
 *
 * Returns: (transfer full) (element-type MrAudienceShare): the account's audience
 *   by dimension, the largest share first within each, or %NULL on error
 */
GPtrArray *
mr_store_list_audience (MrStore  *self,
                        gint64    account_id,
                        GError  **error)
{
  g_autoptr(GPtrArray) shares = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (MR_IS_STORE (self), NULL);

  if ((stmt = prepare_for (self, audience_sql, account_id, error)) == NULL)
    return NULL;

  shares = g_ptr_array_new_with_free_func ((GDestroyNotify) mr_audience_share_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      MrAudienceShare *share = g_new0 (MrAudienceShare, 1);

      share->dimension = g_strdup (mr_store_column_text (stmt, 0));
      share->bucket = g_strdup (mr_store_column_text (stmt, 1));
      share->share = sqlite3_column_double (stmt, 2);
      g_ptr_array_add (shares, share);
    }

  if (!finish_query (self, stmt, rc, error))
    return NULL;

  return g_steal_pointer (&shares);
}

/**
 * mr_store_list_results:
 *
 * Returns: (transfer full) (element-type MrResultRow): the member's results by
 *   day, oldest first, or %NULL on error
 */
GArray *
mr_store_list_results (MrStore  *self,
                       gint64    member_id,
                       GError  **error)
{
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (MrResultRow));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (MR_IS_STORE (self), NULL);

  if ((stmt = prepare_for (self, results_sql, member_id, error)) == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      MrResultRow row;

      copy_date (row.date, mr_store_column_text (stmt, 0));
      row.impressions = mr_store_column_count (stmt, 1);
      row.reach = mr_store_column_count (stmt, 2);
      row.clicks = mr_store_column_count (stmt, 3);
      row.conversions = mr_store_column_count (stmt, 4);
      row.engagements = mr_store_column_count (stmt, 5);
      row.revenue = mr_store_column_double (stmt, 6);
      g_array_append_val (rows, row);
    }

  if (!finish_query (self, stmt, rc, error))
    return NULL;

  return g_steal_pointer (&rows);
}

/**
 * mr_store_count_posts:
 *
 * Returns: how many posts are stored for the account, or -1 on error
 */
gint64
mr_store_count_posts (MrStore  *self,
                      gint64    account_id,
                      GError  **error)
{
  sqlite3_stmt *stmt;
  gint64 count = 0;
  int rc;

  g_return_val_if_fail (MR_IS_STORE (self), -1);

  if ((stmt = prepare_for (self, count_posts_sql, account_id, error)) == NULL)
    return -1;

  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      count = sqlite3_column_int64 (stmt, 0);
      rc = sqlite3_step (stmt);
    }

  if (!finish_query (self, stmt, rc, error))
    return -1;

  return count;
}

/**
 * mr_store_list_follower_days:
 *
 * Returns: (transfer full) (element-type MrFollowerDay): the account's follower
 *   history for the metrics, oldest first, or %NULL on error
 */
GArray *
mr_store_list_follower_days (MrStore  *self,
                             gint64    account_id,
                             GError  **error)
{
  g_autoptr(GArray) days = g_array_new (FALSE, TRUE, sizeof (MrFollowerDay));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (MR_IS_STORE (self), NULL);

  if ((stmt = prepare_for (self, follower_days_sql, account_id, error)) == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      MrFollowerDay day = {
        .day = (guint32) sqlite3_column_int64 (stmt, 0),
        .followers = mr_store_column_count (stmt, 1),
      };

      g_array_append_val (days, day);
    }

  if (!finish_query (self, stmt, rc, error))
    return NULL;

  return g_steal_pointer (&days);
}

/**
 * mr_store_list_post_stats:
 *
 * Returns: (transfer full) (element-type MrPostStats): the account's posts for the
 *   metrics, newest first, or %NULL on error
 */
GArray *
mr_store_list_post_stats (MrStore  *self,
                          gint64    account_id,
                          GError  **error)
{
  g_autoptr(GArray) posts = g_array_new (FALSE, TRUE, sizeof (MrPostStats));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (MR_IS_STORE (self), NULL);

  if ((stmt = prepare_for (self, post_stats_sql, account_id, error)) == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      MrPostStats post = {
        .published_at = sqlite3_column_int64 (stmt, 0),
        .views = mr_store_column_count (stmt, 1),
        .reach = mr_store_column_count (stmt, 2),
        .likes = mr_store_column_count (stmt, 3),
        .comments = mr_store_column_count (stmt, 4),
        .shares = mr_store_column_count (stmt, 5),
        .saves = mr_store_column_count (stmt, 6),
      };

      g_array_append_val (posts, post);
    }

  if (!finish_query (self, stmt, rc, error))
    return NULL;

  return g_steal_pointer (&posts);
}

/**
 * mr_store_list_daily_activity:
 *
 * Returns: (transfer full) (element-type MrDailyActivity): the account's daily
 *   figures (TikTok's Overview), oldest first, or %NULL on error
 */
GArray *
mr_store_list_daily_activity (MrStore  *self,
                              gint64    account_id,
                              GError  **error)
{
  g_autoptr(GArray) days = g_array_new (FALSE, TRUE, sizeof (MrDailyActivity));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (MR_IS_STORE (self), NULL);

  if ((stmt = prepare_for (self, daily_activity_sql, account_id, error)) == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      MrDailyActivity day = {
        .day = (guint32) sqlite3_column_int64 (stmt, 0),
        .views = mr_store_column_count (stmt, 1),
        .profile_views = mr_store_column_count (stmt, 2),
        .likes = mr_store_column_count (stmt, 3),
        .comments = mr_store_column_count (stmt, 4),
        .shares = mr_store_column_count (stmt, 5),
      };

      g_array_append_val (days, day);
    }

  if (!finish_query (self, stmt, rc, error))
    return NULL;

  return g_steal_pointer (&days);
}

/**
 * mr_store_list_checklist_ratings:
 *
 * Returns: (transfer full) (element-type int): the creator's checklist ratings (0–5,
 *   or -1 for a criterion not rated yet), or %NULL on error
 */
GArray *
mr_store_list_checklist_ratings (MrStore  *self,
                                 gint64    creator_id,
                                 GError  **error)
{
  g_autoptr(GArray) ratings = g_array_new (FALSE, TRUE, sizeof (int));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (MR_IS_STORE (self), NULL);

  if ((stmt = prepare_for (self, checklist_ratings_sql, creator_id, error)) == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int rating = (int) mr_store_column_count (stmt, 0);

      g_array_append_val (ratings, rating);
    }

  if (!finish_query (self, stmt, rc, error))
    return NULL;

  return g_steal_pointer (&ratings);
}
