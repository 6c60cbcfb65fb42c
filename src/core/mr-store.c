/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-store"

#include "config.h"

#include <errno.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "mr-store-backup.h"
#include "mr-store-private.h"

/* Marks a file as ours in its header ("MRch"), set with the first migration. */
#define MR_STORE_APPLICATION_ID 1297245032

/* How long a statement waits for another connection's lock before giving up. */

G_DEFINE_FINAL_TYPE (MrStore, mr_store, G_TYPE_OBJECT)

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
mr_store_dispose (GObject *object)
{
  MrStore *self = MR_STORE (object);

  g_clear_object (&self->creators);
  g_clear_object (&self->campaigns);
  g_clear_object (&self->moments);
  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->metrics_pending != NULL)
    g_cancellable_cancel (self->metrics_pending);
  g_clear_object (&self->metrics_pending);
  g_clear_handle_id (&self->metrics_apply_id, g_source_remove);

  G_OBJECT_CLASS (mr_store_parent_class)->dispose (object);
}

static gboolean
wal_holds_pages (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  GStatBuf st;

  return g_stat (wal, &st) == 0 && st.st_size > 0;
}

static void
mr_store_finalize (GObject *object)
{
  MrStore *self = MR_STORE (object);

  if (self->db != NULL)
    {
      int rc;

      /* A damaged file is kept as it is, for whoever tries to rescue it: what its
       * write-ahead log holds stays there, not played into the damage. */
      if (self->damaged && wal_holds_pages (self->path))
        sqlite3_db_config (self->db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
      rc = sqlite3_close (self->db);

      if (rc != SQLITE_OK)
        g_critical ("Closing %s failed: %s", self->path, sqlite3_errstr (rc));
    }
  g_free (self->path);
  g_free (self->backup_path);
  g_clear_pointer (&self->benchmarks, mr_benchmarks_free);
  g_free (self->currency);
  g_hash_table_unref (self->metrics_touched);

  G_OBJECT_CLASS (mr_store_parent_class)->finalize (object);
}

static guint results_changed_signal;

enum {
  PROP_0,
  PROP_COMPUTING_METRICS,
  PROP_DAMAGED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mr_store_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  MrStore *self = MR_STORE (object);

  switch (prop_id)
    {
    case PROP_COMPUTING_METRICS:
      g_value_set_boolean (value, mr_store_get_computing_metrics (self));
      break;
    case PROP_DAMAGED:
      g_value_set_boolean (value, mr_store_get_damaged (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mr_store_class_init (MrStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mr_store_dispose;
  object_class->finalize = mr_store_finalize;
  object_class->get_property = mr_store_get_property;

  /**
   * MrStore:computing-metrics:
   *
   * Whether the creators' metrics are being computed in a worker thread
   * (mr_store_set_metrics_in_background ()).
   */
  properties[PROP_COMPUTING_METRICS] =
    g_param_spec_boolean ("computing-metrics", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * MrStore:damaged:
   *
   * Whether SQLite found the file damaged while the store used it (see
   * mr_store_mark_damaged ()). Once set, it stays set.
   */
  properties[PROP_DAMAGED] =
    g_param_spec_boolean ("damaged", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * MrStore::results-changed:
   * @campaign_id: the campaign whose results or deliverables changed
   */
  results_changed_signal =
    g_signal_new ("results-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  /**
   * MrStore::metrics-updated:
   *
   * Every creator's metrics were computed again (after loading, or new settings), and
   * have been given to the creators: what sorts or filters by them should look again.
   */
  g_signal_new ("metrics-updated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                NULL, NULL, NULL, G_TYPE_NONE, 0);
}

void
mr_store_emit_results_changed (MrStore *self,
                               gint64   campaign_id)
{
  g_signal_emit (self, results_changed_signal, 0, campaign_id);
}

static void
mr_store_init (MrStore *self)
{
  self->statements = g_hash_table_new_full (NULL, NULL, NULL, finalize_statement);
  self->creators = g_list_store_new (MR_TYPE_CREATOR);
  self->campaigns = g_list_store_new (MR_TYPE_CAMPAIGN);
  self->moments = g_list_store_new (MR_TYPE_MOMENT);
  self->tier_scheme = MR_TIER_SCHEME_DEFAULT;
  self->benchmarks = mr_benchmarks_new ();
  self->currency = g_strdup (MR_PRICE_DEFAULT_CURRENCY);
  self->metrics_inline_max = MR_STORE_METRICS_INLINE_MAX;
  self->metrics_touched = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
}

/**
 * mr_store_set_metrics_in_background:
 *
 * Has every creator's metrics, for a roster larger than a thousand creators, computed in
 * a worker thread rather than before loading or new settings return: for the window,
 * which shows the list meanwhile. Until they are in, MrStore:computing-metrics is %TRUE
 * and the creators keep the metrics they had (none, at first).
 */
void
mr_store_set_metrics_in_background (MrStore  *self,
                                    gboolean  background)
{
  g_return_if_fail (MR_IS_STORE (self));

  self->metrics_in_background = background;
}

gboolean
mr_store_get_computing_metrics (MrStore *self)
{
  g_return_val_if_fail (MR_IS_STORE (self), FALSE);

  return self->metrics_pending != NULL;
}

/**
 * mr_store_mark_damaged:
 *
 * Says that the store's file is damaged: SQLite found it so on this store's connection
 * (which the store notices itself), on another connection to the file, or when checking
 * it. Sets MrStore:damaged, which the window answers by offering the automatic backup.
 */
void
mr_store_mark_damaged (MrStore *self)
{
  g_return_if_fail (MR_IS_STORE (self));

  if (self->damaged)
    return;

  self->damaged = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DAMAGED]);
}

gboolean
mr_store_get_damaged (MrStore *self)
{
  g_return_val_if_fail (MR_IS_STORE (self), FALSE);

  return self->damaged;
}

/**
 * mr_store_get_read_only:
 *
 * Whether the file could only be opened for reading (its permissions, or a read-only
 * disk): every change would fail with %MR_STORE_ERROR_READ_ONLY.
 */
gboolean
mr_store_get_read_only (MrStore *self)
{
  g_return_val_if_fail (MR_IS_STORE (self), FALSE);

  return sqlite3_db_readonly (self->db, "main") == 1;
}

/**
 * mr_store_get_default_path:
 *
 * Returns: (transfer full): $MICROREACH_DATABASE when set, else
 *   `microreach/microreach.db` in the user data directory
 */
char *
mr_store_get_default_path (void)
{
  const char *path = g_getenv ("MICROREACH_DATABASE");

  if (path != NULL && path[0] != '\0')
    return g_strdup (path);

  return g_build_filename (g_get_user_data_dir (), "microreach", "microreach.db", NULL);
}

/* Looks at an existing file without changing a byte of it: SQLite's read-only mode
 * alone would still create -wal/-shm files next to a WAL database, "immutable" does
 * not, and is safe as long as no -wal file holds newer pages than the file itself. */
static gboolean
check_existing_file (const char  *path,
                     guint        latest_version,
                     GError     **error)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);
  g_autofree char *escaped = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *name = NULL;
  g_autofree char *backup = mr_store_backup_get_path (path);
  g_autofree char *default_path = mr_store_get_default_path ();
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  GStatBuf st;
  gint64 application_id = 0, version = 0, n_objects = 0;
  int rc;

  if (g_stat (path, &st) != 0)
    return TRUE;

  name = g_filename_display_name (path);
  if (!S_ISREG (st.st_mode))
    return mr_store_set_error_for_path (error, path, SQLITE_NOTADB, NULL);
  if (st.st_size == 0)
    return TRUE;

  escaped = g_uri_escape_string (path, "/", TRUE);
  if (g_file_test (wal, G_FILE_TEST_EXISTS) || g_file_test (journal, G_FILE_TEST_EXISTS))
    uri = g_strconcat ("file:", escaped, "?mode=ro", NULL);
  else
    uri = g_strconcat ("file:", escaped, "?immutable=1", NULL);

  rc = sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (db,
                             "SELECT (SELECT application_id FROM pragma_application_id),"
                             "       (SELECT user_version FROM pragma_user_version),"
                             "       (SELECT count(*) FROM sqlite_master)",
                             -1, &stmt, NULL);
  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      application_id = sqlite3_column_int64 (stmt, 0);
      version = sqlite3_column_int64 (stmt, 1);
      n_objects = sqlite3_column_int64 (stmt, 2);
      rc = SQLITE_OK;
    }
  /* A file whose header is garbage is not a database to SQLite. When Microreach made a
   * backup of it, or it is where Microreach keeps its own, it was ours: it is damaged. */
  if ((rc & 0xff) == SQLITE_NOTADB && (g_file_test (backup, G_FILE_TEST_EXISTS) ||
                                       g_strcmp0 (path, default_path) == 0))
    rc = SQLITE_CORRUPT;
  if (rc != SQLITE_OK)
    mr_store_set_error_for_path (error, path, rc,
                                 db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  if (rc != SQLITE_OK)
    return FALSE;

  /* An id of 0 and a version of 0 is a new, empty file; anything else must be ours.
   * A future Microreach file without our id is refused as too new, not as foreign,
   * so that nothing is ever written to it. */
  if (version > (gint64) latest_version &&
      (application_id == MR_STORE_APPLICATION_ID || application_id == 0))
    {
      g_set_error (error, MR_STORE_ERROR, MR_STORE_ERROR_TOO_NEW,
                   _("“%s” was saved by a newer version of Microreach. Update Microreach to open it."),
                   name);
      return FALSE;
    }

  if (application_id != MR_STORE_APPLICATION_ID &&
      (application_id != 0 || version != 0 || n_objects != 0))
    return mr_store_set_error_for_path (error, path, SQLITE_NOTADB, NULL);

  return TRUE;
}

static gint64
read_user_version (MrStore  *self,
                   GError  **error)
{
  sqlite3_stmt *stmt = NULL;
  gint64 version = -1;
  int rc;

  rc = sqlite3_prepare_v2 (self->db, "PRAGMA user_version", -1, &stmt, NULL);
  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    version = sqlite3_column_int64 (stmt, 0);
  else
    mr_store_fail (self, rc, error);
  sqlite3_finalize (stmt);

  return version;
}

/* VACUUM INTO writes a consistent, compact copy in rollback-journal mode: one file. */
static gboolean
make_backup (MrStore  *self,
             gint64    version,
             GError  **error)
{
  g_autofree char *backup_path = NULL;
  g_autofree char *backup_name = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt = NULL;
  int rc;

  backup_path = g_strdup_printf ("%s.v%" G_GINT64_FORMAT ".bak", self->path, version);

  /* A copy left by an earlier, failed attempt is of the same version: replace it. */
  if (g_remove (backup_path) != 0 && errno != ENOENT)
    {
      int saved_errno = errno;

      backup_name = g_filename_display_name (backup_path);
      g_set_error (error, MR_STORE_ERROR, MR_STORE_ERROR_IO,
                   _("The old safety copy “%s” could not be replaced (%s). Move it away and try again."),
                   backup_name, g_strerror (saved_errno));
      return FALSE;
    }

  rc = sqlite3_prepare_v2 (self->db, "VACUUM INTO ?", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, backup_path, -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
    }
  if (rc != SQLITE_OK && rc != SQLITE_DONE)
    mr_store_fail (self, rc, &local_error);
  sqlite3_finalize (stmt);

  if (local_error != NULL)
    {
      name = g_filename_display_name (self->path);
      g_set_error (error, MR_STORE_ERROR, local_error->code,
                   _("Microreach did not update “%s” because it could not make a safety copy first: %s"),
                   name, local_error->message);
      return FALSE;
    }

  self->backup_path = g_steal_pointer (&backup_path);
  return TRUE;
}

static gboolean
check_foreign_keys (MrStore  *self,
                    GError  **error)
{
  sqlite3_stmt *stmt = NULL;
  g_autofree char *table = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (self->db, "PRAGMA foreign_key_check", -1, &stmt, NULL);
  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    table = g_strdup (mr_store_column_text (stmt, 0));
  sqlite3_finalize (stmt);

  if (table != NULL)
    {
      g_set_error (error, MR_STORE_ERROR, MR_STORE_ERROR_CONSTRAINT,
                   "rows in “%s” refer to rows that do not exist", table);
      return FALSE;
    }
  if (rc != SQLITE_DONE)
    return mr_store_fail (self, rc, error);

  return TRUE;
}

/* Each step is its own transaction, so a failure leaves the file at the last version
 * that completed. Foreign keys are off meanwhile (they cannot change inside a
 * transaction) so a step may rebuild tables; they are checked before each commit. */
static gboolean
migrate (MrStore            *self,
         const char * const *migrations,
         gint64              from_version,
         guint               to_version,
         GError            **error)
{
  g_autoptr(GError) local_error = NULL;
  guint version;

  if (!mr_store_exec (self, "PRAGMA foreign_keys = OFF", error))
    return FALSE;

  for (version = (guint) from_version + 1; version <= to_version; version++)
    {
      g_autofree char *set_version = g_strdup_printf ("PRAGMA user_version = %u", version); /* sql-from-text: a PRAGMA takes no parameters; the number is ours */

      if (!mr_store_exec (self, "BEGIN IMMEDIATE", &local_error))
        break;

      if ((version == 1 &&
           !mr_store_exec (self, "PRAGMA application_id = " G_STRINGIFY (MR_STORE_APPLICATION_ID),
                      &local_error)) ||
          !mr_store_exec (self, migrations[version], &local_error) ||
          !check_foreign_keys (self, &local_error) ||
          !mr_store_exec (self, set_version, &local_error) || /* sql-from-text: set_version above */
          !mr_store_exec (self, "COMMIT", &local_error))
        {
          if (!sqlite3_get_autocommit (self->db))
            sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
          break;
        }
    }

  if (local_error != NULL)
    {
      g_autofree char *name = g_filename_display_name (self->path);

      /* A busy, full or read-only file has advice of its own; anything else is a bug
       * in a migration, which the user can only report. Either way, the file is intact. */
      if (local_error->code != MR_STORE_ERROR_FAILED &&
          local_error->code != MR_STORE_ERROR_CONSTRAINT)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, MR_STORE_ERROR, MR_STORE_ERROR_FAILED,
                     /* Translators: %u is the schema version, the last %s a technical detail. */
                     _("Microreach could not update “%s” to its new format and left the file as it was. Please report the problem, quoting: step %u, %s"),
                     name, version, local_error->message);
      return FALSE;
    }

  return mr_store_exec (self, "PRAGMA foreign_keys = ON", error);
}

static gboolean
configure_connection (sqlite3  *db,
                      GError  **error)
{
  int rc;

  sqlite3_extended_result_codes (db, 1);
  sqlite3_busy_timeout (db, MR_STORE_BUSY_TIMEOUT_MS);

  rc = sqlite3_exec (db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    return mr_store_set_error_from_sqlite (error, db, rc);

  return TRUE;
}

static gboolean
use_write_ahead_log (MrStore  *self,
                     GError  **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (self->db, "PRAGMA journal_mode = WAL", -1, &stmt, NULL);
  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      /* Some file systems (network shares) cannot do WAL; SQLite then keeps its
       * rollback journal, which is slower but just as safe. */
      if (g_strcmp0 (mr_store_column_text (stmt, 0), "wal") != 0)
        g_debug ("%s stays in journal mode %s", self->path, mr_store_column_text (stmt, 0));
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_OK)
    return mr_store_fail (self, rc, error);

  return mr_store_exec (self, "PRAGMA synchronous = NORMAL", error);
}

MrStore *
mr_store_open_with_migrations (const char          *path,
                               const char * const  *migrations,
                               guint                latest_version,
                               GError             **error)
{
  g_autoptr(MrStore) self = NULL;
  g_autofree char *folder = NULL;
  gint64 version;
  int rc;

  g_return_val_if_fail (path != NULL && path[0] != '\0', NULL);
  g_return_val_if_fail (migrations != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  folder = g_path_get_dirname (path);
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;
      g_autofree char *folder_name = g_filename_display_name (folder);

      g_set_error (error, MR_STORE_ERROR, MR_STORE_ERROR_IO,
                   _("The folder “%s” could not be created (%s). Choose another location for the database."),
                   folder_name, g_strerror (saved_errno));
      return NULL;
    }

  if (!check_existing_file (path, latest_version, error))
    return NULL;

  self = g_object_new (MR_TYPE_STORE, NULL);
  self->path = g_strdup (path);

  /* The store lives on the main thread; work on another one opens a connection of its
   * own (mr_store_open_connection ()), so SQLite's locking around each call is not needed. */
  rc = sqlite3_open_v2 (path, &self->db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      mr_store_set_error_for_path (error, path, rc,
                          self->db != NULL ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc));
      return NULL;
    }

  if (!configure_connection (self->db, error))
    return NULL;

  /* Read again on this connection: another program may have changed the file. */
  version = read_user_version (self, error);
  if (version < 0)
    return NULL;
  if (version > (gint64) latest_version)
    {
      g_autofree char *name = g_filename_display_name (path);

      g_set_error (error, MR_STORE_ERROR, MR_STORE_ERROR_TOO_NEW,
                   _("“%s” was saved by a newer version of Microreach. Update Microreach to open it."),
                   name);
      return NULL;
    }

  /* An old file that cannot be written cannot be brought up to date either. */
  if (version < (gint64) latest_version && mr_store_get_read_only (self))
    {
      mr_store_fail (self, SQLITE_READONLY, error);
      return NULL;
    }

  if (version > 0 && version < (gint64) latest_version && !make_backup (self, version, error))
    return NULL;

  if (!use_write_ahead_log (self, error))
    return NULL;

  if (version < (gint64) latest_version &&
      !migrate (self, migrations, version, latest_version, error))
    return NULL;

  self->schema_version = (int) latest_version;

  if (!mr_store_load (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * mr_store_open:
 * @path: the database file; it and its folder are created when missing
 * @error: return location for an #MrStoreError
 *
 * Opens the database, brings its schema up to date (after copying the file to
 * mr_store_get_backup_path ()) and loads it. A file that is not a Microreach
 * database or is too new is refused without being changed.
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 */
MrStore *
mr_store_open (const char  *path,
               GError     **error)
{
  return mr_store_open_with_migrations (path, mr_store_migrations, MR_STORE_SCHEMA_VERSION, error);
}

/**
 * mr_store_open_connection:
 *
 * Opens another connection to the store's file, set up like the store's own
 * (foreign keys on, busy timeout), e.g. for an import in a worker thread.
 * Callable from any thread.
 *
 * Returns: (transfer full): the connection, to close with sqlite3_close (), or %NULL
 */
sqlite3 *
mr_store_open_connection (MrStore  *self,
                          GError  **error)
{
  sqlite3 *db = NULL;
  int rc;

  g_return_val_if_fail (MR_IS_STORE (self), NULL);

  /* One thread at a time uses it: SQLite's own locking around each call is not needed. */
  rc = sqlite3_open_v2 (self->path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      mr_store_set_error_for_path (error, self->path, rc, sqlite3_errstr (rc));
      sqlite3_close (db);
      return NULL;
    }

  /* The file is in WAL mode already, where NORMAL is safe. */
  if (!configure_connection (db, error) ||
      (rc = sqlite3_exec (db, "PRAGMA synchronous = NORMAL", NULL, NULL, NULL)) != SQLITE_OK)
    {
      if (rc != SQLITE_OK)
        mr_store_set_error_from_sqlite (error, db, rc);
      sqlite3_close (db);
      return NULL;
    }

  return db;
}

const char *
mr_store_get_path (MrStore *self)
{
  g_return_val_if_fail (MR_IS_STORE (self), NULL);

  return self->path;
}

int
mr_store_get_schema_version (MrStore *self)
{
  g_return_val_if_fail (MR_IS_STORE (self), 0);

  return self->schema_version;
}

/**
 * mr_store_get_backup_path:
 *
 * Returns: (nullable): the copy of the file taken before it was migrated at open
 */
const char *
mr_store_get_backup_path (MrStore *self)
{
  g_return_val_if_fail (MR_IS_STORE (self), NULL);

  return self->backup_path;
}

sqlite3 *
mr_store_get_handle (MrStore *self)
{
  g_return_val_if_fail (MR_IS_STORE (self), NULL);

  return self->db;
}

GListModel *
mr_store_get_creators (MrStore *self)
{
  g_return_val_if_fail (MR_IS_STORE (self), NULL);

  return G_LIST_MODEL (self->creators);
}

GListModel *
mr_store_get_campaigns (MrStore *self)
{
  g_return_val_if_fail (MR_IS_STORE (self), NULL);

  return G_LIST_MODEL (self->campaigns);
}

GListModel *
mr_store_get_moments (MrStore *self)
{
  g_return_val_if_fail (MR_IS_STORE (self), NULL);

  return G_LIST_MODEL (self->moments);
}
