/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-deliverable"

#include "config.h"

#include "mr-deliverable.h"
#include "mr-model-private.h"

struct _MrDeliverable
{
  GObject   parent_instance;

  gint64    id;
  gint64    member_id;
  char     *title;
  char     *due_date;
  gboolean  done;
};

G_DEFINE_FINAL_TYPE (MrDeliverable, mr_deliverable, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_MEMBER_ID,
  PROP_TITLE,
  PROP_DUE_DATE,
  PROP_DONE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mr_deliverable_finalize (GObject *object)
{
  MrDeliverable *self = MR_DELIVERABLE (object);

  g_free (self->title);
  g_free (self->due_date);

  G_OBJECT_CLASS (mr_deliverable_parent_class)->finalize (object);
}

static void
mr_deliverable_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  MrDeliverable *self = MR_DELIVERABLE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_MEMBER_ID:
      g_value_set_int64 (value, self->member_id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_DUE_DATE:
      g_value_set_string (value, self->due_date);
      break;
    case PROP_DONE:
      g_value_set_boolean (value, self->done);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mr_deliverable_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  MrDeliverable *self = MR_DELIVERABLE (object);

  switch (prop_id)
    {
    case PROP_ID:
      mr_deliverable_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_MEMBER_ID:
      mr_deliverable_set_member_id (self, g_value_get_int64 (value));
      break;
    case PROP_TITLE:
      mr_deliverable_set_title (self, g_value_get_string (value));
      break;
    case PROP_DUE_DATE:
      mr_deliverable_set_due_date (self, g_value_get_string (value));
      break;
    case PROP_DONE:
      mr_deliverable_set_done (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mr_deliverable_class_init (MrDeliverableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mr_deliverable_finalize;
  object_class->get_property = mr_deliverable_get_property;
  object_class->set_property = mr_deliverable_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, MR_PARAM_FLAGS);
  properties[PROP_MEMBER_ID] =
    g_param_spec_int64 ("member-id", NULL, NULL, 0, G_MAXINT64, 0, MR_PARAM_FLAGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, MR_PARAM_FLAGS);
  properties[PROP_DUE_DATE] =
    g_param_spec_string ("due-date", NULL, NULL, NULL, MR_PARAM_FLAGS);
  properties[PROP_DONE] =
    g_param_spec_boolean ("done", NULL, NULL, FALSE, MR_PARAM_FLAGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mr_deliverable_init (MrDeliverable *self)
{
}

MrDeliverable *
mr_deliverable_new (const char *title)
{
  return g_object_new (MR_TYPE_DELIVERABLE, "title", title, NULL);
}

gint64
mr_deliverable_get_id (MrDeliverable *self)
{
  g_return_val_if_fail (MR_IS_DELIVERABLE (self), 0);

  return self->id;
}

void
mr_deliverable_set_id (MrDeliverable *self,
                       gint64         id)
{
  g_return_if_fail (MR_IS_DELIVERABLE (self));
  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
mr_deliverable_get_member_id (MrDeliverable *self)
{
  g_return_val_if_fail (MR_IS_DELIVERABLE (self), 0);

  return self->member_id;
}

void
mr_deliverable_set_member_id (MrDeliverable *self,
                              gint64         member_id)
{
  g_return_if_fail (MR_IS_DELIVERABLE (self));
  g_return_if_fail (member_id >= 0);

  if (self->member_id == member_id)
    return;

  self->member_id = member_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEMBER_ID]);
}

const char *
mr_deliverable_get_title (MrDeliverable *self)
{
  g_return_val_if_fail (MR_IS_DELIVERABLE (self), NULL);

  return self->title;
}

void
mr_deliverable_set_title (MrDeliverable *self,
                          const char    *title)
{
  g_return_if_fail (MR_IS_DELIVERABLE (self));

  if (mr_set_string (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
mr_deliverable_get_due_date (MrDeliverable *self)
{
  g_return_val_if_fail (MR_IS_DELIVERABLE (self), NULL);

  return self->due_date;
}

void
mr_deliverable_set_due_date (MrDeliverable *self,
                             const char    *due_date)
{
  g_return_if_fail (MR_IS_DELIVERABLE (self));

  if (mr_set_string (&self->due_date, due_date != NULL && due_date[0] != '\0' ? due_date : NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DUE_DATE]);
}

gboolean
mr_deliverable_get_done (MrDeliverable *self)
{
  g_return_val_if_fail (MR_IS_DELIVERABLE (self), FALSE);

  return self->done;
}

void
mr_deliverable_set_done (MrDeliverable *self,
                         gboolean       done)
{
  g_return_if_fail (MR_IS_DELIVERABLE (self));

  done = !!done;
  if (self->done == done)
    return;

  self->done = done;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DONE]);
}
