/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-moments-page"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "mr-feedback.h"
#include "mr-moment-format.h"
#include "mr-moment-row.h"
#include "mr-moments-page-private.h"
#include "mr-number-format.h"
#include "mr-response.h"
#include "mr-window.h"

G_DEFINE_FINAL_TYPE (MrMomentsPage, mr_moments_page, GTK_TYPE_WIDGET)

enum {
  SEND_NOTIFICATION,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Countdowns show minutes at the finest. */
#define TICK_SECONDS 60

static gboolean
is_pending (gpointer item,
            gpointer user_data)
{
  MrMomentsPage *self = user_data;

  return mr_moment_is_pending (MR_MOMENT (item), self->now);
}

static gboolean
is_history (gpointer item,
            gpointer user_data)
{
  return !is_pending (item, user_data);
}

static int
compare_deadlines (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  MrMoment *x = MR_MOMENT ((gpointer) a);
  MrMoment *y = MR_MOMENT ((gpointer) b);
  int order = g_date_time_compare (mr_moment_get_respond_by (x), mr_moment_get_respond_by (y));

  if (order != 0)
    return order;
  return (mr_moment_get_id (x) > mr_moment_get_id (y)) - (mr_moment_get_id (x) < mr_moment_get_id (y));
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  MrMomentsPage *self = user_data;

  return mr_moment_row_new (MR_MOMENT (item), self->store, self->now);
}

MrMoment *
mr_moments_page_find (MrMomentsPage *self,
                      gint64         id)
{
  GListModel *moments = mr_store_get_moments (self->store);

  for (guint i = 0; i < g_list_model_get_n_items (moments); i++)
    {
      g_autoptr(MrMoment) moment = g_list_model_get_item (moments, i);

      if (mr_moment_get_id (moment) == id)
        return moment;  /* the store keeps it */
    }
  return NULL;
}

void
mr_moments_page_toast (MrMomentsPage *self,
                       AdwToast      *toast)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (MR_IS_WINDOW (root))
    mr_window_add_toast (MR_WINDOW (root), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

/* "Median response time 3 h 20 min · 75 % answered within the window" */
static void
update_summary (MrMomentsPage *self)
{
  GListModel *moments = mr_store_get_moments (self->store);
  g_autoptr(GArray) records = g_array_new (FALSE, FALSE, sizeof (MrResponseRecord));
  g_autofree char *median = NULL;
  g_autofree char *share = NULL;
  g_autofree char *summary = NULL;
  MrResponseSummary result;

  for (guint i = 0; i < g_list_model_get_n_items (moments); i++)
    {
      g_autoptr(MrMoment) moment = g_list_model_get_item (moments, i);
      MrMomentStatus status = mr_moment_get_status (moment);
      GDateTime *responded_at = mr_moment_get_responded_at (moment);
      MrResponseRecord record;

      if (status == MR_MOMENT_STATUS_OPEN || status == MR_MOMENT_STATUS_DISMISSED ||
          mr_moment_is_pending (moment, self->now))
        continue;
      record.detected_at = g_date_time_to_unix (mr_moment_get_detected_at (moment));
      record.respond_by = g_date_time_to_unix (mr_moment_get_respond_by (moment));
      record.responded_at = status == MR_MOMENT_STATUS_RESPONDED && responded_at != NULL
                            ? g_date_time_to_unix (responded_at) : 0;
      g_array_append_val (records, record);
    }

  mr_response_summarize ((const MrResponseRecord *) (gpointer) records->data, records->len, &result);
  if (result.n_judged == 0)
    {
      adw_preferences_group_set_description (self->history_group, NULL);
      return;
    }

  share = mr_format_percent (round (result.share_in_time));
  if (result.n_answered > 0)
    {
      median = mr_moment_format_duration ((gint64) result.median_seconds);
      /* Translators: the history's summary, as in "Median response time 3 h 20 min ·
       * 75 % answered within the window" */
      summary = g_strdup_printf (_("Median response time %s · %s answered within the window"),
                                 median, share);
    }
  else
    {
      /* Translators: as in "0 % answered within the window" */
      summary = g_strdup_printf (_("%s answered within the window"), share);
    }
  adw_preferences_group_set_description (self->history_group, summary);
}

static void
update_rows (GtkListBox *list,
             GDateTime  *now)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (MR_IS_MOMENT_ROW (child))
      mr_moment_row_set_now (MR_MOMENT_ROW (child), now);
}

/* The empty state until there is anything at all: a moment, or imported searches. */
static void
update_state (MrMomentsPage *self)
{
  gboolean has_moments = g_list_model_get_n_items (mr_store_get_moments (self->store)) > 0;
  gboolean has_series = self->series != NULL && self->series->len > 0;
  GtkWidget *first_history = gtk_widget_get_first_child (GTK_WIDGET (self->history_list));

  gtk_stack_set_visible_child_name (self->stack, has_moments || has_series ? "list" : "empty");
  gtk_widget_set_visible (GTK_WIDGET (self->history_group), MR_IS_MOMENT_ROW (first_history));
  update_summary (self);
}

/* What a minute changes: deadlines pass (stored as expired), countdowns move, an overdue
 * moment goes to the history a day later. */
void
mr_moments_page_refresh (MrMomentsPage *self)
{
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return;

  g_clear_pointer (&self->now, g_date_time_unref);
  self->now = g_date_time_new_now_local ();
  if (!mr_store_expire_moments (self->store, self->now, NULL, &error))
    mr_moments_page_toast (self, mr_feedback_toast_new (error->message));

  gtk_filter_changed (GTK_FILTER (self->pending_filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_filter_changed (GTK_FILTER (self->history_filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_sorter_changed (GTK_SORTER (self->deadline_sorter), GTK_SORTER_CHANGE_DIFFERENT);
  update_rows (self->pending_list, self->now);
  update_rows (self->history_list, self->now);
  update_state (self);
}

static gboolean
on_tick (gpointer user_data)
{
  mr_moments_page_refresh (user_data);

  return G_SOURCE_CONTINUE;
}

static void
on_moments_changed (MrMomentsPage *self)
{
  update_state (self);
  mr_moments_page_schedule_alerts (self);
}

void
mr_moments_page_set_store (MrMomentsPage *self,
                           MrStore       *store)
{
  g_autoptr(GtkFilterListModel) pending = NULL;
  g_autoptr(GtkFilterListModel) history = NULL;
  g_autoptr(GtkSortListModel) by_deadline = NULL;
  GListModel *moments;

  g_return_if_fail (MR_IS_MOMENTS_PAGE (self));
  g_return_if_fail (MR_IS_STORE (store));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  moments = mr_store_get_moments (store);
  mr_moments_page_watch_settings (self);

  pending = gtk_filter_list_model_new (g_object_ref (moments),
                                       GTK_FILTER (g_object_ref (self->pending_filter)));
  by_deadline = gtk_sort_list_model_new (G_LIST_MODEL (g_steal_pointer (&pending)),
                                         GTK_SORTER (g_object_ref (self->deadline_sorter)));
  history = gtk_filter_list_model_new (g_object_ref (moments),
                                       GTK_FILTER (g_object_ref (self->history_filter)));
  gtk_list_box_bind_model (self->pending_list, G_LIST_MODEL (by_deadline), create_row, self, NULL);
  gtk_list_box_bind_model (self->history_list, G_LIST_MODEL (history), create_row, self, NULL);
  g_signal_connect_object (moments, "items-changed", G_CALLBACK (on_moments_changed), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);

  mr_moments_page_refresh (self);
  mr_moments_page_update_audience (self);
  mr_moments_page_schedule_alerts (self);
  /* At every start: what spiked since the app last ran opens its moments. */
  mr_moments_page_load_series (self, TRUE);
}

void
mr_moments_page_detect (MrMomentsPage *self)
{
  g_return_if_fail (MR_IS_MOMENTS_PAGE (self));
  g_return_if_fail (self->store != NULL);

  mr_moments_page_load_series (self, TRUE);
  mr_moments_page_update_audience (self);
}

static void
mr_moments_page_map (GtkWidget *widget)
{
  MrMomentsPage *self = MR_MOMENTS_PAGE (widget);

  GTK_WIDGET_CLASS (mr_moments_page_parent_class)->map (widget);

  mr_moments_page_refresh (self);
  if (self->audience_stale)
    mr_moments_page_update_audience (self);
  if (self->tick_source == 0)
    self->tick_source = g_timeout_add_seconds (TICK_SECONDS, on_tick, self);
}

static void
mr_moments_page_unmap (GtkWidget *widget)
{
  MrMomentsPage *self = MR_MOMENTS_PAGE (widget);

  g_clear_handle_id (&self->tick_source, g_source_remove);

  GTK_WIDGET_CLASS (mr_moments_page_parent_class)->unmap (widget);
}

static void
send_notification (MrMomentsPage *self,
                   const char    *id,
                   GNotification *notification)
{
  GApplication *application = g_application_get_default ();

  if (application != NULL && g_application_get_is_registered (application) &&
      !g_application_get_is_remote (application))
    g_application_send_notification (application, id, notification);
}

static void
mr_moments_page_dispose (GObject *object)
{
  MrMomentsPage *self = MR_MOMENTS_PAGE (object);

  if (self->loading != NULL)
    g_cancellable_cancel (self->loading);
  g_clear_object (&self->loading);
  g_clear_handle_id (&self->tick_source, g_source_remove);
  g_clear_handle_id (&self->alert_source, g_source_remove);
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);

  gtk_widget_dispose_template (GTK_WIDGET (object), MR_TYPE_MOMENTS_PAGE);

  g_clear_object (&self->settings);
  g_clear_object (&self->store);
  g_clear_object (&self->pending_filter);
  g_clear_object (&self->history_filter);
  g_clear_object (&self->deadline_sorter);
  g_clear_pointer (&self->series, g_ptr_array_unref);
  g_clear_pointer (&self->audiences, g_ptr_array_unref);

  G_OBJECT_CLASS (mr_moments_page_parent_class)->dispose (object);
}

static void
mr_moments_page_finalize (GObject *object)
{
  MrMomentsPage *self = MR_MOMENTS_PAGE (object);

  g_clear_pointer (&self->now, g_date_time_unref);
  g_clear_pointer (&self->warned, g_hash_table_unref);

  G_OBJECT_CLASS (mr_moments_page_parent_class)->finalize (object);
}

static void
mr_moments_page_class_init (MrMomentsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mr_moments_page_dispose;
  object_class->finalize = mr_moments_page_finalize;
  widget_class->map = mr_moments_page_map;
  widget_class->unmap = mr_moments_page_unmap;

  signals[SEND_NOTIFICATION] =
    g_signal_new_class_handler ("send-notification",
                                G_TYPE_FROM_CLASS (klass),
                                G_SIGNAL_RUN_LAST,
                                G_CALLBACK (send_notification),
                                NULL, NULL, NULL,
                                G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_NOTIFICATION);

  g_type_ensure (MR_TYPE_MOMENT);
  g_type_ensure (MR_TYPE_ACTIVITY_CHART);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/moments/mr-moments-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MrMomentsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, MrMomentsPage, pending_list);
  gtk_widget_class_bind_template_child (widget_class, MrMomentsPage, history_group);
  gtk_widget_class_bind_template_child (widget_class, MrMomentsPage, history_list);
  gtk_widget_class_bind_template_child (widget_class, MrMomentsPage, searches_group);
  gtk_widget_class_bind_template_child (widget_class, MrMomentsPage, searches_list);
  gtk_widget_class_bind_template_child (widget_class, MrMomentsPage, audience_row);
  gtk_widget_class_bind_template_child (widget_class, MrMomentsPage, activity_card);
  gtk_widget_class_bind_template_child (widget_class, MrMomentsPage, activity_chart);
  gtk_widget_class_bind_template_child (widget_class, MrMomentsPage, audience_label);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  mr_moments_page_class_init_actions (widget_class);
}

static void
mr_moments_page_init (MrMomentsPage *self)
{
  GtkWidget *placeholder;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->now = g_date_time_new_now_local ();
  self->warned = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->pending_filter = gtk_custom_filter_new (is_pending, self, NULL);
  self->history_filter = gtk_custom_filter_new (is_history, self, NULL);
  self->deadline_sorter = gtk_custom_sorter_new (compare_deadlines, NULL, NULL);

  placeholder = gtk_label_new (_("Nothing to answer right now. A search that spikes in your "
                                 "imports opens a moment here."));
  gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
  gtk_label_set_justify (GTK_LABEL (placeholder), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 18);
  gtk_widget_set_margin_bottom (placeholder, 18);
  gtk_widget_set_margin_start (placeholder, 12);
  gtk_widget_set_margin_end (placeholder, 12);
  gtk_list_box_set_placeholder (self->pending_list, placeholder);
}
