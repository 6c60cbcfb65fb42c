/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-json-export-search"

#include "config.h"

#include <math.h>
#include <string.h>

#include "mr-intent.h"
#include "mr-json-export-private.h"
#include "mr-search-series.h"

/* The export's "search" (DESIGN.md §5). A Google Trends term is stored as one row per
 * point and exported as one entry whose series holds the points; so are a site's Search
 * Console dates, whose points keep each day's figures. Every other row (a query, page,
 * country or device of an export's period) is an entry of its own with an empty series.
 * Queries and terms carry their intent; every spike found in the history is listed under
 * its entry, judged with the store's moment settings, whether or not it opened a moment. */

static gboolean
is_topic (const MrSearchRow *row)
{
  return g_str_equal (row->source, "trends") && g_str_equal (row->kind, "topic");
}

static gboolean
is_site_total (const MrSearchRow *row)
{
  return g_str_equal (row->kind, "total");
}

static gboolean
same_series (const MrSearchRow *a,
             const MrSearchRow *b)
{
  return g_str_equal (a->source, b->source) && g_str_equal (a->kind, b->kind) &&
         g_strcmp0 (a->query, b->query) == 0 && g_strcmp0 (a->region, b->region) == 0;
}

static void
add_julian_date (JsonBuilder *builder,
                 const char  *key,
                 guint32      day)
{
  char text[16];
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  g_snprintf (text, sizeof text, "%04u-%02u-%02u",
              g_date_get_year (&date), g_date_get_month (&date), g_date_get_day (&date));
  mr_json_add_string (builder, key, text);
}

static const char *
intent_of (const MrSearchRow *row)
{
  if (row->query == NULL || !(g_str_equal (row->kind, "query") || g_str_equal (row->kind, "topic")))
    return NULL;
  return mr_intent_to_string (mr_intent_classify (row->query).intent);
}

static void
begin_entry (JsonBuilder       *builder,
             const MrSearchRow *row,
             const char        *period_end)
{
  json_builder_begin_object (builder);
  mr_json_add_string (builder, "source", row->source);
  mr_json_add_string (builder, "kind", row->kind);
  mr_json_add_string (builder, "query", row->query);
  mr_json_add_string (builder, "region", row->region);
  mr_json_add_string (builder, "intent", intent_of (row));
  mr_json_add_string (builder, "period_start", row->period_start);
  mr_json_add_string (builder, "period_end", period_end);
}

static int
compare_spikes (gconstpointer a,
                gconstpointer b)
{
  const MrDemandSpike *x = *(const MrDemandSpike * const *) a;
  const MrDemandSpike *y = *(const MrDemandSpike * const *) b;

  if (x->peak_day != y->peak_day)
    return x->peak_day < y->peak_day ? -1 : 1;
  return (x->first_day > y->first_day) - (x->first_day < y->first_day);
}

/* Two decimals say all a mean of an index or of counts a day can say. */
static double
rounded (double value)
{
  return round (value * 100.0) / 100.0;
}

/* "spikes": those of every series of @kind that @row's entry stands for; of a query,
 * only the one of @row's own period. */
