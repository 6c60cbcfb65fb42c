/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-creator-figures"

#include "config.h"

#include <math.h>
#include <stdio.h>

#include "mr-creator-figures.h"

/* The posts' figures for the metrics, beside the rows that hold their captions. */
static GArray *
post_stats (GPtrArray *rows)
{
  GArray *stats = g_array_sized_new (FALSE, FALSE, sizeof (MrPostStats), rows->len);

  for (guint i = 0; i < rows->len; i++)
    {
      const MrPostRow *row = g_ptr_array_index (rows, i);
      MrPostStats post = {
        row->published_at != NULL ? g_date_time_to_unix (row->published_at) : 0,
        row->views, row->reach, row->likes, row->comments, row->shares, row->saves,
      };

      g_array_append_val (stats, post);
    }
  return stats;
}

static GArray *
post_rates (MrCreatorFigures *figures,
            GArray           *stats,
            guint             max_posts)
{
  g_autoptr(GPtrArray) captions = g_ptr_array_sized_new (figures->post_rows->len);
  const MrVetting *vetting = figures->vetting;

  for (guint i = 0; i < figures->post_rows->len; i++)
    g_ptr_array_add (captions, ((MrPostRow *) g_ptr_array_index (figures->post_rows, i))->caption);

  return mr_chart_engagement_posts_new ((const MrPostStats *) (gconstpointer) stats->data,
                                        (const char *const *) captions->pdata, stats->len,
                                        vetting->followers, vetting->engagement->basis,
                                        vetting->engagement->extended, max_posts);
}

static MrChartAudienceData *
load_audience (MrStore    *store,
               MrAccount  *account,
               GError    **error)
{
  g_autoptr(GPtrArray) shares = mr_store_list_audience (store, mr_account_get_id (account), error);
  g_autoptr(MrChartAudienceData) data = NULL;

  if (shares == NULL)
    return NULL;

  data = mr_chart_audience_data_new ();
  for (guint i = 0; i < shares->len; i++)
    {
      const MrAudienceShare *share = g_ptr_array_index (shares, i);

      mr_chart_audience_data_add (data, share->dimension, share->bucket, share->share);
    }
  return g_steal_pointer (&data);
}

