/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-results-editor"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "mr-accessible.h"
#include "mr-feedback.h"
#include "mr-metrics-types.h"
#include "mr-results-editor-private.h"

/* What the user does in the results editor: edit a figure, add a row for a creator
 * and a day, delete a row and take it back. */

/* How many frames a new row may take to appear before its first cell gets the focus. */
#define FOCUS_TRIES 30

/* A deleted row, kept for its Undo. */
typedef struct
{
  MrCampaignMember *member;
  char             *creator_name;
  MrResultRow       row;
} Removal;

void
mr_results_editor_removal_free (gpointer data)
{
  Removal *removal = data;

  g_clear_object (&removal->member);
  g_free (removal->creator_name);
  g_free (removal);
}

/* ── Editing a figure ───────────────────────────────────────────────────────────── */

static gboolean
same_row (const MrResultRow *a,
          const MrResultRow *b)
{
  return a->impressions == b->impressions && a->reach == b->reach && a->clicks == b->clicks &&
         a->conversions == b->conversions && a->engagements == b->engagements &&
         ((isnan (a->revenue) && isnan (b->revenue)) || a->revenue == b->revenue);
}

static void
refuse (MrResultsEditor *self,
        MrResultsItem   *item,
        MrResultsField   field,
        const char      *text,
        const char      *reason)
{
  g_autofree char *day = mr_results_item_format_day (item);
  g_autofree char *title = NULL;

  mr_results_item_set_refused (item, field, text, reason);
  /* Translators: %1$s is a figure ("Clicks"), %2$s a creator, %3$s a day. */
  title = g_strdup_printf (_("%1$s of %2$s on %3$s not saved"),
                           mr_results_field_get_title (field),
                           mr_results_item_get_creator_name (item), day);
  mr_results_editor_show_problem (self, title, reason);
  self->problem_item = item;
  self->problem_field = field;
}

void
mr_results_editor_cell_edited (MrResultsCell   *cell,
                               const char      *text,
                               MrResultsEditor *self)
{
  MrResultsItem *item = mr_results_cell_get_item (cell);
  MrResultsField field = mr_results_cell_get_field (cell);
  MrResultRow row = *mr_results_item_get_row (item);
  g_autoptr(GError) error = NULL;
  gboolean saved;

  if (self->store == NULL)
    return;

  if (!mr_results_field_parse (field, text, &row, &error))
    {
      refuse (self, item, field, text, error->message);
      return;
    }

  /* "1250" for 1,250: nothing to store, the cell shows it the usual way again. */
  if (same_row (&row, mr_results_item_get_row (item)))
    {
      mr_results_item_set_refused (item, field, NULL, NULL);
      if (self->problem_item == item && self->problem_field == field)
        mr_results_editor_hide_problem (self);
      return;
    }

  self->writing++;
  saved = mr_store_save_result (self->store, mr_results_item_get_member (item), &row, &error);
  self->writing--;
  if (!saved)
    {
      refuse (self, item, field, text, error->message);
      return;
    }

  mr_results_item_set_refused (item, field, NULL, NULL);
  mr_results_item_set_row (item, &row);
  /* Another cell's message stays until that cell is put right. */
  if (self->problem_item == item && self->problem_field == field)
    mr_results_editor_hide_problem (self);
}

/* ── Adding a row ───────────────────────────────────────────────────────────────── */

static MrResultsItem *
find_row (MrResultsEditor *self,
          gint64           member_id,
          const char      *date)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->rows)); i++)
    {
      g_autoptr(MrResultsItem) item = g_list_model_get_item (G_LIST_MODEL (self->rows), i);

      if (mr_campaign_member_get_id (mr_results_item_get_member (item)) == member_id &&
          g_str_equal (mr_results_item_get_date (item), date))
        return item;
    }
  return NULL;
}

static MrResultsCell *
find_cell (GtkWidget      *widget,
           MrResultsItem  *item,
           MrResultsField  field)
{
  if (MR_IS_RESULTS_CELL (widget))
    {
      MrResultsCell *cell = MR_RESULTS_CELL (widget);

      return mr_results_cell_get_item (cell) == item && mr_results_cell_get_field (cell) == field
             ? cell : NULL;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      MrResultsCell *cell = find_cell (child, item, field);

      if (cell != NULL)
        return cell;
    }
  return NULL;
}

static gboolean
focus_when_shown (GtkWidget     *widget,
                  GdkFrameClock *clock,
                  gpointer       user_data)
{
  MrResultsEditor *self = MR_RESULTS_EDITOR (widget);
  MrResultsCell *cell = find_cell (GTK_WIDGET (self->column_view), self->focus_item,
                                   MR_RESULTS_FIELD_IMPRESSIONS);

  if (cell == NULL && ++self->focus_tries < FOCUS_TRIES)
    return G_SOURCE_CONTINUE;

  if (cell != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (cell));
  g_clear_object (&self->focus_item);
  self->focus_tick = 0;
  return G_SOURCE_REMOVE;
}

/* Brings the row into view and puts the cursor in its first figure. */
static void
focus_row (MrResultsEditor *self,
           MrResultsItem   *item)
{
  guint position;

  if (!g_list_store_find (self->rows, item, &position))
    return;

  /* The column view scrolls through its list view's action (4.8 has no call for it). */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      gtk_widget_activate_action (child, "list.scroll-to-item", "u", position);

  g_set_object (&self->focus_item, item);
  self->focus_tries = 0;
  if (self->focus_tick == 0)
    self->focus_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), focus_when_shown,
                                                     NULL, NULL);
}

