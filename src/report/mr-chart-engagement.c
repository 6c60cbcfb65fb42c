/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-chart-engagement"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "mr-chart-engagement.h"
#include "mr-chart-private.h"
#include "mr-number-format.h"

#define LEGEND_GAP      8.0
#define MIN_SLOT        2.0
#define MAX_BAR_WIDTH   28.0
#define BAR_SHARE       0.7
#define RIGHT_PADDING   2.0

/* ── Data ─────────────────────────────────────────────────────────────────────────── */

static int
compare_published (gconstpointer a,
                   gconstpointer b)
{
  const MrChartPost *pa = a, *pb = b;

  return (pa->published_at > pb->published_at) - (pa->published_at < pb->published_at);
}

GArray *
mr_chart_engagement_posts_new (const MrPostStats *posts,
                               const char *const *captions,
                               gsize              n_posts,
                               gint64             followers,
                               MrEngagementBasis  basis,
                               gboolean           extended,
                               guint              max_posts)
{
  GArray *result = g_array_new (FALSE, FALSE, sizeof (MrChartPost));

  g_return_val_if_fail (posts != NULL || n_posts == 0, result);

  for (gsize i = 0; i < n_posts; i++)
    {
      MrChartPost post = { posts[i].published_at, NAN, captions != NULL ? captions[i] : NULL };

      /* A post that cannot be placed in time has no place on the axis either. */
      if (post.published_at <= 0 ||
          !mr_engagement_post_rate (&posts[i], followers, basis, extended, &post.rate))
        continue;
      g_array_append_val (result, post);
    }

  g_array_sort (result, compare_published);
  if (result->len > max_posts)
    g_array_remove_range (result, 0, result->len - max_posts);

  return result;
}

gboolean
mr_chart_engagement_has_data (const MrChartEngagementData *data)
{
  g_return_val_if_fail (data != NULL, FALSE);

  return data->n_posts >= 2;
}

double
mr_chart_engagement_median (const MrChartEngagementData *data)
{
  g_autofree double *rates = NULL;

  g_return_val_if_fail (data != NULL, NAN);

  if (data->n_posts == 0)
    return NAN;

  rates = g_new (double, data->n_posts);
  for (gsize i = 0; i < data->n_posts; i++)
    rates[i] = data->posts[i].rate;

  return mr_median (rates, (guint) data->n_posts);
}

/* ── Geometry ─────────────────────────────────────────────────────────────────────── */

typedef struct
{
  cairo_rectangle_t  plot;
  MrChartScale       scale;
  gsize              first;     /* the oldest post drawn */
  double             slot;      /* the width each drawn post has */
  double             median;
  char              *median_label;
  char              *benchmark_label;
  MrChartLegendItem  legend[2];
  guint              n_legend;
  GArray            *ticks;
} Frame;

