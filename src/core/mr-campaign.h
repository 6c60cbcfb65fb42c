/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "mr-campaign-member.h"
#include "mr-enums.h"

G_BEGIN_DECLS

#define MR_TYPE_CAMPAIGN (mr_campaign_get_type ())

G_DECLARE_FINAL_TYPE (MrCampaign, mr_campaign, MR, CAMPAIGN, GObject)

MrCampaign    *mr_campaign_new                (const char     *name);

gint64         mr_campaign_get_id             (MrCampaign     *self);
void           mr_campaign_set_id             (MrCampaign     *self,
                                               gint64          id);
const char    *mr_campaign_get_name           (MrCampaign     *self);
void           mr_campaign_set_name           (MrCampaign     *self,
                                               const char     *name);
const char    *mr_campaign_get_brand          (MrCampaign     *self);
void           mr_campaign_set_brand          (MrCampaign     *self,
                                               const char     *brand);
MrCampaignGoal mr_campaign_get_goal           (MrCampaign     *self);
void           mr_campaign_set_goal           (MrCampaign     *self,
                                               MrCampaignGoal  goal);
MrCampaignKind mr_campaign_get_kind           (MrCampaign     *self);
void           mr_campaign_set_kind           (MrCampaign     *self,
                                               MrCampaignKind  kind);
const char    *mr_campaign_get_platforms      (MrCampaign     *self);
void           mr_campaign_set_platforms      (MrCampaign     *self,
                                               const char     *platforms);
const char    *mr_campaign_get_start_date     (MrCampaign     *self);
void           mr_campaign_set_start_date     (MrCampaign     *self,
                                               const char     *start_date);
const char    *mr_campaign_get_end_date       (MrCampaign     *self);
void           mr_campaign_set_end_date       (MrCampaign     *self,
                                               const char     *end_date);
double         mr_campaign_get_budget         (MrCampaign     *self);
void           mr_campaign_set_budget         (MrCampaign     *self,
                                               double          budget);
const char    *mr_campaign_get_currency       (MrCampaign     *self);
void           mr_campaign_set_currency       (MrCampaign     *self,
                                               const char     *currency);
double         mr_campaign_get_target_roas    (MrCampaign     *self);
void           mr_campaign_set_target_roas    (MrCampaign     *self,
                                               double          target_roas);
double         mr_campaign_get_target_ctr_min (MrCampaign     *self);
void           mr_campaign_set_target_ctr_min (MrCampaign     *self,
                                               double          target_ctr_min);
double         mr_campaign_get_target_ctr_max (MrCampaign     *self);
void           mr_campaign_set_target_ctr_max (MrCampaign     *self,
                                               double          target_ctr_max);
const char    *mr_campaign_get_notes          (MrCampaign     *self);
void           mr_campaign_set_notes          (MrCampaign     *self,
                                               const char     *notes);
gboolean       mr_campaign_get_archived       (MrCampaign     *self);
void           mr_campaign_set_archived       (MrCampaign     *self,
                                               gboolean        archived);

GListModel    *mr_campaign_get_members        (MrCampaign     *self);

G_END_DECLS
