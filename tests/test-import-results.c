/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-import-results"

#include "config.h"

#include <math.h>

#include "mr-import-format.h"
#include "mr-import-results.h"
#include "mr-import-writer.h"
#include "mr-test-util.h"

/* A campaign's results from a spreadsheet or a shop's export: rows go to the members
 * their handle, name or promo code names, the ones that fit nobody are shown with the
 * reason, and the file goes in whole or not at all, once. */

typedef struct {
  char             *dir;
  MrStore          *store;
  MrCampaign       *campaign;
  MrCampaignMember *lotte;
  MrCampaignMember *daan;
} Fixture;

static MrCampaignMember *
add_member (Fixture    *fixture,
            MrCreator  *creator,
            const char *promo_code,
            gboolean    with_account)
{
  g_autoptr(GError) error = NULL;
  MrCampaignMember *member = mr_campaign_member_new (mr_creator_get_id (creator));

  mr_campaign_member_set_promo_code (member, promo_code);
  if (with_account)
    {
      g_autoptr(MrAccount) account = g_list_model_get_item (mr_creator_get_accounts (creator), 0);

      mr_campaign_member_set_account_id (member, mr_account_get_id (account));
    }
  g_assert_true (mr_store_add_member (fixture->store, fixture->campaign, member, &error));
  g_assert_no_error (error);
  return member;
}

/* Lotte (TikTok @lottejansen, code LOTTE10) and Daan (Instagram @daanfietst, code DAAN15)
 * take part; Femke is in the roster but not in the campaign. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(MrCreator) lotte = NULL;
  g_autoptr(MrCreator) daan = mr_creator_new ("Daan Visser");
  g_autoptr(MrAccount) instagram = mr_account_new (MR_PLATFORM_INSTAGRAM, "daanfietst");
  g_autoptr(MrCreator) femke = NULL;
  g_autoptr(GError) error = NULL;

  fixture->dir = mr_test_make_temp_dir ();
  path = g_build_filename (fixture->dir, "results.db", NULL);
  fixture->store = mr_test_open_store (path);

  lotte = mr_test_add_creator (fixture->store, "Lotte Jansen", "lottejansen");
  g_list_store_append (G_LIST_STORE (mr_creator_get_accounts (daan)), instagram);
  g_assert_true (mr_store_add_creator (fixture->store, daan, &error));
  g_assert_no_error (error);
  femke = mr_test_add_creator (fixture->store, "Femke", "femkekookt");

  fixture->campaign = mr_campaign_new ("Koffie pilot");
  g_assert_true (mr_store_add_campaign (fixture->store, fixture->campaign, &error));
  g_assert_no_error (error);
  fixture->lotte = add_member (fixture, lotte, "LOTTE10", TRUE);
  fixture->daan = add_member (fixture, daan, "DAAN15", FALSE);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->lotte);
  g_clear_object (&fixture->daan);
  g_clear_object (&fixture->campaign);
  g_assert_finalize_object (fixture->store);
  mr_test_remove_temp_dir (fixture->dir);
  g_free (fixture->dir);
}

static MrResultsImport *
scan (Fixture    *fixture,
      const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "campaign", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  MrResultsImport *import = mr_results_import_scan (fixture->store, fixture->campaign, file,
                                                    &error);

  g_assert_no_error (error);
  g_assert_nonnull (import);
  return import;
}

/* A file written for one test, in the fixture's folder. */
static MrResultsImport *
scan_text (Fixture    *fixture,
           const char *text)
{
  g_autofree char *path = g_build_filename (fixture->dir, "written.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  MrResultsImport *import;

  g_assert_true (g_file_set_contents (path, text, -1, &error));
  import = mr_results_import_scan (fixture->store, fixture->campaign, file, &error);
  g_assert_no_error (error);
  return import;
}

static const MrResultsImportRow *
row_on_line (MrResultsImport *import,
             guint            line)
{
  for (guint i = 0; i < mr_results_import_get_n_rows (import); i++)
    {
      const MrResultsImportRow *row = mr_results_import_get_row (import, i);

      if (row->line == line)
        return row;
    }
  g_error ("no row on line %u", line);
}

static sqlite3 *
db_of (Fixture *fixture)
{
  return mr_store_get_handle (fixture->store);
}

static gint64
count_results (Fixture *fixture)
{
  return mr_test_query_int (db_of (fixture), "SELECT count(*) FROM campaign_result", 0);
}

/* The stored result of @member on @day: FALSE when there is none. */
static gboolean
find_result (Fixture          *fixture,
             MrCampaignMember *member,
             const char       *day,
             MrResultRow      *out)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) results = mr_store_list_results (fixture->store,
                                                     mr_campaign_member_get_id (member),
                                                     &error);

  g_assert_no_error (error);
  for (guint i = 0; i < results->len; i++)
    if (g_str_equal (g_array_index (results, MrResultRow, i).date, day))
      {
        *out = g_array_index (results, MrResultRow, i);
        return TRUE;
      }
  return FALSE;
}

