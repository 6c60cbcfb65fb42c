/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-import-json-campaigns"

#include "config.h"

#include <glib/gi18n.h>

#include "mr-import-json-private.h"
#include "mr-store.h"

/* Campaigns, their members and results, and moments: rows only a restore writes, so
 * they are written here rather than through the writer's sink. A value the file leaves
 * out keeps what the database has, or the column's default for a new row. */

static const char campaign_match_sql[] =
  "SELECT id FROM campaign WHERE name = ?1 AND start_date IS ?2 ORDER BY id";
static const char campaign_id_sql[] = "SELECT 1 FROM campaign WHERE id = ?1";
static const char insert_campaign_sql[] =
  "INSERT INTO campaign (id, name, start_date, brand, goal, kind, platforms, end_date, budget,"
  "  currency, target_roas, target_ctr_min, target_ctr_max, notes, archived, batch_id)"
  " VALUES (?1, ?2, ?3, ?4, coalesce (?5, 'awareness'), coalesce (?6, 'pilot'), ?7, ?8, ?9,"
  "  coalesce (?10, 'EUR'), coalesce (?11, 3.0), coalesce (?12, 2.0), coalesce (?13, 5.0),"
  "  ?14, coalesce (?15, 0), ?16)";
static const char update_campaign_sql[] =
  "UPDATE campaign SET brand = coalesce (?4, brand), goal = coalesce (?5, goal),"
  "  kind = coalesce (?6, kind), platforms = coalesce (?7, platforms),"
  "  end_date = coalesce (?8, end_date), budget = coalesce (?9, budget),"
  "  currency = coalesce (?10, currency), target_roas = coalesce (?11, target_roas),"
  "  target_ctr_min = coalesce (?12, target_ctr_min),"
  "  target_ctr_max = coalesce (?13, target_ctr_max), notes = coalesce (?14, notes),"
  "  archived = coalesce (?15, archived)"
  " WHERE id = ?1 AND name = ?2 AND start_date IS ?3"
  "  AND (coalesce (?4, brand) IS NOT brand OR coalesce (?5, goal) IS NOT goal"
  "  OR coalesce (?6, kind) IS NOT kind OR coalesce (?7, platforms) IS NOT platforms"
  "  OR coalesce (?8, end_date) IS NOT end_date OR coalesce (?9, budget) IS NOT budget"
  "  OR coalesce (?10, currency) IS NOT currency"
  "  OR coalesce (?11, target_roas) IS NOT target_roas"
  "  OR coalesce (?12, target_ctr_min) IS NOT target_ctr_min"
  "  OR coalesce (?13, target_ctr_max) IS NOT target_ctr_max"
  "  OR coalesce (?14, notes) IS NOT notes OR coalesce (?15, archived) IS NOT archived)";

static const char creator_by_name_sql[] =
  "SELECT id FROM creator WHERE name = ?1 COLLATE NOCASE ORDER BY id LIMIT 1";
static const char member_match_sql[] =
  "SELECT id FROM campaign_member WHERE campaign_id = ?1 AND creator_id = ?2"
  "  AND account_id IS ?3 ORDER BY id";
static const char insert_member_sql[] =
  "INSERT INTO campaign_member (campaign_id, creator_id, account_id, fee, promo_code, link,"
  "  status, batch_id)"
  " VALUES (?1, ?2, ?3, ?4, ?6, ?7, coalesce (?8, 'invited'), ?9)";
static const char update_member_sql[] =
  "UPDATE campaign_member SET fee = coalesce (?4, fee),"
  "  promo_code = coalesce (?6, promo_code),"
  "  link = coalesce (?7, link), status = coalesce (?8, status)"
  " WHERE id = ?10 AND (coalesce (?4, fee) IS NOT fee"
  "  OR coalesce (?6, promo_code) IS NOT promo_code OR coalesce (?7, link) IS NOT link"
  "  OR coalesce (?8, status) IS NOT status)";
/* A deliverable is the same one when its title and due day are. */
static const char deliverable_match_sql[] =
  "SELECT id FROM campaign_deliverable WHERE member_id = ?1 AND title = ?2 AND due_date IS ?3"
  "  ORDER BY id";
