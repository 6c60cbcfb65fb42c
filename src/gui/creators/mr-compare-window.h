/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mr-creator.h"

G_BEGIN_DECLS

#define MR_TYPE_COMPARE_WINDOW (mr_compare_window_get_type ())
G_DECLARE_FINAL_TYPE (MrCompareWindow, mr_compare_window, MR, COMPARE_WINDOW, AdwWindow)

/* A few creators side by side, to pick between candidates: their tier, reach,
 * engagement against its benchmark, growth, posting, engagement quality, price, score.
 * The best value of each row stands out. */
GtkWindow *mr_compare_window_new (MrCreator **creators,
                                  guint       n_creators);

G_END_DECLS
