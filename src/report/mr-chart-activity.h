/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mr-chart.h"
#include "mr-enums.h"

G_BEGIN_DECLS

/* When the audience is active: a heat map of weekdays (Monday on top) by hours, with
 * the platform's advice outlined (DESIGN.md §1: Instagram weekdays 11:00–13:00, TikTok
 * 18:00–22:00). Each cell is the mean of what was added for it: active followers from
 * an activity export, or the engagement rate of the posts published in that hour. */

typedef enum
{
  MR_CHART_ACTIVITY_FOLLOWERS,   /* active followers by hour (TikTok's follower activity) */
  MR_CHART_ACTIVITY_POSTS,       /* engagement rate of the posts published by hour */
} MrChartActivitySource;

/* Too few posts leave most hours empty: no pattern, only noise. */
#define MR_CHART_ACTIVITY_MIN_POSTS 8

typedef struct _MrChartActivityData MrChartActivityData;

MrChartActivityData   *mr_chart_activity_data_new        (MrChartActivitySource      source,
                                                          MrPlatform                 platform);
void                   mr_chart_activity_data_free       (MrChartActivityData       *data);
/* @weekday: 0 for Monday … 6 for Sunday; @hour 0 … 23. */
void                   mr_chart_activity_data_add        (MrChartActivityData       *data,
                                                          guint                      weekday,
                                                          guint                      hour,
                                                          double                     value);
void                   mr_chart_activity_data_add_day    (MrChartActivityData       *data,
                                                          guint32                    julian,
                                                          guint                      hour,
                                                          double                     value);
/* A post's rate at the hour it was published, where the user is. */
void                   mr_chart_activity_data_add_post   (MrChartActivityData       *data,
                                                          gint64                     published_at,
                                                          double                     rate);
MrChartActivitySource  mr_chart_activity_data_get_source (const MrChartActivityData *data);
/* The cell's mean, FALSE when nothing was added for it. */
gboolean               mr_chart_activity_data_get_cell   (const MrChartActivityData *data,
                                                          guint                      weekday,
                                                          guint                      hour,
                                                          double                    *mean);
/* The platform's advice as a short translated sentence, NULL for none. */
const char            *mr_chart_activity_get_guidance    (const MrChartActivityData *data);

/* A full day of activity, or MR_CHART_ACTIVITY_MIN_POSTS posts. */
gboolean               mr_chart_activity_has_data        (const MrChartActivityData *data);
void                   mr_chart_activity_draw            (cairo_t                   *cr,
                                                          const MrChartStyle        *style,
                                                          const cairo_rectangle_t   *area,
                                                          const MrChartActivityData *data);
/* The cell under (x, y): its group is the weekday, its index the hour. */
gboolean               mr_chart_activity_hit_test        (const MrChartStyle        *style,
                                                          const cairo_rectangle_t   *area,
                                                          const MrChartActivityData *data,
                                                          double                     x,
                                                          double                     y,
                                                          MrChartHit                *hit);
/* "The audience is most active on Tuesday at 19:00; TikTok advises 18:00–22:00." */
char                  *mr_chart_activity_describe        (const MrChartActivityData *data);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MrChartActivityData, mr_chart_activity_data_free)

G_END_DECLS
