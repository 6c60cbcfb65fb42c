/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-kill-import"

#include "config.h"

#include <signal.h>
#include <stdio.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "mr-test-util.h"

/* The headless import killed with SIGKILL at random moments, as a crash or a power cut
 * would stop it: afterwards the database must pass SQLite's integrity check and hold every
 * file of the import whole or not at all, and the next import must work. The moments come
 * from the test's seed (GLib prints it: rerun with --seed= to repeat a failure). */

/* The writer takes an import of this size or more through a rollback journal instead of
 * the write-ahead log (LARGE_IMPORT_BYTES in mr-import-writer.c): both paths are killed. */
#define LARGE_IMPORT_BYTES (64 * 1024 * 1024)

#if defined(__SANITIZE_ADDRESS__)
/* The sanitizers make an import some twenty times slower: fewer and smaller imports, and
 * only through the write-ahead log (the normal build kills the large ones). */
#define N_KILLS 10
#define N_SETS 1
#define SMALL_ROWS 6000
#else
#define N_KILLS 32
#define N_SETS 2
#define SMALL_ROWS 30000
#endif

typedef struct {
  const char *name;
  const char *handle;
  guint       n_rows;
  guint       caption_bytes;
} Export;

/* Two imports of two files each (the same number, so either fits an ImportSet): one
 * through the write-ahead log, one large. */
static const Export small_set[2] = {
  { "anna.csv", "anna.kill", SMALL_ROWS, 40 },
  { "bram.csv", "bram.kill", SMALL_ROWS, 40 },
};
static const Export large_set[2] = {
  { "cleo.csv", "cleo.kill", 16000, 4300 },
  { "daan.csv", "daan.kill", 8000, 40 },
};

typedef struct {
  const Export *files;
  guint         n_files;
  double        seconds;    /* an import that is not killed takes this long */
  double        writing;    /* and starts writing after this long, */
  double        written;    /* and has written by then */
} ImportSet;

typedef struct {
  char      *dir;
  char      *db;
  char      *pristine;      /* the database before any killed import */
  char      *fingerprint;   /* of the pristine database */
  ImportSet  sets[N_SETS];
  guint      n_interrupted;
  guint      n_committed;
} Fixture;

/* An Instagram content export as Meta Business Suite writes it: @n_rows posts of
 * @handle, each with a caption of about @caption_bytes. */
static void
write_export (const char   *dir,
              const Export *export)
{
  g_autofree char *path = g_build_filename (dir, export->name, NULL);
  g_autofree char *caption = g_strnfill (export->caption_bytes, 'k');
  FILE *file = fopen (path, "w");

  g_assert_nonnull (file);
  fputs ("Post ID,Account ID,Account username,Account name,Description,Duration (sec),"
         "Publish time,Permalink,Post type,Data comment,Date,Views,Reach,Likes,Shares,"
         "Follows,Comments,Saves\n", file);
  for (guint i = 0; i < export->n_rows; i++)
    fprintf (file, "%u%07u,1784,%s,%s,\"%s %u, \"\"kill\"\" test\",%u,"
             "%02u/%02u/%u %02u:%02u,https://www.instagram.com/reel/K%u/,IG reel,,Lifetime,"
             "\"%u\",%u,%u,%u,%u,%u,%u\n",
             export->n_rows, i, export->handle, export->handle, caption, i, 10 + i % 50,
             1 + i % 12, 1 + i % 28, 2020 + i % 6, i % 24, i % 60, i,
             1000 + i * 7, 900 + i * 5, 100 + i % 997, i % 41, i % 13, i % 89, i % 61);
  g_assert_cmpint (fclose (file), ==, 0);
}

static guint64
set_bytes (const char      *dir,
           const ImportSet *set)
{
  guint64 total = 0;

  for (guint i = 0; i < set->n_files; i++)
    {
      g_autofree char *path = g_build_filename (dir, set->files[i].name, NULL);
      GStatBuf st;

      g_assert_cmpint (g_stat (path, &st), ==, 0);
      total += st.st_size;
    }
  return total;
}

static GSubprocess *
spawn_import (Fixture         *fixture,
              const ImportSet *set,
              const Export    *extra,
              GError         **error)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (argv, g_strdup (g_getenv ("MICROREACH_BIN")));
  g_ptr_array_add (argv, g_strconcat ("--database=", fixture->db, NULL));
  g_ptr_array_add (argv, g_strdup ("--import"));
  for (guint i = 0; set != NULL && i < set->n_files; i++)
    g_ptr_array_add (argv, g_build_filename (fixture->dir, set->files[i].name, NULL));
  if (extra != NULL)
    g_ptr_array_add (argv, g_build_filename (fixture->dir, extra->name, NULL));
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  return g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, error);
}

