/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-import-writer"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "mr-import-journal.h"
#include "mr-import-writer.h"
#include "mr-store.h"

typedef enum {
  STMT_NEW_BATCH,
  STMT_SET_BATCH,
  STMT_FIND_ACCOUNT,
  STMT_FIND_CREATOR,
  STMT_NEW_CREATOR,
  STMT_UPDATE_CREATOR,
  STMT_NEW_ACCOUNT,
  STMT_UPDATE_ACCOUNT,
  STMT_POST,
  STMT_UPDATE_POST,
  STMT_FOLLOWERS,
  STMT_DAILY,
  STMT_AUDIENCE,
  STMT_ACTIVITY_DAY,
  STMT_ACTIVITY_WEEKDAY,
  STMT_SEARCH,
  STMT_TOTAL,
  STMT_HAS_CHECKSUM,
  STMT_LOG_FILE,
  STMT_LATEST_FOLLOWERS,
  STMT_SUMMARY,
  N_STMTS
} Stmt;

/* GDate's Julian day of 1970-01-01. */
#define UNIX_EPOCH_JULIAN G_GINT64_CONSTANT (719163)

/* From this size on an import is large: see mr_import_writer_begin (). */
#define LARGE_IMPORT_BYTES (64 * 1024 * 1024)

#define NOW "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"

