/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mr-creator.h"
#include "mr-store.h"

G_BEGIN_DECLS

#define MR_TYPE_CREATOR_VIEW (mr_creator_view_get_type ())
G_DECLARE_FINAL_TYPE (MrCreatorView, mr_creator_view, MR, CREATOR_VIEW, GtkWidget)

/* One creator's page: who they are, their metrics with reasons, charts, checklist. */
GtkWidget *mr_creator_view_new         (void);
void       mr_creator_view_set_store   (MrCreatorView *self,
                                        MrStore       *store);
/* NULL shows nothing selected. */
void       mr_creator_view_set_creator (MrCreatorView *self,
                                        MrCreator     *creator);
MrCreator *mr_creator_view_get_creator (MrCreatorView *self);
/* For tests: the page's drop target, which imports files for the creator shown. */
GtkDropTarget *mr_creator_view_get_drop_target (MrCreatorView *self);

G_END_DECLS
