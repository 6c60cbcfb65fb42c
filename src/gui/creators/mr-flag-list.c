/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-flag-list"

#include "config.h"

#include <glib/gi18n.h>

#include "mr-flag-list.h"

struct _MrFlagList
{
  GtkWidget   parent_instance;

  GtkListBox *list;
};

G_DEFINE_FINAL_TYPE (MrFlagList, mr_flag_list, GTK_TYPE_WIDGET)

GtkWidget *
mr_flag_list_new (void)
{
  return g_object_new (MR_TYPE_FLAG_LIST, NULL);
}

GtkListBox *
mr_flag_list_get_list (MrFlagList *self)
{
  g_return_val_if_fail (MR_IS_FLAG_LIST (self), NULL);

  return self->list;
}

static void
describe_severity (MrSeverity   severity,
                   const char **icon,
                   const char **style,
                   const char **words)
{
  switch (severity)
    {
    case MR_SEVERITY_ALERT:
      *icon = "dialog-error-symbolic";
      *style = "error";
      *words = C_("flag severity", "Alert");
      break;
    case MR_SEVERITY_WARNING:
      *icon = "dialog-warning-symbolic";
      *style = "warning";
      *words = C_("flag severity", "Warning");
      break;
    case MR_SEVERITY_INFO:
    default:
      *icon = "dialog-information-symbolic";
      *style = "accent";
      *words = C_("flag severity", "Note");
      break;
    }
}

static GtkWidget *
flag_row (const MrFlag *flag)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *image;
  GtkWidget *label;
  const char *icon, *style, *words;
  g_autofree char *accessible = NULL;

  describe_severity (flag->severity, &icon, &style, &words);

  image = gtk_image_new_from_icon_name (icon);
  gtk_widget_add_css_class (image, style);
  gtk_widget_set_valign (image, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (image, words);
  gtk_accessible_update_property (GTK_ACCESSIBLE (image),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, words, -1);

  label = gtk_label_new (flag->message);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_widget_set_hexpand (label, TRUE);

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_box_append (GTK_BOX (box), image);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_name (row, flag->code);

  /* Translators: a flag read aloud: its severity ("Warning"), then its sentence. */
  accessible = g_strdup_printf (C_("flag", "%1$s: %2$s"), words, flag->message);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);

  return row;
}

void
mr_flag_list_show (MrFlagList *self,
                   GPtrArray  *flags)
{
  GtkListBoxRow *row;

  g_return_if_fail (MR_IS_FLAG_LIST (self));

  /* By row, not by child: the placeholder is a child of the list too. */
  while ((row = gtk_list_box_get_row_at_index (self->list, 0)) != NULL)
    gtk_list_box_remove (self->list, GTK_WIDGET (row));

  for (guint i = 0; flags != NULL && i < flags->len; i++)
    gtk_list_box_append (self->list, flag_row (g_ptr_array_index (flags, i)));
}

static void
mr_flag_list_dispose (GObject *object)
{
  MrFlagList *self = MR_FLAG_LIST (object);

  if (self->list != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->list));
  self->list = NULL;

  G_OBJECT_CLASS (mr_flag_list_parent_class)->dispose (object);
}

static void
mr_flag_list_class_init (MrFlagListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mr_flag_list_dispose;
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);
}

static void
mr_flag_list_init (MrFlagList *self)
{
  GtkWidget *placeholder = gtk_label_new (_("Nothing to flag: the figures show no warning signs."));

  gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
  gtk_widget_set_margin_start (placeholder, 12);
  gtk_widget_set_margin_end (placeholder, 12);
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_widget_add_css_class (placeholder, "dim-label");

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_list_box_set_placeholder (self->list, placeholder);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Flags"), -1);
  gtk_widget_set_parent (GTK_WIDGET (self->list), GTK_WIDGET (self));
}
