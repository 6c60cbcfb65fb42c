/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fuzz-results"

#include "config.h"

#include <string.h>

#include "mr-fuzz-util.h"
#include "mr-import-results.h"
#include "mr-import-writer.h"

/* A campaign's results file (mr-import-results*.c), as the results dialog takes it: read
 * and matched to the members of a campaign (Lotte: TikTok @lottejansen, code LOTTE10;
 * Daan: Instagram @daanfietst, code DAAN15; Femke is not in it), its mapping described
 * and changed as a user may, then written and undone again when nothing stands in the
 * way, so that every input meets the same database. */

#define NAME "results.csv"

static MrStore *store;
static MrCampaign *campaign;

static MrCreator *
add_creator (const char *name,
             MrPlatform  platform,
             const char *handle)
{
  g_autoptr(MrAccount) account = mr_account_new (platform, handle);
  g_autoptr(GError) error = NULL;
  MrCreator *creator = mr_creator_new (name);

  g_list_store_append (G_LIST_STORE (mr_creator_get_accounts (creator)), account);
  mr_store_add_creator (store, creator, &error);
  g_assert_no_error (error);
  return creator;
}

static void
add_member (MrCreator  *creator,
            const char *promo_code,
            gboolean    with_account)
{
  g_autoptr(MrCampaignMember) member = mr_campaign_member_new (mr_creator_get_id (creator));
  g_autoptr(GError) error = NULL;

  mr_campaign_member_set_promo_code (member, promo_code);
  if (with_account)
    {
      g_autoptr(MrAccount) account = g_list_model_get_item (mr_creator_get_accounts (creator), 0);

      mr_campaign_member_set_account_id (member, mr_account_get_id (account));
    }
  mr_store_add_member (store, campaign, member, &error);
  g_assert_no_error (error);
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autofree char *path = NULL;
  g_autoptr(MrCreator) lotte = NULL;
  g_autoptr(MrCreator) daan = NULL;
  g_autoptr(MrCreator) femke = NULL;
  g_autoptr(GError) error = NULL;

  mr_fuzz_init ();
  path = g_build_filename (mr_fuzz_get_temp_dir (), "results.db", NULL);
  store = mr_store_open (path, &error);
  g_assert_no_error (error);

  lotte = add_creator ("Lotte Jansen", MR_PLATFORM_TIKTOK, "lottejansen");
  daan = add_creator ("Daan Visser", MR_PLATFORM_INSTAGRAM, "daanfietst");
  femke = add_creator ("Femke", MR_PLATFORM_TIKTOK, "femkekookt");
  campaign = mr_campaign_new ("Koffie pilot");
  mr_store_add_campaign (store, campaign, &error);
  g_assert_no_error (error);
  add_member (lotte, "LOTTE10", TRUE);
  add_member (daan, "DAAN15", FALSE);
  return 0;
}

/* What the dialog shows of the import. */
static void
check_import (MrResultsImport *import)
{
  const GError *problem = mr_results_import_get_problem (import);
  g_autofree char *described = mr_results_import_describe (import);
  g_autofree char *mapping = mr_results_import_describe_mapping (import);
  guint n_rows = mr_results_import_get_n_rows (import);

  g_assert_true (g_utf8_validate (described, -1, NULL));
  g_assert_true (g_utf8_validate (mapping, -1, NULL));
  if (problem != NULL)
    mr_fuzz_check_error (FALSE, problem, MR_IMPORT_ERROR, NAME, FALSE);
  g_assert_cmpuint (mr_results_import_get_n_matched (import) +
                    mr_results_import_get_n_unmatched (import) +
                    mr_results_import_get_n_left_out (import), ==, n_rows);
  for (guint i = 0; i < n_rows; i++)
    {
      const MrResultsImportRow *row = mr_results_import_get_row (import, i);

      if (row->result.date[0] != '\0')
        mr_fuzz_check_day (row->result.date);
      g_assert_true ((row->member != NULL) == (row->reason == NULL));
      if (row->label != NULL)
        g_assert_true (g_utf8_validate (row->label, -1, NULL));
      if (row->reason != NULL)
        g_assert_true (g_utf8_validate (row->reason, -1, NULL));
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GFile) file = mr_fuzz_file_new (data, size, NAME);
  g_autoptr(GError) error = NULL;
  g_autoptr(MrResultsImport) import = mr_results_import_scan (store, campaign, file, &error);
  gint64 batch_id;
  gboolean ok;

  mr_fuzz_check_error (import != NULL, error, MR_IMPORT_ERROR, NAME, FALSE);
  if (import == NULL)
    return 0;
  check_import (import);

  /* Another mapping, as a user may pick: every column one field on. */
  if (size % 2 == 1)
    {
      g_autofree int *mapping = mr_results_import_get_mapping (import);
      guint n = g_strv_length ((char **) mr_results_import_get_headers (import));

      if (n > 1)
        {
          int first = mapping[0];

          memmove (mapping, mapping + 1, (n - 1) * sizeof (int));
          mapping[n - 1] = first;
          mr_results_import_set_mapping (import, mapping);
          check_import (import);
        }
    }

  if (mr_results_import_get_problem (import) != NULL)
    return 0;
  ok = mr_results_import_run (import, &error);
  mr_fuzz_check_error (ok, error, MR_IMPORT_ERROR, NAME, TRUE);
  batch_id = mr_results_import_get_batch_id (import);
  if (batch_id > 0)
    {
      mr_import_undo (mr_store_get_handle (store), batch_id, &error);
      g_assert_no_error (error);
    }
  return 0;
}
