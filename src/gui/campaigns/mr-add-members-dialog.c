/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-add-members-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "mr-add-members-dialog.h"
#include "mr-candidate-row.h"
#include "mr-roster-filter.h"

/* The roster, searched like the Creators page searches it (every word in the name, a
 * handle or the niche, whatever the case and accents), with a box to tick per creator.
 * The ticks are kept by creator, not by row, so they stay while the search changes.
 * Adding is one transaction: every creator ticked, or none. */

struct _MrAddMembersDialog
{
  AdwWindow           parent_instance;

  MrStore            *store;
  MrCampaign         *campaign;
  MrRosterFilter     *filter;
  GtkFilterListModel *filter_model;
  GHashTable         *chosen;       /* creator ids ticked, in a set */
  GHashTable         *members;      /* creator ids already in the campaign */
  GPtrArray          *rows;         /* the MrCandidateRows on screen, to update in place */

  GtkButton          *add_button;
  GtkSearchEntry     *search_entry;
  GtkLabel           *error_label;
  GtkStack           *stack;
  GtkListView        *list_view;
};

G_DEFINE_FINAL_TYPE (MrAddMembersDialog, mr_add_members_dialog, ADW_TYPE_WINDOW)

enum {
  SIGNAL_ADDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
has_id (GHashTable *set,
        gint64      id)
{
  return g_hash_table_contains (set, &id);
}

static void
add_id (GHashTable *set,
        gint64      id)
{
  g_hash_table_add (set, g_memdup2 (&id, sizeof id));
}

guint
mr_add_members_dialog_get_n_chosen (MrAddMembersDialog *self)
{
  g_return_val_if_fail (MR_IS_ADD_MEMBERS_DIALOG (self), 0);

  return g_hash_table_size (self->chosen);
}

static void
update_add_button (MrAddMembersDialog *self)
{
  guint n = g_hash_table_size (self->chosen);
  g_autofree char *label = NULL;
  g_autofree char *plain = NULL;

  if (n == 0)
    label = g_strdup (_("_Add"));
  else
    /* Translators: the button that adds the creators ticked to the campaign. */
    label = g_strdup_printf (ngettext ("_Add %u Creator", "_Add %u Creators", n), n);
  gtk_button_set_label (self->add_button, label);
  plain = g_strdup (label);
  g_strdelimit (plain, "_", ' ');
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->add_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, g_strstrip (plain), -1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "add-members.add", n > 0);
}

static void
show_row (MrAddMembersDialog *self,
          MrCandidateRow     *row,
          MrCreator          *creator)
{
  gint64 id = mr_creator_get_id (creator);

  mr_candidate_row_show (row, creator, has_id (self->chosen, id), has_id (self->members, id));
}

/* Ticks or unticks @creator, and every row that shows them says so. */
static void
set_chosen (MrAddMembersDialog *self,
            MrCreator          *creator,
            gboolean            chosen)
{
  gint64 id = mr_creator_get_id (creator);

  if (has_id (self->members, id))
    return;
  if (chosen)
    add_id (self->chosen, id);
  else
    g_hash_table_remove (self->chosen, &id);

  for (guint i = 0; i < self->rows->len; i++)
    {
      MrCandidateRow *row = g_ptr_array_index (self->rows, i);

      if (mr_candidate_row_get_creator (row) == creator)
        show_row (self, row, creator);
    }
  update_add_button (self);
}

/* ── The list ────────────────────────────────────────────────────────────────────── */

static void
on_candidate_toggled (MrCandidateRow     *row,
                      MrAddMembersDialog *self)
{
  set_chosen (self, mr_candidate_row_get_creator (row), mr_candidate_row_get_chosen (row));
}

static void
on_candidate_destroyed (GtkWidget          *row,
                        MrAddMembersDialog *self)
{
  if (self->rows != NULL)
    g_ptr_array_remove (self->rows, row);
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           MrAddMembersDialog       *self)
{
  GtkWidget *row = mr_candidate_row_new ();

  g_signal_connect_object (row, "toggled", G_CALLBACK (on_candidate_toggled), self, 0);
  g_signal_connect_object (row, "destroy", G_CALLBACK (on_candidate_destroyed), self, 0);
  g_ptr_array_add (self->rows, row);
  gtk_list_item_set_child (item, row);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          MrAddMembersDialog       *self)
{
  show_row (self, MR_CANDIDATE_ROW (gtk_list_item_get_child (item)), gtk_list_item_get_item (item));
}

static void
unbind_row (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            MrAddMembersDialog       *self)
{
  mr_candidate_row_show (MR_CANDIDATE_ROW (gtk_list_item_get_child (item)), NULL, FALSE, FALSE);
}

static void
on_row_activated (MrAddMembersDialog *self,
                  guint               position)
{
  g_autoptr(MrCreator) creator = g_list_model_get_item (G_LIST_MODEL (self->filter_model), position);

  if (creator != NULL)
    set_chosen (self, creator, !has_id (self->chosen, mr_creator_get_id (creator)));
}

static void
update_stack (MrAddMembersDialog *self)
{
  const char *page = "list";

  if (g_list_model_get_n_items (mr_store_get_creators (self->store)) == 0)
    page = "empty";
  else if (g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)) == 0)
    page = "no-results";
  gtk_stack_set_visible_child_name (self->stack, page);
}

