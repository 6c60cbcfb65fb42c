/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "mr-enums.h"

G_BEGIN_DECLS

#define MR_TYPE_ACCOUNT (mr_account_get_type ())

G_DECLARE_FINAL_TYPE (MrAccount, mr_account, MR, ACCOUNT, GObject)

MrAccount  *mr_account_new            (MrPlatform  platform,
                                       const char *handle);

gint64      mr_account_get_id         (MrAccount  *self);
void        mr_account_set_id         (MrAccount  *self,
                                       gint64      id);
gint64      mr_account_get_creator_id (MrAccount  *self);
void        mr_account_set_creator_id (MrAccount  *self,
                                       gint64      creator_id);
MrPlatform  mr_account_get_platform   (MrAccount  *self);
void        mr_account_set_platform   (MrAccount  *self,
                                       MrPlatform  platform);
const char *mr_account_get_handle     (MrAccount  *self);
void        mr_account_set_handle     (MrAccount  *self,
                                       const char *handle);
const char *mr_account_get_url        (MrAccount  *self);
void        mr_account_set_url        (MrAccount  *self,
                                       const char *url);
gint64      mr_account_get_followers  (MrAccount  *self);
void        mr_account_set_followers  (MrAccount  *self,
                                       gint64      followers);
gint64      mr_account_get_following  (MrAccount  *self);
void        mr_account_set_following  (MrAccount  *self,
                                       gint64      following);
gint64      mr_account_get_posts      (MrAccount  *self);
void        mr_account_set_posts      (MrAccount  *self,
                                       gint64      posts);
GDateTime  *mr_account_get_updated_at (MrAccount  *self);
void        mr_account_set_updated_at (MrAccount  *self,
                                       GDateTime  *updated_at);

G_END_DECLS
