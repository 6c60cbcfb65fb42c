/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-json-roundtrip"

#include "config.h"

#include <math.h>
#include <string.h>

#include "mr-import-json.h"
#include "mr-import-writer.h"
#include "mr-json-export.h"
#include "mr-store.h"
#include "mr-store-private.h"
#include "mr-test-util.h"

/* `--export-json`, then importing that file into a new database, gives the same export:
 * the backup and the move of DESIGN.md §5 lose nothing. */

static const char * const content_tables[] = {
  "creator", "account", "follower_snapshot", "post", "daily_stat", "audience", "activity",
  "account_total", "checklist", "campaign", "campaign_member", "campaign_result",
  "search_stat", "moment",
};

typedef struct {
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  fixture->dir = mr_test_make_temp_dir ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  mr_test_remove_temp_dir (fixture->dir);
  g_free (fixture->dir);
}

static void
exec_sql (sqlite3    *db,
          const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

/* Set up as the application sets it up, so that reloading after another connection
 * wrote computes the creators' metrics again. */
static MrStore *
open_store (Fixture    *fixture,
            const char *name)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GError) error = NULL;
  MrStore *store = mr_test_open_store (path);

  g_assert_true (mr_store_set_vetting_settings (store, MR_TIER_SCHEME_DEFAULT, NULL, NULL,
                                                &error));
  g_assert_no_error (error);
  return store;
}

static GDateTime *
utc_time (const char *text)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();

  return g_date_time_new_from_iso8601 (text, utc);
}

static MrAccount *
add_account (MrCreator  *creator,
             MrPlatform  platform,
             const char *handle,
             gint64      followers)
{
  g_autoptr(MrAccount) account = mr_account_new (platform, handle);

  mr_account_set_followers (account, followers);
  g_list_store_append (G_LIST_STORE (mr_creator_get_accounts (creator)), account);
  return account;
}

