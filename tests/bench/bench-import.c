/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench-import"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <glib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "mr-bench.h"

/* How fast `microreach --import` reads a million-row Instagram (Meta Business Suite)
 * content export, measured against the sqlite3 shell's `.import` of the same file into a
 * bare table: the floor for "parse a CSV and write its rows to SQLite". The file is
 * generated from a fixed seed into a temporary directory; both imports run as child
 * processes on the warm file, and only they are timed.
 *
 * Both run in turn, several times; the medians and their ratio are of the same run.
 * Prints a table and name=value lines. Fails (non-zero) when the import does not store
 * every post or its peak resident memory reaches 100 MiB; the time ratio (target 1.5) is
 * reported, not asserted, as it depends on the machine.
 *
 * Environment: MICROREACH_BIN (set by the test environment), GSETTINGS_SCHEMA_DIR;
 * for profiling, MR_BENCH_IMPORT_ROWS (default 1000000), MR_BENCH_IMPORT_RUNS (default 3,
 * median reported) and MR_BENCH_KEEP=1 to keep the directory and its files. */

#define DEFAULT_ROWS    1000000
#define RSS_LIMIT_MIB   100.0
#define RATIO_TARGET    1.5

static MrBenchRand rng_state = { 0x2026112212345678ull };

static inline guint32
rng_range (guint32 low,
           guint32 high) /* exclusive */
{
  return mr_bench_rand_range (&rng_state, low, high);
}

static const char * const words[] = {
  "oliebollen", "appelflappen", "recept", "zondag", "bakken", "deeg", "oven", "boter",
  "suiker", "kaneel", "vandaag", "probeer", "dit", "eens", "thuis", "met", "de", "kids",
  "crème", "brûlée", "taart", "koekjes", "snel", "simpel", "lekker", "zonder", "gist",
  "new", "recipe", "link", "in", "bio", "save", "this", "for", "later", "weekend",
  "mood", "behind", "the", "scenes", "kitchen", "chaos", "🍰", "✨", "😋", "🔥",
};

static const char * const hashtags[] = {
  "#bakken", "#recept", "#foodie", "#homemade", "#dutchfood", "#reels", "#baking",
  "#instafood", "#yummy", "#kerst",
};

/* A caption of a few to a few dozen words: about half need quoting for a comma, some
 * for a quotation mark, a few for a line break. */
static void
make_caption (GString *caption)
{
  guint n_words = rng_range (3, 30);
  guint32 style = rng_range (0, 100);

  g_string_truncate (caption, 0);
  if (style < 8)
    g_string_append (caption, "Mijn \"geheime\" recept: ");
  for (guint w = 0; w < n_words; w++)
    {
      if (w > 0)
        g_string_append (caption, style < 50 && rng_range (0, 6) == 0 ? ", " : " ");
      g_string_append (caption, words[rng_range (0, G_N_ELEMENTS (words))]);
    }
  if (style >= 97)
    g_string_append (caption, "\nLink in bio!");
  for (guint h = rng_range (0, 4); h > 0; h--)
    {
      g_string_append_c (caption, ' ');
      g_string_append (caption, hashtags[rng_range (0, G_N_ELEMENTS (hashtags))]);
    }
}

static void
write_field (FILE       *out,
             const char *text,
             gsize       len)
{
  if (memchr (text, ',', len) == NULL && memchr (text, '"', len) == NULL &&
      memchr (text, '\n', len) == NULL)
    {
      fwrite (text, 1, len, out);
      return;
    }

  putc ('"', out);
  for (gsize i = 0; i < len; i++)
    {
      if (text[i] == '"')
        putc ('"', out);
      putc (text[i], out);
    }
  putc ('"', out);
}

/* As Meta writes counts: plain, or quoted with thousands separators ("61,204"). */
static void
write_count (FILE    *out,
             guint64  value,
             gboolean grouped)
{
  if (!grouped || value < 1000)
    fprintf (out, ",%" G_GUINT64_FORMAT, value);
  else if (value < 1000000)
    fprintf (out, ",\"%" G_GUINT64_FORMAT ",%03u\"", value / 1000, (guint) (value % 1000));
  else
    fprintf (out, ",\"%" G_GUINT64_FORMAT ",%03u,%03u\"", value / 1000000,
             (guint) (value / 1000 % 1000), (guint) (value % 1000));
}

