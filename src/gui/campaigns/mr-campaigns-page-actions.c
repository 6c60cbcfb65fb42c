/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-campaigns-page-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "mr-campaign-editor.h"
#include "mr-campaigns-page-private.h"
#include "mr-feedback.h"
#include "mr-removal-toast.h"

/* What can be done with campaigns from the page: make and edit them (a dialog), archive
 * them (they leave the list but keep everything), delete them with Undo, and reach the
 * campaign's report and results import from its menu.
 *
 * Deleting is real at once (see mr-store-removal.c); the toast that offers Undo holds
 * what brings the campaign back, with its members, deliverables and results. */

#define UNDO_TIMEOUT_SECONDS 10

static GtkWindow *
get_window (MrCampaignsPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
show_toast (MrCampaignsPage *self,
            AdwToast        *toast)
{
  mr_feedback_toast (GTK_WIDGET (self), toast);
}

static void
show_error (MrCampaignsPage *self,
            const char      *heading,
            const char      *body)
{
  mr_feedback_error (GTK_WIDGET (self), heading, body);
}

static MrCampaign *
find_campaign (MrCampaignsPage *self,
               gint64           id)
{
  for (guint i = 0; self->model != NULL && i < g_list_model_get_n_items (self->model); i++)
    {
      g_autoptr(MrCampaign) campaign = g_list_model_get_item (self->model, i);

      if (mr_campaign_get_id (campaign) == id)
        return campaign;
    }
  return NULL;
}

/* ── The campaign's menu ─────────────────────────────────────────────────────────── */

static GMenuModel *
build_menu (MrCampaign *campaign)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) work = g_menu_new ();
  g_autoptr(GMenu) report = g_menu_new ();
  g_autoptr(GMenu) keep = g_menu_new ();
  g_autoptr(GMenuItem) export = NULL;
  g_autoptr(GMenuItem) print = NULL;
  gint64 id = mr_campaign_get_id (campaign);

  g_menu_append (work, _("_Add Creators…"), "campaigns.add-members");
  g_menu_append (work, _("_Import Results…"), "campaigns.import-results");

  export = g_menu_item_new (_("_Export Report…"), NULL);
  g_menu_item_set_action_and_target_value (export, "win.export-campaign-report", g_variant_new_int64 (id));
  g_menu_append_item (report, export);
  print = g_menu_item_new (_("_Print Report…"), NULL);
  g_menu_item_set_action_and_target_value (print, "win.print-campaign-report", g_variant_new_int64 (id));
  g_menu_append_item (report, print);

  g_menu_append (keep, mr_campaign_get_archived (campaign) ? _("Un_archive") : _("_Archive"),
                 "campaigns.archive");
  g_menu_append (keep, _("_Delete"), "campaigns.delete");

  g_menu_append_section (menu, NULL, G_MENU_MODEL (work));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (report));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (keep));
  return G_MENU_MODEL (g_steal_pointer (&menu));
}

void
mr_campaigns_page_update_actions (MrCampaignsPage *self)
{
  gboolean can_change = self->store != NULL;
  gboolean shown = self->shown != NULL && mr_campaign_get_id (self->shown) > 0;
  g_autoptr(GMenuModel) menu = NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "campaigns.new", can_change);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "campaigns.edit", can_change && shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "campaigns.archive", can_change && shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "campaigns.delete", can_change && shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "campaigns.delete-selected", can_change);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "campaigns.add-members", can_change && shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "campaigns.import-results", can_change && shown);
  gtk_widget_set_sensitive (GTK_WIDGET (self->menu_button), shown);

  if (shown)
    menu = build_menu (self->shown);
  gtk_menu_button_set_menu_model (self->menu_button, menu);
}

/* ── New and edit ────────────────────────────────────────────────────────────────── */

static void
on_editor_saved (MrCampaignEditor *editor,
                 MrCampaign       *campaign,
                 MrCampaignsPage  *self)
{
  /* A new campaign is not archived: it shows in the list, even while archived ones
   * are hidden; an edited one may have moved in the list. */
  mr_campaigns_page_refresh (self);
  mr_campaigns_page_show_campaign (self, campaign);
}