static void
on_results_changed (MrStore *store,
                    gint64   campaign_id,
                    gint64  *changed)
{
  *changed = campaign_id;
}

static void
test_match_by_handle (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(MrResultsImport) import = scan (fixture, "results-handles.csv");
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  const MrResultsImportRow *row;
  MrResultRow stored;
  gint64 changed = 0;

  g_assert_null (mr_results_import_get_problem (import));
  g_assert_null (mr_results_import_get_imported_at (import));
  g_assert_cmpuint (mr_results_import_get_n_matched (import), ==, 3);
  g_assert_cmpuint (mr_results_import_get_n_members (import), ==, 2);
  g_assert_cmpuint (mr_results_import_get_n_unmatched (import), ==, 1);
  summary = mr_results_import_describe (import);
  g_assert_cmpstr (summary, ==, "3 rows for 2 members");

  /* "@lottejansen", "LotteJansen" and a profile link all name their account. */
  g_assert_true (row_on_line (import, 2)->member == fixture->lotte);
  g_assert_cmpint (row_on_line (import, 2)->match, ==, MR_RESULTS_MATCH_HANDLE);
  g_assert_true (row_on_line (import, 3)->member == fixture->lotte);
  g_assert_true (row_on_line (import, 4)->member == fixture->daan);

  row = row_on_line (import, 5);
  g_assert_null (row->member);
  g_assert_cmpstr (row->key, ==, "@nobody_here");
  g_assert_cmpstr (row->reason, ==, "no member of this campaign has the handle @nobody_here");

  g_signal_connect (fixture->store, "results-changed", G_CALLBACK (on_results_changed), &changed);
  g_assert_true (mr_results_import_run (import, &error));
  g_assert_no_error (error);
  g_assert_cmpint (mr_results_import_get_batch_id (import), >, 0);
  g_assert_cmpint (changed, ==, mr_campaign_get_id (fixture->campaign));
  g_assert_cmpint (count_results (fixture), ==, 3);

  g_assert_true (find_result (fixture, fixture->lotte, "2026-03-01", &stored));
  g_assert_cmpint (stored.impressions, ==, 10000);
  g_assert_cmpint (stored.clicks, ==, 250);
  g_assert_cmpfloat (stored.revenue, ==, 480.0);
  /* An empty cell is not known, not zero. */
  g_assert_true (find_result (fixture, fixture->lotte, "2026-03-02", &stored));
  g_assert_cmpint (stored.reach, ==, MR_UNKNOWN_COUNT);
  g_assert_cmpint (stored.reach, !=, 0);
  g_assert_true (find_result (fixture, fixture->daan, "2026-03-01", &stored));
  g_assert_cmpint (stored.conversions, ==, 4);

  /* The file is logged against the campaign, with the days it covers. */
  g_assert_cmpint (mr_test_query_int (db_of (fixture),
                                      "SELECT count(*) FROM import_log WHERE campaign_id = ?1"
                                      " AND format = 'campaign-results' AND row_count = 3"
                                      " AND first_day = '2026-03-01' AND last_day = '2026-03-02'",
                                      mr_campaign_get_id (fixture->campaign)), ==, 1);
}

