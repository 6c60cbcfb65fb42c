/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-creator-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "mr-creator-editor.h"
#include "mr-creator-editor-account.h"
#include "mr-roster-handle.h"

/* Adding a creator by hand, or editing one. Every handle is checked as it is typed,
 * against its platform's rules and against the accounts already stored, with the reason
 * right under it; Save stays off until everything can be stored. An edit is written in
 * one transaction: all of it or, when the database refuses, none of it. Accounts that
 * are stored can be changed, not removed here: removing one would take its imported
 * history along. */

struct _MrCreatorEditor
{
  AdwWindow     parent_instance;

  MrStore      *store;
  MrCreator    *creator;

  GtkButton    *save_button;
  GtkLabel     *error_label;
  AdwEntryRow  *name_row;
  AdwEntryRow  *niche_row;
  AdwEntryRow  *country_row;
  AdwComboRow  *status_row;
  GtkListBox   *accounts;
};

G_DEFINE_FINAL_TYPE (MrCreatorEditor, mr_creator_editor, ADW_TYPE_WINDOW)

enum {
  SIGNAL_SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GPtrArray *
account_rows (MrCreatorEditor *self)
{
  GPtrArray *rows = g_ptr_array_new ();

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->accounts));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (MR_IS_CREATOR_EDITOR_ACCOUNT (row))
      g_ptr_array_add (rows, row);

  return rows;
}

/* The creator who has @handle on @platform already, other than through @own. */
static MrCreator *
find_owner (MrCreatorEditor *self,
            MrPlatform       platform,
            const char      *handle,
            MrAccount       *own)
{
  GListModel *creators = mr_store_get_creators (self->store);

  for (guint i = 0; i < g_list_model_get_n_items (creators); i++)
    {
      g_autoptr(MrCreator) creator = g_list_model_get_item (creators, i);
      GListModel *accounts = mr_creator_get_accounts (creator);

      for (guint j = 0; j < g_list_model_get_n_items (accounts); j++)
        {
          g_autoptr(MrAccount) account = g_list_model_get_item (accounts, j);

          if (account != own && mr_account_get_platform (account) == platform &&
              g_ascii_strcasecmp (mr_account_get_handle (account), handle) == 0)
            return creator;
        }
    }

  return NULL;
}

/* Checks every row; returns whether all of them can be stored. Each row's handle, as
 * stored, goes to @handles (NULL for an empty row). */
static gboolean
check_accounts (MrCreatorEditor *self,
                GPtrArray       *handles)
{
  g_autoptr(GPtrArray) rows = account_rows (self);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gboolean ok = TRUE;

  for (guint i = 0; i < rows->len; i++)
    {
      MrCreatorEditorAccount *row = g_ptr_array_index (rows, i);
      MrPlatform platform = mr_creator_editor_account_get_platform (row);
      g_autofree char *message = NULL;
      g_autofree char *handle = NULL;
      g_autofree char *key = NULL;
      MrCreator *owner;

      handle = mr_roster_handle_check (mr_creator_editor_account_get_text (row), &platform, &message);
      /* A pasted link named the platform: the row follows it. */
      if (platform != mr_creator_editor_account_get_platform (row))
        mr_creator_editor_account_set_platform (row, platform);

      if (handle != NULL)
        {
          g_autofree char *lower = g_ascii_strdown (handle, -1);

          key = g_strdup_printf ("%d:%s", platform, lower);
          owner = find_owner (self, platform, handle, mr_creator_editor_account_get_account (row));
          if (owner != NULL)
            /* Translators: under a handle that another creator has; %s is their name. */
            message = g_strdup_printf (_("This account is already in Microreach, as one of %s’s."),
                                       mr_creator_get_name (owner));
          else if (g_hash_table_contains (seen, key))
            message = g_strdup (_("This account is in the list twice."));
          else
            g_hash_table_add (seen, g_strdup (key));
        }
      else if (message == NULL && mr_creator_editor_account_get_account (row) != NULL)
        {
          message = g_strdup (_("A stored account needs its handle."));
        }

      mr_creator_editor_account_set_error (row, message);
      ok = ok && message == NULL;
      if (handles != NULL)
        g_ptr_array_add (handles, message == NULL ? g_steal_pointer (&handle) : NULL);
    }

  return ok;
}

static char *
dup_entry_text (AdwEntryRow *row)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  return text[0] != '\0' ? g_steal_pointer (&text) : NULL;
}

gboolean
mr_creator_editor_can_save (MrCreatorEditor *self)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (MR_IS_CREATOR_EDITOR (self), FALSE);

  name = dup_entry_text (self->name_row);
  return check_accounts (self, NULL) && name != NULL;
}

static void
validate (MrCreatorEditor *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", mr_creator_editor_can_save (self));
}

