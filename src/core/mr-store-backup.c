/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-store-backup"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <utime.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "mr-store-backup-private.h"

/* A marketer's roster is months of work, and a disk or a crash can damage the file it
 * lives in. Once a day a copy is taken from a database that passes SQLite's quick check,
 * written under a temporary name and renamed into place, so a good backup is never
 * replaced by a damaged or half-written one. Restoring it: mr-store-backup-restore.c. */

/* Checking the cancellable every this many SQLite virtual machine steps stops a copy of
 * a large database within milliseconds. */
#define PROGRESS_STEPS 1000

char *
mr_store_backup_get_path (const char *database)
{
  g_return_val_if_fail (database != NULL, NULL);

  return g_strconcat (database, ".backup", NULL);
}

char *
mr_store_backup_get_previous_path (const char *database)
{
  g_return_val_if_fail (database != NULL, NULL);

  return g_strconcat (database, ".backup-previous", NULL);
}

gint64
mr_store_backup_modified_time (const char *path)
{
  GStatBuf st;

  if (g_stat (path, &st) != 0)
    return 0;

  return st.st_mtime;
}

GPtrArray *
mr_store_backup_list (const char *database)
{
  GPtrArray *backups = g_ptr_array_new_with_free_func (g_free);
  char *newest = mr_store_backup_get_path (database);
  char *previous = mr_store_backup_get_previous_path (database);
  gint64 newest_time = mr_store_backup_modified_time (newest);
  gint64 previous_time = mr_store_backup_modified_time (previous);

  if (newest_time > 0)
    g_ptr_array_add (backups, newest);
  else
    g_free (newest);

  if (previous_time > 0)
    g_ptr_array_insert (backups, previous_time > newest_time ? 0 : -1, previous);
  else
    g_free (previous);

  return backups;
}

/**
 * mr_store_backup_get_time:
 * @database: the database file
 *
 * Returns: (transfer full) (nullable): when the newest backup of @database was taken,
 *   in local time, or %NULL when there is none
 */
GDateTime *
mr_store_backup_get_time (const char *database)
{
  g_autoptr(GPtrArray) backups = NULL;
  const char *newest;

  g_return_val_if_fail (database != NULL, NULL);

  backups = mr_store_backup_list (database);
  if (backups->len == 0)
    return NULL;

  newest = g_ptr_array_index (backups, 0);
  return g_date_time_new_from_unix_local (mr_store_backup_modified_time (newest));
}

/**
 * mr_store_backup_format_time:
 *
 * Returns: (transfer full): @time as messages about a backup show it
 */
char *
mr_store_backup_format_time (GDateTime *time)
{
  g_autoptr(GDateTime) local = NULL;

  g_return_val_if_fail (time != NULL, NULL);

  local = g_date_time_to_local (time);
  /* Translators: when a backup was taken, as in "3 April 2026, 14:30"; see
   * g_date_time_format () for the codes. */
  return g_date_time_format (local, C_("backup time", "%-d %B %Y, %H:%M"));
}

/**
 * mr_store_backup_is_due:
 * @database: the database file
 * @now: the time it is
 *
 * A backup is due when the database holds something, and changed since its newest
 * backup was taken on an earlier day (or there is none yet).
 */
gboolean
mr_store_backup_is_due (const char *database,
                        GDateTime  *now)
{
  g_autofree char *wal = NULL;
  g_autofree char *backup = NULL;
  g_autoptr(GDateTime) taken = NULL;
  g_autoptr(GDateTime) today = NULL;
  GStatBuf st;
  gint64 changed;

  g_return_val_if_fail (database != NULL, FALSE);
  g_return_val_if_fail (now != NULL, FALSE);

  if (g_stat (database, &st) != 0 || st.st_size == 0)
    return FALSE;

  /* With a write-ahead log, changes reach the file itself only at a checkpoint. */
  wal = g_strconcat (database, "-wal", NULL);
  changed = MAX ((gint64) st.st_mtime, mr_store_backup_modified_time (wal));

  backup = mr_store_backup_get_path (database);
  if (g_stat (backup, &st) != 0)
    return TRUE;
  if (changed <= st.st_mtime)
    return FALSE;

  taken = g_date_time_new_from_unix_local (st.st_mtime);
  today = g_date_time_to_local (now);
  return g_date_time_get_year (taken) != g_date_time_get_year (today) ||
         g_date_time_get_day_of_year (taken) != g_date_time_get_day_of_year (today);
}

