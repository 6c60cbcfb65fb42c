/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-moments"

#include "config.h"

#include <math.h>
#include <string.h>

#include "mr-chart-activity.h"
#include "mr-demand-rising.h"
#include "mr-import-json.h"
#include "mr-import-plan.h"
#include "mr-import-writer.h"
#include "mr-intent.h"
#include "mr-json-export.h"
#include "mr-moment-format.h"
#include "mr-query-match.h"
#include "mr-response.h"
#include "mr-search-series.h"
#include "mr-store-private.h"
#include "mr-test-util.h"

/* Micro-moments as the marketer meets them: a Trends export whose last days spike opens
 * one moment due in hours; years of history list their spikes and open none; detecting
 * again never doubles a moment; deadlines pass; Search Console's queries get their
 * intents and a query that rose between two exports opens a moment. */

typedef struct {
  char    *dir;
  char    *path;
  MrStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = mr_test_make_temp_dir ();
  fixture->path = g_build_filename (fixture->dir, "test.db", NULL);
  fixture->store = mr_test_open_store (fixture->path);
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
data_file (const char *path)
{
  g_autofree char *full = g_build_filename (g_test_get_dir (G_TEST_DIST), "data", path, NULL);

  return g_file_new_for_path (full);
}

static void
import_file (Fixture *fixture,
             GFile   *file)
{
  g_autoptr(MrImportPlan) plan = mr_import_plan_new ();
  g_autoptr(GError) error = NULL;
  sqlite3 *db = mr_store_get_handle (fixture->store);

  g_assert_true (mr_import_plan_add_files (plan, &file, 1, NULL, &error));
  g_assert_true (mr_import_plan_scan (plan, MR_IMPORT_SCAN_QUICK, db, NULL, NULL, NULL, &error));
  g_assert_true (mr_import_plan_run (plan, db, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (mr_store_reload (fixture->store, &error));
  g_assert_no_error (error);
}

static void
import (Fixture    *fixture,
        const char *path)
{
  g_autoptr(GFile) file = data_file (path);

  import_file (fixture, file);
}

/* A moment in Amsterdam's time: the database keeps UTC, so a lost offset would show. */
static GDateTime *
local_time (int year,
            int month,
            int day,
            int hour)
{
  return g_date_time_new_local (year, month, day, hour, 0, 0);
}

static GPtrArray *
detect (Fixture   *fixture,
        GDateTime *now)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *opened = mr_store_detect_moments (fixture->store, now, &error);

  g_assert_no_error (error);
  g_assert_nonnull (opened);
  return opened;
}

static guint
n_moments (Fixture *fixture)
{
  return g_list_model_get_n_items (mr_store_get_moments (fixture->store));
}

static const MrSearchSeries *
find_series (GPtrArray  *series,
             const char *query)
{
  for (guint i = 0; i < series->len; i++)
    {
      const MrSearchSeries *one = g_ptr_array_index (series, i);

      if (g_strcmp0 (one->query, query) == 0)
        return one;
    }
  g_error ("No series for %s", query);
}

static JsonObject *
export_root (Fixture    *fixture,
             JsonParser *parser)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = mr_json_export_to_string (fixture->store, FALSE, &error);

  g_assert_no_error (error);
  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  return json_node_get_object (json_parser_get_root (parser));
}

static JsonObject *
find_entry (JsonObject *root,
            const char *query,
            const char *period_start)
{
  JsonArray *search = json_object_get_array_member (root, "search");

  for (guint i = 0; i < json_array_get_length (search); i++)
    {
      JsonObject *entry = json_array_get_object_element (search, i);

      if (!json_object_get_null_member (entry, "query") &&
          g_strcmp0 (json_object_get_string_member (entry, "query"), query) == 0 &&
          (period_start == NULL ||
           g_strcmp0 (json_object_get_string_member (entry, "period_start"), period_start) == 0))
        return entry;
    }
  g_error ("No search entry for %s", query);
}

/* ── The rule for two consecutive exports (metrics) ──────────────────────────────── */

static void
test_rising_rule (void)
{
  MrDemandSettings settings;
  MrDemandSpike spike;
  /* February (28 days), then March (31 days), as Julian days. */
  const guint32 feb1 = 739283, feb28 = feb1 + 27, mar1 = feb28 + 1, mar31 = mar1 + 30;
  struct {
    MrDemandSnapshot before, after;
    gboolean         rises;
  } cases[] = {
    /* Forty a month to over six hundred: the wage talks have begun. */
    { { feb1, feb28, 40 }, { mar1, mar31, 620 }, TRUE },
    /* Steady, a little more in a longer month. */
    { { feb1, feb28, 900 }, { mar1, mar31, 950 }, FALSE },
    /* A third more: a slow rise, not a moment. */
    { { feb1, feb28, 3000 }, { mar1, mar31, 4400 }, FALSE },
    /* Tripled, but from 5 to 17: noise. */
    { { feb1, feb28, 5 }, { mar1, mar31, 17 }, FALSE },
    /* Below the earlier export's cut-off, then 300: rose from nothing. */
    { { feb1, feb28, 0 }, { mar1, mar31, 300 }, TRUE },
    /* The same rise between periods a month apart says nothing about now. */
    { { feb1 - 60, feb28 - 60, 40 }, { mar1, mar31, 620 }, FALSE },
  };

  mr_demand_settings_init (&settings);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gboolean rises = mr_demand_find_rise (&cases[i].before, &cases[i].after, &settings, &spike);

      if (rises != cases[i].rises)
        g_error ("Case %u: expected %s", i, cases[i].rises ? "a rise" : "none");
    }

  g_assert_true (mr_demand_find_rise (&cases[0].before, &cases[0].after, &settings, &spike));
  g_assert_cmpuint (spike.first_day, ==, mar1);
  g_assert_cmpuint (spike.last_day, ==, mar31);
  g_assert_cmpfloat_with_epsilon (spike.recent_mean, 20.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (spike.baseline_mean, 40.0 / 28, 1e-9);

  /* A stricter k lets a modest doubling pass no more. */
  cases[0].before.count = 300;
  cases[0].after.count = 700;
  g_assert_true (mr_demand_find_rise (&cases[0].before, &cases[0].after, &settings, &spike));
  settings.k = 30;
  g_assert_false (mr_demand_find_rise (&cases[0].before, &cases[0].after, &settings, &spike));
}

static void
test_query_words (void)
{
  g_auto(GStrv) words = mr_query_match_words ("Hoe plak ik een fietsband?");
  g_auto(GStrv) coffee = mr_query_match_words ("beste CAFÉ latte kopen");
  g_auto(GStrv) none = mr_query_match_words ("wat is de beste");
  const char * const *w = (const char * const *) words;
  const char * const *c = (const char * const *) coffee;

  g_assert_cmpstrv (words, ((const char * const[]) { "plak", "fietsband", NULL }));
  g_assert_cmpstrv (coffee, ((const char * const[]) { "cafe", "latte", NULL }));
  g_assert_cmpuint (g_strv_length (none), ==, 0);

  g_assert_cmpuint (mr_query_match_count (w, "Zo PLAK je een fietsband 🚲"), ==, 2);
  g_assert_cmpuint (mr_query_match_count (w, "Fiets & reparatie"), ==, 1);
  g_assert_cmpuint (mr_query_match_count (w, "Over fietsen"), ==, 0);
  g_assert_cmpuint (mr_query_match_count (c, "Café-hopper, lattes"), ==, 2);
  g_assert_cmpuint (mr_query_match_count (c, "Caffeine"), ==, 0);
  g_assert_cmpuint (mr_query_match_count (c, NULL), ==, 0);
}

static void
test_response_summary (void)
{
  /* Detected at 0, due at 24 h: answered in 2 h, 5 h and 30 h (late); one expired. */
  const MrResponseRecord records[] = {
    { 0, 24 * 3600, 2 * 3600 },
    { 0, 24 * 3600, 5 * 3600 },
    { 0, 24 * 3600, 30 * 3600 },
    { 0, 24 * 3600, 0 },
  };
  MrResponseSummary summary;

  mr_response_summarize (records, G_N_ELEMENTS (records), &summary);
  g_assert_cmpuint (summary.n_judged, ==, 4);
  g_assert_cmpuint (summary.n_answered, ==, 3);
  g_assert_cmpuint (summary.n_in_time, ==, 2);
  g_assert_cmpfloat (summary.median_seconds, ==, 5 * 3600);
  g_assert_cmpfloat (summary.share_in_time, ==, 50.0);

  mr_response_summarize (NULL, 0, &summary);
  g_assert_cmpuint (summary.n_judged, ==, 0);
  g_assert_true (isnan (summary.median_seconds));
  g_assert_true (isnan (summary.share_in_time));
}

static void
test_countdown_format (void)
{
  static const struct {
    gint64      seconds;
    const char *text;
  } cases[] = {
    { 3 * 3600, "3 h left" },
    { 3 * 3600 - 20, "3 h left" },
    { 45 * 60, "45 min left" },
    { 44 * 60 + 30, "45 min left" },
    { 20, "1 min left" },
    { 0, "1 min overdue" },
    { -20 * 60, "20 min overdue" },
    { -2 * 3600, "2 h overdue" },
  };
  static const struct {
    gint64      seconds;
    const char *text;
  } durations[] = {
    { 45 * 60, "45 min" },
    { 3 * 3600, "3 h" },
    { 3 * 3600 + 20 * 60, "3 h 20 min" },
    { 50 * 3600, "2 d 2 h" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = mr_moment_format_countdown (cases[i].seconds);

      g_assert_cmpstr (text, ==, cases[i].text);
    }

  for (guint i = 0; i < G_N_ELEMENTS (durations); i++)
    {
      g_autofree char *text = mr_moment_format_duration (durations[i].seconds);

      g_assert_cmpstr (text, ==, durations[i].text);
    }
}

/* ── Detection ───────────────────────────────────────────────────────────────────── */

static void
test_trends_spike_opens_moment (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(GDateTime) now = local_time (2026, 4, 14, 12);
  g_autoptr(GPtrArray) opened = NULL;
  g_autoptr(GPtrArray) series = NULL;
  g_autoptr(GError) error = NULL;
  MrMomentSettings settings;
  MrMoment *moment;
  GTimeSpan window;

  import (fixture, "trends/spike-last-days.csv");
  mr_moment_settings_init (&settings);
  settings.response_hours = 6;
  mr_store_set_moment_settings (fixture->store, &settings);

  opened = detect (fixture, now);
  g_assert_cmpuint (opened->len, ==, 1);
  g_assert_cmpuint (n_moments (fixture), ==, 1);
  moment = g_ptr_array_index (opened, 0);
  g_assert_cmpstr (mr_moment_get_title (moment), ==, "fietsband plakken");
  g_assert_cmpint (mr_moment_get_intent (moment), ==, mr_intent_classify ("fietsband plakken").intent);
  g_assert_cmpint (mr_moment_get_status (moment), ==, MR_MOMENT_STATUS_OPEN);
  g_assert_cmpstr (mr_moment_get_source (moment), ==, "trends");
  g_assert_nonnull (strstr (mr_moment_get_trigger (moment), "“fietsband plakken”"));
  g_assert_nonnull (strstr (mr_moment_get_trigger (moment), "14 April 2026"));
  g_assert_true (g_str_has_suffix (mr_moment_get_trigger (moment),
                                   "Source: Google Trends, Netherlands."));
  g_assert_cmpint (g_date_time_to_unix (mr_moment_get_detected_at (moment)), ==,
                   g_date_time_to_unix (now));
  /* Due in hours: the response window, not days. */
  window = g_date_time_difference (mr_moment_get_respond_by (moment),
                                   mr_moment_get_detected_at (moment));
  g_assert_cmpint (window, ==, 6 * G_TIME_SPAN_HOUR);
  g_assert_cmpint (mr_test_query_int (mr_store_get_handle (fixture->store),
                                      "SELECT count(*) FROM moment WHERE status = 'open'"
                                      "  AND respond_by = '2026-04-14T16:00:00Z'", 0), ==, 1);

  /* The spike is listed with its series, the days that stood out ending today. */
  series = mr_store_list_search_series (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (find_series (series, "fietsband plakken")->spikes->len, ==, 1);
  g_assert_cmpuint (find_series (series, "fietsband plakken")->points->len, ==, 90);
}

static void
test_history_opens_none (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GDateTime) now = local_time (2026, 4, 14, 12);
  g_autoptr(GPtrArray) opened = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *entry, *spike;
  JsonArray *spikes;

  import (fixture, "trends/five-years.csv");
  opened = detect (fixture, now);
  g_assert_cmpuint (opened->len, ==, 0);
  g_assert_cmpuint (n_moments (fixture), ==, 0);

  /* Every spike of the five years is in the export, under its term. */
  entry = find_entry (export_root (fixture, parser), "faillissement aanvragen", NULL);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (entry, "series")), ==, 261);
  spikes = json_object_get_array_member (entry, "spikes");
  g_assert_cmpuint (json_array_get_length (spikes), ==, 3);
  /* Each told by the week that stood out most against the weeks before it. */
  spike = json_array_get_object_element (spikes, 0);
  g_assert_cmpstr (json_object_get_string_member (spike, "date"), ==, "2022-03-13");
  g_assert_cmpfloat (json_object_get_double_member (spike, "value"), ==, 71);
  g_assert_true (json_object_get_double_member (spike, "baseline") < 30);
  g_assert_cmpstr (json_object_get_string_member (spike, "end"), ==, "2022-03-20");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (spikes, 1), "date"),
                   ==, "2023-10-01");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (spikes, 2), "date"),
                   ==, "2024-06-09");
  g_assert_cmpstr (json_object_get_string_member (entry, "intent"), ==, "do");
}

