/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-store-faults"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <utime.h>

#include <glib/gstdio.h>

#include "mr-import-plan.h"
#include "mr-store.h"
#include "mr-store-backup.h"
#include "mr-store-private.h"
#include "mr-test-util.h"

/* What the disk and other programs can do to the database: fill the disk, hold a lock,
 * make it read-only, damage it. Each time the user is told so in words, and nothing that
 * was stored is lost: the automatic backup is taken only from a sound database, and
 * restoring it keeps the damaged file. */

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
  g_chmod (fixture->path, 0600);
  mr_test_remove_temp_dir (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

static sqlite3 *
open_raw (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  return db;
}

static gint64
count_in (const char *path,
          const char *sql)
{
  sqlite3 *db = open_raw (path);
  gint64 n = mr_test_query_int (db, sql, 0);

  sqlite3_close (db);
  return n;
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

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (handle) != NULL)
    n++;
  return n;
}

/* A store with three creators, closed: the last connection has checkpointed everything
 * into the file itself. */
static void
make_database (const char *path)
{
  MrStore *store = mr_test_open_store (path);
  const char *names[] = { "Lotte Jansen", "Daan Visser", "Femke de Boer" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_object_unref (mr_test_add_creator (store, names[i], NULL));
  g_assert_finalize_object (store);
}

static void
damage_header (const char *path)
{
  int fd = g_open (path, O_WRONLY, 0);

  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (pwrite (fd, "Dit is geen database meer.", 26, 0), ==, 26);
  g_assert_true (g_close (fd, NULL));
}

static void
date_file (const char *path,
           GDateTime  *time)
{
  struct utimbuf times = { g_date_time_to_unix (time), g_date_time_to_unix (time) };

  g_assert_cmpint (g_utime (path, &times), ==, 0);
}

/* The backup is a sound, complete copy; it is due again only on another day, and only
 * when the database changed; the one before is kept. */
static void
test_backup (Fixture       *fixture,
             gconstpointer  user_data)
{
  g_autofree char *backup = mr_store_backup_get_path (fixture->path);
  g_autofree char *previous = mr_store_backup_get_previous_path (fixture->path);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) yesterday = g_date_time_add_days (now, -1);
  g_autoptr(GDateTime) taken = NULL;
  g_autoptr(GError) error = NULL;
  MrStore *store;

  g_assert_false (mr_store_backup_is_due (fixture->path, now));
  g_assert_null (mr_store_backup_get_time (fixture->path));
  make_database (fixture->path);
  g_assert_true (mr_store_backup_is_due (fixture->path, now));

  g_assert_true (mr_store_backup_make (fixture->path, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_in (backup, "SELECT count(*) FROM creator"), ==, 3);
  g_assert_cmpint (count_in (backup, "PRAGMA user_version"), ==, MR_STORE_SCHEMA_VERSION);
  g_assert_false (g_file_test (previous, G_FILE_TEST_EXISTS));
  taken = mr_store_backup_get_time (fixture->path);
  g_assert_nonnull (taken);
  g_assert_cmpint (g_date_time_difference (now, taken), <=, 2 * G_TIME_SPAN_SECOND);
  /* The database and its copy: no temporary file is left. */
  g_assert_cmpuint (count_files (fixture->dir), ==, 2);

  /* Taken today: not due again today, even after a change. */
  store = mr_test_open_store (fixture->path);
  g_object_unref (mr_test_add_creator (store, "Sem Bakker", NULL));
  g_assert_false (mr_store_backup_is_due (fixture->path, now));

  /* Taken yesterday: due, as the database changed since; but not without a change. */
  date_file (backup, yesterday);
  g_assert_true (mr_store_backup_is_due (fixture->path, now));
  g_assert_finalize_object (store);
  date_file (fixture->path, yesterday);
  g_assert_false (mr_store_backup_is_due (fixture->path, now));

  /* A store open and writing meanwhile does not stand in the way. */
  store = mr_test_open_store (fixture->path);
  g_assert_true (mr_store_backup_make (fixture->path, NULL, &error));
  g_assert_no_error (error);
  g_object_unref (mr_test_add_creator (store, "Noor Smit", NULL));
  g_assert_cmpint (count_in (backup, "SELECT count(*) FROM creator"), ==, 4);
  g_assert_cmpint (count_in (previous, "SELECT count(*) FROM creator"), ==, 3);
  g_assert_finalize_object (store);
}

/* A damaged database is never copied over a good backup. */
static void
test_backup_refuses_damage (Fixture       *fixture,
                            gconstpointer  user_data)
{
  g_autofree char *backup = mr_store_backup_get_path (fixture->path);
  g_autofree char *previous = mr_store_backup_get_previous_path (fixture->path);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  guint n_files;

  make_database (fixture->path);
  g_assert_true (mr_store_backup_make (fixture->path, NULL, &error));
  g_assert_no_error (error);
  before = read_bytes (backup);
  n_files = count_files (fixture->dir);

  /* An index the store does not read at once: only the check finds it. */
  mr_test_damage_page (fixture->path, "account_creator");
  g_assert_false (mr_store_backup_make (fixture->path, NULL, &error));
  g_assert_error (error, MR_STORE_ERROR, MR_STORE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "damaged"));

  after = read_bytes (backup);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_false (g_file_test (previous, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_files (fixture->dir), ==, n_files);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

/* Damage found while the store reads: the store says so, in an error and in
 * MrStore:damaged, which the window answers by offering the backup. */
static void
test_damage_found_later (Fixture       *fixture,
                         gconstpointer  user_data)
{
  MrStore *store = mr_test_open_store (fixture->path);
  g_autoptr(MrCreator) creator = mr_test_add_creator (store, "Lotte Jansen", "lotte.leest");
  g_autoptr(MrAccount) account = g_list_model_get_item (mr_creator_get_accounts (creator), 0);
  g_autoptr(GPtrArray) posts = NULL;
  g_autoptr(GError) error = NULL;
  gint64 account_id = mr_account_get_id (account);
  guint notified = 0;

  mr_test_exec_id (mr_store_get_handle (store),
                   "INSERT INTO post (account_id, external_id, likes) VALUES (?1, 'v1', 40)",
                   account_id);
  g_assert_finalize_object (store);
  mr_test_damage_page (fixture->path, "post");

  store = mr_test_open_store (fixture->path);
  g_signal_connect (store, "notify::damaged", G_CALLBACK (count_notify), &notified);
  g_assert_false (mr_store_get_damaged (store));

  posts = mr_store_list_posts (store, account_id, &error);
  g_assert_null (posts);
  g_assert_error (error, MR_STORE_ERROR, MR_STORE_ERROR_CORRUPT);
  g_assert_true (mr_store_get_damaged (store));
  g_assert_cmpuint (notified, ==, 1);
  g_clear_error (&error);

  /* Said once. */
  g_assert_null (mr_store_list_posts (store, account_id, &error));
  g_assert_cmpuint (notified, ==, 1);
  g_assert_finalize_object (store);
}

/* Restoring: the damaged file and its write-ahead log move aside under a new name, the
 * backup goes in its place (and stays), and the store opens it with the creators. */
static void
test_restore (Fixture       *fixture,
              gconstpointer  user_data)
{
  g_autofree char *backup = mr_store_backup_get_path (fixture->path);
  g_autofree char *damaged_wal = NULL;
  g_autofree char *damaged_path = NULL;
  g_autofree char *wal = NULL;
  g_autoptr(GBytes) wal_bytes = NULL;
  g_autoptr(GDateTime) taken = NULL;
  g_autoptr(GDateTime) restored_time = NULL;
  g_autoptr(GBytes) damaged_bytes = NULL;
  g_autoptr(GBytes) moved_bytes = NULL;
  g_autoptr(GError) error = NULL;
  MrStore *store;
  sqlite3 *writer;

  make_database (fixture->path);
  g_assert_true (mr_store_backup_make (fixture->path, NULL, &error));
  g_assert_no_error (error);
  taken = mr_store_backup_get_time (fixture->path);

  /* Damaged, with a write-ahead log left beside it, as a crash leaves one. */
  mr_test_damage_page (fixture->path, "creator");
  writer = open_raw (fixture->path);
  mr_test_exec (writer, "PRAGMA wal_autocheckpoint = 0; CREATE TABLE leftover (x)");
  wal = g_strconcat (fixture->path, "-wal", NULL);
  wal_bytes = read_bytes (wal);
  sqlite3_close (writer);
  g_assert_true (g_file_set_contents (wal, g_bytes_get_data (wal_bytes, NULL),
                                      g_bytes_get_size (wal_bytes), NULL));
  damaged_bytes = read_bytes (fixture->path);

  store = mr_store_open (fixture->path, &error);
  g_assert_null (store);
  g_assert_error (error, MR_STORE_ERROR, MR_STORE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "automatic backup"));
  g_clear_error (&error);

  g_assert_true (mr_store_backup_restore (fixture->path, &restored_time, &damaged_path, &error));
  g_assert_no_error (error);
  g_assert_true (g_date_time_equal (restored_time, taken));
  g_assert_nonnull (damaged_path);
  g_assert_true (g_str_has_prefix (damaged_path, fixture->path));
  g_assert_nonnull (strstr (damaged_path, ".damaged-"));
  moved_bytes = read_bytes (damaged_path);
  g_assert_true (g_bytes_equal (moved_bytes, damaged_bytes));
  damaged_wal = g_strconcat (damaged_path, "-wal", NULL);
  g_assert_true (g_file_test (damaged_wal, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (backup, G_FILE_TEST_EXISTS));

  store = mr_test_open_store (fixture->path);
  g_assert_cmpuint (g_list_model_get_n_items (mr_store_get_creators (store)), ==, 3);
  g_assert_finalize_object (store);
}

/* A damaged newest backup: the one before it is restored. No backup at all: nothing
 * moves. */
static void
test_restore_fallback (Fixture       *fixture,
                       gconstpointer  user_data)
{
  g_autofree char *backup = mr_store_backup_get_path (fixture->path);
  g_autofree char *previous = mr_store_backup_get_previous_path (fixture->path);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) yesterday = g_date_time_add_days (now, -1);
  g_autoptr(GDateTime) restored_time = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *damaged_path = NULL;
  MrStore *store;

  make_database (fixture->path);
  g_assert_false (mr_store_backup_restore (fixture->path, NULL, NULL, &error));
  g_assert_error (error, MR_STORE_ERROR, MR_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpuint (count_files (fixture->dir), ==, 1);

  g_assert_true (mr_store_backup_make (fixture->path, NULL, &error));
  g_assert_no_error (error);
  date_file (backup, yesterday);
  store = mr_test_open_store (fixture->path);
  g_object_unref (mr_test_add_creator (store, "Sem Bakker", NULL));
  g_assert_finalize_object (store);
  g_assert_true (mr_store_backup_make (fixture->path, NULL, &error));
  g_assert_no_error (error);

  damage_header (backup);
  damage_header (fixture->path);
  g_assert_true (mr_store_backup_restore (fixture->path, &restored_time, &damaged_path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_date_time_to_unix (restored_time), ==, g_date_time_to_unix (yesterday));
  g_assert_cmpint (count_in (fixture->path, "SELECT count(*) FROM creator"), ==, 3);
  g_assert_true (g_file_test (previous, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (damaged_path, G_FILE_TEST_EXISTS));

  /* Both backups damaged: said so, and nothing moves. */
  damage_header (previous);
  damage_header (fixture->path);
  g_clear_pointer (&damaged_path, g_free);
  g_assert_false (mr_store_backup_restore (fixture->path, NULL, &damaged_path, &error));
  g_assert_error (error, MR_STORE_ERROR, MR_STORE_ERROR_CORRUPT);
  g_assert_null (damaged_path);
  g_assert_cmpuint (count_files (fixture->dir), ==, 4);
}

/* A garbage header is a damaged Microreach database when there is a backup of it, and a
 * foreign file otherwise. */
static void
test_damaged_header (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  MrStore *store;

  make_database (fixture->path);
  damage_header (fixture->path);
  store = mr_store_open (fixture->path, &error);
  g_assert_null (store);
  g_assert_error (error, MR_STORE_ERROR, MR_STORE_ERROR_NOT_A_DATABASE);
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (fixture->path, "", 0, NULL));
  make_database (fixture->path);
  g_assert_true (mr_store_backup_make (fixture->path, NULL, &error));
  g_assert_no_error (error);
  damage_header (fixture->path);
  store = mr_store_open (fixture->path, &error);
  g_assert_null (store);
  g_assert_error (error, MR_STORE_ERROR, MR_STORE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "is damaged"));
}

static MrImportPlan *
scan_roster (const char *path,
             guint       n_rows)
{
  g_autoptr(GString) csv = g_string_new ("Naam,Gebruikersnaam,Kanaal,Volgers\n");
  g_autoptr(MrImportPlan) plan = mr_import_plan_new ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < n_rows; i++)
    g_string_append_printf (csv, "Maker %u,maker.%u,TikTok,%u\n", i, i, 1000 + i);
  g_assert_true (g_file_set_contents (path, csv->str, csv->len, NULL));

  g_assert_true (mr_import_plan_add_files (plan, &file, 1, NULL, &error));
  g_assert_true (mr_import_plan_scan (plan, MR_IMPORT_SCAN_FULL, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&plan);
}

/* A full disk (SQLite's page limit stands in for it): an edit and an import fail saying
 * so, and nothing of them was saved. */
static void
test_disk_full (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autofree char *roster = g_build_filename (fixture->dir, "makers.csv", NULL);
  g_autoptr(MrImportPlan) plan = scan_roster (roster, 200);
  g_autoptr(MrCreator) creator = mr_creator_new ("Sem Bakker");
  g_autoptr(GString) notes = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  MrStore *store;
  sqlite3 *db;

  make_database (fixture->path);
  store = mr_test_open_store (fixture->path);
  db = mr_store_get_handle (store);
  /* The limit cannot go below the file's size: it becomes that size. */
  mr_test_exec (db, "PRAGMA max_page_count = 1");
  g_assert_cmpint (mr_test_query_int (db, "PRAGMA max_page_count", 0), ==,
                   mr_test_query_int (db, "PRAGMA page_count", 0));

  /* Notes of a few pages need pages the file does not have. */
  for (guint i = 0; i < 2000; i++)
    g_string_append (notes, "Bakt brood. ");
  mr_creator_set_notes (creator, notes->str);
  g_assert_false (mr_store_add_creator (store, creator, &error));
  g_assert_error (error, MR_STORE_ERROR, MR_STORE_ERROR_FULL);
  g_assert_nonnull (strstr (error->message, "is full, so nothing was saved"));
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (mr_store_get_creators (store)), ==, 3);
  g_assert_cmpint (mr_test_query_int (db, "SELECT count(*) FROM creator", 0), ==, 3);

  g_assert_false (mr_import_plan_run (plan, db, NULL, NULL, NULL, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "is full, so nothing was saved"));
  g_assert_cmpint (mr_test_query_int (db, "SELECT count(*) FROM creator", 0), ==, 3);
  g_assert_cmpint (mr_test_query_int (db, "SELECT count(*) FROM import_log", 0), ==, 0);
  g_assert_finalize_object (store);

  g_assert_cmpint (count_in (fixture->path, "SELECT count(*) FROM creator"), ==, 3);
}

/* Another program holds the write lock: an edit waits, then says who to look for; the
 * backup, which only reads, goes ahead without what is not committed. */
static void
test_locked (Fixture       *fixture,
             gconstpointer  user_data)
{
  g_autofree char *backup = mr_store_backup_get_path (fixture->path);
  g_autoptr(MrCreator) creator = mr_creator_new ("Sem Bakker");
  g_autoptr(GError) error = NULL;
  MrStore *store;
  sqlite3 *other;

  make_database (fixture->path);
  store = mr_test_open_store (fixture->path);
  other = open_raw (fixture->path);
  mr_test_exec (other, "BEGIN EXCLUSIVE; INSERT INTO creator (name) VALUES ('Noor Smit')");

  sqlite3_busy_timeout (mr_store_get_handle (store), 50);
  g_assert_false (mr_store_add_creator (store, creator, &error));
  g_assert_error (error, MR_STORE_ERROR, MR_STORE_ERROR_BUSY);
  g_assert_nonnull (strstr (error->message, "Another program, perhaps another Microreach, is using"));
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (mr_store_get_creators (store)), ==, 3);

  g_assert_true (mr_store_backup_make (fixture->path, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_in (backup, "SELECT count(*) FROM creator"), ==, 3);

  mr_test_exec (other, "ROLLBACK");
  sqlite3_close (other);
  g_assert_finalize_object (store);
}

/* A file the user may not write: the store opens it for reading and says so; a change
 * fails in words and leaves the file as it was; an older file is not migrated. */
static void
test_read_only (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(MrCreator) creator = mr_creator_new ("Sem Bakker");
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  MrStore *store;
  sqlite3 *db;
  int fd;

  make_database (fixture->path);
  before = read_bytes (fixture->path);
  g_assert_cmpint (g_chmod (fixture->path, 0444), ==, 0);

  mr_test_respect_file_modes (TRUE);
  /* The test would prove nothing if the file were still writable. */
  fd = g_open (fixture->path, O_WRONLY, 0);
  g_assert_cmpint (fd, ==, -1);
  g_assert_cmpint (errno, ==, EACCES);

  store = mr_test_open_store (fixture->path);
  g_assert_true (mr_store_get_read_only (store));
  g_assert_cmpuint (g_list_model_get_n_items (mr_store_get_creators (store)), ==, 3);
  g_assert_false (mr_store_add_creator (store, creator, &error));
  g_assert_error (error, MR_STORE_ERROR, MR_STORE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "is read-only, so nothing can be saved"));
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (mr_store_get_creators (store)), ==, 3);
  g_assert_finalize_object (store);

  mr_test_respect_file_modes (FALSE);
  g_assert_cmpint (g_chmod (fixture->path, 0644), ==, 0);
  db = open_raw (fixture->path);
  mr_test_exec (db, "PRAGMA user_version = 2");
  sqlite3_close (db);
  g_assert_cmpint (g_chmod (fixture->path, 0444), ==, 0);
  g_clear_pointer (&before, g_bytes_unref);
  before = read_bytes (fixture->path);

  mr_test_respect_file_modes (TRUE);
  store = mr_store_open (fixture->path, &error);
  mr_test_respect_file_modes (FALSE);
  g_assert_null (store);
  g_assert_error (error, MR_STORE_ERROR, MR_STORE_ERROR_READ_ONLY);

  after = read_bytes (fixture->path);
  g_assert_true (g_bytes_equal (before, after));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/store-faults/backup", test_backup);
  ADD ("/store-faults/backup-refuses-damage", test_backup_refuses_damage);
  ADD ("/store-faults/damage-found-later", test_damage_found_later);
  ADD ("/store-faults/restore", test_restore);
  ADD ("/store-faults/restore-fallback", test_restore_fallback);
  ADD ("/store-faults/damaged-header", test_damaged_header);
  ADD ("/store-faults/disk-full", test_disk_full);
  ADD ("/store-faults/locked", test_locked);
  ADD ("/store-faults/read-only", test_read_only);
#undef ADD

  return g_test_run ();
}
