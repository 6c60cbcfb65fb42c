/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-campaign-report"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <glib/gi18n.h>

#include "mr-campaign-report-private.h"
#include "mr-kpi-format.h"
#include "mr-number-format.h"

/* The campaign report's section keeps copies of what it shows: the campaign's facts,
 * its figures (mr_store_compute_campaign ()), and per member the creator's name and
 * handle, the results' last day and the deliverables. */

static void
deliverable_clear (MrReportDeliverable *deliverable)
{
  g_free (deliverable->title);
}

static void
member_clear (MrReportMember *member)
{
  g_free (member->name);
  g_free (member->handle);
  g_free (member->status);
  g_free (member->promo_code);
  g_free (member->link);
  mr_kpi_set_clear (&member->kpis);
  g_clear_pointer (&member->deliverables, g_array_unref);
}

void
mr_campaign_section_free (MrCampaignSection *section)
{
  if (section == NULL)
    return;

  g_free (section->name);
  g_free (section->brand);
  g_free (section->goal);
  g_free (section->kind);
  g_free (section->platforms);
  g_free (section->currency);
  g_free (section->notes);
  mr_kpi_set_clear (&section->kpis);
  g_clear_pointer (&section->members, g_array_unref);
  g_clear_pointer (&section->budget_chart, mr_chart_budget_data_free);
  g_free (section);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MrCampaignSection, mr_campaign_section_free)

static char *
nonempty (const char *text)
{
  return text != NULL && text[0] != '\0' ? g_strdup (text) : NULL;
}

static void
copy_kpis (MrKpiSet       *to,
           const MrKpiSet *from)
{
  *to = *from;
  for (guint i = 0; i < MR_N_KPIS; i++)
    to->kpis[i].sentence = g_strdup (from->kpis[i].sentence);
}

/* Borrowed: the store's models keep them. */
static MrCreator *
find_creator (MrStore *store,
              gint64   id)
{
  GListModel *creators = mr_store_get_creators (store);

  for (guint i = 0; i < g_list_model_get_n_items (creators); i++)
    {
      g_autoptr(MrCreator) creator = g_list_model_get_item (creators, i);

      if (mr_creator_get_id (creator) == id)
        return creator;
    }
  return NULL;
}

static MrAccount *
find_account (MrCreator *creator,
              gint64     id)
{
  GListModel *accounts = mr_creator_get_accounts (creator);

  for (guint i = 0; i < g_list_model_get_n_items (accounts); i++)
    {
      g_autoptr(MrAccount) account = g_list_model_get_item (accounts, i);

      if (mr_account_get_id (account) == id)
        return account;
    }
  return NULL;
}

/* "TikTok @handle": the member's own account, else the creator's primary one. */
static char *
describe_handle (MrCreator        *creator,
                 MrCampaignMember *member)
{
  MrAccount *account = NULL;

  if (creator == NULL)
    return NULL;
  if (mr_campaign_member_get_account_id (member) > 0)
    account = find_account (creator, mr_campaign_member_get_account_id (member));
  if (account == NULL)
    account = mr_creator_get_primary_account (creator);
  if (account == NULL)
    return NULL;

  /* Translators: an account: its platform and its handle, as in "TikTok @lotte.bakt". */
  return g_strdup_printf (C_("account", "%1$s @%2$s"),
                          mr_platform_get_label (mr_account_get_platform (account)),
                          mr_account_get_handle (account));
}

static void
load_deliverables (MrReportMember   *out,
                   MrCampaignMember *member)
{
  GListModel *deliverables = mr_campaign_member_get_deliverables (member);

  for (guint i = 0; i < g_list_model_get_n_items (deliverables); i++)
    {
      g_autoptr(MrDeliverable) deliverable = g_list_model_get_item (deliverables, i);
      MrReportDeliverable copy = {
        .title = g_strdup (mr_deliverable_get_title (deliverable)),
        .due_day = mr_report_parse_day (mr_deliverable_get_due_date (deliverable)),
        .done = mr_deliverable_get_done (deliverable),
      };

      g_array_append_val (out->deliverables, copy);
    }
}

