/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-moment"

#include "config.h"

#include "mr-moment.h"
#include "mr-enum-types.h"
#include "mr-model-private.h"

struct _MrMoment
{
  GObject         parent_instance;

  gint64          id;
  char           *title;
  MrIntent        intent;
  char           *trigger;
  char           *source;
  GDateTime      *detected_at;
  GDateTime      *respond_by;
  GDateTime      *responded_at;
  MrMomentStatus  status;
  char           *channel;
  char           *notes;
  gint64          campaign_id;
  gint64          creator_id;
};

G_DEFINE_FINAL_TYPE (MrMoment, mr_moment, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_INTENT,
  PROP_TRIGGER,
  PROP_SOURCE,
  PROP_DETECTED_AT,
  PROP_RESPOND_BY,
  PROP_RESPONDED_AT,
  PROP_STATUS,
  PROP_CHANNEL,
  PROP_NOTES,
  PROP_CAMPAIGN_ID,
  PROP_CREATOR_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mr_moment_finalize (GObject *object)
{
  MrMoment *self = MR_MOMENT (object);

  g_clear_pointer (&self->detected_at, g_date_time_unref);
  g_clear_pointer (&self->respond_by, g_date_time_unref);
  g_clear_pointer (&self->responded_at, g_date_time_unref);
  g_free (self->title);
  g_free (self->trigger);
  g_free (self->source);
  g_free (self->channel);
  g_free (self->notes);

  G_OBJECT_CLASS (mr_moment_parent_class)->finalize (object);
}

static void
mr_moment_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  MrMoment *self = MR_MOMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_INTENT:
      g_value_set_enum (value, self->intent);
      break;
    case PROP_TRIGGER:
      g_value_set_string (value, self->trigger);
      break;
    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;
    case PROP_DETECTED_AT:
      g_value_set_boxed (value, self->detected_at);
      break;
    case PROP_RESPOND_BY:
      g_value_set_boxed (value, self->respond_by);
      break;
    case PROP_RESPONDED_AT:
      g_value_set_boxed (value, self->responded_at);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_CHANNEL:
      g_value_set_string (value, self->channel);
      break;
    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;
    case PROP_CAMPAIGN_ID:
      g_value_set_int64 (value, self->campaign_id);
      break;
    case PROP_CREATOR_ID:
      g_value_set_int64 (value, self->creator_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mr_moment_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  MrMoment *self = MR_MOMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      mr_moment_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_TITLE:
      mr_moment_set_title (self, g_value_get_string (value));
      break;
    case PROP_INTENT:
      mr_moment_set_intent (self, g_value_get_enum (value));
      break;
    case PROP_TRIGGER:
      mr_moment_set_trigger (self, g_value_get_string (value));
      break;
    case PROP_SOURCE:
      mr_moment_set_source (self, g_value_get_string (value));
      break;
    case PROP_DETECTED_AT:
      mr_moment_set_detected_at (self, g_value_get_boxed (value));
      break;
    case PROP_RESPOND_BY:
      mr_moment_set_respond_by (self, g_value_get_boxed (value));
      break;
    case PROP_RESPONDED_AT:
      mr_moment_set_responded_at (self, g_value_get_boxed (value));
      break;
    case PROP_STATUS:
      mr_moment_set_status (self, g_value_get_enum (value));
      break;
    case PROP_CHANNEL:
      mr_moment_set_channel (self, g_value_get_string (value));
      break;
    case PROP_NOTES:
      mr_moment_set_notes (self, g_value_get_string (value));
      break;
    case PROP_CAMPAIGN_ID:
      mr_moment_set_campaign_id (self, g_value_get_int64 (value));
      break;
    case PROP_CREATOR_ID:
      mr_moment_set_creator_id (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mr_moment_class_init (MrMomentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mr_moment_finalize;
  object_class->get_property = mr_moment_get_property;
  object_class->set_property = mr_moment_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, MR_PARAM_FLAGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, MR_PARAM_FLAGS);
  properties[PROP_INTENT] =
    g_param_spec_enum ("intent", NULL, NULL,
                       MR_TYPE_INTENT, MR_INTENT_NONE, MR_PARAM_FLAGS);
  properties[PROP_TRIGGER] =
    g_param_spec_string ("trigger", NULL, NULL, NULL, MR_PARAM_FLAGS);
  properties[PROP_SOURCE] =
    g_param_spec_string ("source", NULL, NULL, NULL, MR_PARAM_FLAGS);
  properties[PROP_DETECTED_AT] =
    g_param_spec_boxed ("detected-at", NULL, NULL, G_TYPE_DATE_TIME, MR_PARAM_FLAGS);
  properties[PROP_RESPOND_BY] =
    g_param_spec_boxed ("respond-by", NULL, NULL, G_TYPE_DATE_TIME, MR_PARAM_FLAGS);
  properties[PROP_RESPONDED_AT] =
    g_param_spec_boxed ("responded-at", NULL, NULL, G_TYPE_DATE_TIME, MR_PARAM_FLAGS);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       MR_TYPE_MOMENT_STATUS, MR_MOMENT_STATUS_OPEN, MR_PARAM_FLAGS);
  properties[PROP_CHANNEL] =
    g_param_spec_string ("channel", NULL, NULL, NULL, MR_PARAM_FLAGS);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, NULL, MR_PARAM_FLAGS);
  properties[PROP_CAMPAIGN_ID] =
    g_param_spec_int64 ("campaign-id", NULL, NULL, 0, G_MAXINT64, 0, MR_PARAM_FLAGS);
  properties[PROP_CREATOR_ID] =
    g_param_spec_int64 ("creator-id", NULL, NULL, 0, G_MAXINT64, 0, MR_PARAM_FLAGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mr_moment_init (MrMoment *self)
{
  self->intent = MR_INTENT_NONE;
  self->status = MR_MOMENT_STATUS_OPEN;

  /* Whole seconds, as the database keeps them, so a reloaded moment compares equal. */
  self->detected_at = g_date_time_new_from_unix_local (g_get_real_time () / G_USEC_PER_SEC);
  self->respond_by = g_date_time_add_hours (self->detected_at, 24);
}

MrMoment *
mr_moment_new (const char *title)
{
  return g_object_new (MR_TYPE_MOMENT, "title", title, NULL);
}

gint64
mr_moment_get_id (MrMoment *self)
{
  g_return_val_if_fail (MR_IS_MOMENT (self), 0);

  return self->id;
}

void
mr_moment_set_id (MrMoment *self,
                  gint64    id)
{
  g_return_if_fail (MR_IS_MOMENT (self));
  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
mr_moment_get_title (MrMoment *self)
{
  g_return_val_if_fail (MR_IS_MOMENT (self), NULL);

  return self->title;
}

void
mr_moment_set_title (MrMoment   *self,
                     const char *title)
{
  g_return_if_fail (MR_IS_MOMENT (self));

  if (mr_set_string (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

MrIntent
mr_moment_get_intent (MrMoment *self)
{
  g_return_val_if_fail (MR_IS_MOMENT (self), MR_INTENT_NONE);

  return self->intent;
}

void
mr_moment_set_intent (MrMoment *self,
                      MrIntent  intent)
{
  g_return_if_fail (MR_IS_MOMENT (self));
  g_return_if_fail (intent <= MR_INTENT_BUY);

  if (self->intent == intent)
    return;

  self->intent = intent;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INTENT]);
}

const char *
mr_moment_get_trigger (MrMoment *self)
{
  g_return_val_if_fail (MR_IS_MOMENT (self), NULL);

  return self->trigger;
}

void
mr_moment_set_trigger (MrMoment   *self,
                       const char *trigger)
{
  g_return_if_fail (MR_IS_MOMENT (self));

  if (mr_set_string (&self->trigger, trigger))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRIGGER]);
}

const char *
mr_moment_get_source (MrMoment *self)
{
  g_return_val_if_fail (MR_IS_MOMENT (self), NULL);

  return self->source;
}

void
mr_moment_set_source (MrMoment   *self,
                      const char *source)
{
  g_return_if_fail (MR_IS_MOMENT (self));

  if (mr_set_string (&self->source, source))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE]);
}