/* Every kind of data the database holds, with gaps in the ids and NULLs in places. */
static void
fill_store (MrStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MrCreator) gone = mr_test_add_creator (store, "Weg", NULL);
  g_autoptr(MrCreator) anna = mr_creator_new ("Anna Bakt");
  g_autoptr(MrCreator) bram = mr_creator_new ("Bram");
  g_autoptr(MrCampaign) lente = mr_campaign_new ("Lente");
  g_autoptr(MrCampaign) pilot = mr_campaign_new ("Koffie pilot");
  g_autoptr(MrCampaignMember) anna_member = NULL;
  g_autoptr(MrCampaignMember) bram_member = NULL;
  g_autoptr(MrMoment) dismissed = mr_moment_new ("Oud nieuws");
  g_autoptr(MrMoment) moment = mr_moment_new ("koffie kopen");
  g_autoptr(GDateTime) updated_at = utc_time ("2026-03-05T09:30:00Z");
  g_autoptr(GDateTime) detected_at = utc_time ("2026-03-06T08:00:00Z");
  g_autoptr(GDateTime) respond_by = utc_time ("2026-03-06T20:00:00Z");
  g_autoptr(GDateTime) responded_at = utc_time ("2026-03-06T11:15:00Z");
  sqlite3 *db = mr_store_get_handle (store);
  MrAccount *tiktok, *instagram, *youtube;

  mr_creator_set_status (anna, MR_CREATOR_STATUS_APPROVED);
  mr_creator_set_niche (anna, "Bakken");
  mr_creator_set_country (anna, "NL");
  mr_creator_set_language (anna, "nl");
  mr_creator_set_contact (anna, "anna@example.com");
  mr_creator_set_notes (anna, "Reageert snel");
  tiktok = add_account (anna, MR_PLATFORM_TIKTOK, "anna.bakes", 12000);
  mr_account_set_url (tiktok, "https://www.tiktok.com/@anna.bakes");
  mr_account_set_following (tiktok, 150);
  mr_account_set_posts (tiktok, 310);
  mr_account_set_updated_at (tiktok, updated_at);
  instagram = add_account (anna, MR_PLATFORM_INSTAGRAM, "annabakt", MR_UNKNOWN_COUNT);
  g_assert_true (mr_store_add_creator (store, anna, &error));
  g_assert_no_error (error);
  mr_creator_set_primary_account_id (anna, mr_account_get_id (instagram));
  g_assert_true (mr_store_save_creator (store, anna, &error));

  youtube = add_account (bram, MR_PLATFORM_YOUTUBE, "bramkookt", 800);
  add_account (bram, MR_PLATFORM_TIKTOK, "bram.kookt", MR_UNKNOWN_COUNT);
  g_assert_true (mr_store_add_creator (store, bram, &error));
  g_assert_true (mr_store_remove_creator (store, gone, &error));
  g_assert_no_error (error);

  /* Ids 1 and 3 come free again, so a restore that renumbered would show. */
  mr_campaign_set_kind (lente, MR_CAMPAIGN_KIND_LONG_TERM);
  g_assert_true (mr_store_add_campaign (store, lente, &error));
  mr_campaign_set_brand (pilot, "Bonen & Co");
  mr_campaign_set_goal (pilot, MR_CAMPAIGN_GOAL_CONVERSIONS);
  mr_campaign_set_platforms (pilot, "tiktok,instagram");
  mr_campaign_set_start_date (pilot, "2026-03-01");
  mr_campaign_set_end_date (pilot, "2026-03-31");
  mr_campaign_set_budget (pilot, 2500);
  mr_campaign_set_currency (pilot, "USD");
  mr_campaign_set_target_roas (pilot, 4.5);
  mr_campaign_set_target_ctr_min (pilot, 1.5);
  mr_campaign_set_target_ctr_max (pilot, 4.25);
  mr_campaign_set_notes (pilot, "Eerst testen");
  mr_campaign_set_archived (pilot, TRUE);
  g_assert_true (mr_store_add_campaign (store, pilot, &error));
  anna_member = mr_campaign_member_new (mr_creator_get_id (anna));
  mr_campaign_member_set_account_id (anna_member, mr_account_get_id (tiktok));
  mr_campaign_member_set_fee (anna_member, 350);
  mr_campaign_member_set_promo_code (anna_member, "ANNA10");
  mr_campaign_member_set_link (anna_member, "https://example.com/?ref=anna");
  mr_campaign_member_set_status (anna_member, MR_MEMBER_STATUS_PUBLISHED);
  g_assert_true (mr_store_add_member (store, pilot, anna_member, &error));
  {
    g_autoptr(MrDeliverable) videos = mr_deliverable_new ("2 video's");

    mr_deliverable_set_due_date (videos, "2026-03-15");
    mr_deliverable_set_done (videos, TRUE);
    g_assert_true (mr_store_add_deliverable (store, anna_member, videos, &error));
  }
  bram_member = mr_campaign_member_new (mr_creator_get_id (bram));
  g_assert_true (mr_store_add_member (store, pilot, bram_member, &error));
  g_assert_true (mr_store_remove_campaign (store, lente, &error));
  g_assert_no_error (error);

  mr_moment_set_detected_at (dismissed, detected_at);
  mr_moment_set_respond_by (dismissed, respond_by);
  mr_moment_set_status (dismissed, MR_MOMENT_STATUS_DISMISSED);
  g_assert_true (mr_store_add_moment (store, dismissed, &error));
  mr_moment_set_intent (moment, MR_INTENT_BUY);
  mr_moment_set_trigger (moment, "Zoekvraag +300 %");
  mr_moment_set_source (moment, "trends");
  mr_moment_set_detected_at (moment, detected_at);
  mr_moment_set_respond_by (moment, respond_by);
  mr_moment_set_responded_at (moment, responded_at);
  mr_moment_set_status (moment, MR_MOMENT_STATUS_RESPONDED);
  mr_moment_set_channel (moment, "Instagram");
  mr_moment_set_notes (moment, "Reel geplaatst");
  mr_moment_set_campaign_id (moment, mr_campaign_get_id (pilot));
  mr_moment_set_creator_id (moment, mr_creator_get_id (anna));
  g_assert_true (mr_store_add_moment (store, moment, &error));
  g_assert_true (mr_store_remove_moment (store, dismissed, &error));
  g_assert_no_error (error);
  mr_moment_set_id (dismissed, 0);
  mr_moment_set_title (dismissed, "Nog open");
  mr_moment_set_status (dismissed, MR_MOMENT_STATUS_OPEN);
  g_assert_true (mr_store_add_moment (store, dismissed, &error));
  g_assert_no_error (error);

  /* What only imports write. An account's latest snapshot is its follower count, as an
   * import leaves it. */
  mr_test_exec_id (db, "UPDATE account SET avg_likes = 41.5, avg_comments = 3.25,"
                       " engagement_rate = 5.6 WHERE id = ?1", mr_account_get_id (youtube));
  exec_sql (db,
    "INSERT INTO follower_snapshot (account_id, day, followers)"
    "  SELECT id, '2026-03-01', 11800 FROM account WHERE handle = 'anna.bakes'"
    "  UNION ALL SELECT id, '2026-03-02', 11950 FROM account WHERE handle = 'anna.bakes'"
    "  UNION ALL SELECT id, '2026-03-03', 12000 FROM account WHERE handle = 'anna.bakes'"
    "  UNION ALL SELECT id, '2026-02-01', 800 FROM account WHERE handle = 'bramkookt';"
    "INSERT INTO post (account_id, external_id, published_at, kind, caption, permalink, views,"
    "                  reach, impressions, likes, comments, shares, saves, duration)"
    "  SELECT id, '7301', '2026-03-01T18:00:00Z', 'video', 'Zuurdesem, \"stap\" 1', "
    "         'https://www.tiktok.com/@anna.bakes/video/7301', 15000, NULL, NULL, 900, 45,"
    "         12, 30, 21.5 FROM account WHERE handle = 'anna.bakes'"
    "  UNION ALL SELECT id, '7288', NULL, NULL, NULL, NULL, 800, NULL, NULL, 40, 0, NULL,"
    "         NULL, NULL FROM account WHERE handle = 'anna.bakes'"
    "  UNION ALL SELECT id, 'C9x', '2026-02-20T11:00:00Z', 'reel', 'Taart 🍰', NULL, NULL,"
    "         2100, 2600, 300, 20, 5, 44, NULL FROM account WHERE handle = 'annabakt';"
    "INSERT INTO daily_stat (account_id, day, views, profile_views, likes, comments, shares,"
    "                        viewers, new_viewers, reach, new_followers, watch_hours)"
    "  SELECT id, '2026-03-01', 5000, 120, 300, 20, 4, 3100, 2000, NULL, -3, NULL"
    "    FROM account WHERE handle = 'anna.bakes'"
    "  UNION ALL SELECT id, '2026-03-02', 4000, NULL, NULL, NULL, NULL, NULL, NULL, NULL,"
    "         150, NULL FROM account WHERE handle = 'anna.bakes'"
    "  UNION ALL SELECT id, '2026-02-01', 700, NULL, 30, 2, 1, NULL, NULL, 650, 0, 12.75"
    "    FROM account WHERE handle = 'bramkookt';"
    "INSERT INTO audience (account_id, dimension, bucket, share)"
    "  SELECT id, 'gender', 'female', 0.59 FROM account WHERE handle = 'anna.bakes'"
    "  UNION ALL SELECT id, 'gender', 'male', 0.41 FROM account WHERE handle = 'anna.bakes'"
    "  UNION ALL SELECT id, 'territory', 'NL', 0.7 FROM account WHERE handle = 'anna.bakes';"
    "INSERT INTO activity (account_id, weekday, day, hour, active_followers)"
    "  SELECT id, 1, NULL, 18, 540 FROM account WHERE handle = 'anna.bakes'"
    "  UNION ALL SELECT id, 7, NULL, 9, 120 FROM account WHERE handle = 'anna.bakes'"
    "  UNION ALL SELECT id, NULL, '2026-03-02', 20, 610 FROM account WHERE handle = 'anna.bakes';"
    "INSERT INTO account_total (account_id, metric, value)"
    "  SELECT id, 'watch_hours', 1234.5 FROM account WHERE handle = 'bramkookt';"
    "INSERT INTO checklist (creator_id, criterion, rating, note)"
    "  SELECT id, 'content_quality', 4, 'Mooie foto''s' FROM creator WHERE name = 'Anna Bakt'"
    "  UNION ALL SELECT id, 'brand_fit', NULL, NULL FROM creator WHERE name = 'Anna Bakt';"
    "INSERT INTO campaign_result (member_id, day, impressions, reach, clicks, conversions,"
    "                             engagements, revenue)"
    "  SELECT id, '2026-03-03', 20000, 15000, 400, 12, 1300, 480.5 FROM campaign_member"
    "    WHERE account_id IS NOT NULL"
    "  UNION ALL SELECT id, '2026-03-04', 9000, NULL, 150, NULL, NULL, NULL FROM campaign_member"
    "    WHERE account_id IS NOT NULL;"
    "INSERT INTO search_stat (source, kind, query, region, period_start, period_end, clicks,"
    "                         impressions, ctr, position, interest) VALUES"
    "  ('search-console', 'query', 'koffiebonen kopen', '', '2026-03-01', '2026-03-31', 120,"
    "   2400, 5.0, 3.4, NULL),"
    "  ('search-console', 'query', 'beste koffie', '', '2026-03-01', '2026-03-31', NULL, 800,"
    "   NULL, 7.25, NULL),"
    "  ('search-console', 'page', 'https://example.com/koffie', '', '2026-03-01', '2026-03-31',"
    "   90, 1500, 6.0, 2.5, NULL),"
    "  ('search-console', 'total', '', '', '2026-03-02', '2026-03-02', 14, 300, 4.67, 5.5, NULL),"
    "  ('trends', 'topic', 'koffie', 'Netherlands', '2026-02-22', '2026-02-28', NULL, NULL, NULL,"
    "   NULL, 42),"
    "  ('trends', 'topic', 'koffie', 'Netherlands', '2026-03-01', '2026-03-07', NULL, NULL, NULL,"
    "   NULL, 100),"
    "  ('trends', 'topic', 'koffie', 'Netherlands', '2026-02-15', '2026-02-21', NULL, NULL, NULL,"
    "   NULL, 0.5),"
    "  ('trends', 'topic', 'thee', '', '2026-03-01', '2026-03-01', NULL, NULL, NULL, NULL, 7),"
    "  ('trends', 'topic', 'thee', '', '2026-03-02', '2026-03-02', NULL, NULL, NULL, NULL, 9);");
  g_assert_true (mr_store_reload (store, &error));
  g_assert_no_error (error);
}

