/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-import-formats"

#include "config.h"

#include <glib/gi18n.h>

#include "mr-import-file-private.h"
#include "mr-import-formats.h"

static const MrImportFormat * const formats[] = {
  &mr_import_format_tiktok_content,
  &mr_import_format_tiktok_overview,
  &mr_import_format_tiktok_follower_history,
  &mr_import_format_tiktok_follower_activity,
  &mr_import_format_tiktok_follower_gender,
  &mr_import_format_tiktok_follower_territories,
  &mr_import_format_tiktok_viewers,
  &mr_import_format_instagram_content,
  &mr_import_format_youtube_content,
  &mr_import_format_youtube_geography,
  &mr_import_format_youtube_chart,
  &mr_import_format_youtube_totals,
  &mr_import_format_search_console_queries,
  &mr_import_format_search_console_pages,
  &mr_import_format_search_console_countries,
  &mr_import_format_search_console_devices,
  &mr_import_format_search_console_dates,
  &mr_import_format_search_console_filters,
  &mr_import_format_trends,
  &mr_import_format_roster,
  NULL
};

const MrImportFormat * const *
mr_import_formats_get_all (void)
{
  return formats;
}

const MrImportFormat *
mr_import_formats_find (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; formats[i] != NULL; i++)
    if (g_str_equal (formats[i]->id, id))
      return formats[i];
  return NULL;
}

/* The header row as the user would see it, shortened, for "not recognised" messages. */
static char *
describe_record (MrCsvReader *csv)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint n = mr_csv_reader_get_n_fields (csv);

  for (guint f = 0; f < n && text->len < 80; f++)
    {
      g_autofree char *field = g_strstrip (g_strdup (mr_csv_reader_get_field (csv, f)));

      if (f > 0)
        g_string_append (text, ", ");
      g_string_append (text, field);
    }
  if (g_utf8_strlen (text->str, -1) > 80)
    {
      g_autofree char *shortened = g_utf8_substring (text->str, 0, 77);

      return g_strconcat (shortened, "…", NULL);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

MrImportFile *
mr_import_file_open_stream (GInputStream  *stream,
                            const char    *display_name,
                            GCancellable  *cancellable,
                            GError       **error)
{
  g_autoptr(MrImportFile) self = NULL;
  g_autofree char *first_record = NULL;
  const MrImportFormat *near_miss = NULL;
  int near_miss_column = -1;
  guint near_miss_matched = 1;

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  self = mr_import_file_new (mr_csv_reader_new (stream, display_name), NULL, display_name);
  for (guint attempt = 0; attempt < MR_IMPORT_HEADER_SEARCH; attempt++)
    {
      g_auto(GStrv) normalized = NULL;
      const MrImportFormat *best = NULL;
      g_autofree int *best_index = NULL;
      guint best_matched = 0;
      guint n_fields;
      GError *local_error = NULL;

      if (!mr_csv_reader_next (self->csv, cancellable, &local_error))
        {
          if (local_error != NULL)
            {
              g_propagate_error (error, local_error);
              return NULL;
            }
          break;
        }

      normalized = mr_import_normalize_record (self->csv, &n_fields);
      if (first_record == NULL && (n_fields > 1 || normalized[0][0] != '\0'))
        first_record = describe_record (self->csv);

      for (guint i = 0; formats[i] != NULL; i++)
        {
          g_autofree int *index = g_new0 (int, mr_import_format_count_columns (formats[i]) + 1);
          int missing;
          guint matched = mr_import_match_header (formats[i], normalized, n_fields,
                                                  index, NULL, &missing);

          if (missing >= 0)
            {
              if (matched > near_miss_matched)
                {
                  near_miss = formats[i];
                  near_miss_column = missing;
                  near_miss_matched = matched;
                }
              continue;
            }
          if (matched > best_matched)
            {
              best = formats[i];
              best_matched = matched;
              g_free (best_index);
              best_index = g_steal_pointer (&index);
            }
        }

      if (best != NULL)
        {
          int missing;

          /* Once more, to collect the repeated columns of the winner. */
          mr_import_match_header (best, normalized, n_fields, best_index, self->repeated,
                                  &missing);
          mr_import_file_take_header (self, best, best_index);
          return g_steal_pointer (&self);
        }
    }

  if (near_miss != NULL)
    g_set_error (error, MR_IMPORT_ERROR, MR_IMPORT_ERROR_MISSING_COLUMN,
                 /* Translators: "FILE:1: this looks like TikTok Studio: follower
                  * history, but it has no “Followers” column" */
                 _("%s:1: this looks like %s, but it has no “%s” column"),
                 display_name, _(near_miss->label),
                 near_miss->columns[near_miss_column].aliases[0]);
  else if (first_record != NULL)
    g_set_error (error, MR_IMPORT_ERROR, MR_IMPORT_ERROR_UNRECOGNIZED,
                 _("%s:1: not an export Microreach knows (it begins “%s”). Microreach reads "
                   "TikTok Studio, Instagram, YouTube Studio, Search Console and Google "
                   "Trends downloads, creator lists, and its own JSON export."),
                 display_name, first_record);
  else
    g_set_error (error, MR_IMPORT_ERROR, MR_IMPORT_ERROR_UNRECOGNIZED,
                 _("%s:1: the file is empty: export the statistics again and import the "
                   "new file"), display_name);
  return NULL;
}

MrImportFile *
mr_import_file_open (GFile         *file,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *name = NULL;
  MrImportFile *self;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = g_file_get_basename (file);
  stream = g_file_read (file, cancellable, error);
  if (stream == NULL)
    return NULL;
  self = mr_import_file_open_stream (G_INPUT_STREAM (stream), name, cancellable, error);
  if (self == NULL)
    return NULL;

  self->file = g_object_ref (file);
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED, G_FILE_QUERY_INFO_NONE,
                            cancellable, NULL);
  if (info != NULL && g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_TIME_MODIFIED))
    {
      g_autoptr(GDateTime) modified = g_file_info_get_modification_date_time (info);
      g_autoptr(GDateTime) local = g_date_time_to_local (modified);

      g_date_set_dmy (&self->export_date, g_date_time_get_day_of_month (local),
                      g_date_time_get_month (local), g_date_time_get_year (local));
    }
  return self;
}
