/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-store-backup-restore"

#include "config.h"

#include <errno.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "mr-store-backup-private.h"

/* Putting the newest sound backup in the place of a damaged database. The damaged file
 * moves aside under a new name with its -wal, -shm and -journal files: nothing is
 * deleted, and the backup itself stays. */

static const char * const companions[] = { "-wal", "-shm", "-journal" };

static gboolean
is_sound (const char  *backup,
          GError     **error)
{
  sqlite3 *db = mr_store_backup_open (backup, TRUE, NULL, error);
  gboolean ok;

  if (db == NULL)
    return FALSE;

  ok = mr_store_backup_check_integrity (db, backup, error);
  sqlite3_close (db);

  return ok;
}

static gboolean
any_exists (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    return TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (companions); i++)
    {
      g_autofree char *companion = g_strconcat (path, companions[i], NULL);

      if (g_file_test (companion, G_FILE_TEST_EXISTS))
        return TRUE;
    }

  return FALSE;
}

/* Renames @from and those of its -wal, -shm and -journal files that exist to @to; on
 * failure, what was renamed goes back. The companions matter: a -wal or -journal file
 * left behind would be played into the restored database. */
static gboolean
rename_with_companions (const char  *from,
                        const char  *to,
                        GError     **error)
{
  g_autoptr(GPtrArray) done = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i <= G_N_ELEMENTS (companions); i++)
    {
      const char *suffix = i == 0 ? "" : companions[i - 1];
      g_autofree char *source = g_strconcat (from, suffix, NULL);
      g_autofree char *target = g_strconcat (to, suffix, NULL);

      if (!g_file_test (source, G_FILE_TEST_EXISTS))
        continue;

      if (g_rename (source, target) != 0)
        {
          int saved_errno = errno;

          for (guint j = 0; j < done->len; j++)
            {
              const char *done_suffix = g_ptr_array_index (done, j);
              g_autofree char *back = g_strconcat (from, done_suffix, NULL);
              g_autofree char *moved = g_strconcat (to, done_suffix, NULL);

              if (g_rename (moved, back) != 0)
                g_warning ("Could not move %s back to %s: %s", moved, back, g_strerror (errno));
            }
          return mr_store_backup_set_io_error (error, saved_errno, source);
        }
      g_ptr_array_add (done, g_strdup (suffix));
    }

  return TRUE;
}

/* "microreach.db.damaged-20260403-143000", or with "-2"… when that name is taken. */
static char *
name_for_damaged (const char *database)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  char *name = g_strconcat (database, ".damaged-", stamp, NULL);

  for (guint n = 2; any_exists (name); n++)
    {
      g_free (name);
      name = g_strdup_printf ("%s.damaged-%s-%u", database, stamp, n);
    }

  return name;
}

/* The newest backup that passes the quick check, or %NULL with the reason set. */
static char *
choose_backup (const char  *database,
               GError     **error)
{
  g_autoptr(GPtrArray) backups = mr_store_backup_list (database);
  g_autoptr(GError) last_error = NULL;
  g_autofree char *name = g_filename_display_name (database);

  if (backups->len == 0)
    {
      g_set_error (error, MR_STORE_ERROR, MR_STORE_ERROR_NOT_FOUND,
                   _("There is no automatic backup of “%s” to restore."), name);
      return NULL;
    }

  for (guint i = 0; i < backups->len; i++)
    {
      g_clear_error (&last_error);
      if (is_sound (g_ptr_array_index (backups, i), &last_error))
        return g_strdup (g_ptr_array_index (backups, i));
    }

  if (g_error_matches (last_error, MR_STORE_ERROR, MR_STORE_ERROR_CORRUPT) ||
      g_error_matches (last_error, MR_STORE_ERROR, MR_STORE_ERROR_NOT_A_DATABASE))
    g_set_error (error, MR_STORE_ERROR, MR_STORE_ERROR_CORRUPT,
                 _("The automatic backups of “%s” are damaged too. Restore a copy of your own, or choose another file."),
                 name);
  else
    g_propagate_error (error, g_steal_pointer (&last_error));
  return NULL;
}

