/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-import-search-console"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mr-import-file-private.h"
#include "mr-import-formats.h"
#include "mr-import-values.h"

/* Google Search Console's Performance export: one file per table of the report, all
 * over the period that only the set's Filters file states. Headers and file names
 * follow the interface language; the aliases below are English, Dutch and French
 * (a few Dutch and French forms are unverified guesses). */

enum {
  COLUMN_DIMENSION,  /* the query, page, country, device or day */
  COLUMN_CLICKS,
  COLUMN_IMPRESSIONS,
  COLUMN_CTR,
  COLUMN_POSITION,
};

static const char * const query_aliases[] = {
  "top queries", "queries", "query",
  "populairste zoekopdrachten", "zoekopdrachten", "zoekopdracht",
  "requêtes les plus fréquentes", "requêtes", "requête",
  NULL
};
static const char * const page_aliases[] = {
  "top pages", "pages", "page",
  "populairste pagina's", "populairste pagina’s", "pagina's", "pagina’s", "pagina",
  "pages les plus populaires",
  NULL
};
static const char * const country_aliases[] = {
  "country", "countries", "land", "landen", "pays", NULL
};
static const char * const device_aliases[] = {
  "device", "devices", "apparaat", "apparaten", "appareil", "appareils", NULL
};
static const char * const date_aliases[] = {
  "date", "datum", NULL
};
static const char * const clicks_aliases[] = {
  "clicks", "klikken", "clics", NULL
};
static const char * const impressions_aliases[] = {
  "impressions", "vertoningen", NULL
};
static const char * const ctr_aliases[] = {
  "ctr", "klikfrequentie", "taux de clics", NULL
};
static const char * const position_aliases[] = {
  "position", "average position", "positie", "gemiddelde positie", "position moyenne",
  NULL
};

/* The metrics are always exported together; two are enough to tell these tables from
 * other files with a "Date" or "Country" column. */
#define METRIC_COLUMNS \
  { "clicks", MR_COLUMN_REQUIRED, clicks_aliases }, \
  { "impressions", MR_COLUMN_REQUIRED, impressions_aliases }, \
  { "ctr", 0, ctr_aliases }, \
  { "position", 0, position_aliases }, \
  { NULL }

static const MrImportColumn query_columns[] = {
  { "query", MR_COLUMN_REQUIRED, query_aliases }, METRIC_COLUMNS
};
static const MrImportColumn page_columns[] = {
  { "page", MR_COLUMN_REQUIRED, page_aliases }, METRIC_COLUMNS
};
static const MrImportColumn country_columns[] = {
  { "country", MR_COLUMN_REQUIRED, country_aliases }, METRIC_COLUMNS
};
static const MrImportColumn device_columns[] = {
  { "device", MR_COLUMN_REQUIRED, device_aliases }, METRIC_COLUMNS
};
static const MrImportColumn date_columns[] = {
  { "date", MR_COLUMN_REQUIRED, date_aliases }, METRIC_COLUMNS
};

enum {
  FILTER_NAME,
  FILTER_VALUE,
};

static const char * const filter_aliases[] = {
  "filter", "filtre", NULL
};
static const char * const value_aliases[] = {
  "value", "waarde", "valeur", NULL
};
static const MrImportColumn filter_columns[] = {
  { "filter", MR_COLUMN_REQUIRED, filter_aliases },
  { "value", MR_COLUMN_REQUIRED, value_aliases },
  { NULL }
};

/* The Filters row that holds the report's period, as the interface language names it. */
static const char * const period_filter_names[] = {
  "date", "datum", "période", "periode", "date range", "datumbereik", NULL
};

static gboolean
set_empty_error (MrImportFile  *file,
                 guint          column,
                 GError       **error)
{
  /* Translators: %s is a column header as written in the file */
  mr_import_file_set_error (file, error, MR_IMPORT_ERROR_INVALID_VALUE,
                            _("the column “%s” is empty"),
                            file->headers[file->column_index[column]]);
  return FALSE;
}

/* The figures every table row has after its first column. */
static gboolean
get_metrics (MrImportFile    *file,
             MrImportSearch  *search,
             GError         **error)
{
  return mr_import_file_get_count (file, COLUMN_CLICKS, &search->clicks, error) &&
         mr_import_file_get_count (file, COLUMN_IMPRESSIONS, &search->impressions, error) &&
         mr_import_file_get_double (file, COLUMN_CTR, &search->ctr, error) &&
         mr_import_file_get_double (file, COLUMN_POSITION, &search->position, error);
}

