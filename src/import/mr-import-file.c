/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-import-file"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "mr-import-file-private.h"
#include "mr-import-values.h"

G_DEFINE_QUARK (mr-import-error-quark, mr_import_error)

void
mr_import_account_init (MrImportAccount *account)
{
  memset (account, 0, sizeof *account);
  account->platform = MR_PLATFORM_OTHER;
  account->followers = MR_IMPORT_NO_COUNT;
  account->following = MR_IMPORT_NO_COUNT;
  account->posts = MR_IMPORT_NO_COUNT;
  account->avg_likes = NAN;
  account->avg_comments = NAN;
  account->engagement_rate = NAN;
}

void
mr_import_post_init (MrImportPost *post)
{
  memset (post, 0, sizeof *post);
  post->published_at = MR_IMPORT_NO_TIME;
  post->views = MR_IMPORT_NO_COUNT;
  post->reach = MR_IMPORT_NO_COUNT;
  post->impressions = MR_IMPORT_NO_COUNT;
  post->likes = MR_IMPORT_NO_COUNT;
  post->comments = MR_IMPORT_NO_COUNT;
  post->shares = MR_IMPORT_NO_COUNT;
  post->saves = MR_IMPORT_NO_COUNT;
  post->duration = NAN;
}

void
mr_import_daily_init (MrImportDaily *daily)
{
  memset (daily, 0, sizeof *daily);
  daily->views = MR_IMPORT_NO_COUNT;
  daily->profile_views = MR_IMPORT_NO_COUNT;
  daily->likes = MR_IMPORT_NO_COUNT;
  daily->comments = MR_IMPORT_NO_COUNT;
  daily->shares = MR_IMPORT_NO_COUNT;
  daily->viewers = MR_IMPORT_NO_COUNT;
  daily->new_viewers = MR_IMPORT_NO_COUNT;
  daily->reach = MR_IMPORT_NO_COUNT;
  daily->followers_gained = MR_IMPORT_NO_COUNT;
  daily->watch_hours = NAN;
}

void
mr_import_search_init (MrImportSearch *search)
{
  memset (search, 0, sizeof *search);
  search->clicks = MR_IMPORT_NO_COUNT;
  search->impressions = MR_IMPORT_NO_COUNT;
  search->ctr = NAN;
  search->position = NAN;
  search->interest = NAN;
}

void
mr_import_format_day (const GDate *date,
                      char        *buffer)
{
  g_return_if_fail (g_date_valid (date));

  g_snprintf (buffer, 11, "%04u-%02u-%02u",
              g_date_get_year (date), g_date_get_month (date), g_date_get_day (date));
}

/* ── Headers ─────────────────────────────────────────────────────────────────────── */

