/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mr-store.h"

G_BEGIN_DECLS

#define MR_TYPE_MEMBER_ROW (mr_member_row_get_type ())
G_DECLARE_FINAL_TYPE (MrMemberRow, mr_member_row, MR, MEMBER_ROW, GtkListBoxRow)

/* A creator in a campaign: who, on which account, for what fee, what is due next, and
 * where they are in the pipeline; the status drop-down stores a change at once. Emits
 * MrMemberRow::edit and MrMemberRow::remove for the view to act on. */
GtkWidget        *mr_member_row_new        (MrStore          *store,
                                            MrCampaign       *campaign,
                                            MrCampaignMember *member);
MrCampaignMember *mr_member_row_get_member (MrMemberRow      *self);
void              mr_member_row_focus_status (MrMemberRow    *self);

/* "Reel due 3 December", "Reel was due 3 December" (@overdue), or what else is true of
 * the member's deliverables; the caller frees it. @today is a Julian day. */
char             *mr_member_describe_next_due (MrCampaignMember *member,
                                               guint32           today,
                                               gboolean         *overdue);
/* "TikTok @lotte.bakt": the account the member takes part with, else the creator's main
 * one; NULL when the creator has none. */
char             *mr_member_describe_account  (MrCampaignMember *member,
                                               MrCreator        *creator);
MrCreator        *mr_member_find_creator      (MrStore          *store,
                                               MrCampaignMember *member);

G_END_DECLS