static const char * const sql[N_STMTS] = {
  [STMT_NEW_BATCH] = "INSERT INTO import_batch (started_at) VALUES (" NOW ")",
  [STMT_SET_BATCH] = "INSERT INTO temp.mr_current_batch (batch_id) VALUES (?1)",
  [STMT_FIND_ACCOUNT] = "SELECT id, creator_id FROM account WHERE platform = ?1 AND handle = ?2",
  [STMT_FIND_CREATOR] = "SELECT id FROM creator WHERE name = ?1 COLLATE NOCASE ORDER BY id LIMIT 1",
  [STMT_NEW_CREATOR] =
    "INSERT INTO creator (name, niche, country, language, contact, notes, batch_id)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
  [STMT_UPDATE_CREATOR] =
    "UPDATE creator SET niche = coalesce (?2, niche), country = coalesce (?3, country),"
    "  language = coalesce (?4, language), contact = coalesce (?5, contact),"
    "  notes = coalesce (?6, notes)"
    " WHERE id = ?1 AND (coalesce (?2, niche) IS NOT niche OR coalesce (?3, country) IS NOT country"
    "  OR coalesce (?4, language) IS NOT language OR coalesce (?5, contact) IS NOT contact"
    "  OR coalesce (?6, notes) IS NOT notes)",
  [STMT_NEW_ACCOUNT] =
    "INSERT INTO account (creator_id, platform, handle, url, followers, following, posts,"
    "  avg_likes, avg_comments, engagement_rate, updated_at, batch_id)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10,"
    "  CASE WHEN coalesce (?5, ?6, ?7) IS NOT NULL THEN " NOW " END, ?11)",
  [STMT_UPDATE_ACCOUNT] =
    "UPDATE account SET url = coalesce (?2, url), followers = coalesce (?3, followers),"
    "  following = coalesce (?4, following), posts = coalesce (?5, posts),"
    "  avg_likes = coalesce (?6, avg_likes), avg_comments = coalesce (?7, avg_comments),"
    "  engagement_rate = coalesce (?8, engagement_rate),"
    "  updated_at = CASE WHEN coalesce (?3, ?4, ?5) IS NOT NULL THEN " NOW " ELSE updated_at END"
    " WHERE id = ?1 AND (coalesce (?2, url) IS NOT url OR coalesce (?3, followers) IS NOT followers"
    "  OR coalesce (?4, following) IS NOT following OR coalesce (?5, posts) IS NOT posts"
    "  OR coalesce (?6, avg_likes) IS NOT avg_likes"
    "  OR coalesce (?7, avg_comments) IS NOT avg_comments"
    "  OR coalesce (?8, engagement_rate) IS NOT engagement_rate)",
  /* Inserting and updating apart: an upsert on a table with an update trigger makes
   * SQLite journal every statement, several page writes for each new post. */
  [STMT_POST] =
    "INSERT INTO post (account_id, external_id, published_at, kind, caption, permalink, views,"
    "  reach, impressions, likes, comments, shares, saves, duration, batch_id)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8,"
    "  ?9, ?10, ?11, ?12, ?13, ?14, ?15)"
    " ON CONFLICT (account_id, external_id) DO NOTHING",
  [STMT_UPDATE_POST] =
    "UPDATE post SET"
    "  published_at = coalesce (?3, published_at),"
    "  kind = coalesce (?4, kind), caption = coalesce (?5, caption),"
    "  permalink = coalesce (?6, permalink), views = coalesce (?7, views),"
    "  reach = coalesce (?8, reach), impressions = coalesce (?9, impressions),"
    "  likes = coalesce (?10, likes), comments = coalesce (?11, comments),"
    "  shares = coalesce (?12, shares), saves = coalesce (?13, saves),"
    "  duration = coalesce (?14, duration)"
    " WHERE account_id = ?1 AND external_id = ?2"
    "  AND (coalesce (?3, published_at) IS NOT published_at"
    "  OR coalesce (?4, kind) IS NOT kind OR coalesce (?5, caption) IS NOT caption"
    "  OR coalesce (?6, permalink) IS NOT permalink OR coalesce (?7, views) IS NOT views"
    "  OR coalesce (?8, reach) IS NOT reach OR coalesce (?9, impressions) IS NOT impressions"
    "  OR coalesce (?10, likes) IS NOT likes OR coalesce (?11, comments) IS NOT comments"
    "  OR coalesce (?12, shares) IS NOT shares OR coalesce (?13, saves) IS NOT saves"
    "  OR coalesce (?14, duration) IS NOT duration)",
  [STMT_FOLLOWERS] =
    "INSERT INTO follower_snapshot (account_id, day, followers, batch_id) VALUES (?1, ?2, ?3, ?4)"
    " ON CONFLICT (account_id, day) DO UPDATE SET followers = excluded.followers"
    " WHERE followers IS NOT excluded.followers",
  [STMT_DAILY] =
    "INSERT INTO daily_stat (account_id, day, views, profile_views, likes, comments, shares,"
    "  viewers, new_viewers, reach, new_followers, watch_hours, batch_id)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)"
    " ON CONFLICT (account_id, day) DO UPDATE SET"
    "  views = coalesce (excluded.views, views),"
    "  profile_views = coalesce (excluded.profile_views, profile_views),"
    "  likes = coalesce (excluded.likes, likes), comments = coalesce (excluded.comments, comments),"
    "  shares = coalesce (excluded.shares, shares), viewers = coalesce (excluded.viewers, viewers),"
    "  new_viewers = coalesce (excluded.new_viewers, new_viewers),"
    "  reach = coalesce (excluded.reach, reach),"
    "  new_followers = coalesce (excluded.new_followers, new_followers),"
    "  watch_hours = coalesce (excluded.watch_hours, watch_hours)"
    " WHERE coalesce (excluded.views, views) IS NOT views"
    "  OR coalesce (excluded.profile_views, profile_views) IS NOT profile_views"
    "  OR coalesce (excluded.likes, likes) IS NOT likes"
    "  OR coalesce (excluded.comments, comments) IS NOT comments"
    "  OR coalesce (excluded.shares, shares) IS NOT shares"
    "  OR coalesce (excluded.viewers, viewers) IS NOT viewers"
    "  OR coalesce (excluded.new_viewers, new_viewers) IS NOT new_viewers"
    "  OR coalesce (excluded.reach, reach) IS NOT reach"
    "  OR coalesce (excluded.new_followers, new_followers) IS NOT new_followers"
    "  OR coalesce (excluded.watch_hours, watch_hours) IS NOT watch_hours",
  [STMT_AUDIENCE] =
    "INSERT INTO audience (account_id, dimension, bucket, share, batch_id) VALUES (?1, ?2, ?3, ?4, ?5)"
    " ON CONFLICT (account_id, dimension, bucket) DO UPDATE SET share = excluded.share"
    " WHERE share IS NOT excluded.share",
  [STMT_ACTIVITY_DAY] =
    "INSERT INTO activity (account_id, day, hour, active_followers, batch_id)"
    " VALUES (?1, ?2, ?3, ?4, ?5)"
    " ON CONFLICT (account_id, day, hour) WHERE day IS NOT NULL DO UPDATE"
    " SET active_followers = excluded.active_followers"
    " WHERE active_followers IS NOT excluded.active_followers",
  [STMT_ACTIVITY_WEEKDAY] =
    "INSERT INTO activity (account_id, weekday, hour, active_followers, batch_id)"
    " VALUES (?1, ?2, ?3, ?4, ?5)"
    " ON CONFLICT (account_id, weekday, hour) WHERE weekday IS NOT NULL DO UPDATE"
    " SET active_followers = excluded.active_followers"
    " WHERE active_followers IS NOT excluded.active_followers",
  [STMT_SEARCH] =
    "INSERT INTO search_stat (source, kind, query, region, period_start, period_end, clicks,"
    "  impressions, ctr, position, interest, batch_id)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"
    " ON CONFLICT (source, kind, query, region, period_start, period_end) DO UPDATE SET"
    "  clicks = coalesce (excluded.clicks, clicks),"
    "  impressions = coalesce (excluded.impressions, impressions),"
    "  ctr = coalesce (excluded.ctr, ctr), position = coalesce (excluded.position, position),"
    "  interest = coalesce (excluded.interest, interest)"
    " WHERE coalesce (excluded.clicks, clicks) IS NOT clicks"
    "  OR coalesce (excluded.impressions, impressions) IS NOT impressions"
    "  OR coalesce (excluded.ctr, ctr) IS NOT ctr"
    "  OR coalesce (excluded.position, position) IS NOT position"
    "  OR coalesce (excluded.interest, interest) IS NOT interest",
  [STMT_TOTAL] =
    "INSERT INTO account_total (account_id, metric, value, batch_id) VALUES (?1, ?2, ?3, ?4)"
    " ON CONFLICT (account_id, metric) DO UPDATE SET value = excluded.value"
    " WHERE value IS NOT excluded.value",
  [STMT_HAS_CHECKSUM] = "SELECT 1 FROM import_log WHERE content_hash = ?1",
  [STMT_LOG_FILE] =
    "INSERT INTO import_log (file_name, content_hash, format, row_count, imported_at,"
    "  account_id, batch_id, first_day, last_day)"
    " VALUES (?1, ?2, ?3, ?4, " NOW ", ?5, ?6, ?7, ?8)",
  [STMT_LATEST_FOLLOWERS] =
    "UPDATE account SET followers = latest.followers, updated_at = " NOW
    " FROM (SELECT followers FROM follower_snapshot WHERE account_id = ?1"
    "       ORDER BY day DESC LIMIT 1) AS latest"
    " WHERE account.id = ?1 AND account.followers IS NOT latest.followers",
  [STMT_SUMMARY] = "UPDATE import_batch SET summary = ?2 WHERE id = ?1",
};

