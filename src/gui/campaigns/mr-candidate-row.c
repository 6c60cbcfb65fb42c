/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-candidate-row"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "mr-candidate-row.h"
#include "mr-number-format.h"
#include "mr-roster-key.h"

#define AVATAR_SIZE 32

struct _MrCandidateRow
{
  GtkWidget       parent_instance;

  MrCreator      *creator;
  gboolean        showing;     /* the box follows the dialog, not the user */

  GtkWidget      *box;
  GtkCheckButton *check;
  AdwAvatar      *avatar;
  GtkLabel       *name_label;
  GtkLabel       *detail_label;
};

G_DEFINE_FINAL_TYPE (MrCandidateRow, mr_candidate_row, GTK_TYPE_WIDGET)

enum {
  SIGNAL_TOGGLED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
describe (MrCreator *creator,
          gboolean   member)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  MrAccount *account = mr_creator_get_primary_account (creator);
  MrVetting *vetting = mr_creator_get_vetting (creator);
  gint64 followers = mr_roster_key_get (creator)->followers;

  if (member)
    g_ptr_array_add (parts, g_strdup (_("Already in this campaign")));
  if (mr_creator_get_niche (creator) != NULL)
    g_ptr_array_add (parts, g_strdup (mr_creator_get_niche (creator)));
  if (account != NULL)
    /* Translators: a creator's account; %1$s is the platform, %2$s the handle. */
    g_ptr_array_add (parts, g_strdup_printf (C_("account", "%1$s @%2$s"),
                                             mr_platform_get_label (mr_account_get_platform (account)),
                                             mr_account_get_handle (account)));
  if (vetting != NULL && vetting->tier != MR_TIER_NONE)
    g_ptr_array_add (parts, g_strdup (mr_tier_get_label (vetting->tier)));
  if (followers >= 0)
    {
      g_autofree char *count = mr_format_count (followers);

      /* Translators: a creator's followers on their largest account. */
      g_ptr_array_add (parts, g_strdup_printf (ngettext ("%s follower", "%s followers", (gulong) followers),
                                               count));
    }
  g_ptr_array_add (parts, NULL);

  return g_strjoinv (" · ", (char **) parts->pdata);
}

MrCreator *
mr_candidate_row_get_creator (MrCandidateRow *self)
{
  g_return_val_if_fail (MR_IS_CANDIDATE_ROW (self), NULL);

  return self->creator;
}

gboolean
mr_candidate_row_get_chosen (MrCandidateRow *self)
{
  g_return_val_if_fail (MR_IS_CANDIDATE_ROW (self), FALSE);

  return gtk_check_button_get_active (self->check) &&
         gtk_widget_get_sensitive (GTK_WIDGET (self->check));
}

void
mr_candidate_row_show (MrCandidateRow *self,
                       MrCreator      *creator,
                       gboolean        chosen,
                       gboolean        member)
{
  g_autofree char *detail = NULL;
  const char *name;

  g_return_if_fail (MR_IS_CANDIDATE_ROW (self));
  g_return_if_fail (creator == NULL || MR_IS_CREATOR (creator));

  g_set_object (&self->creator, creator);
  if (creator == NULL)
    return;

  name = mr_creator_get_name (creator);
  detail = describe (creator, member);
  adw_avatar_set_text (self->avatar, name);
  gtk_label_set_text (self->name_label, name);
  gtk_label_set_text (self->detail_label, detail);

  self->showing = TRUE;
  gtk_check_button_set_active (self->check, chosen || member);
  self->showing = FALSE;
  gtk_widget_set_sensitive (GTK_WIDGET (self->check), !member);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->check),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, detail, -1);
}

static void
on_check_toggled (MrCandidateRow *self)
{
  if (!self->showing && self->creator != NULL)
    g_signal_emit (self, signals[SIGNAL_TOGGLED], 0);
}

GtkWidget *
mr_candidate_row_new (void)
{
  return g_object_new (MR_TYPE_CANDIDATE_ROW, NULL);
}

static void
mr_candidate_row_dispose (GObject *object)
{
  MrCandidateRow *self = MR_CANDIDATE_ROW (object);

  g_clear_object (&self->creator);
  g_clear_pointer (&self->box, gtk_widget_unparent);

  G_OBJECT_CLASS (mr_candidate_row_parent_class)->dispose (object);
}

static void
mr_candidate_row_class_init (MrCandidateRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mr_candidate_row_dispose;

  signals[SIGNAL_TOGGLED] = g_signal_new ("toggled", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "mr-candidate-row");
}

static void
mr_candidate_row_init (MrCandidateRow *self)
{
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

  self->box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_margin_top (self->box, 6);
  gtk_widget_set_margin_bottom (self->box, 6);
  gtk_widget_set_margin_start (self->box, 6);
  gtk_widget_set_margin_end (self->box, 6);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  self->check = GTK_CHECK_BUTTON (gtk_check_button_new ());
  gtk_widget_set_valign (GTK_WIDGET (self->check), GTK_ALIGN_CENTER);
  g_signal_connect_swapped (self->check, "toggled", G_CALLBACK (on_check_toggled), self);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->check));

  self->avatar = ADW_AVATAR (adw_avatar_new (AVATAR_SIZE, NULL, TRUE));
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->avatar), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->avatar));

  gtk_widget_set_hexpand (texts, TRUE);
  gtk_widget_set_valign (texts, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (self->box), texts);

  self->name_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->name_label, 0);
  gtk_label_set_ellipsize (self->name_label, PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (GTK_WIDGET (self->name_label), "heading");
  gtk_box_append (GTK_BOX (texts), GTK_WIDGET (self->name_label));

  self->detail_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->detail_label, 0);
  gtk_label_set_wrap (self->detail_label, TRUE);
  gtk_label_set_wrap_mode (self->detail_label, PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (GTK_WIDGET (self->detail_label), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (self->detail_label), "caption");
  gtk_box_append (GTK_BOX (texts), GTK_WIDGET (self->detail_label));
}
