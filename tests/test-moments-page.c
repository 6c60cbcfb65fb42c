/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-moments-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "mr-application.h"
#include "mr-import-plan.h"
#include "mr-moment-format.h"
#include "mr-moment-row.h"
#include "mr-moments-page.h"
#include "mr-number-format.h"
#include "mr-test-util.h"
#include "mr-test-widgets.h"

/* The Micro-moments page under Xvfb, in a window 360 px wide, as the user reads it in
 * their language: the moments to answer by deadline with the time left, the overdue one
 * in red, Respond moving a moment to the history with its response time, the summary,
 * the notifications, and a spike in today's Trends export opening a moment at start. */

#define SETTLE_MS 400

typedef struct {
  char          *dir;
  MrStore       *store;
  GtkWindow     *window;
  MrMomentsPage *page;
  GPtrArray     *notifications;   /* ids sent */
} Fixture;

static void
on_send_notification (MrMomentsPage *page,
                      const char    *id,
                      GNotification *notification,
                      Fixture       *fixture)
{
  g_ptr_array_add (fixture->notifications, g_strdup (id));
  /* Nothing reaches a notification server under test. */
  g_signal_stop_emission_by_name (page, "send-notification");
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = NULL;

  fixture->dir = mr_test_make_temp_dir ();
  path = g_build_filename (fixture->dir, "moments.db", NULL);
  fixture->store = mr_test_open_store (path);
  fixture->notifications = g_ptr_array_new_with_free_func (g_free);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->window != NULL)
    gtk_window_destroy (fixture->window);
  mr_test_settle (50);
  g_clear_object (&fixture->store);
  g_clear_pointer (&fixture->notifications, g_ptr_array_unref);
  mr_test_remove_temp_dir (fixture->dir);
  g_free (fixture->dir);
}

static void
show_page (Fixture *fixture)
{
  GtkWidget *page = g_object_new (MR_TYPE_MOMENTS_PAGE, NULL);

  fixture->page = MR_MOMENTS_PAGE (page);
  g_signal_connect (page, "send-notification", G_CALLBACK (on_send_notification), fixture);
  mr_moments_page_set_store (fixture->page, fixture->store);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 360, 900);
  gtk_window_set_child (fixture->window, page);
  gtk_window_present (fixture->window);
  mr_test_settle (SETTLE_MS);
}

static MrMoment *
add_moment (Fixture    *fixture,
            const char *title,
            GTimeSpan   detected,
            GTimeSpan   deadline)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) whole = g_date_time_new_from_unix_local (g_date_time_to_unix (now));
  g_autoptr(GDateTime) detected_at = g_date_time_add (whole, detected);
  g_autoptr(GDateTime) respond_by = g_date_time_add (whole, deadline);
  g_autoptr(GError) error = NULL;
  MrMoment *moment = mr_moment_new (title);

  mr_moment_set_detected_at (moment, detected_at);
  mr_moment_set_respond_by (moment, respond_by);
  mr_moment_set_trigger (moment, "Searches rose. Source: Google Trends.");
  mr_moment_set_source (moment, "trends");
  g_assert_true (mr_store_add_moment (fixture->store, moment, &error));
  g_assert_no_error (error);
  return moment;
}

/* What the user can see of @type: mapped widgets only. */
static void
collect_mapped (GtkWidget *widget,
                GType      type,
                GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) && gtk_widget_get_mapped (widget))
    g_ptr_array_add (found, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_mapped (child, type, found);
}

/* The rows the user sees in the list named @list_name ("pending-list", "history-list"),
 * top to bottom. */
static GPtrArray *
rows_of (Fixture    *fixture,
         const char *list_name)
{
  GtkWidget *list = mr_test_find_named (GTK_WIDGET (fixture->page), GTK_TYPE_WIDGET, list_name);
  GPtrArray *rows = g_ptr_array_new ();

  g_assert_nonnull (list);
  for (GtkWidget *child = gtk_widget_get_first_child (list); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (MR_IS_MOMENT_ROW (child) && gtk_widget_get_mapped (child))
      g_ptr_array_add (rows, child);
  return rows;
}

static const char *
row_title (GtkWidget *row)
{
  return mr_moment_get_title (mr_moment_row_get_moment (MR_MOMENT_ROW (row)));
}

/* The row's label with @css_class, or the first one that contains @text. */
static GtkLabel *
find_label (GtkWidget  *row,
            const char *css_class,
            const char *text)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect_mapped (row, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (labels, i);

      if ((css_class != NULL && gtk_widget_has_css_class (GTK_WIDGET (label), css_class)) ||
          (text != NULL && strstr (gtk_label_get_label (label), text) != NULL))
        return label;
    }
  return NULL;
}

/* The catalogue's words for the time left: English, or Dutch once translated. */
static char *
hours_left (int n)
{
  return g_strdup_printf (ngettext ("%d h left", "%d h left", (gulong) n), n);
}

static char *
minutes_left (int n)
{
  return g_strdup_printf (ngettext ("%d min left", "%d min left", (gulong) n), n);
}