struct _MrImportWriter
{
  MrImportSink    sink;
  sqlite3        *db;
  sqlite3_stmt   *stmts[N_STMTS];

  gint64          batch_id;
  gint64          creator_hint;
  gint64          account_id;
  gint64          creator_id;
  gboolean        in_file;
  gboolean        rollback_journal;   /* switched from WAL for a large import */

  MrImportCounts  file_counts;
  MrImportCounts  batch_counts;
  /* Accounts whose follower history the batch touched: their latest count follows,
   * unless the batch also says the count itself (a creator list, a restore). */
  GHashTable     *history_accounts;
  GHashTable     *stated_accounts;
};

static gboolean
fail (MrImportWriter  *self,
      int              rc,
      GError         **error)
{
  return mr_store_set_error_from_sqlite (error, self->db, rc);
}

static sqlite3_stmt *
stmt (MrImportWriter *self,
      Stmt            which)
{
  sqlite3_stmt *s = self->stmts[which];

  sqlite3_reset (s);
  sqlite3_clear_bindings (s);
  return s;
}

static gboolean
step_done (MrImportWriter  *self,
           sqlite3_stmt    *s,
           GError         **error)
{
  int rc = sqlite3_step (s);

  sqlite3_reset (s);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    return fail (self, rc, error);
  return TRUE;
}

static void
bind_text (sqlite3_stmt *s,
           int           index,
           const char   *text)
{
  /* Static: a bound value is only read by sqlite3_step (), and stmt () clears the
   * bindings before each use, so no copy of each caption a million times over. */
  if (text != NULL)
    sqlite3_bind_text (s, index, text, -1, SQLITE_STATIC);
}

static void
bind_count (sqlite3_stmt *s,
            int           index,
            gint64        count)
{
  if (count != MR_IMPORT_NO_COUNT)
    sqlite3_bind_int64 (s, index, count);
}

static void
bind_double (sqlite3_stmt *s,
             int           index,
             double        value)
{
  if (!isnan (value))
    sqlite3_bind_double (s, index, value);
}

static void
bind_id (sqlite3_stmt *s,
         int           index,
         gint64        id)
{
  if (id > 0)
    sqlite3_bind_int64 (s, index, id);
}

static void
note_day (MrImportWriter *self,
          const char     *day)
{
  MrImportCounts *counts[] = { &self->file_counts, &self->batch_counts };

  if (day == NULL || day[0] == '\0')
    return;
  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    {
      if (counts[i]->first_day[0] == '\0' || strcmp (day, counts[i]->first_day) < 0)
        g_strlcpy (counts[i]->first_day, day, sizeof counts[i]->first_day);
      if (strcmp (day, counts[i]->last_day) > 0)
        g_strlcpy (counts[i]->last_day, day, sizeof counts[i]->last_day);
    }
}

/* A count that is given and below zero. */
#define NEGATIVE(count) ((count) < 0 && (count) != MR_IMPORT_NO_COUNT)

#define COUNT(self, field, changed) \
  G_STMT_START { \
    (self)->file_counts.field += (changed); \
    (self)->batch_counts.field += (changed); \
  } G_STMT_END

static gboolean
require_account (MrImportWriter  *self,
                 GError         **error)
{
  if (self->account_id > 0)
    return TRUE;
  g_set_error_literal (error, MR_IMPORT_ERROR, MR_IMPORT_ERROR_NO_ACCOUNT,
                       _("the file does not say whose statistics it holds: choose the creator "
                         "they belong to"));
  return FALSE;
}

/* ── Accounts and creators ───────────────────────────────────────────────────────── */

gboolean
mr_import_writer_find_creator (MrImportWriter  *self,
                               const char      *name,
                               gint64          *creator_id,
                               GError         **error)
{
  sqlite3_stmt *s = stmt (self, STMT_FIND_CREATOR);
  int rc;

  bind_text (s, 1, name);
  rc = sqlite3_step (s);
  *creator_id = rc == SQLITE_ROW ? sqlite3_column_int64 (s, 0) : 0;
  sqlite3_reset (s);
  return rc == SQLITE_ROW || rc == SQLITE_DONE ? TRUE : fail (self, rc, error);
}

static gboolean
new_creator (MrImportWriter         *self,
             const MrImportAccount  *account,
             GError                **error)
{
  sqlite3_stmt *s = stmt (self, STMT_NEW_CREATOR);
  g_autofree char *name = NULL;

  if (account->name != NULL && account->name[0] != '\0')
    name = g_strdup (account->name);
  else
    name = g_strconcat ("@", account->handle, NULL);

  bind_text (s, 1, name);
  bind_text (s, 2, account->niche);
  bind_text (s, 3, account->country);
  bind_text (s, 4, account->language);
  bind_text (s, 5, account->contact);
  bind_text (s, 6, account->notes);
  sqlite3_bind_int64 (s, 7, self->batch_id);
  if (!step_done (self, s, error))
    return FALSE;
  self->creator_id = sqlite3_last_insert_rowid (self->db);
  COUNT (self, creators_created, 1);
  return TRUE;
}

static gboolean
update_creator (MrImportWriter         *self,
                const MrImportAccount  *account,
                GError                **error)
{
  sqlite3_stmt *s;

  if (account->niche == NULL && account->country == NULL && account->language == NULL &&
      account->contact == NULL && account->notes == NULL)
    return TRUE;
  s = stmt (self, STMT_UPDATE_CREATOR);
  sqlite3_bind_int64 (s, 1, self->creator_id);
  bind_text (s, 2, account->niche);
  bind_text (s, 3, account->country);
  bind_text (s, 4, account->language);
  bind_text (s, 5, account->contact);
  bind_text (s, 6, account->notes);
  return step_done (self, s, error);
}