/* The number of records fill_store () leaves: what a restore of its export reads. */
#define N_RECORDS (2 + 4 + 4 + 3 + 3 + 3 + 3 + 1 + 2 + 1 + 2 + 2 + 9 + 2)

static char *
count_rows (MrStore *store)
{
  GString *counts = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (content_tables); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", content_tables[i]);

      g_string_append_printf (counts, "%s=%" G_GINT64_FORMAT " ", content_tables[i],
                              mr_test_query_int (mr_store_get_handle (store), sql, 0));
    }
  return g_string_free (counts, FALSE);
}

/* Fails with the first line where the exports differ, which says more than two pages. */
static void
assert_same_export (const char *expected,
                    const char *actual)
{
  g_auto(GStrv) a = g_strsplit (expected, "\n", -1);
  g_auto(GStrv) b = g_strsplit (actual, "\n", -1);

  for (guint i = 0; a[i] != NULL || b[i] != NULL; i++)
    if (a[i] == NULL || b[i] == NULL || strcmp (a[i], b[i]) != 0)
      g_error ("The exports differ at line %u:\n  before: %s\n  after:  %s", i + 1,
               a[i] != NULL ? a[i] : "(end)", b[i] != NULL ? b[i] : "(end)");
  g_assert_cmpstr (expected, ==, actual);
}

/* The export is written in pieces (mr-json-export-stream.c); put together they must be
 * what JsonGenerator makes of the whole document, which is what the export always was. */
static void
assert_whole_document (const char *text,
                       gboolean    pretty)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = json_from_string (text, &error);
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *whole = NULL;

  g_assert_no_error (error);
  json_generator_set_pretty (generator, pretty);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);
  whole = json_generator_to_data (generator, NULL);
  assert_same_export (whole, text);
}

static char *
export (MrStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *compact = mr_json_export_to_string (store, FALSE, &error);
  char *text;

  g_assert_no_error (error);
  assert_whole_document (compact, FALSE);

  text = mr_json_export_to_string (store, TRUE, &error);
  g_assert_no_error (error);
  assert_whole_document (text, TRUE);
  return text;
}

static GFile *
write_file (Fixture    *fixture,
            const char *name,
            const char *contents)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

typedef struct {
  gboolean       ok;
  GError        *error;
  guint64        rows;
  MrImportCounts counts;
  gint64         batch_id;
  GArray        *progress;      /* of double: what the restore said of its progress */
} Restore;

static void
restore_clear (Restore *restore)
{
  g_clear_error (&restore->error);
  g_clear_pointer (&restore->progress, g_array_unref);
}

static void
on_restore_progress (double   fraction,
                     gpointer user_data)
{
  Restore *restore = user_data;

  g_array_append_val (restore->progress, fraction);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Restore, restore_clear)

/* As the import does it: one batch on a connection of its own, one file in it. */
static void
restore_into (MrStore    *store,
              GFile      *file,
              const char *checksum,
              Restore    *restore)
{
  g_autoptr(GError) error = NULL;
  sqlite3 *db = mr_store_open_connection (store, &error);
  MrImportWriter *writer;

  g_assert_no_error (error);
  writer = mr_import_writer_new (db, &error);
  g_assert_no_error (error);
  g_assert_true (mr_import_writer_begin (writer, 0, &error));
  restore->batch_id = mr_import_writer_get_batch_id (writer);
  g_assert_true (mr_import_writer_begin_file (writer, &error));

  restore->progress = g_array_new (FALSE, FALSE, sizeof (double));
  restore->ok = mr_import_json_restore (writer, file, on_restore_progress, restore,
                                        &restore->rows, NULL, &restore->error);
  g_assert_true (mr_import_writer_end_file (writer, restore->ok, "export.json", "microreach-json",
                                            checksum, restore->rows, &error) ||
                 !restore->ok);
  g_assert_no_error (error);
  restore->counts = *mr_import_writer_get_batch_counts (writer);
  if (restore->ok)
    g_assert_true (mr_import_writer_commit (writer, "restore", &error));
  else
    mr_import_writer_rollback (writer);
  g_assert_no_error (error);

  mr_import_writer_free (writer);
  sqlite3_close (db);
  g_assert_true (mr_store_reload (store, &error));
  g_assert_no_error (error);
}

static JsonObject *
find_by (JsonArray  *array,
         const char *key,
         const char *value)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);
      JsonNode *node = json_object_get_member (object, key);

      if (node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
          g_strcmp0 (json_node_get_string (node), value) == 0)
        return object;
    }
  g_error ("No element with %s = %s", key, value);
}

