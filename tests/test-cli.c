/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cli"

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <sqlite3.h>

#include "mr-account.h"
#include "mr-campaign.h"
#include "mr-campaign-member.h"
#include "mr-creator.h"
#include "mr-store.h"
#include "mr-store-backup.h"
#include "mr-test-util.h"

/* The headless interface of DESIGN.md §5, driven as a script would: the real binary, no
 * display, and its exit status, standard output and standard error. */

typedef struct
{
  int    status;
  char  *out;
  char  *err;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static void
run_microreach_full (Run                  *run,
                     const char           *database_env,
                     const char * const   *args,
                     GSpawnChildSetupFunc  child_setup)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (argv, (gpointer) g_getenv ("MICROREACH_BIN"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  /* Headless modes must not need a display. */
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  if (database_env != NULL)
    g_subprocess_launcher_setenv (launcher, "MICROREACH_DATABASE", database_env, TRUE);
  if (child_setup != NULL)
    g_subprocess_launcher_set_child_setup (launcher, child_setup, NULL, NULL);

  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  run->status = g_subprocess_get_exit_status (process);
}

static void
run_microreach (Run                *run,
                const char         *database_env,
                const char * const *args)
{
  run_microreach_full (run, database_env, args, NULL);
}

static int
read_user_version (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int version;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  version = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return version;
}

static JsonObject *
parse_export (const char *text,
              JsonParser *parser)
{
  g_autoptr(GError) error = NULL;
  JsonNode *root;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  root = json_parser_get_root (parser);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));

  return json_node_get_object (root);
}

static void
assert_one_line (const char *text)
{
  const char *newline;

  g_assert_nonnull (text);
  g_assert_true (g_str_has_prefix (text, "microreach: "));
  newline = strchr (text, '\n');
  g_assert_nonnull (newline);
  g_assert_cmpstr (newline + 1, ==, "");
}

static void
test_version (void)
{
  g_auto(Run) run = { 0 };
  const char *args[] = { "--version", NULL };

  run_microreach (&run, NULL, args);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "microreach " PACKAGE_VERSION "\n");
}

static void
test_export_new_database (void)
{
  g_autofree char *dir = mr_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "sub", "NEW.db", NULL);
  g_autofree char *option = g_strconcat ("--database=", path, NULL);
  const char *args[] = { option, "--export-json", NULL };
  const char *arrays[] = { "creators", "campaigns", "moments", "search" };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_auto(Run) run = { 0 };
  JsonObject *root;

  run_microreach (&run, NULL, args);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);

  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpint (read_user_version (path), >, 0);

  root = parse_export (run.out, parser);
  g_assert_cmpint (json_object_get_int_member (root, "schema"), ==, 1);
  g_assert_cmpuint (json_object_get_size (root), ==, 5);
  for (guint i = 0; i < G_N_ELEMENTS (arrays); i++)
    {
      JsonNode *node = json_object_get_member (root, arrays[i]);

      g_assert_nonnull (node);
      g_assert_true (JSON_NODE_HOLDS_ARRAY (node));
      g_assert_cmpuint (json_array_get_length (json_node_get_array (node)), ==, 0);
    }

  mr_test_remove_temp_dir (dir);
}

static void
assert_refused_untouched (const char *path)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *option = g_strconcat ("--database=", path, NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  const char *args[] = { option, "--export-json", NULL };
  g_auto(Run) run = { 0 };
  gsize before_len, after_len;

  g_assert_true (g_file_get_contents (path, &before, &before_len, NULL));

  run_microreach (&run, NULL, args);
  g_assert_cmpint (run.status, !=, 0);
  g_assert_cmpstr (run.out, ==, "");
  assert_one_line (run.err);
  g_assert_nonnull (strstr (run.err, path));

  g_assert_true (g_file_get_contents (path, &after, &after_len, NULL));
  g_assert_cmpmem (before, before_len, after, after_len);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (shm, G_FILE_TEST_EXISTS));
}

