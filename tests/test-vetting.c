/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-vetting"

#include "config.h"

#include <math.h>
#include <json-glib/json-glib.h>

#include "mr-json-export.h"
#include "mr-store.h"
#include "mr-test-util.h"

/* The metrics as they reach the marketer: on the creator (properties that follow the
 * data) and in --export-json's "metrics" object, with the values the formulas give. */

typedef struct {
  char      *dir;
  MrStore   *store;
  MrCreator *creator;
  gint64     account_id;
} Fixture;

static guint32
today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  return g_date_get_julian (&date);
}

static void
exec_day (sqlite3    *db,
          const char *sql,
          gint64      account_id,
          guint32     day,
          gint64      value)
{
  g_autofree char *text = mr_test_day_text (day);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, account_id);
  sqlite3_bind_text (stmt, 2, text, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, value);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
}

/* Sanne: 2,000 TikTok followers, and (once posts are added) the seed's example on
 * every post: 500 likes and 800 comments. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autofree char *path = NULL;
  g_autoptr(MrAccount) account = mr_account_new (MR_PLATFORM_TIKTOK, "sanne.zet.koffie");
  g_autoptr(GError) error = NULL;

  fixture->dir = mr_test_make_temp_dir ();
  path = g_build_filename (fixture->dir, "microreach.db", NULL);
  fixture->store = mr_test_open_store (path);
  fixture->creator = mr_test_add_creator (fixture->store, "Sanne de Vries", NULL);
  mr_account_set_followers (account, 2000);
  g_assert_true (mr_store_add_account (fixture->store, fixture->creator, account, &error));
  g_assert_no_error (error);
  fixture->account_id = mr_account_get_id (account);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_clear_object (&fixture->creator);
  g_assert_finalize_object (fixture->store);
  mr_test_remove_temp_dir (fixture->dir);
  g_free (fixture->dir);
}

static void
add_seed_posts (Fixture *fixture)
{
  sqlite3 *db = mr_store_get_handle (fixture->store);

  for (guint i = 1; i <= 3; i++)
    exec_day (db, "INSERT INTO post (account_id, external_id, published_at, likes, comments)"
                  "  VALUES (?1, ?2, ?2 || 'T18:00:00Z', 500, 800)",
              fixture->account_id, today () - 7 * i, 0);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              GPtrArray  *names)
{
  g_ptr_array_add (names, (gpointer) g_param_spec_get_name (pspec));
}

static gboolean
has_name (GPtrArray  *names,
          const char *name)
{
  guint count = 0;

  for (guint i = 0; i < names->len; i++)
    count += g_strcmp0 (g_ptr_array_index (names, i), name) == 0;
  g_assert_cmpuint (count, <=, 1);

  return count == 1;
}

static void
test_properties_follow_the_data (Fixture       *fixture,
                                 gconstpointer  user_data)
{
  g_autoptr(GPtrArray) notified = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;

  /* An account with followers but no posts: a tier, no rate. */
  g_assert_cmpstr (mr_creator_get_tier (fixture->creator), ==, "nano");
  g_assert_true (isnan (mr_creator_get_engagement_rate (fixture->creator)));

  g_signal_connect (fixture->creator, "notify", G_CALLBACK (count_notify), notified);
  add_seed_posts (fixture);
  g_assert_true (mr_store_update_vetting (fixture->store, fixture->creator, &error));
  g_assert_no_error (error);

  /* (500 + 800) ÷ 2,000 = 65 %. */
  g_assert_cmpfloat_with_epsilon (mr_creator_get_engagement_rate (fixture->creator), 65.0, 1e-9);
  g_assert_true (has_name (notified, "engagement-rate"));
  g_assert_true (has_name (notified, "score"));
  g_assert_false (has_name (notified, "tier"));
  g_assert_false (isnan (mr_creator_get_score (fixture->creator)));
  g_assert_cmpstr (mr_creator_get_recommendation (fixture->creator), ==,
                   mr_recommendation_to_string (mr_recommendation_for_score (
                     mr_creator_get_score (fixture->creator))));

  /* Computing again from the same data changes nothing, so says nothing. */
  g_ptr_array_set_size (notified, 0);
  g_assert_true (mr_store_update_vetting (fixture->store, fixture->creator, &error));
  g_assert_cmpuint (notified->len, ==, 0);

  /* Another tier scheme moves the tier: under HypeAuditor's, 2,000 is still nano;
   * under "micro = 1k–10k" it is micro. */
  g_assert_true (mr_store_set_vetting_settings (fixture->store, MR_TIER_SCHEME_SMALL_MICRO,
                                                NULL, "EUR", &error));
  g_assert_true (has_name (notified, "tier"));
  g_assert_cmpstr (mr_creator_get_tier (fixture->creator), ==, "micro");

  /* The scheme only names the tier: the benchmark (TikTok under 100k, 7.5 %) and the
   * price (20–40) stay those of the seeds' own tiers. */
  g_assert_cmpfloat (mr_creator_get_vetting (fixture->creator)->benchmark->benchmark, ==, 7.5);
  g_assert_cmpfloat (mr_creator_get_vetting (fixture->creator)->price->min, ==, 20.0);
  g_assert_cmpfloat (mr_creator_get_vetting (fixture->creator)->price->max, ==, 40.0);
}

