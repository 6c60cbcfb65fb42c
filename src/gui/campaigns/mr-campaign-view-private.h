/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mr-budget-chart.h"
#include "mr-campaign-kpis.h"
#include "mr-campaign-view.h"
#include "mr-results-editor.h"

G_BEGIN_DECLS

#define MR_N_MEMBER_STATUSES (MR_MEMBER_STATUS_PAID + 1)

struct _MrCampaignView
{
  GtkWidget             parent_instance;

  MrStore              *store;
  MrCampaign           *campaign;
  GPtrArray            *watched;          /* the members whose changes count */
  guint                 refresh_source;
  gboolean              regroup;          /* a member's status changed */
  GtkFilterListModel   *groups[MR_N_MEMBER_STATUSES];
  AdwPreferencesGroup  *group_widgets[MR_N_MEMBER_STATUSES];
  GtkListBox           *group_lists[MR_N_MEMBER_STATUSES];
  GtkFileChooserNative *chooser;

  GtkWidget            *box;
  GtkLabel             *name_label;
  GtkLabel             *about_label;
  GtkLabel             *dates_label;
  GtkLabel             *status_label;
  GtkStack             *stack;
  MrCampaignKpis       *kpis;
  MrBudgetChart        *budget_chart;
  GtkLabel             *members_count;
  GtkStack             *members_stack;
  GtkBox               *groups_box;
  MrResultsEditor      *results_editor;
};

/* mr-campaign-view.c: figures again, once, soon. */
void mr_campaign_view_schedule_refresh     (MrCampaignView *self);

/* mr-campaign-view-members.c: the members by status; adding, editing, removing them. */
void mr_campaign_view_class_init_members   (GtkWidgetClass *widget_class);
void mr_campaign_view_init_members         (MrCampaignView *self);
void mr_campaign_view_bind_members         (MrCampaignView *self);
void mr_campaign_view_regroup_members      (MrCampaignView *self);
void mr_campaign_view_update_members_count (MrCampaignView *self);

G_END_DECLS
