/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench-roster-search"

#include "config.h"

#include <math.h>

#include <gtk/gtk.h>

#include "mr-bench.h"
#include "mr-bench-data.h"
#include "mr-creator.h"
#include "mr-roster-filter.h"
#include "mr-roster-key.h"

/* Search as you type over 10,000 creators: the roster's filter in a filter model, alone
 * (the Creators page filters in one go; this model is incremental, to show the longest
 * step the main loop would take if it were sliced). A 6-letter query is typed one key at a time (the
 * search entry's own delay left out); for each key, the time until the filter model has
 * looked at every creator, and the longest single step of the main loop meanwhile —
 * what a keystroke that arrives during filtering would wait for. The first key also
 * works out every creator's search text. Prints a line per key, then the table with
 * `roster_search_keystroke_ms=<median>`, `roster_search_keystroke_worst_ms=<worst>` and
 * `roster_search_longest_step_ms=<longest step>`. */

#define N_CREATORS 10000
#define N_RUNS     5

static const char query[] = "marten";

/* The big database's creators (mr-bench-data), in memory: the filter needs no store. */
static GListModel *
generate (void)
{
  GListStore *store = g_list_store_new (MR_TYPE_CREATOR);
  MrBenchRand rand;

  mr_bench_rand_init (&rand, MR_BENCH_DATA_SEED);
  for (guint i = 0; i < N_CREATORS; i++)
    {
      g_auto(MrBenchPerson) person = { NULL };
      g_autoptr(MrCreator) creator = NULL;
      g_autoptr(MrAccount) account = NULL;

      mr_bench_person_init (&person, &rand, i + 1);
      creator = mr_creator_new (person.name);
      account = mr_account_new (mr_bench_rand_range (&rand, 0, 3), person.handle);
      mr_creator_set_niche (creator, person.niche);
      mr_account_set_followers (account, mr_bench_rand_range (&rand, 800, 2000000));
      g_list_store_append (G_LIST_STORE (mr_creator_get_accounts (creator)), account);
      g_list_store_append (store, creator);
    }

  return G_LIST_MODEL (store);
}

int
main (void)
{
  g_autoptr(GListModel) creators = generate ();
  g_autoptr(MrRosterFilter) filter = mr_roster_filter_new ();
  g_autoptr(GtkFilterListModel) model = NULL;
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(MrBenchReport) report = mr_bench_report_new ();
  double longest_step = 0.0, median;

  model = gtk_filter_list_model_new (g_object_ref (creators), g_object_ref (GTK_FILTER (filter)));
  gtk_filter_list_model_set_incremental (model, TRUE);

  for (guint run = 0; run < N_RUNS; run++)
    {
      /* Every run starts as after loading: no search text worked out yet. */
      mr_roster_key_invalidate_all ();
      mr_roster_filter_set_search (filter, NULL);
      while (gtk_filter_list_model_get_pending (model) > 0)
        g_main_context_iteration (NULL, FALSE);

      for (gsize typed = 1; typed <= strlen (query); typed++)
        {
          g_autofree char *text = g_strndup (query, typed);
          gint64 start = g_get_monotonic_time ();
          gint64 step = start;
          double ms;

          mr_roster_filter_set_search (filter, text);
          longest_step = MAX (longest_step, (g_get_monotonic_time () - step) / 1000.0);
          while (gtk_filter_list_model_get_pending (model) > 0)
            {
              step = g_get_monotonic_time ();
              g_main_context_iteration (NULL, FALSE);
              longest_step = MAX (longest_step, (g_get_monotonic_time () - step) / 1000.0);
            }
          ms = (g_get_monotonic_time () - start) / 1000.0;
          g_array_append_val (times, ms);
          g_print ("run %u, \"%s\": %.2f ms, %u of %u creators shown\n", run, text, ms,
                   g_list_model_get_n_items (G_LIST_MODEL (model)), N_CREATORS);
        }
    }

  /* Sorts them too: the worst is last. */
  median = mr_bench_median ((double *) times->data, times->len);
  mr_bench_report_add (report, "roster_search_keystroke_ms", "%.2f", median, "ms", 16.0,
                       "one keystroke, the filter model alone (median)");
  mr_bench_report_add (report, "roster_search_keystroke_worst_ms", "%.2f",
                       g_array_index (times, double, times->len - 1), "ms", NAN,
                       "the slowest keystroke (the first works out search texts)");
  mr_bench_report_add (report, "roster_search_longest_step_ms", "%.2f", longest_step, "ms",
                       NAN, "the longest main-loop step while filtering");
  mr_bench_report_print (report);

  return 0;
}