static void
frame_clear (Frame *frame)
{
  g_clear_pointer (&frame->ticks, g_array_unref);
  g_clear_pointer (&frame->median_label, g_free);
  g_clear_pointer (&frame->benchmark_label, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Frame, frame_clear)

/* One decimal: a tenth of a percent is as fine as a rate per post is worth reading. */
static char *
format_rate (double value)
{
  return mr_format_percent (round (value * 10.0) / 10.0);
}

static double
bar_center (const Frame *frame,
            gsize        index)
{
  return frame->plot.x + frame->slot * ((double) (index - frame->first) + 0.5);
}

/* Every k-th bar dated, the newest always, as many as fit side by side. */
static GArray *
post_ticks_new (const MrChartStyle          *style,
                const Frame                 *frame,
                const MrChartEngagementData *data)
{
  GArray *ticks = mr_chart_ticks_new ();
  double widest = 0.0;
  gsize every;

  for (gsize i = frame->first; i < data->n_posts; i++)
    {
      g_autofree char *text = mr_chart_format_short_date (mr_chart_julian_from_unix (data->posts[i].published_at));
      g_autoptr(PangoLayout) layout = mr_chart_text_new (style, text, MR_CHART_TEXT_PLAIN);
      double width;

      mr_chart_text_size (layout, &width, NULL);
      widest = MAX (widest, width);
    }

  every = (gsize) ceil ((widest + MR_CHART_LABEL_SPACING) / frame->slot);
  every = MAX (every, 1);
  for (gssize i = (gssize) data->n_posts - 1; i >= (gssize) frame->first; i -= (gssize) every)
    mr_chart_ticks_add (ticks, bar_center (frame, (gsize) i),
                        mr_chart_format_short_date (mr_chart_julian_from_unix (data->posts[i].published_at)),
                        NULL);

  /* Left to right, as the labels are laid out. */
  for (guint i = 0; i < ticks->len / 2; i++)
    {
      MrChartTick swap = g_array_index (ticks, MrChartTick, i);

      g_array_index (ticks, MrChartTick, i) = g_array_index (ticks, MrChartTick, ticks->len - 1 - i);
      g_array_index (ticks, MrChartTick, ticks->len - 1 - i) = swap;
    }

  return ticks;
}

static gboolean
frame_init (Frame                       *frame,
            const MrChartStyle          *style,
            const cairo_rectangle_t     *area,
            const MrChartEngagementData *data)
{
  double line_height = mr_chart_line_height (style);
  double max_rate = 0.0, top, bottom_height, legend_height, left;
  g_autofree char *median_text = NULL;

  if (!mr_chart_engagement_has_data (data))
    return FALSE;

  frame->median = mr_chart_engagement_median (data);
  median_text = format_rate (frame->median);
  /* Translators: in a chart's legend: the median engagement rate of the posts shown. */
  frame->median_label = g_strdup_printf (_("Median %s"), median_text);
  frame->legend[frame->n_legend++] = (MrChartLegendItem) { MR_CHART_MARKER_LINE, &style->palette.foreground,
                                                           frame->median_label };
  if (isfinite (data->benchmark))
    {
      g_autofree char *benchmark_text = format_rate (data->benchmark);

      /* Translators: in a chart's legend: the typical engagement rate for the creator's
       * platform and tier. */
      frame->benchmark_label = g_strdup_printf (_("Benchmark %s"), benchmark_text);
      frame->legend[frame->n_legend++] = (MrChartLegendItem) { MR_CHART_MARKER_DASHED_LINE, &style->palette.dim,
                                                               frame->benchmark_label };
    }

  for (gsize i = 0; i < data->n_posts; i++)
    max_rate = MAX (max_rate, data->posts[i].rate);
  if (isfinite (data->benchmark))
    max_rate = MAX (max_rate, data->benchmark);

  legend_height = mr_chart_legend_height (style, area->width, frame->legend, frame->n_legend);
  /* The top value's label stands half a line above the plot, clear of the legend. */
  top = area->y + legend_height + MAX (LEGEND_GAP, line_height / 2.0 + 2.0);
  bottom_height = line_height + MR_CHART_TICK_LENGTH + 2.0;

  frame->plot.y = top;
  frame->plot.height = area->y + area->height - bottom_height - top;
  mr_chart_scale_init (&frame->scale, 0.0, MAX (max_rate, 0.01), frame->plot.height, style, FALSE);
  left = area->x + mr_chart_value_axis_width (style, &frame->scale, format_rate) + MR_CHART_GAP;
  frame->plot.x = left;
  frame->plot.width = area->x + area->width - RIGHT_PADDING - left;
  if (frame->plot.width < 8.0 || frame->plot.height < 8.0)
    return FALSE;

  frame->first = 0;
  if (frame->plot.width / data->n_posts < MIN_SLOT)
    frame->first = data->n_posts - (gsize) floor (frame->plot.width / MIN_SLOT);
  frame->slot = frame->plot.width / (data->n_posts - frame->first);
  frame->ticks = post_ticks_new (style, frame, data);

  return TRUE;
}

/* ── Drawing ──────────────────────────────────────────────────────────────────────── */

static void
bar_extent (const Frame *frame,
            gsize        index,
            double       rate,
            double      *x,
            double      *width,
            double      *y)
{
  double bar_width = MIN (frame->slot * BAR_SHARE, MAX_BAR_WIDTH);

  /* Whole units: bars of one width, edges sharp, gaps even. */
  bar_width = MAX (round (bar_width), 1.0);
  *x = round (bar_center (frame, index) - bar_width / 2.0);
  *width = bar_width;
  *y = round (mr_chart_scale_y (&frame->scale, &frame->plot, rate));
}

static void
draw_level (cairo_t            *cr,
            const Frame        *frame,
            double              value,
            const MrChartColor *color,
            gboolean            dashed)
{
  static const double dash[] = { 5.0, 3.0 };
  /* A two-unit line lies sharply on the pixel boundary between two rows. */
  double y = round (mr_chart_scale_y (&frame->scale, &frame->plot, value));

  cairo_save (cr);
  cairo_set_line_width (cr, 2.0);
  if (dashed)
    cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
  cairo_move_to (cr, frame->plot.x, y);
  cairo_line_to (cr, frame->plot.x + frame->plot.width, y);
  mr_chart_set_color (cr, color, 1.0);
  cairo_stroke (cr);
  cairo_restore (cr);
}

void
mr_chart_engagement_draw (cairo_t                     *cr,
                          const MrChartStyle          *style,
                          const cairo_rectangle_t     *area,
                          const MrChartEngagementData *data)
{
  g_auto(Frame) frame = { 0 };
  double baseline;

  g_return_if_fail (cr != NULL && style != NULL && area != NULL && data != NULL);

  if (!frame_init (&frame, style, area, data))
    return;

  cairo_save (cr);
  cairo_rectangle (cr, area->x, area->y, area->width, area->height);
  cairo_clip (cr);

  mr_chart_draw_value_axis (cr, style, &frame.plot, &frame.scale, format_rate);

  baseline = round (frame.plot.y + frame.plot.height);
  for (gsize i = frame.first; i < data->n_posts; i++)
    {
      double x, width, y, radius;

      bar_extent (&frame, i, data->posts[i].rate, &x, &width, &y);
      if (baseline - y < 1.0)
        y = baseline - 1.0;
      radius = width >= 6.0 ? MIN (2.0, baseline - y) : 0.0;
      cairo_new_sub_path (cr);
      cairo_move_to (cr, x, baseline);
      cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
      cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
      cairo_line_to (cr, x + width, baseline);
      cairo_close_path (cr);
      mr_chart_set_color (cr, &style->palette.accent, 1.0);
      cairo_fill (cr);
    }

  mr_chart_draw_baseline (cr, style, &frame.plot);
  if (isfinite (data->benchmark))
    draw_level (cr, &frame, data->benchmark, &style->palette.dim, TRUE);
  draw_level (cr, &frame, frame.median, &style->palette.foreground, FALSE);

  mr_chart_draw_ticks (cr, style, area, &frame.plot, frame.ticks);
  mr_chart_draw_legend (cr, style, frame.plot.x, area->y, area->x + area->width - frame.plot.x,
                        frame.legend, frame.n_legend);
  cairo_restore (cr);
}

/* ── Hit-testing and description ──────────────────────────────────────────────────── */

gboolean
mr_chart_engagement_hit_test (const MrChartStyle          *style,
                              const cairo_rectangle_t     *area,
                              const MrChartEngagementData *data,
                              double                       x,
                              double                       y,
                              MrChartHit                  *hit)
{
  g_auto(Frame) frame = { 0 };
  gsize index;

  g_return_val_if_fail (style != NULL && area != NULL && data != NULL && hit != NULL, FALSE);

  *hit = (MrChartHit) { MR_CHART_HIT_NONE };
  if (!frame_init (&frame, style, area, data) || !mr_chart_rect_contains (&frame.plot, x, y))
    return FALSE;

  index = frame.first + (gsize) floor ((x - frame.plot.x) / frame.slot);
  index = MIN (index, data->n_posts - 1);
  *hit = (MrChartHit) { MR_CHART_HIT_POST, 0, (guint) index,
                        { frame.plot.x + frame.slot * (index - frame.first), frame.plot.y,
                          frame.slot, frame.plot.height } };
  return TRUE;
}

char *
mr_chart_engagement_describe (const MrChartEngagementData *data)
{
  g_autofree char *first = NULL, *last = NULL, *median = NULL, *highest = NULL, *highest_day = NULL;
  guint32 first_day, last_day;
  gboolean one_year;
  gsize best = 0;
  guint n;

  g_return_val_if_fail (data != NULL, NULL);

  if (!mr_chart_engagement_has_data (data))
    return g_strdup (mr_chart_placeholder_text ());

  for (gsize i = 1; i < data->n_posts; i++)
    if (data->posts[i].rate > data->posts[best].rate)
      best = i;

  n = (guint) data->n_posts;
  first_day = mr_chart_julian_from_unix (data->posts[0].published_at);
  last_day = mr_chart_julian_from_unix (data->posts[n - 1].published_at);
  one_year = mr_chart_same_year (first_day, last_day);
  first = mr_format_day (first_day, !one_year);
  last = mr_format_day (last_day, TRUE);
  median = format_rate (mr_chart_engagement_median (data));
  highest = format_rate (data->posts[best].rate);
  highest_day = mr_format_day (mr_chart_julian_from_unix (data->posts[best].published_at), !one_year);

  /* Translators: a chart's description: the number of posts, the first and the last
   * post's date, the median rate, the highest rate and the date of that post. */
  return g_strdup_printf (ngettext ("Engagement on %u post between %s and %s: median %s, highest %s on %s.",
                                    "Engagement on %u posts between %s and %s: median %s, highest %s on %s.",
                                    n),
                          n, first, last, median, highest, highest_day);
}
