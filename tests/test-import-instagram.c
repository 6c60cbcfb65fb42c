/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-import-instagram"

#include "config.h"

#include <string.h>

#include "mr-import-file-private.h"
#include "mr-import-formats.h"
#include "mr-test-sink.h"

/* Meta Business Suite content exports as marketers download them: this year's in
 * English and in Dutch, an older one that still says "Impressions", and one a
 * spreadsheet saved with ';'. The user is in Amsterdam, where `Publish time` is. */

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
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  MrTestSink *sink = mr_test_sink_read (path, &mr_import_format_instagram_content, NULL, NULL,
                                        &error);

  g_assert_no_error (error);
  g_assert_cmpstr (sink->format_id, ==, "instagram-content");
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
  static const char * const paths[] = {
    "instagram/content-en.csv",
    "instagram/content-nl.csv",
    "instagram/content-impressions.csv",
    "instagram/content-semicolon.csv",
  };

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    g_assert_cmpstr (detect (paths[i]), ==, "instagram-content");
}

static void
test_english (void)
{
  g_autoptr(MrTestSink) sink = read_file ("instagram/content-en.csv");
  const char *reel;

  /* A caption over two lines is still one post. */
  g_assert_cmpuint (sink->rows, ==, 4);
  g_assert_cmpuint (sink->lines->len, ==, 5);
  g_assert_cmpstr (line_at (sink, 0), ==, "account instagram lotte.bakt name=Lotte Bakt");

  reel = line_at (sink, 1);
  g_assert_true (g_str_has_prefix (reel, "post 18043512345678901 published=2025-12-29T17:05:00Z "
                                         "kind=reel views=61204 reach=40211 likes=3312 "
                                         "comments=212 shares=410 saves=1204 duration=31 "
                                         "permalink=https://www.instagram.com/reel/DEaBcD1xYz9/ "
                                         "caption=Oliebollen, appelflappen, en meer: mijn "
                                         "\"geheime\" recept"));
  g_assert_true (g_str_has_suffix (reel, "\nLink in bio!"));

  assert_line (sink, "post 18045678901234567 published=2025-12-18T08:00:00Z kind=image "
                     "views=8870 reach=6020 likes=512 comments=40 shares=31 saves=88 duration=0 "
                     "permalink=https://www.instagram.com/p/DDxYz12AbCd/ "
                     "caption=Kerststol zonder gist");
  /* No views given for the carousel: unknown, not zero. */
  assert_line (sink, "post 18046789012345678 published=2026-01-02T11:30:00Z kind=carousel "
                     "reach=5100 likes=402 comments=31 shares=22 saves=140 duration=0 "
                     "permalink=https://www.instagram.com/p/DEcD3fGhIj4/ "
                     "caption=5 broodjes, 1 deeg");
  assert_line (sink, "post 18047890123456789 published=2026-01-04T19:45:00Z kind=story "
                     "views=1250 reach=1190 duration=15 "
                     "permalink=https://www.instagram.com/stories/lotte.bakt/3534012938475610/");
}

static void
test_dutch (void)
{
  g_autoptr(MrTestSink) sink = read_file ("instagram/content-nl.csv");

  g_assert_cmpuint (sink->rows, ==, 2);
  g_assert_cmpstr (line_at (sink, 0), ==, "account instagram sem.kookt name=Sem Kookt");
  g_assert_cmpstr (line_at (sink, 1), ==,
                   "post 18051234567890123 published=2026-03-01T18:00:00Z kind=reel "
                   "views=14800 reach=11020 likes=980 comments=45 shares=66 saves=301 "
                   "duration=42 permalink=https://www.instagram.com/reel/DGaAbC1dEf2/ "
                   "caption=Pasta in 10 minuten");
}

static void
test_impressions_were_views (void)
{
  g_autoptr(MrTestSink) sink = read_file ("instagram/content-impressions.csv");

  g_assert_cmpuint (sink->rows, ==, 2);
  assert_line (sink, "post 17990123456789012 published=2024-11-20T16:00:00Z kind=carousel "
                     "views=9402 reach=7118 likes=611 comments=38 shares=25 saves=210 "
                     "duration=0 permalink=https://www.instagram.com/p/DCaAbC0dEf1/ "
                     "caption=Pepernoten!");
  for (guint i = 0; i < sink->lines->len; i++)
    g_assert_null (strstr (line_at (sink, i), "impressions="));
}

static void
test_semicolons (void)
{
  g_autoptr(MrTestSink) sink = read_file ("instagram/content-semicolon.csv");

  /* Two accounts, each named before its posts; both Views and Impressions kept. */
  g_assert_cmpuint (sink->rows, ==, 2);
  g_assert_cmpuint (sink->lines->len, ==, 4);
  g_assert_cmpstr (line_at (sink, 0), ==, "account instagram lotte.bakt name=Lotte Bakt");
  g_assert_cmpstr (line_at (sink, 1), ==,
                   "post 18060123456789012 published=2025-02-14T15:00:00Z kind=image "
                   "views=12400 reach=8102 impressions=9870 likes=745 comments=41 shares=20 "
                   "saves=190 duration=0 permalink=https://www.instagram.com/p/DFaAbC0dEf1/ "
                   "caption=Boterkoek; simpel en snel");
  g_assert_cmpstr (line_at (sink, 2), ==, "account instagram sem.kookt name=Sem Kookt");
  g_assert_true (g_str_has_prefix (line_at (sink, 3),
                                   "post 18061234567890123 published=2025-02-15T11:00:00Z "
                                   "kind=video views=3050 reach=2400 impressions=2990 "));
}

/* Found by fuzzing: "@@lotte.bakt" kept one '@' in the handle, and "@" alone gave an
 * empty one, which the database refuses. */
static void
test_usernames (void)
{
  static const char text[] =
    "Post ID,Account username,Account name,Publish time,Views\n"
    "1001,@@lotte.bakt,Lotte Bakt,,10\n"
    "1002,@,Lotte Bakt,,20\n";
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (text, -1, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(MrImportFile) file = mr_import_file_open_as (stream, "content.csv",
                                                         &mr_import_format_instagram_content,
                                                         NULL, &error);
  g_autoptr(MrTestSink) sink = mr_test_sink_new ();

  g_assert_no_error (error);
  g_assert_true (mr_import_file_read (file, &sink->parent, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sink->lines->len, ==, 3);
  g_assert_cmpstr (line_at (sink, 0), ==, "account instagram lotte.bakt name=Lotte Bakt");
  g_assert_cmpstr (line_at (sink, 1), ==, "post 1001 views=10");
  g_assert_cmpstr (line_at (sink, 2), ==, "post 1002 views=20");
}

int
main (int   argc,
      char *argv[])
{
  /* Amsterdam's rules without relying on the tz database being installed. */
  g_setenv ("TZ", "CET-1CEST,M3.5.0,M10.5.0/3", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-instagram/detect", test_detect);
  g_test_add_func ("/import-instagram/english", test_english);
  g_test_add_func ("/import-instagram/dutch", test_dutch);
  g_test_add_func ("/import-instagram/impressions-were-views", test_impressions_were_views);
  g_test_add_func ("/import-instagram/semicolons", test_semicolons);
  g_test_add_func ("/import-instagram/usernames", test_usernames);

  return g_test_run ();
}