/* A new campaign opens on its Members page: adding creators is what comes next. */
static void
on_new_campaign_saved (MrCampaignEditor *editor,
                       MrCampaign       *campaign,
                       MrCampaignsPage  *self)
{
  on_editor_saved (editor, campaign, self);
  if (self->campaign_view != NULL)
    mr_campaign_view_show_page (self->campaign_view, "members");
}

static void
open_editor (MrCampaignsPage *self,
             MrCampaign      *campaign)
{
  MrCampaignEditor *editor;

  if (self->store == NULL)
    return;

  editor = mr_campaign_editor_new (get_window (self), self->store, campaign);
  g_signal_connect_object (editor, "saved",
                           campaign == NULL ? G_CALLBACK (on_new_campaign_saved) : G_CALLBACK (on_editor_saved),
                           self, 0);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  open_editor (MR_CAMPAIGNS_PAGE (widget), NULL);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MrCampaignsPage *self = MR_CAMPAIGNS_PAGE (widget);

  if (self->shown != NULL)
    open_editor (self, self->shown);
}

/* ── Archive ─────────────────────────────────────────────────────────────────────── */

typedef struct
{
  MrStore    *store;
  MrCampaign *campaign;
  gboolean    archived;    /* what Undo sets again */
  GWeakRef    page;
} ArchiveUndo;

static void
archive_undo_free (gpointer  data,
                   GClosure *closure)
{
  ArchiveUndo *undo = data;

  g_object_unref (undo->store);
  g_object_unref (undo->campaign);
  g_weak_ref_clear (&undo->page);
  g_free (undo);
}

/* Stores @archived, or leaves the campaign as it was and says why. */
static gboolean
set_archived (MrStore     *store,
              MrCampaign  *campaign,
              gboolean     archived,
              GError     **error)
{
  mr_campaign_set_archived (campaign, archived);
  if (mr_store_save_campaign (store, campaign, error))
    return TRUE;

  mr_campaign_set_archived (campaign, !archived);
  return FALSE;
}

static void
on_undo_archive (AdwToast    *toast,
                 ArchiveUndo *undo)
{
  g_autoptr(MrCampaignsPage) self = g_weak_ref_get (&undo->page);
  g_autoptr(GError) error = NULL;

  if (mr_campaign_get_id (undo->campaign) == 0 ||
      mr_campaign_get_archived (undo->campaign) == undo->archived)
    return;

  if (!set_archived (undo->store, undo->campaign, undo->archived, &error))
    {
      if (self != NULL)
        show_error (self, _("Could Not Undo"), error->message);
      return;
    }
  if (self != NULL)
    {
      mr_campaigns_page_refresh (self);
      mr_campaigns_page_update_actions (self);
    }
}

static void
archive_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  MrCampaignsPage *self = MR_CAMPAIGNS_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  MrCampaign *campaign = self->shown;
  gboolean archived;
  ArchiveUndo *undo;
  AdwToast *toast;

  if (campaign == NULL || self->store == NULL)
    return;

  archived = !mr_campaign_get_archived (campaign);
  if (!set_archived (self->store, campaign, archived, &error))
    {
      show_error (self, archived ? _("Could Not Archive the Campaign")
                                 : _("Could Not Unarchive the Campaign"),
                  error->message);
      return;
    }
  mr_campaigns_page_refresh (self);
  mr_campaigns_page_update_actions (self);

  if (archived)
    /* Translators: a toast after archiving a campaign; %s is its name. */
    title = g_strdup_printf (_("“%s” archived: it keeps its members and results"),
                             mr_campaign_get_name (campaign));
  else
    /* Translators: a toast after unarchiving a campaign; %s is its name. */
    title = g_strdup_printf (_("“%s” is back in the list"), mr_campaign_get_name (campaign));

  toast = mr_feedback_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_timeout (toast, UNDO_TIMEOUT_SECONDS);
  undo = g_new0 (ArchiveUndo, 1);
  undo->store = g_object_ref (self->store);
  undo->campaign = g_object_ref (campaign);
  undo->archived = !archived;
  g_weak_ref_init (&undo->page, self);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_archive), undo,
                         archive_undo_free, 0);
  show_toast (self, toast);
}

/* ── Delete, and Undo ────────────────────────────────────────────────────────────── */

