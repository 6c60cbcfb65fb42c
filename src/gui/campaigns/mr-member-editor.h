/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mr-store.h"

G_BEGIN_DECLS

#define MR_TYPE_MEMBER_EDITOR (mr_member_editor_get_type ())
G_DECLARE_FINAL_TYPE (MrMemberEditor, mr_member_editor, MR, MEMBER_EDITOR, AdwWindow)

/* A campaign member's fee, account, promo code, tracked link and deliverables, stored
 * together when the user saves: all of it, or (when the database refuses) none. */
MrMemberEditor *mr_member_editor_new      (GtkWindow        *parent,
                                           MrStore          *store,
                                           MrCampaign       *campaign,
                                           MrCampaignMember *member);
gboolean        mr_member_editor_can_save (MrMemberEditor   *self);

G_END_DECLS