static void
on_waited (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  gboolean *done = user_data;

  g_subprocess_wait_finish (G_SUBPROCESS (source), result, NULL);
  *done = TRUE;
}

static gboolean journal_left (const char *db);

/* Runs an import to its end, which must succeed. With @set, the journal is watched
 * meanwhile, to learn when the import writes (set->writing to set->written) and how long it
 * takes in all (set->seconds). */
static void
run_import (Fixture      *fixture,
            ImportSet    *set,
            const Export *extra)
{
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  gint64 start = g_get_monotonic_time ();
  gboolean done = FALSE;
  double writing = -1, written = -1;

  process = spawn_import (fixture, set, extra, &error);
  g_assert_no_error (error);
  g_subprocess_wait_async (process, NULL, on_waited, &done);
  while (!done)
    {
      double now = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;

      while (g_main_context_iteration (NULL, FALSE))
        ;
      if (set != NULL && journal_left (fixture->db))
        {
          if (writing < 0)
            writing = now;
          written = now;
        }
      g_usleep (500);
    }
  g_subprocess_communicate_utf8 (process, NULL, NULL, NULL, &err, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (err, ==, "");
  g_assert_true (g_subprocess_get_successful (process));
  if (set == NULL)
    return;

  set->seconds = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
  /* A write too short to be seen: then the whole import is the window. */
  set->writing = writing < 0 ? 0 : writing;
  set->written = written < 0 ? set->seconds : written;
}

/* ── The database afterwards ─────────────────────────────────────────────────────── */

static sqlite3 *
open_db (const char *path)
{
  sqlite3 *db = NULL;

  /* Read-write: opening is what rolls back a hot journal or recovers the log. */
  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  return db;
}

static gint64
count_text (sqlite3    *db,
            const char *sql,
            const char *text)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  sqlite3_bind_text (stmt, 1, text, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static void
assert_intact (sqlite3 *db)
{
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);

  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA foreign_key_check", -1, &stmt, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
}

/* Whether the file's import is in the database: then all of it is, its posts and the
 * line in the import log that says so; else none of it. */
static gboolean
file_is_whole (sqlite3      *db,
               const Export *export)
{
  gint64 posts = count_text (db, "SELECT count(*) FROM post p JOIN account a ON a.id = p.account_id"
                                 " WHERE a.handle = ?1", export->handle);
  gint64 logged = count_text (db, "SELECT count(*) FROM import_log WHERE file_name = ?1",
                              export->name);

  if (logged == 0)
    {
      g_assert_cmpint (posts, ==, 0);
      g_assert_cmpint (count_text (db, "SELECT count(*) FROM account WHERE handle = ?1",
                                   export->handle), ==, 0);
      return FALSE;
    }
  g_assert_cmpint (logged, ==, 1);
  g_assert_cmpint (posts, ==, export->n_rows);
  g_assert_cmpint (count_text (db, "SELECT row_count FROM import_log WHERE file_name = ?1",
                               export->name), ==, export->n_rows);
  return TRUE;
}

static void
remove_database (const char *path)
{
  const char *suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_remove (file);
    }
}

static void
copy_file (const char *from,
           const char *to)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (from, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (to, contents, length, NULL));
}

static gboolean
journal_left (const char *db)
{
  g_autofree char *journal = g_strconcat (db, "-journal", NULL);
  g_autofree char *wal = g_strconcat (db, "-wal", NULL);
  GStatBuf st;

  return g_file_test (journal, G_FILE_TEST_EXISTS) ||
         (g_stat (wal, &st) == 0 && st.st_size > 0);
}

/* ── The test ────────────────────────────────────────────────────────────────────── */

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  static const Export base = { "base.csv", "base.kill", 50, 20 };
  sqlite3 *db;

  fixture->dir = mr_test_make_temp_dir ();
  fixture->db = g_build_filename (fixture->dir, "kill.db", NULL);
  fixture->pristine = g_build_filename (fixture->dir, "pristine.db", NULL);

  write_export (fixture->dir, &base);
  for (guint i = 0; i < N_SETS; i++)
    {
      ImportSet *set = &fixture->sets[i];

      *set = (ImportSet) { i == 0 ? small_set : large_set, G_N_ELEMENTS (small_set), 0 };
      for (guint j = 0; j < set->n_files; j++)
        write_export (fixture->dir, &set->files[j]);
      if (i == 0)
        g_assert_cmpuint (set_bytes (fixture->dir, set), <, LARGE_IMPORT_BYTES);
      else
        g_assert_cmpuint (set_bytes (fixture->dir, set), >=, LARGE_IMPORT_BYTES);
    }

  /* Something to lose: a database that already holds an import. */
  run_import (fixture, NULL, &base);
  db = open_db (fixture->db);
  fixture->fingerprint = mr_test_fingerprint (db);
  sqlite3_close (db);
  copy_file (fixture->db, fixture->pristine);

  /* How long each import takes here, and when it writes, so that the kills fall inside. */
  for (guint i = 0; i < G_N_ELEMENTS (fixture->sets); i++)
    {
      ImportSet *set = &fixture->sets[i];

      run_import (fixture, set, NULL);
      g_test_message ("an import of %" G_GUINT64_FORMAT " bytes takes %.2f s, writing from "
                      "%.2f s to %.2f s", set_bytes (fixture->dir, set), set->seconds,
                      set->writing, set->written);
      remove_database (fixture->db);
      copy_file (fixture->pristine, fixture->db);
    }
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  mr_test_remove_temp_dir (fixture->dir);
  g_free (fixture->fingerprint);
  g_free (fixture->pristine);
  g_free (fixture->db);
  g_free (fixture->dir);
}