static int
on_progress (void *data)
{
  return g_cancellable_is_cancelled (data);
}

/* The error for @rc on @db; an interruption is the cancellation that asked for it. */
static gboolean
set_error (GError     **error,
           sqlite3     *db,
           const char  *database,
           int          rc)
{
  if ((rc & 0xff) == SQLITE_INTERRUPT)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, g_strerror (ECANCELED));
      return FALSE;
    }

  return mr_store_set_error_for_path (error, database, rc,
                                      db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
}

/* SQLite's quick check: every page readable, every record well formed, in time linear
 * in the file's size. A failure is MR_STORE_ERROR_CORRUPT. */
gboolean
mr_store_backup_check_integrity (sqlite3     *db,
                                 const char  *database,
                                 GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  g_autofree char *verdict = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, "PRAGMA quick_check", -1, &stmt, NULL);
  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    verdict = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);

  if (verdict == NULL)
    return set_error (error, db, database, rc);
  if (g_strcmp0 (verdict, "ok") != 0)
    {
      g_debug ("%s fails the quick check: %s", database, verdict);
      return mr_store_set_error_for_path (error, database, SQLITE_CORRUPT, verdict);
    }

  return TRUE;
}

sqlite3 *
mr_store_backup_open (const char    *database,
                      gboolean       immutable,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autofree char *escaped = g_uri_escape_string (database, "/", TRUE);
  g_autofree char *uri = NULL;
  sqlite3 *db = NULL;
  int rc;

  /* The live database is read through a connection like the store's (its write-ahead
   * log needs the -shm file); a backup nobody writes to, as immutable, which leaves no
   * file behind. */
  if (immutable)
    {
      uri = g_strconcat ("file:", escaped, "?immutable=1", NULL);
      rc = sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
    }
  else
    rc = sqlite3_open_v2 (database, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL);

  if (rc != SQLITE_OK)
    {
      set_error (error, db, database, rc);
      sqlite3_close (db);
      return NULL;
    }

  sqlite3_extended_result_codes (db, 1);
  sqlite3_busy_timeout (db, MR_STORE_BUSY_TIMEOUT_MS);
  if (cancellable != NULL)
    sqlite3_progress_handler (db, PROGRESS_STEPS, on_progress, cancellable);

  return db;
}

/* With a rollback journal, a long read makes every write wait, and fail after the busy
 * timeout. A large import switches the file to one for its duration (see
 * mr-import-writer.c); a file system that cannot share memory keeps one for good, and
 * such a database gets no automatic backup. */
