/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-window-refresh"

#include "config.h"

#include <glib/gi18n.h>

#include "mr-refresh-dialog.h"
#include "mr-window-private.h"

/* Refresh Public Data: nothing is fetched unless the user asks with this action (the
 * primary menu, Ctrl+R or F5, the buttons of the Creators page). On the Creators page
 * it refreshes the selected creators, or all of them when none is selected; elsewhere,
 * all. The dialog does the work; its result comes back here as a toast with Undo. */

void
mr_window_refresh_public_data (MrWindow   *self,
                               MrCreator **creators,
                               guint       n_creators)
{
  MrRefreshDialog *dialog;

  g_return_if_fail (MR_IS_WINDOW (self));
  g_return_if_fail (n_creators == 0 || creators != NULL);

  dialog = mr_refresh_dialog_new (self, creators, n_creators);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
mr_window_refresh_finished (MrWindow  *self,
                            MrRefresh *refresh)
{
  g_autofree char *summary = NULL;
  gint64 batch_id;

  g_return_if_fail (MR_IS_WINDOW (self));
  g_return_if_fail (MR_IS_REFRESH (refresh));

  if (mr_refresh_get_n_entries (refresh) == 0)
    return;

  /* The refresh reloaded the store itself; new posts change when the audience is active. */
  batch_id = mr_refresh_get_batch_id (refresh);
  if (batch_id > 0)
    mr_moments_page_detect (self->moments_page);

  summary = mr_refresh_describe (refresh);
  mr_window_add_import_toast (self, summary, batch_id, "win.undo-refresh");
}

static void
refresh_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  MrWindow *self = MR_WINDOW (widget);

  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->stack), "creators") == 0)
    gtk_widget_activate_action (GTK_WIDGET (self->creators_page), "creators.refresh-selected",
                                NULL);
  else
    mr_window_refresh_public_data (self, NULL, 0);
}

void
mr_window_class_init_refresh (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.refresh-public-data", NULL,
                                   refresh_action);
}
