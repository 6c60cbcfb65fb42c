/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <sqlite3.h>

#include "mr-demand.h"

G_BEGIN_DECLS

/* The search statistics as series that demand can spike in (DESIGN.md §4): a Google
 * Trends term in a region, a site's Search Console impressions by day, and a Search
 * Console query export by export. */

typedef enum
{
  MR_SEARCH_SERIES_TOPIC,   /* Trends: a term's interest, a point per day, week or month */
  MR_SEARCH_SERIES_SITE,    /* Search Console's Dates: the site's impressions a day */
  MR_SEARCH_SERIES_QUERY,   /* Search Console's Queries: a point per exported period */
} MrSearchSeriesKind;

typedef struct
{
  MrSearchSeriesKind kind;
  char              *source;     /* as stored: "trends", "search-console" */
  char              *query;      /* the term or query; NULL for a site's totals */
  char              *region;     /* NULL when none */
  /* The settings the series was judged with: a weekly or monthly series widens the
   * windows to hold its points. */
  MrDemandSettings   settings;
  /* MrDemandPoint, oldest first. A query's point is its period's first day and its
   * impressions (or clicks) a day. */
  GArray            *points;
  /* MrDemandSpike, oldest first. A query's spike spans the period that rose. */
  GArray            *spikes;
} MrSearchSeries;

void        mr_search_series_free             (MrSearchSeries         *series);
/* Every series in @db with its spikes, judged with @settings. Runs on any thread that
 * owns @db.
 * Returns: (transfer full) (element-type MrSearchSeries): the series, or %NULL */
GPtrArray  *mr_search_series_load             (sqlite3                *db,
                                               const MrDemandSettings *settings,
                                               GError                **error);
/* What a moment from the series is called: the term or query, or the site. */
const char *mr_search_series_get_title        (const MrSearchSeries   *series);
/* The name of a stored source ("trends" → "Google Trends"); others as they are. */
const char *mr_search_series_get_source_name  (const char             *source);
/* "Google Trends, Netherlands", "Search Console". */
char       *mr_search_series_describe_source  (const MrSearchSeries   *series);
/* The sentence a moment opened by @spike gives as its trigger: what rose, by how much,
 * when, and from which source. */
char       *mr_search_series_describe_spike   (const MrSearchSeries   *series,
                                               const MrDemandSpike    *spike);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MrSearchSeries, mr_search_series_free)

G_END_DECLS