/* Found by fuzzing: the unit after a header was read, but not freed when a header
 * without one came before it (the ASan run of this test finds that leak). */
static void
test_units_in_headers (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(MrResultsImport) import = scan_text (fixture,
                                                 "Datum,Handle,Omzet (€),Klikken (#)\n"
                                                 "2026-03-01,@lottejansen,\"€ 12,50\",4\n");
  g_autofree char *mapping = mr_results_import_describe_mapping (import);

  g_assert_cmpstr (mapping, ==, "Datum → date, Handle → handle, Omzet (€) → revenue, "
                                "Klikken (#) → clicks");
  g_assert_null (mr_results_import_get_problem (import));
  g_assert_cmpfloat (mr_results_import_get_row (import, 0)->result.revenue, ==, 12.5);
}

static void
test_match_by_name_dutch (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(MrResultsImport) import = scan (fixture, "results-nl.csv");
  g_autoptr(GError) error = NULL;
  g_autofree char *mapping = mr_results_import_describe_mapping (import);
  const MrResultsImportRow *totals;
  MrResultRow stored;

  g_assert_cmpstr (mapping, ==, "Datum → date, Naam → creator name, Weergaven → impressions, "
                                "Klikken → clicks, Bestellingen → conversions, Omzet → revenue");
  g_assert_null (mr_results_import_get_problem (import));
  g_assert_cmpuint (mr_results_import_get_n_matched (import), ==, 3);
  g_assert_cmpuint (mr_results_import_get_n_unmatched (import), ==, 0);

  /* Names match whatever the case, the spaces and the accents. */
  g_assert_true (row_on_line (import, 3)->member == fixture->lotte);
  g_assert_cmpint (row_on_line (import, 3)->match, ==, MR_RESULTS_MATCH_NAME);

  /* The sums below the table are no one's day: shown, left out. */
  totals = row_on_line (import, 5);
  g_assert_null (totals->member);
  g_assert_nonnull (totals->reason);
  g_assert_cmpuint (mr_results_import_get_n_left_out (import), ==, 1);

  g_assert_true (mr_results_import_run (import, &error));
  g_assert_no_error (error);
  g_assert_true (find_result (fixture, fixture->lotte, "2026-03-01", &stored));
  g_assert_cmpint (stored.impressions, ==, 12500);
  g_assert_cmpint (stored.clicks, ==, 310);
  g_assert_cmpint (stored.conversions, ==, 14);
  g_assert_cmpfloat_with_epsilon (stored.revenue, 1234.50, 1e-9);
  /* The file has no reach column: not known. */
  g_assert_cmpint (stored.reach, ==, MR_UNKNOWN_COUNT);
  g_assert_true (find_result (fixture, fixture->lotte, "2026-03-02", &stored));
  g_assert_cmpfloat_with_epsilon (stored.revenue, 480.0, 1e-9);
  g_assert_true (find_result (fixture, fixture->daan, "2026-03-01", &stored));
  g_assert_cmpfloat_with_epsilon (stored.revenue, 99.95, 1e-9);
}

static void
test_match_by_promo_code (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(MrResultsImport) import = scan (fixture, "results-codes.csv");
  g_autoptr(GError) error = NULL;
  const MrResultsImportRow *unknown;
  MrResultRow stored;

  g_assert_null (mr_results_import_get_problem (import));
  g_assert_true (row_on_line (import, 2)->member == fixture->lotte);
  g_assert_cmpint (row_on_line (import, 2)->match, ==, MR_RESULTS_MATCH_CODE);
  /* "daan15": codes in any case. */
  g_assert_true (row_on_line (import, 3)->member == fixture->daan);

  unknown = row_on_line (import, 4);
  g_assert_null (unknown->member);
  g_assert_cmpstr (unknown->key, ==, "UNKNOWN99");
  g_assert_cmpstr (unknown->reason, ==, "no member of this campaign has the promo code UNKNOWN99");

  g_assert_true (mr_results_import_run (import, &error));
  g_assert_no_error (error);
  g_assert_true (find_result (fixture, fixture->lotte, "2026-03-03", &stored));
  g_assert_cmpint (stored.conversions, ==, 3);
  g_assert_cmpfloat_with_epsilon (stored.revenue, 150.0, 1e-9);
  g_assert_cmpint (stored.clicks, ==, MR_UNKNOWN_COUNT);
}

