/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-search-series"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "mr-demand-rising.h"
#include "mr-number-format.h"
#include "mr-search-series.h"
#include "mr-store.h"

/* Days as GDate Julian day numbers, as the metrics take them (see mr-store-queries.c). */
static const char search_series_sql[] =
  "SELECT source, kind, nullif(query, ''), nullif(region, ''),"
  "       CAST(julianday(period_start) - 1721424.5 AS INTEGER),"
  "       CAST(julianday(period_end) - 1721424.5 AS INTEGER),"
  "       clicks, impressions, interest"
  "  FROM search_stat WHERE kind IN ('topic', 'total', 'query')"
  "  ORDER BY source, kind, query, region, period_start, period_end";

/* One exported period of a query, as Search Console gave it. */
typedef struct
{
  guint32 first_day;
  guint32 last_day;
  double  clicks;         /* NAN when not given */
  double  impressions;
} QueryPeriod;

typedef struct
{
  MrSearchSeries *series;
  GArray         *periods;     /* QueryPeriod: a query's exports, oldest first */
} Builder;

void
mr_search_series_free (MrSearchSeries *series)
{
  if (series == NULL)
    return;

  g_free (series->source);
  g_free (series->query);
  g_free (series->region);
  g_clear_pointer (&series->points, g_array_unref);
  g_clear_pointer (&series->spikes, g_array_unref);
  g_free (series);
}

static void
builder_free (Builder *builder)
{
  mr_search_series_free (builder->series);
  g_clear_pointer (&builder->periods, g_array_unref);
  g_free (builder);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Builder, builder_free)

/* Trends gives a term by day, week or month, and both may be stored: each granularity
 * is a series of its own, or a week would be judged against days. */
static guint
span_class (guint32 first_day,
            guint32 last_day)
{
  guint span = last_day >= first_day ? last_day - first_day + 1 : 1;

  return span == 1 ? 1 : span <= 10 ? 7 : 31;
}

static double
column_double (sqlite3_stmt *stmt,
               int           column)
{
  return sqlite3_column_type (stmt, column) == SQLITE_NULL ? NAN
                                                           : sqlite3_column_double (stmt, column);
}

static Builder *
builder_new (MrSearchSeriesKind      kind,
             sqlite3_stmt           *stmt,
             guint                   span,
             const MrDemandSettings *settings)
{
  Builder *builder = g_new0 (Builder, 1);
  MrSearchSeries *series = g_new0 (MrSearchSeries, 1);

  series->kind = kind;
  series->source = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  series->query = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
  series->region = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
  series->settings = *settings;
  /* A window must hold a point, and the baseline enough of them. */
  series->settings.recent_days = MAX (settings->recent_days, span);
  series->settings.baseline_days = MAX (settings->baseline_days, 8 * span);
  series->points = g_array_new (FALSE, TRUE, sizeof (MrDemandPoint));
  series->spikes = g_array_new (FALSE, TRUE, sizeof (MrDemandSpike));
  builder->series = series;
  if (kind == MR_SEARCH_SERIES_QUERY)
    builder->periods = g_array_new (FALSE, TRUE, sizeof (QueryPeriod));

  return builder;
}

static void
add_point (MrSearchSeries *series,
           guint32         day,
           double          value)
{
  MrDemandPoint point = { .day = day, .value = value };
  GArray *points = series->points;

  if (isnan (value))
    return;
  /* The same day twice (a partial week, exported again): the later export counts. */
  if (points->len > 0 && g_array_index (points, MrDemandPoint, points->len - 1).day == day)
    g_array_index (points, MrDemandPoint, points->len - 1) = point;
  else
    g_array_append_val (points, point);
}

static const char *
kind_of_row (sqlite3_stmt       *stmt,
             MrSearchSeriesKind *kind)
{
  const char *text = (const char *) sqlite3_column_text (stmt, 1);

  if (g_strcmp0 (text, "topic") == 0)
    *kind = MR_SEARCH_SERIES_TOPIC;
  else if (g_strcmp0 (text, "total") == 0)
    *kind = MR_SEARCH_SERIES_SITE;
  else
    *kind = MR_SEARCH_SERIES_QUERY;
  return text;
}

/* The period of @source's query exports that ends the day before @period begins; of
 * several, the one as long as @period, or else the closest in length. */
