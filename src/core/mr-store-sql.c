/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-store-sql"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "mr-store-backup.h"
#include "mr-store-private.h"

G_DEFINE_QUARK (mr-store-error-quark, mr_store_error)

void
mr_audience_share_free (MrAudienceShare *share)
{
  if (share == NULL)
    return;

  g_free (share->dimension);
  g_free (share->bucket);
  g_free (share);
}

gboolean
mr_store_set_error_for_path (GError     **error,
                             const char  *path,
                             int          rc,
                             const char  *detail)
{
  g_autofree char *name = g_filename_display_name (path);
  g_autoptr(GDateTime) backup_time = NULL;

  switch (rc & 0xff)
    {
    case SQLITE_NOTADB:
      g_set_error (error, MR_STORE_ERROR, MR_STORE_ERROR_NOT_A_DATABASE,
                   _("“%s” is not a Microreach database. Choose another file or move this one away."),
                   name);
      break;
    case SQLITE_CORRUPT:
      backup_time = mr_store_backup_get_time (path);
      if (backup_time != NULL)
        {
          g_autofree char *when = mr_store_backup_format_time (backup_time);

          g_set_error (error, MR_STORE_ERROR, MR_STORE_ERROR_CORRUPT,
                       /* Translators: the second %s is when the backup was taken. */
                       _("“%s” is damaged. Microreach can restore its automatic backup from %s, and keeps the damaged file beside it."),
                       name, when);
        }
      else
        g_set_error (error, MR_STORE_ERROR, MR_STORE_ERROR_CORRUPT,
                     _("“%s” is damaged, and Microreach has no automatic backup of it yet. Restore a copy of your own, or choose another file."),
                     name);
      break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_AUTH:
      g_set_error (error, MR_STORE_ERROR, MR_STORE_ERROR_READ_ONLY,
                   _("“%s” is read-only, so nothing can be saved to it. Make sure you may write to the file and its folder, or choose another file."),
                   name);
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, MR_STORE_ERROR, MR_STORE_ERROR_BUSY,
                   _("Another program, perhaps another Microreach, is using “%s”. Close that program, or wait until it is done, and try again."),
                   name);
      break;
    case SQLITE_FULL:
      g_set_error (error, MR_STORE_ERROR, MR_STORE_ERROR_FULL,
                   _("The disk holding “%s” is full, so nothing was saved. Free some space on it (empty the trash, or delete files you no longer need) and try again."),
                   name);
      break;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
      g_set_error (error, MR_STORE_ERROR, MR_STORE_ERROR_IO,
                   _("“%s” could not be read or written (%s). Check that the disk is present and the folder exists, then try again."),
                   name, detail);
      break;
    case SQLITE_CONSTRAINT:
      g_set_error (error, MR_STORE_ERROR, MR_STORE_ERROR_CONSTRAINT,
                   _("The change was not saved because it does not fit the data already stored (%s). Check the values and try again."),
                   detail);
      break;
    default:
      g_set_error (error, MR_STORE_ERROR, MR_STORE_ERROR_FAILED,
                   _("Microreach could not use “%s” (%s). Try again; if it keeps failing, report the problem."),
                   name, detail);
      break;
    }

  return FALSE;
}

/**
 * mr_store_set_error_from_sqlite:
 * @error: the error to set
 * @db: (nullable): the connection that failed, for its file name and message
 * @rc: the SQLite result code
 *
 * Sets @error to the #MrStoreError matching @rc, with a message for people.
 * Meant for code that works on its own connection (see mr_store_open_connection ()).
 *
 * Returns: %FALSE, so callers can `return mr_store_set_error_from_sqlite (…);`
 */
gboolean
mr_store_set_error_from_sqlite (GError  **error,
                                sqlite3  *db,
                                int       rc)
{
  const char *filename = db != NULL ? sqlite3_db_filename (db, "main") : NULL;
  const char *detail = db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc);

  if (filename == NULL || filename[0] == '\0')
    filename = _("the database");

  return mr_store_set_error_for_path (error, filename, rc, detail);
}

gboolean
mr_store_fail (MrStore  *self,
               int       rc,
               GError  **error)
{
  int primary = rc & 0xff;

  if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
    mr_store_mark_damaged (self);

  return mr_store_set_error_for_path (error, self->path, rc, sqlite3_errmsg (self->db));
}

gboolean
mr_store_exec (MrStore     *self,
               const char  *sql,
               GError     **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    return mr_store_fail (self, rc, error);

  return TRUE;
}

/* Statements are cached by the address of their (static) text. The returned
 * statement is reset; callers reset it again when done so no read stays open. */
