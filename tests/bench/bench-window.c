/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench-window"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "mr-application.h"
#include "mr-bench.h"
#include "mr-bench-data.h"
#include "mr-creators-page-private.h"
#include "mr-test-widgets.h"
#include "mr-window.h"

/* The window on the big database (10,000 creators, 1,000,000 posts, 1,800,000 follower
 * snapshots), as the user meets it:
 *
 * - open: from opening the database (the application's "activate", once GTK and
 *   libadwaita are set up) to the end of the first frame that shows the Creators list:
 *   all 10,000 creators in its model, counted, and the first screen of rows drawn —
 *   the store opened, the window built and drawn. The metrics follow from a worker
 *   thread, the rows GTK keeps away from the screen over the next frames. Also
 *   reported: the same from the start of the program, which adds GTK's own start and
 *   the session bus;
 * - keystroke: the search bar opened, a query typed one letter at a time and erased
 *   again, twice; for each key, from the entry's text changing to the end of the first
 *   frame at which the list is filtered completely. The entry's own delay before it
 *   searches (150 ms by default, so that a fast typist's letters are taken together) is
 *   set to 0: what is measured is the app's work, not a pause it takes on purpose.
 *
 * Each run is a fresh process (a cold GTK, a warm file cache); the figures are medians
 * over the runs, the keystrokes over all runs' keys. Needs a display: meson runs it
 * under xvfb-run and dbus-run-session, like the GUI tests.
 *
 * The window is drawn by GTK's software renderer (GSK_RENDERER=cairo), unless
 * GSK_RENDERER says otherwise: on a machine without a graphics card, GTK 4.8 would
 * draw with OpenGL on the processor (llvmpipe), whose every frame costs 25–50 ms
 * whatever the window shows, and the figures would measure llvmpipe, not Microreach.
 * One more run with OpenGL is reported for comparison, without a target.
 *
 * Environment: MR_BENCH_DATABASE to use a database bench-data (or bench-all) made,
 * MR_BENCH_WINDOW_RUNS (default 5), MR_BENCH_KEEP=1 to keep the temporary folder. */

#define TYPING_ROUNDS   2
#define KEY_INTERVAL_MS 40
#define TIMEOUT_S       300

/* ── One run, in a child process ─────────────────────────────────────────────────── */

typedef struct
{
  double          start;
  guint           n_expected;
  MrCreatorsPage *page;
  GdkFrameClock  *frame_clock;
  gulong          paint_handler;

  double          opening;         /* "activate": the database about to be opened */
  double          opening_cpu;     /* the main thread's processor time then */
  double          activated;       /* store open, window built */
  double          first_frame;     /* the list filled on screen */

  /* Typing. */
  gboolean        typing;
  gboolean        applied;         /* the entry has searched for what was typed */
  guint           n_typed;
  double          key_start;
  GArray         *keys_ms;

  /* MR_BENCH_PHASES=1: where a keystroke's time goes, on standard error. */
  gboolean        phases;
  double          key_set;         /* the entry's text changed */
  double          searched;        /* the list filtered */
  double          frame_start;
  double          layout_end;
  double          paint_end;
} Run;

static const char query[] = MR_BENCH_DATA_QUERY;

/* Key @n of the query typed letter by letter, then erased the same way, done to the
 * entry as a key press does it: a letter is inserted at the end, Backspace deletes the
 * last one. (Setting the whole text would empty the entry first, and search for
 * nothing in between.) */
static void
type_key (GtkEditable *entry,
          guint        n)
{
  const guint len = sizeof query - 1;
  guint in_round = n % (2 * len);
  int length = (int) g_utf8_strlen (gtk_editable_get_text (entry), -1);

  if (in_round < len)
    gtk_editable_insert_text (entry, query + in_round, 1, &length);
  else
    gtk_editable_delete_text (entry, length - 1, length);
}

static gboolean press_key (gpointer data);

/* The calling thread's processor time, which a busy machine does not inflate. */
static double
thread_cpu_seconds (void)
{
  struct timespec now;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &now);
  return now.tv_sec + now.tv_nsec / 1e9;
}

