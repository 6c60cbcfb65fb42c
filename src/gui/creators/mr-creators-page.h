/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mr-store.h"

G_BEGIN_DECLS

#define MR_TYPE_CREATORS_PAGE (mr_creators_page_get_type ())
G_DECLARE_FINAL_TYPE (MrCreatorsPage, mr_creators_page, MR, CREATORS_PAGE, GtkWidget)

/* Where adding, editing and deleting creators go; without it the page only lists. */
void mr_creators_page_set_store    (MrCreatorsPage *self,
                                    MrStore        *store);
/* The creators to list: the store's mr_store_get_creators (). Set once. */
void mr_creators_page_set_model    (MrCreatorsPage *self,
                                    GListModel     *model);
/* Opens the Add Creator dialog. */
void mr_creators_page_add_creator  (MrCreatorsPage *self);

G_END_DECLS