static const QueryPeriod *
find_period_before (GArray            *source_periods,
                    const QueryPeriod *period)
{
  const QueryPeriod *best = NULL;
  gint64 length = (gint64) period->last_day - period->first_day;

  for (guint i = 0; i < source_periods->len; i++)
    {
      const QueryPeriod *candidate = &g_array_index (source_periods, QueryPeriod, i);
      gint64 candidate_length = (gint64) candidate->last_day - candidate->first_day;

      if ((gint64) candidate->last_day + 1 != (gint64) period->first_day)
        continue;
      if (best == NULL ||
          ABS (candidate_length - length) < ABS ((gint64) best->last_day - best->first_day - length))
        best = candidate;
    }
  return best;
}

static const QueryPeriod *
find_own_period (GArray            *periods,
                 const QueryPeriod *period)
{
  for (guint i = 0; i < periods->len; i++)
    {
      const QueryPeriod *own = &g_array_index (periods, QueryPeriod, i);

      if (own->first_day == period->first_day && own->last_day == period->last_day)
        return own;
    }
  return NULL;
}

/* A query's periods as points, and each period that rose over the one before as a spike.
 * A query missing from the earlier export was below its table's cut-off: about none. */
static void
judge_query (Builder *builder,
             GArray  *source_periods)
{
  MrSearchSeries *series = builder->series;

  for (guint i = 0; i < builder->periods->len; i++)
    {
      const QueryPeriod *period = &g_array_index (builder->periods, QueryPeriod, i);
      const QueryPeriod *earlier = find_period_before (source_periods, period);
      const QueryPeriod *own = earlier != NULL ? find_own_period (builder->periods, earlier) : NULL;
      double days = (double) period->last_day - period->first_day + 1;
      /* Impressions are the searches themselves; clicks when an export has no others. */
      gboolean impressions = !isnan (period->impressions) &&
                             (own == NULL || !isnan (own->impressions));
      MrDemandSnapshot before, after;
      MrDemandSpike spike;

      after = (MrDemandSnapshot) {
        period->first_day, period->last_day, impressions ? period->impressions : period->clicks
      };
      add_point (series, period->first_day, after.count / days);
      if (earlier == NULL)
        continue;
      before = (MrDemandSnapshot) {
        earlier->first_day, earlier->last_day,
        own == NULL ? 0 : impressions ? own->impressions : own->clicks
      };
      if (mr_demand_find_rise (&before, &after, &series->settings, &spike))
        g_array_append_val (series->spikes, spike);
    }
}

static void
judge_series (Builder    *builder,
              GHashTable *periods_by_source)
{
  MrSearchSeries *series = builder->series;
  g_autoptr(GArray) spikes = NULL;

  if (series->kind == MR_SEARCH_SERIES_QUERY)
    {
      judge_query (builder, g_hash_table_lookup (periods_by_source, series->source));
      return;
    }

  spikes = mr_demand_find_spikes ((const MrDemandPoint *) (gpointer) series->points->data,
                                  series->points->len, &series->settings);
  g_array_append_vals (series->spikes, spikes->data, spikes->len);
}

static void
remember_source_period (GHashTable        *periods_by_source,
                        const char        *source,
                        const QueryPeriod *period)
{
  GArray *periods = g_hash_table_lookup (periods_by_source, source);

  if (periods == NULL)
    {
      periods = g_array_new (FALSE, FALSE, sizeof (QueryPeriod));
      g_hash_table_insert (periods_by_source, g_strdup (source), periods);
    }
  if (find_own_period (periods, period) == NULL)
    g_array_append_val (periods, *period);
}