/**
 * mr_store_backup_restore:
 * @database: the database file, damaged or missing; no connection may be open on it
 * @restored_time: (out) (optional): when the backup that was put in place was taken
 * @damaged_path: (out) (optional) (nullable): where the damaged file went, or %NULL
 *   when there was none
 * @error: return location for an error
 *
 * Puts the newest sound backup of @database in its place. The file that was there
 * moves aside, with its companion files, to "DATABASE.damaged-YYYYMMDD-HHMMSS"; the
 * backup stays. On failure, nothing has moved.
 *
 * Returns: whether a backup is in place
 */
gboolean
mr_store_backup_restore (const char  *database,
                         GDateTime  **restored_time,
                         char       **damaged_path,
                         GError     **error)
{
  g_autofree char *backup = NULL;
  g_autofree char *temporary = NULL;
  g_autofree char *damaged = NULL;
  g_autoptr(GFile) source = NULL;
  g_autoptr(GFile) target = NULL;
  g_autoptr(GError) local_error = NULL;
  gint64 taken;

  g_return_val_if_fail (database != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  backup = choose_backup (database, error);
  if (backup == NULL)
    return FALSE;
  taken = mr_store_backup_modified_time (backup);

  /* The copy comes first: should the disk be full, the damaged file is still where it
   * was. */
  temporary = mr_store_backup_make_temporary (database, ".restoring", error);
  if (temporary == NULL)
    return FALSE;
  source = g_file_new_for_path (backup);
  target = g_file_new_for_path (temporary);
  if (!g_file_copy (source, target, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &local_error) ||
      !mr_store_backup_sync_file (temporary, &local_error))
    {
      g_unlink (temporary);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (any_exists (database))
    {
      damaged = name_for_damaged (database);
      if (!rename_with_companions (database, damaged, error))
        {
          g_unlink (temporary);
          return FALSE;
        }
    }

  if (g_rename (temporary, database) != 0)
    {
      int saved_errno = errno;

      g_unlink (temporary);
      if (damaged != NULL && !rename_with_companions (damaged, database, NULL))
        g_warning ("The damaged database stays at %s", damaged);
      return mr_store_backup_set_io_error (error, saved_errno, database);
    }
  mr_store_backup_sync_folder (database);

  if (restored_time != NULL)
    *restored_time = g_date_time_new_from_unix_local (taken);
  if (damaged_path != NULL)
    *damaged_path = g_steal_pointer (&damaged);

  return TRUE;
}

typedef struct
{
  GDateTime *restored_time;
  char      *damaged_path;
} Restored;

static void
restored_free (Restored *restored)
{
  g_clear_pointer (&restored->restored_time, g_date_time_unref);
  g_free (restored->damaged_path);
  g_free (restored);
}

static void
restore_in_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  Restored *restored = g_new0 (Restored, 1);
  GError *error = NULL;

  if (mr_store_backup_restore (task_data, &restored->restored_time, &restored->damaged_path,
                               &error))
    g_task_return_pointer (task, restored, (GDestroyNotify) restored_free);
  else
    {
      restored_free (restored);
      g_task_return_error (task, error);
    }
}

/**
 * mr_store_backup_restore_async:
 *
 * Runs mr_store_backup_restore () in a worker thread: copying a large backup takes a
 * few seconds.
 */
void
mr_store_backup_restore_async (const char          *database,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (database != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, mr_store_backup_restore_async);
  g_task_set_task_data (task, g_strdup (database), g_free);
  g_task_run_in_thread (task, restore_in_thread);
}

gboolean
mr_store_backup_restore_finish (GAsyncResult  *result,
                                GDateTime    **restored_time,
                                char         **damaged_path,
                                GError       **error)
{
  Restored *restored;

  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  restored = g_task_propagate_pointer (G_TASK (result), error);
  if (restored == NULL)
    return FALSE;

  if (restored_time != NULL)
    *restored_time = g_steal_pointer (&restored->restored_time);
  if (damaged_path != NULL)
    *damaged_path = g_steal_pointer (&restored->damaged_path);
  restored_free (restored);

  return TRUE;
}