/* One import killed after @delay seconds (or finished before), then checked. */
static void
kill_import (Fixture         *fixture,
             const ImportSet *set,
             double           delay)
{
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  gboolean killed, interrupted;
  guint n_whole = 0;
  sqlite3 *db;

  process = spawn_import (fixture, set, NULL, &error);
  g_assert_no_error (error);
  g_usleep ((gulong) (delay * G_USEC_PER_SEC));
  g_subprocess_send_signal (process, SIGKILL);
  g_subprocess_communicate_utf8 (process, NULL, NULL, NULL, &err, &error);
  g_assert_no_error (error);
  killed = g_subprocess_get_if_signaled (process);
  if (!killed)
    {
      /* It finished first: then it must have succeeded. */
      g_assert_cmpstr (err, ==, "");
      g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 0);
    }
  interrupted = killed && journal_left (fixture->db);

  db = open_db (fixture->db);
  assert_intact (db);
  for (guint i = 0; i < set->n_files; i++)
    n_whole += file_is_whole (db, &set->files[i]);
  /* One command is one batch: its files come in together or not at all. */
  g_assert_true (n_whole == 0 || n_whole == set->n_files);
  if (!killed)
    g_assert_cmpuint (n_whole, ==, set->n_files);

  if (n_whole == 0)
    {
      g_autofree char *fingerprint = mr_test_fingerprint (db);

      g_assert_cmpstr (fingerprint, ==, fixture->fingerprint);
      fixture->n_interrupted += interrupted;
      sqlite3_close (db);
      /* The next import starts from what this one left. */
      return;
    }

  g_assert_cmpint (count_text (db, "SELECT count(*) FROM import_log WHERE file_name = ?1",
                               "base.csv"), ==, 1);
  sqlite3_close (db);
  fixture->n_committed++;
  remove_database (fixture->db);
  copy_file (fixture->pristine, fixture->db);
}

static void
test_kill_import (Fixture       *fixture,
                  gconstpointer  data)
{
  sqlite3 *db;
  guint n_kills;

  /* A machine busy with other tests runs an import slower or faster than it did when
   * timed: the kills go on, up to a limit, until enough of them have landed mid-write. */
  for (n_kills = 0;
       n_kills < N_KILLS || (fixture->n_interrupted < N_KILLS / 4 && n_kills < 4 * N_KILLS);
       n_kills++)
    {
      ImportSet *set = &fixture->sets[n_kills % G_N_ELEMENTS (fixture->sets)];
      double delay;

      /* Mostly while it writes; one in four at any moment, before it writes or just
       * after it ended. */
      if (n_kills % 4 == 3)
        delay = g_test_rand_double_range (0.0, set->seconds * 1.15);
      else
        delay = g_test_rand_double_range (set->writing, set->written);
      kill_import (fixture, set, delay);
    }
  g_test_message ("%u of %u imports killed while writing, %u finished or committed",
                  fixture->n_interrupted, n_kills, fixture->n_committed);
  /* Else the kills all missed the writing, and the test proved nothing. */
  g_assert_cmpuint (fixture->n_interrupted, >=, N_KILLS / 4);

  /* The database takes the next import, untouched by the ones killed before. */
  run_import (fixture, &fixture->sets[0], NULL);
  db = open_db (fixture->db);
  assert_intact (db);
  for (guint i = 0; i < fixture->sets[0].n_files; i++)
    g_assert_true (file_is_whole (db, &fixture->sets[0].files[i]));
  g_assert_cmpint (mr_test_query_int (db, "SELECT count(*) FROM import_batch", 0), ==, 2);
  sqlite3_close (db);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/kill-import/random-moments", Fixture, NULL, fixture_set_up, test_kill_import,
              fixture_tear_down);

  return g_test_run ();
}