static char *
hours_overdue (int n)
{
  return g_strdup_printf (ngettext ("%d h overdue", "%d h overdue", (gulong) n), n);
}

static gboolean
was_notified (Fixture    *fixture,
              const char *kind,
              MrMoment   *moment)
{
  g_autofree char *id = g_strdup_printf ("moment-%s-%" G_GINT64_FORMAT, kind,
                                         mr_moment_get_id (moment));

  for (guint i = 0; i < fixture->notifications->len; i++)
    if (g_str_equal (g_ptr_array_index (fixture->notifications, i), id))
      return TRUE;
  return FALSE;
}

static void
test_deadlines (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(MrMoment) later = add_moment (fixture, "fietsband plakken",
                                          -G_TIME_SPAN_HOUR, 3 * G_TIME_SPAN_HOUR);
  g_autoptr(MrMoment) soon = add_moment (fixture, "koffiebonen kopen",
                                         -30 * G_TIME_SPAN_MINUTE, 45 * G_TIME_SPAN_MINUTE);
  g_autoptr(MrMoment) overdue = add_moment (fixture, "faillissement aanvragen",
                                            -25 * G_TIME_SPAN_HOUR, -G_TIME_SPAN_HOUR);
  g_autoptr(MrMoment) answered = add_moment (fixture, "cold brew",
                                             -3 * G_TIME_SPAN_DAY, -2 * G_TIME_SPAN_DAY);
  g_autoptr(GPtrArray) pending = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GDateTime) responded_at = g_date_time_add (mr_moment_get_detected_at (answered),
                                                       3 * G_TIME_SPAN_HOUR + 20 * G_TIME_SPAN_MINUTE);
  g_autoptr(GError) error = NULL;
  g_autofree char *three_hours = hours_left (3);
  g_autofree char *minutes = minutes_left (45);
  g_autofree char *late = hours_overdue (1);
  g_autofree char *took = mr_moment_format_duration (3 * 3600 + 20 * 60);
  GtkLabel *label;

  g_assert_true (mr_store_close_moment (fixture->store, answered, MR_MOMENT_STATUS_RESPONDED,
                                        responded_at, &error));
  g_assert_no_error (error);
  show_page (fixture);

  /* The nearest deadline first, the one just missed on top. */
  pending = rows_of (fixture, "pending-list");
  g_assert_cmpuint (pending->len, ==, 3);
  g_assert_cmpstr (row_title (g_ptr_array_index (pending, 0)), ==, "faillissement aanvragen");
  g_assert_cmpstr (row_title (g_ptr_array_index (pending, 1)), ==, "koffiebonen kopen");
  g_assert_cmpstr (row_title (g_ptr_array_index (pending, 2)), ==, "fietsband plakken");

  label = find_label (g_ptr_array_index (pending, 0), "countdown", NULL);
  g_assert_cmpstr (gtk_label_get_label (label), ==, late);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (label), "error"));
  label = find_label (g_ptr_array_index (pending, 1), "countdown", NULL);
  g_assert_cmpstr (gtk_label_get_label (label), ==, minutes);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (label), "error"));
  label = find_label (g_ptr_array_index (pending, 2), "countdown", NULL);
  g_assert_cmpstr (gtk_label_get_label (label), ==, three_hours);

  /* Shown as overdue, stored as expired. */
  g_assert_cmpint (mr_moment_get_status (overdue), ==, MR_MOMENT_STATUS_EXPIRED);
  g_assert_cmpint (mr_test_query_int (mr_store_get_handle (fixture->store),
                                      "SELECT count(*) FROM moment WHERE status = 'expired'", 0),
                   ==, 1);

  history = rows_of (fixture, "history-list");
  g_assert_cmpuint (history->len, ==, 1);
  g_assert_cmpstr (row_title (g_ptr_array_index (history, 0)), ==, "cold brew");
  g_assert_nonnull (find_label (g_ptr_array_index (history, 0), NULL, took));
  g_assert_null (mr_test_find_mapped_button (g_ptr_array_index (history, 0), _("Respond")));

  /* Under two hours left: the user was told; the others not (yet). */
  g_assert_true (was_notified (fixture, "due", soon));
  g_assert_false (was_notified (fixture, "due", later));
  g_assert_false (was_notified (fixture, "due", overdue));
}

