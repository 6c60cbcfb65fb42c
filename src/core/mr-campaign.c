/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-campaign"

#include "config.h"

#include "mr-campaign.h"
#include "mr-enum-types.h"
#include "mr-model-private.h"

struct _MrCampaign
{
  GObject         parent_instance;

  gint64          id;
  char           *name;
  char           *brand;
  MrCampaignGoal  goal;
  MrCampaignKind  kind;
  char           *platforms;
  char           *start_date;
  char           *end_date;
  double          budget;
  char           *currency;
  double          target_roas;
  double          target_ctr_min;
  double          target_ctr_max;
  char           *notes;
  gboolean        archived;
  GListStore     *members;
};

G_DEFINE_FINAL_TYPE (MrCampaign, mr_campaign, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_BRAND,
  PROP_GOAL,
  PROP_KIND,
  PROP_PLATFORMS,
  PROP_START_DATE,
  PROP_END_DATE,
  PROP_BUDGET,
  PROP_CURRENCY,
  PROP_TARGET_ROAS,
  PROP_TARGET_CTR_MIN,
  PROP_TARGET_CTR_MAX,
  PROP_NOTES,
  PROP_ARCHIVED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mr_campaign_dispose (GObject *object)
{
  MrCampaign *self = MR_CAMPAIGN (object);

  g_clear_object (&self->members);

  G_OBJECT_CLASS (mr_campaign_parent_class)->dispose (object);
}

static void
mr_campaign_finalize (GObject *object)
{
  MrCampaign *self = MR_CAMPAIGN (object);

  g_free (self->name);
  g_free (self->brand);
  g_free (self->platforms);
  g_free (self->start_date);
  g_free (self->end_date);
  g_free (self->currency);
  g_free (self->notes);

  G_OBJECT_CLASS (mr_campaign_parent_class)->finalize (object);
}

static void
mr_campaign_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  MrCampaign *self = MR_CAMPAIGN (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_BRAND:
      g_value_set_string (value, self->brand);
      break;
    case PROP_GOAL:
      g_value_set_enum (value, self->goal);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_PLATFORMS:
      g_value_set_string (value, self->platforms);
      break;
    case PROP_START_DATE:
      g_value_set_string (value, self->start_date);
      break;
    case PROP_END_DATE:
      g_value_set_string (value, self->end_date);
      break;
    case PROP_BUDGET:
      g_value_set_double (value, self->budget);
      break;
    case PROP_CURRENCY:
      g_value_set_string (value, self->currency);
      break;
    case PROP_TARGET_ROAS:
      g_value_set_double (value, self->target_roas);
      break;
    case PROP_TARGET_CTR_MIN:
      g_value_set_double (value, self->target_ctr_min);
      break;
    case PROP_TARGET_CTR_MAX:
      g_value_set_double (value, self->target_ctr_max);
      break;
    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;
    case PROP_ARCHIVED:
      g_value_set_boolean (value, self->archived);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mr_campaign_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  MrCampaign *self = MR_CAMPAIGN (object);

  switch (prop_id)
    {
    case PROP_ID:
      mr_campaign_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_NAME:
      mr_campaign_set_name (self, g_value_get_string (value));
      break;
    case PROP_BRAND:
      mr_campaign_set_brand (self, g_value_get_string (value));
      break;
    case PROP_GOAL:
      mr_campaign_set_goal (self, g_value_get_enum (value));
      break;
    case PROP_KIND:
      mr_campaign_set_kind (self, g_value_get_enum (value));
      break;
    case PROP_PLATFORMS:
      mr_campaign_set_platforms (self, g_value_get_string (value));
      break;
    case PROP_START_DATE:
      mr_campaign_set_start_date (self, g_value_get_string (value));
      break;
    case PROP_END_DATE:
      mr_campaign_set_end_date (self, g_value_get_string (value));
      break;
    case PROP_BUDGET:
      mr_campaign_set_budget (self, g_value_get_double (value));
      break;
    case PROP_CURRENCY:
      mr_campaign_set_currency (self, g_value_get_string (value));
      break;
    case PROP_TARGET_ROAS:
      mr_campaign_set_target_roas (self, g_value_get_double (value));
      break;
    case PROP_TARGET_CTR_MIN:
      mr_campaign_set_target_ctr_min (self, g_value_get_double (value));
      break;
    case PROP_TARGET_CTR_MAX:
      mr_campaign_set_target_ctr_max (self, g_value_get_double (value));
      break;
    case PROP_NOTES:
      mr_campaign_set_notes (self, g_value_get_string (value));
      break;
    case PROP_ARCHIVED:
      mr_campaign_set_archived (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mr_campaign_class_init (MrCampaignClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mr_campaign_dispose;
  object_class->finalize = mr_campaign_finalize;
  object_class->get_property = mr_campaign_get_property;
  object_class->set_property = mr_campaign_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, MR_PARAM_FLAGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, MR_PARAM_FLAGS);
  properties[PROP_BRAND] =
    g_param_spec_string ("brand", NULL, NULL, NULL, MR_PARAM_FLAGS);
  properties[PROP_GOAL] =
    g_param_spec_enum ("goal", NULL, NULL,
                       MR_TYPE_CAMPAIGN_GOAL, MR_CAMPAIGN_GOAL_AWARENESS, MR_PARAM_FLAGS);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       MR_TYPE_CAMPAIGN_KIND, MR_CAMPAIGN_KIND_PILOT, MR_PARAM_FLAGS);
  properties[PROP_PLATFORMS] =
    g_param_spec_string ("platforms", NULL, NULL, NULL, MR_PARAM_FLAGS);
  properties[PROP_START_DATE] =
    g_param_spec_string ("start-date", NULL, NULL, NULL, MR_PARAM_FLAGS);
  properties[PROP_END_DATE] =
    g_param_spec_string ("end-date", NULL, NULL, NULL, MR_PARAM_FLAGS);
  properties[PROP_BUDGET] =
    g_param_spec_double ("budget", NULL, NULL,
                         0.0, G_MAXDOUBLE, 0.0, MR_PARAM_FLAGS_NAN);
  properties[PROP_CURRENCY] =
    g_param_spec_string ("currency", NULL, NULL, "EUR", MR_PARAM_FLAGS);
  properties[PROP_TARGET_ROAS] =
    g_param_spec_double ("target-roas", NULL, NULL,
                         0.0, G_MAXDOUBLE, 3.0, MR_PARAM_FLAGS);
  properties[PROP_TARGET_CTR_MIN] =
    g_param_spec_double ("target-ctr-min", NULL, NULL,
                         0.0, 100.0, 2.0, MR_PARAM_FLAGS);
  properties[PROP_TARGET_CTR_MAX] =
    g_param_spec_double ("target-ctr-max", NULL, NULL,
                         0.0, 100.0, 5.0, MR_PARAM_FLAGS);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, NULL, MR_PARAM_FLAGS);
  properties[PROP_ARCHIVED] =
    g_param_spec_boolean ("archived", NULL, NULL, FALSE, MR_PARAM_FLAGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mr_campaign_init (MrCampaign *self)
{
  self->goal = MR_CAMPAIGN_GOAL_AWARENESS;
  self->kind = MR_CAMPAIGN_KIND_PILOT;
  self->budget = NAN;
  self->currency = g_strdup ("EUR");
  self->target_roas = 3.0;
  self->target_ctr_min = 2.0;
  self->target_ctr_max = 5.0;
  self->members = g_list_store_new (MR_TYPE_CAMPAIGN_MEMBER);
}

MrCampaign *
mr_campaign_new (const char *name)
{
  return g_object_new (MR_TYPE_CAMPAIGN, "name", name, NULL);
}

gint64
mr_campaign_get_id (MrCampaign *self)
{
  g_return_val_if_fail (MR_IS_CAMPAIGN (self), 0);

  return self->id;
}

void
mr_campaign_set_id (MrCampaign *self,
                    gint64      id)
{
  g_return_if_fail (MR_IS_CAMPAIGN (self));
  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
mr_campaign_get_name (MrCampaign *self)
{
  g_return_val_if_fail (MR_IS_CAMPAIGN (self), NULL);

  return self->name;
}

void
mr_campaign_set_name (MrCampaign *self,
                      const char *name)
{
  g_return_if_fail (MR_IS_CAMPAIGN (self));

  if (mr_set_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
mr_campaign_get_brand (MrCampaign *self)
{
  g_return_val_if_fail (MR_IS_CAMPAIGN (self), NULL);

  return self->brand;
}

void
mr_campaign_set_brand (MrCampaign *self,
                       const char *brand)
{
  g_return_if_fail (MR_IS_CAMPAIGN (self));

  if (mr_set_string (&self->brand, brand))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BRAND]);
}

MrCampaignGoal
mr_campaign_get_goal (MrCampaign *self)
{
  g_return_val_if_fail (MR_IS_CAMPAIGN (self), MR_CAMPAIGN_GOAL_AWARENESS);

  return self->goal;
}

void
mr_campaign_set_goal (MrCampaign     *self,
                      MrCampaignGoal  goal)
{
  g_return_if_fail (MR_IS_CAMPAIGN (self));
  g_return_if_fail (goal <= MR_CAMPAIGN_GOAL_CONVERSIONS);

  if (self->goal == goal)
    return;

  self->goal = goal;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GOAL]);
}

MrCampaignKind
mr_campaign_get_kind (MrCampaign *self)
{
  g_return_val_if_fail (MR_IS_CAMPAIGN (self), MR_CAMPAIGN_KIND_PILOT);

  return self->kind;
}

void
mr_campaign_set_kind (MrCampaign     *self,
                      MrCampaignKind  kind)
{
  g_return_if_fail (MR_IS_CAMPAIGN (self));
  g_return_if_fail (kind <= MR_CAMPAIGN_KIND_LONG_TERM);

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

const char *
mr_campaign_get_platforms (MrCampaign *self)
{
  g_return_val_if_fail (MR_IS_CAMPAIGN (self), NULL);

  return self->platforms;
}

void
mr_campaign_set_platforms (MrCampaign *self,
                           const char *platforms)
{
  g_return_if_fail (MR_IS_CAMPAIGN (self));

  if (mr_set_string (&self->platforms, platforms))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLATFORMS]);
}

const char *
mr_campaign_get_start_date (MrCampaign *self)
{
  g_return_val_if_fail (MR_IS_CAMPAIGN (self), NULL);

  return self->start_date;
}

void
mr_campaign_set_start_date (MrCampaign *self,
                            const char *start_date)
{
  g_return_if_fail (MR_IS_CAMPAIGN (self));

  if (mr_set_string (&self->start_date, start_date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START_DATE]);
}

const char *
mr_campaign_get_end_date (MrCampaign *self)
{
  g_return_val_if_fail (MR_IS_CAMPAIGN (self), NULL);

  return self->end_date;
}

void
mr_campaign_set_end_date (MrCampaign *self,
                          const char *end_date)
{
  g_return_if_fail (MR_IS_CAMPAIGN (self));

  if (mr_set_string (&self->end_date, end_date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END_DATE]);
}

double
mr_campaign_get_budget (MrCampaign *self)
{
  g_return_val_if_fail (MR_IS_CAMPAIGN (self), NAN);

  return self->budget;
}

void
mr_campaign_set_budget (MrCampaign *self,
                        double      budget)
{
  g_return_if_fail (MR_IS_CAMPAIGN (self));
  g_return_if_fail (isnan (budget) || budget >= 0.0);

  if (mr_set_double (&self->budget, budget))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUDGET]);
}

