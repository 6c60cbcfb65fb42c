/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-creator"

#include "config.h"

#include <math.h>

#include "mr-creator.h"
#include "mr-enum-types.h"
#include "mr-model-private.h"

struct _MrCreator
{
  GObject          parent_instance;

  gint64           id;
  char            *name;
  char            *collate_key;   /* of the name, worked out when first asked for */
  MrCreatorStatus  status;
  char            *niche;
  char            *country;
  char            *language;
  char            *contact;
  char            *notes;
  gint64           primary_account_id;
  GListStore      *accounts;
  MrVetting       *vetting;
};

G_DEFINE_FINAL_TYPE (MrCreator, mr_creator, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_STATUS,
  PROP_NICHE,
  PROP_COUNTRY,
  PROP_LANGUAGE,
  PROP_CONTACT,
  PROP_NOTES,
  PROP_PRIMARY_ACCOUNT_ID,
  PROP_TIER,
  PROP_ENGAGEMENT_RATE,
  PROP_SCORE,
  PROP_RECOMMENDATION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mr_creator_dispose (GObject *object)
{
  MrCreator *self = MR_CREATOR (object);

  g_clear_object (&self->accounts);

  G_OBJECT_CLASS (mr_creator_parent_class)->dispose (object);
}

static void
mr_creator_finalize (GObject *object)
{
  MrCreator *self = MR_CREATOR (object);

  g_free (self->name);
  g_free (self->collate_key);
  g_free (self->niche);
  g_free (self->country);
  g_free (self->language);
  g_free (self->contact);
  g_free (self->notes);
  g_clear_pointer (&self->vetting, mr_vetting_unref);

  G_OBJECT_CLASS (mr_creator_parent_class)->finalize (object);
}

static void
mr_creator_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  MrCreator *self = MR_CREATOR (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_NICHE:
      g_value_set_string (value, self->niche);
      break;
    case PROP_COUNTRY:
      g_value_set_string (value, self->country);
      break;
    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;
    case PROP_CONTACT:
      g_value_set_string (value, self->contact);
      break;
    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;
    case PROP_PRIMARY_ACCOUNT_ID:
      g_value_set_int64 (value, self->primary_account_id);
      break;
    case PROP_TIER:
      g_value_set_string (value, mr_creator_get_tier (self));
      break;
    case PROP_ENGAGEMENT_RATE:
      g_value_set_double (value, mr_creator_get_engagement_rate (self));
      break;
    case PROP_SCORE:
      g_value_set_double (value, mr_creator_get_score (self));
      break;
    case PROP_RECOMMENDATION:
      g_value_set_string (value, mr_creator_get_recommendation (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mr_creator_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  MrCreator *self = MR_CREATOR (object);

  switch (prop_id)
    {
    case PROP_ID:
      mr_creator_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_NAME:
      mr_creator_set_name (self, g_value_get_string (value));
      break;
    case PROP_STATUS:
      mr_creator_set_status (self, g_value_get_enum (value));
      break;
    case PROP_NICHE:
      mr_creator_set_niche (self, g_value_get_string (value));
      break;
    case PROP_COUNTRY:
      mr_creator_set_country (self, g_value_get_string (value));
      break;
    case PROP_LANGUAGE:
      mr_creator_set_language (self, g_value_get_string (value));
      break;
    case PROP_CONTACT:
      mr_creator_set_contact (self, g_value_get_string (value));
      break;
    case PROP_NOTES:
      mr_creator_set_notes (self, g_value_get_string (value));
      break;
    case PROP_PRIMARY_ACCOUNT_ID:
      mr_creator_set_primary_account_id (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mr_creator_class_init (MrCreatorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mr_creator_dispose;
  object_class->finalize = mr_creator_finalize;
  object_class->get_property = mr_creator_get_property;
  object_class->set_property = mr_creator_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, MR_PARAM_FLAGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, MR_PARAM_FLAGS);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       MR_TYPE_CREATOR_STATUS, MR_CREATOR_STATUS_PROSPECT, MR_PARAM_FLAGS);
  properties[PROP_NICHE] =
    g_param_spec_string ("niche", NULL, NULL, NULL, MR_PARAM_FLAGS);
  properties[PROP_COUNTRY] =
    g_param_spec_string ("country", NULL, NULL, NULL, MR_PARAM_FLAGS);
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, NULL, MR_PARAM_FLAGS);
  properties[PROP_CONTACT] =
    g_param_spec_string ("contact", NULL, NULL, NULL, MR_PARAM_FLAGS);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, NULL, MR_PARAM_FLAGS);
  properties[PROP_PRIMARY_ACCOUNT_ID] =
    g_param_spec_int64 ("primary-account-id", NULL, NULL, 0, G_MAXINT64, 0, MR_PARAM_FLAGS);

  /* Read-only: what the metrics make of the creator's primary account. The doubles
   * are NAN when there is no value (the declared default is only a placeholder). */
  properties[PROP_TIER] =
    g_param_spec_string ("tier", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ENGAGEMENT_RATE] =
    g_param_spec_double ("engagement-rate", NULL, NULL, 0.0, G_MAXDOUBLE, 0.0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS |
                         G_PARAM_LAX_VALIDATION);
  properties[PROP_SCORE] =
    g_param_spec_double ("score", NULL, NULL, 0.0, 100.0, 0.0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS |
                         G_PARAM_LAX_VALIDATION);
  properties[PROP_RECOMMENDATION] =
    g_param_spec_string ("recommendation", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mr_creator_init (MrCreator *self)
{
  self->status = MR_CREATOR_STATUS_PROSPECT;
  self->accounts = g_list_store_new (MR_TYPE_ACCOUNT);
}

MrCreator *
mr_creator_new (const char *name)
{
  return g_object_new (MR_TYPE_CREATOR, "name", name, NULL);
}

gint64
mr_creator_get_id (MrCreator *self)
{
  g_return_val_if_fail (MR_IS_CREATOR (self), 0);

  return self->id;
}

void
mr_creator_set_id (MrCreator *self,
                   gint64     id)
{
  g_return_if_fail (MR_IS_CREATOR (self));
  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
mr_creator_get_name (MrCreator *self)
{
  g_return_val_if_fail (MR_IS_CREATOR (self), NULL);

  return self->name;
}

void
mr_creator_set_name (MrCreator  *self,
                     const char *name)
{
  g_return_if_fail (MR_IS_CREATOR (self));

  if (mr_set_string (&self->name, name))
    {
      g_clear_pointer (&self->collate_key, g_free);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
    }
}

/**
 * mr_creator_get_collate_key:
 *
 * The name's collation key (g_utf8_collate_key ()): creators sort by name in the
 * user's language when their keys sort with strcmp (). Worked out once, as the store
 * and the roster both sort by it. Main thread only.
 */
const char *
mr_creator_get_collate_key (MrCreator *self)
{
  g_return_val_if_fail (MR_IS_CREATOR (self), "");

  if (self->collate_key == NULL)
    self->collate_key = g_utf8_collate_key (self->name != NULL ? self->name : "", -1);

  return self->collate_key;
}

MrCreatorStatus
mr_creator_get_status (MrCreator *self)
{
  g_return_val_if_fail (MR_IS_CREATOR (self), MR_CREATOR_STATUS_PROSPECT);

  return self->status;
}

void
mr_creator_set_status (MrCreator       *self,
                       MrCreatorStatus  status)
{
  g_return_if_fail (MR_IS_CREATOR (self));
  g_return_if_fail (status <= MR_CREATOR_STATUS_ALUMNI);

  if (self->status == status)
    return;

  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

const char *
mr_creator_get_niche (MrCreator *self)
{
  g_return_val_if_fail (MR_IS_CREATOR (self), NULL);

  return self->niche;
}

void
mr_creator_set_niche (MrCreator  *self,
                      const char *niche)
{
  g_return_if_fail (MR_IS_CREATOR (self));

  if (mr_set_string (&self->niche, niche))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NICHE]);
}

const char *
mr_creator_get_country (MrCreator *self)
{
  g_return_val_if_fail (MR_IS_CREATOR (self), NULL);

  return self->country;
}

void
mr_creator_set_country (MrCreator  *self,
                        const char *country)
{
  g_return_if_fail (MR_IS_CREATOR (self));

  if (mr_set_string (&self->country, country))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNTRY]);
}

const char *
mr_creator_get_language (MrCreator *self)
{
  g_return_val_if_fail (MR_IS_CREATOR (self), NULL);

  return self->language;
}

void
mr_creator_set_language (MrCreator  *self,
                         const char *language)
{
  g_return_if_fail (MR_IS_CREATOR (self));

  if (mr_set_string (&self->language, language))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

const char *
mr_creator_get_contact (MrCreator *self)
{
  g_return_val_if_fail (MR_IS_CREATOR (self), NULL);

  return self->contact;
}

void
mr_creator_set_contact (MrCreator  *self,
                        const char *contact)
{
  g_return_if_fail (MR_IS_CREATOR (self));

  if (mr_set_string (&self->contact, contact))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTACT]);
}

const char *
mr_creator_get_notes (MrCreator *self)
{
  g_return_val_if_fail (MR_IS_CREATOR (self), NULL);

  return self->notes;
}

void
mr_creator_set_notes (MrCreator  *self,
                      const char *notes)
{
  g_return_if_fail (MR_IS_CREATOR (self));

  if (mr_set_string (&self->notes, notes))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}

gint64
mr_creator_get_primary_account_id (MrCreator *self)
{
  g_return_val_if_fail (MR_IS_CREATOR (self), 0);

  return self->primary_account_id;
}

void
mr_creator_set_primary_account_id (MrCreator *self,
                                   gint64     account_id)
{
  g_return_if_fail (MR_IS_CREATOR (self));
  g_return_if_fail (account_id >= 0);

  if (self->primary_account_id == account_id)
    return;

  self->primary_account_id = account_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRIMARY_ACCOUNT_ID]);
}

