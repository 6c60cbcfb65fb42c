/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-chart-activity"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "mr-chart-activity.h"
#include "mr-chart-private.h"

#define N_WEEKDAYS  7
#define N_HOURS     24
#define CELL_GAP    2.0
#define LEGEND_GAP  8.0
/* The outline of the advised hours stands this far outside their cells. */
#define OUTLINE_INSET 1.0

struct _MrChartActivityData
{
  MrChartActivitySource source;
  MrPlatform       platform;
  double           sum[N_WEEKDAYS][N_HOURS];
  guint            count[N_WEEKDAYS][N_HOURS];
  guint            n_added;
  GTimeZone       *local;      /* for posts' hours; looked up once, not per post */
};

/* The advised hours per platform: first and last weekday, first hour and the hour
 * after the last. */
typedef struct
{
  guint first_weekday;
  guint last_weekday;
  guint from_hour;
  guint to_hour;
} Guidance;

static gboolean
get_guidance (MrPlatform  platform,
              Guidance   *guidance)
{
  switch (platform)
    {
    case MR_PLATFORM_INSTAGRAM:
      *guidance = (Guidance) { 0, 4, 11, 13 };
      return TRUE;
    case MR_PLATFORM_TIKTOK:
      *guidance = (Guidance) { 0, 6, 18, 22 };
      return TRUE;
    case MR_PLATFORM_YOUTUBE:
    case MR_PLATFORM_BLUESKY:
    case MR_PLATFORM_MASTODON:
    case MR_PLATFORM_OTHER:
    default:
      return FALSE;
    }
}

MrChartActivityData *
mr_chart_activity_data_new (MrChartActivitySource source,
                            MrPlatform       platform)
{
  MrChartActivityData *data = g_new0 (MrChartActivityData, 1);

  data->source = source;
  data->platform = platform;
  return data;
}

void
mr_chart_activity_data_free (MrChartActivityData *data)
{
  if (data == NULL)
    return;
  g_clear_pointer (&data->local, g_time_zone_unref);
  g_free (data);
}

void
mr_chart_activity_data_add (MrChartActivityData *data,
                            guint                weekday,
                            guint                hour,
                            double               value)
{
  g_return_if_fail (data != NULL);
  g_return_if_fail (weekday < N_WEEKDAYS && hour < N_HOURS);

  if (!isfinite (value) || value < 0.0)
    return;

  data->sum[weekday][hour] += value;
  data->count[weekday][hour]++;
  data->n_added++;
}

void
mr_chart_activity_data_add_day (MrChartActivityData *data,
                                guint32              julian,
                                guint                hour,
                                double               value)
{
  GDate date;

  g_return_if_fail (data != NULL);
  g_return_if_fail (g_date_valid_julian (julian));

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  mr_chart_activity_data_add (data, g_date_get_weekday (&date) - G_DATE_MONDAY, hour, value);
}

void
mr_chart_activity_data_add_post (MrChartActivityData *data,
                                 gint64               published_at,
                                 double               rate)
{
  gint64 local_time, days;
  int interval;

  g_return_if_fail (data != NULL);

  if (published_at <= 0)
    return;

  /* The local weekday and hour by arithmetic: a GDateTime per post would look up the
   * time zone each time, which costs more than the rest of a heat map together. */
  if (data->local == NULL)
    data->local = g_time_zone_new_local ();
  interval = g_time_zone_find_interval (data->local, G_TIME_TYPE_UNIVERSAL, published_at);
  local_time = published_at + (interval >= 0 ? g_time_zone_get_offset (data->local, interval) : 0);
  if (local_time < 0)
    return;
  days = local_time / 86400;

  /* 1970-01-01 was a Thursday: Monday is 0. */
  mr_chart_activity_data_add (data, (guint) ((days + 3) % N_WEEKDAYS),
                              (guint) (local_time % 86400 / 3600), rate);
}

MrChartActivitySource
mr_chart_activity_data_get_source (const MrChartActivityData *data)
{
  g_return_val_if_fail (data != NULL, MR_CHART_ACTIVITY_FOLLOWERS);

  return data->source;
}