static gboolean
uses_write_ahead_log (sqlite3 *db)
{
  sqlite3_stmt *stmt = NULL;
  gboolean wal = FALSE;

  if (sqlite3_prepare_v2 (db, "PRAGMA journal_mode", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    wal = g_ascii_strcasecmp ((const char *) sqlite3_column_text (stmt, 0), "wal") == 0;
  sqlite3_finalize (stmt);

  return wal;
}

gboolean
mr_store_backup_set_io_error (GError     **error,
                              int          saved_errno,
                              const char  *path)
{
  g_autofree char *name = g_filename_display_name (path);

  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               /* Translators: the second %s says why, e.g. "No space left on device". */
               _("“%s” could not be written (%s)."), name, g_strerror (saved_errno));
  return FALSE;
}

/* Makes sure what was written to @path is on the disk, not only in the page cache. */
gboolean
mr_store_backup_sync_file (const char  *path,
                           GError     **error)
{
  int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  int saved_errno;

  if (fd < 0)
    return mr_store_backup_set_io_error (error, errno, path);
  if (fsync (fd) == 0)
    return g_close (fd, error);

  saved_errno = errno;
  g_close (fd, NULL);
  return mr_store_backup_set_io_error (error, saved_errno, path);
}

/* A rename is on the disk once the folder that holds the names is. Some file systems
 * cannot sync a folder; the rename itself still happened, so that is not an error. */
void
mr_store_backup_sync_folder (const char *path)
{
  g_autofree char *folder = g_path_get_dirname (path);
  int fd = g_open (folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);

  if (fd < 0)
    return;
  if (fsync (fd) != 0)
    g_debug ("Could not sync %s: %s", folder, g_strerror (errno));
  g_close (fd, NULL);
}

static gboolean
vacuum_into (sqlite3     *db,
             const char  *database,
             const char  *target,
             GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  /* VACUUM INTO writes a consistent, compact copy in rollback-journal mode: one file,
   * which it may write into only while it is empty. */
  rc = sqlite3_prepare_v2 (db, "VACUUM INTO ?", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, target, -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_DONE)
    return set_error (error, db, database, rc);

  return TRUE;
}

/* An empty file of our own, beside @path, whose name ends in @suffix-XXXXXX.tmp. */
char *
mr_store_backup_make_temporary (const char  *path,
                                const char  *suffix,
                                GError     **error)
{
  g_autofree char *name = g_strconcat (path, suffix, "-XXXXXX.tmp", NULL);
  int fd = g_mkstemp_full (name, O_RDWR | O_CLOEXEC, 0600);

  if (fd < 0)
    {
      mr_store_backup_set_io_error (error, errno, name);
      return NULL;
    }
  g_close (fd, NULL);

  return g_steal_pointer (&name);
}

static gboolean
copy_database (const char    *database,
               const char    *target,
               GCancellable  *cancellable,
               GError       **error)
{
  sqlite3 *db = mr_store_backup_open (database, FALSE, cancellable, error);
  gboolean ok;

  if (db == NULL)
    return FALSE;

  if (!uses_write_ahead_log (db))
    {
      g_autofree char *name = g_filename_display_name (database);

      sqlite3_close (db);
      g_set_error (error, MR_STORE_ERROR, MR_STORE_ERROR_BUSY,
                   _("“%s” is being written to in a way a backup would hold up; the backup is left for another time."),
                   name);
      return FALSE;
    }

  ok = mr_store_backup_check_integrity (db, database, error) &&
       vacuum_into (db, database, target, error);
  sqlite3_close (db);

  return ok;
}

/**
 * mr_store_backup_make:
 * @database: the database file, which must exist
 * @cancellable: (nullable): stops the copy; the backups stay as they were
 * @error: return location for an error
 *
 * Copies @database to mr_store_backup_get_path (), after moving the backup that was
 * there to mr_store_backup_get_previous_path (). Another connection may write to the
 * database meanwhile; the copy is the database as it was when the copy started, and its
 * time (mr_store_backup_get_time ()) is that moment.
 *
 * Fails with %MR_STORE_ERROR_CORRUPT, leaving the backups alone, when @database does not
 * pass SQLite's quick check; with %MR_STORE_ERROR_BUSY while a large import has the file.
 *
 * Returns: whether a new backup is in place
 */
gboolean
mr_store_backup_make (const char    *database,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autofree char *backup = NULL;
  g_autofree char *previous = NULL;
  g_autofree char *temporary = NULL;
  g_autoptr(GError) local_error = NULL;
  struct utimbuf started = { 0 };

  g_return_val_if_fail (database != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  backup = mr_store_backup_get_path (database);
  previous = mr_store_backup_get_previous_path (database);
  started.actime = started.modtime = g_get_real_time () / G_USEC_PER_SEC;

  temporary = mr_store_backup_make_temporary (backup, "", error);
  if (temporary == NULL)
    return FALSE;

  if (!copy_database (database, temporary, cancellable, &local_error) ||
      !mr_store_backup_sync_file (temporary, &local_error))
    {
      g_unlink (temporary);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (g_utime (temporary, &started) != 0)
    g_debug ("Could not date %s: %s", temporary, g_strerror (errno));

  /* The backup before is kept one day more; the one before that is no longer needed. */
  if ((g_file_test (backup, G_FILE_TEST_EXISTS) && g_rename (backup, previous) != 0) ||
      g_rename (temporary, backup) != 0)
    {
      int saved_errno = errno;

      g_unlink (temporary);
      return mr_store_backup_set_io_error (error, saved_errno, backup);
    }
  mr_store_backup_sync_folder (backup);

  return TRUE;
}

static void
make_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  GError *error = NULL;

  if (mr_store_backup_make (task_data, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * mr_store_backup_make_async:
 *
 * Runs mr_store_backup_make () in a worker thread.
 */
void
mr_store_backup_make_async (const char          *database,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (database != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, mr_store_backup_make_async);
  g_task_set_task_data (task, g_strdup (database), g_free);
  /* Once the copy is taken, the old backup must not stay half replaced. */
  g_task_set_return_on_cancel (task, FALSE);
  g_task_run_in_thread (task, make_in_thread);
}

gboolean
mr_store_backup_make_finish (GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