static const char insert_deliverable_sql[] =
  "INSERT INTO campaign_deliverable (member_id, title, due_date, done, batch_id)"
  " VALUES (?1, ?2, ?3, coalesce (?4, 0), ?5)";
static const char update_deliverable_sql[] =
  "UPDATE campaign_deliverable SET done = ?4 WHERE id = ?6 AND ?4 IS NOT NULL AND done IS NOT ?4";
static const char result_sql[] =
  "INSERT INTO campaign_result (member_id, day, impressions, reach, clicks, conversions,"
  "  engagements, revenue, batch_id)"
  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"
  " ON CONFLICT (member_id, day) DO UPDATE SET"
  "  impressions = coalesce (excluded.impressions, impressions),"
  "  reach = coalesce (excluded.reach, reach), clicks = coalesce (excluded.clicks, clicks),"
  "  conversions = coalesce (excluded.conversions, conversions),"
  "  engagements = coalesce (excluded.engagements, engagements),"
  "  revenue = coalesce (excluded.revenue, revenue)"
  " WHERE coalesce (excluded.impressions, impressions) IS NOT impressions"
  "  OR coalesce (excluded.reach, reach) IS NOT reach"
  "  OR coalesce (excluded.clicks, clicks) IS NOT clicks"
  "  OR coalesce (excluded.conversions, conversions) IS NOT conversions"
  "  OR coalesce (excluded.engagements, engagements) IS NOT engagements"
  "  OR coalesce (excluded.revenue, revenue) IS NOT revenue";

static const char moment_match_sql[] =
  "SELECT id FROM moment WHERE title = ?1 AND detected_at = ?2 ORDER BY id";
static const char moment_id_sql[] = "SELECT 1 FROM moment WHERE id = ?1";
static const char insert_moment_sql[] =
  "INSERT INTO moment (id, title, detected_at, intent, trigger_text, source, respond_by,"
  "  responded_at, status, channel, notes, campaign_id, creator_id, batch_id)"
  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, coalesce (?9, 'open'), ?10, ?11, ?12, ?13, ?14)";
static const char update_moment_sql[] =
  "UPDATE moment SET intent = coalesce (?4, intent),"
  "  trigger_text = coalesce (?5, trigger_text), source = coalesce (?6, source),"
  "  respond_by = ?7, responded_at = coalesce (?8, responded_at),"
  "  status = coalesce (?9, status), channel = coalesce (?10, channel),"
  "  notes = coalesce (?11, notes), campaign_id = coalesce (?12, campaign_id),"
  "  creator_id = coalesce (?13, creator_id)"
  " WHERE id = ?1 AND (coalesce (?4, intent) IS NOT intent"
  "  OR coalesce (?5, trigger_text) IS NOT trigger_text"
  "  OR coalesce (?6, source) IS NOT source OR respond_by IS NOT ?7"
  "  OR coalesce (?8, responded_at) IS NOT responded_at"
  "  OR coalesce (?9, status) IS NOT status OR coalesce (?10, channel) IS NOT channel"
  "  OR coalesce (?11, notes) IS NOT notes OR coalesce (?12, campaign_id) IS NOT campaign_id"
  "  OR coalesce (?13, creator_id) IS NOT creator_id)";

/* A value of an enum is written by its stable id, which the file may give in any case. */
static gboolean
check_enum (MrRestore   *self,
            const char  *text,
            gboolean     known,
            const char  *what,
            GError     **error)
{
  if (text == NULL || known)
    return TRUE;
  /* Translators: the first %s is what the file holds, the second what it should be
   * (“a campaign’s goal”) */
  return mr_restore_invalid (self, error, _("“%s” is not %s"), text, what);
}

/* true, false, or (missing) NULL. */
static void
bind_boolean (sqlite3_stmt *stmt,
              int           index,
              JsonObject   *object,
              const char   *key)
{
  JsonNode *node = json_object_get_member (object, key);

  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
      json_node_get_value_type (node) == G_TYPE_BOOLEAN)
    sqlite3_bind_int (stmt, index, json_node_get_boolean (node) ? 1 : 0);
}

