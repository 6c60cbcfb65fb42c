/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "mr-enums.h"

G_BEGIN_DECLS

#define MR_TYPE_MOMENT (mr_moment_get_type ())

G_DECLARE_FINAL_TYPE (MrMoment, mr_moment, MR, MOMENT, GObject)

MrMoment      *mr_moment_new              (const char     *title);

gint64         mr_moment_get_id           (MrMoment       *self);
void           mr_moment_set_id           (MrMoment       *self,
                                           gint64          id);
const char    *mr_moment_get_title        (MrMoment       *self);
void           mr_moment_set_title        (MrMoment       *self,
                                           const char     *title);
MrIntent       mr_moment_get_intent       (MrMoment       *self);
void           mr_moment_set_intent       (MrMoment       *self,
                                           MrIntent        intent);
const char    *mr_moment_get_trigger      (MrMoment       *self);
void           mr_moment_set_trigger      (MrMoment       *self,
                                           const char     *trigger);
const char    *mr_moment_get_source       (MrMoment       *self);
void           mr_moment_set_source       (MrMoment       *self,
                                           const char     *source);
GDateTime     *mr_moment_get_detected_at  (MrMoment       *self);
void           mr_moment_set_detected_at  (MrMoment       *self,
                                           GDateTime      *detected_at);
GDateTime     *mr_moment_get_respond_by   (MrMoment       *self);
void           mr_moment_set_respond_by   (MrMoment       *self,
                                           GDateTime      *respond_by);
GDateTime     *mr_moment_get_responded_at (MrMoment       *self);
void           mr_moment_set_responded_at (MrMoment       *self,
                                           GDateTime      *responded_at);
MrMomentStatus mr_moment_get_status       (MrMoment       *self);
void           mr_moment_set_status       (MrMoment       *self,
                                           MrMomentStatus  status);
const char    *mr_moment_get_channel      (MrMoment       *self);
void           mr_moment_set_channel      (MrMoment       *self,
                                           const char     *channel);
const char    *mr_moment_get_notes        (MrMoment       *self);
void           mr_moment_set_notes        (MrMoment       *self,
                                           const char     *notes);
gint64         mr_moment_get_campaign_id  (MrMoment       *self);
void           mr_moment_set_campaign_id  (MrMoment       *self,
                                           gint64          campaign_id);
gint64         mr_moment_get_creator_id   (MrMoment       *self);
void           mr_moment_set_creator_id   (MrMoment       *self,
                                           gint64          creator_id);

G_END_DECLS