sqlite3_stmt *
mr_store_prepare (MrStore     *self,
                  const char  *sql,
                  GError     **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);

  if (stmt == NULL)
    {
      int rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);

      if (rc != SQLITE_OK)
        {
          mr_store_fail (self, rc, error);
          return NULL;
        }
      g_hash_table_insert (self->statements, (gpointer) sql, stmt);
    }

  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  return stmt;
}

gboolean
mr_store_step_done (MrStore       *self,
                    sqlite3_stmt  *stmt,
                    GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return mr_store_fail (self, rc, error);

  return TRUE;
}

void
mr_store_bind_text (sqlite3_stmt *stmt,
                    int           index,
                    const char   *value)
{
  if (value == NULL || value[0] == '\0')
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, value, -1, SQLITE_TRANSIENT);
}

void
mr_store_bind_id (sqlite3_stmt *stmt,
                  int           index,
                  gint64        id)
{
  if (id <= 0)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_int64 (stmt, index, id);
}

void
mr_store_bind_count (sqlite3_stmt *stmt,
                     int           index,
                     gint64        count)
{
  if (count < 0)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_int64 (stmt, index, count);
}

void
mr_store_bind_double (sqlite3_stmt *stmt,
                      int           index,
                      double        value)
{
  if (isnan (value))
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_double (stmt, index, value);
}

void
mr_store_bind_date_time (sqlite3_stmt *stmt,
                         int           index,
                         GDateTime    *value)
{
  g_autoptr(GDateTime) utc = NULL;

  if (value == NULL)
    {
      sqlite3_bind_null (stmt, index);
      return;
    }

  utc = g_date_time_to_utc (value);
  sqlite3_bind_text (stmt, index, g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ"), -1, g_free);
}

const char *
mr_store_column_text (sqlite3_stmt *stmt,
                      int           column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

gint64
mr_store_column_count (sqlite3_stmt *stmt,
                       int           column)
{
  if (sqlite3_column_type (stmt, column) == SQLITE_NULL)
    return MR_UNKNOWN_COUNT;

  return sqlite3_column_int64 (stmt, column);
}

double
mr_store_column_double (sqlite3_stmt *stmt,
                        int           column)
{
  if (sqlite3_column_type (stmt, column) == SQLITE_NULL)
    return NAN;

  return sqlite3_column_double (stmt, column);
}

/* The local time zone, looked up once: GLib reads /etc/localtime again for every
 * g_date_time_to_local (), a million times in an export of a million posts. */
static GTimeZone *
local_zone (void)
{
  static GTimeZone *zone;

  if (g_once_init_enter (&zone))
    g_once_init_leave (&zone, g_time_zone_new_local ());
  return zone;
}

/* Times are stored in UTC and handed out in local time, ready to show. */
GDateTime *
mr_store_column_date_time (sqlite3_stmt *stmt,
                           int           column)
{
  const char *text = mr_store_column_text (stmt, column);
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) parsed = NULL;

  if (text == NULL)
    return NULL;

  parsed = g_date_time_new_from_iso8601 (text, utc);
  if (parsed == NULL)
    {
      g_debug ("Ignoring a time that is not ISO 8601: %s", text);
      return NULL;
    }

  return g_date_time_to_timezone (parsed, local_zone ());
}

/**
 * mr_store_begin:
 *
 * Starts a write transaction; calls nest (as savepoints). Every mr_store_begin ()
 * is matched by mr_store_commit () or mr_store_rollback ().
 */
gboolean
mr_store_begin (MrStore  *self,
                GError  **error)
{
  const char *sql;

  g_return_val_if_fail (MR_IS_STORE (self), FALSE);

  sql = self->transaction_depth == 0 ? "BEGIN IMMEDIATE" : "SAVEPOINT mr_nested";
  if (!mr_store_exec (self, sql, error))
    return FALSE;

  self->transaction_depth++;
  return TRUE;
}

/**
 * mr_store_commit:
 *
 * Commits the innermost transaction. When that fails, it is rolled back.
 */
gboolean
mr_store_commit (MrStore  *self,
                 GError  **error)
{
  g_return_val_if_fail (MR_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->transaction_depth > 0, FALSE);

  if (!mr_store_exec (self, self->transaction_depth == 1 ? "COMMIT" : "RELEASE mr_nested", error))
    {
      mr_store_rollback (self);
      return FALSE;
    }

  self->transaction_depth--;
  if (self->transaction_depth == 0)
    self->models_changed_in_transaction = FALSE;

  return TRUE;
}

/**
 * mr_store_rollback:
 *
 * Rolls back the innermost transaction. When the store's own add/save/remove calls
 * inside the transaction changed the list models, they are reloaded so they match
 * the database again. Objects the caller holds that are no longer in the lists keep
 * the ids they were given inside the transaction.
 */
void
mr_store_rollback (MrStore *self)
{
  g_return_if_fail (MR_IS_STORE (self));
  g_return_if_fail (self->transaction_depth > 0);

  /* SQLite may already have rolled back by itself (after SQLITE_FULL, for one). */
  if (self->transaction_depth > 1)
    sqlite3_exec (self->db, "ROLLBACK TO mr_nested; RELEASE mr_nested", NULL, NULL, NULL);
  else if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);

  self->transaction_depth--;

  /* The connection sees its own uncommitted state, so after a rollback at any depth the
   * lists are read again; an outer rollback may still have to undo earlier changes. */
  if (self->models_changed_in_transaction)
    {
      g_autoptr(GError) error = NULL;

      if (self->transaction_depth == 0)
        self->models_changed_in_transaction = FALSE;
      if (!mr_store_reload (self, &error))
        g_warning ("The lists may not match the database after a rollback: %s", error->message);
    }
}