gboolean
mr_chart_activity_data_get_cell (const MrChartActivityData *data,
                                 guint                      weekday,
                                 guint                      hour,
                                 double                    *mean)
{
  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (weekday < N_WEEKDAYS && hour < N_HOURS, FALSE);

  if (data->count[weekday][hour] == 0)
    return FALSE;
  if (mean != NULL)
    *mean = data->sum[weekday][hour] / data->count[weekday][hour];
  return TRUE;
}

const char *
mr_chart_activity_get_guidance (const MrChartActivityData *data)
{
  g_return_val_if_fail (data != NULL, NULL);

  switch (data->platform)
    {
    case MR_PLATFORM_INSTAGRAM:
      return _("Instagram advises weekdays 11:00–13:00");
    case MR_PLATFORM_TIKTOK:
      return _("TikTok advises 18:00–22:00");
    case MR_PLATFORM_YOUTUBE:
    case MR_PLATFORM_BLUESKY:
    case MR_PLATFORM_MASTODON:
    case MR_PLATFORM_OTHER:
    default:
      return NULL;
    }
}

gboolean
mr_chart_activity_has_data (const MrChartActivityData *data)
{
  guint n_cells = 0;

  g_return_val_if_fail (data != NULL, FALSE);

  if (data->source == MR_CHART_ACTIVITY_POSTS)
    return data->n_added >= MR_CHART_ACTIVITY_MIN_POSTS;

  for (guint d = 0; d < N_WEEKDAYS; d++)
    for (guint h = 0; h < N_HOURS; h++)
      n_cells += data->count[d][h] > 0;
  return n_cells >= N_HOURS;
}

/* The highest cell's mean, and where it is; the lowest's in @lowest. */
static double
max_mean (const MrChartActivityData *data,
          guint                     *weekday,
          guint                     *hour,
          double                    *lowest)
{
  double best = 0.0, least = G_MAXDOUBLE;

  for (guint d = 0; d < N_WEEKDAYS; d++)
    for (guint h = 0; h < N_HOURS; h++)
      {
        double mean;

        if (!mr_chart_activity_data_get_cell (data, d, h, &mean))
          continue;
        least = MIN (least, mean);
        if (mean > best)
          {
            best = mean;
            if (weekday != NULL)
              *weekday = d;
            if (hour != NULL)
              *hour = h;
          }
      }

  if (lowest != NULL)
    *lowest = least;
  return best;
}

/* ── Geometry ─────────────────────────────────────────────────────────────────────── */

typedef struct
{
  cairo_rectangle_t  plot;
  double             column;
  double             row;
  MrChartLegendItem  legend[2];
  guint              n_legend;
  GArray            *ticks;
} Frame;