static JsonObject *
export_metrics (Fixture    *fixture,
                JsonNode  **root)
{
  g_autoptr(GError) error = NULL;
  JsonObject *creator;

  *root = mr_json_export_build (fixture->store, &error);
  g_assert_no_error (error);
  creator = json_array_get_object_element (
    json_object_get_array_member (json_node_get_object (*root), "creators"), 0);
  return json_object_get_object_member (creator, "metrics");
}

static gboolean
has_flag (JsonObject *metrics,
          const char *code,
          const char *severity)
{
  JsonArray *flags = json_object_get_array_member (metrics, "flags");

  for (guint i = 0; i < json_array_get_length (flags); i++)
    {
      JsonObject *flag = json_array_get_object_element (flags, i);

      g_assert_cmpuint (strlen (json_object_get_string_member (flag, "message")), >, 20);
      if (g_strcmp0 (json_object_get_string_member (flag, "code"), code) == 0)
        return g_strcmp0 (json_object_get_string_member (flag, "severity"), severity) == 0;
    }

  return FALSE;
}

static void
test_export_metrics (Fixture       *fixture,
                     gconstpointer  user_data)
{
  static const char * const keys[] = {
    "tier", "engagement_rate", "engagement_basis", "benchmark", "score", "recommendation",
    "spikes", "flags", "price", "cpe",
  };
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *metrics, *price;

  add_seed_posts (fixture);
  g_assert_true (mr_store_update_vetting (fixture->store, fixture->creator, &error));
  metrics = export_metrics (fixture, &root);

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_assert_true (json_object_has_member (metrics, keys[i]));

  g_assert_cmpstr (json_object_get_string_member (metrics, "tier"), ==, "nano");
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (metrics, "engagement_rate"),
                                  65.0, 1e-9);
  g_assert_cmpstr (json_object_get_string_member (metrics, "engagement_basis"), ==, "followers");
  /* TikTok accounts under 100k: 7.5 %. */
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (metrics, "benchmark"), 7.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (metrics, "score"),
                                  mr_creator_get_score (fixture->creator), 1e-9);
  g_assert_cmpstr (json_object_get_string_member (metrics, "recommendation"), ==,
                   mr_creator_get_recommendation (fixture->creator));

  /* 65 % is 8.7× the typical 7.5 %: flagged for review, not praised. */
  g_assert_true (has_flag (metrics, "engagement-far-above-benchmark", "warning"));

  /* 10–20 per 1,000 of 2,000 followers: 20–40; nano has no range to clamp into. The
   * cost per engagement takes the middle, 30, over 1,300 engagements a post. */
  price = json_object_get_object_member (metrics, "price");
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (price, "min"), 20.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (price, "max"), 40.0, 1e-9);
  g_assert_cmpstr (json_object_get_string_member (price, "currency"), ==, "EUR");
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (metrics, "cpe"), 30.0 / 1300.0,
                                  1e-9);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (metrics, "spikes")), ==, 0);
}

/* Steady growth of 10 a day for six weeks, then 600 in one day (30 % of the audience)
 * while nothing else is on record: the spike is listed, and not as organic. */
static void
test_export_spike (Fixture       *fixture,
                   gconstpointer  user_data)
{
  sqlite3 *db = mr_store_get_handle (fixture->store);
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *jump_day = mr_test_day_text (today () - 5);
  guint32 first = today () - 50;
  JsonObject *metrics, *spike;
  JsonArray *spikes;

  for (guint32 day = first; day < today () - 5; day++)
    exec_day (db, "INSERT INTO follower_snapshot (account_id, day, followers) VALUES (?1, ?2, ?3)", fixture->account_id,
              day, 1500 + 10 * (day - first));
  for (guint32 day = today () - 5; day <= today (); day++)
    exec_day (db, "INSERT INTO follower_snapshot (account_id, day, followers) VALUES (?1, ?2, ?3)", fixture->account_id,
              day, 1500 + 10 * (day - first) + 600);
  g_assert_true (mr_store_update_vetting (fixture->store, fixture->creator, &error));
  g_assert_no_error (error);

  metrics = export_metrics (fixture, &root);
  spikes = json_object_get_array_member (metrics, "spikes");
  g_assert_cmpuint (json_array_get_length (spikes), ==, 1);
  spike = json_array_get_object_element (spikes, 0);
  g_assert_cmpstr (json_object_get_string_member (spike, "date"), ==, jump_day);
  g_assert_cmpint (json_object_get_int_member (spike, "gain"), ==, 610);
  g_assert_cmpstr (json_object_get_string_member (spike, "verdict"), ==, "suspicious");
  g_assert_cmpstr (json_object_get_string_member (spike, "kind"), ==, "gain");
  /* No views or profile views on record: not confirmed, and not checked either. */
  g_assert_false (json_object_get_boolean_member (spike, "checked"));
}

