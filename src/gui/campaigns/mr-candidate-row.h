/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mr-creator.h"

G_BEGIN_DECLS

#define MR_TYPE_CANDIDATE_ROW (mr_candidate_row_get_type ())
G_DECLARE_FINAL_TYPE (MrCandidateRow, mr_candidate_row, MR, CANDIDATE_ROW, GtkWidget)

/* A creator of the roster in the Add Members dialog: a check box to pick them, with what
 * helps to choose (niche, main account, tier, followers); a creator already in the
 * campaign is shown ticked and cannot be picked again. Emits MrCandidateRow::toggled
 * when the user ticks or unticks the box. */
GtkWidget *mr_candidate_row_new         (void);
MrCreator *mr_candidate_row_get_creator (MrCandidateRow *self);
void       mr_candidate_row_show        (MrCandidateRow *self,
                                         MrCreator      *creator,
                                         gboolean        chosen,
                                         gboolean        member);
gboolean   mr_candidate_row_get_chosen  (MrCandidateRow *self);

G_END_DECLS
