/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mr-score.h"

G_BEGIN_DECLS

#define MR_TYPE_SCORE_VIEW (mr_score_view_get_type ())
G_DECLARE_FINAL_TYPE (MrScoreView, mr_score_view, MR, SCORE_VIEW, GtkWidget)

/* The verdict at the top of a creator's page: the score 0–100, the recommendation as a
 * badge, and the sentence that says what the score rests on and what was left out. */
GtkWidget  *mr_score_view_new          (void);
/* @score NULL: no figures at all. */
void        mr_score_view_show         (MrScoreView   *self,
                                        const MrScore *score);
const char *mr_score_view_get_score    (MrScoreView   *self);
const char *mr_score_view_get_badge    (MrScoreView   *self);
const char *mr_score_view_get_summary  (MrScoreView   *self);

G_END_DECLS
