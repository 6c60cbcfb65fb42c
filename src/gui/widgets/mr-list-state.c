/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-list-state"

#include "config.h"

#include "mr-list-state.h"

/* Every page shows its empty state (a stack child named "empty") until its model has
 * items, then its list (the child named "list"), and goes back when the last one goes. */

static void
update_visible_child (GtkStack   *stack,
                      GListModel *model)
{
  gboolean empty = g_list_model_get_n_items (model) == 0;

  gtk_stack_set_visible_child_name (stack, empty ? "empty" : "list");
}

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  GtkStack   *stack)
{
  update_visible_child (stack, model);
}

void
mr_list_state_bind (GtkStack    *stack,
                    GtkListView *list_view,
                    GListModel  *model)
{
  g_autoptr(GtkNoSelection) selection = NULL;

  g_return_if_fail (GTK_IS_STACK (stack));
  g_return_if_fail (GTK_IS_LIST_VIEW (list_view));
  g_return_if_fail (G_IS_LIST_MODEL (model));
  g_return_if_fail (gtk_list_view_get_model (list_view) == NULL);

  selection = gtk_no_selection_new (g_object_ref (model));
  gtk_list_view_set_model (list_view, GTK_SELECTION_MODEL (selection));
  g_signal_connect_object (model, "items-changed", G_CALLBACK (on_items_changed), stack, 0);
  update_visible_child (stack, model);
}
