/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-spike-sparkline"

#include "config.h"

#include <glib/gi18n.h>

#include "mr-number-format.h"
#include "mr-spike-sparkline.h"

struct _MrSpikeSparkline
{
  GtkWidget  parent_instance;

  GArray    *points;   /* MrDemandPoint */
  GArray    *spikes;   /* MrDemandSpike */
};

G_DEFINE_FINAL_TYPE (MrSpikeSparkline, mr_spike_sparkline, GTK_TYPE_WIDGET)

#define LINE_WIDTH 1.5
#define PEAK_RADIUS 2.5
/* Up to this many points, each is a bar: a line through three points says little. */
#define MAX_BARS 16
#define MAX_BAR_SLOT 24.0

/* libadwaita's named colours follow the theme, dark and high contrast included; GTK 4.10
 * deprecates looking them up without a replacement. */
static void
lookup_color (GtkWidget  *widget,
              const char *name,
              GdkRGBA    *rgba)
{
  gboolean found;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  found = gtk_style_context_lookup_color (gtk_widget_get_style_context (widget), name, rgba);
  if (!found)
    gtk_style_context_get_color (gtk_widget_get_style_context (widget), rgba);
  G_GNUC_END_IGNORE_DEPRECATIONS
}

static gboolean
in_spike (MrSpikeSparkline *self,
          guint32           day)
{
  for (guint i = 0; i < self->spikes->len; i++)
    {
      const MrDemandSpike *s = &g_array_index (self->spikes, MrDemandSpike, i);

      if (day >= s->first_day && day <= s->last_day)
        return TRUE;
    }
  return FALSE;
}

/* A few points (a query's exports, months) are periods: a bar each, those that rose in
 * the spike's colour. */
static void
draw_bars (MrSpikeSparkline *self,
           cairo_t          *cr,
           double            width,
           double            height,
           double            max,
           const GdkRGBA    *bar,
           const GdkRGBA    *spike)
{
  guint n = self->points->len;
  double slot = MIN (width / n, MAX_BAR_SLOT);
  /* Ending at the right, where a line's newest point is. */
  double left = width - n * slot;

  for (guint i = 0; i < n; i++)
    {
      const MrDemandPoint *p = &g_array_index (self->points, MrDemandPoint, i);
      double bar_height = MAX (p->value / max * (height - 1), 1.0);

      gdk_cairo_set_source_rgba (cr, in_spike (self, p->day) ? spike : bar);
      cairo_rectangle (cr, left + i * slot + 2, height - bar_height, MAX (slot - 4, 1.0), bar_height);
      cairo_fill (cr);
    }
}

static void
draw_line (MrSpikeSparkline *self,
           cairo_t          *cr,
           double            width,
           double            height,
           double            max,
           const GdkRGBA    *line,
           const GdkRGBA    *spike)
{
  guint32 first = g_array_index (self->points, MrDemandPoint, 0).day;
  guint32 last = g_array_index (self->points, MrDemandPoint, self->points->len - 1).day;
  double top = PEAK_RADIUS, bottom = height - LINE_WIDTH;

#define X(day) (PEAK_RADIUS + ((double) (day) - first) / MAX (last - first, 1) * (width - 2 * PEAK_RADIUS))
#define Y(value) (bottom - (value) / max * (bottom - top))

  /* The days that stood out, shaded behind the line. */
  for (guint i = 0; i < self->spikes->len; i++)
    {
      const MrDemandSpike *s = &g_array_index (self->spikes, MrDemandSpike, i);
      double from = X (MAX (s->first_day, first)), to = X (MIN (s->last_day, last));

      cairo_set_source_rgba (cr, spike->red, spike->green, spike->blue, 0.18);
      cairo_rectangle (cr, from, 0, MAX (to - from, 2.0), height);
      cairo_fill (cr);
    }

  for (guint i = 0; i < self->points->len; i++)
    {
      const MrDemandPoint *p = &g_array_index (self->points, MrDemandPoint, i);

      if (i == 0)
        cairo_move_to (cr, X (p->day), Y (p->value));
      else
        cairo_line_to (cr, X (p->day), Y (p->value));
    }
  cairo_set_line_width (cr, LINE_WIDTH);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  gdk_cairo_set_source_rgba (cr, line);
  cairo_stroke (cr);

  /* Each spike's highest point. */
  gdk_cairo_set_source_rgba (cr, spike);
  for (guint i = 0; i < self->spikes->len; i++)
    {
      const MrDemandSpike *s = &g_array_index (self->spikes, MrDemandSpike, i);
      const MrDemandPoint *highest = NULL;

      for (guint j = 0; j < self->points->len; j++)
        {
          const MrDemandPoint *p = &g_array_index (self->points, MrDemandPoint, j);

          if (p->day >= s->first_day && p->day <= s->last_day &&
              (highest == NULL || p->value > highest->value))
            highest = p;
        }
      if (highest == NULL)
        continue;
      cairo_arc (cr, X (highest->day), Y (highest->value), PEAK_RADIUS, 0, 2 * G_PI);
      cairo_fill (cr);
    }

#undef X
#undef Y
}

