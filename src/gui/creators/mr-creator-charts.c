/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-creator-charts"

#include "config.h"

#include <glib/gi18n.h>

#include "mr-activity-chart.h"
#include "mr-audience-chart.h"
#include "mr-creator-charts.h"
#include "mr-creator-figures.h"
#include "mr-engagement-chart.h"
#include "mr-follower-chart.h"
#include "mr-vetting.h"

/* The charts of the primary account: its history, its posts; the audience and its
 * activity from whichever account has them (mr-creator-figures.h), the line under the
 * heading then saying whose they are. */

struct _MrCreatorCharts
{
  GtkWidget          parent_instance;

  MrFollowerChart   *followers;
  MrEngagementChart *engagement;
  MrAudienceChart   *audience;
  MrActivityChart   *activity;
  GtkLabel          *followers_source;
  GtkLabel          *engagement_source;
  GtkLabel          *audience_source;
  GtkLabel          *activity_source;
};

G_DEFINE_FINAL_TYPE (MrCreatorCharts, mr_creator_charts, GTK_TYPE_WIDGET)

GtkWidget *
mr_creator_charts_new (void)
{
  return g_object_new (MR_TYPE_CREATOR_CHARTS, NULL);
}

static void
clear_charts (MrCreatorCharts *self)
{
  GtkLabel *sources[] = { self->followers_source, self->engagement_source,
                          self->audience_source, self->activity_source };

  mr_follower_chart_set_history (self->followers, NULL, NULL);
  mr_engagement_chart_set_posts (self->engagement, NULL, 0, NAN);
  mr_audience_chart_set_data (self->audience, NULL);
  mr_activity_chart_set_data (self->activity, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (sources); i++)
    gtk_widget_set_visible (GTK_WIDGET (sources[i]), FALSE);
}

/* Names the account a chart's figures come from, when the creator has several. */
static void
show_source (GtkLabel  *label,
             MrAccount *account,
             gboolean   several)
{
  g_autofree char *text = NULL;

  gtk_widget_set_visible (GTK_WIDGET (label), several && account != NULL);
  if (!several || account == NULL)
    return;

  /* Translators: under a chart's heading: the platform and the handle of the account
   * its figures come from, as in "From TikTok: lotte.bakt". */
  text = g_strdup_printf (_("From %s: %s"), mr_platform_get_label (mr_account_get_platform (account)),
                          mr_account_get_handle (account));
  gtk_label_set_text (label, text);
}

/* The figures are read as the report reads them (mr-creator-figures.c), so the window
 * and the PDF show the same thing. */
void
mr_creator_charts_show (MrCreatorCharts *self,
                        MrStore         *store,
                        MrCreator       *creator)
{
  g_autoptr(MrCreatorFigures) figures = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (MR_IS_CREATOR_CHARTS (self));
  g_return_if_fail (store == NULL || MR_IS_STORE (store));
  g_return_if_fail (creator == NULL || MR_IS_CREATOR (creator));

  clear_charts (self);
  if (store == NULL || creator == NULL)
    return;

  figures = mr_creator_figures_load (store, creator, &error);
  if (figures == NULL)
    {
      g_warning ("Could not read a creator's figures for the charts: %s", error->message);
      return;
    }
  if (figures->primary == NULL)
    return;

  show_source (self->followers_source, figures->primary, figures->several_accounts);
  show_source (self->engagement_source, figures->primary, figures->several_accounts);
  show_source (self->audience_source, figures->audience_source, figures->several_accounts);
  show_source (self->activity_source, figures->activity_source, figures->several_accounts);

  mr_follower_chart_set_history (self->followers, figures->follower_days,
                                 figures->vetting->growth->spikes);
  mr_engagement_chart_set_posts (self->engagement, figures->engagement.posts,
                                 figures->engagement.n_posts, figures->engagement.benchmark);
  mr_audience_chart_set_data (self->audience, g_steal_pointer (&figures->audience));
  mr_activity_chart_set_data (self->activity, g_steal_pointer (&figures->activity));
}

static void
mr_creator_charts_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), MR_TYPE_CREATOR_CHARTS);
  /* The headings and cards have no name in the template: they go as children. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (mr_creator_charts_parent_class)->dispose (object);
}

static void
mr_creator_charts_class_init (MrCreatorChartsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mr_creator_charts_dispose;

  g_type_ensure (MR_TYPE_FOLLOWER_CHART);
  g_type_ensure (MR_TYPE_ENGAGEMENT_CHART);
  g_type_ensure (MR_TYPE_AUDIENCE_CHART);
  g_type_ensure (MR_TYPE_ACTIVITY_CHART);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/creators/mr-creator-charts.ui");
  gtk_widget_class_bind_template_child (widget_class, MrCreatorCharts, followers);
  gtk_widget_class_bind_template_child (widget_class, MrCreatorCharts, engagement);
  gtk_widget_class_bind_template_child (widget_class, MrCreatorCharts, audience);
  gtk_widget_class_bind_template_child (widget_class, MrCreatorCharts, activity);
  gtk_widget_class_bind_template_child (widget_class, MrCreatorCharts, followers_source);
  gtk_widget_class_bind_template_child (widget_class, MrCreatorCharts, engagement_source);
  gtk_widget_class_bind_template_child (widget_class, MrCreatorCharts, audience_source);
  gtk_widget_class_bind_template_child (widget_class, MrCreatorCharts, activity_source);
}

static void
mr_creator_charts_init (MrCreatorCharts *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
