/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-import-columns-row"

#include "config.h"

#include <glib/gi18n.h>

#include "mr-import-columns-row.h"
#include "mr-import-roster.h"

/* The columns of a creator list are guessed from its headers; here the user sees each
 * header with what it is read as and corrects the guess. The item keeps the choice
 * (one header per column), so a choice that takes a column from another header shows
 * in that header's drop-down too. */

struct _MrImportColumnsRow
{
  AdwExpanderRow  parent_instance;

  MrImportItem   *item;
  GPtrArray      *choosers;   /* GtkDropDown, one per header listed */
  GArray         *fields;     /* guint: the header field of each chooser */
};

G_DEFINE_FINAL_TYPE (MrImportColumnsRow, mr_import_columns_row, ADW_TYPE_EXPANDER_ROW)

/* A drop-down's positions: "Not imported", then the roster's columns in their order. */
#define NOT_IMPORTED 0

static guint
position_of (int column)
{
  return column < 0 ? NOT_IMPORTED : (guint) column + 1;
}

/* The labels are written to stand inside a sentence ("Volgers → followers"); as choices
 * in a list they start with a capital, as "Not imported" does. */
static char *
as_choice (const char *label)
{
  char first[6];
  int length = g_unichar_to_utf8 (g_unichar_totitle (g_utf8_get_char (label)), first);

  return g_strdup_printf ("%.*s%s", length, first, g_utf8_next_char (label));
}

static GStrv
build_choices (void)
{
  guint n_columns = mr_import_roster_get_n_columns ();
  GPtrArray *choices = g_ptr_array_new ();

  /* Translators: the choice for a header whose column is left out of the import */
  g_ptr_array_add (choices, g_strdup (C_("roster column", "Not imported")));
  for (guint column = 0; column < n_columns; column++)
    g_ptr_array_add (choices, as_choice (mr_import_roster_get_column_label (column)));
  g_ptr_array_add (choices, NULL);
  return (GStrv) g_ptr_array_free (choices, FALSE);
}

static void
on_chosen (GtkDropDown        *chooser,
           GParamSpec         *pspec,
           MrImportColumnsRow *self)
{
  guint index, position = gtk_drop_down_get_selected (chooser);

  if (position == GTK_INVALID_LIST_POSITION ||
      !g_ptr_array_find (self->choosers, chooser, &index))
    return;
  mr_import_item_set_column (self->item, g_array_index (self->fields, guint, index),
                             (int) position - 1);
}

static void
show_columns (MrImportColumnsRow *self)
{
  for (guint i = 0; i < self->choosers->len; i++)
    {
      int column = mr_import_item_get_column (self->item,
                                              g_array_index (self->fields, guint, i));

      gtk_drop_down_set_selected (g_ptr_array_index (self->choosers, i), position_of (column));
    }
}

/* The row labels the drop-down with its title too, which a screen reader would say after
 * @name: "Column “Volgers” Volgers". GTK 4.8 leaves the button inside the drop-down,
 * which is what takes the focus, without a name of its own. */
static void
name_chooser (GtkWidget  *chooser,
              const char *name)
{
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (chooser),
                                 GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  gtk_accessible_update_property (GTK_ACCESSIBLE (chooser),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  for (GtkWidget *child = gtk_widget_get_first_child (chooser);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_TOGGLE_BUTTON (child))
      gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

static GtkWidget *
build_header_row (MrImportColumnsRow *self,
                  guint               field,
                  const char * const *choices)
{
  const char *header = mr_import_item_get_headers (self->item)[field];
  g_autofree char *title = g_markup_escape_text (header, -1);
  /* Translators: the accessible name of the choice of what a header is read as;
   * %s is the header as the file writes it: Column “Volgers” */
  g_autofree char *name = g_strdup_printf (_("Column “%s”"), header);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *chooser = gtk_drop_down_new_from_strings (choices);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_set_valign (chooser, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), chooser);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), chooser);
  name_chooser (chooser, name);

  g_ptr_array_add (self->choosers, chooser);
  g_array_append_val (self->fields, field);
  return row;
}

static void
build (MrImportColumnsRow *self)
{
  const char * const *headers = mr_import_item_get_headers (self->item);
  g_auto(GStrv) choices = build_choices ();

  for (guint field = 0; headers[field] != NULL; field++)
    {
      /* Spreadsheets often end in empty columns; they hold nothing to read. */
      if (headers[field][0] == '\0')
        continue;
      adw_expander_row_add_row (ADW_EXPANDER_ROW (self),
                                build_header_row (self, field,
                                                  (const char * const *) choices));
    }
  show_columns (self);
  for (guint i = 0; i < self->choosers->len; i++)
    g_signal_connect_object (g_ptr_array_index (self->choosers, i), "notify::selected",
                             G_CALLBACK (on_chosen), self, 0);
  g_signal_connect_object (self->item, "notify::mapping", G_CALLBACK (show_columns), self,
                           G_CONNECT_SWAPPED);
}

GtkWidget *
mr_import_columns_row_new (MrImportItem *item)
{
  MrImportColumnsRow *self;

  g_return_val_if_fail (MR_IS_IMPORT_ITEM (item), NULL);
  g_return_val_if_fail (mr_import_item_get_headers (item) != NULL, NULL);

  self = g_object_new (MR_TYPE_IMPORT_COLUMNS_ROW, NULL);
  self->item = g_object_ref (item);
  build (self);
  return GTK_WIDGET (self);
}

static void
mr_import_columns_row_dispose (GObject *object)
{
  MrImportColumnsRow *self = MR_IMPORT_COLUMNS_ROW (object);

  /* The drop-downs go with the rows; the item may outlive them all. */
  g_ptr_array_set_size (self->choosers, 0);
  if (self->item != NULL)
    g_signal_handlers_disconnect_by_data (self->item, self);
  g_clear_object (&self->item);

  G_OBJECT_CLASS (mr_import_columns_row_parent_class)->dispose (object);
}

static void
mr_import_columns_row_finalize (GObject *object)
{
  MrImportColumnsRow *self = MR_IMPORT_COLUMNS_ROW (object);

  g_ptr_array_unref (self->choosers);
  g_array_unref (self->fields);

  G_OBJECT_CLASS (mr_import_columns_row_parent_class)->finalize (object);
}

static void
mr_import_columns_row_class_init (MrImportColumnsRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mr_import_columns_row_dispose;
  object_class->finalize = mr_import_columns_row_finalize;
}

static void
mr_import_columns_row_init (MrImportColumnsRow *self)
{
  self->choosers = g_ptr_array_new ();
  self->fields = g_array_new (FALSE, FALSE, sizeof (guint));
}