static gboolean
read_dimension (MrImportFile  *file,
                MrImportSink  *sink,
                MrSearchKind   kind,
                GCancellable  *cancellable,
                GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  char start[11];
  char end[11];

  /* The table itself does not say which period it covers. */
  if (!g_date_valid (&file->period_start) || !g_date_valid (&file->period_end))
    {
      g_set_error (error, MR_IMPORT_ERROR, MR_IMPORT_ERROR_FAILED,
                   /* Translators: %s is a file name such as Queries.csv */
                   _("%s: the period of this Search Console export is not known. Import "
                     "it together with the Filters file of the same download."),
                   file->display_name);
      return FALSE;
    }
  mr_import_format_day (&file->period_start, start);
  mr_import_format_day (&file->period_end, end);

  while (mr_import_file_next_row (file, cancellable, &local_error))
    {
      MrImportSearch search;

      mr_import_search_init (&search);
      search.source = "search-console";
      search.kind = kind;
      search.query = mr_import_file_get_text (file, COLUMN_DIMENSION);
      if (search.query == NULL)
        return set_empty_error (file, COLUMN_DIMENSION, error);
      memcpy (search.period_start, start, sizeof start);
      memcpy (search.period_end, end, sizeof end);
      if (!get_metrics (file, &search, error) ||
          !sink->klass->search (sink, &search, error))
        return FALSE;
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_queries (MrImportFile  *file,
              MrImportSink  *sink,
              GCancellable  *cancellable,
              GError       **error)
{
  return read_dimension (file, sink, MR_SEARCH_KIND_QUERY, cancellable, error);
}

static gboolean
read_pages (MrImportFile  *file,
            MrImportSink  *sink,
            GCancellable  *cancellable,
            GError       **error)
{
  return read_dimension (file, sink, MR_SEARCH_KIND_PAGE, cancellable, error);
}

static gboolean
read_countries (MrImportFile  *file,
                MrImportSink  *sink,
                GCancellable  *cancellable,
                GError       **error)
{
  return read_dimension (file, sink, MR_SEARCH_KIND_COUNTRY, cancellable, error);
}

static gboolean
read_devices (MrImportFile  *file,
              MrImportSink  *sink,
              GCancellable  *cancellable,
              GError       **error)
{
  return read_dimension (file, sink, MR_SEARCH_KIND_DEVICE, cancellable, error);
}

/* One row per day, newest first: the site's own figures of that day. */
static gboolean
read_dates (MrImportFile  *file,
            MrImportSink  *sink,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr(GError) local_error = NULL;

  while (mr_import_file_next_row (file, cancellable, &local_error))
    {
      MrImportSearch search;
      GDate day;

      if (!mr_import_file_get_date (file, COLUMN_DIMENSION, &day, error))
        return FALSE;
      if (!g_date_valid (&day))
        return set_empty_error (file, COLUMN_DIMENSION, error);

      mr_import_search_init (&search);
      search.source = "search-console";
      search.kind = MR_SEARCH_KIND_TOTAL;
      search.query = "";
      mr_import_format_day (&day, search.period_start);
      mr_import_format_day (&day, search.period_end);
      if (!get_metrics (file, &search, error) ||
          !sink->klass->search (sink, &search, error))
        return FALSE;
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

static gboolean
is_period_filter (const char *name)
{
  g_autofree char *normalized = mr_import_normalize_header (name);

  return g_strv_contains (period_filter_names, normalized);
}

/* Records nothing: it gives the period the other files of the download cover. */
static gboolean
read_filters (MrImportFile  *file,
              MrImportSink  *sink,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autoptr(GError) local_error = NULL;

  while (mr_import_file_next_row (file, cancellable, &local_error))
    {
      const char *name = mr_import_file_get_text (file, FILTER_NAME);
      const char *value;
      GDate start;
      GDate end;

      if (name == NULL || !is_period_filter (name))
        continue;
      value = mr_import_file_get_text (file, FILTER_VALUE);
      if (value == NULL)
        return set_empty_error (file, FILTER_VALUE, error);
      if (mr_value_parse_period (value, &file->export_date, &start, &end) != MR_VALUE_OK)
        {
          /* Translators: the first %s is a cell's text, the second a column header,
           * the third what it should have been */
          mr_import_file_set_error (file, error, MR_IMPORT_ERROR_INVALID_VALUE,
                                    _("“%s” in the column “%s” is not %s: correct it in the file"), value,
                                    file->headers[file->column_index[FILTER_VALUE]],
                                    _("a period such as “Last 28 days” or "
                                      "“Mar 1, 2026-Mar 31, 2026”"));
          return FALSE;
        }
      file->period_start = start;
      file->period_end = end;
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

const MrImportFormat mr_import_format_search_console_queries = {
  .id = "search-console-queries",
  .label = N_("Search Console: queries"),
  .platform = MR_PLATFORM_OTHER,
  .subject = MR_IMPORT_SUBJECT_SEARCH,
  .columns = query_columns,
  .read = read_queries,
};

const MrImportFormat mr_import_format_search_console_pages = {
  .id = "search-console-pages",
  .label = N_("Search Console: pages"),
  .platform = MR_PLATFORM_OTHER,
  .subject = MR_IMPORT_SUBJECT_SEARCH,
  .columns = page_columns,
  .read = read_pages,
};

const MrImportFormat mr_import_format_search_console_countries = {
  .id = "search-console-countries",
  .label = N_("Search Console: countries"),
  .platform = MR_PLATFORM_OTHER,
  .subject = MR_IMPORT_SUBJECT_SEARCH,
  .columns = country_columns,
  .read = read_countries,
};

const MrImportFormat mr_import_format_search_console_devices = {
  .id = "search-console-devices",
  .label = N_("Search Console: devices"),
  .platform = MR_PLATFORM_OTHER,
  .subject = MR_IMPORT_SUBJECT_SEARCH,
  .columns = device_columns,
  .read = read_devices,
};

const MrImportFormat mr_import_format_search_console_dates = {
  .id = "search-console-dates",
  .label = N_("Search Console: dates"),
  .platform = MR_PLATFORM_OTHER,
  .subject = MR_IMPORT_SUBJECT_SEARCH,
  .columns = date_columns,
  .read = read_dates,
};

const MrImportFormat mr_import_format_search_console_filters = {
  .id = "search-console-filters",
  .label = N_("Search Console: filters"),
  .platform = MR_PLATFORM_OTHER,
  .subject = MR_IMPORT_SUBJECT_SET_INFO,
  .columns = filter_columns,
  .read = read_filters,
};
