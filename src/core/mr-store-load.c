/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-store-load"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "mr-store-private.h"

static const char select_creators_sql[] =
  "SELECT id, name, status, niche, country, language, contact, notes, primary_account_id"
  "  FROM creator";
static const char select_accounts_sql[] =
  "SELECT id, creator_id, platform, handle, url, followers, following, posts, updated_at"
  "  FROM account ORDER BY id";
static const char select_campaigns_sql[] =
  "SELECT id, name, brand, goal, kind, platforms, start_date, end_date, budget, currency,"
  "       target_roas, target_ctr_min, target_ctr_max, notes, archived"
  "  FROM campaign ORDER BY id";
static const char select_members_sql[] =
  "SELECT id, campaign_id, creator_id, account_id, fee, promo_code, link, status"
  "  FROM campaign_member ORDER BY id";
static const char select_deliverables_sql[] =
  "SELECT id, member_id, title, due_date, done FROM campaign_deliverable"
  "  ORDER BY due_date IS NULL, due_date, title, id";
static const char select_moments_sql[] =
  "SELECT id, title, intent, trigger_text, source, detected_at, respond_by, responded_at,"
  "       status, channel, notes, campaign_id, creator_id"
  "  FROM moment";

int
mr_store_compare_creators (gconstpointer a,
                           gconstpointer b,
                           gpointer      user_data)
{
  MrCreator *creator_a = MR_CREATOR ((gpointer) a);
  MrCreator *creator_b = MR_CREATOR ((gpointer) b);
  int order = g_utf8_collate (mr_creator_get_name (creator_a) ?: "",
                              mr_creator_get_name (creator_b) ?: "");

  if (order != 0)
    return order;

  return (mr_creator_get_id (creator_a) > mr_creator_get_id (creator_b)) -
         (mr_creator_get_id (creator_a) < mr_creator_get_id (creator_b));
}

/* mr_store_compare_creators ()'s order for a whole list: each name's collation key made
 * once, rather than two per comparison (ten thousand creators: 140,000 comparisons). */
typedef struct
{
  const char *key;
  MrCreator  *creator;
} SortEntry;

static int
compare_entries (const void *a,
                 const void *b)
{
  const SortEntry *entry_a = a, *entry_b = b;
  int order = strcmp (entry_a->key, entry_b->key);

  if (order != 0)
    return order;

  return (mr_creator_get_id (entry_a->creator) > mr_creator_get_id (entry_b->creator)) -
         (mr_creator_get_id (entry_a->creator) < mr_creator_get_id (entry_b->creator));
}

static void
sort_creators (GListStore *creators)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (creators));
  g_autofree SortEntry *entries = NULL;
  g_autofree gpointer *sorted = NULL;

  if (n < 2)
    return;

  entries = g_new (SortEntry, n);
  sorted = g_new (gpointer, n);
  for (guint i = 0; i < n; i++)
    {
      entries[i].creator = g_list_model_get_item (G_LIST_MODEL (creators), i);
      entries[i].key = mr_creator_get_collate_key (entries[i].creator);
    }
  qsort (entries, n, sizeof (SortEntry), compare_entries);

  for (guint i = 0; i < n; i++)
    sorted[i] = entries[i].creator;
  g_list_store_splice (creators, 0, n, sorted, n);
  for (guint i = 0; i < n; i++)
    g_object_unref (entries[i].creator);
}

/* Newest first. */
int
mr_store_compare_moments (gconstpointer a,
                          gconstpointer b,
                          gpointer      user_data)
{
  MrMoment *moment_a = MR_MOMENT ((gpointer) a);
  MrMoment *moment_b = MR_MOMENT ((gpointer) b);
  int order = g_date_time_compare (mr_moment_get_detected_at (moment_b),
                                   mr_moment_get_detected_at (moment_a));

  if (order != 0)
    return order;

  return (mr_moment_get_id (moment_b) > mr_moment_get_id (moment_a)) -
         (mr_moment_get_id (moment_b) < mr_moment_get_id (moment_a));
}

static gpointer
creator_from_row (sqlite3_stmt *stmt)
{
  MrCreator *creator = mr_creator_new (mr_store_column_text (stmt, 1));
  MrCreatorStatus status;

  mr_creator_set_id (creator, sqlite3_column_int64 (stmt, 0));
  if (mr_creator_status_from_string (mr_store_column_text (stmt, 2), &status))
    mr_creator_set_status (creator, status);
  mr_creator_set_niche (creator, mr_store_column_text (stmt, 3));
  mr_creator_set_country (creator, mr_store_column_text (stmt, 4));
  mr_creator_set_language (creator, mr_store_column_text (stmt, 5));
  mr_creator_set_contact (creator, mr_store_column_text (stmt, 6));
  mr_creator_set_notes (creator, mr_store_column_text (stmt, 7));
  mr_creator_set_primary_account_id (creator, sqlite3_column_int64 (stmt, 8));

  return creator;
}

