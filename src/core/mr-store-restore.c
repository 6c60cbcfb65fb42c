/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-store-restore"

#include "config.h"

#include "mr-store-removal-private.h"

/* Undoing mr_store_remove_creators (): the copied rows go back parents first, under their
 * own ids unless another row took one meanwhile; then the references that follow the rows
 * which came back under a new id, and those the deletion had set to NULL. */

static gint64
map_key (MrRemovalTable *table,
         gint64          key)
{
  gint64 *mapped = g_hash_table_lookup (table->new_keys, &key);

  return mapped != NULL ? *mapped : key;
}

static gboolean
key_is_taken (MrStore         *self,
              MrRemovalTable  *table,
              gint64           key,
              gboolean        *taken,
              GError         **error)
{
  g_autoptr(GString) sql = g_string_new ("SELECT 1 FROM "); /* sql-from-text: names from sqlite_schema, quoted by mr_store_removal_append_quoted () */
  sqlite3_stmt *stmt;
  int rc;

  mr_store_removal_append_quoted (sql, table->name);
  g_string_append (sql, " WHERE ");
  mr_store_removal_append_quoted (sql, table->key);
  g_string_append (sql, " = ?1");

  stmt = mr_store_removal_prepare (self, sql->str, error); /* sql-from-text: built above from quoted names */
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, key);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return mr_store_fail (self, rc, error);

  *taken = rc == SQLITE_ROW;
  return TRUE;
}

/* The value a copied column goes back with: a reference to a row that came back under
 * another id follows it. */
static void
bind_column (MrStoreRemoval *removal,
             sqlite3_stmt   *stmt,
             int             index,
             MrRemovalRow   *row,
             guint           column)
{
  sqlite3_value *value = row->values[column];

  if (sqlite3_value_type (value) == SQLITE_INTEGER)
    for (guint i = 0; i < removal->references->len; i++)
      {
        MrRemovalReference *reference = g_ptr_array_index (removal->references, i);

        if (reference->child == row->table && reference->column == column &&
            reference->parent->key_index == (int) reference->parent_column)
          {
            sqlite3_bind_int64 (stmt, index, map_key (reference->parent, sqlite3_value_int64 (value)));
            return;
          }
      }

  sqlite3_bind_value (stmt, index, value);
}

static gboolean
insert_row (MrStore         *self,
            MrStoreRemoval  *removal,
            MrRemovalRow    *row,
            GError         **error)
{
  MrRemovalTable *table = row->table;
  g_autoptr(GString) sql = g_string_new ("INSERT INTO "); /* sql-from-text: names from sqlite_schema, quoted by mr_store_removal_append_quoted () */
  gboolean new_key = FALSE;
  gint64 old_key = 0;
  sqlite3_stmt *stmt;
  int rc;

  if (table->key != NULL)
    {
      old_key = sqlite3_value_int64 (row->values[table->key_index]);
      if (!key_is_taken (self, table, old_key, &new_key, error))
        return FALSE;
    }

  mr_store_removal_append_quoted (sql, table->name);
  g_string_append (sql, " (");
  for (guint i = 0; i < table->columns->len; i++)
    {
      if (i > 0)
        g_string_append (sql, ", ");
      mr_store_removal_append_quoted (sql, g_ptr_array_index (table->columns, i));
    }
  g_string_append (sql, ") VALUES (");
  for (guint i = 0; i < table->columns->len; i++)
    g_string_append_printf (sql, "%s?%u", i > 0 ? ", " : "", i + 1);
  g_string_append_c (sql, ')');

  stmt = mr_store_removal_prepare (self, sql->str, error); /* sql-from-text: built above from quoted names */
  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < table->columns->len; i++)
    {
      if (new_key && (int) i == table->key_index)
        sqlite3_bind_null (stmt, (int) i + 1);
      else
        bind_column (removal, stmt, (int) i + 1, row, i);
    }
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return mr_store_fail (self, rc, error);

  if (new_key)
    g_hash_table_insert (table->new_keys, g_memdup2 (&old_key, sizeof old_key),
                         g_memdup2 (&(gint64) { sqlite3_last_insert_rowid (self->db) },
                                    sizeof (gint64)));
  return TRUE;
}

