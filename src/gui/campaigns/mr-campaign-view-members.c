/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-campaign-view-members"

#include "config.h"

#include <glib/gi18n.h>

#include "mr-add-members-dialog.h"
#include "mr-campaign-view-private.h"
#include "mr-member-editor.h"
#include "mr-member-row.h"
#include "mr-feedback.h"

/* The Members page: one group per status, in the order of the pipeline (invited →
 * confirmed → content submitted → published → paid), so that a marketer sees at once
 * who still has to confirm and who still has to be paid. A member whose status changes
 * moves to its group an idle later, keeping the keyboard focus on its status.
 *
 * Removing a member is real at once; the toast's Undo adds it again with all that was
 * agreed and every day of results, which the database deleted with it. A member with
 * results is only removed after the user confirmed it. */

#define UNDO_TIMEOUT_SECONDS 10

static GtkWindow *
get_window (MrCampaignView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
show_toast (MrCampaignView *self,
            AdwToast       *toast)
{
  mr_feedback_toast (GTK_WIDGET (self), toast);
}

static const char *
creator_name (MrStore          *store,
              MrCampaignMember *member)
{
  MrCreator *creator = mr_member_find_creator (store, member);

  return creator != NULL ? mr_creator_get_name (creator) : _("A deleted creator");
}

/* ── Removing, and Undo ──────────────────────────────────────────────────────────── */

typedef struct
{
  MrStore          *store;
  MrCampaign       *campaign;
  MrCampaignMember *copy;      /* not stored: what was agreed, and the deliverables */
  GArray           *results;   /* MrResultRow */
  GWeakRef          view;
} MemberUndo;

static void
member_undo_free (gpointer  data,
                  GClosure *closure)
{
  MemberUndo *undo = data;

  g_object_unref (undo->store);
  g_object_unref (undo->campaign);
  g_clear_object (&undo->copy);
  g_array_unref (undo->results);
  g_weak_ref_clear (&undo->view);
  g_free (undo);
}

static MrCampaignMember *
copy_member (MrCampaignMember *member)
{
  MrCampaignMember *copy = mr_campaign_member_new (mr_campaign_member_get_creator_id (member));
  GListModel *deliverables = mr_campaign_member_get_deliverables (member);

  mr_campaign_member_set_account_id (copy, mr_campaign_member_get_account_id (member));
  mr_campaign_member_set_fee (copy, mr_campaign_member_get_fee (member));
  mr_campaign_member_set_promo_code (copy, mr_campaign_member_get_promo_code (member));
  mr_campaign_member_set_link (copy, mr_campaign_member_get_link (member));
  mr_campaign_member_set_status (copy, mr_campaign_member_get_status (member));
  for (guint i = 0; i < g_list_model_get_n_items (deliverables); i++)
    {
      g_autoptr(MrDeliverable) deliverable = g_list_model_get_item (deliverables, i);
      g_autoptr(MrDeliverable) again = mr_deliverable_new (mr_deliverable_get_title (deliverable));

      mr_deliverable_set_due_date (again, mr_deliverable_get_due_date (deliverable));
      mr_deliverable_set_done (again, mr_deliverable_get_done (deliverable));
      g_list_store_append (G_LIST_STORE (mr_campaign_member_get_deliverables (copy)), again);
    }
  return copy;
}

static gboolean
restore_member (MemberUndo  *undo,
                GError     **error)
{
  if (mr_campaign_get_id (undo->campaign) == 0)
    {
      g_set_error_literal (error, MR_STORE_ERROR, MR_STORE_ERROR_NOT_FOUND,
                           _("The campaign has been deleted since. Undo its deletion first."));
      return FALSE;
    }

  if (!mr_store_begin (undo->store, error))
    return FALSE;
  if (!mr_store_add_member (undo->store, undo->campaign, undo->copy, error))
    {
      mr_store_rollback (undo->store);
      return FALSE;
    }
  for (guint i = 0; i < undo->results->len; i++)
    if (!mr_store_save_result (undo->store, undo->copy,
                               &g_array_index (undo->results, MrResultRow, i), error))
      {
        mr_store_rollback (undo->store);
        return FALSE;
      }
  return mr_store_commit (undo->store, error);
}

static void
on_undo_remove (AdwToast   *toast,
                MemberUndo *undo)
{
  g_autoptr(MrCampaignView) self = g_weak_ref_get (&undo->view);
  g_autoptr(GError) error = NULL;

  if (undo->copy == NULL || mr_campaign_member_get_id (undo->copy) > 0)
    return;

  if (!restore_member (undo, &error))
    {
      /* The copy may have been given ids inside the transaction. */
      g_clear_object (&undo->copy);
      if (self != NULL)
        {
          /* Translators: a toast; %s says why. */
          g_autofree char *title = g_strdup_printf (_("Could not undo: %s"), error->message);

          show_toast (self, mr_feedback_toast_new (title));
        }
    }
}

static void
remove_member (MrCampaignView   *self,
               MrCampaignMember *member)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) results = NULL;
  g_autofree char *title = NULL;
  MemberUndo *undo;
  AdwToast *toast;

  results = mr_store_list_results (self->store, mr_campaign_member_get_id (member), &error);
  if (results == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("The creator was not removed: %s"), error->message);

      show_toast (self, mr_feedback_toast_new (message));
      return;
    }

  undo = g_new0 (MemberUndo, 1);
  undo->store = g_object_ref (self->store);
  undo->campaign = g_object_ref (self->campaign);
  undo->copy = copy_member (member);
  undo->results = g_steal_pointer (&results);
  g_weak_ref_init (&undo->view, self);
  /* Translators: a toast after removing a creator from a campaign; %s is their name. */
  title = g_strdup_printf (_("“%s” removed from the campaign"), creator_name (self->store, member));

  if (!mr_store_remove_member (self->store, member, &error))
    {
      g_autofree char *message = g_strdup_printf (_("The creator was not removed: %s"), error->message);

      member_undo_free (undo, NULL);
      show_toast (self, mr_feedback_toast_new (message));
      return;
    }

  toast = mr_feedback_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_timeout (toast, UNDO_TIMEOUT_SECONDS);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_remove), undo,
                         member_undo_free, 0);
  show_toast (self, toast);
}