static void
finish (Run *run)
{
  GtkWindow *window = GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (run->page)));

  g_clear_signal_handler (&run->paint_handler, run->frame_clock);
  g_print ("activated_seconds=%.4f\n", run->activated - run->opening);
  g_print ("first_frame_seconds=%.4f\n", run->first_frame - run->opening);
  g_print ("from_start_seconds=%.4f\n", run->first_frame - run->start);
  g_print ("rows=%u\n", run->n_expected);
  g_print ("peak_rss_mib=%.1f\n", mr_bench_peak_rss_mib ());
  g_print ("keys_ms=");
  for (guint i = 0; i < run->keys_ms->len; i++)
    g_print ("%s%.3f", i > 0 ? "," : "", g_array_index (run->keys_ms, double, i));
  g_print ("\n");

  gtk_window_close (window);
}

static void
on_after_paint (GdkFrameClock *clock,
                Run           *run)
{
  double now = mr_bench_now ();
  GtkSelectionModel *rows = gtk_column_view_get_model (run->page->column_view);

  if (run->first_frame == 0)
    {
      if (rows == NULL || g_list_model_get_n_items (G_LIST_MODEL (rows)) == 0 ||
          g_list_model_get_n_items (G_LIST_MODEL (run->page->selection)) != run->n_expected ||
          gtk_filter_list_model_get_pending (run->page->filter_model) > 0)
        return;

      run->first_frame = now;
      if (run->phases)
        g_printerr ("first frame: %.3f s, of which the main thread's processor time %.3f s\n",
                    now - run->opening, thread_cpu_seconds () - run->opening_cpu);
      /* Ctrl+F, and a moment for the search bar to slide in before the first key. */
      gtk_search_bar_set_search_mode (run->page->search_bar, TRUE);
      g_timeout_add (500, press_key, run);
      return;
    }

  if (!run->typing || !run->applied ||
      gtk_filter_list_model_get_pending (run->page->filter_model) > 0)
    return;

  run->typing = FALSE;
  if (run->phases)
    g_printerr ("key %2u: edit %6.2f ms, search %6.2f, to the frame %6.2f, layout %6.2f, "
                "paint %6.2f, after %6.2f\n", run->n_typed,
                (run->key_set - run->key_start) * 1000, (run->searched - run->key_set) * 1000,
                (run->frame_start - run->searched) * 1000,
                (run->layout_end - run->frame_start) * 1000,
                (run->paint_end - run->layout_end) * 1000, (now - run->paint_end) * 1000);
  g_array_append_val (run->keys_ms, (double) { (now - run->key_start) * 1000 });
  if (run->keys_ms->len == TYPING_ROUNDS * 2 * (sizeof query - 1))
    finish (run);
  else
    g_timeout_add (KEY_INTERVAL_MS, press_key, run);
}

static gboolean
press_key (gpointer data)
{
  Run *run = data;

  run->typing = TRUE;
  run->applied = FALSE;
  run->key_start = mr_bench_now ();
  type_key (GTK_EDITABLE (run->page->search_entry), run->n_typed++);
  run->key_set = mr_bench_now ();
  return G_SOURCE_REMOVE;
}

/* A search that leaves the list as it was draws nothing new: the frame that shows it is
 * asked for here, so every key ends at a frame. */
static void
on_search_changed (GtkSearchEntry *entry,
                   Run            *run)
{
  run->applied = TRUE;
  run->searched = mr_bench_now ();
  gtk_widget_queue_draw (GTK_WIDGET (run->page));
}

static void
on_before_paint (GdkFrameClock *clock,
                 Run           *run)
{
  run->frame_start = mr_bench_now ();
}

static void
on_layout_end (GdkFrameClock *clock,
               Run           *run)
{
  run->layout_end = mr_bench_now ();
}

static void
on_paint_end (GdkFrameClock *clock,
              Run           *run)
{
  run->paint_end = mr_bench_now ();
}

/* Before the application's own handler, which opens the database. */
static void
on_opening (GApplication *app,
            Run          *run)
{
  run->opening = mr_bench_now ();
  run->opening_cpu = thread_cpu_seconds ();
}

