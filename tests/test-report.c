/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-report"

#include "config.h"

#include <math.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "mr-account.h"
#include "mr-application.h"
#include "mr-number-format.h"
#include "mr-report.h"
#include "mr-score.h"
#include "mr-store.h"
#include "mr-test-pdf.h"
#include "mr-test-util.h"

/* The vetting report as a reader gets it: the PDF's own text (pdftotext, from
 * poppler-utils), its pages and where its words stand on them. No display is needed:
 * the report draws on a PDF surface, and the command line runs before GTK would start. */

static void
run_microreach (MrTestRun        *run,
                const char *database,
                ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  const char *arg;
  va_list args;

  g_ptr_array_add (argv, g_strdup (g_getenv ("MICROREACH_BIN")));
  g_ptr_array_add (argv, g_strconcat ("--database=", database, NULL));
  va_start (args, database);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, g_strdup (arg));
  va_end (args);
  g_ptr_array_add (argv, NULL);

  mr_test_run_program (run, NULL, (const char * const *) argv->pdata);
}

static guint
count_pages (const char *bbox)
{
  guint n = 0;

  for (const char *p = bbox; (p = strstr (p, "<page ")) != NULL; p++)
    n++;
  return n;
}

static void
write_report_on (MrStore       *store,
                 MrCreator    **creators,
                 guint          n_creators,
                 MrReportPaper  paper,
                 const char    *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MrReport) report = mr_report_new (store, creators, n_creators, &error);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_no_error (error);
  g_assert_true (mr_report_write_pdf_file (report, file, paper, NULL, &error));
  g_assert_no_error (error);
}

static void
write_report (MrStore    *store,
              MrCreator **creators,
              guint       n_creators,
              const char *path)
{
  write_report_on (store, creators, n_creators, MR_REPORT_PAPER_A4, path);
}

/* ── A creator from a year of TikTok Studio export ──────────────────────────────── */

static JsonObject *
find_creator (JsonObject *root,
              const char *handle)
{
  JsonArray *creators = json_object_get_array_member (root, "creators");

  for (guint i = 0; i < json_array_get_length (creators); i++)
    {
      JsonObject *creator = json_array_get_object_element (creators, i);
      JsonArray *accounts = json_object_get_array_member (creator, "accounts");

      for (guint j = 0; j < json_array_get_length (accounts); j++)
        if (g_str_equal (json_object_get_string_member (json_array_get_object_element (accounts, j),
                                                        "handle"), handle))
          return creator;
    }
  g_assert_not_reached ();
}

/* The words the report uses for the export's stable id. */
static const char *
recommendation_label (const char *id)
{
  const MrRecommendation all[] = {
    MR_RECOMMENDATION_RECOMMENDED, MR_RECOMMENDATION_REVIEW, MR_RECOMMENDATION_NOT_RECOMMENDED,
  };

  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    if (g_strcmp0 (mr_recommendation_to_string (all[i]), id) == 0)
      return mr_recommendation_get_label (all[i]);
  g_assert_not_reached ();
}

