/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mr-campaign-view.h"
#include "mr-campaigns-page.h"

G_BEGIN_DECLS

struct _MrCampaignsPage
{
  GtkWidget           parent_instance;

  MrStore            *store;
  GListModel         *model;
  GtkCustomFilter    *filter;
  GtkCustomSorter    *sorter;
  GtkFilterListModel *filter_model;
  GtkSortListModel   *sort_model;
  GtkSingleSelection *selection;
  MrCampaign         *shown;
  gboolean            show_archived;
  guint               refresh_source;

  GtkStack           *stack;
  AdwLeaflet         *leaflet;
  GtkWidget          *list_pane;
  GtkWidget          *campaign_pane;
  GtkLabel           *count_label;
  GtkStack           *list_stack;
  GtkListView        *list_view;
  GtkMenuButton      *menu_button;
  GtkStack           *pane_stack;
  MrCampaignView     *campaign_view;    /* made when a campaign is first shown */
};

/* mr-campaigns-page.c */
/* After the campaigns changed in a way the list models do not see (an edit). */
void mr_campaigns_page_refresh            (MrCampaignsPage *self);

/* mr-campaigns-page-actions.c: new, edit, archive, delete with Undo, reports. */
void mr_campaigns_page_class_init_actions (GtkWidgetClass  *widget_class);
void mr_campaigns_page_init_actions       (MrCampaignsPage *self);
void mr_campaigns_page_update_actions     (MrCampaignsPage *self);

G_END_DECLS