static void
test_respond (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(MrMoment) soon = add_moment (fixture, "koffiebonen kopen",
                                         -30 * G_TIME_SPAN_MINUTE, 45 * G_TIME_SPAN_MINUTE);
  g_autoptr(MrMoment) later = add_moment (fixture, "fietsband plakken",
                                          -G_TIME_SPAN_HOUR, 3 * G_TIME_SPAN_HOUR);
  g_autoptr(GPtrArray) pending = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autofree char *took = mr_moment_format_duration (30 * 60);
  g_autofree char *share = mr_format_percent (100);
  g_autofree char *summary = NULL;
  g_autoptr(GPtrArray) groups = g_ptr_array_new ();
  GtkWidget *respond;
  gboolean found_summary = FALSE;

  show_page (fixture);
  pending = rows_of (fixture, "pending-list");
  g_assert_cmpuint (pending->len, ==, 2);
  history = rows_of (fixture, "history-list");
  g_assert_cmpuint (history->len, ==, 0);
  g_clear_pointer (&history, g_ptr_array_unref);

  respond = mr_test_find_mapped_button (g_ptr_array_index (pending, 0), _("Respond"));
  g_assert_nonnull (respond);
  g_assert_true (gtk_widget_get_sensitive (respond));
  gtk_widget_activate (respond);
  mr_test_settle (SETTLE_MS);

  g_clear_pointer (&pending, g_ptr_array_unref);
  pending = rows_of (fixture, "pending-list");
  g_assert_cmpuint (pending->len, ==, 1);
  g_assert_cmpstr (row_title (g_ptr_array_index (pending, 0)), ==, "fietsband plakken");
  history = rows_of (fixture, "history-list");
  g_assert_cmpuint (history->len, ==, 1);
  g_assert_cmpstr (row_title (g_ptr_array_index (history, 0)), ==, "koffiebonen kopen");
  g_assert_nonnull (find_label (g_ptr_array_index (history, 0), NULL, took));
  g_assert_cmpint (mr_moment_get_status (soon), ==, MR_MOMENT_STATUS_RESPONDED);
  g_assert_nonnull (mr_moment_get_responded_at (soon));

  /* One answered, in time: its response time is the median. */
  summary = g_strdup_printf (_("Median response time %s · %s answered within the window"),
                             took, share);
  collect_mapped (GTK_WIDGET (fixture->page), ADW_TYPE_PREFERENCES_GROUP, groups);
  for (guint i = 0; i < groups->len; i++)
    found_summary |= g_strcmp0 (adw_preferences_group_get_description (g_ptr_array_index (groups, i)),
                                summary) == 0;
  g_assert_true (found_summary);
}

static void
write_trends_export (Fixture    *fixture,
                     const char *path)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GString) text = g_string_new ("Category: All categories\n\nDay,fietsband plakken: (Netherlands)\n");
  g_autoptr(GError) error = NULL;

  for (int i = 59; i >= 0; i--)
    {
      g_autoptr(GDateTime) day = g_date_time_add_days (now, -i);
      g_autofree char *date = g_date_time_format (day, "%Y-%m-%d");

      g_string_append_printf (text, "%s,%d\n", date, i == 0 ? 100 : i == 1 ? 90 : 20 + i % 4);
    }
  g_file_set_contents (path, text->str, -1, &error);
  g_assert_no_error (error);
}

/* At start the page looks for spikes: today's opens a moment, told in a notification,
 * a day to answer it, its search charted. */
static void
test_detects_at_start (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "multiTimeline.csv", NULL);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GPtrArray) pending = NULL;
  g_autoptr(GPtrArray) sparklines = g_ptr_array_new ();
  g_autofree char *day = hours_left (24);
  MrMoment *moment;
  sqlite3 *db = mr_store_get_handle (fixture->store);

  write_trends_export (fixture, path);
  file = g_file_new_for_path (path);
  {
    g_autoptr(MrImportPlan) plan = mr_import_plan_new ();
    g_autoptr(GError) error = NULL;

    g_assert_true (mr_import_plan_add_files (plan, &file, 1, NULL, &error));
    g_assert_true (mr_import_plan_scan (plan, MR_IMPORT_SCAN_QUICK, db, NULL, NULL, NULL, &error));
    g_assert_true (mr_import_plan_run (plan, db, NULL, NULL, NULL, &error));
    g_assert_no_error (error);
  }

  show_page (fixture);
  mr_test_settle (SETTLE_MS);
  pending = rows_of (fixture, "pending-list");
  g_assert_cmpuint (pending->len, ==, 1);
  moment = mr_moment_row_get_moment (g_ptr_array_index (pending, 0));
  g_assert_cmpstr (mr_moment_get_title (moment), ==, "fietsband plakken");
  g_assert_cmpstr (gtk_label_get_label (find_label (g_ptr_array_index (pending, 0), "countdown", NULL)),
                   ==, day);
  g_assert_true (was_notified (fixture, "opened", moment));

  collect_mapped (GTK_WIDGET (fixture->page), g_type_from_name ("MrSpikeSparkline"), sparklines);
  g_assert_cmpuint (sparklines->len, ==, 1);
}

static void
test_empty (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GPtrArray) status_pages = g_ptr_array_new ();

  show_page (fixture);
  collect_mapped (GTK_WIDGET (fixture->page), ADW_TYPE_STATUS_PAGE, status_pages);
  g_assert_cmpuint (status_pages->len, ==, 1);
  g_assert_cmpstr (adw_status_page_get_title (g_ptr_array_index (status_pages, 0)), ==,
                   _("No Micro-moments Yet"));
}

int
main (int   argc,
      char *argv[])
{
  mr_application_init_i18n ();
  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  adw_init ();

#define ADD(path, func) \
  g_test_add ("/moments-page/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("deadlines", test_deadlines);
  ADD ("respond", test_respond);
  ADD ("detects-at-start", test_detects_at_start);
  ADD ("empty", test_empty);

#undef ADD

  return g_test_run ();
}