const char *
mr_campaign_get_currency (MrCampaign *self)
{
  g_return_val_if_fail (MR_IS_CAMPAIGN (self), NULL);

  return self->currency;
}

void
mr_campaign_set_currency (MrCampaign *self,
                          const char *currency)
{
  g_return_if_fail (MR_IS_CAMPAIGN (self));

  if (mr_set_string (&self->currency, currency))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENCY]);
}

double
mr_campaign_get_target_roas (MrCampaign *self)
{
  g_return_val_if_fail (MR_IS_CAMPAIGN (self), NAN);

  return self->target_roas;
}

void
mr_campaign_set_target_roas (MrCampaign *self,
                             double      target_roas)
{
  g_return_if_fail (MR_IS_CAMPAIGN (self));
  g_return_if_fail (target_roas >= 0.0 && target_roas <= G_MAXDOUBLE);

  if (self->target_roas == target_roas)
    return;

  self->target_roas = target_roas;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TARGET_ROAS]);
}

double
mr_campaign_get_target_ctr_min (MrCampaign *self)
{
  g_return_val_if_fail (MR_IS_CAMPAIGN (self), NAN);

  return self->target_ctr_min;
}

void
mr_campaign_set_target_ctr_min (MrCampaign *self,
                                double      target_ctr_min)
{
  g_return_if_fail (MR_IS_CAMPAIGN (self));
  g_return_if_fail (target_ctr_min >= 0.0 && target_ctr_min <= 100.0);

  if (self->target_ctr_min == target_ctr_min)
    return;

  self->target_ctr_min = target_ctr_min;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TARGET_CTR_MIN]);
}