static void
bind_account_figures (sqlite3_stmt          *s,
                      int                    first,
                      const MrImportAccount *account)
{
  bind_text (s, first, account->url);
  bind_count (s, first + 1, account->followers);
  bind_count (s, first + 2, account->following);
  bind_count (s, first + 3, account->posts);
  bind_double (s, first + 4, account->avg_likes);
  bind_double (s, first + 5, account->avg_comments);
  bind_double (s, first + 6, account->engagement_rate);
}

static void
note_stated (MrImportWriter        *self,
             const MrImportAccount *account)
{
  if (account->followers != MR_IMPORT_NO_COUNT)
    g_hash_table_add (self->stated_accounts, g_memdup2 (&self->account_id, sizeof (gint64)));
}

static gboolean
on_account (MrImportSink           *sink,
            const MrImportAccount  *account,
            GError                **error)
{
  MrImportWriter *self = (MrImportWriter *) sink;
  sqlite3_stmt *s;
  int rc;

  if (NEGATIVE (account->followers) || NEGATIVE (account->following) ||
      NEGATIVE (account->posts))
    {
      g_set_error_literal (error, MR_IMPORT_ERROR, MR_IMPORT_ERROR_INVALID_VALUE,
                           _("an account cannot have fewer than zero followers or posts"));
      return FALSE;
    }

  /* A creator list row without a handle is a person, not an account. */
  if (account->handle == NULL || account->handle[0] == '\0')
    {
      if (account->name == NULL || account->name[0] == '\0')
        return TRUE;
      self->account_id = 0;
      if (!mr_import_writer_find_creator (self, account->name, &self->creator_id, error))
        return FALSE;
      if (self->creator_id == 0)
        return new_creator (self, account, error);
      return update_creator (self, account, error);
    }

  s = stmt (self, STMT_FIND_ACCOUNT);
  bind_text (s, 1, mr_platform_to_string (account->platform));
  bind_text (s, 2, account->handle);
  rc = sqlite3_step (s);
  if (rc == SQLITE_ROW)
    {
      self->account_id = sqlite3_column_int64 (s, 0);
      self->creator_id = sqlite3_column_int64 (s, 1);
      sqlite3_reset (s);
      if (!update_creator (self, account, error))
        return FALSE;
      note_stated (self, account);
      s = stmt (self, STMT_UPDATE_ACCOUNT);
      sqlite3_bind_int64 (s, 1, self->account_id);
      bind_account_figures (s, 2, account);
      return step_done (self, s, error);
    }
  sqlite3_reset (s);
  if (rc != SQLITE_DONE)
    return fail (self, rc, error);

  /* A new account: of the creator the user chose, of the person a creator list names,
   * or of a new creator. */
  self->creator_id = self->creator_hint;
  if (self->creator_id == 0 && account->name != NULL &&
      !mr_import_writer_find_creator (self, account->name, &self->creator_id, error))
    return FALSE;

  if (self->creator_id == 0)
    {
      if (!new_creator (self, account, error))
        return FALSE;
    }
  else if (!update_creator (self, account, error))
    return FALSE;

  s = stmt (self, STMT_NEW_ACCOUNT);
  sqlite3_bind_int64 (s, 1, self->creator_id);
  bind_text (s, 2, mr_platform_to_string (account->platform));
  bind_text (s, 3, account->handle);
  bind_account_figures (s, 4, account);
  sqlite3_bind_int64 (s, 11, self->batch_id);
  if (!step_done (self, s, error))
    return FALSE;
  self->account_id = sqlite3_last_insert_rowid (self->db);
  note_stated (self, account);
  COUNT (self, accounts_created, 1);
  return TRUE;
}

/* ── Facts about the account ─────────────────────────────────────────────────────── */

/* "2025-12-31T11:55:00Z": the stored form of a moment, by arithmetic rather than a
 * GDateTime and printf, as this runs once for each row of a million-row file. */
#define MR_DAY_LENGTH 10
#define MR_TIME_LENGTH 20

static void
put_digits (char  *out,
            guint  value,
            guint  width)
{
  while (width-- > 0)
    {
      out[width] = (char) ('0' + value % 10);
      value /= 10;
    }
}

static gboolean
format_utc_time (gint64  time,
                 char    out[MR_TIME_LENGTH + 1])
{
  gint64 days = time / 86400 - (time % 86400 < 0);
  gint64 seconds = time - days * 86400;
  GDate date;

  /* Years 1 to 9999 (Julian days 1 to 3652059): what four digits hold. */
  if (days + UNIX_EPOCH_JULIAN < 1 || days + UNIX_EPOCH_JULIAN > 3652059)
    return FALSE;
  g_date_clear (&date, 1);
  g_date_set_julian (&date, (guint32) (days + UNIX_EPOCH_JULIAN));
  memcpy (out, "0000-00-00T00:00:00Z", MR_TIME_LENGTH + 1);
  put_digits (out, g_date_get_year (&date), 4);
  put_digits (out + 5, g_date_get_month (&date), 2);
  put_digits (out + 8, g_date_get_day (&date), 2);
  put_digits (out + 11, (guint) (seconds / 3600), 2);
  put_digits (out + 14, (guint) (seconds / 60 % 60), 2);
  put_digits (out + 17, (guint) (seconds % 60), 2);
  return TRUE;
}

/* The days statistics can be from. A date outside them is a placeholder (9999-12-31 for
 * "never") or a slip of the keyboard, and would stretch every chart over centuries. */