GPtrArray *
mr_search_series_load (sqlite3                *db,
                       const MrDemandSettings *settings,
                       GError                **error)
{
  g_autoptr(GPtrArray) builders = g_ptr_array_new_with_free_func ((GDestroyNotify) builder_free);
  g_autoptr(GHashTable) by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) periods_by_source = NULL;
  GPtrArray *result;
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_return_val_if_fail (db != NULL, NULL);
  g_return_val_if_fail (settings != NULL && settings->recent_days > 0, NULL);

  periods_by_source = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                             (GDestroyNotify) g_array_unref);
  rc = sqlite3_prepare_v2 (db, search_series_sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      mr_store_set_error_from_sqlite (error, db, rc);
      return NULL;
    }
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      QueryPeriod period = {
        .first_day = (guint32) sqlite3_column_int64 (stmt, 4),
        .last_day = (guint32) sqlite3_column_int64 (stmt, 5),
        .clicks = column_double (stmt, 6),
        .impressions = column_double (stmt, 7),
      };
      guint span = span_class (period.first_day, period.last_day);
      g_autofree char *key = NULL;
      MrSearchSeriesKind kind;
      const char *kind_id = kind_of_row (stmt, &kind);
      Builder *builder;

      /* Search Console's Dates are days; anything else there is not a day's total. */
      if (kind == MR_SEARCH_SERIES_SITE && span != 1)
        continue;
      if (kind == MR_SEARCH_SERIES_QUERY)
        span = 0;

      key = g_strdup_printf ("%s\x1f%s\x1f%s\x1f%s\x1f%u",
                             (const char *) sqlite3_column_text (stmt, 0),
                             kind_id, (const char *) sqlite3_column_text (stmt, 2) ?: "",
                             (const char *) sqlite3_column_text (stmt, 3) ?: "", span);
      builder = g_hash_table_lookup (by_key, key);
      if (builder == NULL)
        {
          builder = builder_new (kind, stmt, MAX (span, 1), settings);
          g_ptr_array_add (builders, builder);
          g_hash_table_insert (by_key, g_steal_pointer (&key), builder);
        }

      switch (kind)
        {
        case MR_SEARCH_SERIES_TOPIC:
          add_point (builder->series, period.first_day, column_double (stmt, 8));
          break;
        case MR_SEARCH_SERIES_SITE:
          add_point (builder->series, period.first_day, period.impressions);
          break;
        case MR_SEARCH_SERIES_QUERY:
          g_array_append_val (builder->periods, period);
          remember_source_period (periods_by_source, builder->series->source, &period);
          break;
        default:
          g_assert_not_reached ();
        }
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      mr_store_set_error_from_sqlite (error, db, rc);
      return NULL;
    }

  result = g_ptr_array_new_full (builders->len, (GDestroyNotify) mr_search_series_free);
  for (guint i = 0; i < builders->len; i++)
    {
      Builder *builder = g_ptr_array_index (builders, i);

      judge_series (builder, periods_by_source);
      g_ptr_array_add (result, g_steal_pointer (&builder->series));
    }
  return result;
}

const char *
mr_search_series_get_title (const MrSearchSeries *series)
{
  g_return_val_if_fail (series != NULL, NULL);

  if (series->query != NULL)
    return series->query;
  /* Translators: the title of a moment when all of a site's searches rose at once */
  return C_("search series", "Your site in Google Search");
}

const char *
mr_search_series_get_source_name (const char *source)
{
  /* Product names: not translated. */
  if (g_strcmp0 (source, "trends") == 0)
    return "Google Trends";
  if (g_strcmp0 (source, "search-console") == 0)
    return "Search Console";
  return source;
}

char *
mr_search_series_describe_source (const MrSearchSeries *series)
{
  g_return_val_if_fail (series != NULL, NULL);

  if (series->region == NULL)
    return g_strdup (mr_search_series_get_source_name (series->source));
  /* Translators: a source and the region it covers, as in "Google Trends, Netherlands" */
  return g_strdup_printf (C_("search source", "%s, %s"), mr_search_series_get_source_name (series->source),
                          series->region);
}

/* The site's own sentence: it has no query to quote. */
static char *
describe_site_spike (const MrDemandSpike *spike)
{
  g_autofree char *recent = mr_format_decimal (spike->recent_mean, 0);
  g_autofree char *usual = mr_format_decimal (spike->baseline_mean, 0);
  g_autofree char *ratio = NULL;
  g_autofree char *day = mr_format_day (spike->peak_day, TRUE);

  if (spike->baseline_mean <= 0)
    /* Translators: "… rose from nothing to an average of 41 a day in the days to 14 July 2026." */
    return g_strdup_printf (_("Searches that showed your site rose from nothing to an average "
                              "of %s a day in the days to %s."), recent, day);

  ratio = mr_format_decimal (spike->recent_mean / spike->baseline_mean, 1);
  /* Translators: "Searches that showed your site rose to 3.4 times their usual level (an
   * average of 410 a day against 120) in the days to 14 July 2026." */
  return g_strdup_printf (_("Searches that showed your site rose to %s times their usual "
                            "level (an average of %s a day against %s) in the days to %s."),
                          ratio, recent, usual, day);
}

char *
mr_search_series_describe_spike (const MrSearchSeries *series,
                                 const MrDemandSpike  *spike)
{
  g_autofree char *sentence = NULL;
  g_autofree char *source = NULL;

  g_return_val_if_fail (series != NULL && spike != NULL, NULL);

  if (series->kind == MR_SEARCH_SERIES_SITE)
    sentence = describe_site_spike (spike);
  else
    sentence = mr_demand_spike_describe (spike, series->query);
  source = mr_search_series_describe_source (series);

  /* Translators: a spike's sentence, then where the figures come from, as in
   * "Searches for “koffie” rose … Source: Google Trends, Netherlands." */
  return g_strdup_printf (C_("moment trigger", "%s Source: %s."), sentence, source);
}
