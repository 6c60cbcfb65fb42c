/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-audience-chart"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "mr-audience-chart.h"
#include "mr-number-format.h"

struct _MrAudienceChart
{
  MrBaseChart          parent_instance;
  MrChartAudienceData *data;
};

G_DEFINE_FINAL_TYPE (MrAudienceChart, mr_audience_chart, MR_TYPE_BASE_CHART)

static gboolean
mr_audience_chart_has_data (MrBaseChart *chart)
{
  return mr_chart_audience_has_data (MR_AUDIENCE_CHART (chart)->data);
}

static void
mr_audience_chart_draw (MrBaseChart             *chart,
                        cairo_t                 *cr,
                        const MrChartStyle      *style,
                        const cairo_rectangle_t *area)
{
  mr_chart_audience_draw (cr, style, area, MR_AUDIENCE_CHART (chart)->data);
}

static gboolean
mr_audience_chart_hit_test (MrBaseChart             *chart,
                            const MrChartStyle      *style,
                            const cairo_rectangle_t *area,
                            double                   x,
                            double                   y,
                            MrChartHit              *hit)
{
  return mr_chart_audience_hit_test (style, area, MR_AUDIENCE_CHART (chart)->data, x, y, hit);
}

static char *
mr_audience_chart_explain (MrBaseChart      *chart,
                           const MrChartHit *hit)
{
  MrChartAudienceData *data = MR_AUDIENCE_CHART (chart)->data;
  g_autofree char *percent = NULL;
  const char *label;
  double share;

  if (hit->kind != MR_CHART_HIT_BAR)
    return NULL;

  label = mr_chart_audience_get_bar (data, hit->group, hit->index, &share);
  percent = mr_format_percent (round (share * 1000.0) / 10.0);
  /* Translators: an audience bar's tooltip: the group ("Age"), the bucket ("25–34")
   * and its share of the followers ("41 %"). */
  return g_strdup_printf (_("%s %s: %s of followers"), mr_chart_audience_get_title (data, hit->group),
                          label, percent);
}

static char *
mr_audience_chart_describe (MrBaseChart *chart)
{
  return mr_chart_audience_describe (MR_AUDIENCE_CHART (chart)->data);
}

static double
mr_audience_chart_get_height (MrBaseChart        *chart,
                              const MrChartStyle *style,
                              double              width)
{
  return mr_chart_audience_get_height (style, width, MR_AUDIENCE_CHART (chart)->data);
}

GtkWidget *
mr_audience_chart_new (void)
{
  return g_object_new (MR_TYPE_AUDIENCE_CHART, NULL);
}

void
mr_audience_chart_set_data (MrAudienceChart     *self,
                            MrChartAudienceData *data)
{
  g_return_if_fail (MR_IS_AUDIENCE_CHART (self));

  mr_chart_audience_data_free (self->data);
  self->data = data != NULL ? data : mr_chart_audience_data_new ();

  mr_base_chart_data_changed (MR_BASE_CHART (self));
}

static void
mr_audience_chart_finalize (GObject *object)
{
  MrAudienceChart *self = MR_AUDIENCE_CHART (object);

  g_clear_pointer (&self->data, mr_chart_audience_data_free);

  G_OBJECT_CLASS (mr_audience_chart_parent_class)->finalize (object);
}

static void
mr_audience_chart_class_init (MrAudienceChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  MrBaseChartClass *chart_class = MR_BASE_CHART_CLASS (klass);

  object_class->finalize = mr_audience_chart_finalize;

  chart_class->has_data = mr_audience_chart_has_data;
  chart_class->draw = mr_audience_chart_draw;
  chart_class->hit_test = mr_audience_chart_hit_test;
  chart_class->explain = mr_audience_chart_explain;
  chart_class->describe = mr_audience_chart_describe;
  chart_class->get_height = mr_audience_chart_get_height;
}

static void
mr_audience_chart_init (MrAudienceChart *self)
{
  self->data = mr_chart_audience_data_new ();
}