static void
show_error (MrCreatorEditor *self,
            const char      *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

/* ── Saving ──────────────────────────────────────────────────────────────────────── */

typedef struct
{
  char            *name;
  char            *niche;
  char            *country;
  MrCreatorStatus  status;
} CreatorValues;

static void
read_values (MrCreator     *creator,
             CreatorValues *values)
{
  values->name = g_strdup (mr_creator_get_name (creator));
  values->niche = g_strdup (mr_creator_get_niche (creator));
  values->country = g_strdup (mr_creator_get_country (creator));
  values->status = mr_creator_get_status (creator);
}

static void
write_values (MrCreator     *creator,
              CreatorValues *values)
{
  mr_creator_set_name (creator, values->name);
  mr_creator_set_niche (creator, values->niche);
  mr_creator_set_country (creator, values->country);
  mr_creator_set_status (creator, values->status);
}

static void
clear_values (CreatorValues *values)
{
  g_free (values->name);
  g_free (values->niche);
  g_free (values->country);
}

static void
read_form (MrCreatorEditor *self,
           CreatorValues   *values)
{
  values->name = dup_entry_text (self->name_row);
  values->niche = dup_entry_text (self->niche_row);
  values->country = dup_entry_text (self->country_row);
  values->status = adw_combo_row_get_selected (self->status_row);
}

static gboolean
add_creator (MrCreatorEditor  *self,
             CreatorValues    *form,
             GPtrArray        *handles,
             GError          **error)
{
  g_autoptr(GPtrArray) rows = account_rows (self);
  g_autoptr(MrCreator) creator = mr_creator_new (form->name);

  write_values (creator, form);
  for (guint i = 0; i < rows->len; i++)
    {
      const char *handle = g_ptr_array_index (handles, i);
      g_autoptr(MrAccount) account = NULL;

      if (handle == NULL)
        continue;
      account = mr_account_new (mr_creator_editor_account_get_platform (g_ptr_array_index (rows, i)),
                                handle);
      g_list_store_append (G_LIST_STORE (mr_creator_get_accounts (creator)), account);
    }

  if (!mr_store_add_creator (self->store, creator, error))
    return FALSE;

  g_set_object (&self->creator, creator);
  return TRUE;
}

typedef struct
{
  MrAccount  *account;
  MrPlatform  platform;
  char       *handle;
} AccountValues;

static void
account_values_free (gpointer data)
{
  AccountValues *values = data;

  g_object_unref (values->account);
  g_free (values->handle);
  g_free (values);
}

static gboolean
write_edit (MrCreatorEditor  *self,
            CreatorValues    *form,
            GPtrArray        *handles,
            GPtrArray        *old_accounts,
            GError          **error)
{
  g_autoptr(GPtrArray) rows = account_rows (self);

  write_values (self->creator, form);
  if (!mr_store_save_creator (self->store, self->creator, error))
    return FALSE;

  for (guint i = 0; i < rows->len; i++)
    {
      MrCreatorEditorAccount *row = g_ptr_array_index (rows, i);
      MrAccount *account = mr_creator_editor_account_get_account (row);
      MrPlatform platform = mr_creator_editor_account_get_platform (row);
      const char *handle = g_ptr_array_index (handles, i);

      if (account == NULL && handle != NULL)
        {
          g_autoptr(MrAccount) added = mr_account_new (platform, handle);

          if (!mr_store_add_account (self->store, self->creator, added, error))
            return FALSE;
        }
      else if (account != NULL && (mr_account_get_platform (account) != platform ||
                                   g_strcmp0 (mr_account_get_handle (account), handle) != 0))
        {
          AccountValues *old = g_new0 (AccountValues, 1);

          old->account = g_object_ref (account);
          old->platform = mr_account_get_platform (account);
          old->handle = g_strdup (mr_account_get_handle (account));
          g_ptr_array_add (old_accounts, old);

          mr_account_set_platform (account, platform);
          mr_account_set_handle (account, handle);
          if (!mr_store_save_account (self->store, account, error))
            return FALSE;
        }
    }

  return TRUE;
}

static gboolean
edit_creator (MrCreatorEditor  *self,
              CreatorValues    *form,
              GPtrArray        *handles,
              GError          **error)
{
  g_autoptr(GPtrArray) old_accounts = g_ptr_array_new_with_free_func (account_values_free);
  CreatorValues old;
  gboolean ok;

  if (!mr_store_begin (self->store, error))
    return FALSE;

  read_values (self->creator, &old);
  ok = write_edit (self, form, handles, old_accounts, error);
  if (ok)
    ok = mr_store_commit (self->store, error);
  else
    mr_store_rollback (self->store);

  /* Nothing was stored: the objects say again what the database says. */
  if (!ok)
    {
      write_values (self->creator, &old);
      for (guint i = 0; i < old_accounts->len; i++)
        {
          AccountValues *values = g_ptr_array_index (old_accounts, i);

          mr_account_set_platform (values->account, values->platform);
          mr_account_set_handle (values->account, values->handle);
        }
    }
  clear_values (&old);
  return ok;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MrCreatorEditor *self = MR_CREATOR_EDITOR (widget);
  g_autoptr(GPtrArray) handles = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  CreatorValues form;
  gboolean ok;

  if (!check_accounts (self, handles) || !mr_creator_editor_can_save (self))
    return;
  /* Deleted (with Undo still offered) while the dialog was open. */
  if (self->creator != NULL && mr_creator_get_id (self->creator) == 0)
    {
      show_error (self, _("This creator has been deleted meanwhile. Undo the deletion to edit them."));
      return;
    }

  read_form (self, &form);
  ok = self->creator == NULL ? add_creator (self, &form, handles, &error)
                             : edit_creator (self, &form, handles, &error);
  clear_values (&form);

  if (!ok)
    {
      show_error (self, error->message);
      return;
    }

  g_signal_emit (self, signals[SIGNAL_SAVED], 0, self->creator);
  gtk_window_close (GTK_WINDOW (self));
}

/* ── Accounts ────────────────────────────────────────────────────────────────────── */

static void
on_account_remove (MrCreatorEditorAccount *row,
                   MrCreatorEditor        *self)
{
  gtk_list_box_remove (self->accounts, GTK_WIDGET (row));
  validate (self);
}

static GtkWidget *
append_account (MrCreatorEditor *self,
                MrAccount       *account)
{
  GtkWidget *row = mr_creator_editor_account_new (account);

  g_signal_connect_object (row, "changed", G_CALLBACK (validate), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "remove", G_CALLBACK (on_account_remove), self, 0);
  gtk_list_box_append (self->accounts, row);
  return row;
}

static void
add_account_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  MrCreatorEditor *self = MR_CREATOR_EDITOR (widget);
  GtkWidget *row = append_account (self, NULL);

  gtk_widget_child_focus (row, GTK_DIR_TAB_FORWARD);
  validate (self);
}

