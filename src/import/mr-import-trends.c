/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-import-trends"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mr-import-file-private.h"
#include "mr-import-formats.h"
#include "mr-import-values.h"

/* Google Trends' "Interest over time" download (multiTimeline.csv): a period column
 * named after the step of the series, then one column per compared term, headed
 * "<term>: (<region>)". The preamble ("Category: All categories") is skipped by
 * detection, which looks a few records down for the header. */

enum {
  COLUMN_PERIOD,
  COLUMN_TERM,
};

typedef enum {
  STEP_DAY,
  STEP_WEEK,
  STEP_MONTH,
} Step;

/* English, Dutch and French, as the interface language writes them. */
static const char * const day_aliases[] = { "day", "dag", "jour", NULL };
static const char * const week_aliases[] = { "week", "semaine", NULL };
static const char * const month_aliases[] = { "month", "maand", "mois", NULL };
static const char * const period_aliases[] = {
  "day", "dag", "jour", "week", "semaine", "month", "maand", "mois", NULL
};
/* Any column after the period is a term: its header names it, so no alias could. */
static const char * const term_aliases[] = { NULL };

static const MrImportColumn trends_columns[] = {
  { "period", MR_COLUMN_REQUIRED, period_aliases },
  { "term", MR_COLUMN_REQUIRED | MR_COLUMN_REPEATED, term_aliases },
  { NULL }
};

typedef struct {
  guint  field;
  char  *query;
  char  *region;   /* NULL when the header names none */
} Term;

static void
term_clear (Term *term)
{
  g_clear_pointer (&term->query, g_free);
  g_clear_pointer (&term->region, g_free);
}

/* "micro influencer: (Netherlands)" → "micro influencer", "Netherlands". */
static void
term_init (Term       *term,
           guint       field,
           const char *header)
{
  const char *open = strrchr (header, '(');
  gsize length = strlen (header);

  term->field = field;
  term->region = NULL;
  if (open != NULL && length > 0 && header[length - 1] == ')')
    {
      g_autofree char *before = g_strstrip (g_strndup (header, open - header));
      gsize before_length = strlen (before);

      if (before_length > 0 && before[before_length - 1] == ':')
        {
          before[before_length - 1] = '\0';
          term->query = g_strdup (g_strstrip (before));
          term->region = g_strstrip (g_strndup (open + 1, header + length - 1 - (open + 1)));
          if (term->region[0] == '\0')
            g_clear_pointer (&term->region, g_free);
          return;
        }
    }
  term->query = g_strdup (header);
}

static Step
step_of (const char *header)
{
  g_autofree char *normalized = mr_import_normalize_header (header);

  if (g_strv_contains (week_aliases, normalized))
    return STEP_WEEK;
  if (g_strv_contains (month_aliases, normalized))
    return STEP_MONTH;
  g_assert (g_strv_contains (day_aliases, normalized));
  return STEP_DAY;
}

static gboolean
get_period (MrImportFile  *file,
            Step           step,
            GDate         *start,
            GDate         *end,
            GError       **error)
{
  const char *header = file->headers[file->column_index[COLUMN_PERIOD]];
  const char *text = mr_import_file_get_text (file, COLUMN_PERIOD);

  if (text == NULL)
    {
      /* Translators: %s is a column header as written in the file */
      mr_import_file_set_error (file, error, MR_IMPORT_ERROR_INVALID_VALUE,
                                _("the column “%s” is empty"), header);
      return FALSE;
    }
  if ((step == STEP_MONTH ? mr_value_parse_month (text, start)
                          : mr_value_parse_date (text, start)) != MR_VALUE_OK)
    {
      /* Translators: the first %s is a cell's text, the second a column header,
       * the third what it should have been */
      mr_import_file_set_error (file, error, MR_IMPORT_ERROR_INVALID_VALUE,
                                _("“%s” in the column “%s” is not %s: correct it in the file"),
                                text, header, _("a date"));
      return FALSE;
    }

  *end = *start;
  switch (step)
    {
    case STEP_WEEK:
      g_date_add_days (end, 6);
      break;
    case STEP_MONTH:
      g_date_set_day (end, g_date_get_days_in_month (g_date_get_month (start),
                                                     g_date_get_year (start)));
      break;
    case STEP_DAY:
    default:
      break;
    }
  return TRUE;
}

static gboolean
read_trends (MrImportFile  *file,
             MrImportSink  *sink,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GArray) terms = g_array_sized_new (FALSE, FALSE, sizeof (Term),
                                               file->repeated->len);
  Step step = step_of (file->headers[file->column_index[COLUMN_PERIOD]]);

  g_array_set_clear_func (terms, (GDestroyNotify) term_clear);
  for (guint i = 0; i < file->repeated->len; i++)
    {
      guint field = g_array_index (file->repeated, guint, i);
      Term term;

      term_init (&term, field, file->headers[field]);
      g_array_append_val (terms, term);
    }

  while (mr_import_file_next_row (file, cancellable, &local_error))
    {
      GDate start;
      GDate end;
      MrImportSearch search;

      if (!get_period (file, step, &start, &end, error))
        return FALSE;

      mr_import_search_init (&search);
      search.source = "trends";
      search.kind = MR_SEARCH_KIND_TOPIC;
      mr_import_format_day (&start, search.period_start);
      mr_import_format_day (&end, search.period_end);

      for (guint i = 0; i < terms->len; i++)
        {
          const Term *term = &g_array_index (terms, Term, i);
          const char *text = mr_import_file_get_field (file, term->field);

          /* A term without a figure for the period says nothing about it. */
          if (text == NULL)
            continue;
          if (mr_value_parse_double (text, &search.interest) != MR_VALUE_OK)
            {
              mr_import_file_set_error (file, error, MR_IMPORT_ERROR_INVALID_VALUE,
                                        _("“%s” in the column “%s” is not %s: correct it in the file"),
                                        text, file->headers[term->field], _("a number"));
              return FALSE;
            }
          search.query = term->query;
          search.region = term->region;
          if (!sink->klass->search (sink, &search, error))
            return FALSE;
        }
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

const MrImportFormat mr_import_format_trends = {
  .id = "trends",
  .label = N_("Google Trends: interest over time"),
  .platform = MR_PLATFORM_OTHER,
  .subject = MR_IMPORT_SUBJECT_SEARCH,
  .columns = trends_columns,
  .read = read_trends,
};
