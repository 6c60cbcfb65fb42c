/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-moments-page-demand"

#include "config.h"

#include <glib/gi18n.h>

#include "mr-account.h"
#include "mr-chart-activity.h"
#include "mr-feedback.h"
#include "mr-moment-settings.h"
#include "mr-moments-page-private.h"
#include "mr-search-series.h"
#include "mr-spike-sparkline.h"
#include "mr-vetting-settings.h"

/* The searches with the most recent spikes get a chart; older ones are in the export. */
#define MAX_CHARTS 6

/* ── Spiking searches ────────────────────────────────────────────────────────────── */

static guint32
last_peak (const MrSearchSeries *series)
{
  return g_array_index (series->spikes, MrDemandSpike, series->spikes->len - 1).peak_day;
}

static int
compare_newest_spike (gconstpointer a,
                      gconstpointer b)
{
  guint32 x = last_peak (*(const MrSearchSeries * const *) a);
  guint32 y = last_peak (*(const MrSearchSeries * const *) b);

  return (x < y) - (x > y);
}

static GtkWidget *
create_search_row (const MrSearchSeries *series)
{
  const char *title = mr_search_series_get_title (series);
  g_autofree char *source = mr_search_series_describe_source (series);
  g_autofree char *name = NULL;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *heading = gtk_label_new (title);
  GtkWidget *caption = gtk_label_new (source);
  GtkWidget *sparkline = mr_spike_sparkline_new ();

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  gtk_widget_add_css_class (heading, "heading");
  gtk_label_set_xalign (GTK_LABEL (caption), 0);
  gtk_widget_add_css_class (caption, "caption");
  gtk_widget_add_css_class (caption, "dim-label");
  mr_spike_sparkline_set_series (MR_SPIKE_SPARKLINE (sparkline), series);
  /* Translators: a chart's name for screen readers, as in "Searches for “koffie” over time" */
  name = g_strdup_printf (_("Searches for “%s” over time"), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (sparkline),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);

  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), caption);
  gtk_box_append (GTK_BOX (box), sparkline);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  return row;
}

static void
show_searches (MrMomentsPage *self)
{
  g_autoptr(GPtrArray) spiking = g_ptr_array_new ();
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->searches_list))) != NULL)
    gtk_list_box_remove (self->searches_list, child);

  for (guint i = 0; self->series != NULL && i < self->series->len; i++)
    {
      MrSearchSeries *series = g_ptr_array_index (self->series, i);

      if (series->spikes->len > 0 && series->points->len > 1)
        g_ptr_array_add (spiking, series);
    }
  g_ptr_array_sort (spiking, compare_newest_spike);

  for (guint i = 0; i < MIN (spiking->len, MAX_CHARTS); i++)
    gtk_list_box_append (self->searches_list, create_search_row (g_ptr_array_index (spiking, i)));
  gtk_widget_set_visible (GTK_WIDGET (self->searches_group), spiking->len > 0);
}

static void
on_series_loaded (GObject      *source_object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  MrMomentsPage *self = user_data;
  g_autoptr(GPtrArray) series = NULL;
  g_autoptr(GPtrArray) opened = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = NULL;

  series = mr_store_list_search_series_finish (MR_STORE (source_object), result, &error);
  /* A newer read replaced this one, or the page is gone. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_clear_object (&self->loading);
  if (series == NULL)
    {
      mr_moments_page_toast (self, mr_feedback_toast_new (error->message));
      return;
    }

  g_clear_pointer (&self->series, g_ptr_array_unref);
  self->series = g_steal_pointer (&series);
  if (self->open_on_load)
    {
      self->open_on_load = FALSE;
      now = g_date_time_new_now_local ();
      opened = mr_store_open_moments (self->store, self->series, now, &error);
      if (opened == NULL)
        mr_moments_page_toast (self, mr_feedback_toast_new (error->message));
      else
        mr_moments_page_notify_opened (self, opened);
    }

  show_searches (self);
  mr_moments_page_refresh (self);
  mr_moments_page_schedule_alerts (self);
}

/* Reads every series in a worker thread; with @open_moments, a moment opens for each
 * recent spike that has none. A read already under way gives way to this one. */
void
mr_moments_page_load_series (MrMomentsPage *self,
                             gboolean       open_moments)
{
  if (self->loading != NULL)
    g_cancellable_cancel (self->loading);
  g_clear_object (&self->loading);

  self->open_on_load = self->open_on_load || open_moments;
  self->loading = g_cancellable_new ();
  mr_store_list_search_series_async (self->store, self->loading, on_series_loaded, self);
}

/* ── When the audience is there ──────────────────────────────────────────────────── */

static MrChartActivityData *
load_follower_activity (MrStore   *store,
                        MrAccount *account)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) hours = mr_store_list_activity (store, mr_account_get_id (account), &error);
  MrChartActivityData *data = mr_chart_activity_data_new (MR_CHART_ACTIVITY_FOLLOWERS,
                                                          mr_account_get_platform (account));

  for (guint i = 0; hours != NULL && i < hours->len; i++)
    {
      const MrActivityRow *row = &g_array_index (hours, MrActivityRow, i);
      GDate date;

      if (row->hour > 23)
        continue;
      if (row->weekday >= 1 && row->weekday <= 7)
        {
          mr_chart_activity_data_add (data, row->weekday - 1, row->hour, row->active_followers);
          continue;
        }
      g_date_clear (&date, 1);
      g_date_set_parse (&date, row->date);
      if (g_date_valid (&date))
        mr_chart_activity_data_add_day (data, g_date_get_julian (&date), row->hour,
                                        row->active_followers);
    }
  return data;
}

