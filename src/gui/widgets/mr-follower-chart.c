/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-follower-chart"

#include "config.h"

#include <glib/gi18n.h>

#include "mr-chart-followers.h"
#include "mr-follower-chart.h"
#include "mr-number-format.h"

struct _MrFollowerChart
{
  MrBaseChart  parent_instance;
  GArray      *days;
  GPtrArray   *spikes;
};

G_DEFINE_FINAL_TYPE (MrFollowerChart, mr_follower_chart, MR_TYPE_BASE_CHART)

static MrChartFollowersData
chart_data (MrFollowerChart *self)
{
  return (MrChartFollowersData) {
    self->days != NULL ? (const MrFollowerDay *) (gconstpointer) self->days->data : NULL,
    self->days != NULL ? self->days->len : 0,
    self->spikes != NULL ? (const MrSpike *const *) self->spikes->pdata : NULL,
    self->spikes != NULL ? self->spikes->len : 0,
  };
}

static gboolean
mr_follower_chart_has_data (MrBaseChart *chart)
{
  MrChartFollowersData data = chart_data (MR_FOLLOWER_CHART (chart));

  return mr_chart_followers_has_data (&data);
}

static void
mr_follower_chart_draw (MrBaseChart             *chart,
                        cairo_t                 *cr,
                        const MrChartStyle      *style,
                        const cairo_rectangle_t *area)
{
  MrChartFollowersData data = chart_data (MR_FOLLOWER_CHART (chart));

  mr_chart_followers_draw (cr, style, area, &data);
}

static gboolean
mr_follower_chart_hit_test (MrBaseChart             *chart,
                            const MrChartStyle      *style,
                            const cairo_rectangle_t *area,
                            double                   x,
                            double                   y,
                            MrChartHit              *hit)
{
  MrChartFollowersData data = chart_data (MR_FOLLOWER_CHART (chart));

  return mr_chart_followers_hit_test (style, area, &data, x, y, hit);
}

static char *
mr_follower_chart_explain (MrBaseChart      *chart,
                           const MrChartHit *hit)
{
  MrFollowerChart *self = MR_FOLLOWER_CHART (chart);

  if (hit->kind == MR_CHART_HIT_SPIKE)
    {
      const MrSpike *spike = g_ptr_array_index (self->spikes, hit->index);

      /* The evidence already names the day, the jump, what activity did and the verdict. */
      return g_strdup_printf ("%s\n%s", mr_chart_followers_spike_label (spike), spike->evidence);
    }
  else if (hit->kind == MR_CHART_HIT_DAY)
    {
      const MrFollowerDay *day = &g_array_index (self->days, MrFollowerDay, hit->index);
      g_autofree char *date = mr_format_day (day->day, TRUE);
      g_autofree char *count = mr_format_count (day->followers);
      g_autofree char *followers = g_strdup_printf (ngettext ("%s follower", "%s followers",
                                                      (gulong) day->followers),
                                                    count);

      return g_strdup_printf ("%s\n%s", date, followers);
    }

  return NULL;
}

static char *
mr_follower_chart_describe (MrBaseChart *chart)
{
  MrChartFollowersData data = chart_data (MR_FOLLOWER_CHART (chart));

  return mr_chart_followers_describe (&data);
}

GtkWidget *
mr_follower_chart_new (void)
{
  return g_object_new (MR_TYPE_FOLLOWER_CHART, NULL);
}

void
mr_follower_chart_set_history (MrFollowerChart *self,
                               GArray          *days,
                               GPtrArray       *spikes)
{
  g_return_if_fail (MR_IS_FOLLOWER_CHART (self));
  g_return_if_fail (days == NULL || g_array_get_element_size (days) == sizeof (MrFollowerDay));

  if (days != NULL)
    g_array_ref (days);
  if (spikes != NULL)
    g_ptr_array_ref (spikes);
  g_clear_pointer (&self->days, g_array_unref);
  g_clear_pointer (&self->spikes, g_ptr_array_unref);
  self->days = days;
  self->spikes = spikes;

  mr_base_chart_data_changed (MR_BASE_CHART (self));
}

static void
mr_follower_chart_finalize (GObject *object)
{
  MrFollowerChart *self = MR_FOLLOWER_CHART (object);

  g_clear_pointer (&self->days, g_array_unref);
  g_clear_pointer (&self->spikes, g_ptr_array_unref);

  G_OBJECT_CLASS (mr_follower_chart_parent_class)->finalize (object);
}

static void
mr_follower_chart_class_init (MrFollowerChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  MrBaseChartClass *chart_class = MR_BASE_CHART_CLASS (klass);

  object_class->finalize = mr_follower_chart_finalize;

  chart_class->has_data = mr_follower_chart_has_data;
  chart_class->draw = mr_follower_chart_draw;
  chart_class->hit_test = mr_follower_chart_hit_test;
  chart_class->explain = mr_follower_chart_explain;
  chart_class->describe = mr_follower_chart_describe;
}

static void
mr_follower_chart_init (MrFollowerChart *self)
{
}
