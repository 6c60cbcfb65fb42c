/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-activity-chart"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "mr-activity-chart.h"
#include "mr-number-format.h"

struct _MrActivityChart
{
  MrBaseChart          parent_instance;
  MrChartActivityData *data;
};

G_DEFINE_FINAL_TYPE (MrActivityChart, mr_activity_chart, MR_TYPE_BASE_CHART)

static gboolean
mr_activity_chart_has_data (MrBaseChart *chart)
{
  return mr_chart_activity_has_data (MR_ACTIVITY_CHART (chart)->data);
}

static void
mr_activity_chart_draw (MrBaseChart             *chart,
                        cairo_t                 *cr,
                        const MrChartStyle      *style,
                        const cairo_rectangle_t *area)
{
  mr_chart_activity_draw (cr, style, area, MR_ACTIVITY_CHART (chart)->data);
}

static gboolean
mr_activity_chart_hit_test (MrBaseChart             *chart,
                            const MrChartStyle      *style,
                            const cairo_rectangle_t *area,
                            double                   x,
                            double                   y,
                            MrChartHit              *hit)
{
  return mr_chart_activity_hit_test (style, area, MR_ACTIVITY_CHART (chart)->data, x, y, hit);
}

static char *
mr_activity_chart_explain (MrBaseChart      *chart,
                           const MrChartHit *hit)
{
  MrChartActivityData *data = MR_ACTIVITY_CHART (chart)->data;
  g_autofree char *when = NULL, *value = NULL;
  double mean;

  if (hit->kind != MR_CHART_HIT_CELL)
    return NULL;

  /* Translators: an hour of a weekday in a tooltip, as in "Tuesday 19:00–20:00". */
  when = g_strdup_printf (_("%s %02u:00–%02u:00"), mr_chart_weekday_name (hit->group),
                          hit->index, (hit->index + 1) % 24);

  if (!mr_chart_activity_data_get_cell (data, hit->group, hit->index, &mean))
    return g_strdup_printf ("%s\n%s", when, _("No data for this hour"));

  if (mr_chart_activity_data_get_source (data) == MR_CHART_ACTIVITY_FOLLOWERS)
    {
      g_autofree char *count = mr_format_count ((gint64) round (mean));

      value = g_strdup_printf (ngettext ("%s active follower on average", "%s active followers on average",
                                         (gulong) round (mean)),
                               count);
    }
  else
    {
      g_autofree char *rate = mr_format_percent (round (mean * 10.0) / 10.0);

      /* Translators: in a tooltip: the mean engagement rate of the posts published in
       * an hour, as in "6.2 %". */
      value = g_strdup_printf (_("Posts published then: engagement rate %s on average"), rate);
    }

  return g_strdup_printf ("%s\n%s", when, value);
}

static char *
mr_activity_chart_describe (MrBaseChart *chart)
{
  return mr_chart_activity_describe (MR_ACTIVITY_CHART (chart)->data);
}

GtkWidget *
mr_activity_chart_new (void)
{
  return g_object_new (MR_TYPE_ACTIVITY_CHART, NULL);
}

void
mr_activity_chart_set_data (MrActivityChart     *self,
                            MrChartActivityData *data)
{
  g_return_if_fail (MR_IS_ACTIVITY_CHART (self));

  mr_chart_activity_data_free (self->data);
  self->data = data != NULL ? data : mr_chart_activity_data_new (MR_CHART_ACTIVITY_FOLLOWERS, MR_PLATFORM_OTHER);

  mr_base_chart_data_changed (MR_BASE_CHART (self));
}

static void
mr_activity_chart_finalize (GObject *object)
{
  MrActivityChart *self = MR_ACTIVITY_CHART (object);

  g_clear_pointer (&self->data, mr_chart_activity_data_free);

  G_OBJECT_CLASS (mr_activity_chart_parent_class)->finalize (object);
}

static void
mr_activity_chart_class_init (MrActivityChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  MrBaseChartClass *chart_class = MR_BASE_CHART_CLASS (klass);

  object_class->finalize = mr_activity_chart_finalize;

  chart_class->has_data = mr_activity_chart_has_data;
  chart_class->draw = mr_activity_chart_draw;
  chart_class->hit_test = mr_activity_chart_hit_test;
  chart_class->explain = mr_activity_chart_explain;
  chart_class->describe = mr_activity_chart_describe;
}

static void
mr_activity_chart_init (MrActivityChart *self)
{
  self->data = mr_chart_activity_data_new (MR_CHART_ACTIVITY_FOLLOWERS, MR_PLATFORM_OTHER);
}