/* Undo brought the campaign back, under its own id: show it again. */
static void
on_restored (GtkWidget      *owner,
             MrStoreRemoval *removal,
             gint64          campaign_id)
{
  MrCampaignsPage *self = MR_CAMPAIGNS_PAGE (owner);
  MrCampaign *campaign = find_campaign (self, campaign_id);

  if (campaign != NULL)
    {
      mr_campaigns_page_refresh (self);
      mr_campaigns_page_show_campaign (self, campaign);
    }
}

static void
delete_campaign (MrCampaignsPage *self,
                 MrCampaign      *campaign)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  MrStoreRemoval *removal;
  gint64 id;

  if (campaign == NULL || self->store == NULL || mr_campaign_get_id (campaign) == 0)
    return;

  id = mr_campaign_get_id (campaign);
  removal = mr_store_remove_campaigns (self->store, &campaign, 1, &error);
  if (removal == NULL)
    {
      show_error (self, _("Could Not Delete the Campaign"), error->message);
      return;
    }

  /* Translators: a toast after deleting a campaign; %s is its name. */
  title = g_strdup_printf (_("“%s” deleted"), mr_campaign_get_name (campaign));
  show_toast (self, mr_removal_toast_new (GTK_WIDGET (self), self->store, removal, title,
                                         on_restored, id));
  if (self->shown == campaign)
    mr_campaigns_page_show_campaign (self, NULL);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MrCampaignsPage *self = MR_CAMPAIGNS_PAGE (widget);
  g_autoptr(MrCampaign) campaign = self->shown != NULL ? g_object_ref (self->shown) : NULL;

  delete_campaign (self, campaign);
}

static void
delete_selected_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  MrCampaignsPage *self = MR_CAMPAIGNS_PAGE (widget);
  MrCampaign *selected = self->selection != NULL ? gtk_single_selection_get_selected_item (self->selection)
                                                 : NULL;
  g_autoptr(MrCampaign) campaign = selected != NULL ? g_object_ref (selected) : NULL;

  delete_campaign (self, campaign);
}

/* ── The rest ────────────────────────────────────────────────────────────────────── */

static void
forward_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  MrCampaignsPage *self = MR_CAMPAIGNS_PAGE (widget);

  if (self->campaign_view == NULL)
    return;

  /* The view's own actions, for the campaign menu that sits outside the view. */
  if (g_str_equal (action_name, "campaigns.add-members"))
    gtk_widget_activate_action (GTK_WIDGET (self->campaign_view), "campaign.add-members", NULL);
  else
    gtk_widget_activate_action (GTK_WIDGET (self->campaign_view), "campaign.import-results", NULL);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MrCampaignsPage *self = MR_CAMPAIGNS_PAGE (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

void
mr_campaigns_page_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "campaigns.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "campaigns.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "campaigns.archive", NULL, archive_action);
  gtk_widget_class_install_action (widget_class, "campaigns.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "campaigns.delete-selected", NULL,
                                   delete_selected_action);
  gtk_widget_class_install_action (widget_class, "campaigns.add-members", NULL, forward_action);
  gtk_widget_class_install_action (widget_class, "campaigns.import-results", NULL, forward_action);
  gtk_widget_class_install_action (widget_class, "campaigns.back", NULL, back_action);

  /* F2 and Ctrl+E edit, from anywhere on the page that does not use them itself. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F2, 0, "campaigns.edit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "campaigns.edit", NULL);
}

void
mr_campaigns_page_init_actions (MrCampaignsPage *self)
{
  GtkEventController *keys;

  /* Ctrl+N is the window's Add Creator elsewhere; while this page shows, it makes a
   * campaign. Handled before the window's own shortcuts see it. */
  keys = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (keys), GTK_SHORTCUT_SCOPE_MANAGED);
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_n, GDK_CONTROL_MASK),
                                                          gtk_named_action_new ("campaigns.new")));
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  /* Delete in the list deletes the selected campaign (with Undo). */
  keys = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                        gtk_shortcut_new (gtk_alternative_trigger_new (gtk_keyval_trigger_new (GDK_KEY_Delete, 0),
                                                                                       gtk_keyval_trigger_new (GDK_KEY_KP_Delete, 0)),
                                                          gtk_named_action_new ("campaigns.delete-selected")));
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), keys);

  mr_campaigns_page_update_actions (self);
}
