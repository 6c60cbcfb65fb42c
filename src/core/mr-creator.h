/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "mr-account.h"
#include "mr-vetting.h"
#include "mr-enums.h"

G_BEGIN_DECLS

#define MR_TYPE_CREATOR (mr_creator_get_type ())

G_DECLARE_FINAL_TYPE (MrCreator, mr_creator, MR, CREATOR, GObject)

MrCreator       *mr_creator_new                    (const char      *name);

gint64           mr_creator_get_id                 (MrCreator       *self);
void             mr_creator_set_id                 (MrCreator       *self,
                                                    gint64           id);
const char      *mr_creator_get_name               (MrCreator       *self);
const char      *mr_creator_get_collate_key        (MrCreator       *self);
void             mr_creator_set_name               (MrCreator       *self,
                                                    const char      *name);
MrCreatorStatus  mr_creator_get_status             (MrCreator       *self);
void             mr_creator_set_status             (MrCreator       *self,
                                                    MrCreatorStatus  status);
const char      *mr_creator_get_niche              (MrCreator       *self);
void             mr_creator_set_niche              (MrCreator       *self,
                                                    const char      *niche);
const char      *mr_creator_get_country            (MrCreator       *self);
void             mr_creator_set_country            (MrCreator       *self,
                                                    const char      *country);
const char      *mr_creator_get_language           (MrCreator       *self);
void             mr_creator_set_language           (MrCreator       *self,
                                                    const char      *language);
const char      *mr_creator_get_contact            (MrCreator       *self);
void             mr_creator_set_contact            (MrCreator       *self,
                                                    const char      *contact);
const char      *mr_creator_get_notes              (MrCreator       *self);
void             mr_creator_set_notes              (MrCreator       *self,
                                                    const char      *notes);
gint64           mr_creator_get_primary_account_id (MrCreator       *self);
void             mr_creator_set_primary_account_id (MrCreator       *self,
                                                    gint64           account_id);

GListModel      *mr_creator_get_accounts           (MrCreator       *self);
MrAccount       *mr_creator_get_primary_account    (MrCreator       *self);

MrVetting       *mr_creator_get_vetting            (MrCreator       *self);
void             mr_creator_set_vetting            (MrCreator       *self,
                                                    MrVetting       *vetting);
const char      *mr_creator_get_tier               (MrCreator       *self);
double           mr_creator_get_engagement_rate    (MrCreator       *self);
double           mr_creator_get_score              (MrCreator       *self);
const char      *mr_creator_get_recommendation     (MrCreator       *self);

G_END_DECLS
