/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-deliverable-row"

#include "config.h"

#include <glib/gi18n.h>

#include "mr-campaign-format.h"
#include "mr-date-button.h"
#include "mr-deliverable-row.h"

struct _MrDeliverableRow
{
  GtkListBoxRow   parent_instance;

  MrDeliverable  *deliverable;

  GtkCheckButton *done_check;
  GtkEntry       *title_entry;
  GtkEntry       *due_entry;
  GtkLabel       *error_label;
};

G_DEFINE_FINAL_TYPE (MrDeliverableRow, mr_deliverable_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  SIGNAL_CHANGED,
  SIGNAL_REMOVE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
entry_text (GtkEntry *entry)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));

  return text[0] != '\0' ? g_steal_pointer (&text) : NULL;
}

MrDeliverable *
mr_deliverable_row_get_deliverable (MrDeliverableRow *self)
{
  g_return_val_if_fail (MR_IS_DELIVERABLE_ROW (self), NULL);

  return self->deliverable;
}

char *
mr_deliverable_row_dup_title (MrDeliverableRow *self)
{
  g_return_val_if_fail (MR_IS_DELIVERABLE_ROW (self), NULL);

  return entry_text (self->title_entry);
}

char *
mr_deliverable_row_dup_due_date (MrDeliverableRow *self)
{
  g_return_val_if_fail (MR_IS_DELIVERABLE_ROW (self), NULL);

  return entry_text (self->due_entry);
}

gboolean
mr_deliverable_row_get_done (MrDeliverableRow *self)
{
  g_return_val_if_fail (MR_IS_DELIVERABLE_ROW (self), FALSE);

  return gtk_check_button_get_active (self->done_check);
}

gboolean
mr_deliverable_row_is_blank (MrDeliverableRow *self)
{
  g_autofree char *title = NULL;
  g_autofree char *due = NULL;

  g_return_val_if_fail (MR_IS_DELIVERABLE_ROW (self), FALSE);

  title = entry_text (self->title_entry);
  due = entry_text (self->due_entry);
  return self->deliverable == NULL && title == NULL && due == NULL;
}

gboolean
mr_deliverable_row_check (MrDeliverableRow *self)
{
  g_autofree char *title = NULL;
  g_autofree char *due = NULL;
  const char *message = NULL;

  g_return_val_if_fail (MR_IS_DELIVERABLE_ROW (self), FALSE);

  title = entry_text (self->title_entry);
  due = entry_text (self->due_entry);

  if (due != NULL && !mr_campaign_parse_date (due, NULL))
    message = _("Write the due day as year-month-day, like 2024-06-15, or pick it from the calendar.");
  else if (title == NULL && !mr_deliverable_row_is_blank (self))
    message = _("Say what is to be delivered, such as “1 Reel”.");

  if (due != NULL && !mr_campaign_parse_date (due, NULL))
    gtk_widget_add_css_class (GTK_WIDGET (self->due_entry), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->due_entry), "error");

  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
  return message == NULL;
}

static void
on_changed (MrDeliverableRow *self)
{
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

static void
on_remove_clicked (MrDeliverableRow *self)
{
  g_signal_emit (self, signals[SIGNAL_REMOVE], 0);
}

GtkWidget *
mr_deliverable_row_new (MrDeliverable *deliverable)
{
  MrDeliverableRow *self;

  g_return_val_if_fail (deliverable == NULL || MR_IS_DELIVERABLE (deliverable), NULL);

  self = g_object_new (MR_TYPE_DELIVERABLE_ROW, NULL);
  if (deliverable != NULL)
    {
      const char *due = mr_deliverable_get_due_date (deliverable);

      self->deliverable = g_object_ref (deliverable);
      gtk_editable_set_text (GTK_EDITABLE (self->title_entry), mr_deliverable_get_title (deliverable));
      gtk_editable_set_text (GTK_EDITABLE (self->due_entry), due != NULL ? due : "");
      gtk_check_button_set_active (self->done_check, mr_deliverable_get_done (deliverable));
    }

  g_signal_connect_swapped (self->title_entry, "changed", G_CALLBACK (on_changed), self);
  g_signal_connect_swapped (self->due_entry, "changed", G_CALLBACK (on_changed), self);
  g_signal_connect_swapped (self->done_check, "toggled", G_CALLBACK (on_changed), self);

  return GTK_WIDGET (self);
}

static void
mr_deliverable_row_dispose (GObject *object)
{
  MrDeliverableRow *self = MR_DELIVERABLE_ROW (object);

  g_clear_object (&self->deliverable);

  G_OBJECT_CLASS (mr_deliverable_row_parent_class)->dispose (object);
}

static void
mr_deliverable_row_class_init (MrDeliverableRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mr_deliverable_row_dispose;

  signals[SIGNAL_CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[SIGNAL_REMOVE] = g_signal_new ("remove", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
mr_deliverable_row_init (MrDeliverableRow *self)
{
  GtkWidget *outer = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *due_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *remove;

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), FALSE);
  gtk_widget_set_margin_top (outer, 6);
  gtk_widget_set_margin_bottom (outer, 6);
  gtk_widget_set_margin_start (outer, 6);
  gtk_widget_set_margin_end (outer, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), outer);
  gtk_box_append (GTK_BOX (outer), line);

  self->done_check = GTK_CHECK_BUTTON (gtk_check_button_new ());
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->done_check), _("Delivered"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->done_check),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Delivered"), -1);
  gtk_box_append (GTK_BOX (line), GTK_WIDGET (self->done_check));

  self->title_entry = GTK_ENTRY (gtk_entry_new ());
  gtk_widget_set_hexpand (GTK_WIDGET (self->title_entry), TRUE);
  gtk_entry_set_placeholder_text (self->title_entry, _("What, such as 1 Reel"));
  gtk_editable_set_width_chars (GTK_EDITABLE (self->title_entry), 8);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->title_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Deliverable"), -1);
  gtk_box_append (GTK_BOX (line), GTK_WIDGET (self->title_entry));

  gtk_widget_add_css_class (due_box, "linked");
  gtk_box_append (GTK_BOX (line), due_box);
  self->due_entry = GTK_ENTRY (gtk_entry_new ());
  gtk_entry_set_placeholder_text (self->due_entry, _("Due day"));
  gtk_editable_set_width_chars (GTK_EDITABLE (self->due_entry), 10);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (self->due_entry), 10);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->due_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Due Day, Year-Month-Day"), -1);
  gtk_box_append (GTK_BOX (due_box), GTK_WIDGET (self->due_entry));
  gtk_box_append (GTK_BOX (due_box), mr_date_button_new (GTK_EDITABLE (self->due_entry),
                                                         _("Pick the Due Day")));

  remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove Deliverable"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Remove Deliverable"), -1);
  g_signal_connect_swapped (remove, "clicked", G_CALLBACK (on_remove_clicked), self);
  gtk_box_append (GTK_BOX (line), remove);

  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_label_set_xalign (self->error_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "caption");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_box_append (GTK_BOX (outer), GTK_WIDGET (self->error_label));
}
