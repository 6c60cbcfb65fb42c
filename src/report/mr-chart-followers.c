/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-chart-followers"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "mr-chart-followers.h"
#include "mr-chart-private.h"
#include "mr-number-format.h"

#define MARKER_RADIUS  5.0
/* How near a spike's mark the pointer must come to be over it. */
#define HIT_RADIUS     10.0
#define LEGEND_GAP     8.0
#define RIGHT_PADDING  (MARKER_RADIUS * 1.25 + 2.0)
#define MIN_SPAN_SHARE 0.05

typedef enum
{
  MARK_ORGANIC,
  MARK_SUSPICIOUS,
  MARK_UNCHECKED,
  MARK_DROP,
  N_MARKS
} Mark;

static const MrChartMarker mark_markers[N_MARKS] = {
  MR_CHART_MARKER_CIRCLE, MR_CHART_MARKER_DIAMOND,
  MR_CHART_MARKER_HOLLOW_DIAMOND, MR_CHART_MARKER_TRIANGLE_DOWN,
};

static Mark
spike_mark (const MrSpike *spike)
{
  if (spike->kind == MR_SPIKE_DROP)
    return MARK_DROP;
  switch (spike->verdict)
    {
    case MR_SPIKE_ORGANIC:
      return MARK_ORGANIC;
    case MR_SPIKE_SUSPICIOUS:
      return MARK_SUSPICIOUS;
    case MR_SPIKE_UNVERIFIED:
    default:
      return MARK_UNCHECKED;
    }
}

static const MrChartColor *
mark_color (const MrChartStyle *style,
            Mark                mark)
{
  return mark == MARK_ORGANIC ? &style->palette.good : &style->palette.warning;
}

static const char *
mark_label (Mark mark)
{
  switch (mark)
    {
    case MARK_ORGANIC:
      return C_("follower chart legend", "Organic jump");
    case MARK_SUSPICIOUS:
      return C_("follower chart legend", "Suspicious jump");
    case MARK_UNCHECKED:
      return C_("follower chart legend", "Jump not checked");
    case MARK_DROP:
    case N_MARKS:
    default:
      return C_("follower chart legend", "Sudden drop");
    }
}

const char *
mr_chart_followers_spike_label (const MrSpike *spike)
{
  g_return_val_if_fail (spike != NULL, NULL);

  return mark_label (spike_mark (spike));
}

/* ── Geometry ─────────────────────────────────────────────────────────────────────── */

typedef struct
{
  guint32            first_day;
  guint32            last_day;
  gint64             min;
  gint64             max;
  cairo_rectangle_t  plot;
  MrChartScale       scale;
  GArray            *ticks;
  MrChartLegendItem  legend[N_MARKS];
  guint              n_legend;
  double             legend_y;
} Frame;

