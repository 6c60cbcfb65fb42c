/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-date-button"

#include "config.h"

#include "mr-campaign-format.h"
#include "mr-date-button.h"

struct _MrDateButton
{
  GtkWidget      parent_instance;

  GtkEditable   *editable;     /* a weak pointer */
  GtkWidget     *button;     /* a GtkMenuButton */
  GtkCalendar   *calendar;
  gboolean       syncing;
};

G_DEFINE_FINAL_TYPE (MrDateButton, mr_date_button, GTK_TYPE_WIDGET)

static void
on_popover_show (MrDateButton *self)
{
  g_autoptr(GDateTime) day = NULL;
  GDate date;

  if (self->editable != NULL &&
      mr_campaign_parse_date (gtk_editable_get_text (self->editable), &date))
    day = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                                 g_date_get_day (&date), 0, 0, 0);
  else
    day = g_date_time_new_now_local ();

  self->syncing = TRUE;
  gtk_calendar_select_day (self->calendar, day);
  self->syncing = FALSE;
}

static void
on_day_selected (MrDateButton *self)
{
  g_autoptr(GDateTime) day = NULL;
  g_autofree char *text = NULL;

  if (self->syncing || self->editable == NULL)
    return;

  day = gtk_calendar_get_date (self->calendar);
  text = g_date_time_format (day, "%Y-%m-%d");
  gtk_editable_set_text (self->editable, text);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (self->button));
}

static void
mr_date_button_dispose (GObject *object)
{
  MrDateButton *self = MR_DATE_BUTTON (object);

  g_clear_weak_pointer (&self->editable);
  g_clear_pointer (&self->button, gtk_widget_unparent);

  G_OBJECT_CLASS (mr_date_button_parent_class)->dispose (object);
}

static void
mr_date_button_class_init (MrDateButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mr_date_button_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
mr_date_button_init (MrDateButton *self)
{
  GtkWidget *popover = gtk_popover_new ();

  self->calendar = GTK_CALENDAR (gtk_calendar_new ());
  gtk_popover_set_child (GTK_POPOVER (popover), GTK_WIDGET (self->calendar));
  g_signal_connect_swapped (popover, "show", G_CALLBACK (on_popover_show), self);
  g_signal_connect_swapped (self->calendar, "day-selected", G_CALLBACK (on_day_selected), self);

  self->button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (self->button), "x-office-calendar-symbolic");
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (self->button), popover);
  gtk_widget_set_valign (self->button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (self->button, "flat");
  gtk_widget_set_parent (self->button, GTK_WIDGET (self));
}

GtkWidget *
mr_date_button_new (GtkEditable *editable,
                    const char  *accessible_name)
{
  MrDateButton *self;

  g_return_val_if_fail (GTK_IS_EDITABLE (editable), NULL);
  g_return_val_if_fail (accessible_name != NULL, NULL);

  self = g_object_new (MR_TYPE_DATE_BUTTON, NULL);
  g_set_weak_pointer (&self->editable, editable);
  gtk_widget_set_tooltip_text (self->button, accessible_name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_name, -1);

  return GTK_WIDGET (self);
}
