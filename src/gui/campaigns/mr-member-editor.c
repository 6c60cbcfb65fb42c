/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-member-editor"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "mr-campaign-format.h"
#include "mr-deliverable-row.h"
#include "mr-member-editor.h"
#include "mr-member-row.h"
#include "mr-number-format.h"

/* What was agreed with one creator of a campaign. Everything is checked as it is typed,
 * with the reason under the field; Save writes the member and its deliverables in one
 * transaction. When that fails the dialog stays as it was, the objects say again what
 * the database says, and the lists are read again. */

struct _MrMemberEditor
{
  AdwWindow         parent_instance;

  MrStore          *store;
  MrCampaign       *campaign;
  MrCampaignMember *member;
  GArray           *account_ids;    /* gint64 per row of account_row */
  GArray           *removed_ids;    /* gint64: stored deliverables whose rows were removed */

  GtkLabel         *error_label;
  AdwEntryRow      *fee_row;
  AdwComboRow      *account_row;
  AdwEntryRow      *promo_row;
  AdwEntryRow      *link_row;
  GtkLabel         *fields_error;
  GtkListBox       *deliverables;
};

G_DEFINE_FINAL_TYPE (MrMemberEditor, mr_member_editor, ADW_TYPE_WINDOW)

static char *
row_text (AdwEntryRow *row)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  return text[0] != '\0' ? g_steal_pointer (&text) : NULL;
}

static GPtrArray *
deliverable_rows (MrMemberEditor *self)
{
  GPtrArray *rows = g_ptr_array_new ();

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->deliverables));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (MR_IS_DELIVERABLE_ROW (row))
      g_ptr_array_add (rows, row);

  return rows;
}

/* ── Checking ────────────────────────────────────────────────────────────────────── */

/* http or https, and somewhere to go: what a tracked link needs to be clicked. */
static gboolean
is_web_link (const char *text)
{
  g_autoptr(GUri) uri = g_uri_parse (text, G_URI_FLAGS_NONE, NULL);
  const char *scheme;

  if (uri == NULL)
    return FALSE;
  scheme = g_uri_get_scheme (uri);
  return (g_ascii_strcasecmp (scheme, "https") == 0 || g_ascii_strcasecmp (scheme, "http") == 0) &&
         g_uri_get_host (uri) != NULL && g_uri_get_host (uri)[0] != '\0';
}

static void
mark_row (AdwEntryRow *row,
          gboolean     wrong)
{
  if (wrong)
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
}

/* What is wrong with the fee and the link, or NULL; the fee read goes to @fee. */
static char *
check_fields (MrMemberEditor *self,
              double         *fee)
{
  g_autofree char *fee_text = row_text (self->fee_row);
  g_autofree char *link = row_text (self->link_row);
  gboolean fee_ok = TRUE;
  gboolean link_ok = link == NULL || is_web_link (link);
  double value = NAN;

  if (fee_text != NULL)
    fee_ok = mr_campaign_parse_amount (fee_text, &value);
  if (fee != NULL)
    *fee = value;

  mark_row (self->fee_row, !fee_ok);
  mark_row (self->link_row, !link_ok);

  if (!fee_ok)
    {
      g_autofree char *example = mr_format_decimal (250, 0);

      /* Translators: under a member's fee; %s is an example amount, such as 250. */
      return g_strdup_printf (_("Write the fee as a number, like %s, or leave it empty until it is agreed."),
                              example);
    }
  if (!link_ok)
    return g_strdup (_("A tracked link is a web address starting with https://, like https://shop.example/?ref=lotte."));
  return NULL;
}

gboolean
mr_member_editor_can_save (MrMemberEditor *self)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *fields = NULL;
  gboolean ok;

  g_return_val_if_fail (MR_IS_MEMBER_EDITOR (self), FALSE);

  fields = check_fields (self, NULL);
  ok = fields == NULL;
  rows = deliverable_rows (self);
  for (guint i = 0; i < rows->len; i++)
    ok = mr_deliverable_row_check (g_ptr_array_index (rows, i)) && ok;
  return ok;
}

static void
validate (MrMemberEditor *self)
{
  g_autofree char *fields = check_fields (self, NULL);

  gtk_label_set_text (self->fields_error, fields != NULL ? fields : "");
  gtk_widget_set_visible (GTK_WIDGET (self->fields_error), fields != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "member-editor.save",
                                 mr_member_editor_can_save (self));
}

/* ── Saving ──────────────────────────────────────────────────────────────────────── */