static void
mr_spike_sparkline_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  MrSpikeSparkline *self = MR_SPIKE_SPARKLINE (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  double max = 0;
  GdkRGBA line, spike;
  cairo_t *cr;

  if (self->points->len == 0 || width <= 0 || height <= 0)
    return;
  for (guint i = 0; i < self->points->len; i++)
    max = MAX (max, g_array_index (self->points, MrDemandPoint, i).value);
  if (max <= 0)
    return;

  lookup_color (widget, "accent_color", &line);
  lookup_color (widget, "error_color", &spike);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (self->points->len <= MAX_BARS)
    draw_bars (self, cr, width, height, max, &line, &spike);
  else
    draw_line (self, cr, width, height, max, &line, &spike);
  cairo_destroy (cr);
}

static void
mr_spike_sparkline_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 96;
      *natural = 220;
    }
  else
    {
      *minimum = *natural = 36;
    }
}

static void
mr_spike_sparkline_css_changed (GtkWidget         *widget,
                                GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (mr_spike_sparkline_parent_class)->css_changed (widget, change);
  gtk_widget_queue_draw (widget);
}

static void
mr_spike_sparkline_finalize (GObject *object)
{
  MrSpikeSparkline *self = MR_SPIKE_SPARKLINE (object);

  g_clear_pointer (&self->points, g_array_unref);
  g_clear_pointer (&self->spikes, g_array_unref);

  G_OBJECT_CLASS (mr_spike_sparkline_parent_class)->finalize (object);
}

static void
mr_spike_sparkline_class_init (MrSpikeSparklineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = mr_spike_sparkline_finalize;
  widget_class->snapshot = mr_spike_sparkline_snapshot;
  widget_class->measure = mr_spike_sparkline_measure;
  widget_class->css_changed = mr_spike_sparkline_css_changed;

  gtk_widget_class_set_css_name (widget_class, "sparkline");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
mr_spike_sparkline_init (MrSpikeSparkline *self)
{
  self->points = g_array_new (FALSE, FALSE, sizeof (MrDemandPoint));
  self->spikes = g_array_new (FALSE, FALSE, sizeof (MrDemandSpike));
}

GtkWidget *
mr_spike_sparkline_new (void)
{
  return g_object_new (MR_TYPE_SPIKE_SPARKLINE, NULL);
}

static char *
describe (MrSpikeSparkline *self)
{
  const MrDemandSpike *newest;
  g_autofree char *day = NULL;

  if (self->spikes->len == 0)
    return g_strdup (_("No spikes"));

  newest = &g_array_index (self->spikes, MrDemandSpike, self->spikes->len - 1);
  day = mr_format_day (newest->peak_day, TRUE);
  /* Translators: a chart's description, as in "3 spikes, the last in the days to
   * 14 April 2026" */
  return g_strdup_printf (ngettext ("%u spike, in the days to %s",
                                    "%u spikes, the last in the days to %s",
                                    self->spikes->len),
                          self->spikes->len, day);
}

void
mr_spike_sparkline_set_series (MrSpikeSparkline     *self,
                               const MrSearchSeries *series)
{
  g_autofree char *description = NULL;

  g_return_if_fail (MR_IS_SPIKE_SPARKLINE (self));

  g_array_set_size (self->points, 0);
  g_array_set_size (self->spikes, 0);
  if (series != NULL)
    {
      g_array_append_vals (self->points, series->points->data, series->points->len);
      g_array_append_vals (self->spikes, series->spikes->data, series->spikes->len);
    }

  description = describe (self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), description);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