/* The export holds what DESIGN.md §5 lists and everything else the database knows. */
static void
test_export_complete (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_autoptr(MrStore) store = open_store (fixture, "source.db");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *again = NULL;
  JsonObject *root, *anna, *tiktok, *instagram, *youtube, *post, *campaign, *member, *moment;
  JsonObject *koffie, *total, *day;
  JsonArray *array;

  fill_store (store);
  text = export (store);
  again = export (store);
  g_assert_cmpstr (text, ==, again);

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));

  array = json_object_get_array_member (root, "creators");
  g_assert_cmpuint (json_array_get_length (array), ==, 2);
  anna = find_by (array, "name", "Anna Bakt");
  g_assert_cmpint (json_object_get_int_member (anna, "id"), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (anna, "language"), ==, "nl");
  g_assert_cmpstr (json_object_get_string_member (anna, "contact"), ==, "anna@example.com");
  g_assert_cmpstr (json_object_get_string_member (anna, "notes"), ==, "Reageert snel");
  g_assert_cmpstr (json_object_get_string_member (anna, "primary"), ==, "instagram:annabakt");
  g_assert_true (json_object_get_null_member (find_by (array, "name", "Bram"), "primary"));
  array = json_object_get_array_member (anna, "checklist");
  g_assert_cmpuint (json_array_get_length (array), ==, 2);
  g_assert_true (json_object_get_null_member (find_by (array, "criterion", "brand_fit"), "rating"));
  g_assert_cmpint (json_object_get_int_member (find_by (array, "criterion", "content_quality"),
                                               "rating"), ==, 4);

  array = json_object_get_array_member (anna, "accounts");
  tiktok = find_by (array, "handle", "anna.bakes");
  instagram = find_by (array, "handle", "annabakt");
  g_assert_cmpint (json_object_get_int_member (tiktok, "posts"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (tiktok, "profile_posts"), ==, 310);
  g_assert_cmpint (json_object_get_int_member (tiktok, "following"), ==, 150);
  g_assert_cmpstr (json_object_get_string_member (tiktok, "url"), ==,
                   "https://www.tiktok.com/@anna.bakes");
  g_assert_cmpstr (json_object_get_string_member (tiktok, "updated_at"), ==,
                   "2026-03-05T09:30:00Z");
  g_assert_true (json_object_get_null_member (instagram, "updated_at"));
  g_assert_true (json_object_get_null_member (instagram, "avg_likes"));
  array = json_object_get_array_member (tiktok, "post_list");
  g_assert_cmpuint (json_array_get_length (array), ==, 2);
  post = find_by (array, "id", "7288");
  g_assert_true (json_object_get_null_member (post, "published_at"));
  g_assert_cmpint (json_object_get_int_member (post, "comments"), ==, 0);
  g_assert_true (json_object_get_null_member (post, "shares"));
  post = find_by (array, "id", "7301");
  g_assert_cmpstr (json_object_get_string_member (post, "published_at"), ==,
                   "2026-03-01T18:00:00Z");
  g_assert_cmpfloat (json_object_get_double_member (post, "duration"), ==, 21.5);
  array = json_object_get_array_member (tiktok, "daily");
  day = find_by (array, "date", "2026-03-01");
  g_assert_cmpint (json_object_get_int_member (day, "new_followers"), ==, -3);
  g_assert_true (json_object_get_null_member (day, "reach"));
  g_assert_cmpint (json_object_get_int_member (day, "new_viewers"), ==, 2000);
  array = json_object_get_array_member (tiktok, "activity");
  g_assert_cmpuint (json_array_get_length (array), ==, 3);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (array, 0),
                                               "weekday"), ==, 1);
  g_assert_true (json_object_get_null_member (json_array_get_object_element (array, 0), "date"));
  g_assert_true (json_object_get_null_member (json_array_get_object_element (array, 2),
                                              "weekday"));

  youtube = find_by (json_object_get_array_member (find_by (json_object_get_array_member (root, "creators"),
                                                            "name", "Bram"), "accounts"),
                     "handle", "bramkookt");
  g_assert_cmpfloat (json_object_get_double_member (youtube, "avg_likes"), ==, 41.5);
  g_assert_cmpfloat (json_object_get_double_member (youtube, "engagement_rate"), ==, 5.6);
  total = json_array_get_object_element (json_object_get_array_member (youtube, "totals"), 0);
  g_assert_cmpstr (json_object_get_string_member (total, "metric"), ==, "watch_hours");
  g_assert_cmpfloat (json_object_get_double_member (total, "value"), ==, 1234.5);
  day = json_array_get_object_element (json_object_get_array_member (youtube, "daily"), 0);
  g_assert_cmpfloat (json_object_get_double_member (day, "watch_hours"), ==, 12.75);
  g_assert_cmpint (json_object_get_int_member (day, "new_followers"), ==, 0);

  campaign = json_array_get_object_element (json_object_get_array_member (root, "campaigns"), 0);
  g_assert_cmpint (json_object_get_int_member (campaign, "id"), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (campaign, "platforms"), ==, "tiktok,instagram");
  g_assert_cmpfloat (json_object_get_double_member (campaign, "target_ctr_min"), ==, 1.5);
  g_assert_cmpfloat (json_object_get_double_member (campaign, "target_ctr_max"), ==, 4.25);
  g_assert_cmpstr (json_object_get_string_member (campaign, "notes"), ==, "Eerst testen");
  g_assert_true (json_object_get_boolean_member (campaign, "archived"));
  member = json_array_get_object_element (json_object_get_array_member (campaign, "members"), 0);
  g_assert_cmpint (json_object_get_int_member (member, "creator_id"), ==, 2);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (member, "results")), ==, 2);

  moment = find_by (json_object_get_array_member (root, "moments"), "title", "koffie kopen");
  g_assert_cmpstr (json_object_get_string_member (moment, "source"), ==, "trends");
  g_assert_cmpstr (json_object_get_string_member (moment, "channel"), ==, "Instagram");
  g_assert_cmpstr (json_object_get_string_member (moment, "notes"), ==, "Reel geplaatst");
  g_assert_cmpint (json_object_get_int_member (moment, "campaign"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (moment, "creator"), ==, 2);
  moment = find_by (json_object_get_array_member (root, "moments"), "title", "Nog open");
  g_assert_true (json_object_get_null_member (moment, "campaign"));
  g_assert_true (json_object_get_null_member (moment, "intent"));

  /* Search Console rows one by one; a Trends term as one series. */
  array = json_object_get_array_member (root, "search");
  g_assert_cmpuint (json_array_get_length (array), ==, 6);
  koffie = find_by (array, "query", "koffie");
  g_assert_cmpstr (json_object_get_string_member (koffie, "source"), ==, "trends");
  g_assert_cmpstr (json_object_get_string_member (koffie, "kind"), ==, "topic");
  g_assert_cmpstr (json_object_get_string_member (koffie, "region"), ==, "Netherlands");
  g_assert_cmpstr (json_object_get_string_member (koffie, "period_start"), ==, "2026-02-15");
  g_assert_cmpstr (json_object_get_string_member (koffie, "period_end"), ==, "2026-03-07");
  g_assert_true (json_object_get_null_member (koffie, "intent"));
  g_assert_true (json_object_get_null_member (koffie, "clicks"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (koffie, "spikes")), ==, 0);
  array = json_object_get_array_member (koffie, "series");
  g_assert_cmpuint (json_array_get_length (array), ==, 3);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (array, 0), "date"),
                   ==, "2026-02-15");
  g_assert_cmpfloat (json_object_get_double_member (json_array_get_object_element (array, 0),
                                                    "value"), ==, 0.5);
  g_assert_cmpfloat (json_object_get_double_member (json_array_get_object_element (array, 2),
                                                    "value"), ==, 100);
  array = json_object_get_array_member (root, "search");
  g_assert_true (json_object_get_null_member (find_by (array, "query", "thee"), "region"));
  koffie = find_by (array, "query", "koffiebonen kopen");
  g_assert_cmpint (json_object_get_int_member (koffie, "clicks"), ==, 120);
  g_assert_cmpstr (json_object_get_string_member (koffie, "intent"), ==, "buy");
  g_assert_cmpfloat (json_object_get_double_member (koffie, "position"), ==, 3.4);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (koffie, "series")), ==, 0);
  g_assert_true (json_object_get_null_member (find_by (array, "query", "beste koffie"), "clicks"));
  total = find_by (array, "kind", "total");
  g_assert_true (json_object_get_null_member (total, "query"));
  g_assert_cmpint (json_object_get_int_member (total, "impressions"), ==, 300);
}

static void
test_restore_new_database (Fixture       *fixture,
                           gconstpointer  user_data)
{
  g_autoptr(MrStore) source = open_store (fixture, "source.db");
  g_autoptr(MrStore) target = open_store (fixture, "target.db");
  g_autoptr(GFile) file = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *source_counts = NULL;
  g_autofree char *target_counts = NULL;
  g_auto(Restore) restore = { 0 };

  fill_store (source);
  before = export (source);
  file = write_file (fixture, "export.json", before);
  g_assert_true (mr_import_json_is_export (file, NULL));

  restore_into (target, file, "first", &restore);
  g_assert_no_error (restore.error);
  g_assert_true (restore.ok);
  g_assert_cmpuint (restore.rows, ==, N_RECORDS);
  g_assert_cmpuint (restore.counts.accounts_created, ==, 4);
  g_assert_cmpuint (restore.counts.posts, ==, 3);
  g_assert_cmpuint (restore.counts.search, ==, 9);
  /* The import dialog's bar moves as the restore goes, on to the end of the file. */
  g_assert_cmpuint (restore.progress->len, >=, 3);
  for (guint i = 1; i < restore.progress->len; i++)
    g_assert_cmpfloat (g_array_index (restore.progress, double, i), >,
                       g_array_index (restore.progress, double, i - 1));
  g_assert_cmpfloat (g_array_index (restore.progress, double, 0), >, 0.0);
  g_assert_cmpfloat (g_array_index (restore.progress, double, restore.progress->len - 1),
                     >, 0.95);
  g_assert_cmpfloat (g_array_index (restore.progress, double, restore.progress->len - 1),
                     <=, 1.0);

  after = export (target);
  assert_same_export (before, after);
  source_counts = count_rows (source);
  target_counts = count_rows (target);
  g_assert_cmpstr (source_counts, ==, target_counts);
  /* Everything the restore wrote goes with its batch when it is undone. */
  g_assert_cmpint (mr_test_query_int (mr_store_get_handle (target),
                                      "SELECT count(*) FROM creator WHERE batch_id IS NOT ?1",
                                      restore.batch_id), ==, 0);
  g_assert_cmpint (mr_test_query_int (mr_store_get_handle (target),
                                      "SELECT count(*) FROM campaign_result WHERE batch_id IS NOT ?1",
                                      restore.batch_id), ==, 0);
}

