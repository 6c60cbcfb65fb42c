/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-import"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>

#include "mr-import-item.h"
#include "mr-import-plan.h"
#include "mr-import-writer.h"
#include "mr-test-util.h"

/* One import as the user makes it: a folder or files, one batch, all or nothing, the
 * same content twice changing nothing, Undo taking exactly that import back. */

typedef struct {
  char    *dir;
  char    *path;
  MrStore *store;
  sqlite3 *db;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = mr_test_make_temp_dir ();
  fixture->path = g_build_filename (fixture->dir, "test.db", NULL);
  fixture->store = mr_test_open_store (fixture->path);
  fixture->db = mr_store_get_handle (fixture->store);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  mr_test_remove_temp_dir (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static GFile *
data_file (const char *first, ...)
{
  g_autofree char *path = NULL;
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  va_list args;

  g_ptr_array_add (parts, (gpointer) g_test_get_dir (G_TEST_DIST));
  g_ptr_array_add (parts, "data");
  va_start (args, first);
  for (const char *p = first; p != NULL; p = va_arg (args, const char *))
    g_ptr_array_add (parts, (gpointer) p);
  va_end (args);
  g_ptr_array_add (parts, NULL);
  path = g_build_filenamev ((char **) parts->pdata);
  return g_file_new_for_path (path);
}

static gint64
count (Fixture    *fixture,
       const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);

  return mr_test_query_int (fixture->db, sql, 0);
}

static char *
fingerprint (Fixture *fixture)
{
  return mr_test_fingerprint (fixture->db);
}

static MrImportPlan *
import (Fixture     *fixture,
        GFile      **files,
        guint        n_files,
        const char  *creator,
        GError     **error)
{
  g_autoptr(MrImportPlan) plan = mr_import_plan_new ();

  mr_import_plan_set_creator (plan, creator);
  g_assert_true (mr_import_plan_add_files (plan, files, n_files, NULL, NULL));
  g_assert_true (mr_import_plan_scan (plan, MR_IMPORT_SCAN_FULL, fixture->db, NULL, NULL,
                                      NULL, NULL));
  if (!mr_import_plan_run (plan, fixture->db, NULL, NULL, NULL, error))
    return NULL;
  g_assert_true (mr_store_reload (fixture->store, NULL));
  return g_steal_pointer (&plan);
}

static void
test_tiktok_folder (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GFile) folder = data_file ("tiktok", "studio-set", NULL);
  g_autoptr(MrImportPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *result = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  plan = import (fixture, &folder, 1, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (mr_import_plan_get_batch_id (plan), >, 0);

  /* One creator, named by the Content file's video links; every file attributed. */
  g_assert_cmpint (count (fixture, "creator"), ==, 1);
  g_assert_cmpint (mr_test_query_int (fixture->db,
                                      "SELECT count(*) FROM account WHERE platform = 'tiktok'"
                                      " AND handle = 'lotte.bakt'", 0), ==, 1);
  g_assert_cmpint (count (fixture, "import_log"), ==, 7);
  g_assert_cmpint (mr_test_query_int (fixture->db,
                                      "SELECT count(*) FROM import_log WHERE account_id IS NULL",
                                      0), ==, 0);
  g_assert_cmpint (count (fixture, "post"), ==, 5);
  /* 21 days of history, the first three before tracking began. */
  g_assert_cmpint (count (fixture, "follower_snapshot"), ==, 18);
  /* The year-less days end on the download day's eve, across New Year. */
  g_assert_cmpint (mr_test_query_int (fixture->db,
                                      "SELECT count(*) FROM follower_snapshot"
                                      " WHERE day = '2026-01-04' AND followers = 1401", 0), ==, 1);
  g_assert_cmpint (mr_test_query_int (fixture->db,
                                      "SELECT count(*) FROM follower_snapshot"
                                      " WHERE day LIKE '2025-12-%'", 0), >, 0);
  /* The account's count is the latest of its history. */
  g_assert_cmpint (mr_test_query_int (fixture->db, "SELECT followers FROM account", 0), ==, 1401);
  g_assert_cmpint (count (fixture, "audience"), >, 0);
  g_assert_cmpint (count (fixture, "activity"), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (mr_store_get_creators (fixture->store)), ==, 1);

  result = mr_import_plan_describe_result (plan);
  g_assert_true (g_str_has_suffix (result, " for @lotte.bakt"));
  g_assert_nonnull (strstr (result, "18 days of follower history"));
  g_assert_nonnull (strstr (result, "5 posts"));

  /* The same folder again changes nothing at all. */
  before = fingerprint (fixture);
  g_clear_object (&plan);
  plan = import (fixture, &folder, 1, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (mr_import_plan_get_batch_id (plan), ==, 0);
  after = fingerprint (fixture);
  g_assert_cmpstr (after, ==, before);
}

static void
test_undo (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GFile) folder = data_file ("tiktok", "studio-set", NULL);
  g_autoptr(MrImportPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *empty = fingerprint (fixture);
  g_autofree char *after = NULL;

  plan = import (fixture, &folder, 1, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (count (fixture, "post"), ==, 5);

  g_assert_true (mr_import_undo (fixture->db, mr_import_plan_get_batch_id (plan), &error));
  g_assert_no_error (error);
  g_assert_true (mr_store_reload (fixture->store, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (mr_store_get_creators (fixture->store)), ==, 0);
  after = fingerprint (fixture);
  g_assert_cmpstr (after, ==, empty);

  /* Undone files can come in again. */
  g_clear_object (&plan);
  plan = import (fixture, &folder, 1, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (count (fixture, "post"), ==, 5);
}

static void
write_file (const char *path,
            const char *text)
{
  g_assert_true (g_file_set_contents (path, text, -1, NULL));
}

#define IG_HEADER "Post ID,Account ID,Account username,Account name,Description,Duration (sec)," \
                  "Publish time,Permalink,Post type,Data comment,Date,Views,Reach,Likes," \
                  "Shares,Follows,Comments,Saves\n"

/* A later export changes a post another import brought; Undo of the later one puts the
 * earlier figures back rather than deleting the post. */
static void
test_undo_restores_changes (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *first = g_build_filename (fixture->dir, "first.csv", NULL);
  g_autofree char *second = g_build_filename (fixture->dir, "second.csv", NULL);
  g_autoptr(GFile) first_file = g_file_new_for_path (first);
  g_autoptr(GFile) second_file = g_file_new_for_path (second);
  g_autoptr(MrImportPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *after_first = NULL;
  g_autofree char *after_undo = NULL;

  write_file (first, IG_HEADER
              "901,17,anna.eet,Anna Eet,Pasta,,03/01/2026 12:00,https://i/p/901,IG reel,,Lifetime,"
              "1000,800,100,5,1,10,7\n");
  write_file (second, IG_HEADER
              "901,17,anna.eet,Anna Eet,Pasta,,03/01/2026 12:00,https://i/p/901,IG reel,,Lifetime,"
              "1500,900,130,6,1,12,9\n"
              "902,17,anna.eet,Anna Eet,Soep,,03/05/2026 12:00,https://i/p/902,IG image,,Lifetime,"
              "400,300,40,1,0,3,2\n");

  g_clear_object (&plan);
  plan = import (fixture, &first_file, 1, NULL, &error);
  g_assert_no_error (error);
  after_first = fingerprint (fixture);

  g_clear_object (&plan);
  plan = import (fixture, &second_file, 1, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (mr_test_query_int (fixture->db,
                                      "SELECT likes FROM post WHERE external_id = '901'", 0), ==, 130);
  g_assert_cmpint (count (fixture, "post"), ==, 2);

  g_assert_true (mr_import_undo (fixture->db, mr_import_plan_get_batch_id (plan), &error));
  g_assert_no_error (error);
  g_assert_cmpint (mr_test_query_int (fixture->db,
                                      "SELECT likes FROM post WHERE external_id = '901'", 0), ==, 100);
  after_undo = fingerprint (fixture);
  g_assert_cmpstr (after_undo, ==, after_first);
}

/* A broken file among good ones: nothing of the import remains, and the message says
 * where. */
static void
test_all_or_nothing (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *broken = g_build_filename (fixture->dir, "broken.csv", NULL);
  g_autofree char *junk = g_build_filename (fixture->dir, "junk.csv", NULL);
  g_autofree char *empty = fingerprint (fixture);
  g_autofree char *after = NULL;
  GFile *files[2];
  g_autoptr(GError) error = NULL;
  g_autoptr(MrImportPlan) plan = NULL;
  static const char junk_bytes[] = "Date,Followers\n\"March 1\",12\x00\x01\x02\xff\n";

  write_file (broken, IG_HEADER
              "901,17,anna.eet,Anna Eet,Pasta,,03/01/2026 12:00,https://i/p/901,IG reel,,Lifetime,"
              "1000,800,100,5,1,10,7\n"
              "902,17,anna.eet,Anna Eet,\"Soep met een quote die nooit sluit,,03/05/2026 12:00\n");
  g_assert_true (g_file_set_contents (junk, junk_bytes, sizeof junk_bytes - 1, NULL));

  files[0] = data_file ("tiktok", "studio-set", NULL);
  files[1] = g_file_new_for_path (broken);
  plan = import (fixture, files, 2, NULL, &error);
  g_assert_null (plan);
  g_assert_nonnull (error);
  g_assert_true (g_str_has_prefix (error->message, "broken.csv:3:"));
  after = fingerprint (fixture);
  g_assert_cmpstr (after, ==, empty);
  g_object_unref (files[1]);

  g_clear_error (&error);
  files[1] = g_file_new_for_path (junk);
  plan = import (fixture, files, 2, NULL, &error);
  g_assert_null (plan);
  g_assert_nonnull (error);
  g_assert_true (g_str_has_prefix (error->message, "junk.csv:2:"));
  g_clear_pointer (&after, g_free);
  after = fingerprint (fixture);
  g_assert_cmpstr (after, ==, empty);

  g_object_unref (files[0]);
  g_object_unref (files[1]);
}

/* Statistics that name no account: refused until a creator is given, then theirs. */
static void
test_creator_choice (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GFile) file = data_file ("youtube", "table-content.csv", NULL);
  g_autoptr(MrImportPlan) plan = NULL;
  g_autoptr(GError) error = NULL;

  plan = import (fixture, &file, 1, NULL, &error);
  g_assert_null (plan);
  g_assert_error (error, MR_IMPORT_ERROR, MR_IMPORT_ERROR_NO_ACCOUNT);
  g_assert_cmpint (count (fixture, "post"), ==, 0);
  g_clear_error (&error);

  plan = import (fixture, &file, 1, "@kookstudio", &error);
  g_assert_no_error (error);
  g_assert_cmpint (mr_test_query_int (fixture->db,
                                      "SELECT count(*) FROM account WHERE platform = 'youtube'"
                                      " AND handle = 'kookstudio'", 0), ==, 1);
  g_assert_cmpint (count (fixture, "post"), >, 0);
  /* The Total row is the channel's totals, not a video. */
  g_assert_cmpint (mr_test_query_int (fixture->db,
                                      "SELECT count(*) FROM post WHERE external_id = 'Total'", 0),
                   ==, 0);
  g_assert_cmpint (count (fixture, "account_total"), >, 0);
}


static int
run_cli (const char  *database,
         char       **out,
         char       **err,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *db_arg = g_strconcat ("--database=", database, NULL);
  g_autoptr(GError) error = NULL;
  int status;
  va_list args;

  g_ptr_array_add (argv, (gpointer) g_getenv ("MICROREACH_BIN"));
  g_ptr_array_add (argv, db_arg);
  va_start (args, err);
  for (const char *a = va_arg (args, const char *); a != NULL; a = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) a);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               out, err, &status, &error));
  g_assert_no_error (error);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

/* The headless import: a line per file; a broken file named FILE:LINE and nothing kept;
 * --export-json → --import into a new database → --export-json gives the same. */
static void
test_command_line (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *db = g_build_filename (fixture->dir, "cli.db", NULL);
  g_autofree char *copy = g_build_filename (fixture->dir, "copy.db", NULL);
  g_autofree char *json = g_build_filename (fixture->dir, "export.json", NULL);
  g_autofree char *broken = g_build_filename (fixture->dir, "broken.csv", NULL);
  g_autofree char *folder = g_test_build_filename (G_TEST_DIST, "data", "tiktok", "studio-set",
                                                   NULL);
  g_autofree char *roster = g_test_build_filename (G_TEST_DIST, "data", "roster", "creators.csv",
                                                   NULL);
  g_autofree char *out = NULL, *err = NULL, *first = NULL, *second = NULL;
  g_auto(GStrv) lines = NULL;

  g_assert_cmpint (run_cli (db, &out, &err, "--import", folder, roster, NULL), ==, 0);
  lines = g_strsplit (g_strchomp (out), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 8);
  g_assert_nonnull (strstr (out, "FollowerHistory.csv: TikTok Studio"));
  g_assert_nonnull (strstr (out, "@lotte.bakt"));
  g_assert_nonnull (strstr (out, "columns: "));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* The same again: nothing new. */
  g_assert_cmpint (run_cli (db, &out, &err, "--import", folder, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "already imported"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  write_file (broken, "\"Date\",\"Followers\",\"Difference in followers from previous day\"\n"
                      "\"March 1\",\"12\",\"1\"\n\"March 2\",\"13,\"1\"\n");
  g_assert_cmpint (run_cli (db, &out, &err, "--import", broken, "--creator=@lotte.bakt", NULL),
                   ==, 1);
  g_assert_true (g_str_has_prefix (err, "broken.csv:3:"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (db, &first, &err, "--export-json", NULL), ==, 0);
  g_clear_pointer (&err, g_free);
  write_file (json, first);
  g_assert_cmpint (run_cli (copy, &out, &err, "--import", json, NULL), ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (copy, &second, &err, "--export-json", NULL), ==, 0);
  g_assert_cmpstr (second, ==, first);
}

/* A day that lost exactly one follower is a day that lost one, not an unknown day. */
static void
test_negative_delta (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "FollowerHistory.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(MrImportPlan) plan = NULL;
  g_autoptr(GError) error = NULL;

  write_file (path, "\"Date\",\"Followers\",\"Difference in followers from previous day\"\n"
                    "\"2026-03-01\",\"1200\",\"4\"\n\"2026-03-02\",\"1199\",\"-1\"\n");
  plan = import (fixture, &file, 1, "@sanne", &error);
  g_assert_no_error (error);
  g_assert_cmpint (mr_test_query_int (fixture->db, "SELECT new_followers FROM daily_stat"
                                                   " WHERE day = '2026-03-02'", 0), ==, -1);
  g_assert_cmpint (mr_test_query_int (fixture->db, "SELECT followers FROM account", 0), ==, 1199);
}

static MrImportPlan *
scan_one (GFile *file)
{
  g_autoptr(MrImportPlan) plan = mr_import_plan_new ();

  g_assert_true (mr_import_plan_add_files (plan, &file, 1, NULL, NULL));
  g_assert_true (mr_import_plan_scan (plan, MR_IMPORT_SCAN_FULL, NULL, NULL, NULL, NULL,
                                      NULL));
  return g_steal_pointer (&plan);
}

/* A creator list is imported with the columns the user confirmed, not the guess; one
 * that changed since it was read is refused rather than read with columns that no
 * longer fit. */
static void
test_roster_columns (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "makers.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(MrImportPlan) plan = NULL;
  g_autoptr(MrImportItem) item = NULL;
  g_autoptr(GError) error = NULL;

  write_file (path, "Naam,Gebruikersnaam,Volgers,Land,Categorie\n"
                    "Lotte Jansen,@lottejansen,12.4k,Nederland,Mode\n");
  plan = scan_one (file);
  item = g_list_model_get_item (mr_import_plan_get_items (plan), 0);
  /* "Land" as the niche, and followers left out. */
  mr_import_item_set_column (item, 3, mr_import_item_get_column (item, 4));
  mr_import_item_set_column (item, 2, -1);
  g_assert_true (mr_import_plan_run (plan, fixture->db, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (mr_test_query_int (fixture->db,
                                      "SELECT count(*) FROM creator WHERE name = 'Lotte Jansen'"
                                      " AND niche = 'Nederland' AND country IS NULL", 0), ==, 1);
  g_assert_cmpint (mr_test_query_int (fixture->db,
                                      "SELECT count(*) FROM account WHERE handle = 'lottejansen'"
                                      " AND followers IS NULL", 0), ==, 1);
  g_clear_object (&item);
  g_clear_object (&plan);

  plan = scan_one (file);
  write_file (path, "Naam,Volgers\nDaan Visser,8900\n");
  g_assert_false (mr_import_plan_run (plan, fixture->db, NULL, NULL, NULL, &error));
  g_assert_error (error, MR_IMPORT_ERROR, MR_IMPORT_ERROR_FAILED);
  g_assert_true (g_str_has_prefix (error->message, "makers.csv:1: "));
  g_assert_cmpint (count (fixture, "creator"), ==, 1);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/import/tiktok-folder", test_tiktok_folder);
  ADD ("/import/undo", test_undo);
  ADD ("/import/undo-restores-changes", test_undo_restores_changes);
  ADD ("/import/all-or-nothing", test_all_or_nothing);
  ADD ("/import/creator-choice", test_creator_choice);
  ADD ("/import/command-line", test_command_line);
  ADD ("/import/negative-delta", test_negative_delta);
  ADD ("/import/roster-columns", test_roster_columns);
#undef ADD

  return g_test_run ();
}
