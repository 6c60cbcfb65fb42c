/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-store-removal"

#include "config.h"

#include "mr-store-removal-private.h"

/* Deleting creators so that Undo brings them back exactly.
 *
 * Before the rows go, every row the deletion takes along is copied value for value,
 * found by following the schema's own ON DELETE CASCADE rules (read from SQLite, so a
 * table a later migration adds is covered without a change here), and every reference
 * the deletion sets to NULL is noted. Undo inserts the copies again, parents first,
 * under their own ids — or under new ones when another row took an id in the meantime,
 * with every reference to them following — and restores the references.
 *
 * The deletion itself is real and immediate, so every view, every other connection and
 * the JSON export agree that the creator is gone. The copies live in memory only, for
 * as long as the Undo is offered: once the toast has gone, and after a crash, the
 * deletion is final, as the user asked. */

static void
table_free (gpointer data)
{
  MrRemovalTable *table = data;

  g_free (table->name);
  g_free (table->key);
  g_ptr_array_unref (table->columns);
  g_hash_table_unref (table->new_keys);
  g_free (table);
}

static void
row_free (gpointer data)
{
  MrRemovalRow *row = data;

  for (guint i = 0; i < row->table->columns->len; i++)
    sqlite3_value_free (row->values[i]);
  g_free (row->values);
  g_free (row);
}

static void
removed_creator_free (gpointer data)
{
  MrRemovedCreator *removed = data;

  g_object_unref (removed->creator);
  g_array_unref (removed->account_ids);
  g_free (removed);
}

void
mr_store_removal_free (MrStoreRemoval *removal)
{
  if (removal == NULL)
    return;

  /* Rows refer to tables: they go first. */
  g_ptr_array_unref (removal->rows);
  g_array_unref (removal->relinks);
  g_ptr_array_unref (removal->references);
  g_ptr_array_unref (removal->creators);
  g_hash_table_unref (removal->seen);
  g_hash_table_unref (removal->tables);
  g_free (removal);
}

/* Names come from sqlite_schema, never from what a user typed; quoted all the same. */
void
mr_store_removal_append_quoted (GString    *sql,
                                const char *name)
{
  g_string_append_c (sql, '"');
  for (const char *p = name; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (sql, '"');
      g_string_append_c (sql, *p);
    }
  g_string_append_c (sql, '"');
}

sqlite3_stmt *
mr_store_removal_prepare (MrStore     *self,
                          const char  *sql,
                          GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);

  if (rc != SQLITE_OK)
    {
      mr_store_fail (self, rc, error);
      return NULL;
    }
  return stmt;
}

/* ── The schema ──────────────────────────────────────────────────────────────────── */

static int
find_column (MrRemovalTable *table,
             const char     *name)
{
  for (guint i = 0; i < table->columns->len; i++)
    if (g_ascii_strcasecmp (g_ptr_array_index (table->columns, i), name) == 0)
      return (int) i;
  return -1;
}

static MrRemovalTable *
read_table (MrStore     *self,
            const char  *name,
            GError     **error)
{
  MrRemovalTable *table = g_new0 (MrRemovalTable, 1);
  sqlite3_stmt *stmt;
  int rc, n_pk = 0, without_rowid = 0;
  g_autofree char *integer_pk = NULL;

  table->name = g_strdup (name);
  table->key_index = -1;
  table->columns = g_ptr_array_new_with_free_func (g_free);
  table->new_keys = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  stmt = mr_store_removal_prepare (self, "SELECT name, type, pk FROM pragma_table_info (?1) ORDER BY cid", error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *column = (const char *) sqlite3_column_text (stmt, 0);
      const char *type = (const char *) sqlite3_column_text (stmt, 1);

      g_ptr_array_add (table->columns, g_strdup (column));
      if (sqlite3_column_int (stmt, 2) > 0)
        {
          n_pk++;
          if (type != NULL && g_ascii_strcasecmp (type, "INTEGER") == 0)
            {
              g_free (integer_pk);
              integer_pk = g_strdup (column);
            }
        }
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      mr_store_fail (self, rc, error);
      goto failed;
    }

  stmt = mr_store_removal_prepare (self, "SELECT wr FROM pragma_table_list WHERE schema = 'main' AND name = ?1",
                  error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    without_rowid = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);

  /* Only a lone INTEGER PRIMARY KEY of a rowid table is the rowid: a row's lasting id. */
  if (n_pk == 1 && integer_pk != NULL && !without_rowid)
    {
      table->key = g_steal_pointer (&integer_pk);
      table->key_index = find_column (table, table->key);
    }
  return table;

failed:
  table_free (table);
  return NULL;
}