static void
test_restore_twice (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(MrStore) source = open_store (fixture, "source.db");
  g_autoptr(MrStore) target = open_store (fixture, "target.db");
  g_autoptr(GFile) file = NULL;
  g_autofree char *text = NULL;
  g_autofree char *counts = NULL;
  g_autofree char *counts_again = NULL;
  g_autofree char *after = NULL;
  g_auto(Restore) first = { 0 };
  g_auto(Restore) second = { 0 };

  fill_store (source);
  text = export (source);
  file = write_file (fixture, "export.json", text);
  restore_into (target, file, "first", &first);
  g_assert_true (first.ok);
  counts = count_rows (target);

  restore_into (target, file, "second", &second);
  g_assert_no_error (second.error);
  g_assert_true (second.ok);
  g_assert_cmpuint (second.rows, ==, N_RECORDS);
  counts_again = count_rows (target);
  g_assert_cmpstr (counts, ==, counts_again);
  after = export (target);
  assert_same_export (text, after);
  /* Nothing new, nothing changed, nothing to take back. */
  g_assert_cmpuint (second.counts.creators_created, ==, 0);
  g_assert_cmpuint (second.counts.accounts_created, ==, 0);
  g_assert_cmpuint (second.counts.posts, ==, 0);
  g_assert_cmpuint (second.counts.follower_days, ==, 0);
  g_assert_cmpuint (second.counts.daily_days, ==, 0);
  g_assert_cmpuint (second.counts.audience, ==, 0);
  g_assert_cmpuint (second.counts.activity, ==, 0);
  g_assert_cmpuint (second.counts.search, ==, 0);
  g_assert_cmpuint (second.counts.totals, ==, 0);
  g_assert_cmpuint (second.counts.other, ==, 0);
  g_assert_cmpint (mr_test_query_int (mr_store_get_handle (target),
                                      "SELECT count(*) FROM import_undo WHERE batch_id = ?1",
                                      second.batch_id), ==, 0);
}

/* A database that already holds some of it: rows are matched, not doubled. */
static void
test_restore_merges (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autoptr(MrStore) source = open_store (fixture, "source.db");
  g_autoptr(MrStore) target = open_store (fixture, "target.db");
  g_autoptr(MrCreator) zoe = mr_test_add_creator (target, "Zoë", "zoe");
  g_autoptr(MrCreator) anna = mr_test_add_creator (target, "anna", "anna.bakes");
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_auto(Restore) restore = { 0 };
  MrCreator *restored;
  GListModel *creators;

  fill_store (source);
  text = export (source);
  file = write_file (fixture, "export.json", text);
  restore_into (target, file, "first", &restore);
  g_assert_no_error (restore.error);

  creators = mr_store_get_creators (target);
  g_assert_cmpuint (g_list_model_get_n_items (creators), ==, 3);
  /* Anna by her TikTok account, under the id she had; Bram's id 3 was free. */
  restored = mr_store_find_by_id (creators, mr_creator_get_id (anna));
  g_assert_cmpstr (mr_creator_get_name (restored), ==, "Anna Bakt");
  g_assert_cmpuint (g_list_model_get_n_items (mr_creator_get_accounts (restored)), ==, 2);
  g_assert_cmpstr (mr_creator_get_name (mr_store_find_by_id (creators, 3)), ==, "Bram");
  g_assert_cmpstr (mr_creator_get_name (mr_store_find_by_id (creators, mr_creator_get_id (zoe))),
                   ==, "Zoë");
  g_assert_cmpint (mr_test_query_int (mr_store_get_handle (target),
                                      "SELECT count(*) FROM campaign_member WHERE creator_id = ?1",
                                      mr_creator_get_id (anna)), ==, 1);
  g_assert_cmpint (mr_test_query_int (mr_store_get_handle (target),
                                      "SELECT creator_id FROM moment WHERE title = 'koffie kopen'",
                                      0), ==, mr_creator_get_id (anna));
}

static void
assert_refused (Fixture    *fixture,
                const char *name,
                const char *contents,
                int         code,
                const char *message_start)
{
  /* Stores of their own, for a test that tries more than one file. */
  g_autofree char *target_name = g_strconcat (name, ".target.db", NULL);
  g_autofree char *source_name = g_strconcat (name, ".source.db", NULL);
  g_autoptr(MrStore) target = open_store (fixture, target_name);
  g_autoptr(MrStore) source = open_store (fixture, source_name);
  g_autoptr(GFile) file = write_file (fixture, name, contents);
  g_autoptr(GFile) good = NULL;
  g_autofree char *text = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *counts = NULL;
  g_autofree char *counts_after = NULL;
  g_auto(Restore) first = { 0 };
  g_auto(Restore) refused = { 0 };

  fill_store (source);
  text = export (source);
  good = write_file (fixture, "export.json", text);
  restore_into (target, good, "first", &first);
  g_assert_true (first.ok);
  before = export (target);
  counts = count_rows (target);

  restore_into (target, file, "refused", &refused);
  g_assert_false (refused.ok);
  g_assert_error (refused.error, MR_IMPORT_ERROR, code);
  if (!g_str_has_prefix (refused.error->message, message_start))
    g_error ("“%s” does not start with “%s”", refused.error->message, message_start);
  g_assert_null (strchr (refused.error->message, '\n'));

  after = export (target);
  assert_same_export (before, after);
  counts_after = count_rows (target);
  g_assert_cmpstr (counts, ==, counts_after);
  g_assert_cmpint (mr_test_query_int (mr_store_get_handle (target),
                                      "SELECT count(*) FROM import_batch WHERE id = ?1",
                                      refused.batch_id), ==, 0);
}

static void
test_refuses_newer_schema (Fixture       *fixture,
                           gconstpointer  user_data)
{
  g_autofree char *contents = g_strdup_printf (
    "{ \"schema\": %d, \"creators\": [ { \"id\": 9, \"name\": \"Uit de toekomst\","
    "  \"accounts\": [] } ], \"campaigns\": [], \"search\": [], \"moments\": [] }",
    MR_JSON_EXPORT_SCHEMA + 1);

  assert_refused (fixture, "future.json", contents, MR_IMPORT_ERROR_FAILED,
                  "future.json: this export comes from a newer version of Microreach");
}

static void
test_refuses_malformed (Fixture       *fixture,
                        gconstpointer  user_data)
{
  assert_refused (fixture, "broken.json",
                  "{\n  \"schema\": 1,\n  \"creators\": [\n    { \"name\": \"Anna\" ,, }\n  ]\n}\n",
                  MR_IMPORT_ERROR_INVALID_VALUE, "broken.json:4: ");
}