GDateTime *
mr_moment_get_detected_at (MrMoment *self)
{
  g_return_val_if_fail (MR_IS_MOMENT (self), NULL);

  return self->detected_at;
}

void
mr_moment_set_detected_at (MrMoment  *self,
                           GDateTime *detected_at)
{
  g_return_if_fail (MR_IS_MOMENT (self));
  g_return_if_fail (detected_at != NULL);

  if (mr_set_date_time (&self->detected_at, detected_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DETECTED_AT]);
}

GDateTime *
mr_moment_get_respond_by (MrMoment *self)
{
  g_return_val_if_fail (MR_IS_MOMENT (self), NULL);

  return self->respond_by;
}

void
mr_moment_set_respond_by (MrMoment  *self,
                          GDateTime *respond_by)
{
  g_return_if_fail (MR_IS_MOMENT (self));
  g_return_if_fail (respond_by != NULL);

  if (mr_set_date_time (&self->respond_by, respond_by))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESPOND_BY]);
}

GDateTime *
mr_moment_get_responded_at (MrMoment *self)
{
  g_return_val_if_fail (MR_IS_MOMENT (self), NULL);

  return self->responded_at;
}

void
mr_moment_set_responded_at (MrMoment  *self,
                            GDateTime *responded_at)
{
  g_return_if_fail (MR_IS_MOMENT (self));

  if (mr_set_date_time (&self->responded_at, responded_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESPONDED_AT]);
}

