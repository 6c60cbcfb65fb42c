/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-import-youtube"

#include "config.h"

#include <string.h>

#include "mr-import-file-private.h"
#include "mr-import-formats.h"
#include "mr-test-sink.h"

/* YouTube Studio's Advanced analytics downloads: Table data by video (in English and in
 * Dutch) and by country, Chart data and Totals. */

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
           const MrImportFormat *format)
{
  g_autoptr(GError) error = NULL;
  MrTestSink *sink = mr_test_sink_read (path, format, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (sink->format_id, ==, format->id);
  return sink;
}

/* Reads @text as a file of @format named table.csv; NULL with @error when refused. */
static MrTestSink *
read_text (const char            *text,
           const MrImportFormat  *format,
           GError               **error)
{
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (text, -1, NULL);
  g_autoptr(MrImportFile) file = mr_import_file_open_as (stream, "table.csv", format, NULL,
                                                         error);
  g_autoptr(MrTestSink) sink = mr_test_sink_new ();

  if (file == NULL || !mr_import_file_read (file, &sink->parent, NULL, error))
    return NULL;
  return g_steal_pointer (&sink);
}

static int
line_index (MrTestSink *sink,
            const char *line)
{
  guint index;

  if (g_ptr_array_find_with_equal_func (sink->lines, line, g_str_equal, &index))
    return (int) index;
  mr_test_sink_dump (sink);
  return -1;
}

#define assert_line(sink, line) g_assert_cmpint (line_index ((sink), (line)), >=, 0)
#define line_at(sink, i) ((const char *) g_ptr_array_index ((sink)->lines, (i)))

static void
test_detect (void)
{
  static const struct {
    const char *path;
    const char *format;
  } cases[] = {
    { "youtube/table-content.csv", "youtube-content" },
    { "youtube/table-content-nl.csv", "youtube-content" },
    { "youtube/table-geography.csv", "youtube-geography" },
    { "youtube/chart-data.csv", "youtube-chart" },
    { "youtube/totals.csv", "youtube-totals" },
    { "youtube/totals-watch-time.csv", "youtube-totals" },
    { "youtube/totals-subscribers.csv", "youtube-totals" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpstr (detect (cases[i].path), ==, cases[i].format);
}

static void
test_content (void)
{
  g_autoptr(MrTestSink) sink = read_file ("youtube/table-content.csv",
                                          &mr_import_format_youtube_content);

  /* The Total row is the channel's: totals first, then four videos, and no fifth. */
  g_assert_cmpuint (sink->rows, ==, 4);
  g_assert_cmpuint (sink->lines->len, ==, 8);
  g_assert_cmpstr (line_at (sink, 0), ==, "total views 48210");
  g_assert_cmpstr (line_at (sink, 1), ==, "total watch_hours 2104.55");
  g_assert_cmpstr (line_at (sink, 2), ==, "total subscribers 312");
  g_assert_cmpstr (line_at (sink, 3), ==, "total impressions 410233");
  g_assert_null (mr_test_sink_find (sink, "post Total"));
  g_assert_cmpuint (mr_test_sink_count (sink, "post "), ==, 4);

  /* " -Xq3vB7kLm0" as written: the id without its space. */
  g_assert_cmpstr (line_at (sink, 4), ==,
                   "post -Xq3vB7kLm0 published=2024-09-27T00:00:00Z kind=video views=20311 "
                   "impressions=150220 duration=612 caption=Sourdough, day 1: the starter");
  /* No publish time written: none made up. */
  assert_line (sink, "post Zk4pR8tYu2c kind=video views=9870 impressions=98104 duration=95 "
                     "caption=Channel trailer");
  /* The table has no likes, comments or shares: none claimed. */
  for (guint i = 0; i < sink->lines->len; i++)
    {
      g_assert_null (strstr (line_at (sink, i), "likes="));
      g_assert_null (strstr (line_at (sink, i), "comments="));
      g_assert_null (strstr (line_at (sink, i), "shares="));
    }
}

static void
test_content_dutch (void)
{
  g_autoptr(MrTestSink) sink = read_file ("youtube/table-content-nl.csv",
                                          &mr_import_format_youtube_content);

  g_assert_cmpuint (sink->rows, ==, 2);
  g_assert_cmpuint (mr_test_sink_count (sink, "total "), ==, 7);
  assert_line (sink, "total views 9120");
  assert_line (sink, "total watch_hours 401.2");
  assert_line (sink, "total likes 610");
  assert_line (sink, "total comments 88");
  assert_line (sink, "total shares 41");
  g_assert_null (mr_test_sink_find (sink, "post Totaal"));
  assert_line (sink, "post Pq7rS1tUv3w published=2024-09-27T00:00:00Z kind=video views=6210 "
                     "impressions=80100 likes=430 comments=61 shares=30 duration=530 "
                     "caption=Stoofpeertjes");
  assert_line (sink, "post -Lm5nO2pQr8 published=2024-10-03T00:00:00Z kind=video views=2910 "
                     "impressions=40300 likes=180 comments=27 shares=11 duration=488 "
                     "caption=Appeltaart zonder oven");
}

static void
test_geography (void)
{
  g_autoptr(MrTestSink) sink = read_file ("youtube/table-geography.csv",
                                          &mr_import_format_youtube_geography);

  /* Shares of the channel's views, not of the listed countries'; a country without
   * views is left out. */
  g_assert_cmpuint (sink->rows, ==, 4);
  g_assert_cmpuint (sink->lines->len, ==, 3);
  g_assert_cmpstr (line_at (sink, 0), ==, "audience territory NL 0.62");
  g_assert_cmpstr (line_at (sink, 1), ==, "audience territory BE 0.19");
  g_assert_cmpstr (line_at (sink, 2), ==, "audience territory US 0.08");
}

/* Found by fuzzing: a Total row below the sum of the countries (a second table pasted
 * under the first) made shares above 100 %, and views below zero shares below 0 %. */
static void
test_geography_inconsistent (void)
{
  g_autoptr(MrTestSink) sink = NULL;
  g_autoptr(GError) error = NULL;

  sink = read_text ("Geography,Views\nTotal,100\nNL,300\nBE,100\n",
                    &mr_import_format_youtube_geography, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sink->lines->len, ==, 2);
  g_assert_cmpstr (line_at (sink, 0), ==, "audience territory NL 0.75");
  g_assert_cmpstr (line_at (sink, 1), ==, "audience territory BE 0.25");
  g_clear_pointer (&sink, mr_test_sink_free);

  sink = read_text ("Geography,Views\nTotal,400\nNL,-300\nBE,100\n",
                    &mr_import_format_youtube_geography, &error);
  g_assert_null (sink);
  g_assert_error (error, MR_IMPORT_ERROR, MR_IMPORT_ERROR_INVALID_VALUE);
  g_assert_cmpstr (error->message, ==,
                   "table.csv:3: “-300” in the column “Views” is not a number of zero or more");
}

static void
test_chart (void)
{
  g_autoptr(MrTestSink) sink = read_file ("youtube/chart-data.csv",
                                          &mr_import_format_youtube_chart);

  /* Rows by video, days by date: each video once, then the channel's days in order. */
  g_assert_cmpuint (sink->rows, ==, 10);
  g_assert_cmpuint (sink->lines->len, ==, 7);
  g_assert_cmpstr (line_at (sink, 0), ==,
                   "post -Xq3vB7kLm0 published=2024-09-27T00:00:00Z kind=video "
                   "caption=Sourdough, day 1: the starter");
  g_assert_cmpstr (line_at (sink, 1), ==,
                   "post dQ8wL2mNp4s published=2024-09-29T00:00:00Z kind=video "
                   "caption=Croissants at home");
  g_assert_cmpstr (line_at (sink, 2), ==, "post Zk4pR8tYu2c kind=video caption=Channel trailer");
  g_assert_cmpstr (line_at (sink, 3), ==, "daily 2024-09-30 views=932");
  g_assert_cmpstr (line_at (sink, 4), ==, "daily 2024-10-01 views=2850");
  g_assert_cmpstr (line_at (sink, 5), ==, "daily 2024-10-02 views=1976");
  g_assert_cmpstr (line_at (sink, 6), ==, "daily 2024-10-03 views=1499");
}

static void
test_totals (void)
{
  g_autoptr(MrTestSink) views = read_file ("youtube/totals.csv", &mr_import_format_youtube_totals);
  g_autoptr(MrTestSink) watch = read_file ("youtube/totals-watch-time.csv",
                                           &mr_import_format_youtube_totals);
  g_autoptr(MrTestSink) subscribers = read_file ("youtube/totals-subscribers.csv",
                                                 &mr_import_format_youtube_totals);

  /* The blank day is not a day without views. */
  g_assert_cmpuint (views->rows, ==, 4);
  g_assert_cmpuint (views->lines->len, ==, 3);
  g_assert_cmpstr (line_at (views, 0), ==, "daily 2024-09-30 views=932");
  g_assert_cmpstr (line_at (views, 1), ==, "daily 2024-10-01 views=2850");
  g_assert_cmpstr (line_at (views, 2), ==, "daily 2024-10-03 views=1499");

  g_assert_cmpuint (watch->lines->len, ==, 3);
  g_assert_cmpstr (line_at (watch, 0), ==, "daily 2024-09-30 watch_hours=41.25");

  /* Subscribers are the channel's net follower change, losses included. */
  g_assert_cmpuint (subscribers->lines->len, ==, 3);
  g_assert_cmpstr (line_at (subscribers, 1), ==, "daily 2024-10-01 gained=-2");
}

int
main (int   argc,
      char *argv[])
{
  /* Publish days are midnight where the user is: UTC here. */
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-youtube/detect", test_detect);
  g_test_add_func ("/import-youtube/content", test_content);
  g_test_add_func ("/import-youtube/content/dutch", test_content_dutch);
  g_test_add_func ("/import-youtube/geography", test_geography);
  g_test_add_func ("/import-youtube/geography/inconsistent", test_geography_inconsistent);
  g_test_add_func ("/import-youtube/chart", test_chart);
  g_test_add_func ("/import-youtube/totals", test_totals);

  return g_test_run ();
}