static void
test_export_refuses_binary_file (void)
{
  g_autofree char *dir = mr_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "random.bin", NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  g_autofree guint32 *junk = g_new (guint32, 16384);

  for (guint i = 0; i < 16384; i++)
    junk[i] = g_rand_int (rand);
  g_assert_true (g_file_set_contents (path, (const char *) junk, 16384 * sizeof (guint32), NULL));

  assert_refused_untouched (path);
  mr_test_remove_temp_dir (dir);
}

static void
test_export_refuses_newer_schema (void)
{
  g_autofree char *dir = mr_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "future.db", NULL);
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE t (x); PRAGMA user_version = 999;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  assert_refused_untouched (path);
  mr_test_remove_temp_dir (dir);
}

static void
test_export_content (void)
{
  g_autofree char *dir = mr_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "roster.db", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_auto(Run) run = { 0 };
  const char *args[] = { "--export-json", NULL };
  JsonObject *root, *creator, *account, *campaign, *member;

  {
    g_autoptr(MrStore) store = mr_store_open (path, &error);
    g_autoptr(MrCreator) someone = mr_creator_new ("Sanne de Vries");
    g_autoptr(MrAccount) tiktok = mr_account_new (MR_PLATFORM_TIKTOK, "sannezet");
    g_autoptr(MrCampaign) pilot = mr_campaign_new ("Koffie pilot");
    g_autoptr(MrCampaignMember) taking_part = NULL;

    g_assert_no_error (error);
    mr_creator_set_niche (someone, "Koffie");
    mr_creator_set_status (someone, MR_CREATOR_STATUS_VETTING);
    g_assert_true (mr_store_add_creator (store, someone, &error));
    g_assert_true (mr_store_add_account (store, someone, tiktok, &error));
    mr_campaign_set_kind (pilot, MR_CAMPAIGN_KIND_PILOT);
    g_assert_true (mr_store_add_campaign (store, pilot, &error));
    taking_part = mr_campaign_member_new (mr_creator_get_id (someone));
    g_assert_true (mr_store_add_member (store, pilot, taking_part, &error));
    g_assert_no_error (error);
  }

  /* The database comes from the environment when --database is not given. */
  run_microreach (&run, path, args);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  root = parse_export (run.out, parser);

  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "creators")), ==, 1);
  creator = json_array_get_object_element (json_object_get_array_member (root, "creators"), 0);
  g_assert_cmpstr (json_object_get_string_member (creator, "name"), ==, "Sanne de Vries");
  g_assert_cmpstr (json_object_get_string_member (creator, "status"), ==, "vetting");
  g_assert_cmpstr (json_object_get_string_member (creator, "niche"), ==, "Koffie");
  g_assert_true (json_object_get_null_member (creator, "country"));
  g_assert_true (json_object_get_null_member (json_object_get_object_member (creator, "metrics"),
                                              "engagement_rate"));

  account = json_array_get_object_element (json_object_get_array_member (creator, "accounts"), 0);
  g_assert_cmpstr (json_object_get_string_member (account, "platform"), ==, "tiktok");
  g_assert_cmpstr (json_object_get_string_member (account, "handle"), ==, "sannezet");
  /* Never imported: unknown, not zero. */
  g_assert_true (json_object_get_null_member (account, "followers"));
  g_assert_cmpint (json_object_get_int_member (account, "posts"), ==, 0);

  campaign = json_array_get_object_element (json_object_get_array_member (root, "campaigns"), 0);
  g_assert_cmpstr (json_object_get_string_member (campaign, "name"), ==, "Koffie pilot");
  g_assert_cmpstr (json_object_get_string_member (campaign, "kind"), ==, "pilot");
  g_assert_cmpstr (json_object_get_string_member (campaign, "currency"), ==, "EUR");
  g_assert_cmpfloat (json_object_get_double_member (campaign, "target_roas"), ==, 3.0);
  g_assert_true (json_object_get_null_member (campaign, "budget"));

  /* A member without a chosen account: the creator, and no guessed account. */
  member = json_array_get_object_element (json_object_get_array_member (campaign, "members"), 0);
  g_assert_cmpstr (json_object_get_string_member (member, "creator"), ==, "Sanne de Vries");
  g_assert_true (json_object_get_null_member (member, "platform"));
  g_assert_true (json_object_get_null_member (member, "handle"));
  g_assert_true (json_object_get_null_member (member, "fee"));
  g_assert_cmpstr (json_object_get_string_member (member, "status"), ==, "invited");

  mr_test_remove_temp_dir (dir);
}