/* A creator twice in the roster under one name, a file that names members by more than
 * one key, and a key that names someone outside the campaign. */
static void
test_unmatched_reasons (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(MrCreator) sam = mr_test_add_creator (fixture->store, "Sam de Boer", "samdeboer");
  g_autoptr(MrCreator) other_sam = mr_test_add_creator (fixture->store, "Sam de Boer", "sam_b");
  g_autoptr(MrCampaignMember) first = add_member (fixture, sam, NULL, FALSE);
  g_autoptr(MrCampaignMember) second = add_member (fixture, other_sam, NULL, FALSE);
  g_autoptr(MrResultsImport) import = NULL;
  const MrResultsImportRow *row;

  import = scan_text (fixture,
                      "Date,Creator,Handle,Code,Clicks\n"
                      "2026-03-01,Sam de Boer,,,10\n"
                      "2026-03-01,Sam de Boer,@sam_b,,11\n"
                      "2026-03-01,,@lottejansen,DAAN15,12\n"
                      "2026-03-01,,@femkekookt,,13\n"
                      "2026-03-01,,,,14\n"
                      "2026-03-01,Lotte Jansen,@old_handle,,15\n");

  row = row_on_line (import, 2);
  g_assert_null (row->member);
  g_assert_cmpstr (row->reason, ==, "the name “Sam de Boer” fits 2 members: Sam de Boer, "
                                    "Sam de Boer; add a column with their handles or promo codes");
  /* A second key tells them apart. */
  g_assert_true (row_on_line (import, 3)->member == second);

  row = row_on_line (import, 4);
  g_assert_null (row->member);
  g_assert_cmpstr (row->reason, ==, "the handle @lottejansen belongs to Lotte Jansen "
                                    "(@lottejansen), but the promo code DAAN15 to Daan Visser");

  /* Femke is in the roster, not in the campaign. */
  g_assert_cmpstr (row_on_line (import, 5)->reason, ==,
                   "no member of this campaign has the handle @femkekookt");
  g_assert_nonnull (row_on_line (import, 6)->reason);
  g_assert_null (row_on_line (import, 6)->key);

  /* A handle that changed since: the name still finds her. */
  g_assert_true (row_on_line (import, 7)->member == fixture->lotte);
  g_assert_cmpint (row_on_line (import, 7)->match, ==, MR_RESULTS_MATCH_NAME);

  g_assert_cmpuint (mr_results_import_get_n_matched (import), ==, 2);
  g_assert_cmpuint (mr_results_import_get_n_unmatched (import), ==, 4);
  g_assert_null (mr_results_import_get_problem (import));
}

static void
test_bad_value_refuses_file (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(MrResultsImport) import = scan (fixture, "results-bad-value.csv");
  g_autoptr(GError) error = NULL;
  const GError *problem = mr_results_import_get_problem (import);
  gint64 logged = mr_test_query_int (db_of (fixture), "SELECT count(*) FROM import_log", 0);
  gint64 batches = mr_test_query_int (db_of (fixture), "SELECT count(*) FROM import_batch", 0);

  g_assert_error (problem, MR_IMPORT_ERROR, MR_IMPORT_ERROR_INVALID_VALUE);
  g_assert_cmpstr (problem->message, ==,
                   "results-bad-value.csv:3: “twaalf” in the column “Clicks” is not a number");

  g_assert_false (mr_results_import_run (import, &error));
  g_assert_error (error, MR_IMPORT_ERROR, MR_IMPORT_ERROR_INVALID_VALUE);
  g_assert_cmpstr (error->message, ==, problem->message);
  /* Not even the good row before it. */
  g_assert_cmpint (count_results (fixture), ==, 0);
  g_assert_cmpint (mr_results_import_get_batch_id (import), ==, 0);
  g_assert_cmpint (mr_test_query_int (db_of (fixture), "SELECT count(*) FROM import_log", 0), ==,
                   logged);
  g_assert_cmpint (mr_test_query_int (db_of (fixture), "SELECT count(*) FROM import_batch", 0), ==,
                   batches);
}