static GFile *
extended_copy (Fixture    *fixture,
               const char *path,
               const char *extra_line)
{
  g_autoptr(GFile) original = data_file (path);
  g_autofree char *contents = NULL;
  g_autofree char *longer = NULL;
  g_autofree char *copy = g_build_filename (fixture->dir, "multiTimeline.csv", NULL);
  g_autoptr(GError) error = NULL;

  g_file_load_contents (original, NULL, &contents, NULL, NULL, &error);
  g_assert_no_error (error);
  longer = g_strconcat (contents, extra_line, NULL);
  g_file_set_contents (copy, longer, -1, &error);
  g_assert_no_error (error);
  return g_file_new_for_path (copy);
}

/* Detecting again, after another import, at the next start: one spike, one moment. */
static void
test_detect_twice (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDateTime) now = local_time (2026, 4, 14, 12);
  g_autoptr(GDateTime) later = local_time (2026, 4, 14, 18);
  g_autoptr(GDateTime) next_day = local_time (2026, 4, 15, 9);
  g_autoptr(GFile) longer = extended_copy (fixture, "trends/spike-last-days.csv",
                                           "2026-04-15,97\n");
  g_autoptr(GPtrArray) first = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GPtrArray) after_import = NULL;
  g_autoptr(GPtrArray) after_restart = NULL;

  import (fixture, "trends/spike-last-days.csv");
  first = detect (fixture, now);
  g_assert_cmpuint (first->len, ==, 1);

  again = detect (fixture, later);
  g_assert_cmpuint (again->len, ==, 0);

  import_file (fixture, longer);
  after_import = detect (fixture, next_day);
  g_assert_cmpuint (after_import->len, ==, 0);

  g_clear_object (&fixture->store);
  fixture->store = mr_test_open_store (fixture->path);
  after_restart = detect (fixture, next_day);
  g_assert_cmpuint (after_restart->len, ==, 0);
  g_assert_cmpuint (n_moments (fixture), ==, 1);
  g_assert_cmpint (mr_test_query_int (mr_store_get_handle (fixture->store),
                                      "SELECT count(*) FROM moment", 0), ==, 1);
}