static void
on_entry_activated (MrCreatorEditor *self)
{
  if (mr_creator_editor_can_save (self))
    gtk_widget_activate_action (GTK_WIDGET (self), "editor.save", NULL);
}

/* ── Object ──────────────────────────────────────────────────────────────────────── */

static void
fill_form (MrCreatorEditor *self)
{
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);

  for (MrCreatorStatus s = MR_CREATOR_STATUS_PROSPECT; s <= MR_CREATOR_STATUS_ALUMNI; s++)
    gtk_string_list_append (statuses, mr_creator_status_get_label (s));
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));

  if (self->creator == NULL)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Add Creator"));
      gtk_button_set_label (self->save_button, _("_Add"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->save_button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Add"), -1);
      append_account (self, NULL);
    }
  else
    {
      GListModel *accounts = mr_creator_get_accounts (self->creator);
      const char *niche = mr_creator_get_niche (self->creator);
      const char *country = mr_creator_get_country (self->creator);

      gtk_window_set_title (GTK_WINDOW (self), _("Edit Creator"));
      gtk_button_set_label (self->save_button, _("_Save"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->save_button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Save"), -1);
      gtk_editable_set_text (GTK_EDITABLE (self->name_row), mr_creator_get_name (self->creator));
      gtk_editable_set_text (GTK_EDITABLE (self->niche_row), niche != NULL ? niche : "");
      gtk_editable_set_text (GTK_EDITABLE (self->country_row), country != NULL ? country : "");
      adw_combo_row_set_selected (self->status_row, mr_creator_get_status (self->creator));
      for (guint i = 0; i < g_list_model_get_n_items (accounts); i++)
        {
          g_autoptr(MrAccount) account = g_list_model_get_item (accounts, i);

          append_account (self, account);
        }
    }

  validate (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

static void
mr_creator_editor_dispose (GObject *object)
{
  MrCreatorEditor *self = MR_CREATOR_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MR_TYPE_CREATOR_EDITOR);
  g_clear_object (&self->creator);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (mr_creator_editor_parent_class)->dispose (object);
}

static void
mr_creator_editor_class_init (MrCreatorEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mr_creator_editor_dispose;

  signals[SIGNAL_SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 1, MR_TYPE_CREATOR);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/creators/mr-creator-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, MrCreatorEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, MrCreatorEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, MrCreatorEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, MrCreatorEditor, niche_row);
  gtk_widget_class_bind_template_child (widget_class, MrCreatorEditor, country_row);
  gtk_widget_class_bind_template_child (widget_class, MrCreatorEditor, status_row);
  gtk_widget_class_bind_template_child (widget_class, MrCreatorEditor, accounts);
  gtk_widget_class_bind_template_callback (widget_class, validate);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.add-account", NULL, add_account_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mr_creator_editor_init (MrCreatorEditor *self)
{
  GtkWidget *placeholder;

  gtk_widget_init_template (GTK_WIDGET (self));

  placeholder = gtk_label_new (_("No accounts yet"));
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_list_box_set_placeholder (self->accounts, placeholder);
}

MrCreatorEditor *
mr_creator_editor_new (MrStore   *store,
                       MrCreator *creator)
{
  MrCreatorEditor *self;

  g_return_val_if_fail (MR_IS_STORE (store), NULL);
  g_return_val_if_fail (creator == NULL || MR_IS_CREATOR (creator), NULL);

  self = g_object_new (MR_TYPE_CREATOR_EDITOR, NULL);
  self->store = g_object_ref (store);
  self->creator = creator != NULL ? g_object_ref (creator) : NULL;
  fill_form (self);

  return self;
}
