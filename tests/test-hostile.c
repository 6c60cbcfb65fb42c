/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-hostile"

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "mr-import-item.h"
#include "mr-import-plan.h"
#include "mr-import-writer.h"
#include "mr-test-util.h"

/* Files made to break the import, or broken by accident: each goes the way a drop on the
 * window and `microreach --import` go (an MrImportPlan scanned and run on the store's
 * database), and must be refused, or read, with a message that names the file and line,
 * says what is wrong and what to do; a refused file leaves the database as it was, and
 * no file makes the import hold much more than the reader's limits in memory. The big
 * inputs are written at run time into a temporary folder. */

#define MiB (1024 * 1024)

#if defined(__SANITIZE_ADDRESS__)
/* AddressSanitizer keeps freed memory in quarantine, and reads each file many times
 * slower. */
#define MAX_GROWTH_KB (80 * 1024)
#define N_NOTES 2000
#else
/* What reading one file may add to the peak memory of the process: the CSV reader keeps
 * a field up to 1 MB and a record up to 16 MB, far below the 50 MB files below. */
#define MAX_GROWTH_KB (40 * 1024)
#define N_NOTES 5000
#endif

#define IG_HEADER "Post ID,Account ID,Account username,Account name,Description,Duration (sec)," \
                  "Publish time,Permalink,Post type,Data comment,Date,Views,Reach,Likes," \
                  "Shares,Follows,Comments,Saves"
#define IG_ROW(id, time, views) \
  id ",17,sanne.test,Sanne,Brood bakken,30," time ",https://i/p/" id ",IG reel,,Lifetime," \
  views ",800,100,5,1,10,7\n"

typedef struct {
  char    *dir;
  char    *path;
  MrStore *store;
  sqlite3 *db;
  char    *before;       /* the database's fingerprint before the hostile file */
} Fixture;

/* Something to lose: a database that holds an import already, made once (creating the
 * schema is most of the time a case takes under the sanitizers) and copied for each. */
static char *seeded_dir;
static char *seeded_path;