static void
frame_clear (Frame *frame)
{
  g_clear_pointer (&frame->ticks, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Frame, frame_clear)

static char *
format_count (double value)
{
  return mr_format_count ((gint64) round (value));
}

static gboolean
known_range (const MrChartFollowersData *data,
             Frame                     *frame)
{
  guint n_known = 0;

  frame->min = G_MAXINT64;
  frame->max = G_MININT64;
  for (gsize i = 0; i < data->n_days; i++)
    {
      const MrFollowerDay *day = &data->days[i];

      if (day->followers < 0)
        continue;
      if (n_known++ == 0)
        frame->first_day = day->day;
      frame->last_day = day->day;
      frame->min = MIN (frame->min, day->followers);
      frame->max = MAX (frame->max, day->followers);
    }

  return n_known >= 2 && frame->last_day > frame->first_day;
}

gboolean
mr_chart_followers_has_data (const MrChartFollowersData *data)
{
  Frame frame = { 0 };

  g_return_val_if_fail (data != NULL, FALSE);

  return known_range (data, &frame);
}

static double
day_x (const Frame *frame,
       guint32      day)
{
  double span = frame->last_day - frame->first_day;

  return frame->plot.x + frame->plot.width * ((double) day - frame->first_day) / span;
}

/* The count on a spike's day, where its mark sits on the line. */
static gint64
followers_on (const MrChartFollowersData *data,
              const MrSpike             *spike)
{
  for (gsize i = 0; i < data->n_days; i++)
    if (data->days[i].day == spike->day && data->days[i].followers >= 0)
      return data->days[i].followers;

  return spike->followers_before + spike->gain;
}

static gboolean
spike_in_range (const Frame   *frame,
                const MrSpike *spike)
{
  return spike->day >= frame->first_day && spike->day <= frame->last_day;
}

/* The plot's rectangle takes what the labels leave: the legend above, the values to the
 * left, the dates below. Each depends on the others' sizes, so this settles them in two
 * rounds; the second only ever moves an edge by a few units. */
static gboolean
frame_init (Frame                     *frame,
            const MrChartStyle        *style,
            const cairo_rectangle_t   *area,
            const MrChartFollowersData *data)
{
  gboolean marks[N_MARKS] = { FALSE };
  double line_height = mr_chart_line_height (style);
  double top, bottom_height = 2.0 * line_height + MR_CHART_TICK_LENGTH + 2.0;
  double left = area->x;

  if (!known_range (data, frame))
    return FALSE;

  /* A range of a few followers would blow day-to-day noise up into peaks and valleys:
   * the axis spans at least MIN_SPAN_SHARE of the count. */
  if (frame->max - frame->min < frame->max * MIN_SPAN_SHARE)
    {
      gint64 middle = (frame->min + frame->max) / 2;
      gint64 half = (gint64) ceil (frame->max * MIN_SPAN_SHARE / 2.0);

      frame->min = MAX (middle - half, 0);
      frame->max = middle + half;
    }

  for (guint i = 0; i < data->n_spikes; i++)
    if (spike_in_range (frame, data->spikes[i]))
      marks[spike_mark (data->spikes[i])] = TRUE;
  for (guint m = 0; m < N_MARKS; m++)
    if (marks[m])
      frame->legend[frame->n_legend++] = (MrChartLegendItem) { mark_markers[m], mark_color (style, m), mark_label (m) };

  for (guint pass = 0; pass < 2; pass++)
    {
      double legend_height = mr_chart_legend_height (style, area->x + area->width - left,
                                                     frame->legend, frame->n_legend);

      frame->legend_y = area->y;
      top = area->y + MAX (line_height / 2.0, MARKER_RADIUS * 1.25 + 1.0);
      if (legend_height > 0.0)
        top = MAX (top, area->y + legend_height + MAX (LEGEND_GAP, line_height / 2.0 + 2.0));

      frame->plot.y = top;
      frame->plot.height = area->y + area->height - bottom_height - top;
      mr_chart_scale_init (&frame->scale, frame->min, frame->max, frame->plot.height, style, TRUE);
      left = area->x + mr_chart_value_axis_width (style, &frame->scale, format_count) + MR_CHART_GAP;
      frame->plot.x = left;
      frame->plot.width = area->x + area->width - RIGHT_PADDING - left;

      g_clear_pointer (&frame->ticks, g_array_unref);
      frame->ticks = mr_chart_time_ticks_new (style, frame->first_day, frame->last_day,
                                              frame->plot.x, frame->plot.width);
      bottom_height = mr_chart_ticks_height (style, frame->ticks);
    }

  return frame->plot.width >= 8.0 && frame->plot.height >= 8.0;
}

/* ── Drawing ──────────────────────────────────────────────────────────────────────── */

static void
trace_line (cairo_t                   *cr,
            const Frame               *frame,
            const MrChartFollowersData *data)
{
  gboolean started = FALSE;

  for (gsize i = 0; i < data->n_days; i++)
    {
      const MrFollowerDay *day = &data->days[i];
      double x, y;

      if (day->followers < 0)
        continue;
      x = day_x (frame, day->day);
      y = mr_chart_scale_y (&frame->scale, &frame->plot, day->followers);
      if (started)
        cairo_line_to (cr, x, y);
      else
        cairo_move_to (cr, x, y);
      started = TRUE;
    }
}

static void
draw_spike_guides (cairo_t                   *cr,
                   const MrChartStyle        *style,
                   const Frame               *frame,
                   const MrChartFollowersData *data)
{
  static const double dash[] = { 2.0, 3.0 };

  cairo_save (cr);
  cairo_set_line_width (cr, 1.0);
  cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
  for (guint i = 0; i < data->n_spikes; i++)
    {
      const MrSpike *spike = data->spikes[i];
      double x;

      if (!spike_in_range (frame, spike))
        continue;
      x = mr_chart_crisp (day_x (frame, spike->day));
      cairo_move_to (cr, x, frame->plot.y);
      cairo_line_to (cr, x, frame->plot.y + frame->plot.height);
      mr_chart_set_color (cr, mark_color (style, spike_mark (spike)), 0.55);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}

void
mr_chart_followers_draw (cairo_t                   *cr,
                        const MrChartStyle        *style,
                        const cairo_rectangle_t   *area,
                        const MrChartFollowersData *data)
{
  g_auto(Frame) frame = { 0 };
  cairo_pattern_t *fill;

  g_return_if_fail (cr != NULL && style != NULL && area != NULL && data != NULL);

  if (!frame_init (&frame, style, area, data))
    return;

  cairo_save (cr);
  cairo_rectangle (cr, area->x, area->y, area->width, area->height);
  cairo_clip (cr);

  mr_chart_draw_value_axis (cr, style, &frame.plot, &frame.scale, format_count);

  /* A faint wash under the line, fading towards the axis, gives the line its weight. */
  trace_line (cr, &frame, data);
  cairo_line_to (cr, day_x (&frame, frame.last_day), frame.plot.y + frame.plot.height);
  cairo_line_to (cr, day_x (&frame, frame.first_day), frame.plot.y + frame.plot.height);
  cairo_close_path (cr);
  fill = cairo_pattern_create_linear (0, frame.plot.y, 0, frame.plot.y + frame.plot.height);
  cairo_pattern_add_color_stop_rgba (fill, 0, style->palette.accent.red, style->palette.accent.green,
                                     style->palette.accent.blue, 0.22 * style->palette.accent.alpha);
  cairo_pattern_add_color_stop_rgba (fill, 1, style->palette.accent.red, style->palette.accent.green,
                                     style->palette.accent.blue, 0.02 * style->palette.accent.alpha);
  cairo_set_source (cr, fill);
  cairo_fill (cr);
  cairo_pattern_destroy (fill);

  draw_spike_guides (cr, style, &frame, data);
  mr_chart_draw_baseline (cr, style, &frame.plot);

  trace_line (cr, &frame, data);
  cairo_set_line_width (cr, 2.0);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  mr_chart_set_color (cr, &style->palette.accent, 1.0);
  cairo_stroke (cr);

  mr_chart_draw_ticks (cr, style, area, &frame.plot, frame.ticks);

  for (guint i = 0; i < data->n_spikes; i++)
    {
      const MrSpike *spike = data->spikes[i];
      Mark mark = spike_mark (spike);

      if (!spike_in_range (&frame, spike))
        continue;
      mr_chart_draw_marker (cr, style, mark_markers[mark], mark_color (style, mark),
                            day_x (&frame, spike->day),
                            mr_chart_scale_y (&frame.scale, &frame.plot, followers_on (data, spike)),
                            MARKER_RADIUS);
    }

  mr_chart_draw_legend (cr, style, frame.plot.x, frame.legend_y,
                        area->x + area->width - frame.plot.x, frame.legend, frame.n_legend);
  cairo_restore (cr);
}

/* ── Hit-testing ──────────────────────────────────────────────────────────────────── */

gboolean
mr_chart_followers_hit_test (const MrChartStyle        *style,
                            const cairo_rectangle_t   *area,
                            const MrChartFollowersData *data,
                            double                     x,
                            double                     y,
                            MrChartHit                *hit)
{
  g_auto(Frame) frame = { 0 };
  double best = HIT_RADIUS;
  gssize nearest = -1;

  g_return_val_if_fail (style != NULL && area != NULL && data != NULL && hit != NULL, FALSE);

  *hit = (MrChartHit) { MR_CHART_HIT_NONE };
  if (!frame_init (&frame, style, area, data))
    return FALSE;

  for (guint i = 0; i < data->n_spikes; i++)
    {
      const MrSpike *spike = data->spikes[i];
      double sx, sy, distance;

      if (!spike_in_range (&frame, spike))
        continue;
      sx = day_x (&frame, spike->day);
      sy = mr_chart_scale_y (&frame.scale, &frame.plot, followers_on (data, spike));
      distance = hypot (x - sx, y - sy);
      if (distance <= best)
        {
          best = distance;
          *hit = (MrChartHit) { MR_CHART_HIT_SPIKE, 0, i,
                                { sx - HIT_RADIUS, sy - HIT_RADIUS, 2 * HIT_RADIUS, 2 * HIT_RADIUS } };
        }
    }
  if (hit->kind != MR_CHART_HIT_NONE)
    return TRUE;

  if (!mr_chart_rect_contains (&frame.plot, x, y))
    return FALSE;

  best = G_MAXDOUBLE;
  for (gsize i = 0; i < data->n_days; i++)
    {
      double distance;

      if (data->days[i].followers < 0)
        continue;
      distance = fabs (day_x (&frame, data->days[i].day) - x);
      if (distance < best)
        {
          best = distance;
          nearest = (gssize) i;
        }
    }
  g_assert (nearest >= 0);

  {
    /* The day's own column: moving to the next day shows the next day's count. */
    double per_day = frame.plot.width / (frame.last_day - frame.first_day);
    double dx = day_x (&frame, data->days[nearest].day);

    *hit = (MrChartHit) { MR_CHART_HIT_DAY, 0, (guint) nearest,
                          { dx - MAX (per_day, 1.0) / 2.0, frame.plot.y, MAX (per_day, 1.0),
                            frame.plot.height } };
  }
  return TRUE;
}

/* ── Description ──────────────────────────────────────────────────────────────────── */

static char *
describe_marks (Mark           mark,
                guint          n,
                const char    *day)
{
  switch (mark)
    {
    case MARK_ORGANIC:
      return g_strdup_printf (ngettext ("%u organic jump on %s",
                                        "%u organic jumps, the largest on %s", n), n, day);
    case MARK_SUSPICIOUS:
      return g_strdup_printf (ngettext ("%u suspicious jump on %s",
                                        "%u suspicious jumps, the largest on %s", n), n, day);
    case MARK_UNCHECKED:
      return g_strdup_printf (ngettext ("%u jump that could not be checked, on %s",
                                        "%u jumps that could not be checked, the largest on %s", n),
                              n, day);
    case MARK_DROP:
    case N_MARKS:
    default:
      return g_strdup_printf (ngettext ("%u sudden drop on %s",
                                        "%u sudden drops, the largest on %s", n), n, day);
    }
}

char *
mr_chart_followers_describe (const MrChartFollowersData *data)
{
  g_autoptr(GPtrArray) clauses = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *first_date = NULL, *last_date = NULL, *first_count = NULL, *last_count = NULL;
  gint64 first = MR_METRIC_UNKNOWN, last = MR_METRIC_UNKNOWN;
  Frame frame = { 0 };
  gboolean one_year;

  g_return_val_if_fail (data != NULL, NULL);

  if (!known_range (data, &frame))
    return g_strdup (mr_chart_placeholder_text ());

  for (gsize i = 0; i < data->n_days; i++)
    if (data->days[i].followers >= 0)
      {
        if (first < 0)
          first = data->days[i].followers;
        last = data->days[i].followers;
      }

  one_year = mr_chart_same_year (frame.first_day, frame.last_day);

  first_date = mr_format_day (frame.first_day, !one_year);
  last_date = mr_format_day (frame.last_day, TRUE);
  first_count = mr_format_count (first);
  last_count = mr_format_count (last);
  if (last > first)
    g_ptr_array_add (clauses, g_strdup_printf (_("Followers rose from %s to %s between %s and %s"),
                                               first_count, last_count, first_date, last_date));
  else if (last < first)
    g_ptr_array_add (clauses, g_strdup_printf (_("Followers fell from %s to %s between %s and %s"),
                                               first_count, last_count, first_date, last_date));
  else
    g_ptr_array_add (clauses, g_strdup_printf (_("Followers stayed at %s between %s and %s"),
                                               first_count, first_date, last_date));

  for (guint m = 0; m < N_MARKS; m++)
    {
      const MrSpike *largest = NULL;
      guint n = 0;

      for (guint i = 0; i < data->n_spikes; i++)
        {
          const MrSpike *spike = data->spikes[i];

          if (spike_mark (spike) != m || !spike_in_range (&frame, spike))
            continue;
          n++;
          if (largest == NULL || ABS (spike->gain) > ABS (largest->gain))
            largest = spike;
        }
      if (n > 0)
        {
          g_autofree char *day = mr_format_day (largest->day, !one_year);

          g_ptr_array_add (clauses, describe_marks (m, n, day));
        }
    }

  return mr_chart_join_clauses (clauses);
}