static gboolean
load_member (MrCampaignSection      *section,
             MrStore                *store,
             const MrMemberFigures  *figures,
             GError                **error)
{
  MrCampaignMember *member = figures->member;
  MrCreator *creator = find_creator (store, mr_campaign_member_get_creator_id (member));
  g_autoptr(GArray) results = mr_store_list_results (store, mr_campaign_member_get_id (member), error);
  MrReportMember out = {
    .name = g_strdup (creator != NULL ? mr_creator_get_name (creator) : _("Unknown creator")),
    .handle = describe_handle (creator, member),
    .status = g_strdup (mr_member_status_get_label (mr_campaign_member_get_status (member))),
    .promo_code = nonempty (mr_campaign_member_get_promo_code (member)),
    .link = nonempty (mr_campaign_member_get_link (member)),
    .tier = figures->tier,
    .input = figures->input,
    .hint = figures->hint,
    .deliverables = g_array_new (FALSE, TRUE, sizeof (MrReportDeliverable)),
  };

  g_array_set_clear_func (out.deliverables, (GDestroyNotify) deliverable_clear);
  copy_kpis (&out.kpis, &figures->kpis);
  load_deliverables (&out, member);
  g_array_append_val (section->members, out);
  if (results == NULL)
    return FALSE;

  for (guint i = 0; i < results->len; i++)
    section->results_until = MAX (section->results_until,
                                  mr_report_parse_day (g_array_index (results, MrResultRow, i).date));
  return TRUE;
}

MrCampaignSection *
mr_campaign_section_load (MrStore     *store,
                          MrCampaign  *campaign,
                          GError     **error)
{
  g_autoptr(MrCampaignSection) section = g_new0 (MrCampaignSection, 1);
  g_autoptr(MrCampaignFigures) figures = mr_store_compute_campaign (store, campaign, error);

  if (figures == NULL)
    return NULL;

  section->name = g_strdup (mr_campaign_get_name (campaign));
  section->brand = nonempty (mr_campaign_get_brand (campaign));
  section->goal = g_strdup (mr_campaign_goal_get_label (mr_campaign_get_goal (campaign)));
  section->kind = g_strdup (mr_campaign_kind_get_label (mr_campaign_get_kind (campaign)));
  section->platforms = nonempty (mr_campaign_get_platforms (campaign));
  section->currency = g_strdup (mr_campaign_get_currency (campaign));
  section->notes = nonempty (mr_campaign_get_notes (campaign));
  section->start_day = mr_report_parse_day (mr_campaign_get_start_date (campaign));
  section->end_day = mr_report_parse_day (mr_campaign_get_end_date (campaign));
  section->budget = figures->budget > 0 ? figures->budget : NAN;
  section->targets = figures->targets;
  section->input = figures->input;
  copy_kpis (&section->kpis, &figures->kpis);
  section->members = g_array_new (FALSE, TRUE, sizeof (MrReportMember));
  g_array_set_clear_func (section->members, (GDestroyNotify) member_clear);
  section->budget_chart = mr_chart_budget_data_new (figures, section->currency);

  for (guint i = 0; i < figures->n_members; i++)
    if (!load_member (section, store, &figures->members[i], error))
      return NULL;

  return g_steal_pointer (&section);
}

MrReport *
mr_report_new_for_campaign (MrStore     *store,
                            MrCampaign  *campaign,
                            GError     **error)
{
  g_autoptr(MrReport) self = NULL;

  g_return_val_if_fail (MR_IS_STORE (store), NULL);
  g_return_val_if_fail (MR_IS_CAMPAIGN (campaign), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = mr_report_alloc ();
  if ((self->campaign = mr_campaign_section_load (store, campaign, error)) == NULL)
    return NULL;

  return g_steal_pointer (&self);
}

char *
mr_campaign_report_kpi (const MrCampaignSection *section,
                        MrKpiKind                kind,
                        const MrKpi             *kpi)
{
  char *value = mr_kpi_format_value (kind, kpi, section->currency);

  return value != NULL ? value : g_strdup ("—");
}
