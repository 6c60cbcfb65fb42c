/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-accessible"

#include "config.h"

#include <glib/gi18n.h>

#include "mr-accessible.h"

/* GTK 4.8 gives the button inside a drop-down, which is what takes the focus, no name
 * of its own: a screen reader would call it "GtkToggleButton". It is named here with
 * what it is for and what is chosen, as a combo box is read. */
void
mr_accessible_name_drop_down (GtkDropDown *drop_down,
                              const char  *name)
{
  GtkStringObject *chosen = gtk_drop_down_get_selected_item (drop_down);
  g_autofree char *label = NULL;

  /* Translators: a drop-down read aloud: what it is for, then what is chosen. */
  label = chosen != NULL ? g_strdup_printf (C_("drop-down", "%1$s: %2$s"), name,
                                            gtk_string_object_get_string (chosen))
                         : g_strdup (name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (drop_down),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (drop_down));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_TOGGLE_BUTTON (child))
      gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}