static void
frame_clear (Frame *frame)
{
  g_clear_pointer (&frame->ticks, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Frame, frame_clear)

static char *
format_hour (guint hour)
{
  /* Translators: an hour on a chart's axis, as in "18:00". */
  return g_strdup_printf (C_("hour on a chart's axis", "%u:00"), hour);
}

/* Hours every 1, 2, 3, 4, 6 or 12, as many as fit. */
static GArray *
hour_ticks_new (const MrChartStyle *style,
                const Frame        *frame)
{
  static const guint steps[] = { 1, 2, 3, 4, 6, 12 };

  for (guint s = 0; s < G_N_ELEMENTS (steps); s++)
    {
      g_autoptr(GArray) ticks = mr_chart_ticks_new ();

      for (guint h = 0; h < N_HOURS; h += steps[s])
        mr_chart_ticks_add (ticks, frame->plot.x + h * frame->column, format_hour (h), NULL);
      if (frame->column * steps[s] >= mr_chart_ticks_widest (style, ticks) + MR_CHART_LABEL_SPACING ||
          s + 1 == G_N_ELEMENTS (steps))
        return g_steal_pointer (&ticks);
    }

  g_assert_not_reached ();
}

static const char *
scale_label (const MrChartActivityData *data)
{
  return data->source == MR_CHART_ACTIVITY_FOLLOWERS
    ? C_("activity chart legend", "More active followers")
    : C_("activity chart legend", "Higher engagement");
}

static gboolean
frame_init (Frame                     *frame,
            const MrChartStyle        *style,
            const cairo_rectangle_t   *area,
            const MrChartActivityData *data)
{
  double line_height = mr_chart_line_height (style);
  double label_width = 0.0, legend_height, bottom_height;
  const char *guidance = mr_chart_activity_get_guidance (data);

  if (!mr_chart_activity_has_data (data))
    return FALSE;

  for (guint d = 0; d < N_WEEKDAYS; d++)
    {
      g_autoptr(PangoLayout) layout = mr_chart_text_new (style, mr_chart_weekday_short (d), MR_CHART_TEXT_PLAIN);
      double width;

      mr_chart_text_size (layout, &width, NULL);
      label_width = MAX (label_width, ceil (width));
    }

  frame->legend[frame->n_legend++] = (MrChartLegendItem) { MR_CHART_MARKER_RAMP, &style->palette.accent,
                                                           scale_label (data) };
  if (guidance != NULL)
    frame->legend[frame->n_legend++] = (MrChartLegendItem) { MR_CHART_MARKER_DASHED_BOX, &style->palette.foreground,
                                                             guidance };

  frame->plot.x = area->x + label_width + MR_CHART_GAP;
  /* Half a label's room on the right: the last hour's label stands on the plot's edge. */
  frame->plot.width = area->x + area->width - frame->plot.x - OUTLINE_INSET - 1.0;
  legend_height = mr_chart_legend_height (style, area->x + area->width - frame->plot.x,
                                          frame->legend, frame->n_legend);
  frame->plot.y = area->y + legend_height + LEGEND_GAP;
  bottom_height = line_height + MR_CHART_TICK_LENGTH + 2.0;
  frame->plot.height = area->y + area->height - bottom_height - frame->plot.y;
  if (frame->plot.width < N_HOURS * 2.0 || frame->plot.height < N_WEEKDAYS * 2.0)
    return FALSE;

  frame->column = frame->plot.width / N_HOURS;
  frame->row = frame->plot.height / N_WEEKDAYS;
  frame->ticks = hour_ticks_new (style, frame);
  return TRUE;
}

static void
cell_rect (const Frame       *frame,
           guint              weekday,
           guint              hour,
           cairo_rectangle_t *rect)
{
  /* Edges on whole units: every gap the same width, every cell sharp. */
  double x0 = round (frame->plot.x + hour * frame->column);
  double x1 = round (frame->plot.x + (hour + 1) * frame->column);
  double y0 = round (frame->plot.y + weekday * frame->row);
  double y1 = round (frame->plot.y + (weekday + 1) * frame->row);

  *rect = (cairo_rectangle_t) { x0, y0, x1 - x0 - CELL_GAP, y1 - y0 - CELL_GAP };
}

/* ── Drawing ──────────────────────────────────────────────────────────────────────── */

void
mr_chart_activity_draw (cairo_t                   *cr,
                        const MrChartStyle        *style,
                        const cairo_rectangle_t   *area,
                        const MrChartActivityData *data)
{
  static const double dash[] = { 4.0, 3.0 };
  g_auto(Frame) frame = { 0 };
  Guidance guidance;
  double highest, lowest;

  g_return_if_fail (cr != NULL && style != NULL && area != NULL && data != NULL);

  if (!frame_init (&frame, style, area, data))
    return;

  cairo_save (cr);
  cairo_rectangle (cr, area->x, area->y, area->width, area->height);
  cairo_clip (cr);

  highest = max_mean (data, NULL, NULL, &lowest);
  /* Follower counts start from none; rates are told apart from each other, so the
   * lowest rate is the faintest. */
  if (data->source == MR_CHART_ACTIVITY_FOLLOWERS)
    lowest = 0.0;
  for (guint d = 0; d < N_WEEKDAYS; d++)
    {
      g_autoptr(PangoLayout) label = mr_chart_text_new (style, mr_chart_weekday_short (d), MR_CHART_TEXT_PLAIN);
      double line_height;

      mr_chart_text_size (label, NULL, &line_height);
      mr_chart_draw_text (cr, label, area->x,
                          frame.plot.y + d * frame.row + (frame.row - CELL_GAP - line_height) / 2.0,
                          &style->palette.dim);

      for (guint h = 0; h < N_HOURS; h++)
        {
          cairo_rectangle_t cell;
          double mean;

          cell_rect (&frame, d, h, &cell);
          cairo_rectangle (cr, cell.x, cell.y, cell.width, cell.height);
          if (mr_chart_activity_data_get_cell (data, d, h, &mean))
            {
              /* Never quite empty: a quiet hour with data differs from an hour without. */
              mr_chart_set_color (cr, &style->palette.grid, 1.0);
              cairo_fill_preserve (cr);
              mr_chart_set_color (cr, &style->palette.accent,
                                  highest > lowest ? 0.08 + 0.92 * (mean - lowest) / (highest - lowest) : 0.5);
            }
          else
            mr_chart_set_color (cr, &style->palette.grid, 0.5);
          cairo_fill (cr);
        }
    }

  if (get_guidance (data->platform, &guidance))
    {
      cairo_rectangle_t first, last;

      cell_rect (&frame, guidance.first_weekday, guidance.from_hour, &first);
      cell_rect (&frame, guidance.last_weekday, guidance.to_hour - 1, &last);
      /* A two-unit line on whole units, in the gaps around the cells. */
      cairo_rectangle (cr, first.x - OUTLINE_INSET, first.y - OUTLINE_INSET,
                       last.x + last.width - first.x + 2 * OUTLINE_INSET,
                       last.y + last.height - first.y + 2 * OUTLINE_INSET);
      cairo_set_line_width (cr, 2.0);
      cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
      mr_chart_set_color (cr, &style->palette.foreground, 1.0);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }

  {
    /* The hour labels stand under the cells' left edges, with no axis line to hang from. */
    cairo_rectangle_t ticks_plot = frame.plot;

    ticks_plot.height = round (frame.plot.y + frame.plot.height) - frame.plot.y - CELL_GAP;
    mr_chart_draw_ticks (cr, style, area, &ticks_plot, frame.ticks);
  }
  mr_chart_draw_legend (cr, style, frame.plot.x, area->y, area->x + area->width - frame.plot.x,
                        frame.legend, frame.n_legend);
  cairo_restore (cr);
}

/* ── Hit-testing and description ──────────────────────────────────────────────────── */

gboolean
mr_chart_activity_hit_test (const MrChartStyle        *style,
                            const cairo_rectangle_t   *area,
                            const MrChartActivityData *data,
                            double                     x,
                            double                     y,
                            MrChartHit                *hit)
{
  g_auto(Frame) frame = { 0 };
  guint weekday, hour;

  g_return_val_if_fail (style != NULL && area != NULL && data != NULL && hit != NULL, FALSE);

  *hit = (MrChartHit) { MR_CHART_HIT_NONE };
  if (!frame_init (&frame, style, area, data) || !mr_chart_rect_contains (&frame.plot, x, y))
    return FALSE;

  weekday = MIN ((guint) floor ((y - frame.plot.y) / frame.row), N_WEEKDAYS - 1);
  hour = MIN ((guint) floor ((x - frame.plot.x) / frame.column), N_HOURS - 1);
  *hit = (MrChartHit) { MR_CHART_HIT_CELL, weekday, hour };
  cell_rect (&frame, weekday, hour, &hit->area);
  return TRUE;
}

char *
mr_chart_activity_describe (const MrChartActivityData *data)
{
  g_autoptr(GPtrArray) clauses = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *hour_text = NULL;
  const char *guidance;
  guint weekday = 0, hour = 0;

  g_return_val_if_fail (data != NULL, NULL);

  if (!mr_chart_activity_has_data (data))
    return g_strdup (mr_chart_placeholder_text ());

  max_mean (data, &weekday, &hour, NULL);
  hour_text = format_hour (hour);
  if (data->source == MR_CHART_ACTIVITY_FOLLOWERS)
    /* Translators: a chart's description: a weekday and an hour, as in "Tuesday" and
     * "19:00". */
    g_ptr_array_add (clauses, g_strdup_printf (_("The audience is most active on %s at %s"),
                                               mr_chart_weekday_name (weekday), hour_text));
  else
    g_ptr_array_add (clauses, g_strdup_printf (_("Posts published on %s at %s engage best"),
                                               mr_chart_weekday_name (weekday), hour_text));

  guidance = mr_chart_activity_get_guidance (data);
  if (guidance != NULL)
    g_ptr_array_add (clauses, g_strdup (guidance));

  return mr_chart_join_clauses (clauses);
}
