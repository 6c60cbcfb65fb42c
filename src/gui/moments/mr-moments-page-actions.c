/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-moments-page-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "mr-feedback.h"
#include "mr-moment-editor.h"
#include "mr-moment-format.h"
#include "mr-moments-page-private.h"

/* Notifications come two hours before a deadline: time to get an answer out. */
#define WARN_BEFORE (2 * G_TIME_SPAN_HOUR)

static MrMoment *
find_target (MrMomentsPage *self,
             GVariant      *parameter)
{
  MrMoment *moment = self->store != NULL
                     ? mr_moments_page_find (self, g_variant_get_int64 (parameter)) : NULL;

  if (moment == NULL)
    mr_moments_page_toast (self, mr_feedback_toast_new (_("This moment is no longer there.")));
  return moment;
}

static void
close_moment (MrMomentsPage  *self,
              GVariant       *parameter,
              MrMomentStatus  status)
{
  MrMoment *moment = find_target (self, parameter);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  AdwToast *toast;

  if (moment == NULL)
    return;
  if (!mr_store_close_moment (self->store, moment, status, now, &error))
    {
      mr_moments_page_toast (self, mr_feedback_toast_new (error->message));
      return;
    }
  mr_moments_page_refresh (self);

  if (status == MR_MOMENT_STATUS_RESPONDED)
    {
      g_autofree char *took = mr_moment_format_duration (
        g_date_time_difference (now, mr_moment_get_detected_at (moment)) / G_TIME_SPAN_SECOND);

      /* Translators: a toast, as in "“koffie” answered in 3 h 20 min" */
      message = g_strdup_printf (_("“%s” answered in %s"), mr_moment_get_title (moment), took);
    }
  else
    {
      /* Translators: a toast, as in "“koffie” dismissed" */
      message = g_strdup_printf (_("“%s” dismissed"), mr_moment_get_title (moment));
    }
  toast = mr_feedback_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "moments.reopen");
  adw_toast_set_action_target_value (toast, g_variant_new_int64 (mr_moment_get_id (moment)));
  mr_moments_page_toast (self, toast);
}

static void
respond_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  close_moment (MR_MOMENTS_PAGE (widget), parameter, MR_MOMENT_STATUS_RESPONDED);
}

static void
dismiss_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  close_moment (MR_MOMENTS_PAGE (widget), parameter, MR_MOMENT_STATUS_DISMISSED);
}

/* Undo: open again, or expired when its deadline passed meanwhile. */
static void
reopen_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MrMomentsPage *self = MR_MOMENTS_PAGE (widget);
  MrMoment *moment = find_target (self, parameter);
  g_autoptr(GError) error = NULL;

  if (moment == NULL)
    return;
  g_object_freeze_notify (G_OBJECT (moment));
  mr_moment_set_responded_at (moment, NULL);
  mr_moment_set_status (moment, MR_MOMENT_STATUS_OPEN);
  g_object_thaw_notify (G_OBJECT (moment));
  if (!mr_store_save_moment (self->store, moment, &error))
    {
      mr_store_reload (self->store, NULL);
      mr_moments_page_toast (self, mr_feedback_toast_new (error->message));
    }
  mr_moments_page_refresh (self);
}

static void
present_editor (MrMomentsPage *self,
                MrMoment      *moment)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  MrMomentEditor *editor;

  if (self->store == NULL)
    return;
  editor = mr_moment_editor_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->store, moment);
  g_signal_connect_object (editor, "destroy", G_CALLBACK (mr_moments_page_refresh), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MrMomentsPage *self = MR_MOMENTS_PAGE (widget);
  MrMoment *moment = find_target (self, parameter);

  if (moment != NULL)
    present_editor (self, moment);
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  present_editor (MR_MOMENTS_PAGE (widget), NULL);
}

void
mr_moments_page_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "moments.respond", "x", respond_action);
  gtk_widget_class_install_action (widget_class, "moments.dismiss", "x", dismiss_action);
  gtk_widget_class_install_action (widget_class, "moments.reopen", "x", reopen_action);
  gtk_widget_class_install_action (widget_class, "moments.edit", "x", edit_action);
  gtk_widget_class_install_action (widget_class, "moments.new", NULL, new_action);
}

