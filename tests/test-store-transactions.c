/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-store-transactions"

#include "config.h"

#include "mr-account.h"
#include "mr-import-writer.h"
#include "mr-store.h"
#include "mr-test-util.h"

/* What a failure inside a transaction leaves behind: nothing, in the database and in
 * the lists the window shows. */

typedef struct {
  char    *dir;
  MrStore *store;
  sqlite3 *db;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autofree char *path = NULL;

  fixture->dir = mr_test_make_temp_dir ();
  path = g_build_filename (fixture->dir, "microreach.db", NULL);
  fixture->store = mr_test_open_store (path);
  fixture->db = mr_store_get_handle (fixture->store);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_assert_finalize_object (fixture->store);
  mr_test_remove_temp_dir (fixture->dir);
  g_free (fixture->dir);
}

static void
test_rollback_on_error (Fixture       *fixture,
                        gconstpointer  user_data)
{
  MrStore *store = fixture->store;
  g_autoptr(MrCreator) lotte = mr_creator_new ("Lotte");
  g_autoptr(MrCreator) twin = mr_creator_new ("Lotte's twin");
  g_autoptr(MrAccount) first = mr_account_new (MR_PLATFORM_INSTAGRAM, "lotte");
  g_autoptr(MrAccount) second = mr_account_new (MR_PLATFORM_INSTAGRAM, "LOTTE");
  g_autoptr(MrAccount) taken = mr_account_new (MR_PLATFORM_INSTAGRAM, "lotte");
  g_autoptr(GError) error = NULL;
  GListModel *creators = mr_store_get_creators (store);
  sqlite3 *db = fixture->db;

  /* One call: the second account repeats the first handle, so nothing is stored. */
  g_list_store_append (G_LIST_STORE (mr_creator_get_accounts (lotte)), first);
  g_list_store_append (G_LIST_STORE (mr_creator_get_accounts (lotte)), second);
  g_assert_false (mr_store_add_creator (store, lotte, &error));
  g_assert_error (error, MR_STORE_ERROR, MR_STORE_ERROR_CONSTRAINT);
  g_assert_nonnull (strstr (error->message, "LOTTE"));
  g_clear_error (&error);
  g_assert_cmpint (mr_creator_get_id (lotte), ==, 0);
  g_assert_cmpint (mr_account_get_id (first), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (creators), ==, 0);
  g_assert_cmpint (mr_test_query_int (db, "SELECT count(*) FROM creator", 0), ==, 0);
  g_assert_cmpint (mr_test_query_int (db, "SELECT count(*) FROM account", 0), ==, 0);

  /* A caller's transaction: the failure midway and the rollback undo the earlier
   * calls, in the database and in the lists. */
  g_list_store_remove (G_LIST_STORE (mr_creator_get_accounts (lotte)), 1);
  g_assert_true (mr_store_begin (store, &error));
  g_assert_no_error (error);
  g_assert_true (mr_store_add_creator (store, lotte, &error));
  g_assert_true (mr_store_add_creator (store, twin, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (creators), ==, 2);
  g_assert_false (mr_store_add_account (store, twin, taken, &error));
  g_assert_error (error, MR_STORE_ERROR, MR_STORE_ERROR_CONSTRAINT);
  g_assert_cmpint (mr_account_get_id (taken), ==, 0);
  mr_store_rollback (store);

  g_assert_cmpint (mr_test_query_int (db, "SELECT count(*) FROM creator", 0), ==, 0);
  g_assert_cmpint (mr_test_query_int (db, "SELECT count(*) FROM account", 0), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (creators), ==, 0);
}

/* A savepoint rolled back inside a transaction that then commits: what the savepoint
 * added is gone from the lists too, and what came before it stays. */
static void
test_nested_rollback (Fixture       *fixture,
                      gconstpointer  user_data)
{
  MrStore *store = fixture->store;
  GListModel *creators = mr_store_get_creators (store);
  g_autoptr(MrCreator) kept = mr_creator_new ("Iris");
  g_autoptr(MrCreator) undone = mr_creator_new ("Bram");
  g_autoptr(GError) error = NULL;

  g_assert_true (mr_store_begin (store, &error));
  g_assert_true (mr_store_add_creator (store, kept, &error));
  g_assert_true (mr_store_begin (store, &error));
  g_assert_true (mr_store_add_creator (store, undone, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (creators), ==, 2);

  mr_store_rollback (store);
  g_assert_cmpuint (g_list_model_get_n_items (creators), ==, 1);
  g_assert_true (mr_store_commit (store, &error));
  g_assert_no_error (error);

  g_assert_cmpint (mr_test_query_int (fixture->db, "SELECT count(*) FROM creator", 0), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (creators), ==, 1);
  {
    g_autoptr(MrCreator) listed = g_list_model_get_item (creators, 0);

    g_assert_cmpstr (mr_creator_get_name (listed), ==, "Iris");
  }

  /* The outer rollback still undoes everything, after an inner one reloaded the lists. */
  g_assert_true (mr_store_begin (store, &error));
  g_assert_true (mr_store_remove_creator (store, kept, &error));
  g_assert_true (mr_store_begin (store, &error));
  mr_store_rollback (store);
  mr_store_rollback (store);
  g_assert_no_error (error);
  g_assert_cmpint (mr_test_query_int (fixture->db, "SELECT count(*) FROM creator", 0), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (creators), ==, 1);
}

/* The sqlite3 shell runs without foreign keys; what it leaves must not stop the app. */
static void
test_orphan_rows (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_autoptr(MrCreator) gone = mr_test_add_creator (fixture->store, "Joris", "joris.fietst");
  g_autoptr(MrCreator) kept = mr_test_add_creator (fixture->store, "Esra", "esra.kookt");
  g_autoptr(GError) error = NULL;
  GListModel *creators = mr_store_get_creators (fixture->store);

  mr_test_exec_id (fixture->db, "PRAGMA foreign_keys = OFF", 0);
  mr_test_exec_id (fixture->db, "DELETE FROM creator WHERE id = ?1", mr_creator_get_id (gone));
  mr_test_exec_id (fixture->db, "PRAGMA foreign_keys = ON", 0);

  g_assert_true (mr_store_reload (fixture->store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (creators), ==, 1);
  {
    g_autoptr(MrCreator) listed = g_list_model_get_item (creators, 0);

    g_assert_cmpstr (mr_creator_get_name (listed), ==, "Esra");
    g_assert_cmpuint (g_list_model_get_n_items (mr_creator_get_accounts (listed)), ==, 1);
  }
}

static char *
journal_mode (sqlite3 *db)
{
  sqlite3_stmt *s = NULL;
  char *mode;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA journal_mode", -1, &s, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (s), ==, SQLITE_ROW);
  mode = g_strdup ((const char *) sqlite3_column_text (s, 0));
  sqlite3_finalize (s);
  return mode;
}

/* Imports @handle as one batch announced as @expected_bytes large; what the journal mode
 * was inside it. Commits, or rolls back when @commit is FALSE. */
static char *
import_account (sqlite3    *db,
                const char *handle,
                guint64     expected_bytes,
                gboolean    commit)
{
  g_autoptr(GError) error = NULL;
  MrImportWriter *writer = mr_import_writer_new (db, &error);
  MrImportSink *sink = mr_import_writer_get_sink (writer);
  MrImportAccount account;
  char *mode;

  g_assert_no_error (error);
  g_assert_true (mr_import_writer_begin (writer, expected_bytes, &error));
  g_assert_no_error (error);
  g_assert_true (mr_import_writer_begin_file (writer, &error));
  mr_import_account_init (&account);
  account.platform = MR_PLATFORM_INSTAGRAM;
  account.handle = handle;
  g_assert_true (sink->klass->account (sink, &account, &error));
  g_assert_no_error (error);
  g_assert_true (mr_import_writer_end_file (writer, TRUE, "list.csv", "roster", handle, 1,
                                            &error));
  mode = journal_mode (db);
  if (commit)
    g_assert_true (mr_import_writer_commit (writer, "test", &error));
  else
    mr_import_writer_rollback (writer);
  g_assert_no_error (error);
  mr_import_writer_free (writer);
  return mode;
}

static gint64
count_accounts (sqlite3 *db)
{
  sqlite3_stmt *s = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count(*) FROM account", -1, &s, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (s), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (s, 0);
  sqlite3_finalize (s);
  return n;
}

/* A large import alone on the database writes through a rollback journal; with the
 * window's connection open it keeps the write-ahead log; either way the database is in
 * WAL mode again afterwards, committed or rolled back. */
static void
test_large_import_journal (Fixture       *fixture,
                           gconstpointer  user_data)
{
  const guint64 large = G_GUINT64_CONSTANT (1) << 30;
  g_autoptr(GError) error = NULL;
  sqlite3 *db = fixture->db, *other;
  char *mode;

  mode = import_account (db, "small", 1024, TRUE);
  g_assert_cmpstr (mode, ==, "wal");
  g_free (mode);

  mode = import_account (db, "large", large, TRUE);
  g_assert_cmpstr (mode, ==, "delete");
  g_free (mode);
  mode = journal_mode (db);
  g_assert_cmpstr (mode, ==, "wal");
  g_free (mode);
  g_assert_cmpint (count_accounts (db), ==, 2);

  mode = import_account (db, "undone", large, FALSE);
  g_assert_cmpstr (mode, ==, "delete");
  g_free (mode);
  mode = journal_mode (db);
  g_assert_cmpstr (mode, ==, "wal");
  g_free (mode);
  g_assert_cmpint (count_accounts (db), ==, 2);

  other = mr_store_open_connection (fixture->store, &error);
  g_assert_no_error (error);
  mode = import_account (other, "shared", large, TRUE);
  g_assert_cmpstr (mode, ==, "wal");
  g_free (mode);
  sqlite3_close (other);
  g_assert_cmpint (count_accounts (db), ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/store/transactions/rollback-on-error", test_rollback_on_error);
  ADD ("/store/transactions/nested-rollback", test_nested_rollback);
  ADD ("/store/transactions/orphan-rows", test_orphan_rows);
  ADD ("/store/transactions/large-import-journal", test_large_import_journal);
#undef ADD

  return g_test_run ();
}
