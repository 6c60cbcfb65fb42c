/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-enums"

#include "config.h"

#include <glib/gi18n.h>

#include "mr-enums.h"

/* The ids are written to databases and JSON files: never change one, only add. */
static const char * const platform_ids[] = {
  "tiktok", "instagram", "youtube", "bluesky", "mastodon", "other",
};
static const char * const platform_labels[] = {
  NC_("platform", "TikTok"), NC_("platform", "Instagram"), NC_("platform", "YouTube"),
  NC_("platform", "Bluesky"), NC_("platform", "Mastodon"), NC_("platform", "Other"),
};

static const char * const creator_status_ids[] = {
  "prospect", "vetting", "approved", "rejected", "active", "alumni",
};
static const char * const creator_status_labels[] = {
  NC_("creator status", "Prospect"), NC_("creator status", "Vetting"),
  NC_("creator status", "Approved"), NC_("creator status", "Rejected"),
  NC_("creator status", "Active"), NC_("creator status", "Alumni"),
};

static const char * const campaign_goal_ids[] = {
  "awareness", "engagement", "conversions",
};
static const char * const campaign_goal_labels[] = {
  NC_("campaign goal", "Awareness"), NC_("campaign goal", "Engagement"),
  NC_("campaign goal", "Conversions"),
};

static const char * const campaign_kind_ids[] = {
  "pilot", "long-term",
};
static const char * const campaign_kind_labels[] = {
  NC_("campaign kind", "Pilot"), NC_("campaign kind", "Long-term"),
};

static const char * const member_status_ids[] = {
  "invited", "confirmed", "submitted", "published", "paid",
};
static const char * const member_status_labels[] = {
  NC_("member status", "Invited"), NC_("member status", "Confirmed"),
  NC_("member status", "Content submitted"), NC_("member status", "Published"),
  NC_("member status", "Paid"),
};

static const char * const moment_status_ids[] = {
  "open", "responded", "expired", "dismissed",
};
static const char * const moment_status_labels[] = {
  NC_("moment status", "Open"), NC_("moment status", "Responded"),
  NC_("moment status", "Expired"), NC_("moment status", "Dismissed"),
};

static const char * const intent_ids[] = {
  NULL, "know", "go", "do", "buy",
};
static const char * const intent_labels[] = {
  NC_("intent", "Not classified"), NC_("intent", "I want to know"),
  NC_("intent", "I want to go"), NC_("intent", "I want to do"),
  NC_("intent", "I want to buy"),
};

static const char *
lookup_id (const char * const *ids,
           guint               n_ids,
           int                 value)
{
  g_return_val_if_fail (value >= 0 && (guint) value < n_ids, NULL);

  return ids[value];
}

/* The index of @id in @ids (ASCII case ignored), for the stable ids every enum of the
 * domain has; FALSE for NULL or an unknown id. */
