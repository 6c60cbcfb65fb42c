/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mr-vetting.h"

G_BEGIN_DECLS

#define MR_TYPE_SCORE_COMPONENTS (mr_score_components_get_type ())
G_DECLARE_FINAL_TYPE (MrScoreComponents, mr_score_components, MR, SCORE_COMPONENTS, GtkWidget)

/* How the score is made up: each component with its points, its share of the weight and
 * its reason, and the components left out for lack of data with the reason why. */
GtkWidget *mr_score_components_new     (void);
/* @vetting NULL shows nothing. */
void       mr_score_components_show    (MrScoreComponents *self,
                                        const MrVetting   *vetting);
/* The rows shown, for tests: AdwActionRows in component order. */
GtkListBox *mr_score_components_get_list (MrScoreComponents *self);

G_END_DECLS