static void
make_shortcode (char    code[12],
                guint64 n)
{
  static const char alphabet[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

  n = n * 0x9E3779B97F4A7C15ull + 0x632BE59BD9B4E019ull;
  for (guint i = 0; i < 11; i++, n >>= 6)
    code[i] = alphabet[n & 63];
  code[11] = '\0';
}

static gboolean
generate (const char *path,
          guint       n_rows,
          GError    **error)
{
  static const char * const kinds[] = { "IG reel", "IG image", "IG carousel" };
  g_autoptr(GString) caption = g_string_sized_new (256);
  /* The newest post first (2025-12-31 12:00 UTC), one every five minutes or so. */
  const gint64 newest = 1767182400;
  FILE *out;
  static char buffer[1 << 20];

  out = fopen (path, "w");
  if (out == NULL)
    {
      int saved = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   "Cannot write %s: %s", path, g_strerror (saved));
      return FALSE;
    }
  setvbuf (out, buffer, _IOFBF, sizeof buffer);

  fputs ("Post ID,Account ID,Account username,Account name,Description,Duration (sec),"
         "Publish time,Permalink,Post type,Data comment,Date,Views,Reach,Likes,Shares,"
         "Follows,Comments,Saves\n", out);

  for (guint i = 0; i < n_rows; i++)
    {
      guint kind = rng_range (0, G_N_ELEMENTS (kinds));
      time_t published = (time_t) (newest - (gint64) i * 300 - rng_range (0, 300));
      struct tm tm;
      char shortcode[12];
      guint64 likes = rng_range (20, 6000);
      gboolean grouped = rng_range (0, 2) == 0;

      gmtime_r (&published, &tm);
      make_caption (caption);
      make_shortcode (shortcode, i);

      fprintf (out, "%" G_GUINT64_FORMAT ",17841400123456789,lotte.bakt,Lotte Bakt,",
               (guint64) 17800000000000000ull + (guint64) i * 1000 + rng_range (0, 1000));
      write_field (out, caption->str, caption->len);
      fprintf (out, ",%u,%02d/%02d/%04d %02d:%02d,https://www.instagram.com/%s/%s/,%s,,Lifetime",
               kind == 0 ? rng_range (5, 90) : 0,
               tm.tm_mon + 1, tm.tm_mday, tm.tm_year + 1900, tm.tm_hour, tm.tm_min,
               kind == 0 ? "reel" : "p", shortcode, kinds[kind]);
      write_count (out, likes * rng_range (8, 30), grouped);   /* views */
      write_count (out, likes * rng_range (5, 15), grouped);   /* reach */
      write_count (out, likes, grouped);
      write_count (out, likes / rng_range (20, 80), FALSE);    /* shares */
      write_count (out, likes / rng_range (50, 200), FALSE);   /* follows */
      write_count (out, likes / rng_range (15, 60), FALSE);    /* comments */
      write_count (out, likes / rng_range (5, 30), grouped);   /* saves */
      putc ('\n', out);
    }

  if (ferror (out) | (fclose (out) != 0))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_IO, "Cannot write %s", path);
      return FALSE;
    }
  return TRUE;
}

/* -1 on error, with the reason printed. */
static gint64
count_rows (const char *path,
            const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 count = -1;

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK ||
      sqlite3_step (stmt) != SQLITE_ROW)
    g_printerr ("bench-import: %s: %s: %s\n", path, sql,
                db != NULL ? sqlite3_errmsg (db) : "out of memory");
  else
    count = sqlite3_column_int64 (stmt, 0);

  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return count;
}

static void
remove_db (const char *path)
{
  static const char * const suffixes[] = { "", "-journal", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_unlink (file);
    }
}