#define FIRST_YEAR 1970
#define LAST_YEAR 2100
#define FIRST_DAY G_STRINGIFY (FIRST_YEAR) "-01-01"
#define LAST_DAY G_STRINGIFY (LAST_YEAR) "-12-31"

static gboolean
check_day (const char  *day,
           GError     **error)
{
  if (day == NULL || day[0] == '\0' ||
      (strcmp (day, FIRST_DAY) >= 0 && strcmp (day, LAST_DAY) <= 0))
    return TRUE;
  g_set_error (error, MR_IMPORT_ERROR, MR_IMPORT_ERROR_INVALID_VALUE,
               /* Translators: %1$s is a date (2026-03-01), %2$d and %3$d are years */
               _("the date %1$s is not between %2$d and %3$d: correct it in the file"),
               day, FIRST_YEAR, LAST_YEAR);
  return FALSE;
}

/* A post's figures, in the order of its counts below. */
static const char * const post_figures[] = {
  NC_("post figure", "views"), NC_("post figure", "reach"),
  NC_("post figure", "impressions"), NC_("post figure", "likes"),
  NC_("post figure", "comments"), NC_("post figure", "shares"), NC_("post figure", "saves"),
};

static gboolean
on_post (MrImportSink        *sink,
         const MrImportPost  *post,
         GError             **error)
{
  MrImportWriter *self = (MrImportWriter *) sink;
  const gint64 counts[] = { post->views, post->reach, post->impressions, post->likes,
                            post->comments, post->shares, post->saves };
  char published_at[MR_TIME_LENGTH + 1];
  gboolean has_time;
  sqlite3_stmt *s;

  G_STATIC_ASSERT (G_N_ELEMENTS (counts) == G_N_ELEMENTS (post_figures));

  if (!require_account (self, error))
    return FALSE;
  if (post->external_id == NULL || post->external_id[0] == '\0')
    {
      g_set_error_literal (error, MR_IMPORT_ERROR, MR_IMPORT_ERROR_INVALID_VALUE,
                           _("the post has no id"));
      return FALSE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    if (NEGATIVE (counts[i]))
      {
        g_autofree char *count = g_strdup_printf ("%" G_GINT64_FORMAT, counts[i]);

        g_set_error (error, MR_IMPORT_ERROR, MR_IMPORT_ERROR_INVALID_VALUE,
                     /* Translators: %1$s is a number below zero, %2$s one of the figures
                      * above (“-5 views”) */
                     _("the post has %1$s %2$s, and a post’s totals cannot be below zero: "
                       "correct the file"),
                     count, g_dpgettext2 (GETTEXT_PACKAGE, "post figure", post_figures[i]));
        return FALSE;
      }

  has_time = post->published_at != MR_IMPORT_NO_TIME &&
             format_utc_time (post->published_at, published_at);
  if (post->published_at != MR_IMPORT_NO_TIME)
    {
      char day[MR_DAY_LENGTH + 1] = "0000-00-00";

      if (has_time)
        g_strlcpy (day, published_at, sizeof day);
      if (!check_day (day, error))
        return FALSE;
    }
  for (Stmt which = STMT_POST; which <= STMT_UPDATE_POST; which++)
    {
      s = stmt (self, which);
      sqlite3_bind_int64 (s, 1, self->account_id);
      bind_text (s, 2, post->external_id);
      if (has_time)
        sqlite3_bind_text (s, 3, published_at, MR_TIME_LENGTH, SQLITE_STATIC);
      bind_text (s, 4, post->kind);
      bind_text (s, 5, post->caption);
      bind_text (s, 6, post->permalink);
      for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
        bind_count (s, 7 + (int) i, counts[i]);
      bind_double (s, 14, post->duration);
      if (which == STMT_POST)
        sqlite3_bind_int64 (s, 15, self->batch_id);
      if (!step_done (self, s, error))
        return FALSE;
      if (sqlite3_changes (self->db) > 0)
        {
          COUNT (self, posts, 1);
          break;
        }
    }

  if (has_time)
    {
      published_at[MR_DAY_LENGTH] = '\0';
      note_day (self, published_at);
    }
  return TRUE;
}

static gboolean
on_followers (MrImportSink             *sink,
              const MrImportFollowers  *followers,
              GError                  **error)
{
  MrImportWriter *self = (MrImportWriter *) sink;
  sqlite3_stmt *s;

  if (!require_account (self, error))
    return FALSE;
  if (!check_day (followers->day, error))
    return FALSE;
  if (followers->followers < 0)
    {
      g_set_error_literal (error, MR_IMPORT_ERROR, MR_IMPORT_ERROR_INVALID_VALUE,
                           _("an account cannot have fewer than zero followers"));
      return FALSE;
    }
  s = stmt (self, STMT_FOLLOWERS);
  sqlite3_bind_int64 (s, 1, self->account_id);
  bind_text (s, 2, followers->day);
  sqlite3_bind_int64 (s, 3, followers->followers);
  sqlite3_bind_int64 (s, 4, self->batch_id);
  if (!step_done (self, s, error))
    return FALSE;
  COUNT (self, follower_days, sqlite3_changes (self->db));
  g_hash_table_add (self->history_accounts, g_memdup2 (&self->account_id, sizeof (gint64)));
  note_day (self, followers->day);
  return TRUE;
}

static gboolean
on_daily (MrImportSink         *sink,
          const MrImportDaily  *daily,
          GError              **error)
{
  MrImportWriter *self = (MrImportWriter *) sink;
  sqlite3_stmt *s;

  if (!require_account (self, error) || !check_day (daily->day, error))
    return FALSE;
  if (NEGATIVE (daily->views) || NEGATIVE (daily->profile_views) ||
      NEGATIVE (daily->viewers) || NEGATIVE (daily->new_viewers) ||
      NEGATIVE (daily->reach) || daily->watch_hours < 0)
    {
      g_set_error_literal (error, MR_IMPORT_ERROR, MR_IMPORT_ERROR_INVALID_VALUE,
                           _("views, viewers and reach of a day cannot be below zero"));
      return FALSE;
    }
  s = stmt (self, STMT_DAILY);
  sqlite3_bind_int64 (s, 1, self->account_id);
  bind_text (s, 2, daily->day);
  bind_count (s, 3, daily->views);
  bind_count (s, 4, daily->profile_views);
  bind_count (s, 5, daily->likes);
  bind_count (s, 6, daily->comments);
  bind_count (s, 7, daily->shares);
  bind_count (s, 8, daily->viewers);
  bind_count (s, 9, daily->new_viewers);
  bind_count (s, 10, daily->reach);
  bind_count (s, 11, daily->followers_gained);
  bind_double (s, 12, daily->watch_hours);
  sqlite3_bind_int64 (s, 13, self->batch_id);
  if (!step_done (self, s, error))
    return FALSE;
  COUNT (self, daily_days, sqlite3_changes (self->db));
  note_day (self, daily->day);
  return TRUE;
}

static gboolean
on_audience (MrImportSink            *sink,
             const MrImportAudience  *audience,
             GError                 **error)
{
  MrImportWriter *self = (MrImportWriter *) sink;
  sqlite3_stmt *s;

  if (!require_account (self, error))
    return FALSE;
  if (!(audience->share >= 0 && audience->share <= 1))
    {
      g_set_error (error, MR_IMPORT_ERROR, MR_IMPORT_ERROR_INVALID_VALUE,
                   _("the share of “%s” is not between 0 and 100%%"), audience->bucket);
      return FALSE;
    }
  s = stmt (self, STMT_AUDIENCE);
  sqlite3_bind_int64 (s, 1, self->account_id);
  bind_text (s, 2, audience->dimension);
  bind_text (s, 3, audience->bucket);
  sqlite3_bind_double (s, 4, audience->share);
  sqlite3_bind_int64 (s, 5, self->batch_id);
  if (!step_done (self, s, error))
    return FALSE;
  COUNT (self, audience, sqlite3_changes (self->db));
  return TRUE;
}

static gboolean
on_activity (MrImportSink            *sink,
             const MrImportActivity  *activity,
             GError                 **error)
{
  MrImportWriter *self = (MrImportWriter *) sink;
  gboolean by_day = activity->weekday == 0;
  sqlite3_stmt *s;

  if (!require_account (self, error) || (by_day && !check_day (activity->day, error)))
    return FALSE;
  if (activity->hour > 23 || activity->weekday > 7 || activity->active_followers < 0)
    {
      g_autofree char *active = g_strdup_printf ("%" G_GINT64_FORMAT, activity->active_followers);

      /* Translators: "25:00 with 40 active followers…" */
      g_set_error (error, MR_IMPORT_ERROR, MR_IMPORT_ERROR_INVALID_VALUE,
                   _("%u:00 with %s active followers is not an hour of activity"),
                   activity->hour, active);
      return FALSE;
    }
  s = stmt (self, by_day ? STMT_ACTIVITY_DAY : STMT_ACTIVITY_WEEKDAY);
  sqlite3_bind_int64 (s, 1, self->account_id);
  if (by_day)
    bind_text (s, 2, activity->day);
  else
    sqlite3_bind_int (s, 2, (int) activity->weekday);
  sqlite3_bind_int (s, 3, (int) activity->hour);
  sqlite3_bind_int64 (s, 4, activity->active_followers);
  sqlite3_bind_int64 (s, 5, self->batch_id);
  if (!step_done (self, s, error))
    return FALSE;
  COUNT (self, activity, sqlite3_changes (self->db));
  if (by_day)
    note_day (self, activity->day);
  return TRUE;
}

static const char * const search_kinds[] = {
  [MR_SEARCH_KIND_QUERY] = "query",
  [MR_SEARCH_KIND_PAGE] = "page",
  [MR_SEARCH_KIND_COUNTRY] = "country",
  [MR_SEARCH_KIND_DEVICE] = "device",
  [MR_SEARCH_KIND_TOTAL] = "total",
  [MR_SEARCH_KIND_TOPIC] = "topic",
};

static gboolean
on_search (MrImportSink          *sink,
           const MrImportSearch  *search,
           GError               **error)
{
  MrImportWriter *self = (MrImportWriter *) sink;
  gboolean total = search->kind == MR_SEARCH_KIND_TOTAL;
  sqlite3_stmt *s;

  if (!total && (search->query == NULL || search->query[0] == '\0'))
    return TRUE;
  if (!check_day (search->period_start, error) || !check_day (search->period_end, error))
    return FALSE;
  if (NEGATIVE (search->clicks) || NEGATIVE (search->impressions) ||
      search->interest < 0)
    {
      g_set_error (error, MR_IMPORT_ERROR, MR_IMPORT_ERROR_INVALID_VALUE,
                   _("the figures for “%s” cannot be below zero"), search->query);
      return FALSE;
    }
  s = stmt (self, STMT_SEARCH);
  bind_text (s, 1, search->source);
  bind_text (s, 2, search_kinds[search->kind]);
  bind_text (s, 3, total ? "" : search->query);
  bind_text (s, 4, search->region != NULL ? search->region : "");
  bind_text (s, 5, search->period_start);
  bind_text (s, 6, search->period_end);
  bind_count (s, 7, search->clicks);
  bind_count (s, 8, search->impressions);
  bind_double (s, 9, search->ctr);
  bind_double (s, 10, search->position);
  bind_double (s, 11, search->interest);
  sqlite3_bind_int64 (s, 12, self->batch_id);
  if (!step_done (self, s, error))
    return FALSE;
  COUNT (self, search, sqlite3_changes (self->db));
  note_day (self, search->period_start);
  note_day (self, search->period_end);
  return TRUE;
}

static gboolean
on_total (MrImportSink         *sink,
          const MrImportTotal  *total,
          GError              **error)
{
  MrImportWriter *self = (MrImportWriter *) sink;
  sqlite3_stmt *s;

  if (!require_account (self, error))
    return FALSE;
  if (isnan (total->value))
    return TRUE;
  s = stmt (self, STMT_TOTAL);
  sqlite3_bind_int64 (s, 1, self->account_id);
  bind_text (s, 2, total->metric);
  sqlite3_bind_double (s, 3, total->value);
  sqlite3_bind_int64 (s, 4, self->batch_id);
  if (!step_done (self, s, error))
    return FALSE;
  COUNT (self, totals, sqlite3_changes (self->db));
  return TRUE;
}

static const MrImportSinkClass writer_sink_class = {
  on_account, on_post, on_followers, on_daily, on_audience, on_activity, on_search, on_total,
};

/* ── The batch ───────────────────────────────────────────────────────────────────── */

MrImportWriter *
mr_import_writer_new (sqlite3  *db,
                      GError  **error)
{
  g_autoptr(MrImportWriter) self = g_new0 (MrImportWriter, 1);

  g_return_val_if_fail (db != NULL, NULL);

  self->sink.klass = &writer_sink_class;
  self->db = db;
  self->history_accounts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->stated_accounts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  if (!mr_import_journal_install (db, error))
    return NULL;
  for (guint i = 0; i < N_STMTS; i++)
    {
      int rc = sqlite3_prepare_v3 (db, sql[i], -1, SQLITE_PREPARE_PERSISTENT,
                                   &self->stmts[i], NULL);

      if (rc != SQLITE_OK)
        {
          fail (self, rc, error);
          return NULL;
        }
    }
  return g_steal_pointer (&self);
}

void
mr_import_writer_free (MrImportWriter *self)
{
  if (self == NULL)
    return;
  if (self->batch_id > 0)
    mr_import_writer_rollback (self);
  for (guint i = 0; i < N_STMTS; i++)
    sqlite3_finalize (self->stmts[i]);
  g_clear_pointer (&self->history_accounts, g_hash_table_unref);
  g_clear_pointer (&self->stated_accounts, g_hash_table_unref);
  g_free (self);
}

static gboolean
exec (MrImportWriter  *self,
      const char      *statement,
      GError         **error)
{
  int rc = sqlite3_exec (self->db, statement, NULL, NULL, NULL);

  return rc == SQLITE_OK ? TRUE : fail (self, rc, error);
}

/* Sets the database's journal mode with @pragma if no other connection is open on it,
 * without waiting for one to close; the database answers with the @mode it is in. */
static gboolean
try_journal_mode (sqlite3    *db,
                  const char *pragma,
                  const char *mode)
{
  sqlite3_stmt *s = NULL;
  gboolean done;

  sqlite3_busy_timeout (db, 0);
  done = sqlite3_prepare_v2 (db, pragma, -1, &s, NULL) == SQLITE_OK &&
         sqlite3_step (s) == SQLITE_ROW &&
         g_ascii_strcasecmp ((const char *) sqlite3_column_text (s, 0), mode) == 0;
  sqlite3_finalize (s);
  sqlite3_busy_timeout (db, MR_STORE_BUSY_TIMEOUT_MS);
  return done;
}

static void
use_rollback_journal (MrImportWriter *self)
{
  /* In rollback mode NORMAL may lose the database to a power cut; FULL may not. */
  self->rollback_journal = try_journal_mode (self->db, "PRAGMA journal_mode = DELETE", "delete") &&
                           exec (self, "PRAGMA synchronous = FULL", NULL);
  if (self->rollback_journal)
    g_debug ("a large import: through a rollback journal");
}

static void
restore_write_ahead_log (MrImportWriter *self)
{
  if (!self->rollback_journal)
    return;
  self->rollback_journal = FALSE;
  /* Should another connection have opened meanwhile, it has set WAL itself. */
  if (!try_journal_mode (self->db, "PRAGMA journal_mode = WAL", "wal"))
    g_debug ("the journal mode stays until the next start: another connection is open");
  exec (self, "PRAGMA synchronous = NORMAL", NULL);
}

gboolean
mr_import_writer_begin (MrImportWriter  *self,
                        guint64          expected_bytes,
                        GError         **error)
{
  sqlite3_stmt *s;

  g_return_val_if_fail (self->batch_id == 0, FALSE);

  if (expected_bytes >= LARGE_IMPORT_BYTES)
    use_rollback_journal (self);
  if (!exec (self, "BEGIN IMMEDIATE", error))
    {
      restore_write_ahead_log (self);
      return FALSE;
    }
  if (!step_done (self, stmt (self, STMT_NEW_BATCH), error))
    goto failed;
  self->batch_id = sqlite3_last_insert_rowid (self->db);
  if (!exec (self, "DELETE FROM temp.mr_current_batch", error))
    goto failed;
  s = stmt (self, STMT_SET_BATCH);
  sqlite3_bind_int64 (s, 1, self->batch_id);
  if (!step_done (self, s, error))
    goto failed;
  memset (&self->batch_counts, 0, sizeof self->batch_counts);
  g_hash_table_remove_all (self->history_accounts);
  g_hash_table_remove_all (self->stated_accounts);
  return TRUE;

failed:
  mr_import_writer_rollback (self);
  return FALSE;
}

gboolean
mr_import_writer_commit (MrImportWriter  *self,
                         const char      *summary,
                         GError         **error)
{
  GHashTableIter iter;
  gpointer key;
  sqlite3_stmt *s;

  g_return_val_if_fail (self->batch_id > 0 && !self->in_file, FALSE);

  g_hash_table_iter_init (&iter, self->history_accounts);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      if (g_hash_table_contains (self->stated_accounts, key))
        continue;
      s = stmt (self, STMT_LATEST_FOLLOWERS);
      sqlite3_bind_int64 (s, 1, *(gint64 *) key);
      if (!step_done (self, s, error))
        goto failed;
    }
  s = stmt (self, STMT_SUMMARY);
  sqlite3_bind_int64 (s, 1, self->batch_id);
  bind_text (s, 2, summary);
  if (!step_done (self, s, error) ||
      !exec (self, "DELETE FROM temp.mr_current_batch", error) ||
      !exec (self, "COMMIT", error))
    goto failed;
  self->batch_id = 0;
  restore_write_ahead_log (self);
  return TRUE;

failed:
  mr_import_writer_rollback (self);
  return FALSE;
}