static void
test_report_matches_export (void)
{
  g_autofree char *dir = mr_test_make_temp_dir ();
  g_autofree char *db = g_build_filename (dir, "year.db", NULL);
  g_autofree char *pdf = g_build_filename (dir, "sanne.pdf", NULL);
  g_autofree char *output = g_strconcat ("--output=", pdf, NULL);
  g_autofree char *year = g_test_build_filename (G_TEST_DIST, "data", "tiktok", "year", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *raw = NULL;
  g_autofree char *score = NULL;
  const char *label;
  g_autofree char *out_of = NULL;
  g_autofree char *rate = NULL;
  g_auto(MrTestRun) import = { 0 };
  g_auto(MrTestRun) json = { 0 };
  g_auto(MrTestRun) report = { 0 };
  JsonObject *creator, *metrics;
  JsonArray *flags;

  run_microreach (&import, db, "--import", year, NULL);
  g_assert_cmpint (import.status, ==, 0);
  run_microreach (&json, db, "--export-json", NULL);
  g_assert_cmpint (json.status, ==, 0);
  run_microreach (&report, db, "--report=@sanne.fietst", output, NULL);
  g_assert_cmpstr (report.err, ==, "");
  g_assert_cmpint (report.status, ==, 0);

  json_parser_load_from_data (parser, json.out, -1, &error);
  g_assert_no_error (error);
  creator = find_creator (json_node_get_object (json_parser_get_root (parser)), "sanne.fietst");
  metrics = json_object_get_object_member (creator, "metrics");
  text = mr_test_pdf_text (pdf, "-layout");

  mr_test_assert_shows (text, json_object_get_string_member (creator, "name"));
  /* The verdict box: the score large, "of 100" under it, then the recommendation. */
  score = mr_format_decimal (json_object_get_double_member (metrics, "score"), 0);
  label = recommendation_label (json_object_get_string_member (metrics, "recommendation"));
  out_of = g_strdup_printf ("\n%s\nof 100\n%s\n", score, label);
  raw = mr_test_pdf_text (pdf, "-raw");
  g_assert_nonnull (strstr (raw, out_of));
  rate = mr_format_percent (json_object_get_double_member (metrics, "engagement_rate"));
  mr_test_assert_shows (text, rate);

  /* The fixture's suspicious May jump and its organic July spike are flagged. */
  flags = json_object_get_array_member (metrics, "flags");
  g_assert_cmpuint (json_array_get_length (flags), >=, 2);
  for (guint i = 0; i < json_array_get_length (flags); i++)
    mr_test_assert_shows (text, json_object_get_string_member (json_array_get_object_element (flags, i),
                                                       "message"));

  /* Where the figures came from, with the days each file covers. */
  mr_test_assert_shows (text, "FollowerHistory.csv");
  mr_test_assert_shows (text, "TikTok Studio: follower history");
  mr_test_remove_temp_dir (dir);
}

/* ── Text is text ───────────────────────────────────────────────────────────────── */

static void
test_report_name_is_text (void)
{
  const char *name = "<b>Tom & \"Jerry\"</b> %s";
  g_autofree char *dir = mr_test_make_temp_dir ();
  g_autofree char *db = g_build_filename (dir, "tom.db", NULL);
  g_autofree char *pdf = g_build_filename (dir, "tom.pdf", NULL);
  g_autoptr(MrStore) store = mr_test_open_store (db);
  g_autoptr(MrCreator) creator = mr_test_add_creator (store, name, "tom.en.jerry");
  g_autoptr(GError) error = NULL;
  g_autoptr(MrReport) report = mr_report_new (store, &creator, 1, &error);
  g_autofree char *file_name = NULL;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  file_name = mr_report_get_file_name (report);
  g_assert_cmpstr (file_name, ==, "<b>Tom & \"Jerry\"<-b> %s – vetting report.pdf");

  write_report (store, &creator, 1, pdf);
  text = mr_test_pdf_text (pdf, "-raw");
  mr_test_assert_shows (text, name);
  mr_test_assert_shows (text, "@tom.en.jerry");
  mr_test_remove_temp_dir (dir);
}

/* ── Long content flows onto further pages ──────────────────────────────────────── */

#define N_FLAGS 40

static char *
long_note (void)
{
  GString *note = g_string_new (NULL);

  for (guint i = 1; i <= 400; i++)
    g_string_append_printf (note, "Sentence %u of the note about earlier brand work. ", i);
  g_string_append (note, "The note ends here.");
  return g_string_free (note, FALSE);
}

static void
test_report_long_content_flows (void)
{
  g_autofree char *dir = mr_test_make_temp_dir ();
  g_autofree char *db = g_build_filename (dir, "long.db", NULL);
  g_autofree char *pdf = g_build_filename (dir, "long.pdf", NULL);
  g_autofree char *letter = g_build_filename (dir, "letter.pdf", NULL);
  g_autoptr(MrStore) store = mr_test_open_store (db);
  g_autoptr(MrCreator) creator = mr_test_add_creator (store, "Lotte Bakker", "lotte.bakt");
  g_autofree char *note = long_note ();
  g_autoptr(MrVetting) vetting = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *bbox = NULL;

  g_assert_true (mr_store_save_checklist_entry (store, creator, "brand-collaborations", 4, note, &error));
  g_assert_no_error (error);

  vetting = mr_store_compute_vetting (store, creator, g_get_real_time () / G_USEC_PER_SEC, &error);
  g_assert_no_error (error);
  for (guint i = 1; i <= N_FLAGS; i++)
    g_ptr_array_add (vetting->flags,
                     mr_flag_new_printf ("test-flag", i % 3, "Flag %u of %u: a sentence long enough to wrap onto a second line of the flag's column, so that rows differ in height.",
                                         i, N_FLAGS));
  mr_creator_set_vetting (creator, vetting);

  write_report (store, &creator, 1, pdf);
  text = mr_test_pdf_text (pdf, "-raw");
  bbox = mr_test_pdf_text (pdf, "-bbox");

  g_assert_cmpuint (count_pages (bbox), >, 3);
  mr_test_assert_shows (text, "Flag 1 of 40:");
  mr_test_assert_shows (text, "Flag 40 of 40: a sentence long enough");
  mr_test_assert_shows (text, "Sentence 1 of the note");
  mr_test_assert_shows (text, "Sentence 400 of the note about earlier brand work. The note ends here.");
  mr_test_assert_within_margins (bbox, 100);

  /* Letter is wider and shorter: the same text flows to fit it. */
  write_report_on (store, &creator, 1, MR_REPORT_PAPER_LETTER, letter);
  g_clear_pointer (&bbox, g_free);
  g_clear_pointer (&text, g_free);
  bbox = mr_test_pdf_text (letter, "-bbox");
  text = mr_test_pdf_text (letter, "-raw");
  g_assert_nonnull (strstr (bbox, "<page width=\"612.000000\" height=\"792.000000\">"));
  mr_test_assert_shows (text, "Sentence 400 of the note about earlier brand work. The note ends here.");
  mr_test_assert_within_margins (bbox, 100);
  mr_test_remove_temp_dir (dir);
}

/* ── Several creators, one document ─────────────────────────────────────────────── */

static void
test_report_sections_start_pages (void)
{
  g_autofree char *dir = mr_test_make_temp_dir ();
  g_autofree char *db = g_build_filename (dir, "two.db", NULL);
  g_autofree char *both = g_build_filename (dir, "both.pdf", NULL);
  g_autofree char *first = g_build_filename (dir, "first.pdf", NULL);
  g_autoptr(MrStore) store = mr_test_open_store (db);
  MrCreator *creators[] = {
    mr_test_add_creator (store, "Daan de Boer", "daan.fietst"),
    mr_test_add_creator (store, "Anouk de Groot", "anouk.kookt"),
  };
  g_autofree char *both_bbox = NULL;
  g_autofree char *first_bbox = NULL;
  g_autofree char *second_page = NULL;
  g_autoptr(MrReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *file_name = NULL;
  guint first_pages;

  write_report (store, creators, 1, first);
  write_report (store, creators, 2, both);
  first_bbox = mr_test_pdf_text (first, "-bbox");
  both_bbox = mr_test_pdf_text (both, "-bbox");
  first_pages = count_pages (first_bbox);

  /* The second creator's section starts on a page of its own, after the first's. */
  g_assert_cmpuint (count_pages (both_bbox), >, first_pages);
  {
    g_autofree char *page = g_strdup_printf ("%u", first_pages + 1);
    const char *argv[] = { "pdftotext", "-f", page, "-l", page, "-raw", both, "-", NULL };
    g_auto(MrTestRun) run = { 0 };

    mr_test_run_program (&run, NULL, argv);
    g_assert_cmpint (run.status, ==, 0);
    second_page = g_steal_pointer (&run.out);
  }
  g_assert_true (g_str_has_prefix (second_page, "Vetting report"));
  mr_test_assert_shows (second_page, "Anouk de Groot");
  g_assert_null (strstr (second_page, "Daan de Boer"));

  report = mr_report_new (store, creators, 2, &error);
  g_assert_no_error (error);
  file_name = mr_report_get_file_name (report);
  g_assert_cmpstr (file_name, ==, "Vetting reports of 2 creators.pdf");

  for (guint i = 0; i < G_N_ELEMENTS (creators); i++)
    g_object_unref (creators[i]);
  mr_test_remove_temp_dir (dir);
}

static void
test_report_paper (void)
{
  double width, height;

  mr_report_paper_get_size (MR_REPORT_PAPER_A4, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 595.28, 0.01);
  g_assert_cmpfloat_with_epsilon (height, 841.89, 0.01);
  mr_report_paper_get_size (MR_REPORT_PAPER_LETTER, &width, &height);
  g_assert_cmpfloat (width, ==, 612.0);
  g_assert_cmpfloat (height, ==, 792.0);
  /* The tests run in C.UTF-8, whose paper is A4. */
  g_assert_cmpint (mr_report_paper_get_default (), ==, MR_REPORT_PAPER_A4);
}

/* ── The command line names one creator ─────────────────────────────────────────── */

static void
assert_one_line (const char *text)
{
  const char *newline;

  g_assert_true (g_str_has_prefix (text, "microreach: "));
  newline = strchr (text, '\n');
  g_assert_nonnull (newline);
  g_assert_cmpstr (newline + 1, ==, "");
}

static char *
lottes_database (const char *dir)
{
  char *db = g_build_filename (dir, "lottes.db", NULL);
  g_autoptr(MrStore) store = mr_test_open_store (db);

  g_object_unref (mr_test_add_creator (store, "Lotte Jansen", "lotte.jansen"));
  g_object_unref (mr_test_add_creator (store, "Lotte Bakker", "lotte.bakt"));
  g_object_unref (mr_test_add_creator (store, "Sanne de Vries", "sanne.fietst"));
  return db;
}

static void
test_cli_ambiguous (void)
{
  g_autofree char *dir = mr_test_make_temp_dir ();
  g_autofree char *db = lottes_database (dir);
  g_autofree char *pdf = g_build_filename (dir, "lotte.pdf", NULL);
  g_autofree char *output = g_strconcat ("--output=", pdf, NULL);
  g_auto(MrTestRun) run = { 0 };

  run_microreach (&run, db, "--report=Lotte", output, NULL);
  g_assert_cmpint (run.status, !=, 0);
  assert_one_line (run.err);
  g_assert_true (g_str_has_prefix (run.err, "microreach: “Lotte” matches 2 creators: "));
  g_assert_nonnull (strstr (run.err, "Lotte Jansen"));
  g_assert_nonnull (strstr (run.err, "Lotte Bakker"));
  g_assert_true (g_str_has_suffix (run.err, "; give a handle\n"));
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  mr_test_remove_temp_dir (dir);
}

static void
test_cli_unknown (void)
{
  g_autofree char *dir = mr_test_make_temp_dir ();
  g_autofree char *db = lottes_database (dir);
  g_autofree char *pdf = g_build_filename (dir, "nobody.pdf", NULL);
  g_autofree char *output = g_strconcat ("--output=", pdf, NULL);
  g_auto(MrTestRun) run = { 0 };

  run_microreach (&run, db, "--report=Femke", output, NULL);
  g_assert_cmpint (run.status, !=, 0);
  assert_one_line (run.err);
  g_assert_nonnull (strstr (run.err, "“Femke”"));
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  mr_test_remove_temp_dir (dir);
}

/* A handle with or without @, a name in any case, a part of a name that only one has. */
static void
test_cli_finds_creator (void)
{
  const struct { const char *query; const char *name; } cases[] = {
    { "@lotte.jansen", "Lotte Jansen" },
    { "lotte.bakt", "Lotte Bakker" },
    { "LOTTE BAKKER", "Lotte Bakker" },
    { "vries", "Sanne de Vries" },
  };
  g_autofree char *dir = mr_test_make_temp_dir ();
  g_autofree char *db = lottes_database (dir);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *pdf = g_build_filename (dir, "found.pdf", NULL);
      g_autofree char *report = g_strconcat ("--report=", cases[i].query, NULL);
      g_autofree char *output = g_strconcat ("--output=", pdf, NULL);
      g_autofree char *text = NULL;
      g_auto(MrTestRun) run = { 0 };

      run_microreach (&run, db, report, output, NULL);
      g_assert_cmpstr (run.err, ==, "");
      g_assert_cmpint (run.status, ==, 0);
      text = mr_test_pdf_text (pdf, "-raw");
      mr_test_assert_shows (text, cases[i].name);
      g_assert_cmpint (g_remove (pdf), ==, 0);
    }
  mr_test_remove_temp_dir (dir);
}

static void
test_cli_unwritable_output (void)
{
  g_autofree char *dir = mr_test_make_temp_dir ();
  g_autofree char *db = lottes_database (dir);
  g_autofree char *pdf = g_build_filename (dir, "no-such-folder", "lotte.pdf", NULL);
  g_autofree char *output = g_strconcat ("--output=", pdf, NULL);
  g_auto(MrTestRun) run = { 0 };

  run_microreach (&run, db, "--report=@lotte.jansen", output, NULL);
  g_assert_cmpint (run.status, !=, 0);
  assert_one_line (run.err);
  g_assert_nonnull (strstr (run.err, pdf));
  mr_test_remove_temp_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  mr_application_init_i18n ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report/matches-export", test_report_matches_export);
  g_test_add_func ("/report/name-is-text", test_report_name_is_text);
  g_test_add_func ("/report/long-content-flows", test_report_long_content_flows);
  g_test_add_func ("/report/sections-start-pages", test_report_sections_start_pages);
  g_test_add_func ("/report/paper", test_report_paper);
  g_test_add_func ("/report/cli/ambiguous", test_cli_ambiguous);
  g_test_add_func ("/report/cli/unknown", test_cli_unknown);
  g_test_add_func ("/report/cli/finds-creator", test_cli_finds_creator);
  g_test_add_func ("/report/cli/unwritable-output", test_cli_unwritable_output);

  return g_test_run ();
}
