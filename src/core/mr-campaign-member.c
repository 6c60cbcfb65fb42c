/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-campaign-member"

#include "config.h"

#include "mr-campaign-member.h"
#include "mr-deliverable.h"
#include "mr-enum-types.h"
#include "mr-model-private.h"

struct _MrCampaignMember
{
  GObject         parent_instance;

  gint64          id;
  gint64          campaign_id;
  gint64          creator_id;
  gint64          account_id;
  double          fee;
  GListStore     *deliverables;
  char           *promo_code;
  char           *link;
  MrMemberStatus  status;
};

G_DEFINE_FINAL_TYPE (MrCampaignMember, mr_campaign_member, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CAMPAIGN_ID,
  PROP_CREATOR_ID,
  PROP_ACCOUNT_ID,
  PROP_FEE,
  PROP_PROMO_CODE,
  PROP_LINK,
  PROP_STATUS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mr_campaign_member_finalize (GObject *object)
{
  MrCampaignMember *self = MR_CAMPAIGN_MEMBER (object);

  g_clear_object (&self->deliverables);
  g_free (self->promo_code);
  g_free (self->link);

  G_OBJECT_CLASS (mr_campaign_member_parent_class)->finalize (object);
}

static void
mr_campaign_member_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  MrCampaignMember *self = MR_CAMPAIGN_MEMBER (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_CAMPAIGN_ID:
      g_value_set_int64 (value, self->campaign_id);
      break;
    case PROP_CREATOR_ID:
      g_value_set_int64 (value, self->creator_id);
      break;
    case PROP_ACCOUNT_ID:
      g_value_set_int64 (value, self->account_id);
      break;
    case PROP_FEE:
      g_value_set_double (value, self->fee);
      break;
    case PROP_PROMO_CODE:
      g_value_set_string (value, self->promo_code);
      break;
    case PROP_LINK:
      g_value_set_string (value, self->link);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mr_campaign_member_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  MrCampaignMember *self = MR_CAMPAIGN_MEMBER (object);

  switch (prop_id)
    {
    case PROP_ID:
      mr_campaign_member_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_CAMPAIGN_ID:
      mr_campaign_member_set_campaign_id (self, g_value_get_int64 (value));
      break;
    case PROP_CREATOR_ID:
      mr_campaign_member_set_creator_id (self, g_value_get_int64 (value));
      break;
    case PROP_ACCOUNT_ID:
      mr_campaign_member_set_account_id (self, g_value_get_int64 (value));
      break;
    case PROP_FEE:
      mr_campaign_member_set_fee (self, g_value_get_double (value));
      break;
    case PROP_PROMO_CODE:
      mr_campaign_member_set_promo_code (self, g_value_get_string (value));
      break;
    case PROP_LINK:
      mr_campaign_member_set_link (self, g_value_get_string (value));
      break;
    case PROP_STATUS:
      mr_campaign_member_set_status (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mr_campaign_member_class_init (MrCampaignMemberClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mr_campaign_member_finalize;
  object_class->get_property = mr_campaign_member_get_property;
  object_class->set_property = mr_campaign_member_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, MR_PARAM_FLAGS);
  properties[PROP_CAMPAIGN_ID] =
    g_param_spec_int64 ("campaign-id", NULL, NULL, 0, G_MAXINT64, 0, MR_PARAM_FLAGS);
  properties[PROP_CREATOR_ID] =
    g_param_spec_int64 ("creator-id", NULL, NULL, 0, G_MAXINT64, 0, MR_PARAM_FLAGS);
  properties[PROP_ACCOUNT_ID] =
    g_param_spec_int64 ("account-id", NULL, NULL, 0, G_MAXINT64, 0, MR_PARAM_FLAGS);
  properties[PROP_FEE] =
    g_param_spec_double ("fee", NULL, NULL,
                         0.0, G_MAXDOUBLE, 0.0, MR_PARAM_FLAGS_NAN);
  properties[PROP_PROMO_CODE] =
    g_param_spec_string ("promo-code", NULL, NULL, NULL, MR_PARAM_FLAGS);
  properties[PROP_LINK] =
    g_param_spec_string ("link", NULL, NULL, NULL, MR_PARAM_FLAGS);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       MR_TYPE_MEMBER_STATUS, MR_MEMBER_STATUS_INVITED, MR_PARAM_FLAGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mr_campaign_member_init (MrCampaignMember *self)
{
  self->fee = NAN;
  self->deliverables = g_list_store_new (MR_TYPE_DELIVERABLE);
  self->status = MR_MEMBER_STATUS_INVITED;
}

MrCampaignMember *
mr_campaign_member_new (gint64 creator_id)
{
  return g_object_new (MR_TYPE_CAMPAIGN_MEMBER, "creator-id", creator_id, NULL);
}

gint64
mr_campaign_member_get_id (MrCampaignMember *self)
{
  g_return_val_if_fail (MR_IS_CAMPAIGN_MEMBER (self), 0);

  return self->id;
}

void
mr_campaign_member_set_id (MrCampaignMember *self,
                           gint64            id)
{
  g_return_if_fail (MR_IS_CAMPAIGN_MEMBER (self));
  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
mr_campaign_member_get_campaign_id (MrCampaignMember *self)
{
  g_return_val_if_fail (MR_IS_CAMPAIGN_MEMBER (self), 0);

  return self->campaign_id;
}

void
mr_campaign_member_set_campaign_id (MrCampaignMember *self,
                                    gint64            campaign_id)
{
  g_return_if_fail (MR_IS_CAMPAIGN_MEMBER (self));
  g_return_if_fail (campaign_id >= 0);

  if (self->campaign_id == campaign_id)
    return;

  self->campaign_id = campaign_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAMPAIGN_ID]);
}

gint64
mr_campaign_member_get_creator_id (MrCampaignMember *self)
{
  g_return_val_if_fail (MR_IS_CAMPAIGN_MEMBER (self), 0);

  return self->creator_id;
}

void
mr_campaign_member_set_creator_id (MrCampaignMember *self,
                                   gint64            creator_id)
{
  g_return_if_fail (MR_IS_CAMPAIGN_MEMBER (self));
  g_return_if_fail (creator_id >= 0);

  if (self->creator_id == creator_id)
    return;

  self->creator_id = creator_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATOR_ID]);
}

gint64
mr_campaign_member_get_account_id (MrCampaignMember *self)
{
  g_return_val_if_fail (MR_IS_CAMPAIGN_MEMBER (self), 0);

  return self->account_id;
}

void
mr_campaign_member_set_account_id (MrCampaignMember *self,
                                   gint64            account_id)
{
  g_return_if_fail (MR_IS_CAMPAIGN_MEMBER (self));
  g_return_if_fail (account_id >= 0);

  if (self->account_id == account_id)
    return;

  self->account_id = account_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACCOUNT_ID]);
}