static void
test_usage_errors (void)
{
  const char *cases[][4] = {
    { "--output=report.pdf", "--export-json", NULL },
    { "--export-json", "--refresh", NULL },
    { "--import", NULL },
    { "--export-json", "stray.csv", NULL },
    /* Window mode checks its options too, before it needs a display. */
    { "--creator=Sanne", NULL },
    { "--output=report.pdf", "roster.csv", NULL },
    { "--campaign=Koffie pilot", "--export-json", NULL },
    { "--import", "--campaign=Koffie pilot", "--creator=Sanne", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Run) run = { 0 };

      run_microreach (&run, "/nonexistent/x.db", cases[i]);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_cmpstr (run.out, ==, "");
      assert_one_line (run.err);
    }
}

/* ── --import --campaign ─────────────────────────────────────────────────────────── */

/* A database with the campaign "Koffie pilot" of Lotte (@lottejansen, code LOTTE10) and
 * Daan (@daanfietst, code DAAN15), and an empty "Thee pilot". */
static char *
make_campaign_database (const char *dir)
{
  char *path = g_build_filename (dir, "campaign.db", NULL);
  g_autoptr(MrStore) store = mr_test_open_store (path);
  g_autoptr(MrCreator) lotte = mr_test_add_creator (store, "Lotte Jansen", "lottejansen");
  g_autoptr(MrCreator) daan = mr_creator_new ("Daan Visser");
  g_autoptr(MrAccount) instagram = mr_account_new (MR_PLATFORM_INSTAGRAM, "daanfietst");
  g_autoptr(MrCampaign) pilot = mr_campaign_new ("Koffie pilot");
  g_autoptr(MrCampaign) other = mr_campaign_new ("Thee pilot");
  g_autoptr(MrCampaignMember) first = mr_campaign_member_new (mr_creator_get_id (lotte));
  g_autoptr(MrCampaignMember) second = NULL;
  g_autoptr(GError) error = NULL;

  g_list_store_append (G_LIST_STORE (mr_creator_get_accounts (daan)), instagram);
  g_assert_true (mr_store_add_creator (store, daan, &error));
  g_assert_true (mr_store_add_campaign (store, pilot, &error));
  g_assert_true (mr_store_add_campaign (store, other, &error));
  mr_campaign_member_set_promo_code (first, "LOTTE10");
  g_assert_true (mr_store_add_member (store, pilot, first, &error));
  second = mr_campaign_member_new (mr_creator_get_id (daan));
  mr_campaign_member_set_promo_code (second, "DAAN15");
  g_assert_true (mr_store_add_member (store, pilot, second, &error));
  g_assert_no_error (error);
  return path;
}

static gint64
count_results (const char *path)
{
  sqlite3 *db = NULL;
  gint64 count;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  count = mr_test_query_int (db, "SELECT count(*) FROM campaign_result", 0);
  sqlite3_close (db);
  return count;
}

static gint64
sum_conversions (const char *path)
{
  sqlite3 *db = NULL;
  gint64 sum;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  sum = mr_test_query_int (db, "SELECT sum(conversions) FROM campaign_result", 0);
  sqlite3_close (db);
  return sum;
}

static void
run_results_import (Run        *run,
                    const char *database,
                    const char *campaign,
                    const char *file)
{
  g_autofree char *database_option = g_strconcat ("--database=", database, NULL);
  g_autofree char *campaign_option = g_strconcat ("--campaign=", campaign, NULL);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "campaign", file, NULL);
  const char *args[] = { database_option, "--import", campaign_option, path, NULL };

  run_clear (run);
  run_microreach (run, NULL, args);
}

