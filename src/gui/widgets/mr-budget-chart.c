/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-budget-chart"

#include "config.h"

#include <glib/gi18n.h>

#include "mr-budget-chart.h"

struct _MrBudgetChart
{
  MrBaseChart        parent_instance;
  MrChartBudgetData *data;    /* NULL until a campaign's figures are set */
};

G_DEFINE_FINAL_TYPE (MrBudgetChart, mr_budget_chart, MR_TYPE_BASE_CHART)

static gboolean
mr_budget_chart_has_data (MrBaseChart *chart)
{
  MrBudgetChart *self = MR_BUDGET_CHART (chart);

  return self->data != NULL && mr_chart_budget_has_data (self->data);
}

static void
mr_budget_chart_draw (MrBaseChart             *chart,
                      cairo_t                 *cr,
                      const MrChartStyle      *style,
                      const cairo_rectangle_t *area)
{
  mr_chart_budget_draw (cr, style, area, MR_BUDGET_CHART (chart)->data);
}

static gboolean
mr_budget_chart_hit_test (MrBaseChart             *chart,
                          const MrChartStyle      *style,
                          const cairo_rectangle_t *area,
                          double                   x,
                          double                   y,
                          MrChartHit              *hit)
{
  return mr_chart_budget_hit_test (style, area, MR_BUDGET_CHART (chart)->data, x, y, hit);
}

static char *
mr_budget_chart_explain (MrBaseChart      *chart,
                         const MrChartHit *hit)
{
  return mr_chart_budget_explain (MR_BUDGET_CHART (chart)->data, hit);
}

static char *
mr_budget_chart_describe (MrBaseChart *chart)
{
  MrBudgetChart *self = MR_BUDGET_CHART (chart);

  if (self->data == NULL)
    return g_strdup (_("No campaign chosen."));
  return mr_chart_budget_describe (self->data);
}

static double
mr_budget_chart_get_height (MrBaseChart        *chart,
                            const MrChartStyle *style,
                            double              width)
{
  return mr_chart_budget_get_height (style, width, MR_BUDGET_CHART (chart)->data);
}

GtkWidget *
mr_budget_chart_new (void)
{
  return g_object_new (MR_TYPE_BUDGET_CHART, NULL);
}

void
mr_budget_chart_set_figures (MrBudgetChart           *self,
                             MrCampaign              *campaign,
                             const MrCampaignFigures *figures)
{
  g_return_if_fail (MR_IS_BUDGET_CHART (self));
  g_return_if_fail (campaign == NULL || MR_IS_CAMPAIGN (campaign));
  g_return_if_fail ((campaign == NULL) == (figures == NULL));

  g_clear_pointer (&self->data, mr_chart_budget_data_free);
  if (figures != NULL)
    self->data = mr_chart_budget_data_new (figures, mr_campaign_get_currency (campaign));

  mr_base_chart_data_changed (MR_BASE_CHART (self));
}

static void
mr_budget_chart_finalize (GObject *object)
{
  MrBudgetChart *self = MR_BUDGET_CHART (object);

  g_clear_pointer (&self->data, mr_chart_budget_data_free);

  G_OBJECT_CLASS (mr_budget_chart_parent_class)->finalize (object);
}

static void
mr_budget_chart_class_init (MrBudgetChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  MrBaseChartClass *chart_class = MR_BASE_CHART_CLASS (klass);

  object_class->finalize = mr_budget_chart_finalize;

  chart_class->has_data = mr_budget_chart_has_data;
  chart_class->draw = mr_budget_chart_draw;
  chart_class->hit_test = mr_budget_chart_hit_test;
  chart_class->explain = mr_budget_chart_explain;
  chart_class->describe = mr_budget_chart_describe;
  chart_class->get_height = mr_budget_chart_get_height;
}

static void
mr_budget_chart_init (MrBudgetChart *self)
{
  mr_base_chart_set_title (MR_BASE_CHART (self), _("Budget"));
}
