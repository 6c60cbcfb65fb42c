/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-report-section"

#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "mr-checklist-criteria.h"
#include "mr-import-formats.h"
#include "mr-report-private.h"

/* A section keeps copies of what it shows: strings and arrays, and the figures the
 * charts draw. The store's objects stay behind on the thread that loaded them. */

static void
account_clear (MrReportAccount *account)
{
  g_free (account->platform);
  g_free (account->handle);
}

static void
source_clear (MrReportSource *source)
{
  g_free (source->file_name);
  g_free (source->contents);
  g_free (source->account);
}

static void
check_clear (MrReportCheck *check)
{
  g_free (check->label);
  g_free (check->note);
}

void
mr_report_section_free (MrReportSection *section)
{
  if (section == NULL)
    return;

  g_free (section->name);
  g_free (section->niche);
  g_free (section->country);
  g_free (section->status);
  g_clear_pointer (&section->accounts, g_array_unref);
  g_clear_pointer (&section->figures, mr_creator_figures_free);
  g_free (section->audience_source);
  g_free (section->activity_source);
  g_clear_pointer (&section->checks, g_array_unref);
  g_clear_pointer (&section->sources, g_array_unref);
  g_free (section);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MrReportSection, mr_report_section_free)

static char *
nonempty (const char *text)
{
  return text != NULL && text[0] != '\0' ? g_strdup (text) : NULL;
}

guint32
mr_report_parse_day (const char *text)
{
  guint year, month, day;
  GDate date;

  if (text == NULL || sscanf (text, "%4u-%2u-%2u", &year, &month, &day) != 3 ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return 0;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return g_date_get_julian (&date);
}

static char *
describe_account (MrAccount *account)
{
  /* Translators: an account: its platform and its handle, as in "TikTok @lotte.bakt". */
  return g_strdup_printf (C_("account", "%1$s @%2$s"),
                          mr_platform_get_label (mr_account_get_platform (account)),
                          mr_account_get_handle (account));
}

static char *
describe_source (MrAccount *account,
                 gboolean   several)
{
  if (!several || account == NULL)
    return NULL;

  /* Translators: under a chart's heading: the platform and the handle of the account
   * its figures come from, as in "From TikTok: lotte.bakt". */
  return g_strdup_printf (_("From %s: %s"), mr_platform_get_label (mr_account_get_platform (account)),
                          mr_account_get_handle (account));
}

static gboolean
add_sources (MrReportSection  *section,
             MrStore          *store,
             MrAccount        *account,
             gboolean          several,
             GError          **error)
{
  g_autoptr(GPtrArray) entries = mr_store_list_imports (store, mr_account_get_id (account), error);

  if (entries == NULL)
    return FALSE;

  for (guint i = 0; i < entries->len; i++)
    {
      const MrImportLogEntry *entry = g_ptr_array_index (entries, i);
      const MrImportFormat *format = mr_import_formats_find (entry->format);
      MrReportSource source = {
        .file_name = g_strdup (entry->file_name),
        .contents = g_strdup (format != NULL ? _(format->label) : entry->format),
        .account = several ? describe_account (account) : NULL,
        .rows = entry->rows,
        .first_day = mr_report_parse_day (entry->first_day),
        .last_day = mr_report_parse_day (entry->last_day),
      };

      if (entry->imported_at != NULL)
        {
          GDate date;

          g_date_clear (&date, 1);
          g_date_set_dmy (&date, (GDateDay) g_date_time_get_day_of_month (entry->imported_at),
                          (GDateMonth) g_date_time_get_month (entry->imported_at),
                          (GDateYear) g_date_time_get_year (entry->imported_at));
          source.imported_day = g_date_get_julian (&date);
        }
      g_array_append_val (section->sources, source);
    }
  return TRUE;
}

static gboolean
load_accounts (MrReportSection  *section,
               MrStore          *store,
               MrCreator        *creator,
               GError          **error)
{
  GListModel *accounts = mr_creator_get_accounts (creator);
  MrAccount *primary = mr_creator_get_primary_account (creator);
  guint n = g_list_model_get_n_items (accounts);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MrAccount) account = g_list_model_get_item (accounts, i);
      gint64 id = mr_account_get_id (account);
      MrReportAccount row = {
        .platform = g_strdup (mr_platform_get_label (mr_account_get_platform (account))),
        .handle = g_strdup (mr_account_get_handle (account)),
        .followers = mr_account_get_followers (account),
        .posts = 0,
        .primary = account == primary,
      };

      if (id > 0)
        {
          g_autoptr(GError) local_error = NULL;

          row.posts = mr_store_count_posts (store, id, &local_error);
          if (local_error != NULL)
            {
              account_clear (&row);
              g_propagate_error (error, g_steal_pointer (&local_error));
              return FALSE;
            }
          if (!add_sources (section, store, account, n > 1, error))
            {
              account_clear (&row);
              return FALSE;
            }
        }
      g_array_append_val (section->accounts, row);
    }
  return TRUE;
}

