/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-store-queries"

#include "config.h"

#include <math.h>
#include <string.h>

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

/* For the metrics: the columns of MR_STORE_*_COLUMNS, read by mr_store_read_* (). */
static const char follower_days_sql[] =
  "SELECT " MR_STORE_FOLLOWER_DAY_COLUMNS
  "  FROM follower_snapshot WHERE account_id = ?1 ORDER BY day";
static const char post_stats_sql[] =
  "SELECT " MR_STORE_POST_STATS_COLUMNS
  "  FROM post WHERE account_id = ?1 ORDER BY published_at DESC";
static const char daily_activity_sql[] =
  "SELECT " MR_STORE_DAILY_ACTIVITY_COLUMNS
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

/* ── The metrics' rows, for one account here and for all at once in
 *    mr-store-vetting-all.c ─────────────────────────────────────────────────────── */

/* A stored day (YYYY-MM-DD, as the schema checks) as a GDate Julian day number; 0 for a
 * date that does not exist. Read here rather than by SQLite's julianday (): the history
 * of ten thousand creators is two million of them. */
static guint32
julian_day (const char *text)
{
  unsigned year, month, day;
  GDate date;

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return 0;
  year = (unsigned) g_ascii_strtoull (text, NULL, 10);
  month = (unsigned) g_ascii_strtoull (text + 5, NULL, 10);
  day = (unsigned) g_ascii_strtoull (text + 8, NULL, 10);
  if (!g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return 0;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return g_date_get_julian (&date);
}

void
mr_store_read_post_stats (sqlite3_stmt *stmt,
                          int           first,
                          MrPostStats  *post)
{
  *post = (MrPostStats) {
    .published_at = sqlite3_column_int64 (stmt, first),
    .views = mr_store_column_count (stmt, first + 1),
    .reach = mr_store_column_count (stmt, first + 2),
    .likes = mr_store_column_count (stmt, first + 3),
    .comments = mr_store_column_count (stmt, first + 4),
    .shares = mr_store_column_count (stmt, first + 5),
    .saves = mr_store_column_count (stmt, first + 6),
  };
}

void
mr_store_read_follower_day (sqlite3_stmt  *stmt,
                            int            first,
                            MrFollowerDay *day)
{
  *day = (MrFollowerDay) {
    .day = julian_day ((const char *) sqlite3_column_text (stmt, first)),
    .followers = mr_store_column_count (stmt, first + 1),
  };
}

void
mr_store_read_daily_activity (sqlite3_stmt    *stmt,
                              int              first,
                              MrDailyActivity *day)
{
  *day = (MrDailyActivity) {
    .day = julian_day ((const char *) sqlite3_column_text (stmt, first)),
    .views = mr_store_column_count (stmt, first + 1),
    .profile_views = mr_store_column_count (stmt, first + 2),
    .likes = mr_store_column_count (stmt, first + 3),
    .comments = mr_store_column_count (stmt, first + 4),
    .shares = mr_store_column_count (stmt, first + 5),
  };
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
      MrFollowerDay day;

      mr_store_read_follower_day (stmt, 0, &day);
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
      MrPostStats post;

      mr_store_read_post_stats (stmt, 0, &post);
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
      MrDailyActivity day;

      mr_store_read_daily_activity (stmt, 0, &day);
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

/* ── For the JSON export: every stored row, in the order of its natural key ─────────── */

static const char account_figures_sql[] =
  "SELECT avg_likes, avg_comments, engagement_rate FROM account WHERE id = ?1";
static const char posts_sql[] =
  "SELECT external_id, published_at, kind, caption, permalink, views, reach, impressions,"
  "       likes, comments, shares, saves, duration"
  "  FROM post WHERE account_id = ?1 ORDER BY published_at, external_id";
static const char daily_stats_sql[] =
  "SELECT day, views, profile_views, likes, comments, shares, viewers, new_viewers, reach,"
  "       new_followers, watch_hours"
  "  FROM daily_stat WHERE account_id = ?1 ORDER BY day";
static const char activity_sql[] =
  "SELECT coalesce(weekday, 0), coalesce(day, ''), hour, active_followers"
  "  FROM activity WHERE account_id = ?1 ORDER BY weekday IS NULL, weekday, day, hour";
static const char account_totals_sql[] =
  "SELECT metric, value FROM account_total WHERE account_id = ?1 ORDER BY metric";
static const char checklist_sql[] =
  "SELECT criterion, rating, note FROM checklist WHERE creator_id = ?1 ORDER BY criterion";
static const char search_stats_sql[] =
  "SELECT source, kind, nullif(query, ''), nullif(region, ''), period_start, period_end,"
  "       clicks, impressions, ctr, position, interest"
  "  FROM search_stat ORDER BY source, kind, query, region, period_start, period_end";

void
mr_post_row_free (MrPostRow *row)
{
  if (row == NULL)
    return;

  g_free (row->external_id);
  g_clear_pointer (&row->published_at, g_date_time_unref);
  g_free (row->kind);
  g_free (row->caption);
  g_free (row->permalink);
  g_free (row);
}

void
mr_account_total_free (MrAccountTotal *total)
{
  if (total == NULL)
    return;

  g_free (total->metric);
  g_free (total);
}

void
mr_checklist_entry_free (MrChecklistEntry *entry)
{
  if (entry == NULL)
    return;

  g_free (entry->criterion);
  g_free (entry->note);
  g_free (entry);
}

void
mr_search_row_free (MrSearchRow *row)
{
  if (row == NULL)
    return;

  g_free (row->source);
  g_free (row->kind);
  g_free (row->query);
  g_free (row->region);
  g_free (row);
}

/**
 * mr_store_get_account_figures:
 *
 * Reads what a roster said about the account's usual post. A figure nobody gave is NAN;
 * an account that is not stored has none.
 */
gboolean
mr_store_get_account_figures (MrStore           *self,
                              gint64             account_id,
                              MrAccountFigures  *figures,
                              GError           **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (MR_IS_STORE (self), FALSE);
  g_return_val_if_fail (figures != NULL, FALSE);

  figures->avg_likes = figures->avg_comments = figures->engagement_rate = NAN;
  if ((stmt = prepare_for (self, account_figures_sql, account_id, error)) == NULL)
    return FALSE;

  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      figures->avg_likes = mr_store_column_double (stmt, 0);
      figures->avg_comments = mr_store_column_double (stmt, 1);
      figures->engagement_rate = mr_store_column_double (stmt, 2);
      rc = sqlite3_step (stmt);
    }

  return finish_query (self, stmt, rc, error);
}

/**
 * mr_store_list_posts:
 *
 * Returns: (transfer full) (element-type MrPostRow): the account's posts, oldest first
 *   (those without a time before them), or %NULL on error
 */
GPtrArray *
mr_store_list_posts (MrStore  *self,
                     gint64    account_id,
                     GError  **error)
{
  g_autoptr(GPtrArray) posts = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (MR_IS_STORE (self), NULL);

  if ((stmt = prepare_for (self, posts_sql, account_id, error)) == NULL)
    return NULL;

  posts = g_ptr_array_new_with_free_func ((GDestroyNotify) mr_post_row_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      MrPostRow *post = g_new0 (MrPostRow, 1);

      post->external_id = g_strdup (mr_store_column_text (stmt, 0));
      post->published_at = mr_store_column_date_time (stmt, 1);
      post->kind = g_strdup (mr_store_column_text (stmt, 2));
      post->caption = g_strdup (mr_store_column_text (stmt, 3));
      post->permalink = g_strdup (mr_store_column_text (stmt, 4));
      post->views = mr_store_column_count (stmt, 5);
      post->reach = mr_store_column_count (stmt, 6);
      post->impressions = mr_store_column_count (stmt, 7);
      post->likes = mr_store_column_count (stmt, 8);
      post->comments = mr_store_column_count (stmt, 9);
      post->shares = mr_store_column_count (stmt, 10);
      post->saves = mr_store_column_count (stmt, 11);
      post->duration = mr_store_column_double (stmt, 12);
      g_ptr_array_add (posts, post);
    }

  if (!finish_query (self, stmt, rc, error))
    return NULL;

  return g_steal_pointer (&posts);
}

/**
 * mr_store_list_daily_stats:
 *
 * Returns: (transfer full) (element-type MrDailyRow): every daily figure of the
 *   account, oldest first, or %NULL on error
 */
GArray *
mr_store_list_daily_stats (MrStore  *self,
                           gint64    account_id,
                           GError  **error)
{
  g_autoptr(GArray) days = g_array_new (FALSE, TRUE, sizeof (MrDailyRow));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (MR_IS_STORE (self), NULL);

  if ((stmt = prepare_for (self, daily_stats_sql, account_id, error)) == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      MrDailyRow day = {
        .views = mr_store_column_count (stmt, 1),
        .profile_views = mr_store_column_count (stmt, 2),
        .likes = mr_store_column_count (stmt, 3),
        .comments = mr_store_column_count (stmt, 4),
        .shares = mr_store_column_count (stmt, 5),
        .viewers = mr_store_column_count (stmt, 6),
        .new_viewers = mr_store_column_count (stmt, 7),
        .reach = mr_store_column_count (stmt, 8),
        .new_followers = sqlite3_column_int64 (stmt, 9),
        .has_new_followers = sqlite3_column_type (stmt, 9) != SQLITE_NULL,
        .watch_hours = mr_store_column_double (stmt, 10),
      };

      copy_date (day.date, mr_store_column_text (stmt, 0));
      g_array_append_val (days, day);
    }

  if (!finish_query (self, stmt, rc, error))
    return NULL;

  return g_steal_pointer (&days);
}

/**
 * mr_store_list_activity:
 *
 * Returns: (transfer full) (element-type MrActivityRow): the account's active
 *   followers by hour, weekdays first, then dates, or %NULL on error
 */
GArray *
mr_store_list_activity (MrStore  *self,
                        gint64    account_id,
                        GError  **error)
{
  g_autoptr(GArray) hours = g_array_new (FALSE, TRUE, sizeof (MrActivityRow));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (MR_IS_STORE (self), NULL);

  if ((stmt = prepare_for (self, activity_sql, account_id, error)) == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      MrActivityRow hour = {
        .weekday = (guint) sqlite3_column_int (stmt, 0),
        .hour = (guint) sqlite3_column_int (stmt, 2),
        .active_followers = sqlite3_column_int64 (stmt, 3),
      };

      copy_date (hour.date, mr_store_column_text (stmt, 1));
      g_array_append_val (hours, hour);
    }

  if (!finish_query (self, stmt, rc, error))
    return NULL;

  return g_steal_pointer (&hours);
}

/* What the heat map can show for an account, asked of every account at once: an hour of
 * follower activity, or a post with its time and likes and something to divide them
 * by (its views, else the account's followers). Each EXISTS stops at the first row. */
static const char audience_accounts_sql[] =
  "SELECT a.id FROM account a"
  "  WHERE EXISTS (SELECT 1 FROM activity WHERE account_id = a.id AND weekday IS NOT NULL)"
  "     OR EXISTS (SELECT 1 FROM activity WHERE account_id = a.id AND day IS NOT NULL)"
  "     OR EXISTS (SELECT 1 FROM post p WHERE p.account_id = a.id"
  "                  AND CAST(strftime('%s', p.published_at) AS INTEGER) > 0"
  "                  AND p.likes IS NOT NULL AND (p.views > 0 OR a.followers > 0))";

/**
 * mr_store_list_audience_accounts:
 *
 * The accounts whose audience hours can be shown: those with follower activity by
 * hour, or with posts that say when they went out and how they did.
 *
 * Returns: (transfer full) (element-type gint64 gint64): a set of account ids, or
 *   %NULL on error
 */
GHashTable *
mr_store_list_audience_accounts (MrStore  *self,
                                 GError  **error)
{
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (MR_IS_STORE (self), NULL);

  if ((stmt = mr_store_prepare (self, audience_accounts_sql, error)) == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 *id = g_new (gint64, 1);

      *id = sqlite3_column_int64 (stmt, 0);
      g_hash_table_add (ids, id);
    }

  if (!finish_query (self, stmt, rc, error))
    return NULL;

  return g_steal_pointer (&ids);
}

/**
 * mr_store_list_account_totals:
 *
 * Returns: (transfer full) (element-type MrAccountTotal): the totals an export gave
 *   for the account, by metric, or %NULL on error
 */
GPtrArray *
mr_store_list_account_totals (MrStore  *self,
                              gint64    account_id,
                              GError  **error)
{
  g_autoptr(GPtrArray) totals = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (MR_IS_STORE (self), NULL);

  if ((stmt = prepare_for (self, account_totals_sql, account_id, error)) == NULL)
    return NULL;

  totals = g_ptr_array_new_with_free_func ((GDestroyNotify) mr_account_total_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      MrAccountTotal *total = g_new0 (MrAccountTotal, 1);

      total->metric = g_strdup (mr_store_column_text (stmt, 0));
      total->value = sqlite3_column_double (stmt, 1);
      g_ptr_array_add (totals, total);
    }

  if (!finish_query (self, stmt, rc, error))
    return NULL;

  return g_steal_pointer (&totals);
}

/**
 * mr_store_list_checklist:
 *
 * Returns: (transfer full) (element-type MrChecklistEntry): the creator's manual
 *   vetting by criterion, or %NULL on error
 */
GPtrArray *
mr_store_list_checklist (MrStore  *self,
                         gint64    creator_id,
                         GError  **error)
{
  g_autoptr(GPtrArray) entries = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (MR_IS_STORE (self), NULL);

  if ((stmt = prepare_for (self, checklist_sql, creator_id, error)) == NULL)
    return NULL;

  entries = g_ptr_array_new_with_free_func ((GDestroyNotify) mr_checklist_entry_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      MrChecklistEntry *entry = g_new0 (MrChecklistEntry, 1);

      entry->criterion = g_strdup (mr_store_column_text (stmt, 0));
      entry->rating = (int) mr_store_column_count (stmt, 1);
      entry->note = g_strdup (mr_store_column_text (stmt, 2));
      g_ptr_array_add (entries, entry);
    }

  if (!finish_query (self, stmt, rc, error))
    return NULL;

  return g_steal_pointer (&entries);
}

/**
 * mr_store_list_search_stats:
 *
 * Returns: (transfer full) (element-type MrSearchRow): every search figure, by source,
 *   kind, query, region and period, or %NULL on error
 */
GPtrArray *
mr_store_list_search_stats (MrStore  *self,
                            GError  **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (MR_IS_STORE (self), NULL);

  if ((stmt = mr_store_prepare (self, search_stats_sql, error)) == NULL)
    return NULL;

  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) mr_search_row_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      MrSearchRow *row = g_new0 (MrSearchRow, 1);

      row->source = g_strdup (mr_store_column_text (stmt, 0));
      row->kind = g_strdup (mr_store_column_text (stmt, 1));
      row->query = g_strdup (mr_store_column_text (stmt, 2));
      row->region = g_strdup (mr_store_column_text (stmt, 3));
      copy_date (row->period_start, mr_store_column_text (stmt, 4));
      copy_date (row->period_end, mr_store_column_text (stmt, 5));
      row->clicks = mr_store_column_count (stmt, 6);
      row->impressions = mr_store_column_count (stmt, 7);
      row->ctr = mr_store_column_double (stmt, 8);
      row->position = mr_store_column_double (stmt, 9);
      row->interest = mr_store_column_double (stmt, 10);
      g_ptr_array_add (rows, row);
    }

  if (!finish_query (self, stmt, rc, error))
    return NULL;

  return g_steal_pointer (&rows);
}
