/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench-export"

#include "config.h"

#include <math.h>
#include <stdio.h>

#include <glib/gstdio.h>

#include "mr-application.h"
#include "mr-bench.h"
#include "mr-bench-data.h"

/* `microreach --export-json` of the whole big database (10,000 creators, 1,000,000 posts,
 * 1,800,000 follower snapshots), run as a script would: the real binary, its output read
 * from a pipe and counted; then that JSON restored into a new database. Prints a line per
 * run, then the table: the median time, the size of the JSON and the child's peak
 * resident memory, and the restore's time and peak. Fails when the export or the restore
 * does.
 *
 * Environment: MICROREACH_BIN (set by the test environment), GSETTINGS_SCHEMA_DIR;
 * MR_BENCH_DATABASE to use a database bench-data (or bench-all) made, MR_BENCH_EXPORT_RUNS
 * (default 3) and MR_BENCH_KEEP=1 to keep the temporary folder. */

/* The export restored into a new database, as when moving to another computer. The
 * restore reads the file a creator at a time: its memory is the file's size and little
 * more, where reading all of it at once took five times that. */
static gboolean
restore_export (const char    *dir,
                const char    *microreach,
                const char    *database_arg,
                char * const  *env,
                const char    *log,
                MrBenchReport *report)
{
  g_autofree char *json = g_build_filename (dir, "export.json", NULL);
  g_autofree char *restored = g_build_filename (dir, "restored.db", NULL);
  g_autofree char *restored_arg = g_strconcat ("--database=", restored, NULL);
  const char * const export_argv[] = {
    "/bin/sh", "-c", "exec \"$0\" \"$1\" --export-json > \"$2\"",
    microreach, database_arg, json, NULL
  };
  const char * const restore_argv[] = { microreach, restored_arg, "--import", json, NULL };
  g_autoptr(GError) error = NULL;
  MrBenchChild child;
  GStatBuf info;

  if (!mr_bench_run_child (export_argv, env, log, FALSE, &child, &error) ||
      child.status != 0 || g_stat (json, &info) != 0 ||
      !mr_bench_run_child (restore_argv, env, log, FALSE, &child, &error) ||
      child.status != 0)
    {
      if (error == NULL)
        mr_bench_print_log (log, 4000);
      g_printerr ("bench-export: the export could not be restored%s%s\n",
                  error != NULL ? ": " : "", error != NULL ? error->message : "");
      return FALSE;
    }

  g_print ("restore: %.2f s, %.1f MiB of JSON, %.1f MiB peak\n", child.seconds,
           info.st_size / 1048576.0, child.peak_rss_mib);
  mr_bench_report_add (report, "restore_json_seconds", "%.2f", child.seconds, "s", NAN,
                       "microreach --import of that JSON into a new database");
  mr_bench_report_add (report, "restore_json_peak_rss_mib", "%.1f", child.peak_rss_mib,
                       "MiB", NAN, "its peak resident memory");
  return TRUE;
}

static int
run_benchmark (const char *dir,
               const char *microreach)
{
  const guint n_runs = mr_bench_env_uint ("MR_BENCH_EXPORT_RUNS", 3);
  g_autofree double *seconds = g_new0 (double, n_runs);
  g_autofree char *database = NULL;
  g_autofree char *database_arg = NULL;
  g_autofree char *log = g_build_filename (dir, "export.log", NULL);
  g_auto(GStrv) env = g_get_environ ();
  g_autoptr(MrBenchReport) report = mr_bench_report_new ();
  g_autoptr(GError) error = NULL;
  double peak_rss_mib = 0;
  guint64 bytes = 0;

  if ((database = mr_bench_data_get (dir, &error)) == NULL)
    {
      g_printerr ("bench-export: %s\n", error->message);
      return 1;
    }
  database_arg = g_strconcat ("--database=", database, NULL);

  /* As the tests run it: no display, settings in memory. */
  env = g_environ_setenv (env, "GSETTINGS_BACKEND", "memory", TRUE);
  env = g_environ_unsetenv (env, "DISPLAY");
  env = g_environ_unsetenv (env, "WAYLAND_DISPLAY");

  for (guint r = 0; r < n_runs; r++)
    {
      const char * const argv[] = { microreach, database_arg, "--export-json", NULL };
      MrBenchChild child;

      if (!mr_bench_run_child (argv, env, log, TRUE, &child, &error))
        {
          g_printerr ("bench-export: %s\n", error->message);
          return 1;
        }
      if (child.status != 0 || child.stdout_bytes == 0)
        {
          mr_bench_print_log (log, 4000);
          g_printerr ("bench-export: microreach --export-json failed (%s %d)\n",
                      child.status < 0 ? "signal" : "exit status", child.status);
          return 1;
        }
      seconds[r] = child.seconds;
      bytes = child.stdout_bytes;
      peak_rss_mib = MAX (peak_rss_mib, child.peak_rss_mib);
      g_print ("run %u: %.2f s, %.1f MiB of JSON, %.1f MiB peak\n", r + 1, child.seconds,
               child.stdout_bytes / 1048576.0, child.peak_rss_mib);
    }

  mr_bench_report_add (report, "export_json_seconds", "%.2f",
                       mr_bench_median (seconds, n_runs), "s", NAN,
                       "microreach --export-json of the big database (median)");
  mr_bench_report_add (report, "export_json_mib", "%.1f", bytes / 1048576.0, "MiB", NAN,
                       "the JSON it printed");
  mr_bench_report_add (report, "export_json_peak_rss_mib", "%.1f", peak_rss_mib, "MiB", NAN,
                       "its peak resident memory");
  if (!restore_export (dir, microreach, database_arg, env, log, report))
    return 1;
  mr_bench_report_print (report);
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  const char *microreach = g_getenv ("MICROREACH_BIN");
  g_autofree char *dir = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  setvbuf (stdout, NULL, _IOLBF, 0);
  mr_application_init_i18n ();

  if (microreach == NULL || !g_file_test (microreach, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_printerr ("bench-export: MICROREACH_BIN %s; run it through "
                  "`meson test --benchmark export-json`, which sets it\n",
                  microreach != NULL ? "is not an executable" : "is not set");
      return 1;
    }

  if ((dir = g_dir_make_tmp ("microreach-bench-export-XXXXXX", &error)) == NULL)
    {
      g_printerr ("bench-export: %s\n", error->message);
      return 1;
    }
  status = run_benchmark (dir, microreach);
  mr_bench_remove_dir (dir);
  return status;
}