/* When the account's posts did best: engagement by views, else by followers. */
static MrChartActivityData *
load_post_timing (MrStore   *store,
                  MrAccount *account)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) posts = mr_store_list_post_stats (store, mr_account_get_id (account), &error);
  MrChartActivityData *data = mr_chart_activity_data_new (MR_CHART_ACTIVITY_POSTS,
                                                          mr_account_get_platform (account));
  gint64 followers = mr_account_get_followers (account);

  for (guint i = 0; posts != NULL && i < posts->len; i++)
    {
      const MrPostStats *post = &g_array_index (posts, MrPostStats, i);
      double base = post->views > 0 ? (double) post->views : followers > 0 ? (double) followers : 0;

      if (post->published_at == 0 || base <= 0 || post->likes < 0)
        continue;
      mr_chart_activity_data_add_post (data, post->published_at,
                                       100.0 * (post->likes + MAX (post->comments, 0)) / base);
    }
  return data;
}

static MrChartActivityData *
load_activity (MrStore   *store,
               MrAccount *account)
{
  MrChartActivityData *data = load_follower_activity (store, account);

  if (mr_chart_activity_has_data (data))
    return data;
  mr_chart_activity_data_free (data);
  return load_post_timing (store, account);
}

static void
on_audience_selected (MrMomentsPage *self)
{
  guint selected = adw_combo_row_get_selected (self->audience_row);
  MrChartActivityData *data = NULL;
  g_autofree char *description = NULL;

  if (self->audiences != NULL && selected < self->audiences->len)
    data = load_activity (self->store, g_ptr_array_index (self->audiences, selected));

  if (data != NULL && mr_chart_activity_has_data (data))
    description = mr_chart_activity_describe (data);
  else
    description = g_strdup (_("Import a TikTok follower activity file, or posts with the time "
                              "they went out, to see when the audience is online."));
  gtk_label_set_label (self->audience_label, description);
  gtk_widget_set_visible (self->activity_card, data != NULL);
  mr_activity_chart_set_data (self->activity_chart, data);
}

/* Every account whose hours can be shown (its follower activity, else its posts' times),
 * in the roster's order. */
void
mr_moments_page_show_audience (MrMomentsPage *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GListModel *creators = mr_store_get_creators (self->store);
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) shown = mr_store_list_audience_accounts (self->store, &error);

  if (shown == NULL)
    g_warning ("Could not find the accounts with audience hours: %s", error->message);

  g_signal_handlers_disconnect_by_func (self->audience_row, on_audience_selected, self);
  g_clear_pointer (&self->audiences, g_ptr_array_unref);
  self->audiences = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; shown != NULL && i < g_list_model_get_n_items (creators); i++)
    {
      g_autoptr(MrCreator) creator = g_list_model_get_item (creators, i);
      GListModel *accounts = mr_creator_get_accounts (creator);

      for (guint j = 0; j < g_list_model_get_n_items (accounts); j++)
        {
          g_autoptr(MrAccount) account = g_list_model_get_item (accounts, j);
          gint64 id = mr_account_get_id (account);
          g_autofree char *label = NULL;

          if (id <= 0 || !g_hash_table_contains (shown, &id))
            continue;
          /* Translators: whose audience a heat map shows, as in "Anna Bakt, TikTok" */
          label = g_strdup_printf (C_("audience", "%s, %s"), mr_creator_get_name (creator),
                                   mr_platform_get_label (mr_account_get_platform (account)));
          gtk_string_list_append (labels, label);
          g_ptr_array_add (self->audiences, g_steal_pointer (&account));
        }
    }

  adw_combo_row_set_model (self->audience_row, G_LIST_MODEL (labels));
  gtk_widget_set_visible (GTK_WIDGET (self->audience_row), self->audiences->len > 0);
  adw_combo_row_set_selected (self->audience_row, 0);
  g_signal_connect_swapped (self->audience_row, "notify::selected",
                            G_CALLBACK (on_audience_selected), self);
  on_audience_selected (self);
  self->audience_stale = FALSE;
}

/* The accounts are listed when the page shows: not for the window's first frame. */
void
mr_moments_page_update_audience (MrMomentsPage *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    mr_moments_page_show_audience (self);
  else
    self->audience_stale = TRUE;
}

/* ── Preferences ─────────────────────────────────────────────────────────────────── */

static void
on_settings_changed (GSettings     *settings,
                     const char    *key,
                     MrMomentsPage *self)
{
  mr_moment_settings_apply (settings, self->store);
  /* Another sensitivity makes other spikes: those recent open their moments. */
  if (g_str_equal (key, "spike-sensitivity"))
    mr_moments_page_load_series (self, TRUE);
}

void
mr_moments_page_watch_settings (MrMomentsPage *self)
{
  self->settings = mr_vetting_settings_new ();
  mr_moment_settings_apply (self->settings, self->store);
  if (self->settings == NULL)
    return;

  g_signal_connect (self->settings, "changed::spike-sensitivity",
                    G_CALLBACK (on_settings_changed), self);
  g_signal_connect (self->settings, "changed::moment-response-hours",
                    G_CALLBACK (on_settings_changed), self);
}
