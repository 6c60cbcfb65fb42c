/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "mr-enums.h"

G_BEGIN_DECLS

#define MR_TYPE_CAMPAIGN_MEMBER (mr_campaign_member_get_type ())

G_DECLARE_FINAL_TYPE (MrCampaignMember, mr_campaign_member, MR, CAMPAIGN_MEMBER, GObject)

MrCampaignMember *mr_campaign_member_new              (gint64            creator_id);

gint64            mr_campaign_member_get_id           (MrCampaignMember *self);
void              mr_campaign_member_set_id           (MrCampaignMember *self,
                                                       gint64            id);
gint64            mr_campaign_member_get_campaign_id  (MrCampaignMember *self);
void              mr_campaign_member_set_campaign_id  (MrCampaignMember *self,
                                                       gint64            campaign_id);
gint64            mr_campaign_member_get_creator_id   (MrCampaignMember *self);
void              mr_campaign_member_set_creator_id   (MrCampaignMember *self,
                                                       gint64            creator_id);
gint64            mr_campaign_member_get_account_id   (MrCampaignMember *self);
void              mr_campaign_member_set_account_id   (MrCampaignMember *self,
                                                       gint64            account_id);
double            mr_campaign_member_get_fee          (MrCampaignMember *self);
void              mr_campaign_member_set_fee          (MrCampaignMember *self,
                                                       double            fee);
/* (element-type MrDeliverable), by due date then title; the store adds and removes. */
GListModel       *mr_campaign_member_get_deliverables (MrCampaignMember *self);
const char       *mr_campaign_member_get_promo_code   (MrCampaignMember *self);
void              mr_campaign_member_set_promo_code   (MrCampaignMember *self,
                                                       const char       *promo_code);
const char       *mr_campaign_member_get_link         (MrCampaignMember *self);
void              mr_campaign_member_set_link         (MrCampaignMember *self,
                                                       const char       *link);
MrMemberStatus    mr_campaign_member_get_status       (MrCampaignMember *self);
void              mr_campaign_member_set_status       (MrCampaignMember *self,
                                                       MrMemberStatus    status);

G_END_DECLS
