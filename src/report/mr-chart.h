/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>
#include <pango/pango.h>

#include "mr-number-format.h"

G_BEGIN_DECLS

/* What every chart is drawn with. The charts draw on any cairo_t — a widget's snapshot,
 * a PDF page, a printed page — into the rectangle they are given, in its units (pixels
 * on screen, points on paper), and never outside it.
 *
 * A chart is only drawn when its has_data () says so: with too little data there is no
 * axis worth drawing, and the caller shows mr_chart_draw_placeholder () instead.
 *
 * Each chart also hit-tests a point of that rectangle (for tooltips) and describes
 * itself in one translated sentence (for screen readers and the report's text). */

typedef struct
{
  double red, green, blue, alpha;
} MrChartColor;

typedef struct
{
  MrChartColor foreground;   /* text, the value axis' labels */
  MrChartColor dim;          /* secondary text, axis lines */
  MrChartColor grid;         /* grid lines, empty cells, bar tracks */
  MrChartColor accent;       /* the data: the follower line, the bars */
  MrChartColor good;         /* organic jumps */
  MrChartColor warning;      /* suspicious jumps and drops */
  MrChartColor background;   /* what the chart is drawn on: halos behind labels */
} MrChartPalette;

typedef struct
{
  MrChartPalette               palette;
  /* Text is measured and laid out with this context, and drawn with pangocairo: a
   * widget's pango context, or for paper pango_cairo_create_context () with a
   * resolution of 72, so that a 9 pt font is 9 units of a PDF surface tall. */
  PangoContext                *context;
  /* Labels, at about 9 pt; headings within a chart are drawn in its bold. */
  const PangoFontDescription  *font;
} MrChartStyle;

/* What lies under a point: which element of the chart's data. */
typedef enum
{
  MR_CHART_HIT_NONE,
  MR_CHART_HIT_DAY,      /* index: into the follower chart's days */
  MR_CHART_HIT_SPIKE,    /* index: into the follower chart's spikes */
  MR_CHART_HIT_POST,     /* index: into the engagement chart's posts */
  MR_CHART_HIT_BAR,      /* group and index: the audience chart's group, its bar */
  MR_CHART_HIT_CELL,     /* group: weekday 0 (Monday) … 6, index: hour 0 … 23 */
} MrChartHitKind;

typedef struct
{
  MrChartHitKind    kind;
  guint             group;
  guint             index;
  cairo_rectangle_t area;    /* the element's extent, for a tooltip's tip area */
} MrChartHit;

/* Weekdays as the charts' sentences write them, in the translation's words whatever
 * LC_TIME says; @weekday 0 (Monday) … 6. Dates: mr_format_day (). */
const char *mr_chart_weekday_name      (guint                    weekday);
/* The day of @unix_time where the user is. */
guint32     mr_chart_julian_from_unix  (gint64                   unix_time);

/* Adwaita's colours, for callers without a style to take them from (paper, tests). */
void        mr_chart_palette_init      (MrChartPalette          *palette,
                                        gboolean                 dark);

/* The empty state: a quiet sentence in a dashed frame, in place of a broken axis. */
const char *mr_chart_placeholder_text  (void);
void        mr_chart_draw_placeholder  (cairo_t                 *cr,
                                        const MrChartStyle      *style,
                                        const cairo_rectangle_t *area,
                                        const char              *text);

G_END_DECLS