static gpointer
account_from_row (sqlite3_stmt *stmt)
{
  g_autoptr(GDateTime) updated_at = mr_store_column_date_time (stmt, 8);
  MrPlatform platform = MR_PLATFORM_OTHER;
  MrAccount *account;

  mr_platform_from_string (mr_store_column_text (stmt, 2), &platform);
  account = mr_account_new (platform, mr_store_column_text (stmt, 3));
  mr_account_set_id (account, sqlite3_column_int64 (stmt, 0));
  mr_account_set_creator_id (account, sqlite3_column_int64 (stmt, 1));
  mr_account_set_url (account, mr_store_column_text (stmt, 4));
  mr_account_set_followers (account, mr_store_column_count (stmt, 5));
  mr_account_set_following (account, mr_store_column_count (stmt, 6));
  mr_account_set_posts (account, mr_store_column_count (stmt, 7));
  mr_account_set_updated_at (account, updated_at);

  return account;
}

static gpointer
campaign_from_row (sqlite3_stmt *stmt)
{
  MrCampaign *campaign = mr_campaign_new (mr_store_column_text (stmt, 1));
  MrCampaignGoal goal;
  MrCampaignKind kind;

  mr_campaign_set_id (campaign, sqlite3_column_int64 (stmt, 0));
  mr_campaign_set_brand (campaign, mr_store_column_text (stmt, 2));
  if (mr_campaign_goal_from_string (mr_store_column_text (stmt, 3), &goal))
    mr_campaign_set_goal (campaign, goal);
  if (mr_campaign_kind_from_string (mr_store_column_text (stmt, 4), &kind))
    mr_campaign_set_kind (campaign, kind);
  mr_campaign_set_platforms (campaign, mr_store_column_text (stmt, 5));
  mr_campaign_set_start_date (campaign, mr_store_column_text (stmt, 6));
  mr_campaign_set_end_date (campaign, mr_store_column_text (stmt, 7));
  mr_campaign_set_budget (campaign, mr_store_column_double (stmt, 8));
  mr_campaign_set_currency (campaign, mr_store_column_text (stmt, 9));
  mr_campaign_set_target_roas (campaign, sqlite3_column_double (stmt, 10));
  mr_campaign_set_target_ctr_min (campaign, sqlite3_column_double (stmt, 11));
  mr_campaign_set_target_ctr_max (campaign, sqlite3_column_double (stmt, 12));
  mr_campaign_set_notes (campaign, mr_store_column_text (stmt, 13));
  mr_campaign_set_archived (campaign, sqlite3_column_int (stmt, 14) != 0);

  return campaign;
}

static gpointer
member_from_row (sqlite3_stmt *stmt)
{
  MrCampaignMember *member = mr_campaign_member_new (sqlite3_column_int64 (stmt, 2));
  MrMemberStatus status;

  mr_campaign_member_set_id (member, sqlite3_column_int64 (stmt, 0));
  mr_campaign_member_set_campaign_id (member, sqlite3_column_int64 (stmt, 1));
  mr_campaign_member_set_account_id (member, sqlite3_column_int64 (stmt, 3));
  mr_campaign_member_set_fee (member, mr_store_column_double (stmt, 4));
  mr_campaign_member_set_promo_code (member, mr_store_column_text (stmt, 5));
  mr_campaign_member_set_link (member, mr_store_column_text (stmt, 6));
  if (mr_member_status_from_string (mr_store_column_text (stmt, 7), &status))
    mr_campaign_member_set_status (member, status);

  return member;
}

static gpointer
deliverable_from_row (sqlite3_stmt *stmt)
{
  MrDeliverable *deliverable = mr_deliverable_new (mr_store_column_text (stmt, 2));

  mr_deliverable_set_id (deliverable, sqlite3_column_int64 (stmt, 0));
  mr_deliverable_set_member_id (deliverable, sqlite3_column_int64 (stmt, 1));
  mr_deliverable_set_due_date (deliverable, mr_store_column_text (stmt, 3));
  mr_deliverable_set_done (deliverable, sqlite3_column_int (stmt, 4) != 0);

  return deliverable;
}