static void
end_entry (JsonBuilder        *builder,
           GPtrArray          *series,
           MrSearchSeriesKind  kind,
           const MrSearchRow  *row)
{
  g_autoptr(GPtrArray) spikes = g_ptr_array_new ();
  GDate start, end;

  g_date_clear (&start, 1);
  g_date_clear (&end, 1);
  if (kind == MR_SEARCH_SERIES_QUERY)
    {
      g_date_set_parse (&start, row->period_start);
      g_date_set_parse (&end, row->period_end);
    }

  for (guint i = 0; i < series->len; i++)
    {
      const MrSearchSeries *one = g_ptr_array_index (series, i);

      if (one->kind != kind || g_strcmp0 (one->source, row->source) != 0 ||
          g_strcmp0 (one->query, row->query) != 0 || g_strcmp0 (one->region, row->region) != 0)
        continue;
      for (guint j = 0; j < one->spikes->len; j++)
        {
          const MrDemandSpike *spike = &g_array_index (one->spikes, MrDemandSpike, j);

          if (kind == MR_SEARCH_SERIES_QUERY &&
              (!g_date_valid (&start) || !g_date_valid (&end) ||
               spike->first_day != g_date_get_julian (&start) ||
               spike->last_day != g_date_get_julian (&end)))
            continue;
          g_ptr_array_add (spikes, (gpointer) spike);
        }
    }
  g_ptr_array_sort (spikes, compare_spikes);

  json_builder_set_member_name (builder, "spikes");
  json_builder_begin_array (builder);
  for (guint i = 0; i < spikes->len; i++)
    {
      const MrDemandSpike *spike = g_ptr_array_index (spikes, i);

      json_builder_begin_object (builder);
      add_julian_date (builder, "date", spike->peak_day);
      mr_json_add_double (builder, "value", rounded (spike->recent_mean));
      mr_json_add_double (builder, "baseline", rounded (spike->baseline_mean));
      /* Beyond DESIGN.md §5's keys: the days that stood out. */
      add_julian_date (builder, "start", spike->first_day);
      add_julian_date (builder, "end", spike->last_day);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

static const char *
last_period_end (GPtrArray *rows,
                 guint      first,
                 guint      last)
{
  const char *period_end = ((MrSearchRow *) g_ptr_array_index (rows, first))->period_end;

  for (guint i = first + 1; i < last; i++)
    {
      const MrSearchRow *row = g_ptr_array_index (rows, i);

      if (strcmp (row->period_end, period_end) > 0)
        period_end = row->period_end;
    }
  return period_end;
}

/* Rows @first up to @last (exclusive) of @rows: one term's points, oldest first. */
static void
build_topic_entry (JsonBuilder *builder,
                   GPtrArray   *rows,
                   guint        first,
                   guint        last,
                   GPtrArray   *series)
{
  const MrSearchRow *head = g_ptr_array_index (rows, first);

  begin_entry (builder, head, last_period_end (rows, first, last));
  mr_json_add_count (builder, "clicks", -1);
  mr_json_add_count (builder, "impressions", -1);
  mr_json_add_double (builder, "ctr", NAN);
  mr_json_add_double (builder, "position", NAN);

  json_builder_set_member_name (builder, "series");
  json_builder_begin_array (builder);
  for (guint i = first; i < last; i++)
    {
      const MrSearchRow *row = g_ptr_array_index (rows, i);

      json_builder_begin_object (builder);
      mr_json_add_string (builder, "date", row->period_start);
      /* A weekly or monthly point covers more than its first day. */
      mr_json_add_string (builder, "end", row->period_end);
      mr_json_add_double (builder, "value", row->interest);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  end_entry (builder, series, MR_SEARCH_SERIES_TOPIC, head);
}

/* A site's days: the sums over them, and each day's figures as a point whose value is
 * what spikes are judged on, its impressions. */
static void
build_site_entry (JsonBuilder *builder,
                  GPtrArray   *rows,
                  guint        first,
                  guint        last,
                  GPtrArray   *series)
{
  const MrSearchRow *head = g_ptr_array_index (rows, first);
  gint64 clicks = -1, impressions = -1;
  double weighted_position = 0;
  gboolean positions = TRUE;

  for (guint i = first; i < last; i++)
    {
      const MrSearchRow *row = g_ptr_array_index (rows, i);

      if (row->clicks >= 0)
        clicks = MAX (clicks, 0) + row->clicks;
      if (row->impressions >= 0)
        impressions = MAX (impressions, 0) + row->impressions;
      positions = positions && !isnan (row->position) && row->impressions >= 0;
      if (positions)
        weighted_position += row->position * row->impressions;
    }

  begin_entry (builder, head, last_period_end (rows, first, last));
  mr_json_add_count (builder, "clicks", clicks);
  mr_json_add_count (builder, "impressions", impressions);
  mr_json_add_double (builder, "ctr", clicks >= 0 && impressions > 0
                                      ? rounded (100.0 * clicks / impressions) : NAN);
  mr_json_add_double (builder, "position", positions && impressions > 0
                                           ? rounded (weighted_position / impressions) : NAN);

  json_builder_set_member_name (builder, "series");
  json_builder_begin_array (builder);
  for (guint i = first; i < last; i++)
    {
      const MrSearchRow *row = g_ptr_array_index (rows, i);

      json_builder_begin_object (builder);
      mr_json_add_string (builder, "date", row->period_start);
      mr_json_add_string (builder, "end", row->period_end);
      mr_json_add_double (builder, "value", row->impressions >= 0 ? (double) row->impressions : NAN);
      mr_json_add_count (builder, "clicks", row->clicks);
      mr_json_add_count (builder, "impressions", row->impressions);
      mr_json_add_double (builder, "ctr", row->ctr);
      mr_json_add_double (builder, "position", row->position);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  end_entry (builder, series, MR_SEARCH_SERIES_SITE, head);
}

static void
build_row_entry (JsonBuilder       *builder,
                 const MrSearchRow *row,
                 GPtrArray         *series)
{
  begin_entry (builder, row, row->period_end);
  mr_json_add_count (builder, "clicks", row->clicks);
  mr_json_add_count (builder, "impressions", row->impressions);
  mr_json_add_double (builder, "ctr", row->ctr);
  mr_json_add_double (builder, "position", row->position);
  json_builder_set_member_name (builder, "series");
  json_builder_begin_array (builder);
  json_builder_end_array (builder);
  end_entry (builder, series, MR_SEARCH_SERIES_QUERY, row);
}

gboolean
mr_json_write_search (MrJsonStream  *stream,
                      MrStore       *store,
                      GError       **error)
{
  g_autoptr(GPtrArray) rows = mr_store_list_search_stats (store, error);
  g_autoptr(GPtrArray) series = NULL;
  guint i = 0;

  if (rows == NULL)
    return FALSE;
  series = mr_store_list_search_series (store, error);
  if (series == NULL)
    return FALSE;

  mr_json_stream_begin_array (stream, "search");
  while (i < rows->len)
    {
      const MrSearchRow *row = g_ptr_array_index (rows, i);
      JsonBuilder *builder = mr_json_stream_begin_element (stream);
      guint last = i + 1;

      if (!is_topic (row) && !is_site_total (row))
        {
          build_row_entry (builder, row, series);
        }
      else
        {
          /* The rows come sorted by source, kind, query, region, then period. */
          while (last < rows->len && same_series (row, g_ptr_array_index (rows, last)))
            last++;
          if (is_topic (row))
            build_topic_entry (builder, rows, i, last, series);
          else
            build_site_entry (builder, rows, i, last, series);
        }
      if (!mr_json_stream_end_element (stream, error))
        return FALSE;
      i = last;
    }
  mr_json_stream_end_array (stream);

  return TRUE;
}
