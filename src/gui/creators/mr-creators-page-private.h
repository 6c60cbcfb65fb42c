/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mr-creators-page.h"
#include "mr-roster-filter.h"
#include "mr-roster-slots.h"
#include "mr-roster-sorter.h"

G_BEGIN_DECLS

struct _MrCreatorsPage
{
  GtkWidget            parent_instance;

  MrStore             *store;
  GListModel          *model;
  MrRosterSorter      *sorter;
  MrRosterFilter      *filter;
  GtkSortListModel    *sort_model;
  GtkFilterListModel  *filter_model;
  GtkMultiSelection   *selection;
  MrRosterSlots       *slots;
  guint                grow_id;
  gboolean             first_frame_drawn;
  guint                prepare_source;
  guint                n_prepared;
  GSimpleActionGroup  *filter_actions;
  GtkWidget           *creator_view;
  MrCreator           *shown;
  guint                shown_columns;
  guint                columns_source;

  GtkStack            *stack;
  AdwLeaflet          *leaflet;
  GtkWidget           *roster_pane;
  GtkWidget           *creator_pane;
  GtkSearchBar        *search_bar;
  GtkSearchEntry      *search_entry;
  GtkMenuButton       *filter_button;
  GtkLabel            *count_label;
  GtkWidget           *refresh_button;
  GtkStack            *list_stack;
  GtkColumnView       *column_view;
  GtkColumnViewColumn *columns[MR_N_ROSTER_COLUMNS];
  GtkLabel            *title_label;
};

/* mr-creators-page.c */
MrCreator *mr_creators_page_get_shown         (MrCreatorsPage *self);
void       mr_creators_page_show_creator      (MrCreatorsPage *self,
                                               MrCreator      *creator,
                                               gboolean        navigate);
GPtrArray *mr_creators_page_get_selected      (MrCreatorsPage *self);
void       mr_creators_page_select            (MrCreatorsPage *self,
                                               MrCreator      *creator);
/* After the creators changed in a way the list models do not see (an edit). */
void       mr_creators_page_refresh           (MrCreatorsPage *self);

/* mr-creators-page-search.c: the search bar, the filter menu, what the list says. */
void       mr_creators_page_class_init_search (GtkWidgetClass *widget_class);
void       mr_creators_page_init_search       (MrCreatorsPage *self);
void       mr_creators_page_update_list_state (MrCreatorsPage *self);

/* mr-creators-page-actions.c: add, edit, delete with Undo, compare, refresh. */
void       mr_creators_page_class_init_actions (GtkWidgetClass *widget_class);
void       mr_creators_page_update_actions     (MrCreatorsPage *self);

G_END_DECLS