static void
test_negative_and_clicks (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(MrResultsImport) negative = scan_text (fixture,
                                                   "Date,Code,Orders\n2026-03-01,LOTTE10,-2\n");
  g_autoptr(MrResultsImport) clicks = NULL;

  g_assert_error (mr_results_import_get_problem (negative), MR_IMPORT_ERROR,
                  MR_IMPORT_ERROR_INVALID_VALUE);
  g_assert_cmpstr (mr_results_import_get_problem (negative)->message, ==,
                   "written.csv:2: “-2” in the column “Orders” is not a number of zero or more");

  clicks = scan_text (fixture, "Date,Code,Impressions,Clicks\n2026-03-01,LOTTE10,40,400\n");
  g_assert_nonnull (mr_results_import_get_problem (clicks));
  g_assert_nonnull (strstr (mr_results_import_get_problem (clicks)->message,
                            "written.csv:2: 400 clicks are more than 40 impressions"));
}

/* Amounts as shops and spreadsheets write them, in the currencies they use. */
static void
test_amounts (Fixture       *fixture,
              gconstpointer  data)
{
  static const struct {
    const char *text;
    double      amount;
  } amounts[] = {
    { "€ 1.234", 1234.0 },
    { "€ 1.234,50", 1234.5 },
    { "1,234.56", 1234.56 },
    { "1234.50 EUR", 1234.5 },
    { "$12", 12.0 },
    { "€ 25,-", 25.0 },
    { "12,50", 12.5 },
    { "0", 0.0 },
  };
  g_autoptr(GString) text = g_string_new ("Datum;Code;Omzet\n");
  g_autoptr(MrResultsImport) import = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (amounts); i++)
    g_string_append_printf (text, "%u-3-2026;LOTTE10;%s\n", i + 1, amounts[i].text);
  import = scan_text (fixture, text->str);
  g_assert_null (mr_results_import_get_problem (import));
  for (guint i = 0; i < G_N_ELEMENTS (amounts); i++)
    {
      const MrResultsImportRow *row = row_on_line (import, i + 2);

      g_test_message ("%s", amounts[i].text);
      g_assert_cmpfloat_with_epsilon (row->result.revenue, amounts[i].amount, 1e-9);
    }

  g_clear_object (&import);
  import = scan_text (fixture, "Datum;Code;Omzet\n1-3-2026;LOTTE10;veel\n");
  g_assert_cmpstr (mr_results_import_get_problem (import)->message, ==,
                   "written.csv:2: “veel” in the column “Omzet” is not an amount");
}

static void
test_duplicate_day_refused (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(MrResultsImport) import = scan (fixture, "results-duplicate.csv");
  g_autoptr(GError) error = NULL;
  const GError *problem = mr_results_import_get_problem (import);

  /* Line 4 says the same day of the same member another way: never summed. */
  g_assert_error (problem, MR_IMPORT_ERROR, MR_IMPORT_ERROR_INVALID_VALUE);
  g_assert_cmpstr (problem->message, ==,
                   "results-duplicate.csv:4: the results of Lotte Jansen (@lottejansen) on "
                   "2026-03-01 are on line 2 too: give one row per member and day");
  g_assert_false (mr_results_import_run (import, &error));
  g_assert_cmpint (count_results (fixture), ==, 0);
}