static void
on_search_changed (MrAddMembersDialog *self)
{
  mr_roster_filter_set_search (self->filter, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  update_stack (self);
}

/* ── Adding ──────────────────────────────────────────────────────────────────────── */

static gboolean
add_chosen (MrAddMembersDialog  *self,
            guint               *n_added,
            GError             **error)
{
  GListModel *creators = mr_store_get_creators (self->store);

  if (!mr_store_begin (self->store, error))
    return FALSE;

  /* In the roster's order, so the members read as the user saw them. */
  for (guint i = 0; i < g_list_model_get_n_items (creators); i++)
    {
      g_autoptr(MrCreator) creator = g_list_model_get_item (creators, i);
      g_autoptr(MrCampaignMember) member = NULL;
      MrAccount *account = mr_creator_get_primary_account (creator);

      if (!has_id (self->chosen, mr_creator_get_id (creator)))
        continue;

      member = mr_campaign_member_new (mr_creator_get_id (creator));
      mr_campaign_member_set_status (member, MR_MEMBER_STATUS_INVITED);
      if (account != NULL)
        mr_campaign_member_set_account_id (member, mr_account_get_id (account));
      if (!mr_store_add_member (self->store, self->campaign, member, error))
        {
          mr_store_rollback (self->store);
          return FALSE;
        }
      (*n_added)++;
    }

  return mr_store_commit (self->store, error);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  MrAddMembersDialog *self = MR_ADD_MEMBERS_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  guint n_added = 0;

  if (g_hash_table_size (self->chosen) == 0)
    return;
  if (mr_campaign_get_id (self->campaign) == 0)
    {
      gtk_label_set_text (self->error_label,
                          _("This campaign has been deleted meanwhile. Undo the deletion to add creators to it."));
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }

  if (!add_chosen (self, &n_added, &error))
    {
      /* Translators: %s says why the database refused. */
      g_autofree char *message = g_strdup_printf (_("No creator was added: %s"), error->message);

      gtk_label_set_text (self->error_label, message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }

  g_signal_emit (self, signals[SIGNAL_ADDED], 0, n_added);
  gtk_window_close (GTK_WINDOW (self));
}

/* Enter in the search adds what is ticked; with nothing ticked yet and one creator
 * found, that one. */
static void
on_search_activate (MrAddMembersDialog *self)
{
  if (g_hash_table_size (self->chosen) == 0 &&
      g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)) == 1)
    {
      g_autoptr(MrCreator) creator = g_list_model_get_item (G_LIST_MODEL (self->filter_model), 0);

      set_chosen (self, creator, TRUE);
    }
  gtk_widget_activate_action (GTK_WIDGET (self), "add-members.add", NULL);
}

static gboolean
focus_search (GtkWidget *widget,
              GVariant  *args,
              gpointer   user_data)
{
  MrAddMembersDialog *self = MR_ADD_MEMBERS_DIALOG (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  return TRUE;
}

/* ── Object ──────────────────────────────────────────────────────────────────────── */

MrAddMembersDialog *
mr_add_members_dialog_new (GtkWindow  *parent,
                           MrStore    *store,
                           MrCampaign *campaign)
{
  MrAddMembersDialog *self;
  GListModel *members;
  g_autofree char *title = NULL;
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkNoSelection) selection = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (MR_IS_STORE (store), NULL);
  g_return_val_if_fail (MR_IS_CAMPAIGN (campaign), NULL);

  self = g_object_new (MR_TYPE_ADD_MEMBERS_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->campaign = g_object_ref (campaign);

  members = mr_campaign_get_members (campaign);
  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(MrCampaignMember) member = g_list_model_get_item (members, i);

      add_id (self->members, mr_campaign_member_get_creator_id (member));
    }

  /* Translators: the title of the dialog that adds creators to a campaign; %s is its name. */
  title = g_strdup_printf (_("Add Creators to “%s”"), mr_campaign_get_name (campaign));
  gtk_window_set_title (GTK_WINDOW (self), title);

  self->filter_model = gtk_filter_list_model_new (g_object_ref (mr_store_get_creators (store)),
                                                  g_object_ref (GTK_FILTER (self->filter)));
  g_signal_connect_object (self->filter_model, "items-changed", G_CALLBACK (update_stack), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row), self);
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->filter_model)));
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));

  update_stack (self);
  update_add_button (self);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->search_entry));

  return self;
}

static void
mr_add_members_dialog_dispose (GObject *object)
{
  MrAddMembersDialog *self = MR_ADD_MEMBERS_DIALOG (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), MR_TYPE_ADD_MEMBERS_DIALOG);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->filter);
  g_clear_object (&self->campaign);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (mr_add_members_dialog_parent_class)->dispose (object);
}

static void
mr_add_members_dialog_finalize (GObject *object)
{
  MrAddMembersDialog *self = MR_ADD_MEMBERS_DIALOG (object);

  g_clear_pointer (&self->chosen, g_hash_table_unref);
  g_clear_pointer (&self->members, g_hash_table_unref);

  G_OBJECT_CLASS (mr_add_members_dialog_parent_class)->finalize (object);
}

static void
mr_add_members_dialog_class_init (MrAddMembersDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mr_add_members_dialog_dispose;
  object_class->finalize = mr_add_members_dialog_finalize;

  signals[SIGNAL_ADDED] = g_signal_new ("added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/campaigns/mr-add-members-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MrAddMembersDialog, add_button);
  gtk_widget_class_bind_template_child (widget_class, MrAddMembersDialog, search_entry);
  gtk_widget_class_bind_template_child (widget_class, MrAddMembersDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, MrAddMembersDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, MrAddMembersDialog, list_view);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);

  gtk_widget_class_install_action (widget_class, "add-members.add", NULL, add_action);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, focus_search, NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "add-members.add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mr_add_members_dialog_init (MrAddMembersDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->filter = mr_roster_filter_new ();
  self->chosen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->members = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->rows = g_ptr_array_new ();
}