static gboolean
read_references (MrStore         *self,
                 MrStoreRemoval  *removal,
                 MrRemovalTable  *child,
                 GError         **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = mr_store_removal_prepare (self, "SELECT \"table\", \"from\", \"to\", on_delete"
                        "  FROM pragma_foreign_key_list (?1)", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, child->name, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *parent_name = (const char *) sqlite3_column_text (stmt, 0);
      const char *from = (const char *) sqlite3_column_text (stmt, 1);
      const char *to = (const char *) sqlite3_column_text (stmt, 2);
      const char *on_delete = (const char *) sqlite3_column_text (stmt, 3);
      MrRemovalTable *parent = g_hash_table_lookup (removal->tables, parent_name);
      gboolean cascade = g_strcmp0 (on_delete, "CASCADE") == 0;
      MrRemovalReference *reference;
      int column, parent_column;

      /* RESTRICT and NO ACTION refuse the deletion instead: nothing to restore. */
      if (parent == NULL || (!cascade && g_strcmp0 (on_delete, "SET NULL") != 0))
        continue;

      column = find_column (child, from);
      parent_column = to != NULL ? find_column (parent, to) : parent->key_index;
      if (column < 0 || parent_column < 0)
        continue;

      reference = g_new0 (MrRemovalReference, 1);
      reference->child = child;
      reference->column = (guint) column;
      reference->parent = parent;
      reference->parent_column = (guint) parent_column;
      reference->cascade = cascade;
      g_ptr_array_add (removal->references, reference);
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_DONE)
    return mr_store_fail (self, rc, error);
  return TRUE;
}