static int
run_benchmark (const char *dir,
               const char *microreach,
               const char *sqlite3_shell)
{
  const guint n_rows = mr_bench_env_uint ("MR_BENCH_IMPORT_ROWS", DEFAULT_ROWS);
  const guint n_runs = mr_bench_env_uint ("MR_BENCH_IMPORT_RUNS", 3);
  g_autofree char *csv = g_build_filename (dir, "content.csv", NULL);
  g_autofree char *a_db = g_build_filename (dir, "a.db", NULL);
  g_autofree char *b_db = g_build_filename (dir, "b.db", NULL);
  g_autofree char *log = g_build_filename (dir, "child.log", NULL);
  g_autofree char *database_arg = g_strconcat ("--database=", a_db, NULL);
  g_autofree char *import_cmd = NULL;
  g_autofree double *import_seconds = g_new0 (double, n_runs);
  g_autofree double *sqlite_seconds = g_new0 (double, n_runs);
  g_auto(GStrv) microreach_env = g_get_environ ();
  g_autoptr(GError) error = NULL;
  g_autoptr(MrBenchReport) report = mr_bench_report_new ();
  g_autofree char *rows_name = NULL;
  double peak_rss_mib = 0, sqlite_rss_mib = 0, import_median, sqlite_median, ratio;
  double start;
  gint64 posts, bare_rows;
  GStatBuf st;
  int status = 0;

  if (strpbrk (dir, "\"\\") != NULL)
    {
      g_printerr ("bench-import: the temporary directory %s needs quoting the sqlite3 "
                  "shell does not do; set TMPDIR elsewhere\n", dir);
      return 1;
    }
  import_cmd = g_strdup_printf (".import \"%s\" bare", csv);

  start = mr_bench_now ();
  if (!generate (csv, n_rows, &error))
    {
      g_printerr ("bench-import: %s\n", error->message);
      return 1;
    }
  g_stat (csv, &st);
  g_print ("generated %u rows, %.1f MiB, in %.2f s: %s\n", n_rows,
           st.st_size / 1048576.0,
           mr_bench_now () - start, csv);

  /* As the tests run it: no display, settings in memory, its own database. */
  microreach_env = g_environ_setenv (microreach_env, "GSETTINGS_BACKEND", "memory", TRUE);
  microreach_env = g_environ_unsetenv (microreach_env, "DISPLAY");
  microreach_env = g_environ_unsetenv (microreach_env, "WAYLAND_DISPLAY");
  if (g_environ_getenv (microreach_env, "GSETTINGS_SCHEMA_DIR") == NULL)
    g_print ("warning: GSETTINGS_SCHEMA_DIR is not set; run through "
             "`meson test --benchmark` so the uninstalled schema is found\n");

  for (guint r = 0; r < n_runs; r++)
    {
      const char * const import_argv[] = {
        microreach, database_arg, "--import", csv, NULL
      };
      const char * const sqlite_argv[] = {
        sqlite3_shell, "-bail", b_db, ".mode csv", import_cmd, NULL
      };
      MrBenchChild child;

      remove_db (a_db);
      if (!mr_bench_run_child (import_argv, microreach_env, log, FALSE, &child, &error))
        {
          g_printerr ("bench-import: %s\n", error->message);
          return 1;
        }
      mr_bench_print_log (log, 4000);
      if (child.status != 0)
        {
          g_printerr ("bench-import: microreach --import failed (%s %d)\n",
                      child.status < 0 ? "signal" : "exit status", child.status);
          return 1;
        }
      import_seconds[r] = child.seconds;
      peak_rss_mib = MAX (peak_rss_mib, child.peak_rss_mib);

      remove_db (b_db);
      if (!mr_bench_run_child (sqlite_argv, NULL, log, FALSE, &child, &error))
        {
          g_printerr ("bench-import: %s\n", error->message);
          return 1;
        }
      if (child.status != 0)
        {
          mr_bench_print_log (log, 4000);
          g_printerr ("bench-import: sqlite3 .import failed (%s %d)\n",
                      child.status < 0 ? "signal" : "exit status", child.status);
          return 1;
        }
      sqlite_seconds[r] = child.seconds;
      sqlite_rss_mib = MAX (sqlite_rss_mib, child.peak_rss_mib);

      g_print ("run %u: microreach --import %.3f s, sqlite3 .import %.3f s\n",
               r + 1, import_seconds[r], sqlite_seconds[r]);
    }

  import_median = mr_bench_median (import_seconds, n_runs);
  sqlite_median = mr_bench_median (sqlite_seconds, n_runs);
  ratio = sqlite_median > 0 ? import_median / sqlite_median : NAN;

  posts = count_rows (a_db, "post");
  bare_rows = count_rows (b_db, "bare");

  rows_name = n_rows == 1000000 ? g_strdup ("import_1m_rows_seconds")
                                 : g_strdup_printf ("import_%u_rows_seconds", n_rows);
  mr_bench_report_add (report, rows_name, "%.2f", import_median, "s", NAN,
                       "microreach --import of the Instagram CSV (median)");
  mr_bench_report_add (report, "sqlite3_import_seconds", "%.2f", sqlite_median, "s", NAN,
                       "sqlite3 .import of the same file (median)");
  mr_bench_report_add (report, "import_vs_sqlite3_ratio", "%.2f", ratio, "x", RATIO_TARGET,
                       "the two medians' ratio");
  mr_bench_report_add (report, "import_peak_rss_mib", "%.1f", peak_rss_mib, "MiB",
                       RSS_LIMIT_MIB, "the import's peak resident memory");
  mr_bench_report_add (report, "sqlite3_peak_rss_mib", "%.1f", sqlite_rss_mib, "MiB", NAN,
                       "sqlite3's peak resident memory");
  mr_bench_report_add (report, "import_posts", "%.0f", posts, "", NAN,
                       "posts stored (must be every row)");
  mr_bench_report_print (report);

  if (bare_rows != (gint64) n_rows)
    {
      g_printerr ("bench-import: sqlite3 read %" G_GINT64_FORMAT " rows, not %u: "
                  "the generated file is wrong\n", bare_rows, n_rows);
      status = 1;
    }
  if (posts != (gint64) n_rows)
    {
      g_printerr ("bench-import: the import stored %" G_GINT64_FORMAT " posts, not %u\n",
                  posts, n_rows);
      status = 1;
    }
  if (peak_rss_mib >= RSS_LIMIT_MIB)
    {
      g_printerr ("bench-import: the import peaked at %.1f MiB of resident memory "
                  "(limit %.0f MiB)\n", peak_rss_mib, RSS_LIMIT_MIB);
      status = 1;
    }
  return status;
}