static void
on_series_loaded (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  GPtrArray **series = user_data;
  g_autoptr(GError) error = NULL;

  *series = mr_store_list_search_series_finish (MR_STORE (source), result, &error);
  g_assert_no_error (error);
}

static GPtrArray *
detect_async (Fixture   *fixture,
              GDateTime *now)
{
  g_autoptr(GPtrArray) series = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *opened;

  mr_store_list_search_series_async (fixture->store, NULL, on_series_loaded, &series);
  while (series == NULL)
    g_main_context_iteration (NULL, TRUE);
  opened = mr_store_open_moments (fixture->store, series, now, &error);
  g_assert_no_error (error);
  return opened;
}

/* Off the main thread, with the same outcome; the sensitivity decides what is a spike. */
static void
test_detect_async (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDateTime) now = local_time (2026, 4, 14, 12);
  g_autoptr(GPtrArray) strict = NULL;
  g_autoptr(GPtrArray) opened = NULL;
  MrMomentSettings settings;

  import (fixture, "trends/spike-last-days.csv");
  mr_moment_settings_init (&settings);
  settings.demand.k = 12;
  mr_store_set_moment_settings (fixture->store, &settings);
  strict = detect_async (fixture, now);
  g_assert_cmpuint (strict->len, ==, 0);

  settings.demand.k = 2;
  mr_store_set_moment_settings (fixture->store, &settings);
  opened = detect_async (fixture, now);
  g_assert_cmpuint (opened->len, ==, 1);
  g_assert_cmpuint (n_moments (fixture), ==, 1);
}

