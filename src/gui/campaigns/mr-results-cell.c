/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-results-cell"

#include "config.h"

#include <glib/gi18n.h>

#include "mr-results-cell.h"

struct _MrResultsCell
{
  GtkWidget       parent_instance;

  MrResultsField  field;
  MrResultsItem  *item;
  GtkEntry       *entry;
  char           *shown;      /* the text the cell last showed: what "unchanged" means */
};

G_DEFINE_FINAL_TYPE (MrResultsCell, mr_results_cell, GTK_TYPE_WIDGET)

enum {
  SIGNAL_EDITED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

GtkWidget *
mr_results_cell_new (MrResultsField field)
{
  MrResultsCell *self;

  g_return_val_if_fail (field < MR_RESULTS_N_FIELDS, NULL);

  self = g_object_new (MR_TYPE_RESULTS_CELL, NULL);
  self->field = field;
  /* Room for a day's 1,234,567 and for an amount with cents; longer text scrolls. */
  gtk_editable_set_width_chars (GTK_EDITABLE (self->entry),
                                field == MR_RESULTS_FIELD_REVENUE ? 9 : 7);

  return GTK_WIDGET (self);
}

MrResultsField
mr_results_cell_get_field (MrResultsCell *self)
{
  g_return_val_if_fail (MR_IS_RESULTS_CELL (self), MR_RESULTS_N_FIELDS);

  return self->field;
}

MrResultsItem *
mr_results_cell_get_item (MrResultsCell *self)
{
  g_return_val_if_fail (MR_IS_RESULTS_CELL (self), NULL);

  return self->item;
}

GtkEditable *
mr_results_cell_get_entry (MrResultsCell *self)
{
  g_return_val_if_fail (MR_IS_RESULTS_CELL (self), NULL);

  return GTK_EDITABLE (self->entry);
}

static void
update_accessible (MrResultsCell *self)
{
  const char *reason = NULL;
  g_autofree char *day = NULL;
  g_autofree char *name = NULL;

  if (self->item == NULL)
    return;

  day = mr_results_item_format_day (self->item);
  /* Translators: a cell of the results table read aloud: the figure, the creator and
   * the day, as in "Clicks, Lotte Jansen, 3 March 2025". */
  name = g_strdup_printf (C_("result cell", "%1$s, %2$s, %3$s"),
                          mr_results_field_get_title (self->field),
                          mr_results_item_get_creator_name (self->item), day);
  reason = mr_results_item_get_refused_reason (self->item, self->field);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  reason != NULL ? reason : "",
                                  -1);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->entry),
                               GTK_ACCESSIBLE_STATE_INVALID,
                               reason != NULL ? GTK_ACCESSIBLE_INVALID_TRUE
                                              : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);
}

static void
refresh (MrResultsCell *self)
{
  const char *refused = NULL;
  const char *reason = NULL;

  g_clear_pointer (&self->shown, g_free);
  if (self->item != NULL)
    {
      refused = mr_results_item_get_refused_text (self->item, self->field);
      reason = mr_results_item_get_refused_reason (self->item, self->field);
      self->shown = refused != NULL ? g_strdup (refused)
                                    : mr_results_item_format (self->item, self->field);
    }
  else
    self->shown = g_strdup ("");

  /* Untouched text keeps its selection: Tab into a cell selects it for typing over. */
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->entry)), self->shown) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->entry), self->shown);
  /* Not colour alone: the refused figure also carries a warning sign with its reason. */
  if (refused != NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->entry), "error");
      gtk_entry_set_icon_from_icon_name (self->entry, GTK_ENTRY_ICON_SECONDARY,
                                         "dialog-warning-symbolic");
      gtk_entry_set_icon_tooltip_text (self->entry, GTK_ENTRY_ICON_SECONDARY, reason);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->entry), reason);
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->entry), "error");
      gtk_entry_set_icon_from_icon_name (self->entry, GTK_ENTRY_ICON_SECONDARY, NULL);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->entry), NULL);
    }
  update_accessible (self);
}

void
mr_results_cell_set_item (MrResultsCell *self,
                          MrResultsItem *item)
{
  g_return_if_fail (MR_IS_RESULTS_CELL (self));
  g_return_if_fail (item == NULL || MR_IS_RESULTS_ITEM (item));

  if (self->item == item)
    return;

  if (self->item != NULL)
    g_signal_handlers_disconnect_by_data (self->item, self);
  g_set_object (&self->item, item);
  if (item != NULL)
    g_signal_connect_swapped (item, "changed", G_CALLBACK (refresh), self);
  refresh (self);
}

static void
commit (MrResultsCell *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->entry));

  if (self->item == NULL || g_strcmp0 (text, self->shown) == 0)
    return;

  g_signal_emit (self, signals[SIGNAL_EDITED], 0, text);
}

static void
on_activate (MrResultsCell *self)
{
  commit (self);
}

static void
on_focus_leave (MrResultsCell *self)
{
  commit (self);
}

static gboolean
on_key_pressed (MrResultsCell   *self,
                guint            keyval,
                guint            keycode,
                GdkModifierType  state)
{
  if (keyval != GDK_KEY_Escape || self->item == NULL)
    return FALSE;

  /* Escape takes back what was typed; a refused figure goes back to the stored one. */
  if (mr_results_item_get_refused_text (self->item, self->field) != NULL)
    {
      mr_results_item_set_refused (self->item, self->field, NULL, NULL);
      return TRUE;
    }
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->entry)), self->shown) != 0)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->entry), self->shown);
      return TRUE;
    }
  return FALSE;
}

static void
mr_results_cell_dispose (GObject *object)
{
  MrResultsCell *self = MR_RESULTS_CELL (object);

  if (self->item != NULL)
    g_signal_handlers_disconnect_by_data (self->item, self);
  g_clear_object (&self->item);
  if (self->entry != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->entry));
  self->entry = NULL;

  G_OBJECT_CLASS (mr_results_cell_parent_class)->dispose (object);
}

static void
mr_results_cell_finalize (GObject *object)
{
  MrResultsCell *self = MR_RESULTS_CELL (object);

  g_free (self->shown);

  G_OBJECT_CLASS (mr_results_cell_parent_class)->finalize (object);
}

static gboolean
mr_results_cell_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (MR_RESULTS_CELL (widget)->entry));
}

static void
mr_results_cell_class_init (MrResultsCellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mr_results_cell_dispose;
  object_class->finalize = mr_results_cell_finalize;
  widget_class->grab_focus = mr_results_cell_grab_focus;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  /**
   * MrResultsCell::edited:
   * @text: what the user typed
   *
   * The user committed a changed figure; the handler stores or refuses it.
   */
  signals[SIGNAL_EDITED] =
    g_signal_new ("edited", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
mr_results_cell_init (MrResultsCell *self)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->entry = GTK_ENTRY (gtk_entry_new ());
  gtk_widget_set_parent (GTK_WIDGET (self->entry), GTK_WIDGET (self));
  gtk_entry_set_has_frame (self->entry, FALSE);
  gtk_editable_set_alignment (GTK_EDITABLE (self->entry), 1.0);
  /* An empty cell is a figure not known, which the app writes as a dash. */
  gtk_entry_set_placeholder_text (self->entry, "—");
  gtk_widget_add_css_class (GTK_WIDGET (self->entry), "numeric");
  g_signal_connect_swapped (self->entry, "activate", G_CALLBACK (on_activate), self);

  g_signal_connect_swapped (focus, "leave", G_CALLBACK (on_focus_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self->entry), focus);
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self->entry), keys);
}