static gboolean
read_schema (MrStore         *self,
             MrStoreRemoval  *removal,
             GError         **error)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = mr_store_removal_prepare (self, "SELECT name FROM sqlite_schema"
                        " WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'",
                  error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (names, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return mr_store_fail (self, rc, error);

  for (guint i = 0; i < names->len; i++)
    {
      MrRemovalTable *table = read_table (self, g_ptr_array_index (names, i), error);

      if (table == NULL)
        return FALSE;
      g_hash_table_insert (removal->tables, table->name, table);
    }

  for (guint i = 0; i < names->len; i++)
    if (!read_references (self, removal,
                          g_hash_table_lookup (removal->tables, g_ptr_array_index (names, i)),
                          error))
      return FALSE;

  return TRUE;
}

/* ── Copying what a deletion takes along ─────────────────────────────────────────── */

static char *
seen_key (MrRemovalTable *table,
          gint64          key)
{
  return g_strdup_printf ("%s:%" G_GINT64_FORMAT, table->name, key);
}

/* Rows still to copy: those of @table whose @column holds @value. */
typedef struct {
  MrRemovalTable *table;
  guint           column;
  sqlite3_value  *value;
} PendingRows;

static void
pending_free (gpointer data)
{
  PendingRows *pending = data;

  sqlite3_value_free (pending->value);
  g_free (pending);
}

static char *
select_sql (MrRemovalTable *table,
            const char     *where_column)
{
  GString *sql = g_string_new ("SELECT "); /* sql-from-text: names from sqlite_schema, quoted by mr_store_removal_append_quoted () */

  for (guint i = 0; i < table->columns->len; i++)
    {
      if (i > 0)
        g_string_append (sql, ", ");
      mr_store_removal_append_quoted (sql, g_ptr_array_index (table->columns, i));
    }
  g_string_append (sql, " FROM ");
  mr_store_removal_append_quoted (sql, table->name);
  g_string_append (sql, " WHERE ");
  mr_store_removal_append_quoted (sql, where_column);
  g_string_append (sql, " = ?1");
  return g_string_free (sql, FALSE);
}

/* Copies the rows of @pending's table whose column holds its value, and queues the rows
 * that refer to each of them through a cascade. */
static gboolean
copy_rows (MrStore         *self,
           MrStoreRemoval  *removal,
           PendingRows     *pending,
           GQueue          *queue,
           GError         **error)
{
  MrRemovalTable *table = pending->table;
  g_autofree char *sql = select_sql (table, g_ptr_array_index (table->columns, pending->column));
  sqlite3_stmt *stmt = mr_store_removal_prepare (self, sql, error); /* sql-from-text: see select_sql () */
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_value (stmt, 1, pending->value);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      MrRemovalRow *row;

      if (table->key != NULL)
        {
          g_autofree char *seen = seen_key (table, sqlite3_column_int64 (stmt, table->key_index));

          if (g_hash_table_contains (removal->seen, seen))
            continue;
          g_hash_table_add (removal->seen, g_steal_pointer (&seen));
        }

      row = g_new0 (MrRemovalRow, 1);
      row->table = table;
      row->values = g_new0 (sqlite3_value *, table->columns->len);
      for (guint i = 0; i < table->columns->len; i++)
        row->values[i] = sqlite3_value_dup (sqlite3_column_value (stmt, (int) i));
      g_ptr_array_add (removal->rows, row);

      for (guint i = 0; i < removal->references->len; i++)
        {
          MrRemovalReference *reference = g_ptr_array_index (removal->references, i);
          PendingRows *next;

          if (!reference->cascade || reference->parent != table ||
              sqlite3_value_type (row->values[reference->parent_column]) == SQLITE_NULL)
            continue;

          next = g_new0 (PendingRows, 1);
          next->table = reference->child;
          next->column = reference->column;
          next->value = sqlite3_value_dup (row->values[reference->parent_column]);
          g_queue_push_tail (queue, next);
        }
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_DONE)
    return mr_store_fail (self, rc, error);
  return TRUE;
}

/* The rows outside the deletion that will lose their reference to one of the copied
 * rows (ON DELETE SET NULL), so that Undo can give it back. */
static gboolean
note_relinks (MrStore         *self,
              MrStoreRemoval  *removal,
              MrRemovalRow    *row,
              GError         **error)
{
  for (guint i = 0; i < removal->references->len; i++)
    {
      MrRemovalReference *reference = g_ptr_array_index (removal->references, i);
      sqlite3_value *value;
      g_autoptr(GString) sql = NULL;
      sqlite3_stmt *stmt;
      int rc;

      /* A row is only addressed again by its key; the schema's SET NULL rules all have one.
       * Another table's reference: its column number means nothing in this row. */
      if (reference->cascade || reference->parent != row->table || reference->child->key == NULL)
        continue;
      value = row->values[reference->parent_column];
      if (sqlite3_value_type (value) != SQLITE_INTEGER)
        continue;

      sql = g_string_new ("SELECT "); /* sql-from-text: names from sqlite_schema, quoted by mr_store_removal_append_quoted () */
      mr_store_removal_append_quoted (sql, reference->child->key);
      g_string_append (sql, " FROM ");
      mr_store_removal_append_quoted (sql, reference->child->name);
      g_string_append (sql, " WHERE ");
      mr_store_removal_append_quoted (sql, g_ptr_array_index (reference->child->columns, reference->column));
      g_string_append (sql, " = ?1");

      stmt = mr_store_removal_prepare (self, sql->str, error); /* sql-from-text: built above from quoted names */
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_value (stmt, 1, value);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          gint64 key = sqlite3_column_int64 (stmt, 0);
          g_autofree char *seen = seen_key (reference->child, key);
          MrRemovalRelink relink = { reference, key, sqlite3_value_int64 (value) };

          if (!g_hash_table_contains (removal->seen, seen))
            g_array_append_val (removal->relinks, relink);
        }
      sqlite3_finalize (stmt);
      if (rc != SQLITE_DONE)
        return mr_store_fail (self, rc, error);
    }

  return TRUE;
}