static void
test_import_results (void)
{
  g_autofree char *dir = mr_test_make_temp_dir ();
  g_autofree char *path = make_campaign_database (dir);
  g_autofree char *handles = g_test_build_filename (G_TEST_DIST, "data", "campaign",
                                                    "results-handles.csv", NULL);
  g_autofree char *expected = NULL;
  g_auto(Run) run = { 0 };

  /* Everything but one row: in, and the one row said, with exit status 3. */
  run_results_import (&run, path, "koffie PILOT", "results-handles.csv");
  g_assert_cmpstr (run.err, ==, "");
  expected = g_strdup_printf ("%s: 3 rows for 2 members; 1 unmatched row:\n"
                              "  results-handles.csv:5: no member of this campaign has the "
                              "handle @nobody_here\n", handles);
  g_assert_cmpstr (run.out, ==, expected);
  g_assert_cmpint (run.status, ==, 3);
  g_assert_cmpint (count_results (path), ==, 3);

  /* Again: nothing changes, and it says so. */
  run_results_import (&run, path, "Koffie pilot", "results-handles.csv");
  g_assert_cmpint (run.status, ==, 3);
  g_assert_nonnull (strstr (run.out, "; already imported, nothing changed; 1 unmatched row:\n"));
  g_assert_cmpint (count_results (path), ==, 3);

  /* A file whose every row fits: exit status 0. */
  run_results_import (&run, path, "Koffie pilot", "results-nl.csv");
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_suffix (run.out, ": 3 rows for 2 members; 1 row without a date "
                                            "left out:\n  results-nl.csv:5: the row has no date "
                                            "and names no member of this campaign: taken for a "
                                            "row of totals or notes\n"));
  /* The same days as before, now with the shop's orders. */
  g_assert_cmpint (count_results (path), ==, 3);
  g_assert_cmpint (sum_conversions (path), ==, 14 + 6 + 2);

  /* Nothing fits another campaign: the rows say why, and nothing is imported. */
  run_results_import (&run, path, "Thee pilot", "results-codes.csv");
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.out, "results-codes.csv:2: no member of this campaign has the "
                                     "promo code LOTTE10\n"));
  g_assert_nonnull (strstr (run.err, "none of the rows matches a member of “Thee pilot”"));
  g_assert_cmpint (count_results (path), ==, 3);

  mr_test_remove_temp_dir (dir);
}

static void
test_import_results_refused (void)
{
  g_autofree char *dir = mr_test_make_temp_dir ();
  g_autofree char *path = make_campaign_database (dir);
  g_auto(Run) run = { 0 };

  run_results_import (&run, path, "Koffie pilot", "results-bad-value.csv");
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_cmpstr (run.err, ==, "results-bad-value.csv:3: “twaalf” in the column “Clicks” is "
                                "not a number\n");
  g_assert_cmpint (count_results (path), ==, 0);

  run_results_import (&run, path, "Koffie pilot", "results-duplicate.csv");
  g_assert_cmpint (run.status, ==, 1);
  g_assert_true (g_str_has_prefix (run.err, "results-duplicate.csv:4: "));
  g_assert_nonnull (strstr (run.err, "on line 2 too"));
  g_assert_cmpint (count_results (path), ==, 0);

  /* A campaign the name does not give exactly: candidates, never a guess. */
  run_results_import (&run, path, "pilot", "results-codes.csv");
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  assert_one_line (run.err);
  g_assert_nonnull (strstr (run.err, "“pilot”"));
  g_assert_nonnull (strstr (run.err, "Koffie pilot, Thee pilot"));
  g_assert_cmpint (count_results (path), ==, 0);

  run_results_import (&run, path, "Koffie pilot", "missing.csv");
  g_assert_cmpint (run.status, ==, 1);
  assert_one_line (run.err);
  g_assert_nonnull (strstr (run.err, "missing.csv: no such file or folder"));

  mr_test_remove_temp_dir (dir);
}

/* A database with a creator, closed, and the bytes of its file. */
static GBytes *
make_database (const char *path)
{
  MrStore *store = mr_test_open_store (path);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_object_unref (mr_test_add_creator (store, "Lotte Jansen", "lotte.leest"));
  g_assert_finalize_object (store);
  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  return g_bytes_new_take (contents, length);
}