typedef struct
{
  double  fee;
  gint64  account_id;
  char   *promo_code;
  char   *link;
} MemberValues;

typedef struct
{
  MrDeliverable *deliverable;
  char          *title;
  char          *due_date;
  gboolean       done;
} DeliverableValues;

static void
deliverable_values_free (gpointer data)
{
  DeliverableValues *values = data;

  g_object_unref (values->deliverable);
  g_free (values->title);
  g_free (values->due_date);
  g_free (values);
}

static void
remember_deliverable (GPtrArray     *old,
                      MrDeliverable *deliverable)
{
  DeliverableValues *values = g_new0 (DeliverableValues, 1);

  values->deliverable = g_object_ref (deliverable);
  values->title = g_strdup (mr_deliverable_get_title (deliverable));
  values->due_date = g_strdup (mr_deliverable_get_due_date (deliverable));
  values->done = mr_deliverable_get_done (deliverable);
  g_ptr_array_add (old, values);
}

static gboolean
write_deliverables (MrMemberEditor  *self,
                    GPtrArray       *old,
                    GError         **error)
{
  g_autoptr(GPtrArray) rows = deliverable_rows (self);

  /* By id: after a failed save the lists were read again, into new objects. */
  for (guint i = 0; i < self->removed_ids->len; i++)
    {
      GListModel *deliverables = mr_campaign_member_get_deliverables (self->member);
      gint64 id = g_array_index (self->removed_ids, gint64, i);

      for (guint j = 0; j < g_list_model_get_n_items (deliverables); j++)
        {
          g_autoptr(MrDeliverable) deliverable = g_list_model_get_item (deliverables, j);

          if (mr_deliverable_get_id (deliverable) == id)
            {
              if (!mr_store_remove_deliverable (self->store, deliverable, error))
                return FALSE;
              break;
            }
        }
    }

  for (guint i = 0; i < rows->len; i++)
    {
      MrDeliverableRow *row = g_ptr_array_index (rows, i);
      MrDeliverable *deliverable = mr_deliverable_row_get_deliverable (row);
      g_autofree char *title = mr_deliverable_row_dup_title (row);
      g_autofree char *due = mr_deliverable_row_dup_due_date (row);
      gboolean done = mr_deliverable_row_get_done (row);

      if (mr_deliverable_row_is_blank (row))
        continue;

      if (deliverable == NULL)
        {
          g_autoptr(MrDeliverable) added = mr_deliverable_new (title);

          mr_deliverable_set_due_date (added, due);
          mr_deliverable_set_done (added, done);
          if (!mr_store_add_deliverable (self->store, self->member, added, error))
            return FALSE;
          continue;
        }

      if (g_strcmp0 (title, mr_deliverable_get_title (deliverable)) == 0 &&
          g_strcmp0 (due, mr_deliverable_get_due_date (deliverable)) == 0 &&
          done == mr_deliverable_get_done (deliverable))
        continue;

      remember_deliverable (old, deliverable);
      g_object_freeze_notify (G_OBJECT (deliverable));
      mr_deliverable_set_title (deliverable, title);
      mr_deliverable_set_due_date (deliverable, due);
      mr_deliverable_set_done (deliverable, done);
      g_object_thaw_notify (G_OBJECT (deliverable));
      if (!mr_store_save_deliverable (self->store, deliverable, error))
        return FALSE;
    }
  return TRUE;
}

static gint64
chosen_account (MrMemberEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->account_row);

  return selected < self->account_ids->len ? g_array_index (self->account_ids, gint64, selected) : 0;
}

static void
write_member (MrCampaignMember *member,
              MemberValues     *values)
{
  g_object_freeze_notify (G_OBJECT (member));
  mr_campaign_member_set_fee (member, values->fee);
  mr_campaign_member_set_account_id (member, values->account_id);
  mr_campaign_member_set_promo_code (member, values->promo_code);
  mr_campaign_member_set_link (member, values->link);
  g_object_thaw_notify (G_OBJECT (member));
}