/* An id as a value the queue of rows to copy can hold. */
static sqlite3_value *
dup_id_value (MrStore  *self,
              gint64    id,
              GError  **error)
{
  sqlite3_stmt *stmt = mr_store_removal_prepare (self, "SELECT ?1", error);
  sqlite3_value *value = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_value_dup (sqlite3_column_value (stmt, 0));
  else
    mr_store_fail (self, sqlite3_errcode (self->db), error);
  sqlite3_finalize (stmt);
  return value;
}

/* Copies the row of @table_name with key @id and every row that depends on it. */
static gboolean
copy_tree (MrStore         *self,
           MrStoreRemoval  *removal,
           const char      *table_name,
           gint64           id,
           GError         **error)
{
  MrRemovalTable *table = g_hash_table_lookup (removal->tables, table_name);
  GQueue *queue = g_queue_new ();
  guint first_row = removal->rows->len;
  PendingRows *pending;
  gboolean ok = TRUE;

  g_assert (table != NULL && table->key != NULL);

  pending = g_new0 (PendingRows, 1);
  pending->table = table;
  pending->column = (guint) table->key_index;
  pending->value = dup_id_value (self, id, error);
  g_queue_push_tail (queue, pending);
  ok = pending->value != NULL;

  while (ok && (pending = g_queue_pop_head (queue)) != NULL)
    {
      ok = copy_rows (self, removal, pending, queue, error);
      pending_free (pending);
    }
  g_queue_free_full (queue, pending_free);

  for (guint i = first_row; ok && i < removal->rows->len; i++)
    ok = note_relinks (self, removal, g_ptr_array_index (removal->rows, i), error);

  return ok;
}

static MrStoreRemoval *
removal_new (void)
{
  MrStoreRemoval *removal = g_new0 (MrStoreRemoval, 1);

  removal->tables = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, table_free);
  removal->references = g_ptr_array_new_with_free_func (g_free);
  removal->rows = g_ptr_array_new_with_free_func (row_free);
  removal->relinks = g_array_new (FALSE, FALSE, sizeof (MrRemovalRelink));
  removal->creators = g_ptr_array_new_with_free_func (removed_creator_free);
  removal->seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return removal;
}

/**
 * mr_store_remove_creators:
 * @creators: (array length=n_creators): stored creators
 *
 * Deletes the creators with everything that belongs to them, like
 * mr_store_remove_creator (), in one transaction: all of them or none. The result
 * holds what mr_store_restore_removal () needs to bring them back.
 *
 * Returns: (transfer full) (nullable): the removal, or %NULL with @error set
 */
