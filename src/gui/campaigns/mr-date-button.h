/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define MR_TYPE_DATE_BUTTON (mr_date_button_get_type ())
G_DECLARE_FINAL_TYPE (MrDateButton, mr_date_button, MR, DATE_BUTTON, GtkWidget)

/* A calendar button beside a day typed as "YYYY-MM-DD": it opens on the typed day (or
 * today) and writes the day picked into @editable. */
GtkWidget *mr_date_button_new (GtkEditable *editable,
                               const char  *accessible_name);

G_END_DECLS
