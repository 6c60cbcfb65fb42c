/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Telling the user how an action went, from any widget inside the window. */

/* Shows @toast (transfer full) in the window around @widget; dropped when there is none. */
void mr_feedback_toast (GtkWidget  *widget,
                        AdwToast   *toast);
/* A dialog for a failure the user must read: @heading, then @body, and a Close button. */
void mr_feedback_error (GtkWidget  *widget,
                        const char *heading,
                        const char *body);

G_END_DECLS
