/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mr-activity-chart.h"
#include "mr-moments-page.h"

G_BEGIN_DECLS

struct _MrMomentsPage
{
  GtkWidget            parent_instance;

  MrStore             *store;
  GSettings           *settings;        /* NULL without an installed schema */
  GDateTime           *now;             /* what the countdowns count from */
  guint                tick_source;     /* the page's one timer, while it is mapped */
  guint                alert_source;    /* the next two-hours-left notification */
  GHashTable          *warned;          /* ids of moments already warned about */

  GCancellable        *loading;         /* the series being read, or NULL */
  gboolean             open_on_load;
  GPtrArray           *series;          /* MrSearchSeries of the last read, or NULL */
  GPtrArray           *audiences;       /* MrAccount per item of audience_row */
  gboolean             audience_stale;  /* to be listed again when the page shows */

  GtkCustomFilter     *pending_filter;
  GtkCustomFilter     *history_filter;
  GtkCustomSorter     *deadline_sorter;

  GtkStack            *stack;
  GtkListBox          *pending_list;
  AdwPreferencesGroup *history_group;
  GtkListBox          *history_list;
  AdwPreferencesGroup *searches_group;
  GtkListBox          *searches_list;
  AdwComboRow         *audience_row;
  GtkWidget           *activity_card;
  MrActivityChart     *activity_chart;
  GtkLabel            *audience_label;
};

/* mr-moments-page.c: the clock, the lists and what they show. */
void      mr_moments_page_refresh          (MrMomentsPage  *self);
MrMoment *mr_moments_page_find             (MrMomentsPage  *self,
                                            gint64          id);
void      mr_moments_page_toast            (MrMomentsPage  *self,
                                            AdwToast       *toast);

/* mr-moments-page-actions.c: Respond, Dismiss, Undo, Edit, New; the notifications. */
void      mr_moments_page_class_init_actions (GtkWidgetClass *widget_class);
void      mr_moments_page_notify_opened    (MrMomentsPage  *self,
                                            GPtrArray      *opened);
void      mr_moments_page_schedule_alerts  (MrMomentsPage  *self);

/* mr-moments-page-demand.c: the series and their spikes, the audience's hours. */
void      mr_moments_page_load_series      (MrMomentsPage  *self,
                                            gboolean        open_moments);
void      mr_moments_page_show_audience    (MrMomentsPage  *self);
void      mr_moments_page_update_audience  (MrMomentsPage  *self);
void      mr_moments_page_watch_settings   (MrMomentsPage  *self);

G_END_DECLS