static void
make_seeded_database (void)
{
  g_autofree char *seed = g_test_build_filename (G_TEST_DIST, "data", "instagram",
                                                 "content-en.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (seed);
  g_autoptr(MrImportPlan) plan = mr_import_plan_new ();
  g_autoptr(MrStore) store = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db;

  seeded_dir = mr_test_make_temp_dir ();
  seeded_path = g_build_filename (seeded_dir, "seeded.db", NULL);
  store = mr_test_open_store (seeded_path);
  db = mr_store_get_handle (store);
  mr_import_plan_add_files (plan, &file, 1, NULL, &error);
  g_assert_no_error (error);
  mr_import_plan_scan (plan, MR_IMPORT_SCAN_FULL, db, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  mr_import_plan_run (plan, db, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (mr_test_query_int (db, "SELECT count(*) FROM post", 0), >, 0);
  /* Closing the last connection folds the log into the file, which is then the copy. */
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *contents = NULL;
  gsize length;

  fixture->dir = mr_test_make_temp_dir ();
  fixture->path = g_build_filename (fixture->dir, "test.db", NULL);
  g_assert_true (g_file_get_contents (seeded_path, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (fixture->path, contents, length, NULL));
  fixture->store = mr_test_open_store (fixture->path);
  fixture->db = mr_store_get_handle (fixture->store);
  fixture->before = mr_test_fingerprint (fixture->db);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  mr_test_remove_temp_dir (fixture->dir);
  g_free (fixture->before);
  g_free (fixture->path);
  g_free (fixture->dir);
}

/* @name in the fixture's folder, unless it is a path of its own. */
static char *
fixture_file (Fixture    *fixture,
              const char *name)
{
  if (g_path_is_absolute (name))
    return g_strdup (name);
  return g_build_filename (fixture->dir, name, NULL);
}

/* A new folder in memory where there is one: creating thousands of files costs a busy
 * disk seconds, and memory next to nothing. */
static char *
make_scratch_dir (Fixture *fixture)
{
  g_autofree char *dir = g_build_filename ("/dev/shm", "microreach-test-XXXXXX", NULL);

  if (g_access ("/dev/shm", W_OK) == 0 && g_mkdtemp (dir) != NULL)
    return g_steal_pointer (&dir);
  g_clear_pointer (&dir, g_free);
  dir = fixture_file (fixture, "scratch");
  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
  return g_steal_pointer (&dir);
}

/* With stdio: g_file_set_contents () makes each of thousands of files wait for the disk. */
static void
write_text (Fixture    *fixture,
            const char *name,
            const char *text,
            gssize      length)
{
  g_autofree char *path = fixture_file (fixture, name);
  FILE *file = fopen (path, "w");

  g_assert_nonnull (file);
  if (length < 0)
    length = strlen (text);
  g_assert_cmpuint (fwrite (text, 1, length, file), ==, length);
  g_assert_cmpint (fclose (file), ==, 0);
}

static void
assert_unchanged (Fixture *fixture)
{
  g_autofree char *after = mr_test_fingerprint (fixture->db);

  g_assert_cmpstr (after, ==, fixture->before);
}

/* ── Memory ──────────────────────────────────────────────────────────────────────── */

static gsize
status_kb (const char *field)
{
  g_autofree char *status = NULL;
  const char *line;

  g_assert_true (g_file_get_contents ("/proc/self/status", &status, NULL, NULL));
  line = strstr (status, field);
  g_assert_nonnull (line);
  return (gsize) g_ascii_strtoull (line + strlen (field), NULL, 10);
}

/* The resident size now, after setting the peak back to it where the kernel lets us
 * (else the peak is the process's so far, and the check below only the looser). */
static gsize
start_measuring (void)
{
  FILE *clear = fopen ("/proc/self/clear_refs", "w");

  if (clear != NULL)
    {
      fputs ("5", clear);
      fclose (clear);
    }
  return status_kb ("VmRSS:");
}

static void
assert_memory_bounded (gsize start_kb)
{
  gsize peak_kb = status_kb ("VmHWM:");

  g_test_message ("peak resident size %" G_GSIZE_FORMAT " kB above the start", peak_kb - start_kb);
  g_assert_cmpuint (peak_kb, <=, start_kb + MAX_GROWTH_KB);
}

/* ── The import, as the window and the command line make it ──────────────────────── */

/* Imports the files at @names (in the fixture's folder) as the window does (every file
 * read in full for the confirmation) or as the command line does (each read once). */
static MrImportPlan *
import (Fixture       *fixture,
        MrImportScan   scan,
        const char   **names,
        GError       **error)
{
  g_autoptr(MrImportPlan) plan = mr_import_plan_new ();
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *path = fixture_file (fixture, names[i]);

      g_ptr_array_add (files, g_file_new_for_path (path));
    }
  g_assert_true (mr_import_plan_add_files (plan, (GFile **) files->pdata, files->len, NULL,
                                           error));
  g_assert_true (mr_import_plan_scan (plan, scan, fixture->db, NULL, NULL, NULL, error));
  if (!mr_import_plan_run (plan, fixture->db, NULL, NULL, NULL, error))
    return NULL;
  return g_steal_pointer (&plan);
}

/* Imports @name both ways; each must fail and change nothing, and both say the same:
 * that message, which starts "NAME:LINE: " (or "NAME: " for @line 0, a backup's values
 * that json-glib does not place). */
static char *
refuse (Fixture    *fixture,
        const char *name,
        guint       line)
{
  const char *names[] = { name, NULL };
  g_autoptr(GError) full_error = NULL;
  g_autoptr(GError) quick_error = NULL;
  g_autofree char *prefix = line > 0 ? g_strdup_printf ("%s:%u: ", name, line)
                                      : g_strdup_printf ("%s: ", name);
  gsize start_kb = start_measuring ();

  g_assert_null (import (fixture, MR_IMPORT_SCAN_FULL, names, &full_error));
  g_assert_nonnull (full_error);
  assert_unchanged (fixture);
  g_assert_null (import (fixture, MR_IMPORT_SCAN_QUICK, names, &quick_error));
  g_assert_nonnull (quick_error);
  assert_unchanged (fixture);
  assert_memory_bounded (start_kb);

  g_test_message ("%s", full_error->message);
  g_assert_cmpstr (quick_error->message, ==, full_error->message);
  if (!g_str_has_prefix (full_error->message, prefix))
    g_error ("“%s” does not start with “%s”", full_error->message, prefix);
  return g_strdup (full_error->message);
}

static void
assert_says (const char *message,
             const char *part)
{
  if (strstr (message, part) == NULL)
    g_error ("“%s” does not say “%s”", message, part);
}

/* Writes @n_bytes of @pattern repeated, between @head and @tail, without holding the
 * file in memory. */
static void
write_big (Fixture    *fixture,
           const char *name,
           const char *head,
           const char *pattern,
           gsize       n_bytes,
           const char *tail)
{
  g_autofree char *path = fixture_file (fixture, name);
  g_autoptr(GString) chunk = g_string_new (NULL);
  FILE *file = fopen (path, "w");

  g_assert_nonnull (file);
  while (chunk->len < 64 * 1024)
    g_string_append (chunk, pattern);
  fputs (head, file);
  for (gsize written = 0; written < n_bytes; written += chunk->len)
    g_assert_cmpuint (fwrite (chunk->str, 1, MIN (chunk->len, n_bytes - written), file), >, 0);
  fputs (tail, file);
  g_assert_cmpint (fclose (file), ==, 0);
}

/* ── The cases ───────────────────────────────────────────────────────────────────── */

static void
test_empty_file (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *message = NULL;
  g_autofree char *blank = NULL;

  write_text (fixture, "Content.csv", "", 0);
  message = refuse (fixture, "Content.csv", 1);
  assert_says (message, "the file is empty");
  assert_says (message, "export the statistics again");

  /* Blank lines are no more than nothing. */
  write_text (fixture, "Blank.csv", "\r\n\n  \n", -1);
  blank = refuse (fixture, "Blank.csv", 1);
  assert_says (blank, "the file is empty");
}

static void
test_binary_junk (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261123);
  g_autofree guint32 *junk = g_new (guint32, 64 * 1024);
  static const guint8 workbook[] = { 'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 0x21, 0 };
  g_autofree char *message = NULL;
  g_autofree char *zip = NULL;

  for (guint i = 0; i < 64 * 1024; i++)
    junk[i] = g_rand_int (rand);
  write_text (fixture, "random.csv", (const char *) junk, 64 * 1024 * sizeof (guint32));
  message = refuse (fixture, "random.csv", 1);
  assert_says (message, "not a text file");
  assert_says (message, "CSV");

  write_text (fixture, "Instagram.xlsx", (const char *) workbook, sizeof workbook);
  zip = refuse (fixture, "Instagram.xlsx", 1);
  assert_says (zip, "ZIP archive or an Excel workbook");
  assert_says (zip, "save the sheet as “CSV UTF-8”");
}

static void
test_wrong_encoding (Fixture       *fixture,
                     gconstpointer  data)
{
  const char *names[] = { "windows.csv", NULL };
  g_autoptr(MrImportPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *broken = NULL;
  g_autofree char *utf16 = NULL;
  g_autoptr(GString) wide = g_string_new (NULL);
  const char *text = IG_HEADER "\n" IG_ROW ("7001", "03/01/2026 12:00", "1000");
  sqlite3_stmt *stmt = NULL;

  /* Windows-1252, as Excel on Windows saves: read as that, the é intact. */
  write_text (fixture, "windows.csv", IG_HEADER "\n"
              "7001,17,sanne.test,Sanne,Caf\xE9 au lait,30,03/01/2026 12:00,https://i/p/7001,"
              "IG reel,,Lifetime,1000,800,100,5,1,10,7\n", -1);
  plan = import (fixture, MR_IMPORT_SCAN_FULL, names, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_prepare_v2 (fixture->db, "SELECT caption FROM post WHERE external_id = '7001'",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "Café au lait");
  sqlite3_finalize (stmt);
  g_assert_true (mr_import_undo (fixture->db, mr_import_plan_get_batch_id (plan), &error));
  assert_unchanged (fixture);

  /* UTF-8 until a byte that cannot be: where, and what to do. */
  write_text (fixture, "broken.csv", IG_HEADER "\n"
              IG_ROW ("7002", "03/01/2026 12:00", "1000")
              "7003,17,sanne.test,Sanne,Crème brûlée \xC3\x28,30,03/02/2026 12:00,"
              "https://i/p/7003,IG reel,,Lifetime,1000,800,100,5,1,10,7\n", -1);
  broken = refuse (fixture, "broken.csv", 3);
  assert_says (broken, "column 5 is not valid UTF-8");
  assert_says (broken, "save the file as “CSV UTF-8”");

  /* UTF-16 without its byte-order mark: not text as far as anyone can tell. */
  for (const char *p = text; *p != '\0'; p++)
    g_string_append_len (wide, (const char[]) { *p, 0 }, 2);
  write_text (fixture, "utf16.csv", wide->str, wide->len);
  utf16 = refuse (fixture, "utf16.csv", 1);
  assert_says (utf16, "not a text file");
}

static void
test_wide_header (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GString) header = g_string_new (NULL);
  g_autoptr(GString) known = g_string_new (IG_HEADER);
  g_autoptr(GString) row = g_string_new (IG_ROW ("7101", "03/01/2026 12:00", "1000"));
  g_autoptr(GString) roster = g_string_new ("Name,Handle,Platform,Followers");
  const char *names[] = { "wide-instagram.csv", NULL };
  g_autoptr(MrImportPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *list = NULL;

  for (guint i = 0; i < 10000; i++)
    g_string_append_printf (header, "%sMetric %u", i > 0 ? "," : "", i);
  g_string_append (header, "\n1,2,3\n");
  write_text (fixture, "wide.csv", header->str, header->len);
  message = refuse (fixture, "wide.csv", 1);
  assert_says (message, "not an export Microreach knows");
  assert_says (message, "Microreach reads TikTok Studio");
  /* It quotes the start of the header, not ten thousand names. */
  g_assert_cmpuint (strlen (message), <, 400);

  /* Columns Microreach does not know are ignored, however many. */
  g_string_truncate (row, row->len - 1);
  for (guint i = 0; i < 10000; i++)
    {
      g_string_append_printf (known, ",Extra %u", i);
      g_string_append (row, ",9");
    }
  g_string_append_c (known, '\n');
  g_string_append_c (row, '\n');
  g_string_append (known, row->str);
  write_text (fixture, "wide-instagram.csv", known->str, known->len);
  plan = import (fixture, MR_IMPORT_SCAN_FULL, names, &error);
  g_assert_no_error (error);
  g_assert_cmpint (mr_test_query_int (fixture->db,
                                      "SELECT views FROM post WHERE external_id = '7101'", 0),
                   ==, 1000);
  g_assert_true (mr_import_undo (fixture->db, mr_import_plan_get_batch_id (plan), &error));
  assert_unchanged (fixture);

  /* A creator list is confirmed column by column in the window: not ten thousand. */
  for (guint i = 0; i < 10000; i++)
    g_string_append_printf (roster, ",Note %u", i);
  g_string_append (roster, "\nSanne,@sanne.test,Instagram,1200\n");
  write_text (fixture, "wide-list.csv", roster->str, roster->len);
  list = refuse (fixture, "wide-list.csv", 1);
  assert_says (list, "this creator list has 10004 columns, more than the 200 Microreach reads");
  assert_says (list, "delete the columns you do not need");
}

static void
test_huge_field (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *quoted = NULL;
  g_autofree char *unquoted = NULL;

  write_big (fixture, "quoted.csv", IG_HEADER "\n7201,17,sanne.test,Sanne,\"", "caption ",
             50 * MiB, "\",30,03/01/2026 12:00,https://i/p/7201,IG reel,,Lifetime,1,1,1,1,1,1,1\n");
  quoted = refuse (fixture, "quoted.csv", 2);
  assert_says (quoted, "the quoted field in column 5 is longer than 1 MB");

  write_big (fixture, "unquoted.csv", IG_HEADER "\n7202,17,sanne.test,Sanne,", "caption_",
             50 * MiB, ",30,03/01/2026 12:00,https://i/p/7202,IG reel,,Lifetime,1,1,1,1,1,1,1\n");
  unquoted = refuse (fixture, "unquoted.csv", 2);
  assert_says (unquoted, "the field in column 5 is longer than 1 MB");
  assert_says (unquoted, "is this the right file?");
}

static void
test_quote_bomb (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *quotes = NULL;
  g_autofree char *unclosed = NULL;

  /* Quotes and nothing else: pairs of them are one quote each, in one endless field. */
  write_big (fixture, "quotes.csv", IG_HEADER "\n", "\"", 20 * MiB, "\n");
  quotes = refuse (fixture, "quotes.csv", 2);
  assert_says (quotes, "is a quote never closed?");

  /* A quote opened and never closed swallows the lines after it: the message names the
   * line where it opened, not the end of the file. */
  write_big (fixture, "unclosed.csv",
             IG_HEADER "\n" IG_ROW ("7301", "03/01/2026 12:00", "1000")
             "7302,17,sanne.test,Sanne,\"Brood", IG_ROW ("7303", "03/01/2026 12:00", "10"),
             30 * MiB, "");
  unclosed = refuse (fixture, "unclosed.csv", 3);
  assert_says (unclosed, "column 5");
  assert_says (unclosed, "is a quote never closed?");
}

static void
test_deep_json (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *arrays = NULL;
  g_autofree char *objects = NULL;
  g_autoptr(GString) text = g_string_new ("{\"schema\": 1,\n\"creators\": ");
  const guint depth = 1000000;

  /* json-glib recurses once per level: a million would overflow the stack. */
  for (guint i = 0; i < depth; i++)
    g_string_append_c (text, '[');
  for (guint i = 0; i < depth; i++)
    g_string_append_c (text, ']');
  g_string_append (text, "}\n");
  write_text (fixture, "arrays.json", text->str, text->len);
  arrays = refuse (fixture, "arrays.json", 2);
  assert_says (arrays, "nests more than 32 levels deep");
  assert_says (arrays, "not an export of Microreach");

  g_string_assign (text, "{\"schema\": 1, \"creators\": [{\"name\": \"Diep\", \"accounts\": ");
  for (guint i = 0; i < depth; i++)
    g_string_append (text, "{\"a\":");
  g_string_append (text, "1");
  for (guint i = 0; i < depth; i++)
    g_string_append_c (text, '}');
  g_string_append (text, "}]}");
  write_text (fixture, "objects.json", text->str, text->len);
  objects = refuse (fixture, "objects.json", 1);
  assert_says (objects, "nests more than 32 levels deep");
}

static void
test_numbers_out_of_range (Fixture       *fixture,
                           gconstpointer  data)
{
  static const struct {
    const char *views;
    const char *says;
  } cases[] = {
    { "1e400", "“1e400” in the column “Views” is too large to be a real figure" },
    { "99999999999999999999", "“99999999999999999999” in the column “Views” is too large" },
    { "\"1,000,000,000,001\"", "“1,000,000,000,001” in the column “Views” is too large" },
    { "-5", "the post has -5 views, and a post’s totals cannot be below zero" },
  };
  g_autofree char *json_message = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("views-%u.csv", i);
      g_autofree char *text = g_strdup_printf (IG_HEADER "\n"
                                               IG_ROW ("7401", "03/01/2026 12:00", "1000")
                                               "7402,17,sanne.test,Sanne,x,30,03/02/2026 12:00,"
                                               "https://i/p/7402,IG reel,,Lifetime,%s,1,1,1,1,1,1\n",
                                               cases[i].views);
      g_autofree char *message = NULL;

      write_text (fixture, name, text, -1);
      message = refuse (fixture, name, 3);
      assert_says (message, cases[i].says);
    }

  /* json-glib would read this one as -1: "fewer than zero followers". */
  write_text (fixture, "backup.json",
              "{\"schema\": 1, \"creators\": [{\"id\": 1, \"name\": \"Nora\", \"accounts\": [\n"
              "{\"platform\": \"instagram\", \"handle\": \"nora\",\n"
              "\"followers\": 99999999999999999999}]}]}\n", -1);
  json_message = refuse (fixture, "backup.json", 3);
  assert_says (json_message, "the number 99999999999999999999 is too large to be a figure");
}

static void
test_dates_year_0_and_9999 (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *year_0 = NULL;
  g_autofree char *year_9999 = NULL;
  g_autofree char *trends = NULL;
  g_autofree char *json = NULL;

  write_text (fixture, "year-0.csv", IG_HEADER "\n" IG_ROW ("7501", "12/01/0000 10:00", "5"), -1);
  year_0 = refuse (fixture, "year-0.csv", 2);
  assert_says (year_0, "“12/01/0000 10:00” in the column “Publish time” is not a date and time: "
                       "correct it in the file");

  write_text (fixture, "year-9999.csv", IG_HEADER "\n" IG_ROW ("7502", "12/31/9999 23:59", "5"), -1);
  year_9999 = refuse (fixture, "year-9999.csv", 2);
  assert_says (year_9999, "the date 9999-12-31 is not between 1970 and 2100");

  write_text (fixture, "multiTimeline.csv",
              "Week,koffie: (Nederland)\n2026-03-01,40\n9999-12-26,70\n", -1);
  trends = refuse (fixture, "multiTimeline.csv", 3);
  assert_says (trends, "the date 9999-12-26 is not between 1970 and 2100");

  write_text (fixture, "history.json",
              "{\"schema\": 1, \"creators\": [{\"id\": 1, \"name\": \"Nora\", \"accounts\": [\n"
              "{\"platform\": \"instagram\", \"handle\": \"nora\", \"follower_history\":\n"
              "[{\"date\": \"0001-01-01\", \"followers\": 10}]}]}]}\n", -1);
  json = refuse (fixture, "history.json", 0);
  assert_says (json, "the date 0001-01-01 is not between 1970 and 2100");
}

/* Writes @n notes into @folder, which it makes. */
static void
write_notes (Fixture    *fixture,
             const char *folder,
             guint       n)
{
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("%s/note-%04u.txt", folder, i);

      write_text (fixture, name, "Shopping: bread, milk\n", -1);
    }
}

static void
test_many_unrelated_files (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *scratch = make_scratch_dir (fixture);
  g_autofree char *folder = g_build_filename (scratch, "Downloads", NULL);
  g_autofree char *mixed = g_build_filename (scratch, "Mixed", NULL);
  g_autofree char *export = g_build_filename (mixed, "zz-content.csv", NULL);
  g_autofree char *broken = g_build_filename (mixed, "zz-broken.csv", NULL);
  g_autofree char *option = g_strconcat ("--database=", fixture->path, NULL);
  g_autofree char *expected = NULL;
  const char *names[] = { folder, NULL };
  const char *mixed_names[] = { mixed, NULL };
  const char *argv[] = { g_getenv ("MICROREACH_BIN"), option, "--import", folder, NULL };
  g_autoptr(MrImportPlan) plan = NULL;
  g_autoptr(MrImportItem) item = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *left_out = NULL;
  g_autofree char *description = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  GListModel *items;
  gint64 start;
  int status;

  write_notes (fixture, folder, N_NOTES);

  /* The window: one sentence for all of them, not thousands of rows. */
  start = g_get_monotonic_time ();
  plan = import (fixture, MR_IMPORT_SCAN_FULL, names, &error);
  g_assert_no_error (error);
  g_test_message ("%u files scanned in %.2f s", N_NOTES,
                  (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC);
  g_assert_cmpuint (g_list_model_get_n_items (mr_import_plan_get_items (plan)), ==, 0);
  g_assert_cmpuint (mr_import_plan_get_n_left_out (plan), ==, N_NOTES);
  left_out = mr_import_plan_describe_left_out (plan);
  expected = g_strdup_printf ("%u files in the folders are not exports Microreach reads, such "
                              "as “note-0000.txt”, “note-0001.txt” and “note-0002.txt”: they "
                              "are left out.", N_NOTES);
  g_assert_cmpstr (left_out, ==, expected);
  g_assert_false (mr_import_plan_is_ready (plan));
  g_assert_cmpint (mr_import_plan_get_batch_id (plan), ==, 0);
  assert_unchanged (fixture);

  /* The command line: one line, and a failure, since nothing came in. */
  g_clear_object (&fixture->store);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  g_assert_false (g_spawn_check_wait_status (status, NULL));
  g_assert_cmpstr (out, ==, "");
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("microreach: Nothing was imported: none of the %u files found is "
                              "an export Microreach reads (TikTok Studio, Instagram, YouTube "
                              "Studio, Search Console, Google Trends, a creator list or its own "
                              "JSON export).\n", N_NOTES);
  g_assert_cmpstr (err, ==, expected);
  fixture->store = mr_test_open_store (fixture->path);
  fixture->db = mr_store_get_handle (fixture->store);
  assert_unchanged (fixture);

  /* With an export among other files, that comes in, and the rest is one sentence; an
   * export that is broken keeps a line of its own, which says why. */
  write_notes (fixture, mixed, 8);
  write_text (fixture, export, IG_HEADER "\n" IG_ROW ("7601", "03/01/2026 12:00", "1000"), -1);
  write_text (fixture, broken, IG_HEADER "\n" IG_ROW ("7602", "03/01/2026 12:00", "lots"), -1);
  g_clear_object (&plan);
  plan = import (fixture, MR_IMPORT_SCAN_FULL, mixed_names, &error);
  g_assert_no_error (error);
  items = mr_import_plan_get_items (plan);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 2);
  g_assert_cmpuint (mr_import_plan_get_n_left_out (plan), ==, 8);
  g_assert_cmpint (mr_import_plan_get_batch_id (plan), >, 0);
  item = g_list_model_get_item (items, 0);
  g_assert_cmpint (mr_import_item_get_state (item), ==, MR_IMPORT_ITEM_UNRECOGNIZED);
  description = mr_import_item_describe (item);
  assert_says (description, "zz-broken.csv:2: “lots” in the column “Views” is not a number");

  mr_test_remove_temp_dir (scratch);
}

static void
test_symlink_loop (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *folder = fixture_file (fixture, "Studio");
  g_autofree char *sub = fixture_file (fixture, "Studio/sub");
  g_autofree char *self = fixture_file (fixture, "Studio/self");
  g_autofree char *up = fixture_file (fixture, "Studio/sub/up");
  g_autofree char *ping = fixture_file (fixture, "ping.csv");
  g_autofree char *pong = fixture_file (fixture, "pong.csv");
  g_autofree char *option = g_strconcat ("--database=", fixture->path, NULL);
  const char *names[] = { "Studio", NULL };
  const char *pings[] = { "ping.csv", NULL };
  const char *argv[] = { g_getenv ("MICROREACH_BIN"), option, "--import", ping, NULL };
  g_autoptr(MrImportPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *expected = NULL;
  int status;

  /* A folder with a link to itself, and one with a link to its parent. */
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_cmpint (g_mkdir (sub, 0700), ==, 0);
  write_text (fixture, "Studio/content.csv",
              IG_HEADER "\n" IG_ROW ("7701", "03/01/2026 12:00", "1000"), -1);
  g_assert_cmpint (symlink (".", self), ==, 0);
  g_assert_cmpint (symlink ("..", up), ==, 0);
  plan = import (fixture, MR_IMPORT_SCAN_FULL, names, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (mr_import_plan_get_items (plan)), ==, 1);
  g_assert_cmpint (mr_test_query_int (fixture->db,
                                      "SELECT count(*) FROM post WHERE external_id = '7701'", 0),
                   ==, 1);
  g_assert_true (mr_import_undo (fixture->db, mr_import_plan_get_batch_id (plan), &error));
  assert_unchanged (fixture);

  /* Two links that point at each other: nothing to read. */
  g_assert_cmpint (symlink ("pong.csv", ping), ==, 0);
  g_assert_cmpint (symlink ("ping.csv", pong), ==, 0);
  g_clear_object (&plan);
  plan = import (fixture, MR_IMPORT_SCAN_FULL, pings, &error);
  g_assert_null (plan);
  g_assert_nonnull (error);
  assert_says (error->message, "ping.csv");
  assert_says (error->message, "Too many levels of symbolic links");
  g_clear_error (&error);
  assert_unchanged (fixture);

  g_clear_object (&fixture->store);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  g_assert_false (g_spawn_check_wait_status (status, NULL));
  expected = g_strdup_printf ("microreach: %s: a link that leads nowhere, or round in a circle\n",
                              ping);
  g_assert_cmpstr (err, ==, expected);
  fixture->store = mr_test_open_store (fixture->path);
  fixture->db = mr_store_get_handle (fixture->store);
  assert_unchanged (fixture);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  make_seeded_database ();

#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/hostile/empty-file", test_empty_file);
  ADD ("/hostile/binary-junk", test_binary_junk);
  ADD ("/hostile/wrong-encoding", test_wrong_encoding);
  ADD ("/hostile/wide-header", test_wide_header);
  ADD ("/hostile/huge-field", test_huge_field);
  ADD ("/hostile/quote-bomb", test_quote_bomb);
  ADD ("/hostile/deep-json", test_deep_json);
  ADD ("/hostile/numbers-out-of-range", test_numbers_out_of_range);
  ADD ("/hostile/dates-year-0-and-9999", test_dates_year_0_and_9999);
  ADD ("/hostile/many-unrelated-files", test_many_unrelated_files);
  ADD ("/hostile/symlink-loop", test_symlink_loop);
#undef ADD

  status = g_test_run ();
  mr_test_remove_temp_dir (seeded_dir);
  g_free (seeded_path);
  g_free (seeded_dir);
  return status;
}