static void
bind_day (sqlite3_stmt *stmt,
          int           index,
          const char   *day)
{
  mr_restore_bind_text (stmt, index, day[0] != '\0' ? day : NULL);
}

/* ── Campaigns ───────────────────────────────────────────────────────────────────── */

static gboolean
write_campaign (MrRestore   *self,
                JsonObject  *campaign,
                gint64      *id,
                GError     **error)
{
  const char *name = mr_restore_get_text (campaign, "name");
  const char *goal_text = mr_restore_get_text (campaign, "goal");
  const char *kind_text = mr_restore_get_text (campaign, "kind");
  MrCampaignGoal goal = MR_CAMPAIGN_GOAL_AWARENESS;
  MrCampaignKind kind = MR_CAMPAIGN_KIND_PILOT;
  char start[11], end[11];
  sqlite3_stmt *stmt;
  gint64 free_id = 0;

  if (name == NULL)
    return mr_restore_invalid (self, error, _("a campaign has no name"));
  if (!mr_restore_get_day (self, campaign, "start", FALSE, start, error) ||
      !mr_restore_get_day (self, campaign, "end", FALSE, end, error) ||
      !check_enum (self, goal_text,
                   goal_text != NULL && mr_campaign_goal_from_string (goal_text, &goal),
                   _("a campaign’s goal"), error) ||
      !check_enum (self, kind_text,
                   kind_text != NULL && mr_campaign_kind_from_string (kind_text, &kind),
                   _("a kind of campaign"), error))
    return FALSE;

  if ((stmt = mr_restore_prepare (self, campaign_match_sql, error)) == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  bind_day (stmt, 2, start);
  if (!mr_restore_match (self, "campaign", stmt, id, error) ||
      (*id == 0 && !mr_restore_free_id (self, campaign_id_sql,
                                        mr_restore_get_count (campaign, "id"), &free_id,
                                        error)))
    return FALSE;

  stmt = mr_restore_prepare (self, *id > 0 ? update_campaign_sql : insert_campaign_sql, error);
  if (stmt == NULL)
    return FALSE;
  mr_restore_bind_id (stmt, 1, *id > 0 ? *id : free_id);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_TRANSIENT);
  bind_day (stmt, 3, start);
  mr_restore_bind_text (stmt, 4, mr_restore_get_text (campaign, "brand"));
  mr_restore_bind_text (stmt, 5, goal_text != NULL ? mr_campaign_goal_to_string (goal) : NULL);
  mr_restore_bind_text (stmt, 6, kind_text != NULL ? mr_campaign_kind_to_string (kind) : NULL);
  mr_restore_bind_text (stmt, 7, mr_restore_get_text (campaign, "platforms"));
  bind_day (stmt, 8, end);
  mr_restore_bind_double (stmt, 9, mr_restore_get_double (campaign, "budget"));
  mr_restore_bind_text (stmt, 10, mr_restore_get_text (campaign, "currency"));
  mr_restore_bind_double (stmt, 11, mr_restore_get_double (campaign, "target_roas"));
  mr_restore_bind_double (stmt, 12, mr_restore_get_double (campaign, "target_ctr_min"));
  mr_restore_bind_double (stmt, 13, mr_restore_get_double (campaign, "target_ctr_max"));
  mr_restore_bind_text (stmt, 14, mr_restore_get_text (campaign, "notes"));
  bind_boolean (stmt, 15, campaign, "archived");
  if (*id == 0)
    sqlite3_bind_int64 (stmt, 16, self->batch_id);
  if (!mr_restore_step (self, stmt, error))
    return FALSE;
  mr_restore_count_changes (self);

  if (*id == 0)
    {
      *id = sqlite3_last_insert_rowid (self->db);
      mr_restore_claim (self, "campaign", *id);
    }
  return TRUE;
}

