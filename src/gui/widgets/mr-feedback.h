/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Telling the user how an action went, from any widget inside the window. */

/* A toast whose title shows @text as written. AdwToast reads its title as Pango markup
 * and, before libadwaita 1.4, cannot be told not to; names, file names and messages
 * that quote them may hold '&' or '<'. */
AdwToast *mr_feedback_toast_new (const char *text);
/* Shows @toast (transfer full) in the window around @widget; dropped when there is none. */
void mr_feedback_toast (GtkWidget  *widget,
                        AdwToast   *toast);
/* A dialog for a failure the user must read: @heading, then @body, and a Close button. */
void mr_feedback_error (GtkWidget  *widget,
                        const char *heading,
                        const char *body);

G_END_DECLS