/* A value the database would refuse is refused with words, before anything is kept. */
static void
test_refuses_invalid_value (Fixture       *fixture,
                            gconstpointer  user_data)
{
  assert_refused (fixture, "wrong.json",
                  "{ \"schema\": 1, \"creators\": [ { \"name\": \"Anna\", \"accounts\": ["
                  " { \"platform\": \"myspace\", \"handle\": \"anna\" } ] } ] }",
                  MR_IMPORT_ERROR_INVALID_VALUE, "wrong.json: “myspace” is not a platform");
}

/* Found by fuzzing: a value that breaks one of the database's rules (a campaign or a
 * search figure's period that ends before it starts) was refused in the database's
 * words, as if the database were at fault. */
static void
test_refuses_out_of_range (Fixture       *fixture,
                           gconstpointer  user_data)
{
  assert_refused (fixture, "edited.json",
                  "{ \"schema\": 1, \"creators\": [], \"campaigns\": [ { \"id\": 4,"
                  " \"name\": \"Zomer\", \"start\": \"2026-06-30\", \"end\": \"2026-06-01\" } ] }",
                  MR_IMPORT_ERROR_INVALID_VALUE,
                  "edited.json: it holds a value Microreach cannot store (CHECK constraint "
                  "failed: end_date >= start_date)");
}

/* The same where the import's writer stores the value. */
static void
test_refuses_out_of_range_search (Fixture       *fixture,
                                  gconstpointer  user_data)
{
  assert_refused (fixture, "edited.json",
                  "{ \"schema\": 1, \"creators\": [], \"search\": [ { \"source\": \"trends\","
                  " \"kind\": \"topic\", \"query\": \"koffie\", \"period_start\": \"2026-03-31\","
                  " \"period_end\": \"2026-03-01\" } ] }",
                  MR_IMPORT_ERROR_INVALID_VALUE,
                  "edited.json: it holds a value Microreach cannot store (CHECK constraint "
                  "failed: period_end >= period_start)");
}

/* Found by fuzzing: json-glib reads an escaped lone surrogate into bytes that are not
 * UTF-8, which the restore kept, loses the memory of half a surrogate pair, and quotes
 * the text it stopped at cut within a character. */
static void
test_refuses_bad_escapes (Fixture       *fixture,
                          gconstpointer  user_data)
{
  g_autoptr(MrStore) store = open_store (fixture, "quoted.db");
  g_autoptr(GFile) cut = write_file (fixture, "cut.json",
                                     "{ \"schema\": 1, \"éééééééééééééééééééééééééééééééééééééééé\""
                                     " \"creators\": [] }");
  g_auto(Restore) refused = { 0 };

  assert_refused (fixture, "text.json",
                  "{ \"schema\": 1, \"creators\": [ { \"name\": \"Anna\\ud800y\","
                  " \"accounts\": [] } ] }",
                  MR_IMPORT_ERROR_INVALID_VALUE,
                  "text.json: it holds a “\\” that starts no valid escape");

  restore_into (store, cut, "cut", &refused);
  g_assert_false (refused.ok);
  g_assert_error (refused.error, MR_IMPORT_ERROR, MR_IMPORT_ERROR_INVALID_VALUE);
  g_assert_true (g_str_has_prefix (refused.error->message, "cut.json:1: "));
  g_assert_true (g_utf8_validate (refused.error->message, -1, NULL));
}

/* Found by fuzzing: json-glib read two exports in one file as the first alone, and the
 * second was lost without a word. */
static void
test_refuses_two_exports (Fixture       *fixture,
                          gconstpointer  user_data)
{
  assert_refused (fixture, "twice.json",
                  "{ \"schema\": 1, \"creators\": [] }\n"
                  "{ \"schema\": 1, \"creators\": [ { \"name\": \"Bram\", \"accounts\": [] } ] }\n",
                  MR_IMPORT_ERROR_INVALID_VALUE,
                  "twice.json: more follows after the end of the export");
}

/* An export is restored a creator (campaign…) at a time: one that breaks off after its
 * first creators, as a copy cut short does, is refused whole, the creators before the break
 * included, and says so. */
static void
test_refuses_cut_short (Fixture       *fixture,
                        gconstpointer  user_data)
{
  g_autoptr(MrStore) source = open_store (fixture, "whole.db");
  g_autoptr(MrCreator) first = NULL;
  g_autoptr(MrCreator) second_creator = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *damaged = NULL;
  const char *second;
  char *name;

  /* Creators the database it is restored into does not have. */
  first = mr_test_add_creator (source, "Fenna Visser", "fennavisser");
  second_creator = mr_test_add_creator (source, "Gijs de Wit", "gijsdewit");
  text = mr_json_export_to_string (source, TRUE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (text, "Fenna Visser"));
  /* Cut within the second creator: the first is whole. */
  second = strstr (strstr (text, "\"creators\""), "\n    },\n    {");
  g_assert_nonnull (second);

  damaged = g_strdup (text);
  text[second - text + 20] = '\0';
  assert_refused (fixture, "cut.json", text, MR_IMPORT_ERROR_INVALID_VALUE,
                  "cut.json: the file ends before the export does, as if it was cut short");

  /* The same with the second creator damaged where only json-glib sees it: the first is
   * restored before that is found, and goes with the batch. */
  name = strstr (damaged, "\"Gijs de Wit\"");
  g_assert_nonnull (name);
  memcpy (name, "tru          ", strlen ("\"Gijs de Wit\""));
  assert_refused (fixture, "damaged.json", damaged, MR_IMPORT_ERROR_INVALID_VALUE,
                  "damaged.json:");
}

/* Between the lists the restore follows the text itself: what breaks there is refused,
 * with the line, as json-glib's breaks are. */
static void
test_refuses_broken_outline (Fixture       *fixture,
                             gconstpointer  user_data)
{
  assert_refused (fixture, "comma.json",
                  "{\n  \"schema\": 1,\n  \"creators\": [\n    { \"name\": \"Anna\" }\n"
                  "    { \"name\": \"Bram\" }\n  ]\n}\n",
                  MR_IMPORT_ERROR_INVALID_VALUE, "comma.json:5: the text is not JSON here");
  assert_refused (fixture, "key.json",
                  "{\n  \"schema\": 1\n  \"creators\": []\n}\n",
                  MR_IMPORT_ERROR_INVALID_VALUE, "key.json:3: the text is not JSON here");
  /* A member the restore does not read is read all the same. */
  assert_refused (fixture, "extra.json",
                  "{ \"schema\": 1, \"creators\": [],\n  \"notes\": [ { \"x\": tru } ] }",
                  MR_IMPORT_ERROR_INVALID_VALUE, "extra.json:2: ");
  assert_refused (fixture, "number.json", "{ \"schema\": 1x, \"creators\": [] }",
                  MR_IMPORT_ERROR_INVALID_VALUE, "number.json:1: the text is not JSON here");
  assert_refused (fixture, "item.json", "{ \"schema\": 1, \"creators\": [ 1 ] }",
                  MR_IMPORT_ERROR_INVALID_VALUE, "item.json: “creators” is not a list of objects");
  /* json-glib reads comments and strings in single quotes; a '"' in one would make an
   * item end elsewhere for the outline than for json-glib, which keeps the first of two
   * values and drops the other without a word. */
  assert_refused (fixture, "comment.json",
                  "{ \"schema\": 1, \"creators\": [ { \"name\": \"Anna\" /* \" */ }\n"
                  "  { \"name\": \"Bram\", \"niche\": /* \" */ \"Koken\" } ] }",
                  MR_IMPORT_ERROR_INVALID_VALUE, "comment.json:1: the text is not JSON here");
  assert_refused (fixture, "quote.json",
                  "{ \"schema\": 1, \"creators\": [ { \"name\": 'Anna\"' }\n"
                  "  { \"name\": '\"' } ] }",
                  MR_IMPORT_ERROR_INVALID_VALUE, "quote.json:1: the text is not JSON here");
  /* json-glib keeps the last of two values of a name, and would never read the first. */
  assert_refused (fixture, "twice.json",
                  "{ \"schema\": 1,\n  \"creators\": [ not json ],\n  \"creators\": [] }",
                  MR_IMPORT_ERROR_INVALID_VALUE, "twice.json:3: “creators” comes a second time");
}