/* Every criterion this version asks, rated or not, then any other the store holds. */
static gboolean
load_checklist (MrReportSection  *section,
                MrStore          *store,
                MrCreator        *creator,
                GError          **error)
{
  g_autoptr(GPtrArray) entries = NULL;
  guint n = mr_checklist_criteria_get_n ();

  for (guint i = 0; i < n; i++)
    {
      MrReportCheck check = { g_strdup (mr_checklist_criteria_get_label (i)), -1, NULL };

      g_array_append_val (section->checks, check);
    }
  if (mr_creator_get_id (creator) <= 0)
    return TRUE;

  entries = mr_store_list_checklist (store, mr_creator_get_id (creator), error);
  if (entries == NULL)
    return FALSE;

  for (guint i = 0; i < entries->len; i++)
    {
      const MrChecklistEntry *entry = g_ptr_array_index (entries, i);
      int index = mr_checklist_criteria_find (entry->criterion);
      MrReportCheck *check;

      if (index < 0)
        {
          MrReportCheck extra = { g_strdup (entry->criterion), -1, NULL };

          g_array_append_val (section->checks, extra);
          index = (int) section->checks->len - 1;
        }
      check = &g_array_index (section->checks, MrReportCheck, index);
      check->rating = entry->rating;
      check->note = nonempty (entry->note);
    }
  return TRUE;
}

MrReportSection *
mr_report_section_load (MrStore    *store,
                        MrCreator  *creator,
                        GError    **error)
{
  g_autoptr(MrReportSection) section = g_new0 (MrReportSection, 1);
  MrCreatorFigures *figures;

  section->name = g_strdup (mr_creator_get_name (creator));
  section->niche = nonempty (mr_creator_get_niche (creator));
  section->country = nonempty (mr_creator_get_country (creator));
  section->status = g_strdup (mr_creator_status_get_label (mr_creator_get_status (creator)));
  section->tier_scheme = mr_store_get_tier_scheme (store);
  section->accounts = g_array_new (FALSE, TRUE, sizeof (MrReportAccount));
  g_array_set_clear_func (section->accounts, (GDestroyNotify) account_clear);
  section->sources = g_array_new (FALSE, TRUE, sizeof (MrReportSource));
  g_array_set_clear_func (section->sources, (GDestroyNotify) source_clear);
  section->checks = g_array_new (FALSE, TRUE, sizeof (MrReportCheck));
  g_array_set_clear_func (section->checks, (GDestroyNotify) check_clear);

  if ((section->figures = mr_creator_figures_load (store, creator, error)) == NULL ||
      !load_accounts (section, store, creator, error) ||
      !load_checklist (section, store, creator, error))
    return NULL;

  figures = section->figures;
  section->audience_source = describe_source (figures->audience_source, figures->several_accounts);
  section->activity_source = describe_source (figures->activity_source, figures->several_accounts);
  /* The charts need no account objects from here on. */
  g_clear_object (&figures->primary);
  g_clear_object (&figures->audience_source);
  g_clear_object (&figures->activity_source);

  return g_steal_pointer (&section);
}
