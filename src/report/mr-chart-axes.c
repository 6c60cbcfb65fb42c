/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-chart-axes"

#include "config.h"

#include <math.h>

#include "mr-chart-private.h"

/* ── Value axis ───────────────────────────────────────────────────────────────────── */

/* The smallest round step (1, 2, 2.5 or 5 × a power of ten; no 2.5 for counts) that
 * spans min … max in at most max_steps steps. */
static double
nice_step (double   min,
           double   max,
           guint    max_steps,
           gboolean whole)
{
  static const double multiples[] = { 1.0, 2.0, 2.5, 5.0 };
  double magnitude = pow (10.0, floor (log10 ((max - min) / max_steps)));

  for (;; magnitude *= 10.0)
    for (guint i = 0; i < G_N_ELEMENTS (multiples); i++)
      {
        double step = multiples[i] * magnitude;

        if (whole && (step < 1.0 || (multiples[i] == 2.5 && step < 10.0)))
          continue;
        if (ceil (max / step - 1e-9) - floor (min / step + 1e-9) <= max_steps)
          return step;
      }
}

/* Room for a tick every two and a half lines keeps the labels apart and the grid calm. */
void
mr_chart_scale_init (MrChartScale       *scale,
                     double              min,
                     double              max,
                     double              height,
                     const MrChartStyle *style,
                     gboolean            whole)
{
  guint max_steps = (guint) CLAMP (floor (height / (mr_chart_line_height (style) * 2.5)), 1, 8);

  g_assert (isfinite (min) && isfinite (max) && min <= max);

  if (max - min < 1e-9)
    {
      /* A flat series sits in the middle of a band around it. */
      double margin = MAX (fabs (max) * 0.05, whole ? 1.0 : 0.1);

      min -= margin;
      max += margin;
      if (min < 0.0 && max - margin >= 0.0)
        min = 0.0;
    }

  scale->step = nice_step (min, max, max_steps, whole);
  scale->lo = floor (min / scale->step + 1e-9) * scale->step;
  scale->hi = ceil (max / scale->step - 1e-9) * scale->step;
  scale->n_ticks = (guint) round ((scale->hi - scale->lo) / scale->step) + 1;
}

double
mr_chart_scale_y (const MrChartScale      *scale,
                  const cairo_rectangle_t *plot,
                  double                   value)
{
  return plot->y + plot->height * (scale->hi - value) / (scale->hi - scale->lo);
}

double
mr_chart_value_axis_width (const MrChartStyle *style,
                           const MrChartScale *scale,
                           MrChartFormatValue  format)
{
  double widest = 0.0;

  for (guint i = 0; i < scale->n_ticks; i++)
    {
      g_autofree char *text = format (scale->lo + i * scale->step);
      g_autoptr(PangoLayout) layout = mr_chart_text_new (style, text, MR_CHART_TEXT_TABULAR);
      double width;

      mr_chart_text_size (layout, &width, NULL);
      widest = MAX (widest, width);
    }

  return ceil (widest);
}

/* Grid lines across the plot and their values right-aligned to its left. */
void
mr_chart_draw_value_axis (cairo_t                 *cr,
                          const MrChartStyle      *style,
                          const cairo_rectangle_t *plot,
                          const MrChartScale      *scale,
                          MrChartFormatValue       format)
{
  cairo_save (cr);
  cairo_set_line_width (cr, 1.0);
  for (guint i = 0; i < scale->n_ticks; i++)
    {
      double value = scale->lo + i * scale->step;
      double y = mr_chart_scale_y (scale, plot, value);
      g_autofree char *text = format (value);
      g_autoptr(PangoLayout) layout = mr_chart_text_new (style, text, MR_CHART_TEXT_TABULAR);
      double width, height;

      if (i > 0)
        {
          cairo_move_to (cr, plot->x, mr_chart_crisp (y));
          cairo_line_to (cr, plot->x + plot->width, mr_chart_crisp (y));
          mr_chart_set_color (cr, &style->palette.grid, 1.0);
          cairo_stroke (cr);
        }

      mr_chart_text_size (layout, &width, &height);
      mr_chart_draw_text (cr, layout, plot->x - MR_CHART_GAP - width, y - height / 2.0,
                          &style->palette.dim);
    }
  cairo_restore (cr);
}

