/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-vetting-all"

#include "config.h"

#include <math.h>

#include "mr-store-private.h"
#include "mr-test-util.h"

/* Every creator's metrics at once (mr-store-vetting-all.c) are the metrics each creator
 * gets on their own (mr_store_compute_vetting ()): on a roster large enough to be read
 * in slices, with what real rosters have — creators without accounts, accounts that are
 * not the primary one, counts not known, posts at the same minute, gaps in the history,
 * checklists, a roster's stated averages — and, for the window, in a worker thread while
 * the list is shown, where newer settings win and an edit made meanwhile is kept. */

#define N_CREATORS 300
#define SEED       20261122

typedef struct {
  char    *dir;
  MrStore *store;
} Fixture;

static void
exec (sqlite3    *db,
      const char *sql,
      ...) G_GNUC_PRINTF (2, 3);

static void
exec (sqlite3    *db,
      const char *format,
      ...)
{
  g_autofree char *sql = NULL;
  va_list args;

  va_start (args, format);
  sql = g_strdup_vprintf (format, args);
  va_end (args);
  if (sqlite3_exec (db, sql, NULL, NULL, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
}

/* A number, or NULL one time in @unknown_in. */
static char *
count_or_null (GRand *rand,
               gint64 value,
               int    unknown_in)
{
  if (g_rand_int_range (rand, 0, unknown_in) == 0)
    return g_strdup ("NULL");
  return g_strdup_printf ("%" G_GINT64_FORMAT, value);
}

static void
generate (sqlite3 *db)
{
  static const char *platforms[] = { "tiktok", "instagram", "youtube", "bluesky" };
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));

  exec (db, "BEGIN");
  for (guint c = 1; c <= N_CREATORS; c++)
    {
      guint n_accounts = g_rand_int_range (rand, 0, 10) == 0 ? 0 : g_rand_int_range (rand, 1, 3);
      gint64 primary = 0;

      exec (db, "INSERT INTO creator (id, name) VALUES (%u, 'Creator %u')", c, c);
      for (guint a = 0; a < n_accounts; a++)
        {
          gint64 id = c * 10 + a;
          gint64 followers = g_rand_int_range (rand, 800, 900000);
          g_autofree char *shown = count_or_null (rand, followers, 12);
          guint n_posts = g_rand_int_range (rand, 0, 14);
          guint n_days = g_rand_int_range (rand, 0, 40);
          double rate = g_rand_double_range (rand, 0.005, 0.15);

          exec (db, "INSERT INTO account (id, creator_id, platform, handle, followers)"
                    "  VALUES (%" G_GINT64_FORMAT ", %u, '%s', 'handle%" G_GINT64_FORMAT "', %s)",
                id, c, platforms[g_rand_int_range (rand, 0, G_N_ELEMENTS (platforms))], id, shown);
          /* A roster's stated averages, for some accounts without posts. */
          if (n_posts == 0 && g_rand_boolean (rand))
            exec (db, "UPDATE account SET avg_likes = %d, avg_comments = %d"
                      "  WHERE id = %" G_GINT64_FORMAT,
                  g_rand_int_range (rand, 10, 5000), g_rand_int_range (rand, 0, 300), id);

          for (guint p = 0; p < n_posts; p++)
            {
              /* Two posts in three share their minute with the one before. */
              guint32 day = g_date_get_julian (&today) - 1 - (p / 3) * 2;
              g_autofree char *date = mr_test_day_text (day);
              gint64 views = (gint64) (followers * g_rand_double_range (rand, 0.1, 3.0));
              g_autofree char *views_text = count_or_null (rand, views, 5);
              g_autofree char *likes = count_or_null (rand, (gint64) (views * rate), 15);
              g_autofree char *comments = count_or_null (rand, (gint64) (views * rate / 20), 6);
              g_autofree char *shares = count_or_null (rand, (gint64) (views * rate / 30), 3);

              exec (db, "INSERT INTO post (account_id, external_id, published_at, views, likes,"
                        "                  comments, shares, saves)"
                        "  VALUES (%" G_GINT64_FORMAT ", 'p%u', '%sT18:%02u:00Z', %s, %s, %s, %s, %s)",
                    id, p, date, p % 3 == 0 ? 0 : 1, views_text, likes, comments, shares,
                    p % 4 == 0 ? "NULL" : "7");
            }

          for (guint d = 0; d < n_days; d++)
            {
              g_autofree char *date = NULL;

              /* Gaps: one day in five is missing; a jump now and then. */
              if (d % 5 == 3)
                continue;
              date = mr_test_day_text (g_date_get_julian (&today) - n_days + d);
              followers += g_rand_int_range (rand, 0, 20) == 0 ? followers / 3
                                                               : g_rand_int_range (rand, -40, 200);
              exec (db, "INSERT INTO follower_snapshot (account_id, day, followers)"
                        "  VALUES (%" G_GINT64_FORMAT ", '%s', %" G_GINT64_FORMAT ")",
                    id, date, MAX (followers, 0));
              if (a == 0 && d % 2 == 0)
                exec (db, "INSERT INTO daily_stat (account_id, day, views, likes, comments)"
                          "  VALUES (%" G_GINT64_FORMAT ", '%s', %d, %d, NULL)",
                      id, date, g_rand_int_range (rand, 100, 90000), g_rand_int_range (rand, 0, 900));
            }

          /* The primary account is not always the first, nor always set. */
          if (primary == 0 || g_rand_boolean (rand))
            primary = id;
        }
      if (primary != 0 && g_rand_int_range (rand, 0, 8) != 0)
        exec (db, "UPDATE creator SET primary_account_id = %" G_GINT64_FORMAT " WHERE id = %u",
              primary, c);
      if (g_rand_int_range (rand, 0, 4) == 0)
        exec (db, "INSERT INTO checklist (creator_id, criterion, rating) VALUES"
                  "  (%u, 'brand-fit', %d), (%u, 'audience', NULL), (%u, 'content', %d)",
              c, g_rand_int_range (rand, 0, 6), c, c, g_rand_int_range (rand, 0, 6));
    }
  exec (db, "COMMIT");
}