typedef struct
{
  MrCampaignView   *view;
  MrCampaignMember *member;
} RemoveRequest;

static void
remove_request_free (gpointer  data,
                     GClosure *closure)
{
  RemoveRequest *request = data;

  g_object_unref (request->view);
  g_object_unref (request->member);
  g_free (request);
}

static void
on_remove_confirmed (AdwMessageDialog *dialog,
                     const char       *response,
                     RemoveRequest    *request)
{
  if (g_str_equal (response, "remove") && mr_campaign_member_get_id (request->member) > 0 &&
      request->view->store != NULL)
    remove_member (request->view, request->member);
}

static void
on_member_remove (MrMemberRow    *row,
                  MrCampaignView *self)
{
  MrCampaignMember *member = mr_member_row_get_member (row);
  g_autoptr(GArray) results = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  RemoveRequest *request;
  GtkWidget *dialog;

  results = mr_store_list_results (self->store, mr_campaign_member_get_id (member), NULL);
  if (results == NULL || results->len == 0)
    {
      remove_member (self, member);
      return;
    }

  /* Translators: the question before removing a creator with results; %s is their name. */
  heading = g_strdup_printf (_("Remove %s from the Campaign?"), creator_name (self->store, member));
  /* Translators: %u is the number of days with results. */
  body = g_strdup_printf (ngettext ("Their results of %u day go with them. Undo brings everything back while its notice shows.",
                                    "Their results of %u days go with them. Undo brings everything back while its notice shows.",
                                    results->len),
                          results->len);
  dialog = adw_message_dialog_new (get_window (self), heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "remove", _("_Remove"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "remove",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  request = g_new0 (RemoveRequest, 1);
  request->view = g_object_ref (self);
  request->member = g_object_ref (member);
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_remove_confirmed), request,
                         remove_request_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ── Editing and adding ──────────────────────────────────────────────────────────── */

static void
edit_member (MrCampaignView   *self,
             MrCampaignMember *member)
{
  MrMemberEditor *editor = mr_member_editor_new (get_window (self), self->store, self->campaign, member);

  gtk_window_present (GTK_WINDOW (editor));
}

static void
on_member_edit (MrMemberRow    *row,
                MrCampaignView *self)
{
  edit_member (self, mr_member_row_get_member (row));
}

static void
on_member_activated (GtkListBox     *list,
                     GtkListBoxRow  *row,
                     MrCampaignView *self)
{
  if (MR_IS_MEMBER_ROW (row))
    edit_member (self, mr_member_row_get_member (MR_MEMBER_ROW (row)));
}

static void
on_members_added (MrAddMembersDialog *dialog,
                  guint               n_added,
                  MrCampaignView     *self)
{
  g_autofree char *title = NULL;

  mr_campaign_view_show_page (self, "members");
  /* Translators: a toast after adding creators to a campaign. */
  title = g_strdup_printf (ngettext ("%u creator added: agree a fee and deliverables with them",
                                     "%u creators added: agree a fee and deliverables with each",
                                     n_added),
                           n_added);
  show_toast (self, mr_feedback_toast_new (title));
}

static void
add_members_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  MrCampaignView *self = MR_CAMPAIGN_VIEW (widget);
  MrAddMembersDialog *dialog;

  if (self->store == NULL || self->campaign == NULL)
    return;

  dialog = mr_add_members_dialog_new (get_window (self), self->store, self->campaign);
  g_signal_connect_object (dialog, "added", G_CALLBACK (on_members_added), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ── The groups ──────────────────────────────────────────────────────────────────── */

static gboolean
has_status (gpointer item,
            gpointer user_data)
{
  return mr_campaign_member_get_status (item) == (MrMemberStatus) GPOINTER_TO_INT (user_data);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  MrCampaignView *self = user_data;
  GtkWidget *row = mr_member_row_new (self->store, self->campaign, item);

  g_signal_connect_object (row, "edit", G_CALLBACK (on_member_edit), self, 0);
  g_signal_connect_object (row, "remove", G_CALLBACK (on_member_remove), self, 0);
  return row;
}

static void
update_groups (MrCampaignView *self)
{
  guint n_shown = 0;

  for (guint s = 0; s < MR_N_MEMBER_STATUSES; s++)
    {
      guint n = self->groups[s] != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->groups[s])) : 0;
      g_autofree char *title = NULL;

      gtk_widget_set_visible (GTK_WIDGET (self->group_widgets[s]), n > 0);
      /* Translators: a status's heading on a campaign's Members page, with how many
       * creators have it: "Confirmed · 2". */
      title = g_strdup_printf (C_("member group", "%1$s · %2$u"), mr_member_status_get_label (s), n);
      adw_preferences_group_set_title (self->group_widgets[s], title);
      n_shown += n;
    }
  gtk_stack_set_visible_child_name (self->members_stack, n_shown > 0 ? "groups" : "empty");
}

void
mr_campaign_view_bind_members (MrCampaignView *self)
{
  for (guint s = 0; s < MR_N_MEMBER_STATUSES; s++)
    {
      gtk_list_box_bind_model (self->group_lists[s], NULL, NULL, NULL, NULL);
      g_clear_object (&self->groups[s]);

      if (self->campaign == NULL || self->store == NULL)
        continue;

      self->groups[s] =
        gtk_filter_list_model_new (g_object_ref (mr_campaign_get_members (self->campaign)),
                                   GTK_FILTER (gtk_custom_filter_new (has_status, GINT_TO_POINTER (s), NULL)));
      g_signal_connect_object (self->groups[s], "items-changed", G_CALLBACK (update_groups), self,
                               G_CONNECT_SWAPPED);
      gtk_list_box_bind_model (self->group_lists[s], G_LIST_MODEL (self->groups[s]), create_row, self, NULL);
    }
  update_groups (self);
}

static MrMemberRow *
find_row (MrCampaignView   *self,
          MrCampaignMember *member)
{
  for (guint s = 0; s < MR_N_MEMBER_STATUSES; s++)
    for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->group_lists[s]));
         row != NULL;
         row = gtk_widget_get_next_sibling (row))
      if (MR_IS_MEMBER_ROW (row) && mr_member_row_get_member (MR_MEMBER_ROW (row)) == member)
        return MR_MEMBER_ROW (row);
  return NULL;
}

