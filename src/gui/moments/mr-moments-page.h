/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mr-store.h"

G_BEGIN_DECLS

#define MR_TYPE_MOMENTS_PAGE (mr_moments_page_get_type ())
G_DECLARE_FINAL_TYPE (MrMomentsPage, mr_moments_page, MR, MOMENTS_PAGE, GtkWidget)

/* The store's moments: those to answer by deadline with the time left, the history with
 * response times, the searches that spiked, when the audience is online. Setting the
 * store looks for spikes (as at every start); the page's "send-notification" signal
 * (id, GNotification) tells of a moment that opens and of one two hours from its
 * deadline, and by default sends it through the application. */
void mr_moments_page_set_store (MrMomentsPage *self,
                                MrStore       *store);
/* After an import: look for spikes in what came in, and show it. */
void mr_moments_page_detect    (MrMomentsPage *self);

G_END_DECLS
