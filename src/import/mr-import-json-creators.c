/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-import-json-creators"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mr-import-json-private.h"
#include "mr-store.h"

/* Creators are written here; their accounts, and all that is known about those, go
 * through the writer's sink like the facts of any other import. */

static const char account_owner_sql[] =
  "SELECT creator_id FROM account WHERE platform = ?1 AND handle = ?2";
static const char creator_account_sql[] =
  "SELECT id FROM account WHERE platform = ?1 AND handle = ?2 AND creator_id = ?3";
static const char creator_by_name_sql[] =
  "SELECT id FROM creator WHERE name = ?1 COLLATE NOCASE ORDER BY id";
static const char creator_id_sql[] = "SELECT 1 FROM creator WHERE id = ?1";
static const char insert_creator_sql[] =
  "INSERT INTO creator (id, name, status, niche, country, language, contact, notes, batch_id)"
  " VALUES (?1, ?2, coalesce (?3, 'prospect'), ?4, ?5, ?6, ?7, ?8, ?9)";
static const char update_creator_sql[] =
  "UPDATE creator SET name = ?2, status = coalesce (?3, status), niche = coalesce (?4, niche),"
  "  country = coalesce (?5, country), language = coalesce (?6, language),"
  "  contact = coalesce (?7, contact), notes = coalesce (?8, notes)"
  " WHERE id = ?1 AND (name IS NOT ?2 OR coalesce (?3, status) IS NOT status"
  "  OR coalesce (?4, niche) IS NOT niche OR coalesce (?5, country) IS NOT country"
  "  OR coalesce (?6, language) IS NOT language OR coalesce (?7, contact) IS NOT contact"
  "  OR coalesce (?8, notes) IS NOT notes)";
static const char set_primary_sql[] =
  "UPDATE creator SET primary_account_id = ?2 WHERE id = ?1 AND primary_account_id IS NOT ?2";
/* The writer stamps an account it creates or changes with the time of the import; the
 * file knows when its figures were current. An older account's time only moves ahead. */
static const char account_time_sql[] =
  "UPDATE account SET updated_at = ?2"
  " WHERE id = ?1 AND updated_at IS NOT ?2"
  "  AND (batch_id IS ?3 OR (?2 IS NOT NULL AND (updated_at IS NULL OR updated_at < ?2)))";
static const char checklist_sql[] =
  "INSERT INTO checklist (creator_id, criterion, rating, note, batch_id)"
  " VALUES (?1, ?2, ?3, ?4, ?5)"
  " ON CONFLICT (creator_id, criterion) DO UPDATE SET"
  "  rating = coalesce (excluded.rating, rating), note = coalesce (excluded.note, note)"
  " WHERE coalesce (excluded.rating, rating) IS NOT rating"
  "  OR coalesce (excluded.note, note) IS NOT note";

gboolean
mr_restore_get_platform (MrRestore   *self,
                         JsonObject  *object,
                         gboolean     required,
                         MrPlatform  *platform,
                         GError     **error)
{
  const char *text = mr_restore_get_text (object, "platform");

  if (text == NULL && !required)
    return TRUE;
  if (text == NULL)
    return mr_restore_invalid (self, error, _("a “%s” is missing"), "platform");
  if (!mr_platform_from_string (text, platform))
    /* Translators: %s is what the file holds where a platform should be */
    return mr_restore_invalid (self, error, _("“%s” is not a platform"), text);
  return TRUE;
}

gboolean
mr_restore_find_account (MrRestore   *self,
                         gint64       creator_id,
                         MrPlatform   platform,
                         const char  *handle,
                         gint64      *id,
                         GError     **error)
{
  sqlite3_stmt *stmt = mr_restore_prepare (self, creator_account_sql, error);
  int rc;

  *id = 0;
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, mr_platform_to_string (platform), -1, SQLITE_STATIC);
  mr_restore_bind_text (stmt, 2, handle);
  sqlite3_bind_int64 (stmt, 3, creator_id);
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    *id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return mr_store_set_error_from_sqlite (error, self->db, rc);
  return TRUE;
}

/* ── Creators ────────────────────────────────────────────────────────────────────── */