static gboolean
run_update (MrStore     *self,
            const char  *sql,
            gint64       value,
            gint64       key,
            GError     **error)
{
  sqlite3_stmt *stmt = mr_store_removal_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, value);
  sqlite3_bind_int64 (stmt, 2, key);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return mr_store_fail (self, rc, error);
  return TRUE;
}

static char *
update_sql (MrRemovalReference *reference,
            gboolean            only_if_null)
{
  GString *sql = g_string_new ("UPDATE "); /* sql-from-text: names from sqlite_schema, quoted by mr_store_removal_append_quoted () */
  const char *column = g_ptr_array_index (reference->child->columns, reference->column);

  mr_store_removal_append_quoted (sql, reference->child->name);
  g_string_append (sql, " SET ");
  mr_store_removal_append_quoted (sql, column);
  g_string_append (sql, " = ?1 WHERE ");
  mr_store_removal_append_quoted (sql, reference->child->key);
  g_string_append (sql, " = ?2");
  if (only_if_null)
    {
      g_string_append (sql, " AND ");
      mr_store_removal_append_quoted (sql, column);
      g_string_append (sql, " IS NULL");
    }
  return g_string_free (sql, FALSE);
}

/* A row that came back before the row it refers to (a creator's primary account) took
 * the old id along; once every row is back, such references follow their rows. */
static gboolean
follow_new_keys (MrStore         *self,
                 MrStoreRemoval  *removal,
                 GError         **error)
{
  for (guint i = 0; i < removal->rows->len; i++)
    {
      MrRemovalRow *row = g_ptr_array_index (removal->rows, i);

      if (row->table->key == NULL)
        continue;

      for (guint j = 0; j < removal->references->len; j++)
        {
          MrRemovalReference *reference = g_ptr_array_index (removal->references, j);
          sqlite3_value *value;
          g_autofree char *sql = NULL;
          gint64 old_value, new_value;

          /* Another table's reference: its column number means nothing in this row. */
          if (reference->child != row->table)
            continue;
          value = row->values[reference->column];
          if (sqlite3_value_type (value) != SQLITE_INTEGER)
            continue;
          old_value = sqlite3_value_int64 (value);
          new_value = map_key (reference->parent, old_value);
          if (new_value == old_value)
            continue;

          sql = update_sql (reference, FALSE);
          if (!run_update (self, sql, new_value, /* sql-from-text: see update_sql () */
                           map_key (row->table, sqlite3_value_int64 (row->values[row->table->key_index])),
                           error))
            return FALSE;
        }
    }

  return TRUE;
}

static gboolean
restore_rows (MrStore         *self,
              MrStoreRemoval  *removal,
              GError         **error)
{
  /* The rows come back parents first, but a creator names its primary account. */
  if (!mr_store_exec (self, "PRAGMA defer_foreign_keys = ON", error))
    return FALSE;

  for (guint i = 0; i < removal->rows->len; i++)
    if (!insert_row (self, removal, g_ptr_array_index (removal->rows, i), error))
      return FALSE;

  if (!follow_new_keys (self, removal, error))
    return FALSE;

  for (guint i = 0; i < removal->relinks->len; i++)
    {
      MrRemovalRelink *relink = &g_array_index (removal->relinks, MrRemovalRelink, i);
      g_autofree char *sql = update_sql (relink->reference, TRUE);

      if (!run_update (self, sql, map_key (relink->reference->parent, relink->value), /* sql-from-text: see update_sql () */
                       map_key (relink->reference->child, relink->key), error))
        return FALSE;
    }

  return TRUE;
}