static void
test_second_import_changes_nothing (Fixture       *fixture,
                                    gconstpointer  data)
{
  g_autoptr(MrResultsImport) first = scan (fixture, "results-handles.csv");
  g_autoptr(MrResultsImport) again = NULL;
  g_autoptr(GError) error = NULL;
  gint64 changed = 0;
  gint64 logged, batches;

  g_assert_true (mr_results_import_run (first, &error));
  g_assert_no_error (error);
  /* Right after, the same import says so too. */
  g_assert_nonnull (mr_results_import_get_imported_at (first));
  logged = mr_test_query_int (db_of (fixture), "SELECT count(*) FROM import_log", 0);
  batches = mr_test_query_int (db_of (fixture), "SELECT count(*) FROM import_batch", 0);
  /* Someone corrects a figure by hand in between. */
  mr_test_exec_id (db_of (fixture), "UPDATE campaign_result SET clicks = 251 WHERE member_id = ?1"
                                    " AND day = '2026-03-01'",
                   mr_campaign_member_get_id (fixture->lotte));

  again = scan (fixture, "results-handles.csv");
  g_assert_nonnull (mr_results_import_get_imported_at (again));
  g_signal_connect (fixture->store, "results-changed", G_CALLBACK (on_results_changed), &changed);
  g_assert_true (mr_results_import_run (again, &error));
  g_assert_no_error (error);
  g_assert_cmpint (mr_results_import_get_batch_id (again), ==, 0);
  g_assert_cmpint (changed, ==, 0);
  g_assert_cmpint (count_results (fixture), ==, 3);
  g_assert_cmpint (mr_test_query_int (db_of (fixture), "SELECT clicks FROM campaign_result"
                                      " WHERE member_id = ?1 AND day = '2026-03-01'",
                                      mr_campaign_member_get_id (fixture->lotte)), ==, 251);
  g_assert_cmpint (mr_test_query_int (db_of (fixture), "SELECT count(*) FROM import_log", 0), ==,
                   logged);
  g_assert_cmpint (mr_test_query_int (db_of (fixture), "SELECT count(*) FROM import_batch", 0), ==,
                   batches);
}

/* A shop's orders of a day a platform file filled in: the orders change, the clicks stay;
 * undoing the import brings back what was there. */