/* ── Notifications ───────────────────────────────────────────────────────────────── */

static void
send (MrMomentsPage *self,
      const char    *kind,
      MrMoment      *moment,
      const char    *title,
      const char    *body)
{
  g_autoptr(GNotification) notification = g_notification_new (title);
  g_autofree char *id = g_strdup_printf ("moment-%s-%" G_GINT64_FORMAT, kind,
                                         mr_moment_get_id (moment));

  g_notification_set_body (notification, body);
  g_signal_emit_by_name (self, "send-notification", id, notification);
}

static void
remember_warned (MrMomentsPage *self,
                 MrMoment      *moment)
{
  gint64 id = mr_moment_get_id (moment);

  g_hash_table_add (self->warned, g_memdup2 (&id, sizeof id));
}

static char *
describe_deadline (MrMoment  *moment,
                   GDateTime *now)
{
  g_autofree char *countdown = mr_moment_format_countdown (
    g_date_time_difference (mr_moment_get_respond_by (moment), now) / G_TIME_SPAN_SECOND);
  g_autofree char *deadline = mr_moment_format_time (mr_moment_get_respond_by (moment), now);

  /* Translators: a notification's first line, as in "3 h left: respond by today 16:00." */
  return g_strdup_printf (_("%s: respond by %s."), countdown, deadline);
}

void
mr_moments_page_notify_opened (MrMomentsPage *self,
                               GPtrArray     *opened)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  for (guint i = 0; i < opened->len; i++)
    {
      MrMoment *moment = g_ptr_array_index (opened, i);
      g_autofree char *deadline = describe_deadline (moment, now);
      g_autofree char *title = NULL;
      g_autofree char *body = NULL;

      /* Translators: a notification's title, as in "New micro-moment: “koffie”" */
      title = g_strdup_printf (_("New micro-moment: “%s”"), mr_moment_get_title (moment));
      body = g_strdup_printf ("%s\n%s", deadline, mr_moment_get_trigger (moment) ?: "");
      send (self, "opened", moment, title, body);
      /* Due within two hours already: this was the warning. */
      if (g_date_time_difference (mr_moment_get_respond_by (moment), now) <= WARN_BEFORE)
        remember_warned (self, moment);
    }
}

static gboolean
on_alert_time (gpointer user_data)
{
  MrMomentsPage *self = user_data;

  self->alert_source = 0;
  mr_moments_page_schedule_alerts (self);
  return G_SOURCE_REMOVE;
}

/* Warns of every open moment now less than two hours from its deadline (once each while
 * the app runs), and sets the one timer for the next to come. */
void
mr_moments_page_schedule_alerts (MrMomentsPage *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GListModel *moments;
  GTimeSpan next = G_MAXINT64;

  g_clear_handle_id (&self->alert_source, g_source_remove);
  if (self->store == NULL)
    return;

  moments = mr_store_get_moments (self->store);
  for (guint i = 0; i < g_list_model_get_n_items (moments); i++)
    {
      g_autoptr(MrMoment) moment = g_list_model_get_item (moments, i);
      gint64 id = mr_moment_get_id (moment);
      GTimeSpan left = g_date_time_difference (mr_moment_get_respond_by (moment), now);

      if (mr_moment_get_status (moment) != MR_MOMENT_STATUS_OPEN || left <= 0 ||
          g_hash_table_contains (self->warned, &id))
        continue;
      if (left > WARN_BEFORE)
        {
          next = MIN (next, left - WARN_BEFORE);
          continue;
        }

      {
        g_autofree char *title = NULL;
        g_autofree char *body = describe_deadline (moment, now);

        /* Translators: a notification's title, as in "“koffie” is due soon" */
        title = g_strdup_printf (_("“%s” is due soon"), mr_moment_get_title (moment));
        send (self, "due", moment, title, body);
        remember_warned (self, moment);
      }
    }

  /* At most an hour ahead: a clock changed meanwhile is caught up with. */
  if (next != G_MAXINT64)
    self->alert_source = g_timeout_add_seconds ((guint) MIN (next / G_TIME_SPAN_SECOND + 1, 3600),
                                                on_alert_time, self);
}