/* An export saved again in another encoding. */
static void
test_refuses_not_utf8 (Fixture       *fixture,
                       gconstpointer  user_data)
{
  assert_refused (fixture, "latin1.json",
                  "{ \"schema\": 1, \"creators\": [ { \"name\": \"Ren\xe9" "e\" } ] }",
                  MR_IMPORT_ERROR_INVALID_VALUE, "latin1.json: the file is not UTF-8 text");
}

static void
test_recognises_exports (Fixture       *fixture,
                         gconstpointer  user_data)
{
  const struct {
    const char *contents;
    gboolean    is_export;
  } cases[] = {
    { "{\"schema\":1,\"creators\":[]}", TRUE },
    { "\xEF\xBB\xBF  \n{ \"creators\" : [ { \"schema\": 2 } ],\n \"schema\" : 1 }", TRUE },
    /* Damaged, but still an export: restoring it says where. */
    { "{ \"schema\": 1, \"creators\": [ { \"name\": ", TRUE },
    { "{ \"schema\": 1, \"campaigns\": [] }", FALSE },
    { "{ \"data\": { \"schema\": 1, \"creators\": [] } }", FALSE },
    { "{ \"note\": \"schema\", \"x\": \"creators\" }", FALSE },
    { "[ { \"schema\": 1, \"creators\": [] } ]", FALSE },
    { "Date,Followers\n\"March 1\",\"1200\"\n", FALSE },
    { "", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GFile) file = write_file (fixture, "file", cases[i].contents);

      if (mr_import_json_is_export (file, NULL) != cases[i].is_export)
        g_error ("Case %u: expected %s", i, cases[i].is_export ? "an export" : "no export");
    }
}

/* The campaign of issue 7, as a script would write it: two members, three days of results.
 * Spend 300 + 500 = 800; revenue 1500 + 1700 = 3200; 100,000 impressions, 2,500 clicks
 * and 50 conversions: CTR 2.5 %, CPM 8, CPA 16, ROAS 4.0, ROI 300 %. The file's own
 * "kpis" are wrong on purpose: they are computed again, never read. */
static const char campaign_file[] =
  "{ \"schema\": 1,"
  "  \"creators\": ["
  "    { \"id\": 1, \"name\": \"Sanne\", \"accounts\": ["
  "        { \"platform\": \"tiktok\", \"handle\": \"sanne.fietst\", \"followers\": 42000 } ] },"
  "    { \"id\": 2, \"name\": \"Joris\", \"accounts\": ["
  "        { \"platform\": \"instagram\", \"handle\": \"joris.kookt\", \"followers\": 8000 } ] },"
  "    { \"id\": 3, \"name\": \"Mila\", \"accounts\": ["
  "        { \"platform\": \"instagram\", \"handle\": \"mila\" } ] } ],"
  "  \"campaigns\": ["
  "    { \"id\": 7, \"name\": \"Fietsweek\", \"kind\": \"pilot\", \"goal\": \"conversions\","
  "      \"start\": \"2026-05-01\", \"end\": \"2026-05-31\", \"budget\": 1000,"
  "      \"currency\": \"EUR\", \"target_roas\": 3,"
  "      \"kpis\": { \"spend\": 1, \"roas\": 99 },"
  "      \"members\": ["
  "        { \"creator\": \"Sanne\", \"creator_id\": 1, \"platform\": \"tiktok\","
  "          \"handle\": \"sanne.fietst\", \"fee\": 300, \"status\": \"published\","
  "          \"deliverables\": [ { \"title\": \"1 video\", \"due\": \"2026-05-10\", \"done\": true } ],"
  "          \"results\": ["
  "            { \"date\": \"2026-05-10\", \"impressions\": 30000, \"clicks\": 700,"
  "              \"conversions\": 15, \"revenue\": 1000, \"engagements\": 2400 },"
  "            { \"date\": \"2026-05-11\", \"impressions\": 10000, \"clicks\": 300,"
  "              \"conversions\": 5, \"revenue\": 500, \"engagements\": 600 } ] },"
  "        { \"creator\": \"Joris\", \"creator_id\": 2, \"platform\": \"instagram\","
  "          \"handle\": \"joris.kookt\", \"fee\": 500, \"status\": \"paid\","
  "          \"deliverables\": \"2 Reels\","
  "          \"results\": ["
  "            { \"date\": \"2026-05-12\", \"impressions\": 60000, \"clicks\": 1500,"
  "              \"conversions\": 30, \"revenue\": 1700, \"engagements\": 2500 } ] },"
  "        { \"creator\": \"Mila\", \"creator_id\": 3, \"platform\": \"instagram\","
  "          \"handle\": \"mila\", \"status\": \"invited\" } ] } ] }";

static void
assert_kpi (JsonObject *kpis,
            const char *key,
            double      expected)
{
  g_assert_false (json_object_get_null_member (kpis, key));
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (kpis, key), expected, 1e-9);
}

