/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-store-imports"

#include "config.h"

#include "mr-store-private.h"

/* What came in about an account, file by file: the report's "data sources". */

static const char imports_sql[] =
  "SELECT file_name, format, row_count, imported_at, first_day, last_day"
  "  FROM import_log WHERE account_id = ?1 ORDER BY imported_at, id";

static void
copy_day (char        dest[11],
          const char *text)
{
  g_strlcpy (dest, text != NULL ? text : "", 11);
}

void
mr_import_log_entry_free (MrImportLogEntry *entry)
{
  if (entry == NULL)
    return;

  g_free (entry->file_name);
  g_free (entry->format);
  g_clear_pointer (&entry->imported_at, g_date_time_unref);
  g_free (entry);
}

/**
 * mr_store_list_imports:
 *
 * Returns: (transfer full) (element-type MrImportLogEntry): the files imported about
 *   the account, oldest import first, or %NULL on error
 */
GPtrArray *
mr_store_list_imports (MrStore  *self,
                       gint64    account_id,
                       GError  **error)
{
  g_autoptr(GPtrArray) entries = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (MR_IS_STORE (self), NULL);

  if ((stmt = mr_store_prepare (self, imports_sql, error)) == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, account_id);

  entries = g_ptr_array_new_with_free_func ((GDestroyNotify) mr_import_log_entry_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      MrImportLogEntry *entry = g_new0 (MrImportLogEntry, 1);

      entry->file_name = g_strdup (mr_store_column_text (stmt, 0));
      entry->format = g_strdup (mr_store_column_text (stmt, 1));
      entry->rows = mr_store_column_count (stmt, 2);
      entry->imported_at = mr_store_column_date_time (stmt, 3);
      copy_day (entry->first_day, mr_store_column_text (stmt, 4));
      copy_day (entry->last_day, mr_store_column_text (stmt, 5));
      g_ptr_array_add (entries, entry);
    }

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      mr_store_fail (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&entries);
}
