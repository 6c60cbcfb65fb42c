/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A count (followers, posts…) that nobody told us; stored as SQL NULL. */
#define MR_UNKNOWN_COUNT (-1)

typedef enum {
  MR_PLATFORM_TIKTOK,
  MR_PLATFORM_INSTAGRAM,
  MR_PLATFORM_YOUTUBE,
  MR_PLATFORM_BLUESKY,
  MR_PLATFORM_MASTODON,
  MR_PLATFORM_OTHER,
} MrPlatform;

typedef enum {
  MR_CREATOR_STATUS_PROSPECT,
  MR_CREATOR_STATUS_VETTING,
  MR_CREATOR_STATUS_APPROVED,
  MR_CREATOR_STATUS_REJECTED,
  MR_CREATOR_STATUS_ACTIVE,
  MR_CREATOR_STATUS_ALUMNI,
} MrCreatorStatus;

typedef enum {
  MR_CAMPAIGN_GOAL_AWARENESS,
  MR_CAMPAIGN_GOAL_ENGAGEMENT,
  MR_CAMPAIGN_GOAL_CONVERSIONS,
} MrCampaignGoal;

typedef enum {
  MR_CAMPAIGN_KIND_PILOT,
  MR_CAMPAIGN_KIND_LONG_TERM,
} MrCampaignKind;

typedef enum {
  MR_MEMBER_STATUS_INVITED,
  MR_MEMBER_STATUS_CONFIRMED,
  MR_MEMBER_STATUS_SUBMITTED,
  MR_MEMBER_STATUS_PUBLISHED,
  MR_MEMBER_STATUS_PAID,
} MrMemberStatus;

typedef enum {
  MR_MOMENT_STATUS_OPEN,
  MR_MOMENT_STATUS_RESPONDED,
  MR_MOMENT_STATUS_EXPIRED,
  MR_MOMENT_STATUS_DISMISSED,
} MrMomentStatus;

typedef enum {
  MR_INTENT_NONE,
  MR_INTENT_KNOW,
  MR_INTENT_GO,
  MR_INTENT_DO,
  MR_INTENT_BUY,
} MrIntent;

/* _to_string () gives the stable id used in the database and in JSON;
 * _from_string () accepts it in any ASCII case; _get_label () is for people. */
const char *mr_platform_to_string         (MrPlatform       value);
gboolean    mr_platform_from_string       (const char      *s,
                                           MrPlatform      *out);
const char *mr_platform_get_label         (MrPlatform       value);

const char *mr_creator_status_to_string   (MrCreatorStatus  value);
gboolean    mr_creator_status_from_string (const char      *s,
                                           MrCreatorStatus *out);
const char *mr_creator_status_get_label   (MrCreatorStatus  value);

const char *mr_campaign_goal_to_string    (MrCampaignGoal   value);
gboolean    mr_campaign_goal_from_string  (const char      *s,
                                           MrCampaignGoal  *out);
const char *mr_campaign_goal_get_label    (MrCampaignGoal   value);

const char *mr_campaign_kind_to_string    (MrCampaignKind   value);
gboolean    mr_campaign_kind_from_string  (const char      *s,
                                           MrCampaignKind  *out);
const char *mr_campaign_kind_get_label    (MrCampaignKind   value);

const char *mr_member_status_to_string    (MrMemberStatus   value);
gboolean    mr_member_status_from_string  (const char      *s,
                                           MrMemberStatus  *out);
const char *mr_member_status_get_label    (MrMemberStatus   value);

const char *mr_moment_status_to_string    (MrMomentStatus   value);
gboolean    mr_moment_status_from_string  (const char      *s,
                                           MrMomentStatus  *out);
const char *mr_moment_status_get_label    (MrMomentStatus   value);

/* MR_INTENT_NONE has no id: it is NULL (SQL NULL, JSON null), and NULL reads back as it. */
const char *mr_intent_to_string           (MrIntent         value);
gboolean    mr_intent_from_string         (const char      *s,
                                           MrIntent        *out);
const char *mr_intent_get_label           (MrIntent         value);

gboolean    mr_enum_id_find               (const char * const *ids,
                                           guint               n_ids,
                                           const char         *id,
                                           int                *out);

G_END_DECLS
