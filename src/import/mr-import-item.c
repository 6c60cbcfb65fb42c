/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-import-item"

#include "config.h"

#include <glib/gi18n.h>

#include "mr-import-item-private.h"
#include "mr-import-roster.h"

enum {
  PROP_0,
  PROP_STATE,
  PROP_HANDLE,
  PROP_MAPPING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (MrImportItem, mr_import_item, G_TYPE_OBJECT)

static void
mr_import_item_finalize (GObject *object)
{
  MrImportItem *self = MR_IMPORT_ITEM (object);

  g_clear_object (&self->file);
  g_free (self->display_name);
  g_free (self->directory);
  g_free (self->message);
  g_free (self->handle);
  g_free (self->account_name);
  g_free (self->checksum);
  g_strfreev (self->headers);
  g_free (self->columns);
  g_free (self->mapping);

  G_OBJECT_CLASS (mr_import_item_parent_class)->finalize (object);
}

static void
mr_import_item_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  MrImportItem *self = MR_IMPORT_ITEM (object);

  switch (prop_id)
    {
    case PROP_STATE:
      g_value_set_int (value, self->state);
      break;
    case PROP_HANDLE:
      g_value_set_string (value, self->handle);
      break;
    case PROP_MAPPING:
      g_value_set_string (value, self->mapping);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mr_import_item_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  MrImportItem *self = MR_IMPORT_ITEM (object);

  switch (prop_id)
    {
    case PROP_HANDLE:
      mr_import_item_set_handle (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mr_import_item_class_init (MrImportItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mr_import_item_finalize;
  object_class->get_property = mr_import_item_get_property;
  object_class->set_property = mr_import_item_set_property;

  properties[PROP_STATE] =
    g_param_spec_int ("state", NULL, NULL, MR_IMPORT_ITEM_READY, MR_IMPORT_ITEM_UNRECOGNIZED,
                      MR_IMPORT_ITEM_READY,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HANDLE] =
    g_param_spec_string ("handle", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MAPPING] =
    g_param_spec_string ("mapping", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mr_import_item_init (MrImportItem *self)
{
  self->platform = MR_PLATFORM_OTHER;
  g_date_clear (&self->export_date, 1);
  g_date_clear (&self->period_start, 1);
  g_date_clear (&self->period_end, 1);
}

MrImportItem *
mr_import_item_new (GFile *file)
{
  MrImportItem *self;
  g_autoptr(GFile) parent = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (MR_TYPE_IMPORT_ITEM, NULL);
  self->file = g_object_ref (file);
  self->display_name = g_file_get_basename (file);
  parent = g_file_get_parent (file);
  self->directory = parent != NULL ? g_file_get_uri (parent) : g_strdup ("");
  return self;
}

GFile *
mr_import_item_get_file (MrImportItem *self)
{
  g_return_val_if_fail (MR_IS_IMPORT_ITEM (self), NULL);
  return self->file;
}

const char *
mr_import_item_get_display_name (MrImportItem *self)
{
  g_return_val_if_fail (MR_IS_IMPORT_ITEM (self), NULL);
  return self->display_name;
}

MrImportItemState
mr_import_item_get_state (MrImportItem *self)
{
  g_return_val_if_fail (MR_IS_IMPORT_ITEM (self), MR_IMPORT_ITEM_UNRECOGNIZED);
  return self->state;
}

void
mr_import_item_set_state (MrImportItem      *self,
                          MrImportItemState  state,
                          const char        *message)
{
  g_return_if_fail (MR_IS_IMPORT_ITEM (self));

  if (g_strcmp0 (message, self->message) != 0)
    {
      g_free (self->message);
      self->message = g_strdup (message);
    }
  if (self->state == state)
    return;
  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}



const char *
mr_import_item_get_format_label (MrImportItem *self)
{
  g_return_val_if_fail (MR_IS_IMPORT_ITEM (self), NULL);

  if (self->restore)
    return _("Microreach export");
  if (self->format != NULL)
    return _(self->format->label);
  return _("Not recognised");
}



const char *
mr_import_item_get_handle (MrImportItem *self)
{
  g_return_val_if_fail (MR_IS_IMPORT_ITEM (self), NULL);
  return self->handle;
}

gboolean
mr_import_item_get_handle_editable (MrImportItem *self)
{
  g_return_val_if_fail (MR_IS_IMPORT_ITEM (self), FALSE);

  return self->format != NULL && self->format->subject == MR_IMPORT_SUBJECT_ACCOUNT &&
         !self->handle_from_file && self->state != MR_IMPORT_ITEM_UNRECOGNIZED;
}

void
mr_import_item_set_handle (MrImportItem *self,
                           const char   *handle)
{
  g_autofree char *clean = NULL;

  g_return_if_fail (MR_IS_IMPORT_ITEM (self));

  if (handle != NULL)
    {
      clean = g_strstrip (g_strdup (handle[0] == '@' ? handle + 1 : handle));
      if (clean[0] == '\0')
        g_clear_pointer (&clean, g_free);
    }
  if (g_strcmp0 (clean, self->handle) == 0)
    return;
  g_free (self->handle);
  self->handle = g_steal_pointer (&clean);

  if (self->state == MR_IMPORT_ITEM_READY && self->handle == NULL &&
      self->format != NULL && self->format->subject == MR_IMPORT_SUBJECT_ACCOUNT)
    mr_import_item_set_state (self, MR_IMPORT_ITEM_NEEDS_CREATOR, NULL);
  else if (self->state == MR_IMPORT_ITEM_NEEDS_CREATOR && self->handle != NULL)
    mr_import_item_set_state (self, MR_IMPORT_ITEM_READY, NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HANDLE]);
}

void
mr_import_item_take_roster (MrImportItem *self,
                            MrImportFile *file)
{
  g_return_if_fail (MR_IS_IMPORT_ITEM (self));

  g_strfreev (self->headers);
  self->headers = g_strdupv (file->headers);
  g_free (self->columns);
  self->columns = mr_import_roster_get_mapping (file);
  g_free (self->mapping);
  self->mapping = mr_import_roster_describe_mapping (file);
}

const char * const *
mr_import_item_get_headers (MrImportItem *self)
{
  g_return_val_if_fail (MR_IS_IMPORT_ITEM (self), NULL);
  return (const char * const *) self->headers;
}

int
mr_import_item_get_column (MrImportItem *self,
                           guint         field)
{
  g_return_val_if_fail (MR_IS_IMPORT_ITEM (self), -1);
  g_return_val_if_fail (self->headers != NULL && field < g_strv_length (self->headers), -1);

  return self->columns[field];
}

void
mr_import_item_set_column (MrImportItem *self,
                           guint         field,
                           int           column)
{
  g_return_if_fail (MR_IS_IMPORT_ITEM (self));
  g_return_if_fail (self->headers != NULL && field < g_strv_length (self->headers));
  g_return_if_fail (column >= -1 && column < (int) mr_import_roster_get_n_columns ());

  if (self->columns[field] == column)
    return;
  for (guint other = 0; column >= 0 && self->headers[other] != NULL; other++)
    if (self->columns[other] == column)
      self->columns[other] = -1;
  self->columns[field] = column;

  g_free (self->mapping);
  self->mapping = mr_import_roster_describe ((const char * const *) self->headers,
                                             self->columns);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAPPING]);
}

const char *
mr_import_item_get_mapping (MrImportItem *self)
{
  g_return_val_if_fail (MR_IS_IMPORT_ITEM (self), NULL);
  return self->mapping;
}

char *
mr_import_item_describe (MrImportItem *self)
{
  GString *text;

  g_return_val_if_fail (MR_IS_IMPORT_ITEM (self), NULL);

  if (self->state == MR_IMPORT_ITEM_UNRECOGNIZED)
    return g_strdup (self->message);
  if (self->state == MR_IMPORT_ITEM_DUPLICATE)
    return g_strdup (_("Already imported: nothing new"));

  text = g_string_new (mr_import_item_get_format_label (self));
  if (self->rows > 0)
    {
      g_string_append (text, " · ");
      g_string_append_printf (text, ngettext ("%u row", "%u rows", (guint) self->rows),
                              (guint) self->rows);
    }
  if (self->first_day[0] != '\0')
    {
      g_string_append (text, " · ");
      if (g_str_equal (self->first_day, self->last_day))
        g_string_append (text, self->first_day);
      else
        /* Translators: a date range, "2025-01-01 – 2025-12-31" */
        g_string_append_printf (text, _("%s – %s"), self->first_day, self->last_day);
    }
  if (self->handle != NULL)
    g_string_append_printf (text, " · @%s", self->handle);
  else if (self->state == MR_IMPORT_ITEM_NEEDS_CREATOR)
    g_string_append_printf (text, " · %s", _("whose statistics? Choose the creator"));
  if (self->message != NULL)
    g_string_append_printf (text, " · %s", self->message);
  if (self->mapping != NULL && self->mapping[0] != '\0')
    g_string_append_printf (text, "\n%s", self->mapping);
  else if (self->mapping != NULL)
    /* Translators: a creator list of which the user left every column out */
    g_string_append_printf (text, "\n%s", _("No columns imported"));
  return g_string_free (text, FALSE);
}
