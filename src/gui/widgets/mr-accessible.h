/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Names a drop-down of strings for a screen reader, "Status: Prospect"; call it again
 * when the choice changes. */
void mr_accessible_name_drop_down (GtkDropDown *drop_down,
                                   const char  *name);

G_END_DECLS
