/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench-all"

#include "config.h"

#include <math.h>
#include <stdio.h>

#include "mr-application.h"
#include "mr-bench.h"
#include "mr-bench-data.h"

/* Every benchmark in one run, and one table of all their figures with their targets:
 *
 *   meson test -C _build --benchmark --verbose
 *
 * bench-all PROGRAM… generates the big database once (MR_BENCH_DATABASE for the
 * programs that use it), runs each PROGRAM in turn with its output passed through, and
 * gathers the figures they print (MR_BENCH_FIGURES). The window's benchmark needs a
 * display: meson runs the whole under xvfb-run and dbus-run-session. Fails when a
 * program fails; a figure over its target is marked MISSED, and counted in
 * `targets_missed`. MR_BENCH_KEEP=1 keeps the database. */

static gboolean
run_program (const char  *program,
             GError     **error)
{
  const char * const argv[] = { program, NULL };
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GDataInputStream) out = NULL;
  double start = mr_bench_now ();
  char *line;

  g_print ("\n── %s ──\n", program);
  child = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE, error);
  if (child == NULL)
    return FALSE;

  /* Passed through as it comes: the slow ones say what they are doing. */
  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (child));
  while ((line = g_data_input_stream_read_line_utf8 (out, NULL, NULL, NULL)) != NULL)
    {
      g_print ("%s\n", line);
      g_free (line);
    }

  if (!g_subprocess_wait_check (child, NULL, error))
    return FALSE;
  g_print ("(%s: %.1f s)\n", program, mr_bench_now () - start);
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  g_autofree char *database = NULL;
  g_autofree char *figures = NULL;
  g_autoptr(MrBenchReport) report = mr_bench_report_new ();
  g_autoptr(GError) error = NULL;
  double start;
  int status = 0;

  setvbuf (stdout, NULL, _IOLBF, 0);
  mr_application_init_i18n ();
  if (argc < 2)
    {
      g_printerr ("usage: bench-all PROGRAM…\n");
      return 2;
    }

  if ((dir = g_dir_make_tmp ("microreach-bench-all-XXXXXX", &error)) == NULL)
    {
      g_printerr ("bench-all: %s\n", error->message);
      return 1;
    }

  start = mr_bench_now ();
  if ((database = mr_bench_data_get (dir, &error)) == NULL)
    {
      g_printerr ("bench-all: %s\n", error->message);
      mr_bench_remove_dir (dir);
      return 1;
    }
  mr_bench_report_add (report, "data_generate_seconds", "%.1f", mr_bench_now () - start,
                       "s", NAN, "writing the big database (not a target)");

  figures = g_build_filename (dir, "figures.tsv", NULL);
  g_setenv ("MR_BENCH_DATABASE", database, TRUE);
  g_setenv ("MR_BENCH_FIGURES", figures, TRUE);

  for (int i = 1; i < argc; i++)
    if (!run_program (argv[i], &error))
      {
        g_printerr ("bench-all: %s: %s\n", argv[i], error->message);
        g_clear_error (&error);
        status = 1;
      }

  /* What the failed programs printed before they failed is still there. */
  if (g_file_test (figures, G_FILE_TEST_EXISTS) &&
      !mr_bench_report_load (report, figures, &error))
    {
      g_printerr ("bench-all: %s\n", error->message);
      status = 1;
    }
  g_unsetenv ("MR_BENCH_FIGURES");

  g_print ("\n── all figures ──\n");
  mr_bench_report_add (report, "targets_missed", "%.0f", mr_bench_report_n_missed (report),
                       "", NAN, "figures over their target");
  mr_bench_report_print (report);

  mr_bench_remove_dir (dir);
  return status;
}