double
mr_campaign_get_target_ctr_max (MrCampaign *self)
{
  g_return_val_if_fail (MR_IS_CAMPAIGN (self), NAN);

  return self->target_ctr_max;
}

void
mr_campaign_set_target_ctr_max (MrCampaign *self,
                                double      target_ctr_max)
{
  g_return_if_fail (MR_IS_CAMPAIGN (self));
  g_return_if_fail (target_ctr_max >= 0.0 && target_ctr_max <= 100.0);

  if (self->target_ctr_max == target_ctr_max)
    return;

  self->target_ctr_max = target_ctr_max;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TARGET_CTR_MAX]);
}

const char *
mr_campaign_get_notes (MrCampaign *self)
{
  g_return_val_if_fail (MR_IS_CAMPAIGN (self), NULL);

  return self->notes;
}

void
mr_campaign_set_notes (MrCampaign *self,
                       const char *notes)
{
  g_return_if_fail (MR_IS_CAMPAIGN (self));

  if (mr_set_string (&self->notes, notes))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}

gboolean
mr_campaign_get_archived (MrCampaign *self)
{
  g_return_val_if_fail (MR_IS_CAMPAIGN (self), FALSE);

  return self->archived;
}

void
mr_campaign_set_archived (MrCampaign *self,
                          gboolean    archived)
{
  g_return_if_fail (MR_IS_CAMPAIGN (self));

  archived = !!archived;

  if (self->archived == archived)
    return;

  self->archived = archived;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARCHIVED]);
}

/**
 * mr_campaign_get_members:
 *
 * Returns: (transfer none): a #GListStore of #MrCampaignMember; the store adds and
 *   removes members through mr_store_add_member () and mr_store_remove_member ().
 */
GListModel *
mr_campaign_get_members (MrCampaign *self)
{
  g_return_val_if_fail (MR_IS_CAMPAIGN (self), NULL);

  return G_LIST_MODEL (self->members);
}
