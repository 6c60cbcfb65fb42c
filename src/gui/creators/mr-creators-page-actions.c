/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-creators-page-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "mr-compare-window.h"
#include "mr-creator-editor.h"
#include "mr-creators-page-private.h"
#include "mr-report-actions.h"
#include "mr-feedback.h"
#include "mr-removal-toast.h"

/* What can be done with creators from the page: add and edit them (a dialog), delete
 * them with Undo, compare a few side by side, refresh their public numbers.
 *
 * Deleting is real at once (see mr-store-removal.c); the toast that offers Undo holds
 * what brings the creators back, and lets go of it when it goes. Undo works while the
 * page lives on or not: it needs the store only. */

#define MIN_COMPARED 2
#define MAX_COMPARED 4

static GtkWindow *
get_window (MrCreatorsPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
show_toast (MrCreatorsPage *self,
            AdwToast       *toast)
{
  mr_feedback_toast (GTK_WIDGET (self), toast);
}

static void
show_error (MrCreatorsPage *self,
            const char     *heading,
            const char     *body)
{
  mr_feedback_error (GTK_WIDGET (self), heading, body);
}

void
mr_creators_page_update_actions (MrCreatorsPage *self)
{
  g_autoptr(GPtrArray) selected = mr_creators_page_get_selected (self);
  gboolean can_change = self->store != NULL;
  gboolean shown = mr_creators_page_get_shown (self) != NULL;
  const char *refresh_label;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "creators.add", can_change);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "creators.edit", can_change && shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "creators.delete", can_change && shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "creators.delete-selected",
                                 can_change && selected->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "creators.compare",
                                 selected->len >= MIN_COMPARED && selected->len <= MAX_COMPARED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "creators.export-report",
                                 shown || selected->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "creators.print-report",
                                 shown || selected->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "creators.refresh", can_change && shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "creators.refresh-selected", can_change);
  refresh_label = selected->len > 0 ? _("Refresh Public Data of the Selected Creators")
                                    : _("Refresh Public Data of All Creators");
  gtk_widget_set_tooltip_text (self->refresh_button, refresh_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->refresh_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, refresh_label, -1);
}

/* ── Add and edit ────────────────────────────────────────────────────────────────── */

static void
on_editor_saved (MrCreatorEditor *editor,
                 MrCreator       *creator,
                 MrCreatorsPage  *self)
{
  mr_creators_page_refresh (self);
  mr_creators_page_select (self, creator);
  mr_creators_page_show_creator (self, creator, FALSE);
}

static void
open_editor (MrCreatorsPage *self,
             MrCreator      *creator)
{
  MrCreatorEditor *editor = mr_creator_editor_new (self->store, creator);

  gtk_window_set_transient_for (GTK_WINDOW (editor), get_window (self));
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_editor_saved), self, 0);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  open_editor (MR_CREATORS_PAGE (widget), NULL);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MrCreatorsPage *self = MR_CREATORS_PAGE (widget);

  open_editor (self, mr_creators_page_get_shown (self));
}

/* ── Delete, and Undo ────────────────────────────────────────────────────────────── */

/* Undo brought the creators back: select them, and show the one when it was one. */
static void
on_restored (GtkWidget      *owner,
             MrStoreRemoval *removal,
             gint64          tag)
{
  MrCreatorsPage *self = MR_CREATORS_PAGE (owner);
  MrCreator *first = mr_store_removal_get_creator (removal, 0);

  mr_creators_page_refresh (self);
  mr_creators_page_select (self, first);
  if (mr_store_removal_get_n_creators (removal) == 1 && !adw_leaflet_get_folded (self->leaflet))
    mr_creators_page_show_creator (self, first, FALSE);
}

static void
delete_creators (MrCreatorsPage *self,
                 GPtrArray      *creators)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  MrStoreRemoval *removal;

  if (creators->len == 0 || self->store == NULL)
    return;

  removal = mr_store_remove_creators (self->store, (MrCreator **) creators->pdata, creators->len,
                                      &error);
  if (removal == NULL)
    {
      show_error (self,
                  creators->len == 1 ? _("Could Not Delete the Creator")
                                     : _("Could Not Delete the Creators"),
                  error->message);
      return;
    }

  if (creators->len == 1)
    /* Translators: a toast after deleting; %s is the creator's name. */
    title = g_strdup_printf (_("“%s” deleted"),
                             mr_creator_get_name (g_ptr_array_index (creators, 0)));
  else
    /* Translators: a toast after deleting several creators at once. */
    title = g_strdup_printf (ngettext ("%u creator deleted", "%u creators deleted", creators->len),
                             creators->len);

  show_toast (self, mr_removal_toast_new (GTK_WIDGET (self), self->store, removal, title,
                                         on_restored, 0));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MrCreatorsPage *self = MR_CREATORS_PAGE (widget);
  g_autoptr(GPtrArray) creators = g_ptr_array_new_with_free_func (g_object_unref);
  MrCreator *shown = mr_creators_page_get_shown (self);

  if (shown != NULL)
    g_ptr_array_add (creators, g_object_ref (shown));
  delete_creators (self, creators);
}