static GBytes *
damage_database (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  /* Page 2 holds the creators, which every command reads. */
  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_cmpuint (length, >=, 8192);
  memset (contents + 4096, 0x5a, 4096);
  g_assert_true (g_file_set_contents (path, contents, length, &error));
  return g_bytes_new_take (contents, length);
}

static void
assert_file_is (const char *path,
                GBytes     *expected)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpmem (contents, length, g_bytes_get_data (expected, NULL), g_bytes_get_size (expected));
}

/* A damaged database: one line that says so, and how to restore the automatic backup
 * when there is one; the file stays as it was. */
static void
test_damaged_database (void)
{
  g_autofree char *dir = mr_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "rooster.db", NULL);
  g_autofree char *option = g_strconcat ("--database=", path, NULL);
  const char *args[] = { option, "--export-json", NULL };
  g_autoptr(GBytes) damaged = NULL;
  g_autoptr(GError) error = NULL;

  g_bytes_unref (make_database (path));
  damaged = damage_database (path);
  {
    g_auto(Run) run = { 0 };

    run_microreach (&run, NULL, args);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_cmpstr (run.out, ==, "");
    assert_one_line (run.err);
    g_assert_nonnull (strstr (run.err, "is damaged, and Microreach has no automatic backup"));
    assert_file_is (path, damaged);
  }

  g_assert_true (g_file_set_contents (path, "", 0, NULL));
  g_bytes_unref (make_database (path));
  g_assert_true (mr_store_backup_make (path, NULL, &error));
  g_assert_no_error (error);
  g_clear_pointer (&damaged, g_bytes_unref);
  damaged = damage_database (path);
  {
    g_auto(Run) run = { 0 };

    run_microreach (&run, NULL, args);
    g_assert_cmpint (run.status, ==, 1);
    assert_one_line (run.err);
    g_assert_nonnull (strstr (run.err, "is damaged. Open it in the Microreach window to restore its automatic backup from"));
    assert_file_is (path, damaged);
  }

  mr_test_remove_temp_dir (dir);
}

/* A file the user may not write: reading it works, an import stops at once, in words,
 * and the file stays as it was. */
static void
test_read_only_database (void)
{
  g_autofree char *dir = mr_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "rooster.db", NULL);
  g_autofree char *option = g_strconcat ("--database=", path, NULL);
  g_autofree char *roster = g_test_build_filename (G_TEST_DIST, "data", "roster",
                                                   "creators-nl.csv", NULL);
  const char *export_args[] = { option, "--export-json", NULL };
  const char *import_args[] = { option, "--import", roster, NULL };
  g_autoptr(GBytes) before = make_database (path);
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root;

  g_assert_cmpint (g_chmod (path, 0444), ==, 0);
  {
    g_auto(Run) run = { 0 };

    run_microreach_full (&run, NULL, import_args, mr_test_respect_file_modes_in_child);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_cmpstr (run.out, ==, "");
    assert_one_line (run.err);
    g_assert_nonnull (strstr (run.err, "is read-only, so nothing can be saved to it"));
  }
  {
    g_auto(Run) run = { 0 };

    run_microreach_full (&run, NULL, export_args, mr_test_respect_file_modes_in_child);
    g_assert_cmpstr (run.err, ==, "");
    g_assert_cmpint (run.status, ==, 0);
    root = parse_export (run.out, parser);
    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "creators")), ==, 1);
  }

  assert_file_is (path, before);
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);
  mr_test_remove_temp_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/version", test_version);
  g_test_add_func ("/cli/export-json/new-database", test_export_new_database);
  g_test_add_func ("/cli/export-json/refuses-binary-file", test_export_refuses_binary_file);
  g_test_add_func ("/cli/export-json/refuses-newer-schema", test_export_refuses_newer_schema);
  g_test_add_func ("/cli/export-json/content", test_export_content);
  g_test_add_func ("/cli/usage-errors", test_usage_errors);
  g_test_add_func ("/cli/import-results", test_import_results);
  g_test_add_func ("/cli/import-results/refused", test_import_results_refused);
  g_test_add_func ("/cli/faults/damaged", test_damaged_database);
  g_test_add_func ("/cli/faults/read-only", test_read_only_database);

  return g_test_run ();
}