/* A spike older than the recent window only lists; a week later the same file opens
 * nothing. */
static void
test_recent_window (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GDateTime) week_later = local_time (2026, 4, 21, 12);
  g_autoptr(GPtrArray) opened = NULL;

  import (fixture, "trends/spike-last-days.csv");
  opened = detect (fixture, week_later);
  g_assert_cmpuint (opened->len, ==, 0);
}

static MrMoment *
add_moment (Fixture    *fixture,
            const char *title,
            GDateTime  *detected_at,
            int         hours)
{
  g_autoptr(GDateTime) respond_by = g_date_time_add_hours (detected_at, hours);
  g_autoptr(GError) error = NULL;
  MrMoment *moment = mr_moment_new (title);

  mr_moment_set_detected_at (moment, detected_at);
  mr_moment_set_respond_by (moment, respond_by);
  g_assert_true (mr_store_add_moment (fixture->store, moment, &error));
  g_assert_no_error (error);
  return moment;
}

static void
test_expiry (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GDateTime) morning = local_time (2026, 4, 14, 8);
  g_autoptr(GDateTime) noon = local_time (2026, 4, 14, 12);
  g_autoptr(GDateTime) evening = local_time (2026, 4, 14, 20);
  g_autoptr(MrMoment) short_one = add_moment (fixture, "koffie kopen", morning, 2);
  g_autoptr(MrMoment) long_one = add_moment (fixture, "fietsband plakken", morning, 24);
  g_autoptr(MrMoment) answered = add_moment (fixture, "cold brew", morning, 1);
  g_autoptr(MrStore) reopened = NULL;
  g_autoptr(GError) error = NULL;
  MrMoment *stored;
  guint n_expired = 99;

  g_assert_true (mr_store_close_moment (fixture->store, answered, MR_MOMENT_STATUS_RESPONDED,
                                        morning, &error));
  g_assert_true (mr_store_expire_moments (fixture->store, noon, &n_expired, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_expired, ==, 1);
  g_assert_cmpint (mr_moment_get_status (short_one), ==, MR_MOMENT_STATUS_EXPIRED);
  g_assert_cmpint (mr_moment_get_status (long_one), ==, MR_MOMENT_STATUS_OPEN);
  g_assert_cmpint (mr_moment_get_status (answered), ==, MR_MOMENT_STATUS_RESPONDED);

  /* Stored, not only shown. */
  reopened = mr_test_open_store (fixture->path);
  stored = mr_store_find_by_id (mr_store_get_moments (reopened), mr_moment_get_id (short_one));
  g_assert_cmpint (mr_moment_get_status (stored), ==, MR_MOMENT_STATUS_EXPIRED);
  g_assert_null (mr_moment_get_responded_at (stored));

  g_assert_true (mr_store_expire_moments (fixture->store, noon, &n_expired, &error));
  g_assert_cmpuint (n_expired, ==, 0);

  /* An expired moment can still be answered, late. */
  g_assert_true (mr_store_close_moment (fixture->store, short_one, MR_MOMENT_STATUS_RESPONDED,
                                        evening, &error));
  g_assert_no_error (error);
  g_assert_cmpint (mr_moment_get_status (short_one), ==, MR_MOMENT_STATUS_RESPONDED);
  g_assert_cmpint (g_date_time_to_unix (mr_moment_get_responded_at (short_one)), ==,
                   g_date_time_to_unix (evening));
  g_assert_true (mr_store_close_moment (fixture->store, long_one, MR_MOMENT_STATUS_DISMISSED,
                                        evening, &error));
  g_assert_null (mr_moment_get_responded_at (long_one));
  g_assert_cmpint (mr_test_query_int (mr_store_get_handle (fixture->store),
                                      "SELECT count(*) FROM moment WHERE status = 'dismissed'",
                                      0), ==, 1);
}