MrMomentStatus
mr_moment_get_status (MrMoment *self)
{
  g_return_val_if_fail (MR_IS_MOMENT (self), MR_MOMENT_STATUS_OPEN);

  return self->status;
}

void
mr_moment_set_status (MrMoment       *self,
                      MrMomentStatus  status)
{
  g_return_if_fail (MR_IS_MOMENT (self));
  g_return_if_fail (status <= MR_MOMENT_STATUS_DISMISSED);

  if (self->status == status)
    return;

  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

const char *
mr_moment_get_channel (MrMoment *self)
{
  g_return_val_if_fail (MR_IS_MOMENT (self), NULL);

  return self->channel;
}

void
mr_moment_set_channel (MrMoment   *self,
                       const char *channel)
{
  g_return_if_fail (MR_IS_MOMENT (self));

  if (mr_set_string (&self->channel, channel))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHANNEL]);
}

const char *
mr_moment_get_notes (MrMoment *self)
{
  g_return_val_if_fail (MR_IS_MOMENT (self), NULL);

  return self->notes;
}

void
mr_moment_set_notes (MrMoment   *self,
                     const char *notes)
{
  g_return_if_fail (MR_IS_MOMENT (self));

  if (mr_set_string (&self->notes, notes))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}

gint64
mr_moment_get_campaign_id (MrMoment *self)
{
  g_return_val_if_fail (MR_IS_MOMENT (self), 0);

  return self->campaign_id;
}

void
mr_moment_set_campaign_id (MrMoment *self,
                           gint64    campaign_id)
{
  g_return_if_fail (MR_IS_MOMENT (self));
  g_return_if_fail (campaign_id >= 0);

  if (self->campaign_id == campaign_id)
    return;

  self->campaign_id = campaign_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAMPAIGN_ID]);
}

gint64
mr_moment_get_creator_id (MrMoment *self)
{
  g_return_val_if_fail (MR_IS_MOMENT (self), 0);

  return self->creator_id;
}

void
mr_moment_set_creator_id (MrMoment *self,
                          gint64    creator_id)
{
  g_return_if_fail (MR_IS_MOMENT (self));
  g_return_if_fail (creator_id >= 0);

  if (self->creator_id == creator_id)
    return;

  self->creator_id = creator_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATOR_ID]);
}