static void
add_activity_row (MrChartActivityData *data,
                  const MrActivityRow *row)
{
  guint year, month, day;
  GDate date;

  if (row->hour > 23)
    return;
  if (row->weekday >= 1 && row->weekday <= 7)
    {
      mr_chart_activity_data_add (data, row->weekday - 1, row->hour, row->active_followers);
      return;
    }
  if (sscanf (row->date, "%4u-%2u-%2u", &year, &month, &day) != 3 ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  mr_chart_activity_data_add_day (data, g_date_get_julian (&date), row->hour, row->active_followers);
}

static MrChartActivityData *
load_activity (MrStore    *store,
               MrAccount  *account,
               GError    **error)
{
  g_autoptr(GArray) hours = mr_store_list_activity (store, mr_account_get_id (account), error);
  MrChartActivityData *data;

  if (hours == NULL)
    return NULL;

  data = mr_chart_activity_data_new (MR_CHART_ACTIVITY_FOLLOWERS, mr_account_get_platform (account));
  for (guint i = 0; i < hours->len; i++)
    add_activity_row (data, &g_array_index (hours, MrActivityRow, i));
  return data;
}

/* The primary account first, then the others in the creator's order. */
static GPtrArray *
accounts_in_order (MrCreator *creator,
                   MrAccount *primary)
{
  GListModel *accounts = mr_creator_get_accounts (creator);
  GPtrArray *order = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (order, g_object_ref (primary));
  for (guint i = 0; i < g_list_model_get_n_items (accounts); i++)
    {
      g_autoptr(MrAccount) account = g_list_model_get_item (accounts, i);

      if (account != primary && mr_account_get_id (account) > 0)
        g_ptr_array_add (order, g_steal_pointer (&account));
    }
  return order;
}

static gboolean
load_audience_and_activity (MrCreatorFigures  *figures,
                            MrStore           *store,
                            MrCreator         *creator,
                            GArray            *stats,
                            GError           **error)
{
  g_autoptr(GPtrArray) accounts = accounts_in_order (creator, figures->primary);
  g_autoptr(GArray) rates = NULL;

  for (guint i = 0; i < accounts->len; i++)
    {
      MrAccount *account = g_ptr_array_index (accounts, i);
      g_autoptr(MrChartAudienceData) audience = NULL;
      g_autoptr(MrChartActivityData) activity = NULL;

      if (figures->audience_source == NULL)
        {
          if ((audience = load_audience (store, account, error)) == NULL)
            return FALSE;
          if (mr_chart_audience_has_data (audience))
            {
              mr_chart_audience_data_free (figures->audience);
              figures->audience = g_steal_pointer (&audience);
              figures->audience_source = g_object_ref (account);
            }
        }
      if (figures->activity_source == NULL)
        {
          if ((activity = load_activity (store, account, error)) == NULL)
            return FALSE;
          if (mr_chart_activity_has_data (activity))
            {
              mr_chart_activity_data_free (figures->activity);
              figures->activity = g_steal_pointer (&activity);
              figures->activity_source = g_object_ref (account);
            }
        }
    }

  if (figures->activity_source != NULL)
    return TRUE;

  mr_chart_activity_data_free (figures->activity);
  figures->activity = mr_chart_activity_data_new (MR_CHART_ACTIVITY_POSTS,
                                                  mr_account_get_platform (figures->primary));
  rates = post_rates (figures, stats, G_MAXUINT);
  for (guint i = 0; i < rates->len; i++)
    mr_chart_activity_data_add_post (figures->activity,
                                     g_array_index (rates, MrChartPost, i).published_at,
                                     g_array_index (rates, MrChartPost, i).rate);
  if (mr_chart_activity_has_data (figures->activity))
    figures->activity_source = g_object_ref (figures->primary);
  return TRUE;
}

static gboolean
load_primary (MrCreatorFigures  *figures,
              MrStore           *store,
              MrCreator         *creator,
              GError           **error)
{
  gint64 id = mr_account_get_id (figures->primary);
  g_autoptr(GArray) stats = NULL;

  g_clear_pointer (&figures->follower_days, g_array_unref);
  if ((figures->follower_days = mr_store_list_follower_days (store, id, error)) == NULL ||
      (figures->post_rows = mr_store_list_posts (store, id, error)) == NULL)
    return FALSE;

  stats = post_stats (figures->post_rows);
  g_clear_pointer (&figures->posts, g_array_unref);
  figures->posts = post_rates (figures, stats, MR_CHART_ENGAGEMENT_MAX_POSTS);

  return load_audience_and_activity (figures, store, creator, stats, error);
}

/**
 * mr_creator_figures_load:
 *
 * Returns: (transfer full): @creator's figures for the charts, or %NULL on error
 */
MrCreatorFigures *
mr_creator_figures_load (MrStore    *store,
                         MrCreator  *creator,
                         GError    **error)
{
  g_autoptr(MrCreatorFigures) figures = NULL;
  MrAccount *primary;
  GPtrArray *spikes;

  g_return_val_if_fail (MR_IS_STORE (store), NULL);
  g_return_val_if_fail (MR_IS_CREATOR (creator), NULL);

  figures = g_new0 (MrCreatorFigures, 1);
  if (mr_creator_get_vetting (creator) != NULL)
    figures->vetting = mr_vetting_ref (mr_creator_get_vetting (creator));
  else if ((figures->vetting = mr_store_compute_vetting (store, creator,
                                                         g_get_real_time () / G_USEC_PER_SEC,
                                                         error)) == NULL)
    return NULL;

  figures->follower_days = g_array_new (FALSE, FALSE, sizeof (MrFollowerDay));
  figures->posts = g_array_new (FALSE, FALSE, sizeof (MrChartPost));
  figures->audience = mr_chart_audience_data_new ();
  figures->activity = mr_chart_activity_data_new (MR_CHART_ACTIVITY_POSTS, figures->vetting->platform);
  figures->several_accounts = g_list_model_get_n_items (mr_creator_get_accounts (creator)) > 1;

  primary = mr_creator_get_primary_account (creator);
  if (primary != NULL && mr_account_get_id (primary) > 0)
    {
      figures->primary = g_object_ref (primary);
      if (!load_primary (figures, store, creator, error))
        return NULL;
    }

  spikes = figures->vetting->growth->spikes;
  figures->followers = (MrChartFollowersData) {
    .days = (const MrFollowerDay *) (gconstpointer) figures->follower_days->data,
    .n_days = figures->follower_days->len,
    .spikes = spikes != NULL ? (const MrSpike *const *) spikes->pdata : NULL,
    .n_spikes = spikes != NULL ? spikes->len : 0,
  };
  figures->engagement = (MrChartEngagementData) {
    .posts = (const MrChartPost *) (gconstpointer) figures->posts->data,
    .n_posts = figures->posts->len,
    .benchmark = figures->vetting->benchmark->has_benchmark ? figures->vetting->benchmark->benchmark
                                                            : NAN,
  };

  return g_steal_pointer (&figures);
}

void
mr_creator_figures_free (MrCreatorFigures *figures)
{
  if (figures == NULL)
    return;

  g_clear_pointer (&figures->vetting, mr_vetting_unref);
  g_clear_object (&figures->primary);
  g_clear_pointer (&figures->follower_days, g_array_unref);
  g_clear_pointer (&figures->posts, g_array_unref);
  g_clear_pointer (&figures->audience, mr_chart_audience_data_free);
  g_clear_object (&figures->audience_source);
  g_clear_pointer (&figures->activity, mr_chart_activity_data_free);
  g_clear_object (&figures->activity_source);
  g_clear_pointer (&figures->post_rows, g_ptr_array_unref);
  g_free (figures);
}
