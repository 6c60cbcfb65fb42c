/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-account"

#include "config.h"

#include "mr-account.h"
#include "mr-enum-types.h"
#include "mr-model-private.h"

struct _MrAccount
{
  GObject     parent_instance;

  gint64      id;
  gint64      creator_id;
  MrPlatform  platform;
  char       *handle;
  char       *url;
  gint64      followers;
  gint64      following;
  gint64      posts;
  GDateTime  *updated_at;
};

G_DEFINE_FINAL_TYPE (MrAccount, mr_account, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CREATOR_ID,
  PROP_PLATFORM,
  PROP_HANDLE,
  PROP_URL,
  PROP_FOLLOWERS,
  PROP_FOLLOWING,
  PROP_POSTS,
  PROP_UPDATED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mr_account_finalize (GObject *object)
{
  MrAccount *self = MR_ACCOUNT (object);

  g_clear_pointer (&self->updated_at, g_date_time_unref);
  g_free (self->handle);
  g_free (self->url);

  G_OBJECT_CLASS (mr_account_parent_class)->finalize (object);
}

static void
mr_account_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  MrAccount *self = MR_ACCOUNT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_CREATOR_ID:
      g_value_set_int64 (value, self->creator_id);
      break;
    case PROP_PLATFORM:
      g_value_set_enum (value, self->platform);
      break;
    case PROP_HANDLE:
      g_value_set_string (value, self->handle);
      break;
    case PROP_URL:
      g_value_set_string (value, self->url);
      break;
    case PROP_FOLLOWERS:
      g_value_set_int64 (value, self->followers);
      break;
    case PROP_FOLLOWING:
      g_value_set_int64 (value, self->following);
      break;
    case PROP_POSTS:
      g_value_set_int64 (value, self->posts);
      break;
    case PROP_UPDATED_AT:
      g_value_set_boxed (value, self->updated_at);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mr_account_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  MrAccount *self = MR_ACCOUNT (object);

  switch (prop_id)
    {
    case PROP_ID:
      mr_account_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_CREATOR_ID:
      mr_account_set_creator_id (self, g_value_get_int64 (value));
      break;
    case PROP_PLATFORM:
      mr_account_set_platform (self, g_value_get_enum (value));
      break;
    case PROP_HANDLE:
      mr_account_set_handle (self, g_value_get_string (value));
      break;
    case PROP_URL:
      mr_account_set_url (self, g_value_get_string (value));
      break;
    case PROP_FOLLOWERS:
      mr_account_set_followers (self, g_value_get_int64 (value));
      break;
    case PROP_FOLLOWING:
      mr_account_set_following (self, g_value_get_int64 (value));
      break;
    case PROP_POSTS:
      mr_account_set_posts (self, g_value_get_int64 (value));
      break;
    case PROP_UPDATED_AT:
      mr_account_set_updated_at (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mr_account_class_init (MrAccountClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mr_account_finalize;
  object_class->get_property = mr_account_get_property;
  object_class->set_property = mr_account_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, MR_PARAM_FLAGS);
  properties[PROP_CREATOR_ID] =
    g_param_spec_int64 ("creator-id", NULL, NULL, 0, G_MAXINT64, 0, MR_PARAM_FLAGS);
  properties[PROP_PLATFORM] =
    g_param_spec_enum ("platform", NULL, NULL,
                       MR_TYPE_PLATFORM, MR_PLATFORM_OTHER, MR_PARAM_FLAGS);
  properties[PROP_HANDLE] =
    g_param_spec_string ("handle", NULL, NULL, NULL, MR_PARAM_FLAGS);
  properties[PROP_URL] =
    g_param_spec_string ("url", NULL, NULL, NULL, MR_PARAM_FLAGS);
  properties[PROP_FOLLOWERS] =
    g_param_spec_int64 ("followers", NULL, NULL,
                        MR_UNKNOWN_COUNT, G_MAXINT64, MR_UNKNOWN_COUNT, MR_PARAM_FLAGS);
  properties[PROP_FOLLOWING] =
    g_param_spec_int64 ("following", NULL, NULL,
                        MR_UNKNOWN_COUNT, G_MAXINT64, MR_UNKNOWN_COUNT, MR_PARAM_FLAGS);
  properties[PROP_POSTS] =
    g_param_spec_int64 ("posts", NULL, NULL,
                        MR_UNKNOWN_COUNT, G_MAXINT64, MR_UNKNOWN_COUNT, MR_PARAM_FLAGS);
  properties[PROP_UPDATED_AT] =
    g_param_spec_boxed ("updated-at", NULL, NULL, G_TYPE_DATE_TIME, MR_PARAM_FLAGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mr_account_init (MrAccount *self)
{
  self->platform = MR_PLATFORM_OTHER;
  self->followers = MR_UNKNOWN_COUNT;
  self->following = MR_UNKNOWN_COUNT;
  self->posts = MR_UNKNOWN_COUNT;
}

MrAccount *
mr_account_new (MrPlatform  platform,
                const char *handle)
{
  return g_object_new (MR_TYPE_ACCOUNT, "platform", platform, "handle", handle, NULL);
}

gint64
mr_account_get_id (MrAccount *self)
{
  g_return_val_if_fail (MR_IS_ACCOUNT (self), 0);

  return self->id;
}

void
mr_account_set_id (MrAccount *self,
                   gint64     id)
{
  g_return_if_fail (MR_IS_ACCOUNT (self));
  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
mr_account_get_creator_id (MrAccount *self)
{
  g_return_val_if_fail (MR_IS_ACCOUNT (self), 0);

  return self->creator_id;
}

void
mr_account_set_creator_id (MrAccount *self,
                           gint64     creator_id)
{
  g_return_if_fail (MR_IS_ACCOUNT (self));
  g_return_if_fail (creator_id >= 0);

  if (self->creator_id == creator_id)
    return;

  self->creator_id = creator_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATOR_ID]);
}

MrPlatform
mr_account_get_platform (MrAccount *self)
{
  g_return_val_if_fail (MR_IS_ACCOUNT (self), MR_PLATFORM_OTHER);

  return self->platform;
}

void
mr_account_set_platform (MrAccount  *self,
                         MrPlatform  platform)
{
  g_return_if_fail (MR_IS_ACCOUNT (self));
  g_return_if_fail (platform <= MR_PLATFORM_OTHER);

  if (self->platform == platform)
    return;

  self->platform = platform;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLATFORM]);
}

const char *
mr_account_get_handle (MrAccount *self)
{
  g_return_val_if_fail (MR_IS_ACCOUNT (self), NULL);

  return self->handle;
}

void
mr_account_set_handle (MrAccount  *self,
                       const char *handle)
{
  g_return_if_fail (MR_IS_ACCOUNT (self));

  if (mr_set_string (&self->handle, handle))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HANDLE]);
}

