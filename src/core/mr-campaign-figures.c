/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-campaign-figures"

#include "config.h"

#include <math.h>

#include "mr-campaign-figures.h"
#include "mr-store-private.h"

/* Adds @value to a total that stays "not known" until something known is added. */
static void
add_count (gint64 *total,
           gint64  value)
{
  if (value < 0)
    return;
  *total = *total < 0 ? value : *total + value;
}

static void
add_money (double *total,
           double  value)
{
  if (isnan (value))
    return;
  *total = isnan (*total) ? value : *total + value;
}

static void
add_input (MrKpiInput       *total,
           const MrKpiInput *part)
{
  add_money (&total->spend, part->spend);
  add_money (&total->revenue, part->revenue);
  add_count (&total->impressions, part->impressions);
  add_count (&total->clicks, part->clicks);
  add_count (&total->conversions, part->conversions);
  add_count (&total->engagements, part->engagements);
}

/* The tier of the member's own account, else of the creator's primary account. */
static MrTier
member_tier (MrStore          *self,
             MrCampaignMember *member)
{
  MrCreator *creator = mr_store_find_by_id (G_LIST_MODEL (self->creators),
                                            mr_campaign_member_get_creator_id (member));
  MrAccount *account = NULL;
  MrTier tier = MR_TIER_NONE;

  if (creator == NULL)
    return MR_TIER_NONE;

  if (mr_campaign_member_get_account_id (member) > 0)
    account = mr_store_find_by_id (mr_creator_get_accounts (creator),
                                   mr_campaign_member_get_account_id (member));
  if (account != NULL)
    {
      if (mr_account_get_followers (account) < 0)
        return MR_TIER_NONE;
      return mr_tier_for_followers (self->tier_scheme, mr_account_get_platform (account),
                                    mr_account_get_followers (account));
    }

  if (!mr_tier_from_string (mr_creator_get_tier (creator), &tier))
    return MR_TIER_NONE;
  return tier;
}

static gboolean
load_member (MrStore          *self,
             MrCampaignMember *member,
             MrMemberFigures  *out,
             GError          **error)
{
  g_autoptr(GArray) results = mr_store_list_results (self, mr_campaign_member_get_id (member),
                                                     error);

  if (results == NULL)
    return FALSE;

  out->member = g_object_ref (member);
  mr_kpi_input_init (&out->input);
  out->input.spend = mr_campaign_member_get_fee (member);
  for (guint i = 0; i < results->len; i++)
    {
      const MrResultRow *row = &g_array_index (results, MrResultRow, i);

      add_money (&out->input.revenue, row->revenue);
      add_count (&out->input.impressions, row->impressions);
      add_count (&out->input.clicks, row->clicks);
      add_count (&out->input.conversions, row->conversions);
      add_count (&out->input.engagements, row->engagements);
    }
  out->n_results = results->len;
  out->tier = member_tier (self, member);
  return TRUE;
}

/**
 * mr_store_compute_campaign:
 *
 * Returns: (transfer full): the campaign's figures from what is stored now, or %NULL
 *   on error
 */
MrCampaignFigures *
mr_store_compute_campaign (MrStore     *self,
                           MrCampaign  *campaign,
                           GError     **error)
{
  g_autoptr(MrCampaignFigures) figures = g_new0 (MrCampaignFigures, 1);
  GListModel *members;
  g_autofree MrKpiSet *sets = NULL;
  g_autofree MrKpiHint *hints = NULL;

  g_return_val_if_fail (MR_IS_STORE (self), NULL);
  g_return_val_if_fail (MR_IS_CAMPAIGN (campaign), NULL);

  members = mr_campaign_get_members (campaign);
  figures->targets.roas = mr_campaign_get_target_roas (campaign);
  figures->targets.ctr_min = mr_campaign_get_target_ctr_min (campaign);
  figures->targets.ctr_max = mr_campaign_get_target_ctr_max (campaign);
  g_strlcpy (figures->targets.currency, mr_campaign_get_currency (campaign) ?: "",
             sizeof figures->targets.currency);
  figures->budget = mr_campaign_get_budget (campaign);
  mr_kpi_input_init (&figures->input);
  figures->members = g_new0 (MrMemberFigures, g_list_model_get_n_items (members));

  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(MrCampaignMember) member = g_list_model_get_item (members, i);
      MrMemberFigures *out = &figures->members[i];

      if (!load_member (self, member, out, error))
        return NULL;
      figures->n_members++;

      mr_kpi_compute (&out->input, &figures->targets, &out->kpis);
      add_input (&figures->input, &out->input);
      if (isnan (out->input.spend))
        figures->n_without_fee++;
      else if (out->tier == MR_TIER_NONE)
        figures->spend_without_tier += out->input.spend;
      else
        figures->spend_by_tier[out->tier] += out->input.spend;
    }
  mr_kpi_compute (&figures->input, &figures->targets, &figures->kpis);

  sets = g_new0 (MrKpiSet, MAX (figures->n_members, 1));
  hints = g_new0 (MrKpiHint, MAX (figures->n_members, 1));
  for (guint i = 0; i < figures->n_members; i++)
    sets[i] = figures->members[i].kpis;
  mr_kpi_hints (sets, figures->n_members, &figures->targets, hints);
  for (guint i = 0; i < figures->n_members; i++)
    figures->members[i].hint = hints[i];

  return g_steal_pointer (&figures);
}

double
mr_campaign_figures_get_micro_share (const MrCampaignFigures *figures)
{
  double known = 0;

  g_return_val_if_fail (figures != NULL, NAN);

  for (guint i = 0; i < MR_N_TIERS; i++)
    known += figures->spend_by_tier[i];
  if (known <= 0)
    return NAN;
  return figures->spend_by_tier[MR_TIER_MICRO] / known;
}

void
mr_campaign_figures_free (MrCampaignFigures *figures)
{
  if (figures == NULL)
    return;

  for (guint i = 0; i < figures->n_members; i++)
    {
      g_clear_object (&figures->members[i].member);
      mr_kpi_set_clear (&figures->members[i].kpis);
    }
  mr_kpi_set_clear (&figures->kpis);
  g_free (figures->members);
  g_free (figures);
}