static gboolean
store_form (MrMemberEditor  *self,
            GError         **error)
{
  g_autoptr(GPtrArray) old_deliverables = g_ptr_array_new_with_free_func (deliverable_values_free);
  MemberValues form = { 0 }, old;
  gboolean ok;

  g_free (check_fields (self, &form.fee));
  form.account_id = chosen_account (self);
  form.promo_code = row_text (self->promo_row);
  form.link = row_text (self->link_row);

  old.fee = mr_campaign_member_get_fee (self->member);
  old.account_id = mr_campaign_member_get_account_id (self->member);
  old.promo_code = g_strdup (mr_campaign_member_get_promo_code (self->member));
  old.link = g_strdup (mr_campaign_member_get_link (self->member));

  ok = mr_store_begin (self->store, error);
  if (ok)
    {
      write_member (self->member, &form);
      ok = mr_store_save_member (self->store, self->member, error) &&
           write_deliverables (self, old_deliverables, error);
      if (ok)
        ok = mr_store_commit (self->store, error);
      else
        mr_store_rollback (self->store);
    }

  if (!ok)
    {
      write_member (self->member, &old);
      for (guint i = 0; i < old_deliverables->len; i++)
        {
          DeliverableValues *values = g_ptr_array_index (old_deliverables, i);

          mr_deliverable_set_title (values->deliverable, values->title);
          mr_deliverable_set_due_date (values->deliverable, values->due_date);
          mr_deliverable_set_done (values->deliverable, values->done);
        }
      /* Deliverables added or removed before the failure are read again as stored. */
      mr_store_reload (self->store, NULL);
    }

  g_free (form.promo_code);
  g_free (form.link);
  g_free (old.promo_code);
  g_free (old.link);
  return ok;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MrMemberEditor *self = MR_MEMBER_EDITOR (widget);
  g_autoptr(GError) error = NULL;

  if (!mr_member_editor_can_save (self))
    return;
  if (mr_campaign_member_get_id (self->member) == 0)
    {
      gtk_label_set_text (self->error_label,
                          _("This creator has been removed from the campaign meanwhile. Undo the removal to edit what was agreed."));
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }

  if (!store_form (self, &error))
    {
      gtk_label_set_text (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }
  gtk_window_close (GTK_WINDOW (self));
}

static void
on_entry_activated (MrMemberEditor *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "member-editor.save", NULL);
}

/* ── Deliverables ────────────────────────────────────────────────────────────────── */

static void
on_deliverable_remove (MrDeliverableRow *row,
                       MrMemberEditor   *self)
{
  MrDeliverable *deliverable = mr_deliverable_row_get_deliverable (row);

  if (deliverable != NULL && mr_deliverable_get_id (deliverable) > 0)
    {
      gint64 id = mr_deliverable_get_id (deliverable);

      g_array_append_val (self->removed_ids, id);
    }
  gtk_list_box_remove (self->deliverables, GTK_WIDGET (row));
  validate (self);
}

static GtkWidget *
append_deliverable (MrMemberEditor *self,
                    MrDeliverable  *deliverable)
{
  GtkWidget *row = mr_deliverable_row_new (deliverable);

  g_signal_connect_object (row, "changed", G_CALLBACK (validate), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "remove", G_CALLBACK (on_deliverable_remove), self, 0);
  gtk_list_box_append (self->deliverables, row);
  return row;
}

static void
add_deliverable_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  MrMemberEditor *self = MR_MEMBER_EDITOR (widget);
  GtkWidget *row = append_deliverable (self, NULL);

  gtk_widget_child_focus (row, GTK_DIR_TAB_FORWARD);
  validate (self);
}

/* ── Filling the form ────────────────────────────────────────────────────────────── */

static void
fill_accounts (MrMemberEditor *self,
               MrCreator      *creator)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GListModel *accounts = creator != NULL ? mr_creator_get_accounts (creator) : NULL;
  MrAccount *primary = creator != NULL ? mr_creator_get_primary_account (creator) : NULL;
  gint64 chosen = mr_campaign_member_get_account_id (self->member);
  guint selected = 0;

  for (guint i = 0; accounts != NULL && i < g_list_model_get_n_items (accounts); i++)
    {
      g_autoptr(MrAccount) account = g_list_model_get_item (accounts, i);
      g_autofree char *label = NULL;
      gint64 id = mr_account_get_id (account);

      /* Translators: a creator's account; %1$s is the platform, %2$s the handle. */
      label = g_strdup_printf (C_("account", "%1$s @%2$s"),
                               mr_platform_get_label (mr_account_get_platform (account)),
                               mr_account_get_handle (account));
      gtk_string_list_append (labels, label);
      g_array_append_val (self->account_ids, id);
      if (id == chosen || (chosen == 0 && account == primary))
        selected = i;
    }

  if (self->account_ids->len == 0)
    {
      /* Translators: the account of a creator who has none in Microreach. */
      gtk_string_list_append (labels, C_("account", "None"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->account_row),
                                   _("Add the creator’s accounts on the Creators page"));
      gtk_widget_set_sensitive (GTK_WIDGET (self->account_row), FALSE);
    }
  else
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->account_row),
                                   _("Where the content is posted; its followers decide the tier"));
    }
  adw_combo_row_set_model (self->account_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->account_row, selected);
}