/* Generated once, copied for each test. */
static char *template_path;

static void
make_template (const char *dir)
{
  g_autoptr(MrStore) store = NULL;

  template_path = g_build_filename (dir, "template.db", NULL);
  store = mr_test_open_store (template_path);
  generate (mr_store_get_handle (store));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autofree char *path = NULL;
  g_autoptr(GFile) template = g_file_new_for_path (template_path);
  g_autoptr(GFile) copy = NULL;
  g_autoptr(GError) error = NULL;

  fixture->dir = mr_test_make_temp_dir ();
  path = g_build_filename (fixture->dir, "microreach.db", NULL);
  copy = g_file_new_for_path (path);
  g_assert_true (g_file_copy (template, copy, G_FILE_COPY_NONE, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  fixture->store = mr_test_open_store (path);
  g_assert_cmpuint (g_list_model_get_n_items (mr_store_get_creators (fixture->store)), ==,
                    N_CREATORS);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_assert_finalize_object (fixture->store);
  mr_test_remove_temp_dir (fixture->dir);
  g_free (fixture->dir);
}

/* Two metrics are the same when everything the marketer sees of them is. */
static gboolean
same_number (double a,
             double b)
{
  return (isnan (a) && isnan (b)) || a == b;
}

static void
assert_same_vetting (MrCreator *creator,
                     MrVetting *expected)
{
  const MrVetting *got = mr_creator_get_vetting (creator);
  const char *name = mr_creator_get_name (creator);

  if (got == NULL)
    g_error ("%s: no metrics", name);
  if (got->platform != expected->platform || got->followers != expected->followers ||
      got->tier != expected->tier ||
      got->engagement->has_value != expected->engagement->has_value ||
      !same_number (got->engagement->rate, expected->engagement->rate) ||
      !same_number (got->benchmark->ratio, expected->benchmark->ratio) ||
      !same_number (got->score->score, expected->score->score) ||
      got->score->recommendation != expected->score->recommendation ||
      g_strcmp0 (got->score->summary, expected->score->summary) != 0 ||
      got->price->has_value != expected->price->has_value ||
      !same_number (got->price->min, expected->price->min) ||
      !same_number (got->price->max, expected->price->max) ||
      got->has_cpe != expected->has_cpe || !same_number (got->cpe, expected->cpe) ||
      got->flags->len != expected->flags->len)
    g_error ("%s: the metrics of all creators at once (score %g, engagement %g, %u flags) "
             "are not those of the creator alone (score %g, engagement %g, %u flags)", name,
             got->score->score, got->engagement->rate, got->flags->len,
             expected->score->score, expected->engagement->rate, expected->flags->len);

  for (guint i = 0; i < got->flags->len; i++)
    {
      const MrFlag *a = g_ptr_array_index (got->flags, i);
      const MrFlag *b = g_ptr_array_index (expected->flags, i);

      if (g_strcmp0 (a->code, b->code) != 0 || g_strcmp0 (a->message, b->message) != 0)
        g_error ("%s: flag %u is %s, alone %s", name, i, a->code, b->code);
    }
}

/* Each creator's metrics as mr_store_compute_vetting () gives them. */
static void
assert_as_each_alone (MrStore *store,
                      gint64   now)
{
  GListModel *creators = mr_store_get_creators (store);
  guint n_with_posts = 0, n_without_account = 0;

  for (guint i = 0; i < g_list_model_get_n_items (creators); i++)
    {
      g_autoptr(MrCreator) creator = g_list_model_get_item (creators, i);
      g_autoptr(GError) error = NULL;
      g_autoptr(MrVetting) alone = mr_store_compute_vetting (store, creator, now, &error);

      g_assert_no_error (error);
      assert_same_vetting (creator, alone);
      n_with_posts += alone->engagement->has_value;
      n_without_account += mr_creator_get_primary_account (creator) == NULL;
    }

  /* The roster has what it should: otherwise the comparison proves little. */
  g_assert_cmpuint (n_with_posts, >, N_CREATORS / 2);
  g_assert_cmpuint (n_without_account, >, 10);
}

static void
count_call (guint *n)
{
  (*n)++;
}

/* The first creator with a stored primary account. */
static MrCreator *
find_creator_with_account (MrStore *store)
{
  GListModel *creators = mr_store_get_creators (store);

  for (guint i = 0; i < g_list_model_get_n_items (creators); i++)
    {
      g_autoptr(MrCreator) creator = g_list_model_get_item (creators, i);

      if (mr_creator_get_primary_account (creator) != NULL &&
          mr_account_get_id (mr_creator_get_primary_account (creator)) > 0)
        return g_steal_pointer (&creator);
    }
  g_assert_not_reached ();
}

static void
test_at_once (Fixture       *fixture,
              gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  guint n_updated = 0;

  g_signal_connect_swapped (fixture->store, "metrics-updated", G_CALLBACK (count_call),
                            &n_updated);
  g_assert_true (mr_store_set_vetting_settings (fixture->store, MR_TIER_SCHEME_DEFAULT, NULL,
                                                "EUR", &error));
  g_assert_no_error (error);
  g_assert_false (mr_store_get_computing_metrics (fixture->store));
  g_assert_cmpuint (n_updated, ==, 1);
  assert_as_each_alone (fixture->store, now);
}

/* Inside a transaction the store's own connection reads them (other connections would
 * not see what it wrote): a post written there counts. */
static void
test_in_transaction (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  sqlite3 *db = mr_store_get_handle (fixture->store);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  g_assert_true (mr_store_begin (fixture->store, &error));
  exec (db, "INSERT INTO post (account_id, external_id, published_at, views, likes, comments)"
            "  SELECT primary_account_id, 'new', strftime ('%%Y-%%m-%%dT08:00:00Z', 'now'),"
            "         100, 99, 1 FROM creator WHERE primary_account_id IS NOT NULL");
  g_assert_true (mr_store_set_vetting_settings (fixture->store, MR_TIER_SCHEME_DEFAULT, NULL,
                                                "EUR", &error));
  g_assert_no_error (error);
  assert_as_each_alone (fixture->store, now);
  /* Rolled back: nothing of it stays. */
  g_assert_false (mr_store_finish (fixture->store, FALSE, NULL));
}

static void
on_computing (MrStore    *store,
              GParamSpec *pspec,
              GArray     *states)
{
  gboolean computing = mr_store_get_computing_metrics (store);

  g_array_append_val (states, computing);
}

/* For the window: the list is there before the metrics; new settings given while they
 * are computed win; a creator edited meanwhile keeps their own. */
static void
test_in_background (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) states = g_array_new (FALSE, FALSE, sizeof (gboolean));
  g_autoptr(MrCreator) edited = find_creator_with_account (fixture->store);
  MrAccount *account = mr_creator_get_primary_account (edited);
  sqlite3 *db = mr_store_get_handle (fixture->store);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  guint n_updated = 0;

  g_assert_null (mr_creator_get_vetting (edited));
  mr_store_set_metrics_in_background (fixture->store, TRUE);
  /* The window computes a roster of this size at once; here it is to be large. */
  mr_store_set_metrics_inline_max (fixture->store, N_CREATORS / 2);
  g_signal_connect_swapped (fixture->store, "metrics-updated", G_CALLBACK (count_call),
                            &n_updated);
  g_signal_connect (fixture->store, "notify::computing-metrics", G_CALLBACK (on_computing), states);

  g_assert_true (mr_store_set_vetting_settings (fixture->store, MR_TIER_SCHEME_DEFAULT, NULL,
                                                "EUR", &error));
  g_assert_true (mr_store_get_computing_metrics (fixture->store));
  g_assert_null (mr_creator_get_vetting (edited));
  /* Other settings before the first are in: only the second pass lands. */
  g_assert_true (mr_store_set_vetting_settings (fixture->store, MR_TIER_SCHEME_DEFAULT, NULL,
                                                "USD", &error));
  g_assert_no_error (error);

  /* An edit meanwhile: the creator's posts replaced by one. Whether the pass read the
   * file before or after, the creator keeps what was computed for the edit. The pause
   * lets the pass read the file first, which is when the edit must win (a slower
   * machine only makes the check weaker, never wrong). */
  g_usleep (G_USEC_PER_SEC / 2);
  exec (db, "DELETE FROM post WHERE account_id = %" G_GINT64_FORMAT, mr_account_get_id (account));
  exec (db, "INSERT INTO post (account_id, external_id, published_at, views, likes, comments)"
            "  VALUES (%" G_GINT64_FORMAT ", 'only', strftime ('%%Y-%%m-%%dT08:00:00Z', 'now'),"
            "          1000, 450, 50)", mr_account_get_id (account));
  g_assert_true (mr_store_update_vetting (fixture->store, edited, &error));
  g_assert_no_error (error);

  while (mr_store_get_computing_metrics (fixture->store))
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpuint (n_updated, ==, 1);
  g_assert_cmpuint (states->len, ==, 2);
  g_assert_true (g_array_index (states, gboolean, 0));
  g_assert_false (g_array_index (states, gboolean, 1));
  g_assert_cmpstr (mr_creator_get_vetting (edited)->price->currency, ==, "USD");
  assert_as_each_alone (fixture->store, now);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  dir = mr_test_make_temp_dir ();
  make_template (dir);

#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/vetting-all/at-once", test_at_once);
  ADD ("/vetting-all/in-transaction", test_in_transaction);
  ADD ("/vetting-all/in-background", test_in_background);
#undef ADD

  status = g_test_run ();
  mr_test_remove_temp_dir (dir);
  g_free (template_path);
  return status;
}