static void
on_activate (GApplication *app,
             Run          *run)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  run->activated = mr_bench_now ();
  if (!MR_IS_WINDOW (window))
    g_error ("no window: the database could not be opened");

  run->page = mr_test_find_descendant (GTK_WIDGET (window), MR_TYPE_CREATORS_PAGE);
  run->frame_clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  if (run->page == NULL || run->frame_clock == NULL)
    g_error ("the window has no Creators page, or is not realized");

  gtk_search_entry_set_search_delay (run->page->search_entry, 0);
  g_signal_connect_after (run->page->search_entry, "search-changed",
                          G_CALLBACK (on_search_changed), run);
  run->paint_handler = g_signal_connect (run->frame_clock, "after-paint",
                                         G_CALLBACK (on_after_paint), run);
  if ((run->phases = g_strcmp0 (g_getenv ("MR_BENCH_PHASES"), "1") == 0))
    {
      g_signal_connect (run->frame_clock, "before-paint", G_CALLBACK (on_before_paint), run);
      g_signal_connect_after (run->frame_clock, "layout", G_CALLBACK (on_layout_end), run);
      g_signal_connect_after (run->frame_clock, "paint", G_CALLBACK (on_paint_end), run);
    }
}

static gboolean
on_timeout (gpointer data)
{
  g_error ("the window run took more than %d s", TIMEOUT_S);
  return G_SOURCE_REMOVE;
}

static int
run_child (const char *database,
           guint       n_expected)
{
  Run run = { .start = mr_bench_now (), .n_expected = n_expected };
  g_autoptr(MrApplication) app = NULL;
  int status;

  mr_application_init_i18n ();
  run.keys_ms = g_array_new (FALSE, FALSE, sizeof (double));
  app = mr_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  mr_application_set_database_path (app, database);
  g_signal_connect (app, "activate", G_CALLBACK (on_opening), &run);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate), &run);
  g_timeout_add_seconds (TIMEOUT_S, on_timeout, NULL);

  status = g_application_run (G_APPLICATION (app), 0, NULL);
  g_array_unref (run.keys_ms);
  return status;
}

/* ── The runs, from the parent ───────────────────────────────────────────────────── */

/* The value of @name in the child's `name=value` lines, or NULL. */
static const char *
child_value (char       **lines,
             const char  *name)
{
  gsize len = strlen (name);

  for (guint i = 0; lines[i] != NULL; i++)
    if (strncmp (lines[i], name, len) == 0 && lines[i][len] == '=')
      return lines[i] + len + 1;

  return NULL;
}

static double
child_number (char       **lines,
              const char  *name)
{
  const char *value = child_value (lines, name);

  return value != NULL ? g_ascii_strtod (value, NULL) : NAN;
}

/* One run in a child process, drawn by GTK's @renderer: its keystrokes added to @keys.
 * Returns: (transfer full): the child's name=value lines, or NULL */
static char **
run_once (const char  *database,
          const char  *rows,
          const char  *renderer,
          GArray      *keys,
          GError     **error)
{
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
  const char *argv[] = { self, "--child", database, rows, NULL };
  g_auto(GStrv) env = g_environ_setenv (g_get_environ (), "GSK_RENDERER", renderer, TRUE);
  g_autofree char *out = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) values = NULL;
  const char *key_values;
  int wait_status;

  if (!g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL,
                     &out, NULL, &wait_status, error) ||
      !g_spawn_check_wait_status (wait_status, error))
    return NULL;

  lines = g_strsplit (out, "\n", -1);
  if ((key_values = child_value (lines, "keys_ms")) == NULL ||
      isnan (child_number (lines, "first_frame_seconds")))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "no figures printed:\n%s", out);
      return NULL;
    }
  values = g_strsplit (key_values, ",", -1);
  for (guint i = 0; values[i] != NULL; i++)
    g_array_append_val (keys, (double) { g_ascii_strtod (values[i], NULL) });

  return g_steal_pointer (&lines);
}