/* The creator a record is: the one holding any of its accounts, else one of that name. */
static gboolean
match_creator (MrRestore   *self,
               JsonObject  *creator,
               GPtrArray   *accounts,
               gint64      *id,
               GError     **error)
{
  sqlite3_stmt *stmt;

  for (guint i = 0; i < accounts->len; i++)
    {
      JsonObject *account = g_ptr_array_index (accounts, i);
      MrPlatform platform = MR_PLATFORM_OTHER;
      const char *handle = mr_restore_get_text (account, "handle");

      if (!mr_restore_get_platform (self, account, TRUE, &platform, error))
        return FALSE;
      if (handle == NULL)
        return mr_restore_invalid (self, error, _("a “%s” is missing"), "handle");
      if ((stmt = mr_restore_prepare (self, account_owner_sql, error)) == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, mr_platform_to_string (platform), -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, handle, -1, SQLITE_TRANSIENT);
      if (!mr_restore_match (self, "creator", stmt, id, error))
        return FALSE;
      if (*id > 0)
        return TRUE;
    }

  if ((stmt = mr_restore_prepare (self, creator_by_name_sql, error)) == NULL)
    return FALSE;
  mr_restore_bind_text (stmt, 1, mr_restore_get_text (creator, "name"));
  return mr_restore_match (self, "creator", stmt, id, error);
}

static gboolean
write_creator (MrRestore   *self,
               JsonObject  *creator,
               GPtrArray   *accounts,
               gint64      *id,
               GError     **error)
{
  const char *name = mr_restore_get_text (creator, "name");
  const char *status_text = mr_restore_get_text (creator, "status");
  MrCreatorStatus status = MR_CREATOR_STATUS_PROSPECT;
  sqlite3_stmt *stmt;
  gint64 free_id;

  if (name == NULL)
    return mr_restore_invalid (self, error, _("a creator has no name"));
  if (status_text != NULL && !mr_creator_status_from_string (status_text, &status))
    /* Translators: %s is what the file holds where a creator's status should be */
    return mr_restore_invalid (self, error, _("“%s” is not a creator’s status"), status_text);
  if (!match_creator (self, creator, accounts, id, error))
    return FALSE;

  if (*id > 0)
    stmt = mr_restore_prepare (self, update_creator_sql, error);
  else if (!mr_restore_free_id (self, creator_id_sql, mr_restore_get_count (creator, "id"),
                                &free_id, error))
    return FALSE;
  else
    stmt = mr_restore_prepare (self, insert_creator_sql, error);
  if (stmt == NULL)
    return FALSE;

  mr_restore_bind_id (stmt, 1, *id > 0 ? *id : free_id);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_TRANSIENT);
  if (status_text != NULL)
    sqlite3_bind_text (stmt, 3, mr_creator_status_to_string (status), -1, SQLITE_STATIC);
  mr_restore_bind_text (stmt, 4, mr_restore_get_text (creator, "niche"));
  mr_restore_bind_text (stmt, 5, mr_restore_get_text (creator, "country"));
  mr_restore_bind_text (stmt, 6, mr_restore_get_text (creator, "language"));
  mr_restore_bind_text (stmt, 7, mr_restore_get_text (creator, "contact"));
  mr_restore_bind_text (stmt, 8, mr_restore_get_text (creator, "notes"));
  if (*id == 0)
    sqlite3_bind_int64 (stmt, 9, self->batch_id);
  if (!mr_restore_step (self, stmt, error))
    return FALSE;
  mr_restore_count_changes (self);

  if (*id == 0)
    {
      *id = sqlite3_last_insert_rowid (self->db);
      mr_restore_claim (self, "creator", *id);
    }
  return TRUE;
}