static void
delete_selected_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  MrCreatorsPage *self = MR_CREATORS_PAGE (widget);
  g_autoptr(GPtrArray) creators = mr_creators_page_get_selected (self);

  delete_creators (self, creators);
}

/* ── Compare, and back ───────────────────────────────────────────────────────────── */

static void
compare_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  MrCreatorsPage *self = MR_CREATORS_PAGE (widget);
  g_autoptr(GPtrArray) creators = mr_creators_page_get_selected (self);
  GtkWindow *window;

  if (creators->len < MIN_COMPARED || creators->len > MAX_COMPARED)
    return;

  window = mr_compare_window_new ((MrCreator **) creators->pdata, creators->len);
  gtk_window_set_transient_for (window, get_window (self));
  gtk_window_present (window);
}

/* ── Reports ─────────────────────────────────────────────────────────────────────── */

/* The creators a report is for: those selected in the roster when there are several,
 * else the one on the page. */
static GPtrArray *
report_creators (MrCreatorsPage *self)
{
  GPtrArray *creators = mr_creators_page_get_selected (self);
  MrCreator *shown = mr_creators_page_get_shown (self);

  if (creators->len < 2 && shown != NULL)
    {
      g_ptr_array_set_size (creators, 0);
      g_ptr_array_add (creators, g_object_ref (shown));
    }
  return creators;
}

static void
report_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MrCreatorsPage *self = MR_CREATORS_PAGE (widget);
  g_autoptr(GPtrArray) creators = report_creators (self);
  MrWindow *window = MR_WINDOW (gtk_widget_get_root (widget));

  if (creators->len == 0)
    return;
  if (g_str_equal (action_name, "creators.print-report"))
    mr_report_actions_print (window, (MrCreator **) creators->pdata, creators->len);
  else
    mr_report_actions_export (window, (MrCreator **) creators->pdata, creators->len);
}

/* ── Refresh public data ─────────────────────────────────────────────────────────── */

static void
refresh_creators (MrCreatorsPage *self,
                  GPtrArray      *creators)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (MR_IS_WINDOW (root) && self->store != NULL)
    mr_window_refresh_public_data (MR_WINDOW (root), (MrCreator **) creators->pdata,
                                   creators->len);
}

static void
refresh_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  MrCreatorsPage *self = MR_CREATORS_PAGE (widget);
  g_autoptr(GPtrArray) creators = g_ptr_array_new_with_free_func (g_object_unref);
  MrCreator *shown = mr_creators_page_get_shown (self);

  if (shown == NULL)
    return;
  g_ptr_array_add (creators, g_object_ref (shown));
  refresh_creators (self, creators);
}

/* The selected creators, or everyone when none is selected. */
static void
refresh_selected_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  MrCreatorsPage *self = MR_CREATORS_PAGE (widget);
  g_autoptr(GPtrArray) creators = mr_creators_page_get_selected (self);

  refresh_creators (self, creators);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MrCreatorsPage *self = MR_CREATORS_PAGE (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

void
mr_creators_page_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "creators.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "creators.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "creators.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "creators.delete-selected", NULL,
                                   delete_selected_action);
  gtk_widget_class_install_action (widget_class, "creators.compare", NULL, compare_action);
  gtk_widget_class_install_action (widget_class, "creators.export-report", NULL, report_action);
  gtk_widget_class_install_action (widget_class, "creators.print-report", NULL, report_action);
  gtk_widget_class_install_action (widget_class, "creators.refresh", NULL, refresh_action);
  gtk_widget_class_install_action (widget_class, "creators.refresh-selected", NULL,
                                   refresh_selected_action);
  gtk_widget_class_install_action (widget_class, "creators.back", NULL, back_action);
}