/* ── Search Console ──────────────────────────────────────────────────────────────── */

static void
test_search_console_intents (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root;
  static const struct {
    const char *query;
    const char *intent;
  } expected[] = {
    { "wat is het verschil tussen cold brew en iced coffee", "know" },
    { "hoe plak ik een fietsband", "do" },
    { "Italiaans restaurant in de buurt", "go" },
    { "beste noise cancelling koptelefoon", "buy" },
  };

  import (fixture, "search-console/seeds/march");
  root = export_root (fixture, parser);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      JsonObject *entry = find_entry (root, expected[i].query, "2026-03-01");

      g_assert_cmpstr (json_object_get_string_member (entry, "intent"), ==, expected[i].intent);
      g_assert_cmpstr (json_object_get_string_member (entry, "period_end"), ==, "2026-03-31");
      /* One export has nothing to rise over. */
      g_assert_cmpuint (json_array_get_length (json_object_get_array_member (entry, "spikes")),
                        ==, 0);
    }
}

static void
test_rising_query (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDateTime) now = local_time (2026, 4, 2, 9);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GPtrArray) opened = NULL;
  JsonObject *root, *march, *february, *spike;
  MrMoment *moment;

  import (fixture, "search-console/seeds/february");
  import (fixture, "search-console/seeds/march");
  opened = detect (fixture, now);
  g_assert_cmpuint (opened->len, ==, 1);
  moment = g_ptr_array_index (opened, 0);
  g_assert_cmpstr (mr_moment_get_title (moment), ==, "loonsverhoging onderhandelen");
  g_assert_cmpstr (mr_moment_get_source (moment), ==, "search-console");
  g_assert_true (g_str_has_suffix (mr_moment_get_trigger (moment), "Source: Search Console."));
  g_assert_nonnull (strstr (mr_moment_get_trigger (moment), "31 March 2026"));

  /* Listed under the export of the period that rose, not the one before. */
  root = export_root (fixture, parser);
  march = find_entry (root, "loonsverhoging onderhandelen", "2026-03-01");
  february = find_entry (root, "loonsverhoging onderhandelen", "2026-02-01");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (february, "spikes")), ==, 0);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (march, "spikes")), ==, 1);
  spike = json_array_get_object_element (json_object_get_array_member (march, "spikes"), 0);
  g_assert_cmpstr (json_object_get_string_member (spike, "date"), ==, "2026-03-31");
  g_assert_cmpfloat (json_object_get_double_member (spike, "value"), ==, 20);
  g_assert_cmpfloat (json_object_get_double_member (spike, "baseline"), ==, 1.43);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (
                      find_entry (root, "hoe plak ik een fietsband", "2026-03-01"), "spikes")), ==, 0);
}