void
mr_import_writer_rollback (MrImportWriter *self)
{
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_exec (self->db, "DELETE FROM temp.mr_current_batch", NULL, NULL, NULL);
  self->batch_id = 0;
  self->in_file = FALSE;
  restore_write_ahead_log (self);
}

gint64
mr_import_writer_get_batch_id (MrImportWriter *self)
{
  return self->batch_id;
}

sqlite3 *
mr_import_writer_get_db (MrImportWriter *self)
{
  return self->db;
}

gboolean
mr_import_writer_has_checksum (MrImportWriter  *self,
                               const char      *checksum,
                               GError         **error)
{
  sqlite3_stmt *s = stmt (self, STMT_HAS_CHECKSUM);
  int rc;

  bind_text (s, 1, checksum);
  rc = sqlite3_step (s);
  sqlite3_reset (s);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return fail (self, rc, error);
  return rc == SQLITE_ROW;
}

gboolean
mr_import_writer_begin_file (MrImportWriter  *self,
                             GError         **error)
{
  g_return_val_if_fail (self->batch_id > 0 && !self->in_file, FALSE);

  if (!exec (self, "SAVEPOINT mr_import_file", error))
    return FALSE;
  self->in_file = TRUE;
  self->account_id = 0;
  self->creator_id = 0;
  self->creator_hint = 0;
  memset (&self->file_counts, 0, sizeof self->file_counts);
  return TRUE;
}