/* "platform:handle", as the export names the primary account. */
static gboolean
write_primary (MrRestore   *self,
               JsonObject  *creator,
               gint64       creator_id,
               GError     **error)
{
  const char *primary = mr_restore_get_text (creator, "primary");
  const char *colon = primary != NULL ? strchr (primary, ':') : NULL;
  g_autofree char *platform_text = NULL;
  MrPlatform platform;
  sqlite3_stmt *stmt;
  gint64 account_id;

  if (primary == NULL)
    return TRUE;
  if (colon != NULL)
    platform_text = g_strndup (primary, (gsize) (colon - primary));
  if (colon == NULL || !mr_platform_from_string (platform_text, &platform) || colon[1] == '\0')
    /* Translators: %s is what the file holds where "platform:handle" should be */
    return mr_restore_invalid (self, error, _("“%s” is not an account (platform:handle)"),
                               primary);

  if (!mr_restore_find_account (self, creator_id, platform, colon + 1, &account_id, error))
    return FALSE;
  if (account_id == 0)
    /* Translators: %s is "platform:handle" */
    return mr_restore_invalid (self, error, _("the primary account “%s” is not among the creator’s accounts"),
                               primary);
  if ((stmt = mr_restore_prepare (self, set_primary_sql, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, creator_id);
  sqlite3_bind_int64 (stmt, 2, account_id);
  if (!mr_restore_step (self, stmt, error))
    return FALSE;
  mr_restore_count_changes (self);
  return TRUE;
}

static gboolean
write_checklist (MrRestore   *self,
                 JsonObject  *creator,
                 gint64       creator_id,
                 GError     **error)
{
  g_autoptr(GPtrArray) entries = NULL;

  if (!mr_restore_get_objects (self, creator, "checklist", &entries, error))
    return FALSE;
  for (guint i = 0; i < entries->len; i++)
    {
      JsonObject *entry = g_ptr_array_index (entries, i);
      const char *criterion = mr_restore_get_text (entry, "criterion");
      gint64 rating = mr_restore_get_count (entry, "rating");
      sqlite3_stmt *stmt;

      if (criterion == NULL)
        return mr_restore_invalid (self, error, _("a “%s” is missing"), "criterion");
      if (rating > 5)
        /* Translators: %s is a checklist's criterion */
        return mr_restore_invalid (self, error, _("the rating of “%s” is not between 0 and 5"),
                                   criterion);
      if ((stmt = mr_restore_prepare (self, checklist_sql, error)) == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, creator_id);
      sqlite3_bind_text (stmt, 2, criterion, -1, SQLITE_TRANSIENT);
      mr_restore_bind_count (stmt, 3, rating);
      mr_restore_bind_text (stmt, 4, mr_restore_get_text (entry, "note"));
      sqlite3_bind_int64 (stmt, 5, self->batch_id);
      if (!mr_restore_step (self, stmt, error))
        return FALSE;
      mr_restore_count_changes (self);
      self->rows++;
    }
  return TRUE;
}

/* ── An account's facts, through the sink ────────────────────────────────────────── */

static gboolean
write_posts (MrRestore     *self,
             MrImportSink  *sink,
             JsonObject    *account,
             GError       **error)
{
  g_autoptr(GPtrArray) posts = NULL;

  if (!mr_restore_get_objects (self, account, "post_list", &posts, error))
    return FALSE;
  for (guint i = 0; i < posts->len; i++)
    {
      JsonObject *object = g_ptr_array_index (posts, i);
      g_autoptr(GDateTime) published = NULL;
      MrImportPost post;

      if (!mr_restore_get_time (self, object, "published_at", FALSE, &published, error))
        return FALSE;
      mr_import_post_init (&post);
      post.external_id = mr_restore_get_text (object, "id");
      if (published != NULL)
        post.published_at = g_date_time_to_unix (published);
      post.kind = mr_restore_get_text (object, "kind");
      post.caption = mr_restore_get_text (object, "caption");
      post.permalink = mr_restore_get_text (object, "permalink");
      post.views = mr_restore_get_count (object, "views");
      post.reach = mr_restore_get_count (object, "reach");
      post.impressions = mr_restore_get_count (object, "impressions");
      post.likes = mr_restore_get_count (object, "likes");
      post.comments = mr_restore_get_count (object, "comments");
      post.shares = mr_restore_get_count (object, "shares");
      post.saves = mr_restore_get_count (object, "saves");
      post.duration = mr_restore_get_double (object, "duration");
      if (!sink->klass->post (sink, &post, error))
        return mr_restore_sink_failed (self, error);
      self->rows++;
    }
  return TRUE;
}

static gboolean
write_history (MrRestore     *self,
               MrImportSink  *sink,
               JsonObject    *account,
               GError       **error)
{
  g_autoptr(GPtrArray) history = NULL;

  if (!mr_restore_get_objects (self, account, "follower_history", &history, error))
    return FALSE;
  for (guint i = 0; i < history->len; i++)
    {
      JsonObject *object = g_ptr_array_index (history, i);
      MrImportFollowers point;

      if (!mr_restore_get_day (self, object, "date", TRUE, point.day, error))
        return FALSE;
      point.followers = mr_restore_get_count (object, "followers");
      if (!sink->klass->followers (sink, &point, error))
        return mr_restore_sink_failed (self, error);
      self->rows++;
    }
  return TRUE;
}

static gboolean
write_daily (MrRestore     *self,
             MrImportSink  *sink,
             JsonObject    *account,
             GError       **error)
{
  g_autoptr(GPtrArray) days = NULL;

  if (!mr_restore_get_objects (self, account, "daily", &days, error))
    return FALSE;
  for (guint i = 0; i < days->len; i++)
    {
      JsonObject *object = g_ptr_array_index (days, i);
      MrImportDaily daily;

      mr_import_daily_init (&daily);
      if (!mr_restore_get_day (self, object, "date", TRUE, daily.day, error))
        return FALSE;
      daily.views = mr_restore_get_count (object, "views");
      daily.profile_views = mr_restore_get_count (object, "profile_views");
      daily.likes = mr_restore_get_count (object, "likes");
      daily.comments = mr_restore_get_count (object, "comments");
      daily.shares = mr_restore_get_count (object, "shares");
      daily.viewers = mr_restore_get_count (object, "viewers");
      daily.new_viewers = mr_restore_get_count (object, "new_viewers");
      daily.reach = mr_restore_get_count (object, "reach");
      daily.followers_gained = mr_restore_get_count (object, "new_followers");
      daily.watch_hours = mr_restore_get_double (object, "watch_hours");
      if (!sink->klass->daily (sink, &daily, error))
        return mr_restore_sink_failed (self, error);
      self->rows++;
    }
  return TRUE;
}

static gboolean
write_audience (MrRestore     *self,
                MrImportSink  *sink,
                JsonObject    *account,
                GError       **error)
{
  g_autoptr(GPtrArray) shares = NULL;

  if (!mr_restore_get_objects (self, account, "audience", &shares, error))
    return FALSE;
  for (guint i = 0; i < shares->len; i++)
    {
      JsonObject *object = g_ptr_array_index (shares, i);
      MrImportAudience share = {
        .dimension = mr_restore_get_text (object, "dimension"),
        .bucket = mr_restore_get_text (object, "bucket"),
        .share = mr_restore_get_double (object, "share"),
      };

      if (share.dimension == NULL || share.bucket == NULL)
        return mr_restore_invalid (self, error, _("a “%s” is missing"),
                                   share.dimension == NULL ? "dimension" : "bucket");
      if (!sink->klass->audience (sink, &share, error))
        return mr_restore_sink_failed (self, error);
      self->rows++;
    }
  return TRUE;
}

static gboolean
write_activity (MrRestore     *self,
                MrImportSink  *sink,
                JsonObject    *account,
                GError       **error)
{
  g_autoptr(GPtrArray) hours = NULL;

  if (!mr_restore_get_objects (self, account, "activity", &hours, error))
    return FALSE;
  for (guint i = 0; i < hours->len; i++)
    {
      JsonObject *object = g_ptr_array_index (hours, i);
      gint64 weekday = mr_restore_get_count (object, "weekday");
      gint64 hour = mr_restore_get_count (object, "hour");
      MrImportActivity activity = { 0 };

      if (!mr_restore_get_day (self, object, "date", weekday < 0, activity.day, error))
        return FALSE;
      if (weekday > 7 || weekday == 0 || hour < 0 || hour > 23)
        {
          g_autofree char *when = g_strdup_printf ("%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT,
                                                   weekday, hour);

          /* Translators: %s is a weekday (1–7) and an hour, as the file gives them */
          return mr_restore_invalid (self, error, _("weekday and hour “%s” are not an hour of the week"),
                                     when);
        }
      activity.weekday = weekday > 0 ? (guint) weekday : 0;
      if (activity.weekday > 0)
        activity.day[0] = '\0';
      activity.hour = (guint) hour;
      activity.active_followers = mr_restore_get_count (object, "active_followers");
      if (!sink->klass->activity (sink, &activity, error))
        return mr_restore_sink_failed (self, error);
      self->rows++;
    }
  return TRUE;
}

static gboolean
write_totals (MrRestore     *self,
              MrImportSink  *sink,
              JsonObject    *account,
              GError       **error)
{
  g_autoptr(GPtrArray) totals = NULL;

  if (!mr_restore_get_objects (self, account, "totals", &totals, error))
    return FALSE;
  for (guint i = 0; i < totals->len; i++)
    {
      JsonObject *object = g_ptr_array_index (totals, i);
      MrImportTotal total = {
        .metric = mr_restore_get_text (object, "metric"),
        .value = mr_restore_get_double (object, "value"),
      };

      if (total.metric == NULL)
        return mr_restore_invalid (self, error, _("a “%s” is missing"), "metric");
      if (!sink->klass->total (sink, &total, error))
        return mr_restore_sink_failed (self, error);
      self->rows++;
    }
  return TRUE;
}

static gboolean
write_account_time (MrRestore   *self,
                    JsonObject  *account,
                    GError     **error)
{
  g_autoptr(GDateTime) updated_at = NULL;
  g_autofree char *text = NULL;
  sqlite3_stmt *stmt;

  if (!mr_restore_get_time (self, account, "updated_at", FALSE, &updated_at, error) ||
      (stmt = mr_restore_prepare (self, account_time_sql, error)) == NULL)
    return FALSE;
  text = mr_restore_format_time (updated_at);
  sqlite3_bind_int64 (stmt, 1, mr_import_writer_get_account_id (self->writer));
  mr_restore_bind_text (stmt, 2, text);
  sqlite3_bind_int64 (stmt, 3, self->batch_id);
  return mr_restore_step (self, stmt, error);
}

static gboolean
write_account (MrRestore   *self,
               JsonObject  *object,
               GError     **error)
{
  MrImportSink *sink = mr_import_writer_get_sink (self->writer);
  MrImportAccount account;

  mr_import_account_init (&account);
  if (!mr_restore_get_platform (self, object, TRUE, &account.platform, error))
    return FALSE;
  account.handle = mr_restore_get_text (object, "handle");
  account.url = mr_restore_get_text (object, "url");
  account.followers = mr_restore_get_count (object, "followers");
  account.following = mr_restore_get_count (object, "following");
  /* "posts" counts the posts the file lists; this is what the profile said. */
  account.posts = mr_restore_get_count (object, "profile_posts");
  account.avg_likes = mr_restore_get_double (object, "avg_likes");
  account.avg_comments = mr_restore_get_double (object, "avg_comments");
  account.engagement_rate = mr_restore_get_double (object, "engagement_rate");
  if (!sink->klass->account (sink, &account, error))
    return mr_restore_sink_failed (self, error);
  self->rows++;

  return write_account_time (self, object, error) &&
         write_posts (self, sink, object, error) &&
         write_history (self, sink, object, error) &&
         write_daily (self, sink, object, error) &&
         write_audience (self, sink, object, error) &&
         write_activity (self, sink, object, error) &&
         write_totals (self, sink, object, error);
}

gboolean
mr_restore_creator (MrRestore   *self,
                    JsonObject  *creator,
                    GError     **error)
{
  g_autoptr(GPtrArray) accounts = NULL;
  gint64 file_id = mr_restore_get_count (creator, "id");
  gint64 id;

  if (!mr_restore_get_objects (self, creator, "accounts", &accounts, error) ||
      !write_creator (self, creator, accounts, &id, error))
    return FALSE;
  self->rows++;
  if (file_id > 0)
    g_hash_table_insert (self->creator_ids, g_memdup2 (&file_id, sizeof file_id),
                         g_memdup2 (&id, sizeof id));

  mr_import_writer_set_creator (self->writer, id);
  for (guint i = 0; i < accounts->len; i++)
    if (!write_account (self, g_ptr_array_index (accounts, i), error))
      return FALSE;
  mr_import_writer_set_creator (self->writer, 0);

  return write_primary (self, creator, id, error) &&
         write_checklist (self, creator, id, error);
}