MrStoreRemoval *
mr_store_remove_creators (MrStore    *self,
                          MrCreator **creators,
                          guint       n_creators,
                          GError    **error)
{
  g_autoptr(MrStoreRemoval) removal = NULL;
  gboolean ok;

  g_return_val_if_fail (MR_IS_STORE (self), NULL);
  g_return_val_if_fail (n_creators == 0 || creators != NULL, NULL);
  for (guint i = 0; i < n_creators; i++)
    {
      g_return_val_if_fail (MR_IS_CREATOR (creators[i]), NULL);
      g_return_val_if_fail (mr_creator_get_id (creators[i]) > 0, NULL);
    }

  removal = removal_new ();
  if (!mr_store_begin (self, error))
    return NULL;

  ok = read_schema (self, removal, error);
  for (guint i = 0; ok && i < n_creators; i++)
    {
      GListModel *accounts = mr_creator_get_accounts (creators[i]);
      MrRemovedCreator *removed;

      removed = g_new0 (MrRemovedCreator, 1);
      removed->creator = g_object_ref (creators[i]);
      removed->id = mr_creator_get_id (creators[i]);
      removed->primary_account_id = mr_creator_get_primary_account_id (creators[i]);
      removed->account_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      for (guint j = 0; j < g_list_model_get_n_items (accounts); j++)
        {
          g_autoptr(MrAccount) account = g_list_model_get_item (accounts, j);
          gint64 account_id = mr_account_get_id (account);

          g_array_append_val (removed->account_ids, account_id);
        }
      g_ptr_array_add (removal->creators, removed);

      ok = copy_tree (self, removal, "creator", mr_creator_get_id (creators[i]), error) &&
           mr_store_remove_creator (self, creators[i], error);
    }

  if (!mr_store_finish (self, ok, error))
    return NULL;

  return g_steal_pointer (&removal);
}

/**
 * mr_store_removal_get_n_creators:
 *
 * Returns: how many creators the removal deleted
 */
guint
mr_store_removal_get_n_creators (MrStoreRemoval *removal)
{
  g_return_val_if_fail (removal != NULL, 0);

  return removal->creators->len;
}

/**
 * mr_store_removal_get_creator:
 *
 * Returns: (transfer none): the @index-th creator deleted
 */
MrCreator *
mr_store_removal_get_creator (MrStoreRemoval *removal,
                              guint           index)
{
  g_return_val_if_fail (removal != NULL, NULL);
  g_return_val_if_fail (index < removal->creators->len, NULL);

  return ((MrRemovedCreator *) g_ptr_array_index (removal->creators, index))->creator;
}

/**
 * mr_store_remove_campaigns:
 * @campaigns: (array length=n_campaigns): stored campaigns
 *
 * Deletes the campaigns with their members, deliverables and results in one
 * transaction, keeping what mr_store_restore_removal () needs to bring them back (as
 * new objects: the list is read again).
 *
 * Returns: (transfer full) (nullable): the removal, or %NULL with @error set
 */
MrStoreRemoval *
mr_store_remove_campaigns (MrStore     *self,
                           MrCampaign **campaigns,
                           guint        n_campaigns,
                           GError     **error)
{
  g_autoptr(MrStoreRemoval) removal = NULL;
  gboolean ok;

  g_return_val_if_fail (MR_IS_STORE (self), NULL);
  g_return_val_if_fail (n_campaigns == 0 || campaigns != NULL, NULL);
  for (guint i = 0; i < n_campaigns; i++)
    {
      g_return_val_if_fail (MR_IS_CAMPAIGN (campaigns[i]), NULL);
      g_return_val_if_fail (mr_campaign_get_id (campaigns[i]) > 0, NULL);
    }

  removal = removal_new ();
  if (!mr_store_begin (self, error))
    return NULL;

  ok = read_schema (self, removal, error);
  for (guint i = 0; ok && i < n_campaigns; i++)
    {
      removal->n_campaigns++;
      ok = copy_tree (self, removal, "campaign", mr_campaign_get_id (campaigns[i]), error) &&
           mr_store_remove_campaign (self, campaigns[i], error);
    }

  if (!mr_store_finish (self, ok, error))
    return NULL;

  return g_steal_pointer (&removal);
}

/**
 * mr_store_removal_get_n_campaigns:
 *
 * Returns: how many campaigns the removal deleted
 */
guint
mr_store_removal_get_n_campaigns (MrStoreRemoval *removal)
{
  g_return_val_if_fail (removal != NULL, 0);

  return removal->n_campaigns;
}