void
mr_campaign_view_regroup_members (MrCampaignView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *focused_row = focus != NULL ? gtk_widget_get_ancestor (focus, MR_TYPE_MEMBER_ROW) : NULL;
  g_autoptr(MrCampaignMember) focused = NULL;
  MrMemberRow *row;

  if (focused_row != NULL && gtk_widget_is_ancestor (focused_row, GTK_WIDGET (self)))
    focused = g_object_ref (mr_member_row_get_member (MR_MEMBER_ROW (focused_row)));

  for (guint s = 0; s < MR_N_MEMBER_STATUSES; s++)
    if (self->groups[s] != NULL)
      gtk_filter_changed (gtk_filter_list_model_get_filter (self->groups[s]), GTK_FILTER_CHANGE_DIFFERENT);

  if (focused != NULL && (row = find_row (self, focused)) != NULL)
    mr_member_row_focus_status (row);
}

void
mr_campaign_view_update_members_count (MrCampaignView *self)
{
  GListModel *members = self->campaign != NULL ? mr_campaign_get_members (self->campaign) : NULL;
  guint n = members != NULL ? g_list_model_get_n_items (members) : 0;
  guint n_paid = self->groups[MR_MEMBER_STATUS_PAID] != NULL
                 ? g_list_model_get_n_items (G_LIST_MODEL (self->groups[MR_MEMBER_STATUS_PAID])) : 0;
  g_autofree char *text = NULL;

  if (n == 0)
    text = g_strdup ("");
  else if (n_paid == n)
    /* Translators: every creator of a campaign has been paid. */
    text = g_strdup_printf (ngettext ("%u creator, paid", "All %u creators paid", n), n);
  else
    /* Translators: on a campaign's Members page; %1$u creators, of whom %2$u are paid. */
    text = g_strdup_printf (ngettext ("%1$u creator, %2$u paid", "%1$u creators, %2$u paid", n), n, n_paid);
  gtk_label_set_text (self->members_count, text);
}

void
mr_campaign_view_class_init_members (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "campaign.add-members", NULL, add_members_action);
}

void
mr_campaign_view_init_members (MrCampaignView *self)
{
  for (guint s = 0; s < MR_N_MEMBER_STATUSES; s++)
    {
      GtkWidget *group = adw_preferences_group_new ();
      GtkWidget *list = gtk_list_box_new ();

      gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
      gtk_widget_add_css_class (list, "boxed-list");
      gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      mr_member_status_get_label (s), -1);
      g_signal_connect (list, "row-activated", G_CALLBACK (on_member_activated), self);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), list);
      gtk_box_append (self->groups_box, group);

      self->group_widgets[s] = ADW_PREFERENCES_GROUP (group);
      self->group_lists[s] = GTK_LIST_BOX (list);
    }
}
