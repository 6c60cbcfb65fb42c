/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-import-roster"

#include "config.h"

#include <string.h>

#include "mr-import-formats.h"
#include "mr-import-plan.h"
#include "mr-import-roster.h"
#include "mr-test-sink.h"

/* Creator lists as marketers keep them: taken for a roster whatever the headers are
 * called, one creator per filled-in row, numbers as spreadsheets write them. */

static MrImportFile *
open_file (const char *path)
{
  g_autofree char *full = g_test_build_filename (G_TEST_DIST, "data", path, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (full);
  g_autoptr(GError) error = NULL;
  MrImportFile *import_file = mr_import_file_open (file, NULL, &error);

  g_assert_no_error (error);
  return import_file;
}

static MrTestSink *
read_roster (const char *path)
{
  g_autoptr(GError) error = NULL;
  MrTestSink *sink = mr_test_sink_read (path, &mr_import_format_roster, NULL, NULL, &error);

  g_assert_no_error (error);
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

static void
test_detect (void)
{
  static const char * const rosters[] = {
    "roster/creators.csv",
    "roster/creators-nl.csv",
    "roster/profile-links.csv",
    "roster/platform-columns.csv",
    "roster/instagram-followers.csv",
  };
  /* Exports with a followers or country column that are something else. */
  static const struct {
    const char *path;
    const char *format;
  } others[] = {
    { "tiktok/studio-set/FollowerHistory.csv", "tiktok-follower-history" },
    { "search-console/en/Countries.csv", "search-console-countries" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rosters); i++)
    {
      g_autoptr(MrImportFile) file = open_file (rosters[i]);

      g_test_message ("%s", rosters[i]);
      g_assert_cmpstr (file->format->id, ==, "roster");
    }
  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    {
      g_autoptr(MrImportFile) file = open_file (others[i].path);

      g_test_message ("%s", others[i].path);
      g_assert_cmpstr (file->format->id, ==, others[i].format);
    }
}

static void
test_english (void)
{
  g_autoptr(MrTestSink) sink = read_roster ("roster/creators.csv");

  /* The empty row, the sum below the list and the blank last line are no creators. */
  g_assert_cmpuint (sink->rows, ==, 4);
  g_assert_cmpuint (mr_test_sink_count (sink, "account "), ==, 4);
  assert_line (sink, "account instagram sannecooks followers=3300 posts=412 avg_likes=215 "
                     "avg_comments=18 er=7.1 niche=Food country=NL "
                     "contact=sanne@example.com name=Sanne de Vries");
  assert_line (sink, "account tiktok globalstar followers=475800000 posts=1200 "
                     "avg_likes=1.25e+06 avg_comments=8400 er=0.3 niche=Entertainment "
                     "country=US notes=Agency only, no DMs name=Global Star");
  assert_line (sink, "account youtube tomtests followers=128000 posts=310 avg_likes=4100 "
                     "avg_comments=260 er=3.4 niche=Tech country=BE "
                     "contact=tom@example.be name=Tom Berg");
  /* "N/A" and "--" are unknown, not zero. */
  assert_line (sink, "account instagram ines.daily posts=95 niche=Lifestyle country=NL "
                     "notes=New account name=Ines");
}

static void
test_dutch (void)
{
  g_autoptr(MrTestSink) sink = read_roster ("roster/creators-nl.csv");

  g_assert_cmpuint (sink->rows, ==, 3);
  assert_line (sink, "account tiktok lottejansen followers=12400 posts=230 "
                     "avg_likes=1045.5 avg_comments=32.4 er=4.2 niche=Mode "
                     "country=Nederland language=nl contact=lotte@example.nl "
                     "notes=Reageert snel; liever DM name=Lotte Jansen");
  assert_line (sink, "account instagram daanfietst followers=8900 posts=512 "
                     "avg_likes=640.25 avg_comments=21.75 er=7.4 niche=Sport "
                     "country=Nederland language=nl name=Daan Visser");
  assert_line (sink, "account youtube femkekookt followers=1200 posts=88 avg_likes=97 "
                     "avg_comments=12 er=9.1 niche=Eten country=België language=nl "
                     "contact=femke@example.be notes=Shorts en lange video's name=Femke");
}

static void
test_profile_links (void)
{
  g_autoptr(MrTestSink) sink = read_roster ("roster/profile-links.csv");

  g_assert_cmpuint (mr_test_sink_count (sink, "account "), ==, 6);
  assert_line (sink, "account instagram mila.travels url=https://www.instagram.com/mila.travels/ "
                     "followers=58200 er=3.4 name=Mila");
  assert_line (sink, "account tiktok bramdoetdingen url=https://www.tiktok.com/@bramdoetdingen "
                     "followers=1100000 er=9.8 name=Bram");
  assert_line (sink, "account youtube noorbakt url=https://www.youtube.com/@noorbakt "
                     "followers=245000 name=Noor");
  assert_line (sink, "account bluesky kai.bsky.social "
                     "url=https://bsky.app/profile/kai.bsky.social followers=5120 name=Kai");
  assert_line (sink, "account mastodon joost@mastodon.social url=https://mastodon.social/@joost "
                     "followers=890 er=2.2 name=Joost");
  /* A bare handle names no platform. */
  assert_line (sink, "account other pimplant followers=1500 name=Pim");
}

static void
test_platform_headers (void)
{
  g_autoptr(MrTestSink) columns = read_roster ("roster/platform-columns.csv");
  g_autoptr(MrTestSink) followers = read_roster ("roster/instagram-followers.csv");

  assert_line (columns, "account instagram eva.bakes followers=14000 name=Eva");
  assert_line (columns, "account tiktok rubenruns followers=2500 name=Ruben");
  assert_line (followers, "account instagram lina.loves followers=22100 avg_likes=1300 "
                          "name=Lina Bos");
}

#define DUTCH_MAPPING \
  "Naam → name, Gebruikersnaam → handle, Kanaal → platform, Volgers → followers, " \
  "Berichten → posts, Gem. likes → average likes, Gemiddelde reacties → average comments, " \
  "Betrokkenheid → engagement rate, Land → country, Categorie → niche, E-mail → contact, " \
  "Taal → language, Opmerkingen → notes"

static void
test_mapping (void)
{
  g_autoptr(MrImportFile) english = open_file ("roster/creators.csv");
  g_autoptr(MrImportFile) dutch = open_file ("roster/creators-nl.csv");
  g_autoptr(MrImportFile) links = open_file ("roster/profile-links.csv");
  g_autofree char *english_mapping = mr_import_roster_describe_mapping (english);
  g_autofree char *dutch_mapping = mr_import_roster_describe_mapping (dutch);
  g_autofree char *links_mapping = mr_import_roster_describe_mapping (links);

  g_assert_cmpstr (english_mapping, ==,
                   "Name → name, Handle → handle, Platform → platform, "
                   "Followers → followers, Posts → posts, Avg Likes → average likes, "
                   "Avg Comments → average comments, Engagement Rate → engagement rate, "
                   "Country → country, Niche → niche, Email → contact, Notes → notes");
  g_assert_cmpstr (dutch_mapping, ==, DUTCH_MAPPING);
  g_assert_cmpstr (links_mapping, ==,
                   "Influencer → name, Account → handle, Followers → followers, "
                   "ER → engagement rate");
}

static void
test_not_a_number (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MrTestSink) sink = mr_test_sink_read ("roster/not-a-number.csv",
                                                  &mr_import_format_roster,
                                                  NULL, NULL, &error);

  g_assert_null (sink);
  g_assert_error (error, MR_IMPORT_ERROR, MR_IMPORT_ERROR_INVALID_VALUE);
  g_assert_true (g_str_has_prefix (error->message, "not-a-number.csv:3: "));
  g_assert_nonnull (strstr (error->message, "“Followers”"));
}

static int
find_field (const char * const *headers,
            const char         *header)
{
  for (guint field = 0; headers[field] != NULL; field++)
    if (g_str_equal (headers[field], header))
      return (int) field;
  g_assert_not_reached ();
}

/* The columns the user confirms are the ones read: "Land" as the niche instead of
 * "Categorie", and followers left out, which are then not known. */
static void
test_set_mapping (void)
{
  g_autoptr(MrImportFile) file = open_file ("roster/creators-nl.csv");
  g_autoptr(MrTestSink) sink = mr_test_sink_new ();
  g_autofree int *mapping = mr_import_roster_get_mapping (file);
  const char * const *headers = (const char * const *) file->headers;
  int category = find_field (headers, "Categorie");
  g_autofree char *described = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (mr_import_roster_get_column_label (mapping[category]), ==, "niche");
  mapping[find_field (headers, "Land")] = mapping[category];
  mapping[category] = -1;
  mapping[find_field (headers, "Volgers")] = -1;
  mr_import_roster_set_mapping (file, mapping);

  described = mr_import_roster_describe_mapping (file);
  g_assert_cmpstr (described, ==,
                   "Naam → name, Gebruikersnaam → handle, Kanaal → platform, "
                   "Berichten → posts, Gem. likes → average likes, "
                   "Gemiddelde reacties → average comments, "
                   "Betrokkenheid → engagement rate, Land → niche, "
                   "E-mail → contact, Taal → language, Opmerkingen → notes");
  g_assert_true (mr_import_file_read (file, &sink->parent, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (mr_test_sink_count (sink, "account "), ==, 3);
  assert_line (sink, "account tiktok lottejansen posts=230 avg_likes=1045.5 "
                     "avg_comments=32.4 er=4.2 niche=Nederland language=nl "
                     "contact=lotte@example.nl notes=Reageert snel; liever DM "
                     "name=Lotte Jansen");
  assert_line (sink, "account youtube femkekookt posts=88 avg_likes=97 avg_comments=12 "
                     "er=9.1 niche=België language=nl contact=femke@example.be "
                     "notes=Shorts en lange video's name=Femke");
}

/* A column the user leaves out cannot refuse the file: "lots" of followers is no
 * longer read. */
static void
test_unmapped_value (void)
{
  g_autoptr(MrImportFile) file = open_file ("roster/not-a-number.csv");
  g_autoptr(MrTestSink) sink = mr_test_sink_new ();
  g_autofree int *mapping = mr_import_roster_get_mapping (file);
  g_autoptr(GError) error = NULL;

  mapping[find_field ((const char * const *) file->headers, "Followers")] = -1;
  mr_import_roster_set_mapping (file, mapping);
  g_assert_true (mr_import_file_read (file, &sink->parent, NULL, &error));
  g_assert_no_error (error);
  assert_line (sink, "account other anna.bakes name=Anna");
  assert_line (sink, "account other bo.fit name=Bo");
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static MrImportItem *
scan_item (const char *path)
{
  g_autofree char *full = g_test_build_filename (G_TEST_DIST, "data", path, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (full);
  g_autoptr(MrImportPlan) plan = mr_import_plan_new ();

  g_assert_true (mr_import_plan_add_files (plan, &file, 1, NULL, NULL));
  g_assert_true (mr_import_plan_scan (plan, MR_IMPORT_SCAN_QUICK, NULL, NULL, NULL, NULL,
                                      NULL));
  return g_list_model_get_item (mr_import_plan_get_items (plan), 0);
}

/* The confirmation starts from the guess; a column chosen for one header is taken from
 * the header that had it, and the row hears of each change once. */
static void
test_item_columns (void)
{
  g_autoptr(MrImportItem) item = scan_item ("roster/creators-nl.csv");
  g_autoptr(MrImportItem) other = scan_item ("tiktok/studio-set/FollowerHistory.csv");
  const char * const *headers = mr_import_item_get_headers (item);
  g_autofree char *description = NULL;
  guint notified = 0;
  int land, category, niche;

  g_assert_null (mr_import_item_get_headers (other));
  g_assert_null (mr_import_item_get_mapping (other));

  g_assert_cmpuint (g_strv_length ((char **) headers), ==, 13);
  g_assert_cmpstr (mr_import_item_get_mapping (item), ==, DUTCH_MAPPING);
  land = find_field (headers, "Land");
  category = find_field (headers, "Categorie");
  niche = mr_import_item_get_column (item, category);
  g_signal_connect (item, "notify::mapping", G_CALLBACK (count_notify), &notified);

  mr_import_item_set_column (item, land, niche);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpint (mr_import_item_get_column (item, land), ==, niche);
  g_assert_cmpint (mr_import_item_get_column (item, category), ==, -1);
  g_assert_nonnull (strstr (mr_import_item_get_mapping (item), ", Land → niche, E-mail"));
  g_assert_null (strstr (mr_import_item_get_mapping (item), "Categorie"));
  description = mr_import_item_describe (item);
  g_assert_true (g_str_has_suffix (description, "\nNaam → name, Gebruikersnaam → handle, "
                                                "Kanaal → platform, Volgers → followers, "
                                                "Berichten → posts, Gem. likes → average likes, "
                                                "Gemiddelde reacties → average comments, "
                                                "Betrokkenheid → engagement rate, "
                                                "Land → niche, E-mail → contact, "
                                                "Taal → language, Opmerkingen → notes"));

  mr_import_item_set_column (item, land, niche);
  g_assert_cmpuint (notified, ==, 1);
  mr_import_item_set_column (item, land, -1);
  g_assert_cmpuint (notified, ==, 2);
  g_assert_null (strstr (mr_import_item_get_mapping (item), "Land"));

  g_assert_finalize_object (g_steal_pointer (&item));
  g_assert_finalize_object (g_steal_pointer (&other));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-roster/detect", test_detect);
  g_test_add_func ("/import-roster/english", test_english);
  g_test_add_func ("/import-roster/dutch", test_dutch);
  g_test_add_func ("/import-roster/profile-links", test_profile_links);
  g_test_add_func ("/import-roster/platform-headers", test_platform_headers);
  g_test_add_func ("/import-roster/mapping", test_mapping);
  g_test_add_func ("/import-roster/not-a-number", test_not_a_number);
  g_test_add_func ("/import-roster/set-mapping", test_set_mapping);
  g_test_add_func ("/import-roster/unmapped-value", test_unmapped_value);
  g_test_add_func ("/import-roster/item-columns", test_item_columns);

  return g_test_run ();
}
