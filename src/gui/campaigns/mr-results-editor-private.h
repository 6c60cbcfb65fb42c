/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mr-results-cell.h"
#include "mr-results-editor.h"
#include "mr-results-item.h"

G_BEGIN_DECLS

/* What mr-results-editor.c (loading, the columns) and mr-results-editor-actions.c
 * (editing, adding, deleting) share. */

struct _MrResultsEditor
{
  GtkWidget            parent_instance;

  MrStore             *store;
  MrCampaign          *campaign;
  GListModel          *members_model;   /* the campaign's, watched for added creators */
  GListStore          *rows;            /* MrResultsItem, by day then creator */
  GPtrArray           *members;         /* MrCampaignMember, in the drop-down's order */
  GtkStringList       *member_names;
  GHashTable          *removals;        /* id → deleted row, for its Undo */
  guint                last_removal;
  /* The figure the message above the table is about; compared, never used. */
  gpointer             problem_item;
  MrResultsField       problem_field;
  /* Above zero while this editor writes: the results-changed it causes is its own. */
  guint                writing;

  GtkListItemFactory  *figure_factories[MR_RESULTS_N_FIELDS];
  GtkColumnViewColumn *revenue_column;
  MrResultsItem       *focus_item;
  guint                focus_tick;
  guint                focus_tries;

  AdwToastOverlay     *toast_overlay;
  GtkMenuButton       *add_button;
  GtkPopover          *add_popover;
  GtkRevealer         *problem_revealer;
  GtkLabel            *problem_title;
  GtkLabel            *problem_label;
  GtkStack            *stack;
  GtkColumnView       *column_view;
  GtkDropDown         *member_drop_down;
  GtkCalendar         *calendar;
  GtkLabel            *add_problem;
};

void mr_results_editor_show_problem       (MrResultsEditor *self,
                                           const char      *title,
                                           const char      *text);
void mr_results_editor_hide_problem       (MrResultsEditor *self);
void mr_results_editor_show_toast         (MrResultsEditor *self,
                                           AdwToast        *toast);
void mr_results_editor_update_state       (MrResultsEditor *self);

void mr_results_editor_removal_free       (gpointer         removal);
void mr_results_editor_cell_edited        (MrResultsCell   *cell,
                                           const char      *text,
                                           MrResultsEditor *self);
void mr_results_editor_add_popover_show   (MrResultsEditor *self);
void mr_results_editor_add_choice_changed (MrResultsEditor *self);
void mr_results_editor_add_confirm        (MrResultsEditor *self);
/* The actions results.remove ((xs): member id, day) and results.undo-remove (u). */
void mr_results_editor_remove             (GtkWidget       *widget,
                                           const char      *action_name,
                                           GVariant        *parameter);
void mr_results_editor_undo_remove        (GtkWidget       *widget,
                                           const char      *action_name,
                                           GVariant        *parameter);

G_END_DECLS
