/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-import-tiktok"

#include "config.h"

#include <string.h>

#include "mr-import-formats.h"
#include "mr-import-tiktok.h"
#include "mr-test-sink.h"

/* A TikTok Studio download as a creator hands it over: seven files for @lotte.bakt,
 * made on 5 January 2026, whose days (15 December to 4 January) carry no year. File
 * dates do not survive git, so every test says the download day itself. */

#define SET "tiktok/studio-set/"
#define DOWNLOADED "2026-01-05"

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
           const char           *export_date)
{
  g_autoptr(GError) error = NULL;
  MrTestSink *sink = mr_test_sink_read (path, format, export_date, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (sink->format_id, ==, format->id);
  return sink;
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
    { SET "Content.csv", "tiktok-content" },
    { SET "Overview.csv", "tiktok-overview" },
    { SET "FollowerHistory.csv", "tiktok-follower-history" },
    { SET "FollowerActivity.csv", "tiktok-follower-activity" },
    { SET "FollowerGender.csv", "tiktok-follower-gender" },
    { SET "FollowerTopTerritories.csv", "tiktok-follower-territories" },
    { SET "Viewers.csv", "tiktok-viewers" },
    { "tiktok/content-two-accounts.csv", "tiktok-content" },
    { "tiktok/overview-nl.csv", "tiktok-overview" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpstr (detect (cases[i].path), ==, cases[i].format);
}

static void
test_content (void)
{
  g_autoptr(MrTestSink) sink = read_file (SET "Content.csv", &mr_import_format_tiktok_content,
                                          DOWNLOADED);

  g_assert_cmpuint (sink->rows, ==, 5);
  /* The handle comes from the links, once, before the first post. */
  g_assert_cmpstr (line_at (sink, 0), ==,
                   "account tiktok lotte.bakt url=https://www.tiktok.com/@lotte.bakt");
  g_assert_cmpuint (mr_test_sink_count (sink, "account "), ==, 1);
  g_assert_cmpuint (mr_test_sink_count (sink, "post "), ==, 5);

  /* "December 18" in a download of 5 January is last year's. */
  assert_line (sink, "post 7451203948120384520 published=2025-12-18T00:00:00Z kind=video "
                     "views=18930 likes=1204 comments=87 shares=45 "
                     "permalink=https://www.tiktok.com/@lotte.bakt/video/7451203948120384520 "
                     "caption=Kerststol zonder gist 🎄 #kerst #bakken");
  assert_line (sink, "post 7454712093845120775 published=2025-12-29T00:00:00Z kind=video "
                     "views=61200 likes=3300 comments=212 shares=160 "
                     "permalink=https://www.tiktok.com/@lotte.bakt/video/7454712093845120775 "
                     "caption=Oliebollen, \"de echte\", in 3 stappen");
  assert_line (sink, "post 7456140982374650130 published=2026-01-02T00:00:00Z kind=video "
                     "views=33870 likes=2010 comments=96 shares=58 "
                     "permalink=https://www.tiktok.com/@lotte.bakt/video/7456140982374650130 "
                     "caption=Nieuwjaarsrolletjes");
  /* "--" comments: not known, so not zero. */
  assert_line (sink, "post 7456901238470129384 published=2026-01-04T00:00:00Z kind=video "
                     "views=1106 likes=95 shares=3 "
                     "permalink=https://www.tiktok.com/@lotte.bakt/video/7456901238470129384 "
                     "caption=Mijn zuurdesem, dag 1");
}

static void
test_content_two_accounts (void)
{
  g_autoptr(MrTestSink) sink = read_file ("tiktok/content-two-accounts.csv",
                                          &mr_import_format_tiktok_content, "2026-03-02");

  g_assert_cmpuint (sink->rows, ==, 3);
  g_assert_cmpuint (sink->lines->len, ==, 5);
  g_assert_cmpstr (line_at (sink, 0), ==,
                   "account tiktok lotte.bakt url=https://www.tiktok.com/@lotte.bakt");
  g_assert_true (g_str_has_prefix (line_at (sink, 1), "post 7340012938475610234 "
                                                      "published=2026-02-27T18:00:00Z "));
  /* A photo post is a slideshow. */
  g_assert_true (g_str_has_prefix (line_at (sink, 2), "post 7340519283746501928 "
                                                      "published=2026-02-28T09:30:00Z "
                                                      "kind=carousel "));
  g_assert_cmpstr (line_at (sink, 3), ==,
                   "account tiktok sem.kookt url=https://www.tiktok.com/@sem.kookt");
  g_assert_true (g_str_has_prefix (line_at (sink, 4), "post 7341120394857610293 "
                                                      "published=2026-03-01T12:15:00Z "
                                                      "kind=video views=21004 "));
}

static void
test_export_date (void)
{
  static const struct {
    const char *path;
    const char *day;   /* NULL: the file does not say */
  } cases[] = {
    { SET "Content.csv", "2026-01-05" },
    { "tiktok/content-two-accounts.csv", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *full = g_test_build_filename (G_TEST_DIST, "data", cases[i].path, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (full);
      g_autoptr(GError) error = NULL;
      g_autoptr(MrImportFile) content = mr_import_file_open (file, NULL, &error);
      GDate day;

      g_assert_no_error (error);
      g_assert_true (mr_import_tiktok_find_export_date (content, &day, NULL, &error));
      g_assert_no_error (error);
      if (cases[i].day == NULL)
        g_assert_false (g_date_valid (&day));
      else
        {
          char text[11];

          g_assert_true (g_date_valid (&day));
          mr_import_format_day (&day, text);
          g_assert_cmpstr (text, ==, cases[i].day);
        }
    }
}

static void
test_overview (void)
{
  g_autoptr(MrTestSink) sink = read_file (SET "Overview.csv", &mr_import_format_tiktok_overview,
                                          DOWNLOADED);

  g_assert_cmpuint (sink->rows, ==, 21);
  g_assert_cmpuint (sink->lines->len, ==, 21);
  /* In order, across the turn of the year. */
  g_assert_cmpstr (line_at (sink, 0), ==,
                   "daily 2025-12-15 views=800 profile_views=40 likes=60 comments=5 shares=2");
  g_assert_cmpstr (line_at (sink, 17), ==,
                   "daily 2026-01-01 views=1429 profile_views=57 likes=111 comments=6 shares=4");
  g_assert_cmpstr (line_at (sink, 20), ==,
                   "daily 2026-01-04 views=1540 profile_views=60 likes=120 comments=5 shares=4");
  /* Un-likes outnumbered likes on New Year's Eve. */
  assert_line (sink, "daily 2025-12-31 views=1392 profile_views=56 likes=-4 comments=5 shares=3");
}

static void
test_overview_years_follow_export_date (void)
{
  /* Downloaded on 3 January: "January 4" cannot be this year's, so the whole file is a
   * year older. */
  g_autoptr(MrTestSink) sink = read_file (SET "Overview.csv", &mr_import_format_tiktok_overview,
                                          "2026-01-03");

  g_assert_true (g_str_has_prefix (line_at (sink, 0), "daily 2024-12-15 "));
  g_assert_true (g_str_has_prefix (line_at (sink, 16), "daily 2024-12-31 "));
  g_assert_true (g_str_has_prefix (line_at (sink, 17), "daily 2025-01-01 "));
  g_assert_true (g_str_has_prefix (line_at (sink, 20), "daily 2025-01-04 "));
}

static void
test_overview_dutch (void)
{
  g_autoptr(MrTestSink) sink = read_file ("tiktok/overview-nl.csv",
                                          &mr_import_format_tiktok_overview, "2026-01-03");

  g_assert_cmpuint (sink->rows, ==, 4);
  g_assert_cmpstr (line_at (sink, 0), ==,
                   "daily 2025-12-30 views=1204 profile_views=51 likes=88 comments=6 shares=3");
  g_assert_cmpstr (line_at (sink, 1), ==,
                   "daily 2025-12-31 views=980 profile_views=47 likes=-5 comments=4 shares=2");
  g_assert_cmpstr (line_at (sink, 3), ==,
                   "daily 2026-01-02 views=1675 profile_views=60 likes=102 shares=5");
}

static void
test_overview_bad_date (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MrTestSink) sink = mr_test_sink_read ("tiktok/overview-bad-date.csv",
                                                  &mr_import_format_tiktok_overview,
                                                  DOWNLOADED, NULL, &error);

  g_assert_null (sink);
  g_assert_error (error, MR_IMPORT_ERROR, MR_IMPORT_ERROR_INVALID_VALUE);
  g_assert_nonnull (strstr (error->message, "overview-bad-date.csv:3:"));
  g_assert_nonnull (strstr (error->message, "Smarch 3"));
}

static void
test_follower_history (void)
{
  g_autoptr(MrTestSink) sink = read_file (SET "FollowerHistory.csv",
                                          &mr_import_format_tiktok_follower_history,
                                          DOWNLOADED);

  /* Three "undefined" days before tracking began: read, but nothing to keep. */
  g_assert_cmpuint (sink->rows, ==, 21);
  g_assert_cmpuint (mr_test_sink_count (sink, "followers "), ==, 18);
  g_assert_null (mr_test_sink_find (sink, "followers 2025-12-17"));
  g_assert_null (mr_test_sink_find (sink, "daily 2025-12-17"));
  g_assert_cmpstr (line_at (sink, 0), ==, "followers 2025-12-18 1180");
  g_assert_cmpstr (line_at (sink, 1), ==, "daily 2025-12-18 gained=0");
  assert_line (sink, "followers 2025-12-27 1288");
  assert_line (sink, "daily 2025-12-27 gained=-3");
  assert_line (sink, "followers 2026-01-04 1401");
}

static void
test_follower_activity (void)
{
  g_autoptr(MrTestSink) sink = read_file (SET "FollowerActivity.csv",
                                          &mr_import_format_tiktok_follower_activity,
                                          DOWNLOADED);

  g_assert_cmpuint (sink->rows, ==, 7 * 24);
  g_assert_cmpuint (mr_test_sink_count (sink, "activity "), ==, 7 * 24);
  g_assert_cmpuint (mr_test_sink_count (sink, "activity 2025-12-31 "), ==, 24);
  g_assert_cmpuint (mr_test_sink_count (sink, "activity 2026-01-01 "), ==, 24);
  g_assert_cmpstr (line_at (sink, 0), ==, "activity 2025-12-29 0 43");
  g_assert_cmpstr (line_at (sink, 7 * 24 - 1), ==, "activity 2026-01-04 23 77");
}

static void
test_viewers (void)
{
  g_autoptr(MrTestSink) sink = read_file (SET "Viewers.csv", &mr_import_format_tiktok_viewers,
                                          DOWNLOADED);

  g_assert_cmpuint (sink->rows, ==, 21);
  g_assert_cmpuint (sink->lines->len, ==, 21);
  g_assert_cmpstr (line_at (sink, 0), ==, "daily 2025-12-15 viewers=500 new_viewers=300");
  g_assert_cmpstr (line_at (sink, 20), ==, "daily 2026-01-04 viewers=920 new_viewers=520");
}

static void
test_audience (void)
{
  g_autoptr(MrTestSink) gender = read_file (SET "FollowerGender.csv",
                                            &mr_import_format_tiktok_follower_gender, NULL);
  g_autoptr(MrTestSink) territories = read_file (SET "FollowerTopTerritories.csv",
                                                 &mr_import_format_tiktok_follower_territories,
                                                 NULL);

  g_assert_cmpuint (gender->rows, ==, 3);
  g_assert_cmpuint (gender->lines->len, ==, 3);
  assert_line (gender, "audience gender female 0.59");
  assert_line (gender, "audience gender male 0.38");
  assert_line (gender, "audience gender other 0.03");

  g_assert_cmpuint (territories->rows, ==, 5);
  g_assert_cmpuint (territories->lines->len, ==, 5);
  g_assert_cmpstr (line_at (territories, 0), ==, "audience territory NL 0.62");
  assert_line (territories, "audience territory BE 0.21");
  assert_line (territories, "audience territory Others 0.08");
}

int
main (int   argc,
      char *argv[])
{
  /* Days without a time are midnight where the user is: UTC here. */
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-tiktok/detect", test_detect);
  g_test_add_func ("/import-tiktok/content", test_content);
  g_test_add_func ("/import-tiktok/content/two-accounts", test_content_two_accounts);
  g_test_add_func ("/import-tiktok/content/export-date", test_export_date);
  g_test_add_func ("/import-tiktok/overview", test_overview);
  g_test_add_func ("/import-tiktok/overview/years-follow-export-date",
                   test_overview_years_follow_export_date);
  g_test_add_func ("/import-tiktok/overview/dutch", test_overview_dutch);
  g_test_add_func ("/import-tiktok/overview/bad-date", test_overview_bad_date);
  g_test_add_func ("/import-tiktok/follower-history", test_follower_history);
  g_test_add_func ("/import-tiktok/follower-activity", test_follower_activity);
  g_test_add_func ("/import-tiktok/viewers", test_viewers);
  g_test_add_func ("/import-tiktok/audience", test_audience);

  return g_test_run ();
}
