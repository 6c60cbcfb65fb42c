/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mr-store.h"

G_BEGIN_DECLS

#define MR_TYPE_ADD_MEMBERS_DIALOG (mr_add_members_dialog_get_type ())
G_DECLARE_FINAL_TYPE (MrAddMembersDialog, mr_add_members_dialog, MR, ADD_MEMBERS_DIALOG, AdwWindow)

/* Picks creators from the roster for @campaign: search by name, handle or niche, tick
 * several, add them all at once (invited, no fee yet). Emits
 * MrAddMembersDialog::added (guint n_added) once they are stored, then closes. */
MrAddMembersDialog *mr_add_members_dialog_new          (GtkWindow          *parent,
                                                        MrStore            *store,
                                                        MrCampaign         *campaign);
guint               mr_add_members_dialog_get_n_chosen (MrAddMembersDialog *self);

G_END_DECLS
