/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mr-chart.h"

G_BEGIN_DECLS

/* What the charts share: text, scales, axes, legends and dates. */

/* Between a label and what it labels, and the least room between two labels. */
#define MR_CHART_GAP           6.0
#define MR_CHART_LABEL_SPACING 12.0
#define MR_CHART_TICK_LENGTH   4.0

typedef enum
{
  MR_CHART_TEXT_PLAIN   = 0,
  MR_CHART_TEXT_BOLD    = 1 << 0,
  MR_CHART_TEXT_TABULAR = 1 << 1,  /* figures of one width, so numbers line up */
} MrChartTextFlags;

PangoLayout *mr_chart_text_new          (const MrChartStyle      *style,
                                         const char              *text,
                                         MrChartTextFlags         flags);
void         mr_chart_text_size         (PangoLayout             *layout,
                                         double                  *width,
                                         double                  *height);
double       mr_chart_line_height       (const MrChartStyle      *style);
void         mr_chart_draw_text         (cairo_t                 *cr,
                                         PangoLayout             *layout,
                                         double                   x,
                                         double                   y,
                                         const MrChartColor      *color);

void         mr_chart_set_color         (cairo_t                 *cr,
                                         const MrChartColor      *color,
                                         double                   opacity);
double       mr_chart_crisp             (double                   coordinate);
gboolean     mr_chart_rect_contains     (const cairo_rectangle_t *rect,
                                         double                   x,
                                         double                   y);

/* A value axis from lo to hi in steps of step, with n ticks. */
typedef struct
{
  double lo;
  double hi;
  double step;
  guint  n_ticks;
} MrChartScale;

typedef char *(*MrChartFormatValue) (double value);

void         mr_chart_scale_init        (MrChartScale            *scale,
                                         double                   min,
                                         double                   max,
                                         double                   height,
                                         const MrChartStyle      *style,
                                         gboolean                 whole);
double       mr_chart_scale_y           (const MrChartScale      *scale,
                                         const cairo_rectangle_t *plot,
                                         double                   value);
double       mr_chart_value_axis_width  (const MrChartStyle      *style,
                                         const MrChartScale      *scale,
                                         MrChartFormatValue       format);
void         mr_chart_draw_value_axis   (cairo_t                 *cr,
                                         const MrChartStyle      *style,
                                         const cairo_rectangle_t *plot,
                                         const MrChartScale      *scale,
                                         MrChartFormatValue       format);
void         mr_chart_draw_baseline     (cairo_t                 *cr,
                                         const MrChartStyle      *style,
                                         const cairo_rectangle_t *plot);

/* Labels along the bottom of a plot, centred under their x, that never overlap and
 * never leave @area: a label that would is left out. A second, dimmer line (a year)
 * may stand under a label. */
typedef struct
{
  double  x;
  char   *label;
  char   *second;   /* NULL for none */
} MrChartTick;

GArray      *mr_chart_ticks_new         (void);
void         mr_chart_ticks_add         (GArray                  *ticks,
                                         double                   x,
                                         char                    *label,
                                         char                    *second);
double       mr_chart_ticks_height      (const MrChartStyle      *style,
                                         GArray                  *ticks);
double       mr_chart_ticks_widest      (const MrChartStyle      *style,
                                         GArray                  *ticks);
void         mr_chart_draw_ticks        (cairo_t                 *cr,
                                         const MrChartStyle      *style,
                                         const cairo_rectangle_t *area,
                                         const cairo_rectangle_t *plot,
                                         GArray                  *ticks);

/* Ticks for the days first_day … last_day (Julian) spread over @width from @x: the
 * finest of days, weeks, months, quarters or years whose labels fit. */
GArray      *mr_chart_time_ticks_new    (const MrChartStyle      *style,
                                         guint32                  first_day,
                                         guint32                  last_day,
                                         double                   x,
                                         double                   width);

typedef enum
{
  MR_CHART_MARKER_CIRCLE,
  MR_CHART_MARKER_DIAMOND,
  MR_CHART_MARKER_HOLLOW_DIAMOND,
  MR_CHART_MARKER_TRIANGLE_DOWN,
  MR_CHART_MARKER_LINE,
  MR_CHART_MARKER_DASHED_LINE,
  MR_CHART_MARKER_DASHED_BOX,
  MR_CHART_MARKER_RAMP,            /* squares from faint to full: a heat scale */
} MrChartMarker;

typedef struct
{
  MrChartMarker       marker;
  const MrChartColor *color;
  const char         *label;
} MrChartLegendItem;

void         mr_chart_draw_marker       (cairo_t                 *cr,
                                         const MrChartStyle      *style,
                                         MrChartMarker            marker,
                                         const MrChartColor      *color,
                                         double                   x,
                                         double                   y,
                                         double                   radius);
double       mr_chart_legend_height     (const MrChartStyle      *style,
                                         double                   width,
                                         const MrChartLegendItem *items,
                                         guint                    n_items);
void         mr_chart_draw_legend       (cairo_t                 *cr,
                                         const MrChartStyle      *style,
                                         double                   x,
                                         double                   y,
                                         double                   width,
                                         const MrChartLegendItem *items,
                                         guint                    n_items);

/* Dates and weekdays on axes as the translation writes them, whatever LC_TIME says. */
char        *mr_chart_format_short_date (guint32                  julian);
const char  *mr_chart_month_short       (GDateMonth               month);
const char  *mr_chart_weekday_short     (guint                    weekday);
gboolean     mr_chart_same_year         (guint32                  a,
                                         guint32                  b);

/* Joins the clauses of a description, and ends it. */
char        *mr_chart_join_clauses      (GPtrArray               *clauses);

G_END_DECLS