/* A site's days rising all together: a moment about the site, with no intent. */
static void
test_site_spike (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GDateTime) now = local_time (2026, 3, 31, 10);
  g_autoptr(GPtrArray) opened = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  sqlite3 *db = mr_store_get_handle (fixture->store);
  JsonObject *entry;
  MrMoment *moment;

  g_assert_cmpint (sqlite3_exec (db,
    "WITH RECURSIVE d (n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM d WHERE n < 59)"
    " INSERT INTO search_stat (source, kind, query, period_start, period_end, clicks,"
    "                          impressions, ctr, position)"
    "   SELECT 'search-console', 'total', '', date ('2026-01-31', '+' || n || ' days'),"
    "          date ('2026-01-31', '+' || n || ' days'), 20 + n % 5,"
    "          CASE WHEN n >= 57 THEN 900 ELSE 300 + (n * 7) % 40 END, 6.5, 7.1 FROM d",
    NULL, NULL, NULL), ==, SQLITE_OK);

  opened = detect (fixture, now);
  g_assert_cmpuint (opened->len, ==, 1);
  moment = g_ptr_array_index (opened, 0);
  g_assert_cmpstr (mr_moment_get_title (moment), ==, "Your site in Google Search");
  g_assert_cmpint (mr_moment_get_intent (moment), ==, MR_INTENT_NONE);
  g_assert_true (g_str_has_prefix (mr_moment_get_trigger (moment),
                                   "Searches that showed your site rose to "));

  /* One entry for the site's days, each day's figures kept. */
  entry = json_array_get_object_element (json_object_get_array_member (export_root (fixture, parser),
                                                                       "search"), 0);
  g_assert_cmpstr (json_object_get_string_member (entry, "kind"), ==, "total");
  g_assert_true (json_object_get_null_member (entry, "intent"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (entry, "series")), ==, 60);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (entry, "spikes")), ==, 1);
  g_assert_cmpfloat (json_object_get_double_member (
                       json_array_get_object_element (json_object_get_array_member (entry, "series"), 59),
                       "ctr"), ==, 6.5);
}

/* ── Suggested creators ──────────────────────────────────────────────────────────── */

