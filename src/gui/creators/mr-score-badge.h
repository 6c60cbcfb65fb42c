/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mr-score.h"

G_BEGIN_DECLS

/* The recommendation as a coloured badge: a label whose text says it, so that the colour
 * is never the only cue. Anywhere a score is shown (the page, the list) looks the same. */
GtkWidget *mr_score_badge_new    (void);
void       mr_score_badge_update (GtkLabel         *badge,
                                  MrRecommendation  recommendation);

G_END_DECLS