/* No posts yet, but six weeks of steady growth and a filled-in checklist: the score
 * rests on those, and says that engagement, its quality and consistency are missing. */
static void
test_score_without_posts (Fixture       *fixture,
                          gconstpointer  user_data)
{
  sqlite3 *db = mr_store_get_handle (fixture->store);
  gint64 creator_id = mr_creator_get_id (fixture->creator);
  g_autoptr(GError) error = NULL;
  MrVetting *vetting;
  guint32 first = today () - 45;

  for (guint32 day = first; day <= today (); day++)
    exec_day (db, "INSERT INTO follower_snapshot (account_id, day, followers) VALUES (?1, ?2, ?3)", fixture->account_id,
              day, 1600 + 9 * (day - first) + (day % 3));
  mr_test_exec_id (db, "INSERT INTO checklist (creator_id, criterion, rating, note) VALUES (?1, 'brand-fit', 4, NULL)", creator_id);
  mr_test_exec_id (db, "INSERT INTO checklist (creator_id, criterion, rating, note) VALUES (?1, 'content-quality', 5, NULL)", creator_id);
  g_assert_true (mr_store_update_vetting (fixture->store, fixture->creator, &error));
  g_assert_no_error (error);

  vetting = mr_creator_get_vetting (fixture->creator);
  /* Steady growth without jumps: 100 for authenticity; the checklist (4 + 5) / 2 of 5 is
   * 90; (20·100 + 15·90) / 35 = 95.7, so 96, recommended. */
  g_assert_cmpfloat (vetting->score->values[MR_SCORE_GROWTH], ==, 100.0);
  g_assert_cmpfloat (vetting->score->values[MR_SCORE_CHECKLIST], ==, 90.0);
  g_assert_cmpfloat (vetting->score->score, ==, 96.0);
  g_assert_cmpstr (mr_creator_get_recommendation (fixture->creator), ==, "recommended");
  g_assert_false (vetting->score->left_out[MR_SCORE_GROWTH]);
  g_assert_false (vetting->score->left_out[MR_SCORE_CHECKLIST]);
  g_assert_true (vetting->score->left_out[MR_SCORE_ENGAGEMENT]);
  g_assert_true (vetting->score->left_out[MR_SCORE_QUALITY]);
  g_assert_true (vetting->score->left_out[MR_SCORE_CONSISTENCY]);
  /* Growth 20 and checklist 15 of the 90 that apply. */
  g_assert_cmpfloat_with_epsilon (vetting->score->confidence, 35.0 / 90.0, 1e-9);
  g_assert_nonnull (strstr (vetting->score->summary, "Left out for lack of data"));
  g_assert_nonnull (strstr (vetting->score->summary, "engagement against the benchmark"));
  g_assert_cmpstr (mr_creator_get_recommendation (fixture->creator), ==,
                   mr_recommendation_to_string (vetting->score->recommendation));
}

/* Nothing known: every key is there, and every value that cannot be known is null. */
static void
test_export_without_data (Fixture       *fixture,
                          gconstpointer  user_data)
{
  static const char * const nulls[] = {
    "tier", "engagement_rate", "engagement_basis", "benchmark", "score", "recommendation",
    "price", "cpe",
  };
  g_autoptr(MrCreator) unknown = mr_test_add_creator (fixture->store, "Aaron Onbekend", "aaron");
  g_autoptr(JsonNode) root = NULL;
  JsonObject *metrics = export_metrics (fixture, &root);

  for (guint i = 0; i < G_N_ELEMENTS (nulls); i++)
    g_assert_true (json_object_get_null_member (metrics, nulls[i]));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (metrics, "spikes")), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/vetting/properties-follow-the-data", test_properties_follow_the_data);
  ADD ("/vetting/export", test_export_metrics);
  ADD ("/vetting/export-spike", test_export_spike);
  ADD ("/vetting/export-without-data", test_export_without_data);
  ADD ("/vetting/score-without-posts", test_score_without_posts);
#undef ADD

  return g_test_run ();
}