void
mr_results_editor_add_popover_show (MrResultsEditor *self)
{
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();

  gtk_calendar_select_day (self->calendar, today);
  gtk_widget_set_visible (GTK_WIDGET (self->add_problem), FALSE);
}

void
mr_results_editor_add_choice_changed (MrResultsEditor *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->add_problem), FALSE);
  mr_accessible_name_drop_down (self->member_drop_down, _("Creator"));
}

void
mr_results_editor_add_confirm (MrResultsEditor *self)
{
  guint index = gtk_drop_down_get_selected (self->member_drop_down);
  g_autoptr(GDateTime) day = gtk_calendar_get_date (self->calendar);
  g_autoptr(MrResultsItem) item = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *date = g_date_time_format (day, "%Y-%m-%d");
  MrCampaignMember *member;
  const char *name;
  MrResultRow row;
  MrResultsItem *existing;
  gboolean saved;

  if (self->store == NULL || index >= self->members->len)
    return;

  member = g_ptr_array_index (self->members, index);
  name = gtk_string_list_get_string (self->member_names, index);
  existing = find_row (self, mr_campaign_member_get_id (member), date);
  if (existing != NULL)
    {
      g_autofree char *when = mr_results_item_format_day (existing);
      g_autofree char *message = NULL;

      /* Translators: %1$s is a creator, %2$s a day. */
      message = g_strdup_printf (_("%1$s already has a row for %2$s: change its figures in "
                                   "the table, or choose another day."), name, when);
      gtk_label_set_text (self->add_problem, message);
      gtk_widget_set_visible (GTK_WIDGET (self->add_problem), TRUE);
      return;
    }

  g_strlcpy (row.date, date, sizeof row.date);
  row.impressions = row.reach = row.clicks = MR_METRIC_UNKNOWN;
  row.conversions = row.engagements = MR_METRIC_UNKNOWN;
  row.revenue = NAN;

  self->writing++;
  saved = mr_store_save_result (self->store, member, &row, &error);
  self->writing--;
  if (!saved)
    {
      gtk_label_set_text (self->add_problem, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->add_problem), TRUE);
      return;
    }

  item = mr_results_item_new (member, name, &row);
  g_list_store_insert_sorted (self->rows, item, mr_results_item_compare, NULL);
  gtk_popover_popdown (self->add_popover);
  mr_results_editor_update_state (self);
  focus_row (self, item);
}

/* ── Deleting a row, and Undo ───────────────────────────────────────────────────── */

void
mr_results_editor_remove (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  MrResultsEditor *self = MR_RESULTS_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *day = NULL;
  g_autofree char *title = NULL;
  MrResultsItem *item;
  const char *date;
  gint64 member_id;
  Removal *removal;
  AdwToast *toast;
  guint position;
  gboolean removed;

  g_variant_get (parameter, "(x&s)", &member_id, &date);
  item = find_row (self, member_id, date);
  if (self->store == NULL || item == NULL)
    return;

  self->writing++;
  removed = mr_store_remove_result (self->store, mr_results_item_get_member (item), date, &error);
  self->writing--;
  day = mr_results_item_format_day (item);
  if (!removed)
    {
      /* Translators: %1$s is a creator, %2$s a day. */
      title = g_strdup_printf (_("The row of %1$s on %2$s was not deleted"),
                               mr_results_item_get_creator_name (item), day);
      mr_results_editor_show_problem (self, title, error->message);
      return;
    }

  removal = g_new0 (Removal, 1);
  removal->member = g_object_ref (mr_results_item_get_member (item));
  removal->creator_name = g_strdup (mr_results_item_get_creator_name (item));
  removal->row = *mr_results_item_get_row (item);
  g_hash_table_insert (self->removals, GUINT_TO_POINTER (++self->last_removal), removal);

  if (g_list_store_find (self->rows, item, &position))
    g_list_store_remove (self->rows, position);
  mr_results_editor_update_state (self);

  /* Translators: a toast; %1$s is a creator, %2$s a day. */
  title = g_strdup_printf (_("Deleted the row of %1$s on %2$s"), removal->creator_name, day);
  toast = mr_feedback_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "results.undo-remove");
  adw_toast_set_action_target_value (toast, g_variant_new_uint32 (self->last_removal));
  mr_results_editor_show_toast (self, toast);
}

void
mr_results_editor_undo_remove (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  MrResultsEditor *self = MR_RESULTS_EDITOR (widget);
  gpointer key = GUINT_TO_POINTER (g_variant_get_uint32 (parameter));
  Removal *removal = g_hash_table_lookup (self->removals, key);
  g_autoptr(GError) error = NULL;
  MrResultsItem *existing;
  gboolean saved;

  if (removal == NULL || self->store == NULL)
    return;

  self->writing++;
  saved = mr_store_save_result (self->store, removal->member, &removal->row, &error);
  self->writing--;
  if (!saved)
    {
      mr_results_editor_show_problem (self, _("The row could not be brought back"),
                                      error->message);
      return;
    }

  existing = find_row (self, mr_campaign_member_get_id (removal->member), removal->row.date);
  if (existing != NULL)
    mr_results_item_set_row (existing, &removal->row);
  else if (g_ptr_array_find (self->members, removal->member, NULL))
    {
      g_autoptr(MrResultsItem) item = mr_results_item_new (removal->member, removal->creator_name,
                                                           &removal->row);

      g_list_store_insert_sorted (self->rows, item, mr_results_item_compare, NULL);
    }
  g_hash_table_remove (self->removals, key);
  mr_results_editor_update_state (self);
}