static void
test_columns_kept_and_undo (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(MrResultsImport) platform = scan (fixture, "results-handles.csv");
  g_autoptr(MrResultsImport) shop = NULL;
  g_autoptr(GError) error = NULL;
  MrResultRow stored;

  g_assert_true (mr_results_import_run (platform, &error));
  g_assert_no_error (error);

  shop = scan_text (fixture, "Datum;Kortingscode;Bestellingen;Omzet\n"
                             "1-3-2026;lotte10;20;€ 999,-\n"
                             "4-3-2026;LOTTE10;1;50\n");
  g_assert_null (mr_results_import_get_problem (shop));
  g_assert_true (mr_results_import_run (shop, &error));
  g_assert_no_error (error);

  g_assert_true (find_result (fixture, fixture->lotte, "2026-03-01", &stored));
  g_assert_cmpint (stored.conversions, ==, 20);
  g_assert_cmpfloat_with_epsilon (stored.revenue, 999.0, 1e-9);
  g_assert_cmpint (stored.clicks, ==, 250);
  g_assert_cmpint (stored.impressions, ==, 10000);
  g_assert_cmpint (count_results (fixture), ==, 4);

  g_assert_true (mr_import_undo (db_of (fixture), mr_results_import_get_batch_id (shop), &error));
  g_assert_no_error (error);
  g_assert_true (find_result (fixture, fixture->lotte, "2026-03-01", &stored));
  g_assert_cmpint (stored.conversions, ==, 12);
  g_assert_cmpfloat_with_epsilon (stored.revenue, 480.0, 1e-9);
  g_assert_false (find_result (fixture, fixture->lotte, "2026-03-04", &stored));
  g_assert_cmpint (count_results (fixture), ==, 3);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_mapping (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(MrResultsImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree int *mapping = NULL;
  g_autofree char *described = NULL;
  guint notified = 0;

  /* "Periode" is no date header we know. */
  import = scan_text (fixture, "Periode,Influencer,Taps\n2026-03-05,Daan Visser,7\n");
  g_assert_cmpint (mr_results_import_get_column (import, 0), ==, -1);
  g_assert_cmpint (mr_results_import_get_column (import, 1), ==, MR_RESULTS_COLUMN_NAME);
  g_assert_error (mr_results_import_get_problem (import), MR_IMPORT_ERROR,
                  MR_IMPORT_ERROR_MISSING_COLUMN);
  g_assert_false (mr_results_import_run (import, &error));
  g_assert_error (error, MR_IMPORT_ERROR, MR_IMPORT_ERROR_MISSING_COLUMN);
  g_clear_error (&error);

  g_signal_connect (import, "notify::mapping", G_CALLBACK (count_notify), &notified);
  mr_results_import_set_column (import, 0, MR_RESULTS_COLUMN_DATE);
  /* Still no figure. */
  g_assert_error (mr_results_import_get_problem (import), MR_IMPORT_ERROR,
                  MR_IMPORT_ERROR_MISSING_COLUMN);
  mr_results_import_set_column (import, 2, MR_RESULTS_COLUMN_CLICKS);
  g_assert_cmpuint (notified, ==, 2);
  g_assert_null (mr_results_import_get_problem (import));
  described = mr_results_import_describe_mapping (import);
  g_assert_cmpstr (described, ==, "Periode → date, Influencer → creator name, Taps → clicks");

  /* A column comes from one header: choosing it elsewhere takes it from the first. */
  mr_results_import_set_column (import, 1, MR_RESULTS_COLUMN_DATE);
  g_assert_cmpint (mr_results_import_get_column (import, 0), ==, -1);
  mapping = mr_results_import_get_mapping (import);
  g_assert_cmpint (mapping[1], ==, MR_RESULTS_COLUMN_DATE);
  mapping[0] = MR_RESULTS_COLUMN_DATE;
  mapping[1] = MR_RESULTS_COLUMN_NAME;
  mr_results_import_set_mapping (import, mapping);
  g_assert_null (mr_results_import_get_problem (import));

  g_assert_true (mr_results_import_run (import, &error));
  g_assert_no_error (error);
  g_assert_cmpint (mr_test_query_int (db_of (fixture), "SELECT clicks FROM campaign_result"
                                      " WHERE member_id = ?1 AND day = '2026-03-05'",
                                      mr_campaign_member_get_id (fixture->daan)), ==, 7);
}

static void
test_nothing_matches (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(MrResultsImport) import = scan_text (fixture,
                                                 "Date,Code,Orders\n2026-03-01,NOPE,2\n");
  g_autoptr(GError) error = NULL;

  g_assert_error (mr_results_import_get_problem (import), MR_IMPORT_ERROR,
                  MR_IMPORT_ERROR_FAILED);
  g_assert_false (mr_results_import_run (import, &error));
  g_assert_nonnull (strstr (error->message, "none of the rows matches a member of “Koffie pilot”"));
  g_assert_cmpint (count_results (fixture), ==, 0);
}

static void
test_unreadable (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "missing.csv", NULL);
  g_autofree char *empty_path = g_build_filename (fixture->dir, "empty.csv", NULL);
  g_autoptr(GFile) missing = g_file_new_for_path (path);
  g_autoptr(GFile) empty = g_file_new_for_path (empty_path);
  g_autoptr(GError) error = NULL;

  g_assert_null (mr_results_import_scan (fixture->store, fixture->campaign, missing, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (empty_path, "\n\n", -1, NULL));
  g_assert_null (mr_results_import_scan (fixture->store, fixture->campaign, empty, &error));
  g_assert_error (error, MR_IMPORT_ERROR, MR_IMPORT_ERROR_UNRECOGNIZED);
  g_assert_cmpstr (error->message, ==, "empty.csv:1: the file is empty");
}

static void
on_scanned (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  MrResultsImport **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = mr_results_import_scan_finish (result, &error);
  g_assert_no_error (error);
}

static void
on_ran (GObject      *source,
        GAsyncResult *result,
        gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (mr_results_import_run_finish (MR_RESULTS_IMPORT (source), result, &error));
  g_assert_no_error (error);
  *done = TRUE;
}

/* Drops @import, and waits until it is gone: the worker lets go of its task (and so of
 * the import and the store) a moment after the callback ran. */
static void
release_import (MrResultsImport *import)
{
  gpointer gone = import;

  g_object_add_weak_pointer (G_OBJECT (import), &gone);
  g_object_unref (import);
  for (guint waited = 0; gone != NULL; waited++)
    {
      g_assert_cmpuint (waited, <, 5000);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

/* As the window does it: both steps in a worker, the write on its own connection. */
static void
test_async (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "campaign",
                                                 "results-codes.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(MrResultsImport) import = NULL;
  gboolean done = FALSE;
  gint64 changed = 0;

  mr_results_import_scan_async (fixture->store, fixture->campaign, file, NULL, on_scanned,
                                &import);
  while (import == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (mr_results_import_get_n_matched (import), ==, 2);

  g_signal_connect (fixture->store, "results-changed", G_CALLBACK (on_results_changed), &changed);
  mr_results_import_run_async (import, NULL, on_ran, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (changed, ==, mr_campaign_get_id (fixture->campaign));
  g_assert_cmpint (count_results (fixture), ==, 2);
  g_assert_cmpint (mr_results_import_get_batch_id (import), >, 0);

  release_import (g_steal_pointer (&import));
}

static void
on_ran_into_damage (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  GError **error = user_data;

  g_assert_false (mr_results_import_run_finish (MR_RESULTS_IMPORT (source), result, error));
  g_assert_nonnull (*error);
}

/* The write finds the database damaged: it says so, and the store hears it, which the
 * window answers by offering the automatic backup. */
static void
test_damaged_database (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(MrResultsImport) import = scan (fixture, "results-codes.csv");
  g_autoptr(GError) error = NULL;

  /* Every page in the file itself, none in the write-ahead log, and the store's
   * connection keeps the page it read. */
  mr_test_exec (db_of (fixture), "PRAGMA wal_checkpoint(TRUNCATE)");
  mr_test_damage_page (sqlite3_db_filename (db_of (fixture), "main"), "campaign_result");
  g_assert_false (mr_store_get_damaged (fixture->store));

  mr_results_import_run_async (import, NULL, on_ran_into_damage, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (error, MR_STORE_ERROR, MR_STORE_ERROR_CORRUPT);
  g_assert_true (mr_store_get_damaged (fixture->store));
  release_import (g_steal_pointer (&import));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ((path), Fixture, NULL, fixture_set_up, (func), fixture_tear_down)

  ADD ("/import-results/match/handle", test_match_by_handle);
  ADD ("/import-results/match/name-dutch", test_match_by_name_dutch);
  ADD ("/import-results/match/promo-code", test_match_by_promo_code);
  ADD ("/import-results/match/unmatched-reasons", test_unmatched_reasons);
  ADD ("/import-results/refuse/bad-value", test_bad_value_refuses_file);
  ADD ("/import-results/refuse/negative-and-clicks", test_negative_and_clicks);
  ADD ("/import-results/refuse/duplicate-day", test_duplicate_day_refused);
  ADD ("/import-results/amounts", test_amounts);
  ADD ("/import-results/refuse/nothing-matches", test_nothing_matches);
  ADD ("/import-results/refuse/unreadable", test_unreadable);
  ADD ("/import-results/idempotent", test_second_import_changes_nothing);
  ADD ("/import-results/columns-kept-and-undo", test_columns_kept_and_undo);
  ADD ("/import-results/mapping", test_mapping);
  ADD ("/import-results/units-in-headers", test_units_in_headers);
  ADD ("/import-results/async", test_async);
  ADD ("/import-results/damaged-database", test_damaged_database);

#undef ADD

  return g_test_run ();
}
