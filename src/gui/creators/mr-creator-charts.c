/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-creator-charts"

#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "mr-activity-chart.h"
#include "mr-audience-chart.h"
#include "mr-creator-charts.h"
#include "mr-engagement-chart.h"
#include "mr-follower-chart.h"
#include "mr-vetting.h"

/* The charts of the primary account: its history, its posts. The audience and its
 * activity are taken from the primary account when it has them, else from another of
 * the creator's accounts (a TikTok export has them where an Instagram one has not);
 * the line under the heading then says whose they are. */

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

static gboolean
check (GError *error)
{
  if (error == NULL)
    return TRUE;

  g_warning ("Could not read a creator's figures for the charts: %s", error->message);
  g_error_free (error);
  return FALSE;
}

/* The posts' figures for the metrics beside their captions for the tooltips. */
typedef struct
{
  GPtrArray *rows;      /* MrPostRow */
  GArray    *stats;     /* MrPostStats */
  GPtrArray *captions;  /* borrowed from rows */
} Posts;

static void
posts_clear (Posts *posts)
{
  g_clear_pointer (&posts->stats, g_array_unref);
  g_clear_pointer (&posts->captions, g_ptr_array_unref);
  g_clear_pointer (&posts->rows, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Posts, posts_clear)

static gboolean
load_posts (MrStore *store,
            gint64   account_id,
            Posts   *posts)
{
  GError *error = NULL;

  posts->rows = mr_store_list_posts (store, account_id, &error);
  if (!check (error))
    return FALSE;

  posts->stats = g_array_sized_new (FALSE, FALSE, sizeof (MrPostStats), posts->rows->len);
  posts->captions = g_ptr_array_sized_new (posts->rows->len);
  for (guint i = 0; i < posts->rows->len; i++)
    {
      const MrPostRow *row = g_ptr_array_index (posts->rows, i);
      MrPostStats stats = {
        row->published_at != NULL ? g_date_time_to_unix (row->published_at) : 0,
        row->views, row->reach, row->likes, row->comments, row->shares, row->saves,
      };

      g_array_append_val (posts->stats, stats);
      g_ptr_array_add (posts->captions, row->caption);
    }
  return TRUE;
}

static GArray *
post_rates (const Posts     *posts,
            const MrVetting *vetting,
            guint            max_posts)
{
  return mr_chart_engagement_posts_new ((const MrPostStats *) (gconstpointer) posts->stats->data,
                                        (const char *const *) posts->captions->pdata,
                                        posts->stats->len, vetting->followers,
                                        vetting->engagement->basis, vetting->engagement->extended,
                                        max_posts);
}

static void
show_followers (MrCreatorCharts *self,
                MrStore         *store,
                MrAccount       *account,
                const MrVetting *vetting)
{
  GError *error = NULL;
  g_autoptr(GArray) days = mr_store_list_follower_days (store, mr_account_get_id (account), &error);

  if (check (error))
    mr_follower_chart_set_history (self->followers, days, vetting->growth->spikes);
}

static void
show_engagement (MrCreatorCharts *self,
                 const Posts     *posts,
                 const MrVetting *vetting)
{
  g_autoptr(GArray) rates = post_rates (posts, vetting, MR_CHART_ENGAGEMENT_MAX_POSTS);

  mr_engagement_chart_set_posts (self->engagement, (const MrChartPost *) (gconstpointer) rates->data,
                                 rates->len,
                                 vetting->benchmark->has_benchmark ? vetting->benchmark->benchmark : NAN);
}

static MrChartAudienceData *
load_audience (MrStore   *store,
               MrAccount *account)
{
  GError *error = NULL;
  g_autoptr(GPtrArray) shares = mr_store_list_audience (store, mr_account_get_id (account), &error);
  MrChartAudienceData *data = mr_chart_audience_data_new ();

  if (!check (error))
    return data;

  for (guint i = 0; i < shares->len; i++)
    {
      const MrAudienceShare *share = g_ptr_array_index (shares, i);

      mr_chart_audience_data_add (data, share->dimension, share->bucket, share->share);
    }
  return data;
}

static MrChartActivityData *
load_activity (MrStore   *store,
               MrAccount *account)
{
  GError *error = NULL;
  g_autoptr(GArray) hours = mr_store_list_activity (store, mr_account_get_id (account), &error);
  MrChartActivityData *data = mr_chart_activity_data_new (MR_CHART_ACTIVITY_FOLLOWERS,
                                                          mr_account_get_platform (account));

  if (!check (error))
    return data;

  for (guint i = 0; i < hours->len; i++)
    {
      const MrActivityRow *row = &g_array_index (hours, MrActivityRow, i);
      guint year, month, day;

      if (row->hour > 23)
        continue;
      if (row->weekday >= 1 && row->weekday <= 7)
        mr_chart_activity_data_add (data, row->weekday - 1, row->hour, row->active_followers);
      else if (sscanf (row->date, "%4u-%2u-%2u", &year, &month, &day) == 3 &&
               g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
        {
          GDate date;

          g_date_clear (&date, 1);
          g_date_set_dmy (&date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
          mr_chart_activity_data_add_day (data, g_date_get_julian (&date), row->hour, row->active_followers);
        }
    }
  return data;
}

/* An export's follower activity where there is one; else when the primary account's
 * posts did best. */
static void
show_activity (MrCreatorCharts *self,
               MrStore         *store,
               MrCreator       *creator,
               MrAccount       *primary,
               const Posts     *posts,
               const MrVetting *vetting,
               gboolean         several)
{
  GListModel *accounts = mr_creator_get_accounts (creator);
  g_autoptr(MrChartActivityData) data = load_activity (store, primary);
  g_autoptr(GArray) rates = NULL;
  MrAccount *source = primary;

  for (guint i = 0; i < g_list_model_get_n_items (accounts) && !mr_chart_activity_has_data (data); i++)
    {
      g_autoptr(MrAccount) account = g_list_model_get_item (accounts, i);

      if (account == primary || mr_account_get_id (account) <= 0)
        continue;
      g_clear_pointer (&data, mr_chart_activity_data_free);
      data = load_activity (store, account);
      source = account;
    }

  if (!mr_chart_activity_has_data (data))
    {
      g_clear_pointer (&data, mr_chart_activity_data_free);
      data = mr_chart_activity_data_new (MR_CHART_ACTIVITY_POSTS, mr_account_get_platform (primary));
      rates = post_rates (posts, vetting, G_MAXUINT);
      for (guint i = 0; i < rates->len; i++)
        mr_chart_activity_data_add_post (data, g_array_index (rates, MrChartPost, i).published_at,
                                         g_array_index (rates, MrChartPost, i).rate);
      source = primary;
    }

  show_source (self->activity_source, source, several);
  mr_activity_chart_set_data (self->activity, g_steal_pointer (&data));
}

static void
show_audience (MrCreatorCharts *self,
               MrStore         *store,
               MrCreator       *creator,
               MrAccount       *primary,
               gboolean         several)
{
  GListModel *accounts = mr_creator_get_accounts (creator);
  g_autoptr(MrChartAudienceData) data = load_audience (store, primary);
  MrAccount *source = primary;

  for (guint i = 0; i < g_list_model_get_n_items (accounts) && !mr_chart_audience_has_data (data); i++)
    {
      g_autoptr(MrAccount) account = g_list_model_get_item (accounts, i);

      if (account == primary || mr_account_get_id (account) <= 0)
        continue;
      g_clear_pointer (&data, mr_chart_audience_data_free);
      data = load_audience (store, account);
      source = account;
    }

  show_source (self->audience_source, mr_chart_audience_has_data (data) ? source : NULL, several);
  mr_audience_chart_set_data (self->audience, g_steal_pointer (&data));
}

void
mr_creator_charts_show (MrCreatorCharts *self,
                        MrStore         *store,
                        MrCreator       *creator)
{
  g_autoptr(MrVetting) vetting = NULL;
  g_auto(Posts) posts = { NULL };
  MrAccount *primary;
  gboolean several;

  g_return_if_fail (MR_IS_CREATOR_CHARTS (self));
  g_return_if_fail (store == NULL || MR_IS_STORE (store));
  g_return_if_fail (creator == NULL || MR_IS_CREATOR (creator));

  clear_charts (self);
  if (store == NULL || creator == NULL)
    return;

  primary = mr_creator_get_primary_account (creator);
  if (primary == NULL || mr_account_get_id (primary) <= 0)
    return;

  /* The spikes and the rates' basis are the vetting's, so the charts show what the
   * metric cards explain. */
  if (mr_creator_get_vetting (creator) != NULL)
    vetting = mr_vetting_ref (mr_creator_get_vetting (creator));
  else
    {
      GError *error = NULL;

      vetting = mr_store_compute_vetting (store, creator, g_get_real_time () / G_USEC_PER_SEC, &error);
      if (!check (error))
        return;
    }

  several = g_list_model_get_n_items (mr_creator_get_accounts (creator)) > 1;
  show_source (self->followers_source, primary, several);
  show_source (self->engagement_source, primary, several);

  show_followers (self, store, primary, vetting);
  if (load_posts (store, mr_account_get_id (primary), &posts))
    {
      show_engagement (self, &posts, vetting);
      show_activity (self, store, creator, primary, &posts, vetting, several);
    }
  show_audience (self, store, creator, primary, several);
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