void
mr_chart_draw_baseline (cairo_t                 *cr,
                        const MrChartStyle      *style,
                        const cairo_rectangle_t *plot)
{
  double y = mr_chart_crisp (plot->y + plot->height);

  cairo_save (cr);
  cairo_set_line_width (cr, 1.0);
  cairo_move_to (cr, plot->x, y);
  cairo_line_to (cr, plot->x + plot->width, y);
  mr_chart_set_color (cr, &style->palette.dim, 0.6);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* ── Ticks along the bottom ───────────────────────────────────────────────────────── */

static void
tick_clear (gpointer data)
{
  MrChartTick *tick = data;

  g_free (tick->label);
  g_free (tick->second);
}

GArray *
mr_chart_ticks_new (void)
{
  GArray *ticks = g_array_new (FALSE, FALSE, sizeof (MrChartTick));

  g_array_set_clear_func (ticks, tick_clear);
  return ticks;
}

void
mr_chart_ticks_add (GArray *ticks,
                    double  x,
                    char   *label,
                    char   *second)
{
  MrChartTick tick = { x, label, second };

  g_array_append_val (ticks, tick);
}

double
mr_chart_ticks_height (const MrChartStyle *style,
                       GArray             *ticks)
{
  gboolean second = FALSE;

  for (guint i = 0; i < ticks->len; i++)
    second |= g_array_index (ticks, MrChartTick, i).second != NULL;

  return MR_CHART_TICK_LENGTH + 2.0 + mr_chart_line_height (style) * (second ? 2 : 1);
}

double
mr_chart_ticks_widest (const MrChartStyle *style,
                       GArray             *ticks)
{
  double widest = 0.0;

  for (guint i = 0; i < ticks->len; i++)
    {
      const MrChartTick *tick = &g_array_index (ticks, MrChartTick, i);
      const char *texts[] = { tick->label, tick->second };

      for (guint t = 0; t < G_N_ELEMENTS (texts); t++)
        if (texts[t] != NULL)
          {
            g_autoptr(PangoLayout) layout = mr_chart_text_new (style, texts[t], MR_CHART_TEXT_PLAIN);
            double width;

            mr_chart_text_size (layout, &width, NULL);
            widest = MAX (widest, width);
          }
    }

  return widest;
}

void
mr_chart_draw_ticks (cairo_t                 *cr,
                     const MrChartStyle      *style,
                     const cairo_rectangle_t *area,
                     const cairo_rectangle_t *plot,
                     GArray                  *ticks)
{
  double bottom = plot->y + plot->height;
  double line_height = mr_chart_line_height (style);
  double free_from = area->x;

  cairo_save (cr);
  cairo_set_line_width (cr, 1.0);
  for (guint i = 0; i < ticks->len; i++)
    {
      const MrChartTick *tick = &g_array_index (ticks, MrChartTick, i);
      g_autoptr(PangoLayout) label = mr_chart_text_new (style, tick->label, MR_CHART_TEXT_PLAIN);
      g_autoptr(PangoLayout) second = NULL;
      double width, second_width = 0.0, left, extent;

      mr_chart_text_size (label, &width, NULL);
      if (tick->second != NULL)
        {
          second = mr_chart_text_new (style, tick->second, MR_CHART_TEXT_PLAIN);
          mr_chart_text_size (second, &second_width, NULL);
        }
      extent = MAX (width, second_width);

      /* Pushed inwards at the edges of the area; left out rather than overlapped. */
      left = CLAMP (tick->x - extent / 2.0, area->x, area->x + area->width - extent);
      if (left < free_from || extent > area->width)
        continue;
      free_from = left + extent + MR_CHART_LABEL_SPACING;

      cairo_move_to (cr, mr_chart_crisp (tick->x), bottom);
      cairo_line_to (cr, mr_chart_crisp (tick->x), bottom + MR_CHART_TICK_LENGTH);
      mr_chart_set_color (cr, &style->palette.dim, 0.6);
      cairo_stroke (cr);

      mr_chart_draw_text (cr, label, left + (extent - width) / 2.0,
                          bottom + MR_CHART_TICK_LENGTH + 2.0, &style->palette.dim);
      if (second != NULL)
        mr_chart_draw_text (cr, second, left + (extent - second_width) / 2.0,
                            bottom + MR_CHART_TICK_LENGTH + 2.0 + line_height,
                            &style->palette.dim);
    }
  cairo_restore (cr);
}

/* ── Time ticks ───────────────────────────────────────────────────────────────────── */

#define MAX_DAYS_IN_WEEKS 62

typedef enum
{
  STEP_DAYS,
  STEP_MONTHS,
  STEP_YEARS,
} StepUnit;

static const struct
{
  StepUnit unit;
  guint    n;
} time_steps[] = {
  { STEP_DAYS, 1 }, { STEP_DAYS, 2 }, { STEP_DAYS, 3 }, { STEP_DAYS, 7 }, { STEP_DAYS, 14 },
  { STEP_MONTHS, 1 }, { STEP_MONTHS, 2 }, { STEP_MONTHS, 3 }, { STEP_MONTHS, 6 },
  { STEP_YEARS, 1 }, { STEP_YEARS, 2 }, { STEP_YEARS, 5 }, { STEP_YEARS, 10 },
};

/* A tick's label, and the year under the first label and wherever the year turns. */
static void
add_time_tick (GArray   *ticks,
               double    x,
               StepUnit  unit,
               GDate    *date,
               guint    *last_year)
{
  guint year = g_date_get_year (date);
  char *second = NULL;
  char *label;

  switch (unit)
    {
    case STEP_DAYS:
      label = mr_chart_format_short_date (g_date_get_julian (date));
      break;
    case STEP_MONTHS:
      label = g_strdup (mr_chart_month_short (g_date_get_month (date)));
      break;
    case STEP_YEARS:
    default:
      label = g_strdup_printf ("%u", year);
      break;
    }

  if (unit != STEP_YEARS && year != *last_year)
    second = g_strdup_printf ("%u", year);
  *last_year = year;

  mr_chart_ticks_add (ticks, x, label, second);
}

static GArray *
time_ticks_for_step (guint32  first_day,
                     guint32  last_day,
                     double   x,
                     double   width,
                     guint    step)
{
  GArray *ticks = mr_chart_ticks_new ();
  StepUnit unit = time_steps[step].unit;
  guint n = time_steps[step].n;
  double per_day = width / MAX (last_day - first_day, 1);
  guint last_year = 0;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, first_day);

  /* Round days: Mondays for weeks, every n-th day counted from a fixed day (so that
   * ticks stay put as the history grows); the first of a month (of a quarter, …);
   * 1 January. */
  if (unit == STEP_DAYS && n % 7 == 0)
    while (g_date_get_weekday (&date) != G_DATE_MONDAY)
      g_date_add_days (&date, 1);
  else if (unit == STEP_DAYS)
    while (g_date_get_julian (&date) % n != 0)
      g_date_add_days (&date, 1);
  else if (unit != STEP_DAYS)
    {
      if (g_date_get_day (&date) != 1)
        {
          g_date_set_day (&date, 1);
          g_date_add_months (&date, 1);
        }
      while ((unit == STEP_MONTHS && (g_date_get_month (&date) - 1) % n != 0) ||
             (unit == STEP_YEARS && (g_date_get_month (&date) != 1 || g_date_get_year (&date) % n != 0)))
        g_date_add_months (&date, 1);
    }

  while (g_date_get_julian (&date) <= last_day)
    {
      add_time_tick (ticks, x + (g_date_get_julian (&date) - first_day) * per_day, unit, &date, &last_year);

      if (unit == STEP_DAYS)
        g_date_add_days (&date, n);
      else if (unit == STEP_MONTHS)
        g_date_add_months (&date, n);
      else
        g_date_add_years (&date, n);
    }

  return ticks;
}

GArray *
mr_chart_time_ticks_new (const MrChartStyle *style,
                         guint32             first_day,
                         guint32             last_day,
                         double              x,
                         double              width)
{
  g_autoptr(GArray) single = NULL;

  for (guint step = 0; step < G_N_ELEMENTS (time_steps); step++)
    {
      g_autoptr(GArray) ticks = NULL;
      double spacing;

      /* Beyond two months, weeks make a crowded axis that months read better. */
      if (time_steps[step].unit == STEP_DAYS && last_day - first_day > MAX_DAYS_IN_WEEKS)
        continue;
      ticks = time_ticks_for_step (first_day, last_day, x, width, step);

      /* One label alone still dates the axis, when no step gives two that fit. */
      if (ticks->len == 1 && single == NULL)
        single = g_steal_pointer (&ticks);
      if (ticks == NULL || ticks->len < 2)
        continue;

      spacing = g_array_index (ticks, MrChartTick, 1).x - g_array_index (ticks, MrChartTick, 0).x;
      if (spacing >= mr_chart_ticks_widest (style, ticks) + MR_CHART_LABEL_SPACING)
        return g_steal_pointer (&ticks);
    }

  return single != NULL ? g_steal_pointer (&single) : mr_chart_ticks_new ();
}
