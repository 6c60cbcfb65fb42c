/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-import-search"

#include "config.h"

#include <string.h>

#include "mr-import-formats.h"
#include "mr-test-sink.h"

/* Search Console and Google Trends downloads as a marketer has them: which kind of file
 * each one is taken for, and the figures read from it. */

#define MARCH "2026-03-01..2026-03-31"

static const char *
detect (const char *path)
{
  g_autofree char *full = g_test_build_filename (G_TEST_DIST, "data", path, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (full);
  g_autoptr(GError) error = NULL;
  g_autoptr(MrImportFile) import_file = mr_import_file_open (file, NULL, &error);

  g_assert_no_error (error);
  return import_file->format->id;
}

static MrTestSink *
read_file (const char           *path,
           const MrImportFormat *format,
           const char           *export_date,
           const char           *period)
{
  g_autoptr(GError) error = NULL;
  MrTestSink *sink = mr_test_sink_read (path, format, export_date, period, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (sink->format_id, ==, format->id);
  return sink;
}

static const char *
find_line (MrTestSink *sink,
           const char *line)
{
  guint index;

  if (g_ptr_array_find_with_equal_func (sink->lines, line, g_str_equal, &index))
    return g_ptr_array_index (sink->lines, index);
  mr_test_sink_dump (sink);
  return NULL;
}

#define assert_line(sink, line) g_assert_cmpstr (find_line ((sink), (line)), ==, (line))

static char *
format_period (MrTestSink *sink)
{
  char start[11];
  char end[11];

  if (!g_date_valid (&sink->period_start) || !g_date_valid (&sink->period_end))
    return g_strdup ("unknown");
  mr_import_format_day (&sink->period_start, start);
  mr_import_format_day (&sink->period_end, end);
  return g_strdup_printf ("%s..%s", start, end);
}

static void
test_detect (void)
{
  static const struct {
    const char *path;
    const char *format;
  } cases[] = {
    { "search-console/en/Queries.csv", "search-console-queries" },
    { "search-console/en/Pages.csv", "search-console-pages" },
    { "search-console/en/Countries.csv", "search-console-countries" },
    { "search-console/en/Devices.csv", "search-console-devices" },
    { "search-console/en/Dates.csv", "search-console-dates" },
    { "search-console/en/Filters.csv", "search-console-filters" },
    { "search-console/fr/Requêtes.csv", "search-console-queries" },
    { "search-console/fr/Pages.csv", "search-console-pages" },
    { "search-console/fr/Pays.csv", "search-console-countries" },
    { "search-console/fr/Appareils.csv", "search-console-devices" },
    { "search-console/fr/Dates.csv", "search-console-dates" },
    { "search-console/fr/Filtres.csv", "search-console-filters" },
    { "search-console/nl/Zoekopdrachten.csv", "search-console-queries" },
    { "trends/multiTimeline.csv", "trends" },
    { "trends/two-terms.csv", "trends" },
    { "trends/day.csv", "trends" },
    { "trends/month.csv", "trends" },
    { "trends/dag-nl.csv", "trends" },
    { "trends/mois-fr.csv", "trends" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%s", cases[i].path);
      g_assert_cmpstr (detect (cases[i].path), ==, cases[i].format);
    }
}

static void
test_console_queries (void)
{
  g_autoptr(MrTestSink) sink = read_file ("search-console/en/Queries.csv",
                                          &mr_import_format_search_console_queries,
                                          NULL, MARCH);

  g_assert_cmpuint (sink->rows, ==, 5);
  g_assert_cmpuint (mr_test_sink_count (sink, "search search-console query " MARCH " "), ==, 5);
  assert_line (sink, "search search-console query " MARCH " clicks=412 impressions=3296 "
                     "ctr=12.5 position=4.2 query=influencer marketing agency");
  assert_line (sink, "search search-console query " MARCH " clicks=120 impressions=2400 "
                     "ctr=5 position=7.8 query=micro influencers, what are they");
  /* The newline inside the quoted query is part of it. */
  assert_line (sink, "search search-console query " MARCH " clicks=33 impressions=1100 "
                     "ctr=3 position=12.1 query=best\ncreator tools");
  assert_line (sink, "search search-console query " MARCH " clicks=9 impressions=980 "
                     "ctr=0.92 position=15.6 query=how to find \"nano\" influencers");
}

static void
test_console_tables (void)
{
  g_autoptr(MrTestSink) pages = read_file ("search-console/en/Pages.csv",
                                           &mr_import_format_search_console_pages,
                                           NULL, MARCH);
  g_autoptr(MrTestSink) countries = read_file ("search-console/en/Countries.csv",
                                               &mr_import_format_search_console_countries,
                                               NULL, MARCH);
  g_autoptr(MrTestSink) devices = read_file ("search-console/en/Devices.csv",
                                             &mr_import_format_search_console_devices,
                                             NULL, MARCH);

  g_assert_cmpuint (mr_test_sink_count (pages, "search search-console page " MARCH), ==, 3);
  assert_line (pages, "search search-console page " MARCH " clicks=142 impressions=3960 "
                      "ctr=3.59 position=8.3 "
                      "query=https://www.example.com/blog/micro-influencers");

  g_assert_cmpuint (mr_test_sink_count (countries, "search search-console country " MARCH),
                    ==, 4);
  assert_line (countries, "search search-console country " MARCH " clicks=12 impressions=610 "
                          "ctr=1.97 position=14 query=Germany");

  g_assert_cmpuint (mr_test_sink_count (devices, "search search-console device " MARCH), ==, 3);
  assert_line (devices, "search search-console device " MARCH " clicks=6 impressions=150 "
                        "ctr=4 position=8.7 query=Tablet");
}

static void
test_console_dates (void)
{
  g_autoptr(MrTestSink) sink = read_file ("search-console/en/Dates.csv",
                                          &mr_import_format_search_console_dates,
                                          NULL, NULL);

  /* Each day is its own period; the set's period plays no part. */
  g_assert_cmpuint (mr_test_sink_count (sink, "search search-console total "), ==, 5);
  assert_line (sink, "search search-console total 2026-03-31..2026-03-31 clicks=21 "
                     "impressions=310 ctr=6.77 position=6.8 query=");
  assert_line (sink, "search search-console total 2026-03-30..2026-03-30 clicks=18 "
                     "impressions=295 ctr=6.1 position=7 query=");
}

static void
test_console_without_period (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MrTestSink) sink = mr_test_sink_read ("search-console/en/Queries.csv",
                                                  &mr_import_format_search_console_queries,
                                                  NULL, NULL, &error);

  g_assert_null (sink);
  g_assert_error (error, MR_IMPORT_ERROR, MR_IMPORT_ERROR_FAILED);
  g_assert_true (g_str_has_prefix (error->message, "Queries.csv: "));
  g_assert_nonnull (strstr (error->message, "Filters"));
}

static void
test_filters_absolute (void)
{
  g_autoptr(MrTestSink) sink = read_file ("search-console/en/Filters.csv",
                                          &mr_import_format_search_console_filters,
                                          "2026-04-02", NULL);
  g_autofree char *period = format_period (sink);

  g_assert_cmpstr (period, ==, "2026-03-01..2026-03-31");
  g_assert_cmpuint (sink->lines->len, ==, 0);
}

static void
test_filters_relative (void)
{
  g_autoptr(MrTestSink) sink = read_file ("search-console/fr/Filtres.csv",
                                          &mr_import_format_search_console_filters,
                                          "2026-04-02", NULL);
  g_autofree char *period = format_period (sink);

  /* "28 derniers jours": the 28 days up to the download. */
  g_assert_cmpstr (period, ==, "2026-03-06..2026-04-02");
  g_assert_cmpuint (sink->lines->len, ==, 0);
}

static void
test_filters_without_date (void)
{
  g_autoptr(MrTestSink) sink = read_file ("search-console/filters-without-date.csv",
                                          &mr_import_format_search_console_filters,
                                          "2026-04-02", NULL);
  g_autofree char *period = format_period (sink);

  g_assert_cmpstr (period, ==, "unknown");
}

static void
test_filters_unreadable_period (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MrTestSink) sink = mr_test_sink_read ("search-console/filters-compare.csv",
                                                  &mr_import_format_search_console_filters,
                                                  "2026-04-02", NULL, &error);

  g_assert_null (sink);
  g_assert_error (error, MR_IMPORT_ERROR, MR_IMPORT_ERROR_INVALID_VALUE);
  g_assert_true (g_str_has_prefix (error->message, "filters-compare.csv:3: "));
  g_assert_nonnull (strstr (error->message, "“Value”"));
}

static void
test_console_french (void)
{
  const char *period = "2026-03-06..2026-04-02";
  g_autoptr(MrTestSink) queries = read_file ("search-console/fr/Requêtes.csv",
                                             &mr_import_format_search_console_queries,
                                             NULL, period);
  g_autoptr(MrTestSink) devices = read_file ("search-console/fr/Appareils.csv",
                                             &mr_import_format_search_console_devices,
                                             NULL, period);
  g_autoptr(MrTestSink) dates = read_file ("search-console/fr/Dates.csv",
                                           &mr_import_format_search_console_dates,
                                           NULL, NULL);

  g_assert_cmpuint (queries->rows, ==, 3);
  assert_line (queries, "search search-console query 2026-03-06..2026-04-02 clicks=64 "
                        "impressions=910 ctr=7.03 position=4.9 query=agence influenceurs lyon");
  assert_line (queries, "search search-console query 2026-03-06..2026-04-02 clicks=22 "
                        "impressions=1340 ctr=1.64 position=8.1 "
                        "query=micro-influenceurs, tarifs");
  assert_line (devices, "search search-console device 2026-03-06..2026-04-02 clicks=33 "
                        "impressions=1110 ctr=2.97 position=6.8 query=Ordinateur");
  assert_line (dates, "search search-console total 2026-04-01..2026-04-01 clicks=5 "
                      "impressions=160 ctr=3.13 position=7.6 query=");
}

static void
test_console_dutch (void)
{
  g_autoptr(MrTestSink) sink = read_file ("search-console/nl/Zoekopdrachten.csv",
                                          &mr_import_format_search_console_queries,
                                          NULL, MARCH);

  g_assert_cmpuint (mr_test_sink_count (sink, "search search-console query " MARCH), ==, 3);
  assert_line (sink, "search search-console query " MARCH " clicks=88 impressions=1530 "
                     "ctr=5.75 position=6.3 query=influencer bureau utrecht");
}

static void
test_trends_preamble (void)
{
  g_autoptr(MrTestSink) sink = read_file ("trends/multiTimeline.csv",
                                          &mr_import_format_trends, NULL, NULL);

  g_assert_cmpuint (sink->rows, ==, 5);
  g_assert_cmpuint (mr_test_sink_count (sink, "search trends topic "), ==, 5);
  /* A week runs from the day in the row to six days later. */
  assert_line (sink, "search trends topic 2026-02-01..2026-02-07 interest=61 "
                     "region=Netherlands query=micro influencer");
  assert_line (sink, "search trends topic 2026-02-22..2026-02-28 interest=100 "
                     "region=Netherlands query=micro influencer");
  assert_line (sink, "search trends topic 2026-03-01..2026-03-07 interest=87 "
                     "region=Netherlands query=micro influencer");
}

static void
test_trends_two_terms (void)
{
  g_autoptr(MrTestSink) sink = read_file ("trends/two-terms.csv",
                                          &mr_import_format_trends, NULL, NULL);

  g_assert_cmpuint (sink->rows, ==, 3);
  g_assert_cmpuint (sink->lines->len, ==, 6);
  assert_line (sink, "search trends topic 2025-12-28..2026-01-03 interest=71 "
                     "region=Worldwide query=influencer marketing");
  /* "<1" is below one, which is not nothing. */
  assert_line (sink, "search trends topic 2025-12-28..2026-01-03 interest=0.5 "
                     "region=Worldwide query=nano influencer");
  assert_line (sink, "search trends topic 2026-01-11..2026-01-17 interest=2 "
                     "region=Worldwide query=nano influencer");
}

static void
test_trends_day_and_month (void)
{
  g_autoptr(MrTestSink) days = read_file ("trends/day.csv", &mr_import_format_trends,
                                          NULL, NULL);
  g_autoptr(MrTestSink) months = read_file ("trends/month.csv", &mr_import_format_trends,
                                            NULL, NULL);

  g_assert_cmpuint (days->lines->len, ==, 3);
  assert_line (days, "search trends topic 2026-03-31..2026-03-31 interest=100 "
                     "region=United States query=creator economy");

  g_assert_cmpuint (months->lines->len, ==, 3);
  assert_line (months, "search trends topic 2025-12-01..2025-12-31 interest=38 "
                       "region=Worldwide query=ugc creator");
  assert_line (months, "search trends topic 2026-02-01..2026-02-28 interest=61 "
                       "region=Worldwide query=ugc creator");
}

static void
test_trends_localized (void)
{
  g_autoptr(MrTestSink) dutch = read_file ("trends/dag-nl.csv", &mr_import_format_trends,
                                           NULL, NULL);
  g_autoptr(MrTestSink) french = read_file ("trends/mois-fr.csv", &mr_import_format_trends,
                                            NULL, NULL);

  g_assert_cmpuint (dutch->lines->len, ==, 2);
  assert_line (dutch, "search trends topic 2026-03-30..2026-03-30 interest=73 "
                      "region=Nederland query=koffie");
  g_assert_cmpuint (french->lines->len, ==, 2);
  assert_line (french, "search trends topic 2026-01-01..2026-01-31 interest=82 "
                       "region=France query=café");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-search/detect", test_detect);
  g_test_add_func ("/import-search/console/queries", test_console_queries);
  g_test_add_func ("/import-search/console/tables", test_console_tables);
  g_test_add_func ("/import-search/console/dates", test_console_dates);
  g_test_add_func ("/import-search/console/without-period", test_console_without_period);
  g_test_add_func ("/import-search/console/french", test_console_french);
  g_test_add_func ("/import-search/console/dutch", test_console_dutch);
  g_test_add_func ("/import-search/filters/absolute", test_filters_absolute);
  g_test_add_func ("/import-search/filters/relative", test_filters_relative);
  g_test_add_func ("/import-search/filters/without-date", test_filters_without_date);
  g_test_add_func ("/import-search/filters/unreadable-period", test_filters_unreadable_period);
  g_test_add_func ("/import-search/trends/preamble", test_trends_preamble);
  g_test_add_func ("/import-search/trends/two-terms", test_trends_two_terms);
  g_test_add_func ("/import-search/trends/day-and-month", test_trends_day_and_month);
  g_test_add_func ("/import-search/trends/localized", test_trends_localized);

  return g_test_run ();
}