/* Runs @sql for @object. With @parent_id, that replaces the object's own parent id
 * (?1); with @id, the row is :id and must exist; @new_id receives an INSERT's rowid. */
gboolean
mr_store_write_row (MrStore          *self,
                    const char       *sql,
                    MrStoreBindFunc   bind,
                    gpointer          object,
                    gint64            parent_id,
                    gint64            id,
                    gint64           *new_id,
                    GError          **error)
{
  sqlite3_stmt *stmt = mr_store_prepare (self, sql, error);
  int id_index;

  if (stmt == NULL)
    return FALSE;

  if (bind != NULL)
    bind (stmt, object);
  if (parent_id != 0)
    sqlite3_bind_int64 (stmt, 1, parent_id);
  id_index = sqlite3_bind_parameter_index (stmt, ":id");
  if (id_index > 0)
    sqlite3_bind_int64 (stmt, id_index, id);

  if (!mr_store_step_done (self, stmt, error))
    return FALSE;

  if (new_id != NULL)
    *new_id = sqlite3_last_insert_rowid (self->db);

  if (bind != NULL && id_index > 0 && sqlite3_changes (self->db) == 0)
    {
      g_set_error_literal (error, MR_STORE_ERROR, MR_STORE_ERROR_NOT_FOUND,
                           _("What you changed is no longer in the database; it may have been deleted in another window. Reload and try again."));
      return FALSE;
    }

  return TRUE;
}

gboolean
mr_store_require_text (const char  *text,
                       const char  *message,
                       GError     **error)
{
  if (text != NULL && text[0] != '\0')
    return TRUE;

  g_set_error_literal (error, MR_STORE_ERROR, MR_STORE_ERROR_CONSTRAINT, message);
  return FALSE;
}

/* Ends a transaction begun by one of the calls here: commits when @ok, else rolls back. */
gboolean
mr_store_finish (MrStore   *self,
                 gboolean   ok,
                 GError   **error)
{
  if (!ok)
    {
      mr_store_rollback (self);
      return FALSE;
    }

  return mr_store_commit (self, error);
}

/* After a successful write, the models change; inside a caller's transaction that
 * may yet be rolled back, which then reloads them. */
void
mr_store_models_changed (MrStore *self)
{
  if (self->transaction_depth > 0)
    self->models_changed_in_transaction = TRUE;
}

void
mr_store_keep_sorted (GListStore       *store,
                      gpointer          item,
                      GCompareDataFunc  compare)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (store));
  g_autoptr(GObject) before = NULL;
  g_autoptr(GObject) after = NULL;
  guint position;

  if (!g_list_store_find (store, item, &position))
    return;

  if (position > 0)
    before = g_list_model_get_item (G_LIST_MODEL (store), position - 1);
  if (position + 1 < n_items)
    after = g_list_model_get_item (G_LIST_MODEL (store), position + 1);

  if ((before != NULL && compare (before, item, NULL) > 0) ||
      (after != NULL && compare (item, after, NULL) > 0))
    {
      g_autoptr(GObject) keep = g_object_ref (item);

      g_list_store_remove (store, position);
      g_list_store_insert_sorted (store, keep, compare, NULL);
    }
}

void
mr_store_remove_from (GListModel *model,
                      gpointer    item)
{
  guint position;

  if (g_list_store_find (G_LIST_STORE (model), item, &position))
    g_list_store_remove (G_LIST_STORE (model), position);
}

gpointer
mr_store_find_by_id (GListModel *model,
                     gint64      id)
{
  guint n_items = g_list_model_get_n_items (model);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GObject) object = g_list_model_get_item (model, i);
      gint64 object_id = 0;

      g_object_get (object, "id", &object_id, NULL);
      if (object_id == id)
        return object;  /* the model keeps a reference */
    }

  return NULL;
}
