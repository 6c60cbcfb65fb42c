/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The avatar of a roster row: what AdwAvatar shows for a name (the initials on the
 * theme's colour for that name), drawn by one widget instead of AdwAvatar's five
 * widgets. AdwAvatar also reads /dev/urandom for every avatar it creates and lays its
 * initials out twice for every name; a search over a long roster creates dozens. */
GtkWidget *mr_roster_avatar_new      (void);
void       mr_roster_avatar_set_name (GtkWidget  *avatar,
                                      const char *name);

G_END_DECLS