static void
test_suggest_creators (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(MrCreator) fietser = mr_test_add_creator (fixture->store, "Fenna Fietst", "fenna");
  g_autoptr(MrCreator) barista = mr_test_add_creator (fixture->store, "Bas Barista", "bas");
  g_autoptr(MrCreator) other = mr_test_add_creator (fixture->store, "Olga", "olga");
  g_autoptr(GPtrArray) suggested = NULL;
  g_autoptr(GPtrArray) coffee = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db = mr_store_get_handle (fixture->store);

  mr_creator_set_niche (barista, "Café & koffie");
  g_assert_true (mr_store_save_creator (fixture->store, barista, &error));
  mr_creator_set_niche (other, "Mode");
  g_assert_true (mr_store_save_creator (fixture->store, other, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_exec (db,
    "INSERT INTO post (account_id, external_id, published_at, caption)"
    "  SELECT id, '1', '2026-04-01T10:00:00Z', 'Zo PLAK je een fietsband, stap voor stap'"
    "    FROM account WHERE handle = 'fenna'"
    "  UNION ALL SELECT id, '2', '2026-04-02T10:00:00Z', 'Nieuwe outfit'"
    "    FROM account WHERE handle = 'olga'",
    NULL, NULL, NULL), ==, SQLITE_OK);

  suggested = mr_store_suggest_creators (fixture->store, "hoe plak ik een fietsband", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (suggested->len, ==, 1);
  g_assert_true (g_ptr_array_index (suggested, 0) == fietser);

  coffee = mr_store_suggest_creators (fixture->store, "beste cafe in de buurt", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (coffee->len, ==, 1);
  g_assert_true (g_ptr_array_index (coffee, 0) == barista);
}

/* ── The export, restored ────────────────────────────────────────────────────────── */

static char *
export_text (MrStore *store)
{
  g_autoptr(GError) error = NULL;
  char *text = mr_json_export_to_string (store, TRUE, &error);

  g_assert_no_error (error);
  return text;
}

static void
restore (MrStore    *store,
         const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  sqlite3 *db = mr_store_open_connection (store, &error);
  MrImportWriter *writer = mr_import_writer_new (db, &error);
  guint64 rows = 0;

  g_assert_no_error (error);
  g_assert_true (mr_import_writer_begin (writer, 0, &error));
  g_assert_true (mr_import_writer_begin_file (writer, &error));
  g_assert_true (mr_import_json_restore (writer, file, NULL, NULL, &rows, NULL, &error));
  g_assert_true (mr_import_writer_end_file (writer, TRUE, "export.json", "microreach-json",
                                            "restore", rows, &error));
  g_assert_true (mr_import_writer_commit (writer, "restore", &error));
  g_assert_no_error (error);
  mr_import_writer_free (writer);
  sqlite3_close (db);
  g_assert_true (mr_store_reload (store, &error));
  g_assert_no_error (error);
}

/* Series, spikes and moments come back as they were, and the restored moment still
 * stands for its spike. */
static void
test_export_restores (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GDateTime) now = local_time (2026, 4, 14, 12);
  g_autoptr(GPtrArray) opened = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autofree char *target_path = g_build_filename (fixture->dir, "target.db", NULL);
  g_autofree char *export_path = g_build_filename (fixture->dir, "export.json", NULL);
  g_autoptr(MrStore) target = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db = mr_store_get_handle (fixture->store);

  import (fixture, "trends/spike-last-days.csv");
  g_assert_cmpint (sqlite3_exec (db,
    "INSERT INTO search_stat (source, kind, query, period_start, period_end, clicks,"
    "                         impressions, ctr, position) VALUES"
    "  ('search-console', 'total', '', '2026-03-30', '2026-03-30', 18, 295, 6.1, 7),"
    "  ('search-console', 'total', '', '2026-03-31', '2026-03-31', 21, NULL, NULL, 6.8)",
    NULL, NULL, NULL), ==, SQLITE_OK);
  opened = detect (fixture, now);
  g_assert_cmpuint (opened->len, ==, 1);
  before = export_text (fixture->store);
  g_file_set_contents (export_path, before, -1, &error);
  g_assert_no_error (error);

  target = mr_test_open_store (target_path);
  restore (target, export_path);
  after = export_text (target);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (mr_test_query_int (mr_store_get_handle (target),
                                      "SELECT count(*) FROM search_stat WHERE kind = 'total'"
                                      "  AND impressions IS NULL AND clicks = 21", 0), ==, 1);

  again = mr_store_detect_moments (target, now, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (again->len, ==, 0);
}

/* The heat map puts a post in the local weekday and hour it went out: summer and winter
 * time in Amsterdam, and a post that is Monday in UTC but Tuesday here. */
static void
test_post_hours (void)
{
  MrChartActivityData *data = mr_chart_activity_data_new (MR_CHART_ACTIVITY_POSTS,
                                                          MR_PLATFORM_INSTAGRAM);
  static const struct { const char *utc; guint weekday; guint hour; double rate; } posts[] = {
    { "2026-07-06T08:30:00Z", 0, 10, 4.0 },   /* Monday 10:30 CEST */
    { "2026-01-05T23:30:00Z", 1, 0, 6.0 },    /* Tuesday 00:30 CET */
    { "2026-03-29T00:59:00Z", 6, 1, 2.0 },    /* Sunday 01:59 CET, before the change */
    { "2026-03-29T01:00:00Z", 6, 3, 8.0 },    /* Sunday 03:00 CEST, after it */
  };
  double mean;

  for (guint i = 0; i < G_N_ELEMENTS (posts); i++)
    {
      g_autoptr(GDateTime) time = g_date_time_new_from_iso8601 (posts[i].utc, NULL);

      mr_chart_activity_data_add_post (data, g_date_time_to_unix (time), posts[i].rate);
    }
  mr_chart_activity_data_add_post (data, 0, 99.0);    /* no time: left out */

  for (guint i = 0; i < G_N_ELEMENTS (posts); i++)
    {
      g_assert_true (mr_chart_activity_data_get_cell (data, posts[i].weekday, posts[i].hour, &mean));
      g_assert_cmpfloat (mean, ==, posts[i].rate);
    }
  g_assert_false (mr_chart_activity_data_get_cell (data, 0, 8, &mean));
  g_assert_false (mr_chart_activity_data_get_cell (data, 6, 2, &mean));
  mr_chart_activity_data_free (data);
}

/* The heat map's list of accounts: follower activity by weekday or by date, or posts
 * with a time, likes and views (or followers to divide by); not posts without a time,
 * likes without anything to divide by, or an account with nothing. */
static void
test_audience_accounts (Fixture       *fixture,
                        gconstpointer  data)
{
  static const char *handles[] = { "weekdays", "dates", "timed", "followers", "untimed",
                                   "nobase", "empty" };
  g_autoptr(MrCreator) creator = mr_test_add_creator (fixture->store, "Anna Bakt", NULL);
  sqlite3 *db = mr_store_get_handle (fixture->store);
  g_autoptr(GHashTable) shown = NULL;
  g_autoptr(GError) error = NULL;
  gint64 ids[G_N_ELEMENTS (handles)];

  for (guint i = 0; i < G_N_ELEMENTS (handles); i++)
    {
      mr_test_add_account (fixture->store, creator, MR_PLATFORM_TIKTOK, handles[i]);
      ids[i] = mr_test_query_int (db, "SELECT max(id) FROM account", 0);
    }
  g_assert_cmpint (sqlite3_exec (db,
    "INSERT INTO activity (account_id, weekday, hour, active_followers)"
    "  SELECT id, 2, 20, 300 FROM account WHERE handle = 'weekdays';"
    "INSERT INTO activity (account_id, day, hour, active_followers)"
    "  SELECT id, '2026-11-02', 9, 120 FROM account WHERE handle = 'dates';"
    "INSERT INTO post (account_id, external_id, published_at, views, likes)"
    "  SELECT id, 'a', '2026-11-02T08:00:00Z', 1000, 40 FROM account WHERE handle = 'timed';"
    "UPDATE account SET followers = 5000 WHERE handle = 'followers';"
    "INSERT INTO post (account_id, external_id, published_at, likes)"
    "  SELECT id, 'b', '2026-11-03T18:00:00Z', 90 FROM account WHERE handle = 'followers';"
    "INSERT INTO post (account_id, external_id, views, likes)"
    "  SELECT id, 'c', 1000, 40 FROM account WHERE handle = 'untimed';"
    "INSERT INTO post (account_id, external_id, published_at, likes)"
    "  SELECT id, 'd', '2026-11-03T18:00:00Z', 90 FROM account WHERE handle = 'nobase';",
    NULL, NULL, NULL), ==, SQLITE_OK);

  shown = mr_store_list_audience_accounts (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (shown), ==, 4);
  for (guint i = 0; i < G_N_ELEMENTS (handles); i++)
    {
      if (g_hash_table_contains (shown, &ids[i]) != (i < 4))
        g_error ("account %s: %s", handles[i], i < 4 ? "left out" : "listed");
    }
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "Europe/Amsterdam", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/moments/rising-rule", test_rising_rule);
  g_test_add_func ("/moments/query-words", test_query_words);
  g_test_add_func ("/moments/response-summary", test_response_summary);
  g_test_add_func ("/moments/countdown-format", test_countdown_format);
  g_test_add_func ("/moments/post-hours", test_post_hours);

#define ADD(path, func) \
  g_test_add ("/moments/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("audience-accounts", test_audience_accounts);

  ADD ("trends-spike-opens-moment", test_trends_spike_opens_moment);
  ADD ("history-opens-none", test_history_opens_none);
  ADD ("detect-twice", test_detect_twice);
  ADD ("detect-async", test_detect_async);
  ADD ("recent-window", test_recent_window);
  ADD ("expiry", test_expiry);
  ADD ("search-console-intents", test_search_console_intents);
  ADD ("rising-query", test_rising_query);
  ADD ("site-spike", test_site_spike);
  ADD ("suggest-creators", test_suggest_creators);
  ADD ("export-restores", test_export_restores);

#undef ADD

  return g_test_run ();
}