static void
relink_objects (MrStore        *self,
                MrStoreRemoval *removal,
                gboolean       *reload)
{
  for (guint i = 0; i < removal->relinks->len; i++)
    {
      MrRemovalRelink *relink = &g_array_index (removal->relinks, MrRemovalRelink, i);
      MrRemovalReference *reference = relink->reference;
      const char *column = g_ptr_array_index (reference->child->columns, reference->column);
      gint64 key = map_key (reference->child, relink->key);
      gint64 value = map_key (reference->parent, relink->value);

      if (g_str_equal (reference->child->name, "moment") && g_str_equal (column, "creator_id"))
        {
          MrMoment *moment = mr_store_find_by_id (G_LIST_MODEL (self->moments), key);

          if (moment != NULL)
            mr_moment_set_creator_id (moment, value);
        }
      else if (g_str_equal (reference->child->name, "campaign_member") &&
               g_str_equal (column, "account_id"))
        {
          GListModel *campaigns = G_LIST_MODEL (self->campaigns);

          for (guint j = 0; j < g_list_model_get_n_items (campaigns); j++)
            {
              g_autoptr(MrCampaign) campaign = g_list_model_get_item (campaigns, j);
              MrCampaignMember *member = mr_store_find_by_id (mr_campaign_get_members (campaign),
                                                              key);

              if (member != NULL)
                mr_campaign_member_set_account_id (member, value);
            }
        }
      else
        {
          /* A reference the loaded objects do not mirror one by one: read them again. */
          *reload = TRUE;
        }
    }
}

/**
 * mr_store_restore_removal:
 *
 * Undoes mr_store_remove_creators () or mr_store_remove_campaigns (): the rows come back as they were, and the same
 * #MrCreator objects go back into mr_store_get_creators (). Ids stay the same unless
 * another row took one meanwhile. Fails, changing nothing, when what came in since
 * conflicts with them (another creator now has one of their accounts, say).
 */
gboolean
mr_store_restore_removal (MrStore         *self,
                          MrStoreRemoval  *removal,
                          GError         **error)
{
  MrRemovalTable *creators, *accounts;
  gboolean reload = FALSE;

  g_return_val_if_fail (MR_IS_STORE (self), FALSE);
  g_return_val_if_fail (removal != NULL, FALSE);

  if (!mr_store_begin (self, error))
    return FALSE;
  if (!mr_store_finish (self, restore_rows (self, removal, error), error))
    return FALSE;

  creators = g_hash_table_lookup (removal->tables, "creator");
  accounts = g_hash_table_lookup (removal->tables, "account");
  for (guint i = 0; i < removal->creators->len; i++)
    {
      MrRemovedCreator *removed = g_ptr_array_index (removal->creators, i);
      GListModel *list = mr_creator_get_accounts (removed->creator);
      gint64 id = map_key (creators, removed->id);
      g_autoptr(GError) local_error = NULL;

      mr_creator_set_id (removed->creator, id);
      if (removed->primary_account_id > 0)
        mr_creator_set_primary_account_id (removed->creator,
                                           map_key (accounts, removed->primary_account_id));
      for (guint j = 0; j < g_list_model_get_n_items (list) && j < removed->account_ids->len; j++)
        {
          g_autoptr(MrAccount) account = g_list_model_get_item (list, j);

          mr_account_set_id (account, map_key (accounts, g_array_index (removed->account_ids,
                                                                        gint64, j)));
          mr_account_set_creator_id (account, id);
        }
      g_list_store_insert_sorted (self->creators, removed->creator, mr_store_compare_creators, NULL);
      if (!mr_store_update_vetting (self, removed->creator, &local_error))
        g_warning ("The metrics of “%s” could not be computed: %s",
                   mr_creator_get_name (removed->creator), local_error->message);
    }

  relink_objects (self, removal, &reload);
  reload = reload || removal->n_campaigns > 0;
  mr_store_models_changed (self);
  if (reload)
    return mr_store_reload (self, error);

  return TRUE;
}