/**
 * mr_creator_get_accounts:
 *
 * Returns: (transfer none): a #GListStore of #MrAccount; the store adds and
 *   removes accounts through mr_store_add_account () and mr_store_remove_account ().
 */
GListModel *
mr_creator_get_accounts (MrCreator *self)
{
  g_return_val_if_fail (MR_IS_CREATOR (self), NULL);

  return G_LIST_MODEL (self->accounts);
}

/**
 * mr_creator_get_primary_account:
 *
 * The account the creator's metrics describe: the one marked primary, else the
 * one with the most followers (the first on a tie, unknown counts last).
 *
 * Returns: (transfer none) (nullable): the account, or %NULL when there is none
 */
MrAccount *
mr_creator_get_primary_account (MrCreator *self)
{
  GListModel *accounts;
  MrAccount *best = NULL;
  guint n_items;

  g_return_val_if_fail (MR_IS_CREATOR (self), NULL);

  accounts = G_LIST_MODEL (self->accounts);
  n_items = g_list_model_get_n_items (accounts);

  for (guint i = 0; i < n_items; i++)
    {
      /* The list keeps its own reference, so the result outlives this one. */
      g_autoptr(MrAccount) account = g_list_model_get_item (accounts, i);

      if (self->primary_account_id != 0 && mr_account_get_id (account) == self->primary_account_id)
        return account;

      if (best == NULL || mr_account_get_followers (account) > mr_account_get_followers (best))
        best = account;
    }

  return best;
}