gboolean
mr_enum_id_find (const char * const *ids,
                 guint               n_ids,
                 const char         *id,
                 int                *out)
{
  g_return_val_if_fail (ids != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  if (id == NULL)
    return FALSE;

  for (guint i = 0; i < n_ids; i++)
    {
      if (ids[i] != NULL && g_ascii_strcasecmp (ids[i], id) == 0)
        {
          *out = (int) i;
          return TRUE;
        }
    }

  return FALSE;
}

static const char *
lookup_label (const char         *context,
              const char * const *labels,
              guint               n_labels,
              int                 value)
{
  g_return_val_if_fail (value >= 0 && (guint) value < n_labels, NULL);

  return g_dpgettext2 (NULL, context, labels[value]);
}

G_STATIC_ASSERT (G_N_ELEMENTS (platform_ids) == MR_PLATFORM_OTHER + 1);
G_STATIC_ASSERT (G_N_ELEMENTS (platform_labels) == G_N_ELEMENTS (platform_ids));
G_STATIC_ASSERT (G_N_ELEMENTS (creator_status_ids) == MR_CREATOR_STATUS_ALUMNI + 1);
G_STATIC_ASSERT (G_N_ELEMENTS (creator_status_labels) == G_N_ELEMENTS (creator_status_ids));
G_STATIC_ASSERT (G_N_ELEMENTS (campaign_goal_ids) == MR_CAMPAIGN_GOAL_CONVERSIONS + 1);
G_STATIC_ASSERT (G_N_ELEMENTS (campaign_goal_labels) == G_N_ELEMENTS (campaign_goal_ids));
G_STATIC_ASSERT (G_N_ELEMENTS (campaign_kind_ids) == MR_CAMPAIGN_KIND_LONG_TERM + 1);
G_STATIC_ASSERT (G_N_ELEMENTS (campaign_kind_labels) == G_N_ELEMENTS (campaign_kind_ids));
G_STATIC_ASSERT (G_N_ELEMENTS (member_status_ids) == MR_MEMBER_STATUS_PAID + 1);
G_STATIC_ASSERT (G_N_ELEMENTS (member_status_labels) == G_N_ELEMENTS (member_status_ids));
G_STATIC_ASSERT (G_N_ELEMENTS (moment_status_ids) == MR_MOMENT_STATUS_DISMISSED + 1);
G_STATIC_ASSERT (G_N_ELEMENTS (moment_status_labels) == G_N_ELEMENTS (moment_status_ids));
G_STATIC_ASSERT (G_N_ELEMENTS (intent_ids) == MR_INTENT_BUY + 1);
G_STATIC_ASSERT (G_N_ELEMENTS (intent_labels) == G_N_ELEMENTS (intent_ids));

const char *
mr_platform_to_string (MrPlatform value)
{
  return lookup_id (platform_ids, G_N_ELEMENTS (platform_ids), (int) value);
}

gboolean
mr_platform_from_string (const char *s,
                         MrPlatform *out)
{
  int value;

  g_return_val_if_fail (out != NULL, FALSE);

  if (!mr_enum_id_find (platform_ids, G_N_ELEMENTS (platform_ids), s, &value))
    return FALSE;

  *out = (MrPlatform) value;
  return TRUE;
}

const char *
mr_platform_get_label (MrPlatform value)
{
  return lookup_label ("platform", platform_labels, G_N_ELEMENTS (platform_labels), (int) value);
}

const char *
mr_creator_status_to_string (MrCreatorStatus value)
{
  return lookup_id (creator_status_ids, G_N_ELEMENTS (creator_status_ids), (int) value);
}

gboolean
mr_creator_status_from_string (const char      *s,
                               MrCreatorStatus *out)
{
  int value;

  g_return_val_if_fail (out != NULL, FALSE);

  if (!mr_enum_id_find (creator_status_ids, G_N_ELEMENTS (creator_status_ids), s, &value))
    return FALSE;

  *out = (MrCreatorStatus) value;
  return TRUE;
}

const char *
mr_creator_status_get_label (MrCreatorStatus value)
{
  return lookup_label ("creator status", creator_status_labels, G_N_ELEMENTS (creator_status_labels),
                       (int) value);
}

const char *
mr_campaign_goal_to_string (MrCampaignGoal value)
{
  return lookup_id (campaign_goal_ids, G_N_ELEMENTS (campaign_goal_ids), (int) value);
}

gboolean
mr_campaign_goal_from_string (const char     *s,
                              MrCampaignGoal *out)
{
  int value;

  g_return_val_if_fail (out != NULL, FALSE);

  if (!mr_enum_id_find (campaign_goal_ids, G_N_ELEMENTS (campaign_goal_ids), s, &value))
    return FALSE;

  *out = (MrCampaignGoal) value;
  return TRUE;
}

const char *
mr_campaign_goal_get_label (MrCampaignGoal value)
{
  return lookup_label ("campaign goal", campaign_goal_labels, G_N_ELEMENTS (campaign_goal_labels),
                       (int) value);
}

const char *
mr_campaign_kind_to_string (MrCampaignKind value)
{
  return lookup_id (campaign_kind_ids, G_N_ELEMENTS (campaign_kind_ids), (int) value);
}

gboolean
mr_campaign_kind_from_string (const char     *s,
                              MrCampaignKind *out)
{
  int value;

  g_return_val_if_fail (out != NULL, FALSE);

  if (!mr_enum_id_find (campaign_kind_ids, G_N_ELEMENTS (campaign_kind_ids), s, &value))
    return FALSE;

  *out = (MrCampaignKind) value;
  return TRUE;
}

const char *
mr_campaign_kind_get_label (MrCampaignKind value)
{
  return lookup_label ("campaign kind", campaign_kind_labels, G_N_ELEMENTS (campaign_kind_labels),
                       (int) value);
}

const char *
mr_member_status_to_string (MrMemberStatus value)
{
  return lookup_id (member_status_ids, G_N_ELEMENTS (member_status_ids), (int) value);
}

gboolean
mr_member_status_from_string (const char     *s,
                              MrMemberStatus *out)
{
  int value;

  g_return_val_if_fail (out != NULL, FALSE);

  if (!mr_enum_id_find (member_status_ids, G_N_ELEMENTS (member_status_ids), s, &value))
    return FALSE;

  *out = (MrMemberStatus) value;
  return TRUE;
}

const char *
mr_member_status_get_label (MrMemberStatus value)
{
  return lookup_label ("member status", member_status_labels, G_N_ELEMENTS (member_status_labels),
                       (int) value);
}

const char *
mr_moment_status_to_string (MrMomentStatus value)
{
  return lookup_id (moment_status_ids, G_N_ELEMENTS (moment_status_ids), (int) value);
}

gboolean
mr_moment_status_from_string (const char     *s,
                              MrMomentStatus *out)
{
  int value;

  g_return_val_if_fail (out != NULL, FALSE);

  if (!mr_enum_id_find (moment_status_ids, G_N_ELEMENTS (moment_status_ids), s, &value))
    return FALSE;

  *out = (MrMomentStatus) value;
  return TRUE;
}

const char *
mr_moment_status_get_label (MrMomentStatus value)
{
  return lookup_label ("moment status", moment_status_labels, G_N_ELEMENTS (moment_status_labels),
                       (int) value);
}

const char *
mr_intent_to_string (MrIntent value)
{
  return lookup_id (intent_ids, G_N_ELEMENTS (intent_ids), (int) value);
}

gboolean
mr_intent_from_string (const char *s,
                       MrIntent   *out)
{
  int value;

  g_return_val_if_fail (out != NULL, FALSE);

  if (s == NULL)
    {
      *out = MR_INTENT_NONE;
      return TRUE;
    }

  if (!mr_enum_id_find (intent_ids, G_N_ELEMENTS (intent_ids), s, &value))
    return FALSE;

  *out = (MrIntent) value;
  return TRUE;
}

const char *
mr_intent_get_label (MrIntent value)
{
  return lookup_label ("intent", intent_labels, G_N_ELEMENTS (intent_labels), (int) value);
}