static int
run_benchmark (const char *dir)
{
  const guint n_runs = mr_bench_env_uint ("MR_BENCH_WINDOW_RUNS", 5);
  const MrBenchDataSize size = MR_BENCH_DATA_DEFAULT;
  const char *renderer = g_getenv ("GSK_RENDERER") != NULL ? g_getenv ("GSK_RENDERER") : "cairo";
  g_autofree char *database = NULL;
  g_autofree char *rows = g_strdup_printf ("%u", size.n_creators);
  g_autofree double *activated = g_new0 (double, n_runs);
  g_autofree double *first_frame = g_new0 (double, n_runs);
  g_autofree double *from_start = g_new0 (double, n_runs);
  g_autoptr(GArray) keys = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) gl_keys = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(MrBenchReport) report = mr_bench_report_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) gl_lines = NULL;
  double peak_rss_mib = 0, key_median;

  if ((database = mr_bench_data_get (dir, &error)) == NULL)
    {
      g_printerr ("bench-window: %s\n", error->message);
      return 1;
    }

  for (guint r = 0; r < n_runs; r++)
    {
      g_auto(GStrv) lines = run_once (database, rows, renderer, keys, &error);

      if (lines == NULL)
        {
          g_printerr ("bench-window: run %u: %s\n", r + 1, error->message);
          return 1;
        }
      activated[r] = child_number (lines, "activated_seconds");
      first_frame[r] = child_number (lines, "first_frame_seconds");
      from_start[r] = child_number (lines, "from_start_seconds");
      peak_rss_mib = MAX (peak_rss_mib, child_number (lines, "peak_rss_mib"));
      g_print ("run %u (%s): window ready %.3f s, first frame with %s rows %.3f s, "
               "keystrokes %s ms\n", r + 1, renderer, activated[r], rows, first_frame[r],
               child_value (lines, "keys_ms"));
    }

  /* For comparison: OpenGL on the processor (llvmpipe), which GTK 4.8 picks when the
   * machine has no graphics card. Each of its frames costs tens of milliseconds, whatever
   * the window shows. */
  if (g_getenv ("GSK_RENDERER") == NULL &&
      (gl_lines = run_once (database, rows, "gl", gl_keys, &error)) == NULL)
    {
      g_printerr ("bench-window: run with OpenGL: %s\n", error->message);
      return 1;
    }

  /* Sorts them too: the slowest is last. */
  key_median = mr_bench_median ((double *) keys->data, keys->len);

  mr_bench_report_add (report, "window_first_frame_seconds", "%.3f",
                       mr_bench_median (first_frame, n_runs), "s", 0.5,
                       "opening the database to the first frame listing 10,000 creators (median)");
  mr_bench_report_add (report, "window_ready_seconds", "%.3f",
                       mr_bench_median (activated, n_runs), "s", NAN,
                       "of which: the store opened and the window built (median)");
  mr_bench_report_add (report, "window_from_start_seconds", "%.3f",
                       mr_bench_median (from_start, n_runs), "s", NAN,
                       "the same from the program's start, GTK's own start included (median)");
  mr_bench_report_add (report, "window_peak_rss_mib", "%.1f", peak_rss_mib, "MiB", NAN,
                       "the window's peak resident memory");
  mr_bench_report_add (report, "window_keystroke_ms", "%.2f", key_median, "ms", 16.0,
                       "one search keystroke to the frame showing the filtered list (median)");
  mr_bench_report_add (report, "window_keystroke_worst_ms", "%.2f",
                       keys->len > 0 ? g_array_index (keys, double, keys->len - 1) : NAN,
                       "ms", NAN, "the slowest keystroke");
  if (gl_lines != NULL)
    {
      mr_bench_report_add (report, "window_first_frame_gl_seconds", "%.3f",
                           child_number (gl_lines, "first_frame_seconds"), "s", NAN,
                           "the first frame, drawn with OpenGL on the processor (one run)");
      mr_bench_report_add (report, "window_keystroke_gl_ms", "%.2f",
                           mr_bench_median ((double *) gl_keys->data, gl_keys->len), "ms", NAN,
                           "a keystroke, drawn with OpenGL on the processor (median of one run)");
    }
  mr_bench_report_print (report);
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if (argc == 4 && g_str_equal (argv[1], "--child"))
    return run_child (argv[2], (guint) atoi (argv[3]));

  setvbuf (stdout, NULL, _IOLBF, 0);
  mr_application_init_i18n ();
  if ((dir = g_dir_make_tmp ("microreach-bench-window-XXXXXX", &error)) == NULL)
    {
      g_printerr ("bench-window: %s\n", error->message);
      return 1;
    }
  status = run_benchmark (dir);
  mr_bench_remove_dir (dir);
  return status;
}