int
main (int   argc,
      char *argv[])
{
  const char *microreach = g_getenv ("MICROREACH_BIN");
  g_autofree char *sqlite3_shell = g_find_program_in_path ("sqlite3");
  g_autofree char *dir = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  /* Progress and results in order with the errors, through meson's pipe. */
  setvbuf (stdout, NULL, _IOLBF, 0);

  if (microreach == NULL || !g_file_test (microreach, G_FILE_TEST_IS_REGULAR) ||
      !g_file_test (microreach, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_printerr ("bench-import: MICROREACH_BIN %s%s; run it through "
                  "`meson test --benchmark import`, which sets it\n",
                  microreach != NULL ? microreach : "is not set",
                  microreach != NULL ? " is not an executable" : "");
      return 1;
    }
  if (sqlite3_shell == NULL)
    {
      g_printerr ("bench-import: the sqlite3 command-line shell is not installed "
                  "(Debian package sqlite3; build-aux/dev test installs it)\n");
      return 1;
    }

  dir = g_dir_make_tmp ("microreach-bench-import-XXXXXX", &error);
  if (dir == NULL)
    {
      g_printerr ("bench-import: %s\n", error->message);
      return 1;
    }

  status = run_benchmark (dir, microreach, sqlite3_shell);
  mr_bench_remove_dir (dir);
  return status;
}