/**
 * mr_creator_get_vetting:
 *
 * Returns: (transfer none) (nullable): what the metrics say about the creator, or
 *   %NULL before the store has computed it
 */
MrVetting *
mr_creator_get_vetting (MrCreator *self)
{
  g_return_val_if_fail (MR_IS_CREATOR (self), NULL);

  return self->vetting;
}

static gboolean
same_double (double a,
             double b)
{
  return a == b || (isnan (a) && isnan (b));
}

/* Replaces the metrics and notifies the properties that changed with them. */
void
mr_creator_set_vetting (MrCreator *self,
                        MrVetting *vetting)
{
  g_autofree char *old_tier = NULL;
  g_autofree char *old_recommendation = NULL;
  double old_rate, old_score;

  g_return_if_fail (MR_IS_CREATOR (self));

  if (self->vetting == vetting)
    return;

  old_tier = g_strdup (mr_creator_get_tier (self));
  old_recommendation = g_strdup (mr_creator_get_recommendation (self));
  old_rate = mr_creator_get_engagement_rate (self);
  old_score = mr_creator_get_score (self);

  g_clear_pointer (&self->vetting, mr_vetting_unref);
  self->vetting = vetting != NULL ? mr_vetting_ref (vetting) : NULL;

  if (g_strcmp0 (old_tier, mr_creator_get_tier (self)) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIER]);
  if (!same_double (old_rate, mr_creator_get_engagement_rate (self)))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENGAGEMENT_RATE]);
  if (!same_double (old_score, mr_creator_get_score (self)))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCORE]);
  if (g_strcmp0 (old_recommendation, mr_creator_get_recommendation (self)) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECOMMENDATION]);
}

/* The tier's stable id ("micro"), or %NULL without a known follower count. */
const char *
mr_creator_get_tier (MrCreator *self)
{
  g_return_val_if_fail (MR_IS_CREATOR (self), NULL);

  return self->vetting != NULL ? mr_tier_to_string (self->vetting->tier) : NULL;
}

/* In percent, on the basis the vetting names; NAN without a value. */
double
mr_creator_get_engagement_rate (MrCreator *self)
{
  g_return_val_if_fail (MR_IS_CREATOR (self), NAN);

  if (self->vetting == NULL || !self->vetting->engagement->has_value)
    return NAN;

  return self->vetting->engagement->rate;
}

/* 0–100, or NAN when no part of the score has data. */
double
mr_creator_get_score (MrCreator *self)
{
  g_return_val_if_fail (MR_IS_CREATOR (self), NAN);

  return self->vetting != NULL ? self->vetting->score->score : NAN;
}

/* "recommended", "review" or "not-recommended"; %NULL without a score. */
const char *
mr_creator_get_recommendation (MrCreator *self)
{
  g_return_val_if_fail (MR_IS_CREATOR (self), NULL);

  if (self->vetting == NULL)
    return NULL;

  return mr_recommendation_to_string (self->vetting->score->recommendation);
}