char *
mr_import_normalize_header (const char *header)
{
  g_autofree char *folded = NULL;
  GString *out;
  gboolean space = FALSE;
  const char *p;

  if (header == NULL)
    return g_strdup ("");

  folded = g_utf8_casefold (header, -1);
  out = g_string_sized_new (strlen (folded));
  for (p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0xFEFF || c == '"')
        continue;
      if (g_unichar_isspace (c) || c == 0x00A0)
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static int
find_alias (char       **normalized,
            guint        n_fields,
            gboolean    *claimed,
            const char * const *aliases)
{
  for (guint a = 0; aliases != NULL && aliases[a] != NULL; a++)
    for (guint f = 0; f < n_fields; f++)
      if (!claimed[f] && strcmp (normalized[f], aliases[a]) == 0)
        return (int) f;
  return -1;
}

guint
mr_import_format_count_columns (const MrImportFormat *format)
{
  guint n = 0;

  while (format->columns[n].key != NULL)
    n++;
  return n;
}

/* Matches @format's columns against a header row. Fills @index (one per column) and
 * @repeated; answers how many columns matched, and the first required column that did
 * not (or -1). */
guint
mr_import_match_header (const MrImportFormat  *format,
                        char                 **normalized,
                        guint                  n_fields,
                        int                   *index,
                        GArray                *repeated,
                        int                   *missing_required)
{
  g_autofree gboolean *claimed = g_new0 (gboolean, MAX (n_fields, 1));
  guint n_columns = mr_import_format_count_columns (format);
  gboolean has_repeated = FALSE;
  guint matched = 0;

  *missing_required = -1;
  if (repeated != NULL)
    g_array_set_size (repeated, 0);

  for (guint c = 0; c < n_columns; c++)
    {
      const MrImportColumn *column = &format->columns[c];

      index[c] = -1;
      if (column->flags & MR_COLUMN_REPEATED)
        {
          has_repeated = TRUE;
          continue;
        }
      index[c] = find_alias (normalized, n_fields, claimed, column->aliases);
      if (index[c] >= 0)
        {
          claimed[index[c]] = TRUE;
          matched++;
        }
      else if ((column->flags & MR_COLUMN_REQUIRED) && *missing_required < 0)
        *missing_required = (int) c;
    }

  if (has_repeated)
    {
      guint n_repeated = 0;

      for (guint f = 0; f < n_fields; f++)
        {
          if (claimed[f] || normalized[f][0] == '\0')
            continue;
          n_repeated++;
          if (repeated != NULL)
            g_array_append_val (repeated, f);
        }
      for (guint c = 0; c < n_columns; c++)
        if ((format->columns[c].flags & (MR_COLUMN_REPEATED | MR_COLUMN_REQUIRED)) ==
            (MR_COLUMN_REPEATED | MR_COLUMN_REQUIRED) && n_repeated == 0 && *missing_required < 0)
          *missing_required = (int) c;
    }

  return matched;
}

/* ── Opening ─────────────────────────────────────────────────────────────────────── */

MrImportFile *
mr_import_file_new (MrCsvReader *csv,
                    GFile       *file,
                    const char  *display_name)
{
  MrImportFile *self = g_new0 (MrImportFile, 1);

  self->csv = csv;
  self->file = file != NULL ? g_object_ref (file) : NULL;
  self->display_name = g_strdup (display_name);
  self->repeated = g_array_new (FALSE, FALSE, sizeof (guint));
  g_date_clear (&self->export_date, 1);
  g_date_clear (&self->period_start, 1);
  g_date_clear (&self->period_end, 1);
  g_date_set_time_t (&self->export_date, time (NULL));
  return self;
}

/* Takes the current record of the CSV reader as @format's header. */
void
mr_import_file_take_header (MrImportFile         *self,
                            const MrImportFormat *format,
                            const int            *index)
{
  guint n_fields = mr_csv_reader_get_n_fields (self->csv);
  guint n_columns = mr_import_format_count_columns (format);

  self->format = format;
  g_free (self->column_index);
  self->column_index = g_memdup2 (index, n_columns * sizeof (int));
  g_strfreev (self->headers);
  self->headers = g_new0 (char *, n_fields + 1);
  for (guint f = 0; f < n_fields; f++)
    self->headers[f] = g_strstrip (g_strdup (mr_csv_reader_get_field (self->csv, f)));
  self->header_line = mr_csv_reader_get_line (self->csv);
}

void
mr_import_file_free (MrImportFile *self)
{
  if (self == NULL)
    return;
  g_clear_object (&self->file);
  g_clear_pointer (&self->csv, mr_csv_reader_free);
  g_clear_pointer (&self->repeated, g_array_unref);
  g_clear_pointer (&self->local_zone, g_time_zone_unref);
  g_strfreev (self->headers);
  g_free (self->column_index);
  g_free (self->display_name);
  g_free (self);
}

/* ── Rows ────────────────────────────────────────────────────────────────────────── */

gboolean
mr_import_file_next_row (MrImportFile  *self,
                         GCancellable  *cancellable,
                         GError       **error)
{
  while (mr_csv_reader_next (self->csv, cancellable, error))
    {
      guint n = mr_csv_reader_get_n_fields (self->csv);
      gboolean empty = TRUE;

      for (guint f = 0; f < n && empty; f++)
        {
          const char *field = mr_csv_reader_get_field (self->csv, f);

          while (*field == ' ' || *field == '\t')
            field++;
          empty = *field == '\0';
        }
      if (empty)
        continue;
      self->rows++;
      return TRUE;
    }
  return FALSE;
}

static char *
trim_in_place (char *text)
{
  char *end;

  while (*text == ' ' || *text == '\t' || *text == '\r' || *text == '\n' ||
         ((guchar) text[0] == 0xC2 && (guchar) text[1] == 0xA0))
    text += *text == (char) 0xC2 ? 2 : 1;
  end = text + strlen (text);
  while (end > text && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r' || end[-1] == '\n'))
    end--;
  while (end - text >= 2 && (guchar) end[-2] == 0xC2 && (guchar) end[-1] == 0xA0)
    end -= 2;
  *end = '\0';
  return text;
}

const char *
mr_import_file_get_field (MrImportFile *self,
                          guint         field)
{
  char *text = mr_csv_reader_get_field (self->csv, field);

  if (text == NULL)
    return NULL;
  text = trim_in_place (text);
  return mr_value_is_missing (text) ? NULL : text;
}

gboolean
mr_import_file_has_column (MrImportFile *self,
                           guint         column)
{
  return self->column_index[column] >= 0;
}

const char *
mr_import_file_get_text (MrImportFile *self,
                         guint         column)
{
  int index = self->column_index[column];

  return index >= 0 ? mr_import_file_get_field (self, (guint) index) : NULL;
}

void
mr_import_file_set_error (MrImportFile  *self,
                          GError       **error,
                          int            code,
                          const char    *format,
                          ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  mr_csv_reader_set_error (self->csv, error, MR_IMPORT_ERROR, code, "%s", message);
}

static const char *
header_of (MrImportFile *self,
           guint         column)
{
  int index = self->column_index[column];

  if (self->headers != NULL && index >= 0 && self->headers[index] != NULL)
    return self->headers[index];
  return self->format->columns[column].key;
}

static gboolean
too_large (MrImportFile  *self,
           guint          column,
           const char    *text,
           GError       **error)
{
  mr_import_file_set_error (self, error, MR_IMPORT_ERROR_INVALID_VALUE,
                            /* Translators: the first %s is a cell's text, the second a
                             * column header */
                            _("“%s” in the column “%s” is too large to be a real figure: "
                              "correct the cell or leave it empty"),
                            text, header_of (self, column));
  return FALSE;
}

static gboolean
invalid (MrImportFile  *self,
         guint          column,
         const char    *text,
         const char    *expected,
         GError       **error)
{
  /* Translators: the first %s is a cell's text, the second a column header, the
   * third what it should have been ("a number", "a date"). */
  mr_import_file_set_error (self, error, MR_IMPORT_ERROR_INVALID_VALUE,
                            _("“%s” in the column “%s” is not %s: correct it in the file"),
                            text, header_of (self, column), expected);
  return FALSE;
}

gboolean
mr_import_file_get_count (MrImportFile  *self,
                          guint          column,
                          gint64        *out,
                          GError       **error)
{
  const char *text = mr_import_file_get_text (self, column);

  *out = MR_IMPORT_NO_COUNT;
  if (text == NULL)
    return TRUE;
  switch (mr_value_parse_count (text, out))
    {
    case MR_VALUE_OK:
      if (*out > MR_IMPORT_MAX_FIGURE || *out < -MR_IMPORT_MAX_FIGURE)
        {
          *out = MR_IMPORT_NO_COUNT;
          return too_large (self, column, text, error);
        }
      return TRUE;
    case MR_VALUE_MISSING:
      *out = MR_IMPORT_NO_COUNT;
      return TRUE;
    case MR_VALUE_INVALID:
    default:
      if (mr_value_exceeds (text, MR_IMPORT_MAX_FIGURE))
        return too_large (self, column, text, error);
      return invalid (self, column, text, _("a number"), error);
    }
}

gboolean
mr_import_file_get_double (MrImportFile  *self,
                           guint          column,
                           double        *out,
                           GError       **error)
{
  const char *text = mr_import_file_get_text (self, column);

  *out = NAN;
  if (text == NULL)
    return TRUE;
  switch (mr_value_parse_double (text, out))
    {
    case MR_VALUE_OK:
      if (fabs (*out) > MR_IMPORT_MAX_FIGURE)
        {
          *out = NAN;
          return too_large (self, column, text, error);
        }
      return TRUE;
    case MR_VALUE_MISSING:
      *out = NAN;
      return TRUE;
    case MR_VALUE_INVALID:
    default:
      if (mr_value_exceeds (text, MR_IMPORT_MAX_FIGURE))
        return too_large (self, column, text, error);
      return invalid (self, column, text, _("a number"), error);
    }
}

gboolean
mr_import_file_get_fraction (MrImportFile  *self,
                             guint          column,
                             double        *out,
                             GError       **error)
{
  const char *text = mr_import_file_get_text (self, column);

  *out = NAN;
  if (text == NULL)
    return TRUE;
  switch (mr_value_parse_fraction (text, out))
    {
    case MR_VALUE_OK:
      return TRUE;
    case MR_VALUE_MISSING:
      *out = NAN;
      return TRUE;
    case MR_VALUE_INVALID:
    default:
      return invalid (self, column, text, _("a share such as 0.25 or 25%"), error);
    }
}

gboolean
mr_import_file_get_date (MrImportFile  *self,
                         guint          column,
                         GDate         *out,
                         GError       **error)
{
  const char *text = mr_import_file_get_text (self, column);

  g_date_clear (out, 1);
  if (text == NULL)
    return TRUE;
  switch (mr_value_parse_date (text, out))
    {
    case MR_VALUE_OK:
      return TRUE;
    case MR_VALUE_MISSING:
      g_date_clear (out, 1);
      return TRUE;
    case MR_VALUE_INVALID:
    default:
      return invalid (self, column, text, _("a date"), error);
    }
}

gboolean
mr_import_file_get_time (MrImportFile  *self,
                         guint          column,
                         gint64        *out,
                         GError       **error)
{
  const char *text = mr_import_file_get_text (self, column);

  *out = MR_IMPORT_NO_TIME;
  if (text == NULL)
    return TRUE;
  if (self->local_zone == NULL)
    self->local_zone = g_time_zone_new_local ();
  switch (mr_value_parse_date_time (text, self->local_zone, out))
    {
    case MR_VALUE_OK:
      return TRUE;
    case MR_VALUE_MISSING:
      *out = MR_IMPORT_NO_TIME;
      return TRUE;
    case MR_VALUE_INVALID:
    default:
      return invalid (self, column, text, _("a date and time"), error);
    }
}

gboolean
mr_import_file_read (MrImportFile  *self,
                     MrImportSink  *sink,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_return_val_if_fail (self != NULL && self->format != NULL, FALSE);
  g_return_val_if_fail (sink != NULL, FALSE);

  return self->format->read (self, sink, cancellable, error);
}

char **
mr_import_normalize_record (MrCsvReader *csv,
                            guint       *n_fields)
{
  char **normalized;

  *n_fields = mr_csv_reader_get_n_fields (csv);
  normalized = g_new0 (char *, *n_fields + 1);
  for (guint f = 0; f < *n_fields; f++)
    normalized[f] = mr_import_normalize_header (mr_csv_reader_get_field (csv, f));
  return normalized;
}

MrImportFile *
mr_import_file_open_as (GInputStream          *stream,
                        const char            *display_name,
                        const MrImportFormat  *format,
                        GCancellable          *cancellable,
                        GError               **error)
{
  g_autoptr(MrImportFile) self = NULL;
  g_autofree int *index = g_new0 (int, mr_import_format_count_columns (format) + 1);

  self = mr_import_file_new (mr_csv_reader_new (stream, display_name), NULL, display_name);
  for (guint attempt = 0; attempt < MR_IMPORT_HEADER_SEARCH; attempt++)
    {
      g_auto(GStrv) normalized = NULL;
      guint n_fields;
      int missing;

      if (!mr_csv_reader_next (self->csv, cancellable, error))
        break;
      normalized = mr_import_normalize_record (self->csv, &n_fields);
      if (mr_import_match_header (format, normalized, n_fields, index, self->repeated,
                                  &missing) > 0 && missing < 0)
        {
          mr_import_file_take_header (self, format, index);
          return g_steal_pointer (&self);
        }
    }
  if (error != NULL && *error == NULL)
    g_set_error (error, MR_IMPORT_ERROR, MR_IMPORT_ERROR_UNRECOGNIZED,
                 _("%s:1: this is not a file of the kind “%s”"),
                 display_name, _(format->label));
  return NULL;
}