void
mr_import_writer_set_creator (MrImportWriter *self,
                              gint64          creator_id)
{
  self->creator_hint = creator_id;
}

MrImportSink *
mr_import_writer_get_sink (MrImportWriter *self)
{
  return &self->sink;
}

gint64
mr_import_writer_get_account_id (MrImportWriter *self)
{
  return self->account_id;
}

gint64
mr_import_writer_get_creator_id (MrImportWriter *self)
{
  return self->creator_id;
}

void
mr_import_writer_count_other (MrImportWriter *self,
                              guint64         n)
{
  COUNT (self, other, n);
}

static void
subtract_counts (MrImportCounts       *batch,
                 const MrImportCounts *file)
{
  batch->creators_created -= file->creators_created;
  batch->accounts_created -= file->accounts_created;
  batch->posts -= file->posts;
  batch->follower_days -= file->follower_days;
  batch->daily_days -= file->daily_days;
  batch->audience -= file->audience;
  batch->activity -= file->activity;
  batch->search -= file->search;
  batch->totals -= file->totals;
  batch->other -= file->other;
}

gboolean
mr_import_writer_end_file (MrImportWriter  *self,
                           gboolean         keep,
                           const char      *file_name,
                           const char      *format_id,
                           const char      *checksum,
                           guint64          rows,
                           GError         **error)
{
  sqlite3_stmt *s;

  g_return_val_if_fail (self->in_file, FALSE);

  if (keep)
    {
      s = stmt (self, STMT_LOG_FILE);
      bind_text (s, 1, file_name);
      bind_text (s, 2, checksum);
      bind_text (s, 3, format_id);
      sqlite3_bind_int64 (s, 4, (gint64) rows);
      bind_id (s, 5, self->account_id);
      sqlite3_bind_int64 (s, 6, self->batch_id);
      bind_text (s, 7, self->file_counts.first_day[0] != '\0' ? self->file_counts.first_day : NULL);
      bind_text (s, 8, self->file_counts.last_day[0] != '\0' ? self->file_counts.last_day : NULL);
      if (!step_done (self, s, error))
        keep = FALSE;
    }
  if (!keep)
    {
      subtract_counts (&self->batch_counts, &self->file_counts);
      exec (self, "ROLLBACK TO mr_import_file", NULL);
    }
  self->in_file = FALSE;
  if (!exec (self, "RELEASE mr_import_file", error))
    return FALSE;
  return keep || error == NULL || *error == NULL;
}

const MrImportCounts *
mr_import_writer_get_file_counts (MrImportWriter *self)
{
  return &self->file_counts;
}

const MrImportCounts *
mr_import_writer_get_batch_counts (MrImportWriter *self)
{
  return &self->batch_counts;
}