double
mr_campaign_member_get_fee (MrCampaignMember *self)
{
  g_return_val_if_fail (MR_IS_CAMPAIGN_MEMBER (self), NAN);

  return self->fee;
}

void
mr_campaign_member_set_fee (MrCampaignMember *self,
                            double            fee)
{
  g_return_if_fail (MR_IS_CAMPAIGN_MEMBER (self));
  g_return_if_fail (isnan (fee) || fee >= 0.0);

  if (mr_set_double (&self->fee, fee))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FEE]);
}

/**
 * mr_campaign_member_get_deliverables:
 *
 * Returns: (transfer none): the member's deliverables, #MrDeliverable items by due date
 *   (those without one last), then title
 */
GListModel *
mr_campaign_member_get_deliverables (MrCampaignMember *self)
{
  g_return_val_if_fail (MR_IS_CAMPAIGN_MEMBER (self), NULL);

  return G_LIST_MODEL (self->deliverables);
}

const char *
mr_campaign_member_get_promo_code (MrCampaignMember *self)
{
  g_return_val_if_fail (MR_IS_CAMPAIGN_MEMBER (self), NULL);

  return self->promo_code;
}

void
mr_campaign_member_set_promo_code (MrCampaignMember *self,
                                   const char       *promo_code)
{
  g_return_if_fail (MR_IS_CAMPAIGN_MEMBER (self));

  if (mr_set_string (&self->promo_code, promo_code))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROMO_CODE]);
}

const char *
mr_campaign_member_get_link (MrCampaignMember *self)
{
  g_return_val_if_fail (MR_IS_CAMPAIGN_MEMBER (self), NULL);

  return self->link;
}

void
mr_campaign_member_set_link (MrCampaignMember *self,
                             const char       *link)
{
  g_return_if_fail (MR_IS_CAMPAIGN_MEMBER (self));

  if (mr_set_string (&self->link, link))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LINK]);
}

MrMemberStatus
mr_campaign_member_get_status (MrCampaignMember *self)
{
  g_return_val_if_fail (MR_IS_CAMPAIGN_MEMBER (self), MR_MEMBER_STATUS_INVITED);

  return self->status;
}

void
mr_campaign_member_set_status (MrCampaignMember *self,
                               MrMemberStatus    status)
{
  g_return_if_fail (MR_IS_CAMPAIGN_MEMBER (self));
  g_return_if_fail (status <= MR_MEMBER_STATUS_PAID);

  if (self->status == status)
    return;

  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}
