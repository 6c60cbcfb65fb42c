/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-json-export-search"

#include "config.h"

#include <math.h>
#include <string.h>

#include "mr-json-export-private.h"

/* The export's "search": a Google Trends term is stored as one row per point, and
 * exported as one entry whose series holds the points; every other row (Search Console)
 * is an entry of its own with an empty series. Intents and spikes are the micro-moments'
 * work: until then an entry has none. */

static gboolean
is_series_point (const MrSearchRow *row)
{
  return g_str_equal (row->source, "trends") && g_str_equal (row->kind, "topic");
}

static gboolean
same_series (const MrSearchRow *a,
             const MrSearchRow *b)
{
  return is_series_point (b) &&
         g_str_equal (a->source, b->source) && g_str_equal (a->kind, b->kind) &&
         g_strcmp0 (a->query, b->query) == 0 && g_strcmp0 (a->region, b->region) == 0;
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
  mr_json_add_string (builder, "intent", NULL);
  mr_json_add_string (builder, "period_start", row->period_start);
  mr_json_add_string (builder, "period_end", period_end);
}

static void
end_entry (JsonBuilder *builder)
{
  json_builder_set_member_name (builder, "spikes");
  json_builder_begin_array (builder);
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

/* Rows @first up to @last (exclusive) of @rows: one term's points, oldest first. */
static void
build_series_entry (JsonBuilder *builder,
                    GPtrArray   *rows,
                    guint        first,
                    guint        last)
{
  const char *period_end = ((MrSearchRow *) g_ptr_array_index (rows, first))->period_end;

  for (guint i = first + 1; i < last; i++)
    {
      const MrSearchRow *row = g_ptr_array_index (rows, i);

      if (strcmp (row->period_end, period_end) > 0)
        period_end = row->period_end;
    }

  begin_entry (builder, g_ptr_array_index (rows, first), period_end);
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
  end_entry (builder);
}

static void
build_row_entry (JsonBuilder       *builder,
                 const MrSearchRow *row)
{
  begin_entry (builder, row, row->period_end);
  mr_json_add_count (builder, "clicks", row->clicks);
  mr_json_add_count (builder, "impressions", row->impressions);
  mr_json_add_double (builder, "ctr", row->ctr);
  mr_json_add_double (builder, "position", row->position);
  json_builder_set_member_name (builder, "series");
  json_builder_begin_array (builder);
  json_builder_end_array (builder);
  end_entry (builder);
}

gboolean
mr_json_build_search (JsonBuilder  *builder,
                      MrStore      *store,
                      GError      **error)
{
  g_autoptr(GPtrArray) rows = mr_store_list_search_stats (store, error);
  guint i = 0;

  if (rows == NULL)
    return FALSE;

  json_builder_set_member_name (builder, "search");
  json_builder_begin_array (builder);
  while (i < rows->len)
    {
      const MrSearchRow *row = g_ptr_array_index (rows, i);
      guint last = i + 1;

      if (!is_series_point (row))
        {
          build_row_entry (builder, row);
          i++;
          continue;
        }

      /* The rows come sorted by source, kind, query, region, then period. */
      while (last < rows->len && same_series (row, g_ptr_array_index (rows, last)))
        last++;
      build_series_entry (builder, rows, i, last);
      i = last;
    }
  json_builder_end_array (builder);

  return TRUE;
}