static void
fill_form (MrMemberEditor *self)
{
  MrCreator *creator = mr_member_find_creator (self->store, self->member);
  GListModel *deliverables = mr_campaign_member_get_deliverables (self->member);
  g_autofree char *fee = mr_campaign_format_amount (mr_campaign_member_get_fee (self->member));
  g_autofree char *fee_title = NULL;
  const char *promo = mr_campaign_member_get_promo_code (self->member);
  const char *link = mr_campaign_member_get_link (self->member);

  gtk_window_set_title (GTK_WINDOW (self), creator != NULL ? mr_creator_get_name (creator)
                                                           : _("Campaign Member"));
  /* Translators: the title of a member's fee; %s is a currency code such as EUR. */
  fee_title = g_strdup_printf (_("Fee in %s"), mr_campaign_get_currency (self->campaign));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->fee_row), fee_title);
  gtk_editable_set_text (GTK_EDITABLE (self->fee_row), fee);
  fill_accounts (self, creator);
  gtk_editable_set_text (GTK_EDITABLE (self->promo_row), promo != NULL ? promo : "");
  gtk_editable_set_text (GTK_EDITABLE (self->link_row), link != NULL ? link : "");

  for (guint i = 0; i < g_list_model_get_n_items (deliverables); i++)
    {
      g_autoptr(MrDeliverable) deliverable = g_list_model_get_item (deliverables, i);

      append_deliverable (self, deliverable);
    }

  validate (self);
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->fee_row));
}

/* ── Object ──────────────────────────────────────────────────────────────────────── */

MrMemberEditor *
mr_member_editor_new (GtkWindow        *parent,
                      MrStore          *store,
                      MrCampaign       *campaign,
                      MrCampaignMember *member)
{
  MrMemberEditor *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (MR_IS_STORE (store), NULL);
  g_return_val_if_fail (MR_IS_CAMPAIGN (campaign), NULL);
  g_return_val_if_fail (MR_IS_CAMPAIGN_MEMBER (member), NULL);

  self = g_object_new (MR_TYPE_MEMBER_EDITOR, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->campaign = g_object_ref (campaign);
  self->member = g_object_ref (member);
  fill_form (self);

  return self;
}

static void
mr_member_editor_dispose (GObject *object)
{
  MrMemberEditor *self = MR_MEMBER_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MR_TYPE_MEMBER_EDITOR);
  g_clear_object (&self->member);
  g_clear_object (&self->campaign);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (mr_member_editor_parent_class)->dispose (object);
}

static void
mr_member_editor_finalize (GObject *object)
{
  MrMemberEditor *self = MR_MEMBER_EDITOR (object);

  g_clear_pointer (&self->account_ids, g_array_unref);
  g_clear_pointer (&self->removed_ids, g_array_unref);

  G_OBJECT_CLASS (mr_member_editor_parent_class)->finalize (object);
}

static void
mr_member_editor_class_init (MrMemberEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mr_member_editor_dispose;
  object_class->finalize = mr_member_editor_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/campaigns/mr-member-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, MrMemberEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, MrMemberEditor, fee_row);
  gtk_widget_class_bind_template_child (widget_class, MrMemberEditor, account_row);
  gtk_widget_class_bind_template_child (widget_class, MrMemberEditor, promo_row);
  gtk_widget_class_bind_template_child (widget_class, MrMemberEditor, link_row);
  gtk_widget_class_bind_template_child (widget_class, MrMemberEditor, fields_error);
  gtk_widget_class_bind_template_child (widget_class, MrMemberEditor, deliverables);
  gtk_widget_class_bind_template_callback (widget_class, validate);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated);

  gtk_widget_class_install_action (widget_class, "member-editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "member-editor.add-deliverable", NULL,
                                   add_deliverable_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mr_member_editor_init (MrMemberEditor *self)
{
  GtkWidget *placeholder;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->account_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->removed_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  placeholder = gtk_label_new (_("Nothing agreed yet: add a Reel, a story or a video with the day it is due."));
  gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_widget_set_margin_start (placeholder, 12);
  gtk_widget_set_margin_end (placeholder, 12);
  gtk_list_box_set_placeholder (self->deliverables, placeholder);
}