static gpointer
moment_from_row (sqlite3_stmt *stmt)
{
  g_autoptr(GDateTime) detected_at = mr_store_column_date_time (stmt, 5);
  g_autoptr(GDateTime) respond_by = mr_store_column_date_time (stmt, 6);
  g_autoptr(GDateTime) responded_at = mr_store_column_date_time (stmt, 7);
  MrMoment *moment = mr_moment_new (mr_store_column_text (stmt, 1));
  MrIntent intent;
  MrMomentStatus status;

  mr_moment_set_id (moment, sqlite3_column_int64 (stmt, 0));
  if (mr_intent_from_string (mr_store_column_text (stmt, 2), &intent))
    mr_moment_set_intent (moment, intent);
  mr_moment_set_trigger (moment, mr_store_column_text (stmt, 3));
  mr_moment_set_source (moment, mr_store_column_text (stmt, 4));
  /* Both are NOT NULL; an unreadable time keeps the default rather than failing. */
  if (detected_at != NULL)
    mr_moment_set_detected_at (moment, detected_at);
  if (respond_by != NULL)
    mr_moment_set_respond_by (moment, respond_by);
  mr_moment_set_responded_at (moment, responded_at);
  if (mr_moment_status_from_string (mr_store_column_text (stmt, 8), &status))
    mr_moment_set_status (moment, status);
  mr_moment_set_channel (moment, mr_store_column_text (stmt, 9));
  mr_moment_set_notes (moment, mr_store_column_text (stmt, 10));
  mr_moment_set_campaign_id (moment, sqlite3_column_int64 (stmt, 11));
  mr_moment_set_creator_id (moment, sqlite3_column_int64 (stmt, 12));

  return moment;
}

typedef gpointer (*RowFunc) (sqlite3_stmt *stmt);
typedef GListModel *(*ChildrenFunc) (gpointer parent);

static GListModel *
creator_accounts (gpointer creator)
{
  return mr_creator_get_accounts (creator);
}

static GListModel *
campaign_members (gpointer campaign)
{
  return mr_campaign_get_members (campaign);
}

static GListModel *
member_deliverables (gpointer member)
{
  return mr_campaign_member_get_deliverables (member);
}

/* Appends one object per row of @sql to @into; with @parents (id → parent), each
 * object goes into its parent's child list instead, found by the id in column 1. */
static gboolean
read_rows (MrStore       *self,
           const char    *sql,
           RowFunc        from_row,
           GListStore    *into,
           GHashTable    *parents,
           ChildrenFunc   get_children,
           GError       **error)
{
  sqlite3_stmt *stmt = mr_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(GObject) object = from_row (stmt);

      if (parents != NULL)
        {
          gint64 parent_id = sqlite3_column_int64 (stmt, 1);
          gpointer parent = g_hash_table_lookup (parents, &parent_id);

          /* Only a tool without foreign keys (the sqlite3 shell) leaves orphans. */
          if (parent == NULL)
            {
              g_debug ("Skipping a row whose parent %" G_GINT64_FORMAT " is gone", parent_id);
              continue;
            }
          g_list_store_append (G_LIST_STORE (get_children (parent)), object);
        }
      else
        {
          g_list_store_append (into, object);
        }
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    return mr_store_fail (self, rc, error);

  return TRUE;
}

static gint64
get_id (gpointer object)
{
  gint64 id = 0;

  g_object_get (object, "id", &id, NULL);
  return id;
}

static void
add_to_index (GHashTable *by_id,
              GListModel *model)
{
  guint n_items = g_list_model_get_n_items (model);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GObject) object = g_list_model_get_item (model, i);
      gint64 id = get_id (object);

      g_hash_table_insert (by_id, g_memdup2 (&id, sizeof id), object);
    }
}

static GHashTable *
index_by_id (GListModel *model)
{
  GHashTable *by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  add_to_index (by_id, model);
  return by_id;
}

/* Every member of every campaign, by id. */
static GHashTable *
index_members (GListModel *campaigns)
{
  GHashTable *by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (campaigns); i++)
    {
      g_autoptr(MrCampaign) campaign = g_list_model_get_item (campaigns, i);

      add_to_index (by_id, mr_campaign_get_members (campaign));
    }
  return by_id;
}

static void
copy_properties (GObject *dest,
                 GObject *src)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (src), &n_pspecs);

  g_object_freeze_notify (dest);
  for (guint i = 0; i < n_pspecs; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      if ((pspecs[i]->flags & G_PARAM_WRITABLE) == 0)
        continue;

      g_value_init (&value, pspecs[i]->value_type);
      g_object_get_property (src, pspecs[i]->name, &value);
      g_object_set_property (dest, pspecs[i]->name, &value);
    }
  g_object_thaw_notify (dest);
}

/* Replaces the content of @target by that of @fresh, but keeps each object whose id
 * is still there (updated in place), so open views, bindings and selections hold. */