static void
test_campaign_kpis (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(MrStore) store = open_store (fixture, "campaign.db");
  g_autoptr(GFile) file = write_file (fixture, "fietsweek.json", campaign_file);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_auto(Restore) restore = { 0 };
  JsonObject *campaign, *kpis, *sanne, *joris, *mila;
  JsonArray *members;

  restore_into (store, file, "fietsweek", &restore);
  g_assert_no_error (restore.error);
  g_assert_true (restore.ok);

  text = export (store);
  g_assert_true (json_parser_load_from_data (parser, text, -1, &error));
  g_assert_no_error (error);
  campaign = json_array_get_object_element (
    json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                  "campaigns"), 0);
  kpis = json_object_get_object_member (campaign, "kpis");
  assert_kpi (kpis, "spend", 800);
  assert_kpi (kpis, "revenue", 3200);
  g_assert_cmpint (json_object_get_int_member (kpis, "impressions"), ==, 100000);
  g_assert_cmpint (json_object_get_int_member (kpis, "clicks"), ==, 2500);
  g_assert_cmpint (json_object_get_int_member (kpis, "conversions"), ==, 50);
  g_assert_cmpint (json_object_get_int_member (kpis, "engagements"), ==, 5500);
  assert_kpi (kpis, "ctr", 2.5);
  assert_kpi (kpis, "cpm", 8);
  /* 800 / 5500 = 0.14545…, to four decimals. */
  assert_kpi (kpis, "cpe", 0.1455);
  assert_kpi (kpis, "cpa", 16);
  assert_kpi (kpis, "roas", 4.0);
  assert_kpi (kpis, "roi", 300);

  members = json_object_get_array_member (campaign, "members");
  g_assert_cmpuint (json_array_get_length (members), ==, 3);
  sanne = find_by (members, "creator", "Sanne");
  joris = find_by (members, "creator", "Joris");
  mila = find_by (members, "creator", "Mila");
  /* Each member's own return: 1500 / 300 and 1700 / 500. */
  assert_kpi (json_object_get_object_member (sanne, "kpis"), "roas", 5.0);
  assert_kpi (json_object_get_object_member (sanne, "kpis"), "ctr", 2.5);
  assert_kpi (json_object_get_object_member (joris, "kpis"), "roas", 3.4);
  /* 500 / 30 = 16.666…, to four decimals. */
  assert_kpi (json_object_get_object_member (joris, "kpis"), "cpa", 16.6667);
  /* Both beat the target; Sanne at a cost per engagement (300 / 3000 = 0.10) below the
   * median of the two (Joris: 500 / 2500 = 0.20): scale her up. */
  g_assert_cmpstr (json_object_get_string_member (sanne, "hint"), ==, "scale-up");
  g_assert_true (json_object_get_null_member (joris, "hint"));
  /* Without a fee or results nothing is computed, and nothing shows as 0. */
  kpis = json_object_get_object_member (mila, "kpis");
  g_assert_true (json_object_get_null_member (kpis, "spend"));
  g_assert_true (json_object_get_null_member (kpis, "roas"));
  g_assert_true (json_object_get_null_member (kpis, "ctr"));
  g_assert_true (json_object_get_null_member (kpis, "impressions"));

  /* Deliverables: a list with due days; the older free text became one item. */
  g_assert_cmpstr (json_object_get_string_member (
                     json_array_get_object_element (
                       json_object_get_array_member (sanne, "deliverables"), 0), "due"),
                   ==, "2026-05-10");
  g_assert_cmpstr (json_object_get_string_member (
                     json_array_get_object_element (
                       json_object_get_array_member (joris, "deliverables"), 0), "title"),
                   ==, "2 Reels");
}

static void
count_signal (MrStore *store,
              gint64   campaign_id,
              gint64  *last)
{
  *last = campaign_id;
}

/* Entering results by hand, and deleting a campaign with Undo. */
static void
test_campaign_edit_undo (Fixture       *fixture,
                         gconstpointer  user_data)
{
  g_autoptr(MrStore) store = open_store (fixture, "campaign.db");
  g_autoptr(GFile) file = write_file (fixture, "fietsweek.json", campaign_file);
  g_autoptr(MrCampaignFigures) before = NULL;
  g_autoptr(MrCampaignFigures) after = NULL;
  g_autoptr(MrCampaign) campaign = NULL;
  g_autoptr(MrCampaignMember) mila = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(Restore) restore = { 0 };
  g_autofree char *exported = NULL;
  g_autofree char *again = NULL;
  MrStoreRemoval *removal;
  MrResultRow row = { "2026-05-20", 20000, -1, 300, 4, -1, NAN };
  MrResultRow bad = { "2026-05-21", 100, -1, 300, -1, -1, NAN };
  gint64 signalled = 0;

  restore_into (store, file, "fietsweek", &restore);
  g_assert_true (restore.ok);
  campaign = g_list_model_get_item (mr_store_get_campaigns (store), 0);
  mila = g_list_model_get_item (mr_campaign_get_members (campaign), 2);
  g_signal_connect (store, "results-changed", G_CALLBACK (count_signal), &signalled);

  before = mr_store_compute_campaign (store, campaign, &error);
  g_assert_no_error (error);
  g_assert_false (before->members[2].kpis.kpis[MR_KPI_CTR].has_value);
  /* Sanne's 42,000 TikTok followers are micro, Joris's 8,000 Instagram ones too
   * (5k–50k there): all the spend with a known tier goes to micro-influencers. */
  g_assert_cmpfloat (before->spend_by_tier[MR_TIER_MICRO], ==, 800);
  g_assert_cmpfloat (mr_campaign_figures_get_micro_share (before), ==, 1.0);
  g_assert_cmpuint (before->n_without_fee, ==, 1);

  g_assert_true (mr_store_save_result (store, mila, &row, &error));
  g_assert_no_error (error);
  g_assert_cmpint (signalled, ==, mr_campaign_get_id (campaign));
  /* More clicks than impressions is a typing error, not a result. */
  g_assert_false (mr_store_save_result (store, mila, &bad, &error));
  g_assert_error (error, MR_STORE_ERROR, MR_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  after = mr_store_compute_campaign (store, campaign, &error);
  g_assert_cmpint (after->members[2].input.impressions, ==, 20000);
  g_assert_cmpfloat_with_epsilon (after->members[2].kpis.kpis[MR_KPI_CTR].value, 1.5, 1e-9);
  g_assert_cmpint (after->input.impressions, ==, 120000);
  /* No revenue entered: still unknown, not 0. */
  g_assert_true (isnan (after->members[2].input.revenue));
  g_assert_true (mr_store_remove_result (store, mila, "2026-05-20", &error));
  g_assert_no_error (error);
  g_clear_pointer (&after, mr_campaign_figures_free);
  after = mr_store_compute_campaign (store, campaign, &error);
  g_assert_cmpint (after->members[2].input.impressions, ==, MR_METRIC_UNKNOWN);

  exported = export (store);
  removal = mr_store_remove_campaigns (store, &campaign, 1, &error);
  g_assert_no_error (error);
  g_assert_nonnull (removal);
  g_assert_cmpuint (mr_store_removal_get_n_campaigns (removal), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (mr_store_get_campaigns (store)), ==, 0);
  g_assert_cmpint (mr_test_query_int (mr_store_get_handle (store),
                                      "SELECT count(*) FROM campaign_result", 0), ==, 0);
  g_assert_true (mr_store_restore_removal (store, removal, &error));
  g_assert_no_error (error);
  mr_store_removal_free (removal);
  again = export (store);
  assert_same_export (exported, again);
}

int
main (int   argc,
      char *argv[])
{
  /* The database keeps times in UTC: a zone with an offset shows where one is lost. */
  g_setenv ("TZ", "Europe/Amsterdam", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/json-roundtrip/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("export-complete", test_export_complete);
  ADD ("restore-new-database", test_restore_new_database);
  ADD ("restore-twice", test_restore_twice);
  ADD ("restore-merges", test_restore_merges);
  ADD ("refuses-newer-schema", test_refuses_newer_schema);
  ADD ("refuses-malformed", test_refuses_malformed);
  ADD ("refuses-invalid-value", test_refuses_invalid_value);
  ADD ("refuses-out-of-range", test_refuses_out_of_range);
  ADD ("refuses-out-of-range/search", test_refuses_out_of_range_search);
  ADD ("refuses-bad-escapes", test_refuses_bad_escapes);
  ADD ("refuses-two-exports", test_refuses_two_exports);
  ADD ("refuses-cut-short", test_refuses_cut_short);
  ADD ("refuses-broken-outline", test_refuses_broken_outline);
  ADD ("refuses-not-utf8", test_refuses_not_utf8);
  ADD ("recognises-exports", test_recognises_exports);
  ADD ("campaign-kpis", test_campaign_kpis);
  ADD ("campaign-edit-undo", test_campaign_edit_undo);

#undef ADD

  return g_test_run ();
}