const char *
mr_account_get_url (MrAccount *self)
{
  g_return_val_if_fail (MR_IS_ACCOUNT (self), NULL);

  return self->url;
}

void
mr_account_set_url (MrAccount  *self,
                    const char *url)
{
  g_return_if_fail (MR_IS_ACCOUNT (self));

  if (mr_set_string (&self->url, url))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_URL]);
}

gint64
mr_account_get_followers (MrAccount *self)
{
  g_return_val_if_fail (MR_IS_ACCOUNT (self), MR_UNKNOWN_COUNT);

  return self->followers;
}

void
mr_account_set_followers (MrAccount *self,
                          gint64     followers)
{
  g_return_if_fail (MR_IS_ACCOUNT (self));
  g_return_if_fail (followers >= MR_UNKNOWN_COUNT);

  if (self->followers == followers)
    return;

  self->followers = followers;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOLLOWERS]);
}

gint64
mr_account_get_following (MrAccount *self)
{
  g_return_val_if_fail (MR_IS_ACCOUNT (self), MR_UNKNOWN_COUNT);

  return self->following;
}

void
mr_account_set_following (MrAccount *self,
                          gint64     following)
{
  g_return_if_fail (MR_IS_ACCOUNT (self));
  g_return_if_fail (following >= MR_UNKNOWN_COUNT);

  if (self->following == following)
    return;

  self->following = following;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOLLOWING]);
}

gint64
mr_account_get_posts (MrAccount *self)
{
  g_return_val_if_fail (MR_IS_ACCOUNT (self), MR_UNKNOWN_COUNT);

  return self->posts;
}

void
mr_account_set_posts (MrAccount *self,
                      gint64     posts)
{
  g_return_if_fail (MR_IS_ACCOUNT (self));
  g_return_if_fail (posts >= MR_UNKNOWN_COUNT);

  if (self->posts == posts)
    return;

  self->posts = posts;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSTS]);
}

GDateTime *
mr_account_get_updated_at (MrAccount *self)
{
  g_return_val_if_fail (MR_IS_ACCOUNT (self), NULL);

  return self->updated_at;
}

void
mr_account_set_updated_at (MrAccount *self,
                           GDateTime *updated_at)
{
  g_return_if_fail (MR_IS_ACCOUNT (self));

  if (mr_set_date_time (&self->updated_at, updated_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATED_AT]);
}
