/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-creator-editor-account"

#include "config.h"

#include <glib/gi18n.h>

#include "mr-creator-editor-account.h"

struct _MrCreatorEditorAccount
{
  GtkListBoxRow  parent_instance;

  MrAccount     *account;
  GtkDropDown   *platform;
  GtkEntry      *handle;
  GtkLabel      *error;
  char          *error_text;
};

G_DEFINE_FINAL_TYPE (MrCreatorEditorAccount, mr_creator_editor_account, GTK_TYPE_LIST_BOX_ROW)

enum {
  SIGNAL_CHANGED,
  SIGNAL_REMOVE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* What a handle looks like on each platform, as the entry's placeholder. */
static const char *
placeholder (MrPlatform platform)
{
  switch (platform)
    {
    case MR_PLATFORM_BLUESKY:
      return "name.bsky.social";
    case MR_PLATFORM_MASTODON:
      return "name@mastodon.social";
    case MR_PLATFORM_OTHER:
      return "";
    case MR_PLATFORM_TIKTOK:
    case MR_PLATFORM_INSTAGRAM:
    case MR_PLATFORM_YOUTUBE:
    default:
      return "@name";
    }
}

static void
on_changed (MrCreatorEditorAccount *self)
{
  MrPlatform platform = mr_creator_editor_account_get_platform (self);

  gtk_entry_set_placeholder_text (self->handle, placeholder (platform));
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

static void
on_remove_clicked (MrCreatorEditorAccount *self)
{
  g_signal_emit (self, signals[SIGNAL_REMOVE], 0);
}

static void
mr_creator_editor_account_dispose (GObject *object)
{
  MrCreatorEditorAccount *self = MR_CREATOR_EDITOR_ACCOUNT (object);

  g_clear_object (&self->account);

  G_OBJECT_CLASS (mr_creator_editor_account_parent_class)->dispose (object);
}

static void
mr_creator_editor_account_finalize (GObject *object)
{
  MrCreatorEditorAccount *self = MR_CREATOR_EDITOR_ACCOUNT (object);

  g_free (self->error_text);

  G_OBJECT_CLASS (mr_creator_editor_account_parent_class)->finalize (object);
}

static void
mr_creator_editor_account_class_init (MrCreatorEditorAccountClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mr_creator_editor_account_dispose;
  object_class->finalize = mr_creator_editor_account_finalize;

  signals[SIGNAL_CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[SIGNAL_REMOVE] = g_signal_new ("remove", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
mr_creator_editor_account_init (MrCreatorEditorAccount *self)
{
  g_autoptr(GtkStringList) platforms = gtk_string_list_new (NULL);
  GtkWidget *box, *line;

  for (MrPlatform p = MR_PLATFORM_TIKTOK; p <= MR_PLATFORM_OTHER; p++)
    gtk_string_list_append (platforms, mr_platform_get_label (p));

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (self), FALSE);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_add_css_class (box, "mr-editor-account");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), box);

  line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_append (GTK_BOX (box), line);

  self->platform = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&platforms)), NULL));
  gtk_drop_down_set_selected (self->platform, MR_PLATFORM_INSTAGRAM);
  gtk_widget_set_valign (GTK_WIDGET (self->platform), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->platform), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Platform"), -1);
  g_signal_connect_swapped (self->platform, "notify::selected", G_CALLBACK (on_changed), self);
  gtk_box_append (GTK_BOX (line), GTK_WIDGET (self->platform));

  self->handle = GTK_ENTRY (gtk_entry_new ());
  gtk_widget_set_hexpand (GTK_WIDGET (self->handle), TRUE);
  gtk_widget_set_valign (GTK_WIDGET (self->handle), GTK_ALIGN_CENTER);
  gtk_entry_set_placeholder_text (self->handle, placeholder (MR_PLATFORM_INSTAGRAM));
  gtk_entry_set_input_hints (self->handle, GTK_INPUT_HINT_NO_SPELLCHECK | GTK_INPUT_HINT_LOWERCASE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->handle), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Handle"), -1);
  g_signal_connect_swapped (self->handle, "changed", G_CALLBACK (on_changed), self);
  gtk_box_append (GTK_BOX (line), GTK_WIDGET (self->handle));

  self->error = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error, TRUE);
  gtk_label_set_xalign (self->error, 0.0f);
  gtk_widget_add_css_class (GTK_WIDGET (self->error), "error");
  gtk_widget_add_css_class (GTK_WIDGET (self->error), "caption");
  gtk_widget_set_visible (GTK_WIDGET (self->error), FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->error));
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->handle),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->error, NULL, -1);
}

GtkWidget *
mr_creator_editor_account_new (MrAccount *account)
{
  MrCreatorEditorAccount *self = g_object_new (MR_TYPE_CREATOR_EDITOR_ACCOUNT, NULL);

  g_return_val_if_fail (account == NULL || MR_IS_ACCOUNT (account), NULL);

  if (account != NULL)
    {
      self->account = g_object_ref (account);
      gtk_drop_down_set_selected (self->platform, mr_account_get_platform (account));
      gtk_editable_set_text (GTK_EDITABLE (self->handle), mr_account_get_handle (account));
    }
  else
    {
      GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");

      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_tooltip_text (remove, _("Remove Account"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Remove Account"), -1);
      g_signal_connect_swapped (remove, "clicked", G_CALLBACK (on_remove_clicked), self);
      gtk_box_append (GTK_BOX (gtk_widget_get_parent (GTK_WIDGET (self->handle))), remove);
    }

  return GTK_WIDGET (self);
}

MrAccount *
mr_creator_editor_account_get_account (MrCreatorEditorAccount *self)
{
  g_return_val_if_fail (MR_IS_CREATOR_EDITOR_ACCOUNT (self), NULL);

  return self->account;
}

MrPlatform
mr_creator_editor_account_get_platform (MrCreatorEditorAccount *self)
{
  g_return_val_if_fail (MR_IS_CREATOR_EDITOR_ACCOUNT (self), MR_PLATFORM_OTHER);

  return (MrPlatform) gtk_drop_down_get_selected (self->platform);
}

void
mr_creator_editor_account_set_platform (MrCreatorEditorAccount *self,
                                        MrPlatform              platform)
{
  g_return_if_fail (MR_IS_CREATOR_EDITOR_ACCOUNT (self));

  gtk_drop_down_set_selected (self->platform, platform);
}

const char *
mr_creator_editor_account_get_text (MrCreatorEditorAccount *self)
{
  g_return_val_if_fail (MR_IS_CREATOR_EDITOR_ACCOUNT (self), NULL);

  return gtk_editable_get_text (GTK_EDITABLE (self->handle));
}

void
mr_creator_editor_account_set_error (MrCreatorEditorAccount *self,
                                     const char             *message)
{
  g_return_if_fail (MR_IS_CREATOR_EDITOR_ACCOUNT (self));

  if (g_strcmp0 (self->error_text, message) == 0)
    return;

  g_free (self->error_text);
  self->error_text = g_strdup (message);
  gtk_label_set_text (self->error, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error), message != NULL);
  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->handle), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->handle), "error");
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->handle), GTK_ACCESSIBLE_STATE_INVALID,
                               message != NULL ? GTK_ACCESSIBLE_INVALID_TRUE
                                               : GTK_ACCESSIBLE_INVALID_FALSE, -1);
}

