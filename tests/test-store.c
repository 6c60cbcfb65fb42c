/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-store"

#include "config.h"

#include <math.h>

#include <glib/gstdio.h>

#include "mr-store.h"
#include "mr-store-private.h"
#include "mr-test-util.h"

typedef struct {
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  fixture->dir = mr_test_make_temp_dir ();
  fixture->path = g_build_filename (fixture->dir, "microreach.db", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  mr_test_remove_temp_dir (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

/* A second connection, as another program (or an older Microreach) would have. */
static sqlite3 *
open_raw (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL), ==, SQLITE_OK);
  return db;
}

static gboolean
exists_with_suffix (const char *path,
                    const char *suffix)
{
  g_autofree char *other = g_strconcat (path, suffix, NULL);

  return g_file_test (other, G_FILE_TEST_EXISTS);
}

static GBytes *
read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

static void
close_store (MrStore *store)
{
  g_assert_finalize_object (store);
}

/* Borrowed: the creator's list keeps the account alive. */
static MrAccount *
first_account (MrCreator *creator)
{
  g_autoptr(MrAccount) account = g_list_model_get_item (mr_creator_get_accounts (creator), 0);

  return account;
}

static const char * const design_tables[] = {
  "creator", "account", "follower_snapshot", "post", "daily_stat", "audience", "activity",
  "checklist", "campaign", "campaign_member", "campaign_result", "search_stat", "moment",
  "import_log",
};

static void
test_create (Fixture       *fixture,
             gconstpointer  user_data)
{
  g_autofree char *nested = g_build_filename (fixture->dir, "new", "folder", "my.db", NULL);
  g_autofree char *folder = g_path_get_dirname (nested);
  g_autoptr(MrStore) store = mr_test_open_store (nested);
  sqlite3 *db = mr_store_get_handle (store);
  sqlite3_stmt *stmt = NULL;
  GStatBuf st;

  g_assert_cmpstr (mr_store_get_path (store), ==, nested);
  g_assert_cmpint (mr_store_get_schema_version (store), ==, MR_STORE_SCHEMA_VERSION);
  g_assert_cmpint (mr_test_query_int (db, "PRAGMA user_version", 0), ==, MR_STORE_SCHEMA_VERSION);
  g_assert_cmpint (mr_test_query_int (db, "PRAGMA foreign_keys", 0), ==, 1);
  g_assert_null (mr_store_get_backup_path (store));

  g_assert_cmpint (g_stat (folder, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);

  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA journal_mode", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "wal");
  sqlite3_finalize (stmt);

  for (guint i = 0; i < G_N_ELEMENTS (design_tables); i++)
    {
      g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count(*) FROM sqlite_master"
                                               "  WHERE type = 'table' AND name = ?1",
                                           -1, &stmt, NULL), ==, SQLITE_OK);
      sqlite3_bind_text (stmt, 1, design_tables[i], -1, SQLITE_STATIC);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
      if (sqlite3_column_int (stmt, 0) != 1)
        g_error ("table %s is missing", design_tables[i]);
      sqlite3_finalize (stmt);
    }

  g_assert_cmpuint (g_list_model_get_n_items (mr_store_get_creators (store)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (mr_store_get_campaigns (store)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (mr_store_get_moments (store)), ==, 0);

  close_store (g_steal_pointer (&store));
  /* The last connection checkpoints and removes its WAL files. */
  g_assert_false (exists_with_suffix (nested, "-wal"));
}

static void
test_reopen (Fixture       *fixture,
             gconstpointer  user_data)
{
  /* Characters that mean something in SQLite's file: URIs. */
  g_autofree char *path = g_build_filename (fixture->dir, "100% sure? #1", "data.db", NULL);
  MrStore *store = mr_test_open_store (path);
  g_autoptr(MrCreator) creator = mr_test_add_creator (store, "Sanne", "sanne.bakt");
  g_autoptr(MrCreator) loaded = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *connection;
  MrAccount *account;

  close_store (store);
  store = mr_test_open_store (path);

  g_assert_cmpint (mr_store_get_schema_version (store), ==, MR_STORE_SCHEMA_VERSION);
  g_assert_null (mr_store_get_backup_path (store));
  g_assert_cmpint (mr_test_query_int (mr_store_get_handle (store), "PRAGMA foreign_keys", 0), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (mr_store_get_creators (store)), ==, 1);
  loaded = g_list_model_get_item (mr_store_get_creators (store), 0);
  g_assert_true (loaded != creator);
  g_assert_cmpint (mr_creator_get_id (loaded), ==, mr_creator_get_id (creator));
  g_assert_cmpstr (mr_creator_get_name (loaded), ==, "Sanne");
  account = first_account (loaded);
  g_assert_cmpstr (mr_account_get_handle (account), ==, "sanne.bakt");
  g_assert_cmpint (mr_account_get_creator_id (account), ==, mr_creator_get_id (loaded));
  g_assert_cmpint (mr_account_get_followers (account), ==, MR_UNKNOWN_COUNT);

  /* A worker's own connection follows the same rules: deleting cascades. */
  connection = mr_store_open_connection (store, &error);
  g_assert_no_error (error);
  mr_test_exec_id (connection, "DELETE FROM creator WHERE id = ?1", mr_creator_get_id (loaded));
  g_assert_cmpint (mr_test_query_int (connection, "SELECT count(*) FROM account", 0), ==, 0);
  sqlite3_close (connection);

  g_clear_object (&loaded);
  close_store (store);
}

static const char extra_step[] =
  "CREATE TABLE extra (note TEXT);"
  "ALTER TABLE creator ADD COLUMN rating INTEGER;";

#define NEXT_VERSION (MR_STORE_SCHEMA_VERSION + 1)

/* This version's migrations and one more, @next. */
static const char **
migrations_and (const char *next)
{
  const char **migrations = g_new0 (const char *, NEXT_VERSION + 1);

  for (int i = 1; i <= MR_STORE_SCHEMA_VERSION; i++)
    migrations[i] = mr_store_migrations[i];
  migrations[NEXT_VERSION] = next;
  return migrations;
}

static void
test_migrate (Fixture       *fixture,
              gconstpointer  user_data)
{
  g_autofree const char **migrations = migrations_and (extra_step);
  g_autoptr(GError) error = NULL;
  g_autoptr(MrCreator) creator = NULL;
  g_autofree char *expected_backup = g_strdup_printf ("%s.v%d.bak", fixture->path,
                                                      MR_STORE_SCHEMA_VERSION);
  MrStore *store = mr_test_open_store (fixture->path);
  sqlite3 *db;

  g_object_unref (mr_test_add_creator (store, "Daan", "daan"));
  close_store (store);

  store = mr_store_open_with_migrations (fixture->path, migrations, NEXT_VERSION, &error);
  g_assert_no_error (error);
  g_assert_cmpint (mr_store_get_schema_version (store), ==, NEXT_VERSION);
  g_assert_cmpint (mr_test_query_int (mr_store_get_handle (store), "PRAGMA user_version", 0),
                   ==, NEXT_VERSION);
  g_assert_cmpint (mr_test_query_int (mr_store_get_handle (store),
                              "SELECT count(*) FROM sqlite_master WHERE name = 'extra'", 0), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (mr_store_get_creators (store)), ==, 1);
  creator = g_list_model_get_item (mr_store_get_creators (store), 0);
  g_assert_cmpstr (mr_creator_get_name (creator), ==, "Daan");
  g_assert_cmpuint (g_list_model_get_n_items (mr_creator_get_accounts (creator)), ==, 1);

  /* The copy is the file as it was: this version, with its data, and usable. */
  g_assert_cmpstr (mr_store_get_backup_path (store), ==, expected_backup);
  g_assert_true (g_file_test (expected_backup, G_FILE_TEST_IS_REGULAR));
  db = open_raw (expected_backup);
  g_assert_cmpint (mr_test_query_int (db, "PRAGMA user_version", 0), ==, MR_STORE_SCHEMA_VERSION);
  g_assert_cmpint (mr_test_query_int (db, "SELECT count(*) FROM creator WHERE name = 'Daan'", 0), ==, 1);
  g_assert_cmpint (mr_test_query_int (db, "SELECT count(*) FROM account", 0), ==, 1);
  g_assert_cmpint (mr_test_query_int (db, "SELECT count(*) FROM sqlite_master WHERE name = 'extra'", 0),
                   ==, 0);
  sqlite3_close (db);

  g_clear_object (&creator);
  close_store (store);

  /* Opening the migrated file again needs no further copy. */
  store = mr_store_open_with_migrations (fixture->path, migrations, NEXT_VERSION, &error);
  g_assert_no_error (error);
  g_assert_null (mr_store_get_backup_path (store));
  close_store (store);
}

static void
assert_migration_fails (Fixture    *fixture,
                        const char *broken_step)
{
  g_autofree const char **migrations = migrations_and (broken_step);
  g_autoptr(GError) error = NULL;
  MrStore *store;
  sqlite3 *db;

  store = mr_store_open_with_migrations (fixture->path, migrations, NEXT_VERSION, &error);
  g_assert_null (store);
  g_assert_error (error, MR_STORE_ERROR, MR_STORE_ERROR_FAILED);
  g_assert_null (strchr (error->message, '\n'));

  db = open_raw (fixture->path);
  g_assert_cmpint (mr_test_query_int (db, "PRAGMA user_version", 0), ==, MR_STORE_SCHEMA_VERSION);
  g_assert_cmpint (mr_test_query_int (db, "SELECT count(*) FROM sqlite_master WHERE name = 'extra'", 0),
                   ==, 0);
  g_assert_cmpint (mr_test_query_int (db, "SELECT count(*) FROM creator WHERE name = 'Daan'", 0), ==, 1);
  g_assert_cmpint (mr_test_query_int (db, "SELECT count(*) FROM account", 0), ==, 1);
  sqlite3_close (db);
}

/* Version 3 turns a member's free-text deliverables into one item without a due day. */
static void
test_migrate_deliverables (Fixture       *fixture,
                           gconstpointer  user_data)
{
  g_autoptr(MrCampaign) campaign = NULL;
  g_autoptr(MrCampaignMember) member = NULL;
  g_autoptr(MrDeliverable) deliverable = NULL;
  sqlite3 *db = open_raw (fixture->path);
  MrStore *store;

  g_assert_cmpint (sqlite3_exec (db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, mr_store_migrations[1], NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, mr_store_migrations[2], NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
                                 "PRAGMA user_version = 2; PRAGMA application_id = 1297245032;"
                                 "INSERT INTO creator (id, name) VALUES (1, 'Daan');"
                                 "INSERT INTO campaign (id, name) VALUES (1, 'Lente');"
                                 "INSERT INTO campaign_member (campaign_id, creator_id, deliverables)"
                                 "  VALUES (1, 1, ' 2 Reels en 1 story '), (1, 1, '  ');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  store = mr_test_open_store (fixture->path);
  campaign = g_list_model_get_item (mr_store_get_campaigns (store), 0);
  member = g_list_model_get_item (mr_campaign_get_members (campaign), 0);
  g_assert_cmpuint (g_list_model_get_n_items (mr_campaign_member_get_deliverables (member)), ==, 1);
  deliverable = g_list_model_get_item (mr_campaign_member_get_deliverables (member), 0);
  g_assert_cmpstr (mr_deliverable_get_title (deliverable), ==, "2 Reels en 1 story");
  g_assert_null (mr_deliverable_get_due_date (deliverable));
  g_assert_false (mr_deliverable_get_done (deliverable));
  g_assert_cmpint (mr_test_query_int (mr_store_get_handle (store),
                                      "SELECT count(*) FROM campaign_deliverable", 0), ==, 1);
  g_clear_object (&deliverable);
  g_clear_object (&member);
  g_clear_object (&campaign);
  close_store (store);
}

static void
test_migrate_failure (Fixture       *fixture,
                      gconstpointer  user_data)
{
  MrStore *store = mr_test_open_store (fixture->path);
  g_autoptr(MrCreator) creator = NULL;

  g_object_unref (mr_test_add_creator (store, "Daan", "daan"));
  close_store (store);

  assert_migration_fails (fixture, "CREATE TABLE extra (note TEXT);"
                                   "INSERT INTO no_such_table VALUES (1);");
  /* A step that would leave a dangling reference is refused as well. */
  assert_migration_fails (fixture, "CREATE TABLE extra (note TEXT);"
                                   "INSERT INTO account (creator_id, platform, handle)"
                                   "  VALUES (999, 'tiktok', 'nobody');");

  /* This version still opens the untouched file, with its data. */
  store = mr_test_open_store (fixture->path);
  g_assert_cmpuint (g_list_model_get_n_items (mr_store_get_creators (store)), ==, 1);
  creator = g_list_model_get_item (mr_store_get_creators (store), 0);
  g_assert_cmpstr (mr_creator_get_name (creator), ==, "Daan");
  g_clear_object (&creator);
  close_store (store);
}

static void
assert_refused_untouched (const char   *path,
                          MrStoreError  code)
{
  g_autoptr(GBytes) before = read_bytes (path);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_filename_display_name (path);
  MrStore *store;

  store = mr_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, MR_STORE_ERROR, (int) code);
  g_assert_nonnull (strstr (error->message, name));
  g_assert_null (strchr (error->message, '\n'));

  after = read_bytes (path);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_false (exists_with_suffix (path, "-wal"));
  g_assert_false (exists_with_suffix (path, "-shm"));
  g_assert_false (exists_with_suffix (path, "-journal"));
}

static void
test_refuse_not_a_database (Fixture       *fixture,
                            gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  guint8 noise[4096];

  for (guint i = 0; i < sizeof noise; i++)
    noise[i] = (guint8) g_random_int_range (0, 256);
  g_file_set_contents (fixture->path, (const char *) noise, sizeof noise, &error);
  g_assert_no_error (error);

  assert_refused_untouched (fixture->path, MR_STORE_ERROR_NOT_A_DATABASE);
}

static void
test_refuse_foreign_database (Fixture       *fixture,
                              gconstpointer  user_data)
{
  sqlite3 *db = open_raw (fixture->path);

  mr_test_exec (db, "CREATE TABLE bookmarks (url TEXT); INSERT INTO bookmarks VALUES ('x');");
  sqlite3_close (db);

  assert_refused_untouched (fixture->path, MR_STORE_ERROR_NOT_A_DATABASE);
}

static void
test_refuse_too_new (Fixture       *fixture,
                     gconstpointer  user_data)
{
  /* Written the way a future Microreach would: WAL mode, our application id. */
  sqlite3 *db = open_raw (fixture->path);

  mr_test_exec (db, "PRAGMA journal_mode = WAL;"
                "PRAGMA application_id = 1297245032;"
                "CREATE TABLE creator (id INTEGER PRIMARY KEY, name TEXT);"
                "INSERT INTO creator (name) VALUES ('from the future');"
                "PRAGMA user_version = 999;");
  sqlite3_close (db);
  g_assert_false (exists_with_suffix (fixture->path, "-wal"));

  assert_refused_untouched (fixture->path, MR_STORE_ERROR_TOO_NEW);

  /* Without the id too: anything claiming a newer schema is left alone. */
  db = open_raw (fixture->path);
  mr_test_exec (db, "PRAGMA application_id = 0;");
  sqlite3_close (db);
  assert_refused_untouched (fixture->path, MR_STORE_ERROR_TOO_NEW);
}

static void
test_cascade (Fixture       *fixture,
              gconstpointer  user_data)
{
  static const char * const owned_by_account[] = {
    "SELECT count(*) FROM follower_snapshot WHERE account_id = ?1",
    "SELECT count(*) FROM post WHERE account_id = ?1",
    "SELECT count(*) FROM daily_stat WHERE account_id = ?1",
    "SELECT count(*) FROM audience WHERE account_id = ?1",
    "SELECT count(*) FROM activity WHERE account_id = ?1",
    "SELECT count(*) FROM import_log WHERE account_id = ?1",
  };
  g_autoptr(MrStore) store = mr_test_open_store (fixture->path);
  g_autoptr(MrCreator) creator = mr_test_add_creator (store, "Noor", "noor");
  g_autoptr(MrCreator) other = mr_test_add_creator (store, "Femke", "femke");
  g_autoptr(MrCampaign) campaign = mr_campaign_new ("Spring launch");
  g_autoptr(MrCampaignMember) member = NULL;
  g_autoptr(MrCampaignMember) other_member = NULL;
  g_autoptr(MrMoment) moment = mr_moment_new ("Pumpkin spice is trending");
  g_autoptr(GError) error = NULL;
  sqlite3 *db = mr_store_get_handle (store);
  gint64 creator_id = mr_creator_get_id (creator);
  gint64 account_id = mr_account_get_id (first_account (creator));
  gint64 member_id;

  g_assert_true (mr_store_add_campaign (store, campaign, &error));
  member = mr_campaign_member_new (creator_id);
  other_member = mr_campaign_member_new (mr_creator_get_id (other));
  g_assert_true (mr_store_add_member (store, campaign, member, &error));
  g_assert_true (mr_store_add_member (store, campaign, other_member, &error));
  mr_moment_set_creator_id (moment, creator_id);
  g_assert_true (mr_store_add_moment (store, moment, &error));
  g_assert_no_error (error);
  member_id = mr_campaign_member_get_id (member);

  mr_test_exec_id (db, "INSERT INTO follower_snapshot (account_id, day, followers) VALUES (?1, '2024-03-01', 1200)", account_id);
  mr_test_exec_id (db, "INSERT INTO post (account_id, external_id) VALUES (?1, 'p1')", account_id);
  mr_test_exec_id (db, "INSERT INTO daily_stat (account_id, day, views) VALUES (?1, '2024-03-01', 5)",
               account_id);
  mr_test_exec_id (db, "INSERT INTO audience (account_id, dimension, bucket, share) VALUES (?1, 'gender', 'female', 0.6)", account_id);
  mr_test_exec_id (db, "INSERT INTO activity (account_id, weekday, hour, active_followers)"
                   "  VALUES (?1, 1, 20, 300)", account_id);
  mr_test_exec_id (db, "INSERT INTO import_log (file_name, content_hash, format, imported_at,"
                   "                        account_id)"
                   "  VALUES ('overview.csv', 'abc', 'tiktok-overview', '2024-03-02', ?1)",
               account_id);
  mr_test_exec_id (db, "INSERT INTO checklist (creator_id, criterion, rating, note) VALUES (?1, 'brand-fit', 4, NULL)", creator_id);
  mr_test_exec_id (db, "INSERT INTO campaign_result (member_id, day, clicks)"
                   "  VALUES (?1, '2024-03-03', 7)", member_id);

  /* A creator in a campaign stays: its fees and results are the campaign's history. */
  g_assert_false (mr_store_remove_creator (store, creator, &error));
  g_assert_error (error, MR_STORE_ERROR, MR_STORE_ERROR_CONSTRAINT);
  g_assert_nonnull (strstr (error->message, "Spring launch"));
  g_clear_error (&error);
  g_assert_cmpint (mr_creator_get_id (creator), ==, creator_id);
  g_assert_cmpuint (g_list_model_get_n_items (mr_store_get_creators (store)), ==, 2);
  g_assert_cmpint (mr_test_query_int (db, "SELECT count(*) FROM campaign_result WHERE member_id = ?1",
                              member_id), ==, 1);

  /* Once out of the campaign, the creator goes with everything that was theirs. */
  g_assert_true (mr_store_remove_member (store, member, &error));
  g_assert_true (mr_store_remove_creator (store, creator, &error));
  g_assert_no_error (error);

  g_assert_cmpint (mr_test_query_int (db, "SELECT count(*) FROM creator WHERE id = ?1", creator_id), ==, 0);
  g_assert_cmpint (mr_test_query_int (db, "SELECT count(*) FROM account WHERE id = ?1", account_id), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (owned_by_account); i++)
    g_assert_cmpint (mr_test_query_int (db, owned_by_account[i], account_id), ==, 0);
  g_assert_cmpint (mr_test_query_int (db, "SELECT count(*) FROM checklist WHERE creator_id = ?1",
                              creator_id), ==, 0);
  g_assert_cmpint (mr_test_query_int (db, "SELECT count(*) FROM campaign_member WHERE id = ?1", member_id),
                   ==, 0);
  g_assert_cmpint (mr_test_query_int (db, "SELECT count(*) FROM campaign_result WHERE member_id = ?1",
                              member_id), ==, 0);
  /* What does not belong to the creator stays, without the reference. */
  g_assert_cmpint (mr_test_query_int (db, "SELECT count(*) FROM campaign", 0), ==, 1);
  g_assert_cmpint (mr_test_query_int (db, "SELECT count(*) FROM campaign_member", 0), ==, 1);
  g_assert_cmpint (mr_test_query_int (db, "SELECT count(*) FROM moment WHERE creator_id IS NULL", 0),
                   ==, 1);

  /* The lists agree with the database. */
  g_assert_cmpuint (g_list_model_get_n_items (mr_store_get_creators (store)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (mr_campaign_get_members (campaign)), ==, 1);
  g_assert_cmpint (mr_moment_get_creator_id (moment), ==, 0);
  g_assert_cmpint (mr_creator_get_id (creator), ==, 0);
  g_assert_cmpint (mr_campaign_member_get_id (member), ==, 0);

  /* Removing the campaign takes its members; the moment loses its campaign. */
  mr_moment_set_campaign_id (moment, mr_campaign_get_id (campaign));
  g_assert_true (mr_store_save_moment (store, moment, &error));
  g_assert_true (mr_store_remove_campaign (store, campaign, &error));
  g_assert_no_error (error);
  g_assert_cmpint (mr_test_query_int (db, "SELECT count(*) FROM campaign_member", 0), ==, 0);
  g_assert_cmpint (mr_test_query_int (db, "SELECT count(*) FROM moment WHERE campaign_id IS NULL", 0),
                   ==, 1);
  g_assert_cmpint (mr_moment_get_campaign_id (moment), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (mr_store_get_campaigns (store)), ==, 0);
}

static void
test_queries (Fixture       *fixture,
              gconstpointer  user_data)
{
  g_autoptr(MrStore) store = mr_test_open_store (fixture->path);
  g_autoptr(MrCreator) creator = mr_test_add_creator (store, "Milan", "milan");
  g_autoptr(MrCampaign) campaign = mr_campaign_new ("Autumn");
  g_autoptr(MrCampaignMember) member = NULL;
  g_autoptr(GArray) history = NULL;
  g_autoptr(GPtrArray) audience = NULL;
  g_autoptr(GArray) results = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db = mr_store_get_handle (store);
  gint64 account_id = mr_account_get_id (first_account (creator));
  MrAudienceShare *share;
  MrResultRow *row;

  member = mr_campaign_member_new (mr_creator_get_id (creator));
  g_assert_true (mr_store_add_campaign (store, campaign, &error));
  g_assert_true (mr_store_add_member (store, campaign, member, &error));
  g_assert_no_error (error);

  mr_test_exec_id (db, "INSERT INTO follower_snapshot (account_id, day, followers) VALUES (?1, '2024-03-02', 1300),"
                   "  (?1, '2024-03-01', 1200), (?1, '2024-03-03', 1250)", account_id);
  mr_test_exec_id (db, "INSERT INTO audience (account_id, dimension, bucket, share) VALUES (?1, 'gender', 'male', 0.3),"
                   "  (?1, 'gender', 'female', 0.7), (?1, 'age', '18-24', 0.5)", account_id);
  mr_test_exec_id (db, "INSERT INTO post (account_id, external_id) VALUES (?1, 'a'), (?1, 'b')",
               account_id);
  mr_test_exec_id (db, "INSERT INTO campaign_result (member_id, day, impressions, clicks, revenue)"
                   "  VALUES (?1, '2024-03-05', 1000, 30, 99.5), (?1, '2024-03-04', NULL, 4, NULL)",
               mr_campaign_member_get_id (member));

  history = mr_store_list_follower_history (store, account_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 3);
  g_assert_cmpstr (g_array_index (history, MrFollowerPoint, 0).date, ==, "2024-03-01");
  g_assert_cmpint (g_array_index (history, MrFollowerPoint, 0).followers, ==, 1200);
  g_assert_cmpstr (g_array_index (history, MrFollowerPoint, 2).date, ==, "2024-03-03");
  g_assert_cmpint (g_array_index (history, MrFollowerPoint, 2).followers, ==, 1250);

  audience = mr_store_list_audience (store, account_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (audience->len, ==, 3);
  share = g_ptr_array_index (audience, 1);
  g_assert_cmpstr (share->dimension, ==, "gender");
  g_assert_cmpstr (share->bucket, ==, "female");
  g_assert_cmpfloat_with_epsilon (share->share, 0.7, 1e-9);

  g_assert_cmpint (mr_store_count_posts (store, account_id, &error), ==, 2);
  g_assert_cmpint (mr_store_count_posts (store, account_id + 100, &error), ==, 0);
  g_assert_no_error (error);

  results = mr_store_list_results (store, mr_campaign_member_get_id (member), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (results->len, ==, 2);
  row = &g_array_index (results, MrResultRow, 0);
  g_assert_cmpstr (row->date, ==, "2024-03-04");
  g_assert_cmpint (row->impressions, ==, MR_UNKNOWN_COUNT);
  g_assert_cmpint (row->clicks, ==, 4);
  g_assert_true (isnan (row->revenue));
  row = &g_array_index (results, MrResultRow, 1);
  g_assert_cmpint (row->impressions, ==, 1000);
  g_assert_cmpfloat_with_epsilon (row->revenue, 99.5, 1e-9);
  g_assert_cmpint (row->reach, ==, MR_UNKNOWN_COUNT);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_reload (Fixture       *fixture,
             gconstpointer  user_data)
{
  g_autoptr(MrStore) store = mr_test_open_store (fixture->path);
  g_autoptr(MrCreator) creator = mr_test_add_creator (store, "Bram", "bram");
  g_autoptr(MrCreator) first = NULL;
  g_autoptr(GError) error = NULL;
  MrAccount *account = first_account (creator);
  sqlite3 *db = open_raw (fixture->path);
  guint name_notifies = 0;
  guint followers_notifies = 0;

  g_signal_connect (creator, "notify::name", G_CALLBACK (count_notify), &name_notifies);
  g_signal_connect (account, "notify::followers", G_CALLBACK (count_notify), &followers_notifies);

  /* Another connection (an import, say) changes and adds rows. */
  mr_test_exec_id (db, "UPDATE creator SET name = 'Abel' WHERE id = ?1", mr_creator_get_id (creator));
  mr_test_exec_id (db, "UPDATE account SET followers = 4200 WHERE id = ?1",
               mr_account_get_id (account));
  mr_test_exec (db, "INSERT INTO creator (name) VALUES ('Chris')");
  sqlite3_close (db);

  g_assert_true (mr_store_reload (store, &error));
  g_assert_no_error (error);

  /* The same objects, updated and notified once, in name order. */
  g_assert_cmpuint (g_list_model_get_n_items (mr_store_get_creators (store)), ==, 2);
  first = g_list_model_get_item (mr_store_get_creators (store), 0);
  g_assert_true (first == creator);
  g_assert_cmpstr (mr_creator_get_name (creator), ==, "Abel");
  g_assert_true (first_account (creator) == account);
  g_assert_cmpint (mr_account_get_followers (account), ==, 4200);
  g_assert_cmpuint (name_notifies, ==, 1);
  g_assert_cmpuint (followers_notifies, ==, 1);

  g_assert_true (mr_store_reload (store, &error));
  g_assert_cmpuint (name_notifies, ==, 1);
  g_assert_cmpuint (followers_notifies, ==, 1);
}

static void
test_errors (Fixture       *fixture,
             gconstpointer  user_data)
{
  g_autoptr(MrStore) store = mr_test_open_store (fixture->path);
  g_autoptr(MrCreator) creator = mr_test_add_creator (store, "Ilse", NULL);
  g_autoptr(MrCreator) nameless = mr_creator_new ("");
  g_autoptr(MrCreator) blocked = mr_creator_new ("Blocked");
  g_autoptr(MrCampaign) campaign = mr_campaign_new ("Winter");
  g_autoptr(GError) error = NULL;
  sqlite3 *other = open_raw (fixture->path);

  g_assert_false (mr_store_add_creator (store, nameless, &error));
  g_assert_error (error, MR_STORE_ERROR, MR_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  /* Campaign fields the schema checks are refused before they reach it, in words. */
  g_object_set (campaign, "start-date", "2024-06-01", "end-date", "2024-05-31", NULL);
  g_assert_false (mr_store_add_campaign (store, campaign, &error));
  g_assert_error (error, MR_STORE_ERROR, MR_STORE_ERROR_CONSTRAINT);
  g_assert_null (strstr (error->message, "CHECK"));
  g_clear_error (&error);
  mr_campaign_set_end_date (campaign, "2024-02-30");
  g_assert_false (mr_store_add_campaign (store, campaign, &error));
  g_assert_error (error, MR_STORE_ERROR, MR_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (mr_store_get_campaigns (store)), ==, 0);
  mr_campaign_set_start_date (campaign, "2024-02-01");
  mr_campaign_set_end_date (campaign, "2024-02-29");
  g_assert_true (mr_store_add_campaign (store, campaign, &error));
  g_assert_no_error (error);
  mr_campaign_set_target_ctr_min (campaign, 6.0);
  g_assert_false (mr_store_save_campaign (store, campaign, &error));
  g_assert_error (error, MR_STORE_ERROR, MR_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  /* Deleted elsewhere: saving says so instead of silently doing nothing. */
  mr_test_exec_id (other, "DELETE FROM creator WHERE id = ?1", mr_creator_get_id (creator));
  mr_creator_set_notes (creator, "met at a fair");
  g_assert_false (mr_store_save_creator (store, creator, &error));
  g_assert_error (error, MR_STORE_ERROR, MR_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Another program holds the write lock. */
  sqlite3_busy_timeout (mr_store_get_handle (store), 50);
  mr_test_exec (other, "BEGIN IMMEDIATE");
  g_assert_false (mr_store_add_creator (store, blocked, &error));
  g_assert_error (error, MR_STORE_ERROR, MR_STORE_ERROR_BUSY);
  g_assert_cmpint (mr_creator_get_id (blocked), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (mr_store_get_creators (store)), ==, 1);
  mr_test_exec (other, "ROLLBACK");
  sqlite3_close (other);
}

static void
test_default_path (void)
{
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (), "microreach",
                                                "microreach.db", NULL);
  g_autofree char *chosen = NULL;
  g_autofree char *fallback = NULL;

  g_setenv ("MICROREACH_DATABASE", "/srv/shared/team.db", TRUE);
  chosen = mr_store_get_default_path ();
  g_assert_cmpstr (chosen, ==, "/srv/shared/team.db");

  g_unsetenv ("MICROREACH_DATABASE");
  fallback = mr_store_get_default_path ();
  g_assert_cmpstr (fallback, ==, expected);
}

/* The figures the metrics read: days as GDate Julian days, times as Unix seconds,
 * and what was not given as unknown, never zero. */
static void
test_metrics_inputs (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autoptr(MrStore) store = mr_test_open_store (fixture->path);
  g_autoptr(MrCreator) creator = mr_test_add_creator (store, "Noor", "noor");
  g_autoptr(GArray) days = NULL;
  g_autoptr(GArray) posts = NULL;
  g_autoptr(GArray) activity = NULL;
  g_autoptr(GArray) ratings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) march_first = g_date_new_dmy (1, G_DATE_MARCH, 2024);
  sqlite3 *db = mr_store_get_handle (store);
  gint64 account_id = mr_account_get_id (first_account (creator));
  gint64 creator_id = mr_creator_get_id (creator);
  const MrPostStats *newest, *oldest;

  mr_test_exec_id (db, "INSERT INTO follower_snapshot (account_id, day, followers) VALUES (?1, '2024-03-01', 1200)", account_id);
  mr_test_exec_id (db, "INSERT INTO follower_snapshot (account_id, day, followers) VALUES (?1, '2024-02-29', 1150)", account_id);
  mr_test_exec_id (db, "INSERT INTO post (account_id, external_id, published_at, likes, comments)"
                       "  VALUES (?1, 'a', '2024-03-01T12:00:00Z', 500, 800)", account_id);
  mr_test_exec_id (db, "INSERT INTO post (account_id, external_id, published_at, views)"
                       "  VALUES (?1, 'b', '2024-02-01T00:00:00Z', 9000)", account_id);
  mr_test_exec_id (db, "INSERT INTO daily_stat (account_id, day, views, profile_views)"
                       "  VALUES (?1, '2024-03-01', 4000, 120)", account_id);
  mr_test_exec_id (db, "INSERT INTO checklist (creator_id, criterion, rating, note) VALUES (?1, 'brand-fit', 4, NULL)", creator_id);
  mr_test_exec_id (db, "INSERT INTO checklist (creator_id, criterion, rating, note) VALUES (?1, 'contact', NULL, 'not asked yet')",
                   creator_id);

  days = mr_store_list_follower_days (store, account_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (days->len, ==, 2);
  g_assert_cmpuint (g_array_index (days, MrFollowerDay, 1).day, ==, g_date_get_julian (march_first));
  g_assert_cmpuint (g_array_index (days, MrFollowerDay, 0).day, ==, g_date_get_julian (march_first) - 1);
  g_assert_cmpint (g_array_index (days, MrFollowerDay, 1).followers, ==, 1200);

  posts = mr_store_list_post_stats (store, account_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (posts->len, ==, 2);
  newest = &g_array_index (posts, MrPostStats, 0);
  oldest = &g_array_index (posts, MrPostStats, 1);
  g_assert_cmpint (newest->published_at, ==, 1709294400);
  g_assert_cmpint (newest->likes, ==, 500);
  g_assert_cmpint (newest->comments, ==, 800);
  g_assert_cmpint (newest->views, ==, MR_METRIC_UNKNOWN);
  g_assert_cmpint (newest->saves, ==, MR_METRIC_UNKNOWN);
  g_assert_cmpint (oldest->views, ==, 9000);
  g_assert_cmpint (oldest->likes, ==, MR_METRIC_UNKNOWN);

  activity = mr_store_list_daily_activity (store, account_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (activity->len, ==, 1);
  g_assert_cmpuint (g_array_index (activity, MrDailyActivity, 0).day, ==, g_date_get_julian (march_first));
  g_assert_cmpint (g_array_index (activity, MrDailyActivity, 0).profile_views, ==, 120);
  g_assert_cmpint (g_array_index (activity, MrDailyActivity, 0).shares, ==, MR_METRIC_UNKNOWN);

  ratings = mr_store_list_checklist_ratings (store, creator_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ratings->len, ==, 2);
  g_assert_cmpint (g_array_index (ratings, int, 0), ==, 4);
  g_assert_cmpint (g_array_index (ratings, int, 1), ==, -1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/store/create", test_create);
  ADD ("/store/reopen", test_reopen);
  ADD ("/store/migrate", test_migrate);
  ADD ("/store/migrate-failure", test_migrate_failure);
  ADD ("/store/migrate-deliverables", test_migrate_deliverables);
  ADD ("/store/refuse/not-a-database", test_refuse_not_a_database);
  ADD ("/store/refuse/foreign-database", test_refuse_foreign_database);
  ADD ("/store/refuse/too-new", test_refuse_too_new);
  ADD ("/store/cascade", test_cascade);
  ADD ("/store/queries", test_queries);
  ADD ("/store/metrics-inputs", test_metrics_inputs);
  ADD ("/store/reload", test_reload);
  ADD ("/store/errors", test_errors);
#undef ADD
  g_test_add_func ("/store/default-path", test_default_path);

  return g_test_run ();
}
