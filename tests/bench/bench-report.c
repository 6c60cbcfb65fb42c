/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench-report"

#include "config.h"

#include <math.h>

#include <glib/gstdio.h>

#include "mr-application.h"
#include "mr-bench.h"
#include "mr-import-plan.h"
#include "mr-report.h"
#include "mr-store.h"

/* How long one creator's vetting report takes, from the store to the finished PDF (read,
 * laid out, drawn, written to memory): the creator of a year of TikTok Studio export,
 * and every creator of a 200-row roster. Prints a line per run, then the table with
 * `report_seconds_per_creator=<median>` for the former (target: under 0.2 s) and
 * `report_seconds_per_roster_creator=<mean>` for the latter. */

#define N_RUNS 15

static void
import (MrStore    *store,
        const char *data_dir)
{
  g_autoptr(MrImportPlan) plan = mr_import_plan_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *year = g_build_filename (data_dir, "tiktok", "year", NULL);
  g_autofree char *roster = g_build_filename (data_dir, "roster", "roster-200.csv", NULL);
  GFile *files[] = { g_file_new_for_path (year), g_file_new_for_path (roster) };

  if (!mr_import_plan_add_files (plan, files, G_N_ELEMENTS (files), NULL, &error) ||
      !mr_import_plan_scan (plan, MR_IMPORT_SCAN_QUICK, mr_store_get_handle (store),
                            NULL, NULL, NULL, &error) ||
      !mr_import_plan_run (plan, mr_store_get_handle (store), NULL, NULL, NULL, &error) ||
      !mr_store_reload (store, &error) ||
      !mr_store_set_vetting_settings (store, MR_TIER_SCHEME_DEFAULT, NULL, NULL, &error))
    g_error ("%s", error->message);

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    g_object_unref (files[i]);
}

static double
time_report (MrStore   *store,
             MrCreator *creator)
{
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;
  g_autoptr(MrReport) report = NULL;
  double start = mr_bench_now ();

  report = mr_report_new (store, &creator, 1, &error);
  if (report == NULL ||
      !mr_report_write_pdf (report, stream, MR_REPORT_PAPER_A4, NULL, &error))
    g_error ("%s", error->message);

  return mr_bench_now () - start;
}

/* The database and whatever SQLite kept beside it. */
static void
remove_folder (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *file = g_build_filename (dir, name, NULL);

      g_remove (file);
    }
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data_dir = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(MrStore) store = NULL;
  GListModel *creators;
  g_autoptr(MrCreator) fixture = NULL;
  g_autoptr(MrBenchReport) report = mr_bench_report_new ();
  double runs[N_RUNS];
  double total = 0;

  mr_application_init_i18n ();
  if (argc > 2 || (argc == 1 && g_getenv ("G_TEST_SRCDIR") == NULL))
    g_error ("usage: bench-report [TESTS-DATA-FOLDER] (default: $G_TEST_SRCDIR/data)");
  data_dir = argc == 2 ? g_strdup (argv[1])
                       : g_build_filename (g_getenv ("G_TEST_SRCDIR"), "data", NULL);

  dir = g_dir_make_tmp ("bench-report-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "bench.db", NULL);
  if ((store = mr_store_open (path, &error)) == NULL)
    g_error ("%s", error->message);
  import (store, data_dir);

  creators = mr_store_get_creators (store);
  for (guint i = 0; i < g_list_model_get_n_items (creators) && fixture == NULL; i++)
    {
      g_autoptr(MrCreator) creator = g_list_model_get_item (creators, i);
      MrAccount *account = mr_creator_get_primary_account (creator);

      if (account != NULL && g_str_equal (mr_account_get_handle (account), "sanne.fietst"))
        fixture = g_steal_pointer (&creator);
    }
  g_assert_nonnull (fixture);

  for (guint i = 0; i < N_RUNS; i++)
    {
      runs[i] = time_report (store, fixture);
      g_print ("run %u: %.4f s\n", i + 1, runs[i]);
    }
  mr_bench_report_add (report, "report_seconds_per_creator", "%.4f",
                       mr_bench_median (runs, N_RUNS), "s", 0.2,
                       "one vetting report PDF, a year of TikTok data (median)");

  for (guint i = 0; i < g_list_model_get_n_items (creators); i++)
    {
      g_autoptr(MrCreator) creator = g_list_model_get_item (creators, i);

      total += time_report (store, creator);
    }
  mr_bench_report_add (report, "report_seconds_per_roster_creator", "%.4f",
                       total / g_list_model_get_n_items (creators), "s", NAN,
                       "a vetting report PDF per roster creator (mean)");
  mr_bench_report_print (report);

  g_clear_object (&store);
  remove_folder (dir);
  return 0;
}