/* The creator of a member: by the file's id, or (in files without it) by name. */
static gboolean
find_member_creator (MrRestore   *self,
                     JsonObject  *member,
                     gint64      *creator_id,
                     GError     **error)
{
  const char *name = mr_restore_get_text (member, "creator");
  sqlite3_stmt *stmt;
  int rc;

  *creator_id = mr_restore_lookup (self->creator_ids, mr_restore_get_count (member, "creator_id"));
  if (*creator_id > 0)
    return TRUE;
  if (name == NULL)
    return mr_restore_invalid (self, error, _("a campaign member has no creator"));

  if ((stmt = mr_restore_prepare (self, creator_by_name_sql, error)) == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    *creator_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return mr_store_set_error_from_sqlite (error, self->db, rc);
  if (*creator_id == 0)
    /* Translators: %s is a creator's name */
    return mr_restore_invalid (self, error, _("the campaign member “%s” is not among the creators"),
                               name);
  return TRUE;
}

static gboolean
find_member_account (MrRestore   *self,
                     JsonObject  *member,
                     gint64       creator_id,
                     gint64      *account_id,
                     GError     **error)
{
  const char *handle = mr_restore_get_text (member, "handle");
  MrPlatform platform = MR_PLATFORM_OTHER;

  *account_id = 0;
  if (handle == NULL)
    return TRUE;
  if (!mr_restore_get_platform (self, member, TRUE, &platform, error) ||
      !mr_restore_find_account (self, creator_id, platform, handle, account_id, error))
    return FALSE;
  if (*account_id == 0)
    /* Translators: %s is an account's handle */
    return mr_restore_invalid (self, error, _("the account “%s” of a campaign member is not among the creator’s accounts"),
                               handle);
  return TRUE;
}

static gboolean
write_results (MrRestore   *self,
               JsonObject  *member,
               gint64       member_id,
               GError     **error)
{
  g_autoptr(GPtrArray) results = NULL;

  if (!mr_restore_get_objects (self, member, "results", &results, error))
    return FALSE;
  for (guint i = 0; i < results->len; i++)
    {
      JsonObject *result = g_ptr_array_index (results, i);
      sqlite3_stmt *stmt;
      char day[11];

      if (!mr_restore_get_day (self, result, "date", TRUE, day, error) ||
          (stmt = mr_restore_prepare (self, result_sql, error)) == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, member_id);
      sqlite3_bind_text (stmt, 2, day, -1, SQLITE_TRANSIENT);
      mr_restore_bind_count (stmt, 3, mr_restore_get_count (result, "impressions"));
      mr_restore_bind_count (stmt, 4, mr_restore_get_count (result, "reach"));
      mr_restore_bind_count (stmt, 5, mr_restore_get_count (result, "clicks"));
      mr_restore_bind_count (stmt, 6, mr_restore_get_count (result, "conversions"));
      mr_restore_bind_count (stmt, 7, mr_restore_get_count (result, "engagements"));
      mr_restore_bind_double (stmt, 8, mr_restore_get_double (result, "revenue"));
      sqlite3_bind_int64 (stmt, 9, self->batch_id);
      if (!mr_restore_step (self, stmt, error))
        return FALSE;
      mr_restore_count_changes (self);
      self->rows++;
    }
  return TRUE;
}

static gboolean
write_deliverable (MrRestore   *self,
                   gint64       member_id,
                   const char  *title,
                   JsonObject  *item,
                   GError     **error)
{
  sqlite3_stmt *stmt;
  char due[11] = "";
  gint64 id;

  if (item != NULL && !mr_restore_get_day (self, item, "due", FALSE, due, error))
    return FALSE;
  if ((stmt = mr_restore_prepare (self, deliverable_match_sql, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, member_id);
  sqlite3_bind_text (stmt, 2, title, -1, SQLITE_TRANSIENT);
  bind_day (stmt, 3, due);
  if (!mr_restore_match (self, "campaign_deliverable", stmt, &id, error))
    return FALSE;

  stmt = mr_restore_prepare (self, id > 0 ? update_deliverable_sql : insert_deliverable_sql,
                             error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, member_id);
  sqlite3_bind_text (stmt, 2, title, -1, SQLITE_TRANSIENT);
  bind_day (stmt, 3, due);
  if (item != NULL)
    bind_boolean (stmt, 4, item, "done");
  if (id > 0)
    sqlite3_bind_int64 (stmt, 6, id);
  else
    sqlite3_bind_int64 (stmt, 5, self->batch_id);
  if (!mr_restore_step (self, stmt, error))
    return FALSE;
  mr_restore_count_changes (self);
  if (id == 0)
    mr_restore_claim (self, "campaign_deliverable", sqlite3_last_insert_rowid (self->db));
  return TRUE;
}

/* A list of { "title", "due", "done" }; a file written before deliverables had due
 * days holds one text, which becomes one deliverable. */
static gboolean
write_deliverables (MrRestore   *self,
                    JsonObject  *member,
                    gint64       member_id,
                    GError     **error)
{
  const char *text = mr_restore_get_text (member, "deliverables");
  g_autoptr(GPtrArray) items = NULL;

  if (text != NULL)
    return write_deliverable (self, member_id, text, NULL, error);
  if (!mr_restore_get_objects (self, member, "deliverables", &items, error))
    return FALSE;
  for (guint i = 0; i < items->len; i++)
    {
      JsonObject *item = g_ptr_array_index (items, i);
      const char *title = mr_restore_get_text (item, "title");

      if (title == NULL)
        return mr_restore_invalid (self, error, _("a deliverable has no title"));
      if (!write_deliverable (self, member_id, title, item, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
restore_member (MrRestore   *self,
                JsonObject  *member,
                gint64       campaign_id,
                GError     **error)
{
  const char *status_text = mr_restore_get_text (member, "status");
  MrMemberStatus status = MR_MEMBER_STATUS_INVITED;
  gint64 creator_id, account_id, id;
  sqlite3_stmt *stmt;

  if (!check_enum (self, status_text,
                   status_text != NULL && mr_member_status_from_string (status_text, &status),
                   _("a campaign member’s status"), error) ||
      !find_member_creator (self, member, &creator_id, error) ||
      !find_member_account (self, member, creator_id, &account_id, error) ||
      (stmt = mr_restore_prepare (self, member_match_sql, error)) == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, campaign_id);
  sqlite3_bind_int64 (stmt, 2, creator_id);
  mr_restore_bind_id (stmt, 3, account_id);
  if (!mr_restore_match (self, "campaign_member", stmt, &id, error))
    return FALSE;

  stmt = mr_restore_prepare (self, id > 0 ? update_member_sql : insert_member_sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, campaign_id);
  sqlite3_bind_int64 (stmt, 2, creator_id);
  mr_restore_bind_id (stmt, 3, account_id);
  mr_restore_bind_double (stmt, 4, mr_restore_get_double (member, "fee"));
  mr_restore_bind_text (stmt, 6, mr_restore_get_text (member, "promo_code"));
  mr_restore_bind_text (stmt, 7, mr_restore_get_text (member, "link"));
  mr_restore_bind_text (stmt, 8,
                        status_text != NULL ? mr_member_status_to_string (status) : NULL);
  if (id > 0)
    sqlite3_bind_int64 (stmt, 10, id);
  else
    sqlite3_bind_int64 (stmt, 9, self->batch_id);
  if (!mr_restore_step (self, stmt, error))
    return FALSE;
  mr_restore_count_changes (self);
  self->rows++;

  if (id == 0)
    {
      id = sqlite3_last_insert_rowid (self->db);
      mr_restore_claim (self, "campaign_member", id);
    }
  return write_deliverables (self, member, id, error) &&
         write_results (self, member, id, error);
}

gboolean
mr_restore_campaign (MrRestore   *self,
                     JsonObject  *campaign,
                     GError     **error)
{
  g_autoptr(GPtrArray) members = NULL;
  gint64 file_id = mr_restore_get_count (campaign, "id");
  gint64 id;

  if (!mr_restore_get_objects (self, campaign, "members", &members, error) ||
      !write_campaign (self, campaign, &id, error))
    return FALSE;
  self->rows++;
  if (file_id > 0)
    g_hash_table_insert (self->campaign_ids, g_memdup2 (&file_id, sizeof file_id),
                         g_memdup2 (&id, sizeof id));

  for (guint i = 0; i < members->len; i++)
    if (!restore_member (self, g_ptr_array_index (members, i), id, error))
      return FALSE;
  return TRUE;
}

/* ── Moments ─────────────────────────────────────────────────────────────────────── */

gboolean
mr_restore_moment (MrRestore   *self,
                   JsonObject  *moment,
                   GError     **error)
{
  const char *title = mr_restore_get_text (moment, "title");
  const char *intent_text = mr_restore_get_text (moment, "intent");
  const char *status_text = mr_restore_get_text (moment, "status");
  MrIntent intent = MR_INTENT_NONE;
  MrMomentStatus status = MR_MOMENT_STATUS_OPEN;
  g_autoptr(GDateTime) detected_at = NULL;
  g_autoptr(GDateTime) respond_by = NULL;
  g_autoptr(GDateTime) responded_at = NULL;
  g_autofree char *detected_text = NULL;
  g_autofree char *respond_by_text = NULL;
  g_autofree char *responded_text = NULL;
  sqlite3_stmt *stmt;
  gint64 id, free_id = 0;

  if (title == NULL)
    return mr_restore_invalid (self, error, _("a moment has no title"));
  if (!mr_restore_get_time (self, moment, "detected_at", TRUE, &detected_at, error) ||
      !mr_restore_get_time (self, moment, "respond_by", TRUE, &respond_by, error) ||
      !mr_restore_get_time (self, moment, "responded_at", FALSE, &responded_at, error) ||
      !check_enum (self, intent_text,
                   intent_text != NULL && mr_intent_from_string (intent_text, &intent) &&
                   intent != MR_INTENT_NONE,
                   _("an intent"), error) ||
      !check_enum (self, status_text,
                   status_text != NULL && mr_moment_status_from_string (status_text, &status),
                   _("a moment’s status"), error))
    return FALSE;
  detected_text = mr_restore_format_time (detected_at);
  respond_by_text = mr_restore_format_time (respond_by);
  responded_text = mr_restore_format_time (responded_at);

  if ((stmt = mr_restore_prepare (self, moment_match_sql, error)) == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, title, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, detected_text, -1, SQLITE_TRANSIENT);
  if (!mr_restore_match (self, "moment", stmt, &id, error) ||
      (id == 0 && !mr_restore_free_id (self, moment_id_sql, mr_restore_get_count (moment, "id"),
                                       &free_id, error)))
    return FALSE;

  stmt = mr_restore_prepare (self, id > 0 ? update_moment_sql : insert_moment_sql, error);
  if (stmt == NULL)
    return FALSE;
  mr_restore_bind_id (stmt, 1, id > 0 ? id : free_id);
  sqlite3_bind_text (stmt, 2, title, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, detected_text, -1, SQLITE_TRANSIENT);
  mr_restore_bind_text (stmt, 4, intent_text != NULL ? mr_intent_to_string (intent) : NULL);
  mr_restore_bind_text (stmt, 5, mr_restore_get_text (moment, "trigger"));
  mr_restore_bind_text (stmt, 6, mr_restore_get_text (moment, "source"));
  sqlite3_bind_text (stmt, 7, respond_by_text, -1, SQLITE_TRANSIENT);
  mr_restore_bind_text (stmt, 8, responded_text);
  mr_restore_bind_text (stmt, 9,
                        status_text != NULL ? mr_moment_status_to_string (status) : NULL);
  mr_restore_bind_text (stmt, 10, mr_restore_get_text (moment, "channel"));
  mr_restore_bind_text (stmt, 11, mr_restore_get_text (moment, "notes"));
  mr_restore_bind_id (stmt, 12, mr_restore_lookup (self->campaign_ids,
                                                   mr_restore_get_count (moment, "campaign")));
  mr_restore_bind_id (stmt, 13, mr_restore_lookup (self->creator_ids,
                                                   mr_restore_get_count (moment, "creator")));
  if (id == 0)
    sqlite3_bind_int64 (stmt, 14, self->batch_id);
  if (!mr_restore_step (self, stmt, error))
    return FALSE;
  mr_restore_count_changes (self);
  self->rows++;
  return TRUE;
}