static void
merge_into (GListStore *target,
            GListModel *fresh)
{
  g_autoptr(GHashTable) existing = index_by_id (G_LIST_MODEL (target));
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_fresh = g_list_model_get_n_items (fresh);

  for (guint i = 0; i < n_fresh; i++)
    {
      g_autoptr(GObject) object = g_list_model_get_item (fresh, i);
      gint64 id = get_id (object);
      GObject *kept = g_hash_table_lookup (existing, &id);

      if (kept == NULL)
        {
          g_ptr_array_add (items, g_steal_pointer (&object));
          continue;
        }

      copy_properties (kept, object);
      if (MR_IS_CREATOR (kept))
        merge_into (G_LIST_STORE (mr_creator_get_accounts (MR_CREATOR (kept))),
                    mr_creator_get_accounts (MR_CREATOR (object)));
      else if (MR_IS_CAMPAIGN (kept))
        merge_into (G_LIST_STORE (mr_campaign_get_members (MR_CAMPAIGN (kept))),
                    mr_campaign_get_members (MR_CAMPAIGN (object)));
      else if (MR_IS_CAMPAIGN_MEMBER (kept))
        merge_into (G_LIST_STORE (mr_campaign_member_get_deliverables (MR_CAMPAIGN_MEMBER (kept))),
                    mr_campaign_member_get_deliverables (MR_CAMPAIGN_MEMBER (object)));
      g_ptr_array_add (items, g_object_ref (kept));
    }

  g_list_store_splice (target, 0, g_list_model_get_n_items (G_LIST_MODEL (target)),
                       items->pdata, items->len);
}

/**
 * mr_store_load:
 *
 * Reads everything into the list models, in one read transaction so the lists
 * agree with each other. Objects already in the lists are kept and updated.
 */
gboolean
mr_store_load (MrStore  *self,
               GError  **error)
{
  g_autoptr(GListStore) creators = g_list_store_new (MR_TYPE_CREATOR);
  g_autoptr(GListStore) campaigns = g_list_store_new (MR_TYPE_CAMPAIGN);
  g_autoptr(GListStore) moments = g_list_store_new (MR_TYPE_MOMENT);
  g_autoptr(GHashTable) creators_by_id = NULL;
  g_autoptr(GHashTable) campaigns_by_id = NULL;
  g_autoptr(GHashTable) members_by_id = NULL;
  gboolean ok;

  /* A savepoint, unlike BEGIN, also works inside a caller's transaction. */
  if (sqlite3_exec (self->db, "SAVEPOINT mr_load", NULL, NULL, NULL) != SQLITE_OK)
    return mr_store_fail (self, sqlite3_errcode (self->db), error);

  ok = read_rows (self, select_creators_sql, creator_from_row, creators,
                  NULL, NULL, error);
  if (ok)
    {
      creators_by_id = index_by_id (G_LIST_MODEL (creators));
      ok = read_rows (self, select_accounts_sql, account_from_row, NULL,
                      creators_by_id, creator_accounts, error);
    }
  ok = ok && read_rows (self, select_campaigns_sql, campaign_from_row, campaigns,
                        NULL, NULL, error);
  if (ok)
    {
      campaigns_by_id = index_by_id (G_LIST_MODEL (campaigns));
      ok = read_rows (self, select_members_sql, member_from_row, NULL,
                      campaigns_by_id, campaign_members, error);
    }
  if (ok)
    {
      members_by_id = index_members (G_LIST_MODEL (campaigns));
      ok = read_rows (self, select_deliverables_sql, deliverable_from_row, NULL,
                      members_by_id, member_deliverables, error);
    }
  ok = ok && read_rows (self, select_moments_sql, moment_from_row, moments,
                        NULL, NULL, error);

  sqlite3_exec (self->db, "RELEASE mr_load", NULL, NULL, NULL);
  if (!ok)
    return FALSE;

  sort_creators (creators);
  g_list_store_sort (moments, mr_store_compare_moments, NULL);

  merge_into (self->creators, G_LIST_MODEL (creators));
  merge_into (self->campaigns, G_LIST_MODEL (campaigns));
  merge_into (self->moments, G_LIST_MODEL (moments));

  return !self->vetting_configured || mr_store_update_all_vettings (self, error);
}

/**
 * mr_store_reload:
 *
 * Reads the database again, e.g. after another connection imported data. The
 * list models are updated in place: objects that are still stored stay the same
 * objects, with their changed properties notified.
 */
gboolean
mr_store_reload (MrStore  *self,
                 GError  **error)
{
  g_return_val_if_fail (MR_IS_STORE (self), FALSE);

  return mr_store_load (self, error);
}
