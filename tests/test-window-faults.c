/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-window-faults"

#include "config.h"

#include <glib/gstdio.h>

#include "mr-application.h"
#include "mr-store-backup.h"
#include "mr-test-util.h"
#include "mr-test-widgets.h"
#include "mr-window.h"

/* The window on a database it cannot use as it is: damaged, it offers the automatic
 * backup, restores it when asked, keeps the damaged file and says where; read-only, it
 * explains instead of showing controls that could not save. */

#define SETTLE_MS 400
#define TIMEOUT_MS 20000

typedef struct
{
  char    *dir;
  char    *path;
  GBytes  *damaged;
  gboolean checked;
} Fixture;

static Fixture fixture;

static const char *
translated (const char *text)
{
  return g_dgettext (GETTEXT_PACKAGE, text);
}

/* Two creators, closed, with a backup of them. */
static void
make_database (void)
{
  MrStore *store = mr_test_open_store (fixture.path);
  g_autoptr(GError) error = NULL;

  g_object_unref (mr_test_add_creator (store, "Lotte Jansen", "lotte.leest"));
  g_object_unref (mr_test_add_creator (store, "Daan Visser", NULL));
  g_assert_finalize_object (store);
  g_assert_true (mr_store_backup_make (fixture.path, NULL, &error));
  g_assert_no_error (error);
}

/* Junk over page 2, the creators' table, which opening the database reads. */
static void
damage_database (void)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (fixture.path, &contents, &length, &error));
  g_assert_cmpuint (length, >=, 8192);
  memset (contents + 4096, 0x5a, 4096);
  g_assert_true (g_file_set_contents (fixture.path, contents, length, &error));
  fixture.damaged = g_bytes_new_take (contents, length);
}

static gboolean
window_shown (gpointer data)
{
  MrWindow *window = mr_test_find_toplevel (MR_TYPE_WINDOW);

  return window != NULL && gtk_widget_get_mapped (GTK_WIDGET (window));
}

/* The one file in the folder whose name says it is the damaged database. */
static char *
find_damaged_file (void)
{
  g_autoptr(GDir) dir = g_dir_open (fixture.dir, 0, NULL);
  g_autofree char *base = g_path_get_basename (fixture.path);
  g_autofree char *prefix = g_strconcat (base, ".damaged-", NULL);
  char *found = NULL;
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, prefix) && !g_str_has_suffix (name, "-wal") &&
        !g_str_has_suffix (name, "-shm") && !g_str_has_suffix (name, "-journal"))
      {
        g_assert_null (found);
        found = g_strdup (name);
      }

  return found;
}

static void
on_activate_damaged (GApplication *app)
{
  g_autoptr(GDateTime) backup_time = mr_store_backup_get_time (fixture.path);
  g_autofree char *when = mr_store_backup_format_time (backup_time);
  g_autofree char *damaged_name = NULL;
  g_autofree char *damaged_path = NULL;
  g_autofree char *toast = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  AdwMessageDialog *dialog;
  MrWindow *window;

  mr_test_settle (SETTLE_MS);
  g_assert_null (mr_test_find_toplevel (MR_TYPE_WINDOW));
  dialog = mr_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==,
                   translated ("The Database Is Damaged"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), fixture.path));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), when));
  g_assert_true (adw_message_dialog_has_response (dialog, "restore"));
  g_assert_cmpstr (adw_message_dialog_get_response_label (dialog, "restore"), ==,
                   translated ("_Restore Backup"));
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "restore");
  g_assert_true (adw_message_dialog_has_response (dialog, "open-other"));

  /* Offering is all it did: the damaged file is as it was. */
  g_assert_true (g_file_get_contents (fixture.path, &contents, &length, NULL));
  g_assert_cmpmem (contents, length, g_bytes_get_data (fixture.damaged, NULL),
                   g_bytes_get_size (fixture.damaged));
  g_clear_pointer (&contents, g_free);

  /* What clicking the button does. */
  adw_message_dialog_response (dialog, "restore");
  gtk_window_close (GTK_WINDOW (dialog));
  mr_test_wait_until (window_shown, NULL, TIMEOUT_MS, "the window on the restored backup");
  mr_test_settle (SETTLE_MS);

  window = mr_test_find_toplevel (MR_TYPE_WINDOW);
  g_assert_cmpuint (g_list_model_get_n_items (mr_store_get_creators (mr_window_get_store (window))),
                    ==, 2);

  /* The damaged file, as it was, under a name of its own; the toast says which. */
  damaged_name = find_damaged_file ();
  g_assert_nonnull (damaged_name);
  damaged_path = g_build_filename (fixture.dir, damaged_name, NULL);
  g_assert_true (g_file_get_contents (damaged_path, &contents, &length, NULL));
  g_assert_cmpmem (contents, length, g_bytes_get_data (fixture.damaged, NULL),
                   g_bytes_get_size (fixture.damaged));
  toast = g_strdup_printf (g_dgettext (GETTEXT_PACKAGE, "Backup from %s restored; the damaged file is kept as “%s”"),
                           when, damaged_name);
  g_assert_true (mr_test_has_mapped_label (GTK_WIDGET (window), toast));

  /* Damage found later, in the window: offered over it; Not Now keeps the window. */
  mr_store_mark_damaged (mr_window_get_store (window));
  mr_test_settle (SETTLE_MS);
  dialog = mr_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  g_assert_true (adw_message_dialog_has_response (dialog, "restore"));
  g_assert_cmpstr (adw_message_dialog_get_close_response (dialog), ==, "close");
  adw_message_dialog_response (dialog, "close");
  gtk_window_close (GTK_WINDOW (dialog));
  mr_test_settle (SETTLE_MS);
  g_assert_true (mr_test_find_toplevel (MR_TYPE_WINDOW) == window);

  gtk_window_close (GTK_WINDOW (window));
  fixture.checked = TRUE;
}

static void
on_activate_read_only (GApplication *app)
{
  AdwMessageDialog *dialog;

  mr_test_settle (SETTLE_MS);
  g_assert_null (mr_test_find_toplevel (MR_TYPE_WINDOW));
  dialog = mr_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==,
                   translated ("The Database Is Read-Only"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), fixture.path));
  g_assert_false (adw_message_dialog_has_response (dialog, "restore"));
  g_assert_true (adw_message_dialog_has_response (dialog, "open-other"));

  adw_message_dialog_response (dialog, "quit");
  gtk_window_close (GTK_WINDOW (dialog));
  fixture.checked = TRUE;
}

static void
run_app (GCallback on_activate)
{
  g_autoptr(MrApplication) app = mr_application_new ();

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  mr_application_set_database_path (app, fixture.path);
  g_signal_connect_after (app, "activate", on_activate, NULL);

  g_assert_cmpint (g_application_run (G_APPLICATION (app), 0, NULL), ==, 0);
  g_assert_true (fixture.checked);
  g_assert_finalize_object (g_steal_pointer (&app));
}

static void
set_up (void)
{
  fixture.dir = mr_test_make_temp_dir ();
  fixture.path = g_build_filename (fixture.dir, "rooster.db", NULL);
  fixture.checked = FALSE;
}

static void
tear_down (void)
{
  g_chmod (fixture.path, 0600);
  mr_test_remove_temp_dir (fixture.dir);
  g_clear_pointer (&fixture.dir, g_free);
  g_clear_pointer (&fixture.path, g_free);
  g_clear_pointer (&fixture.damaged, g_bytes_unref);
}

static void
test_restore_backup (void)
{
  set_up ();
  make_database ();
  damage_database ();
  run_app (G_CALLBACK (on_activate_damaged));
  tear_down ();
}

static void
test_read_only (void)
{
  set_up ();
  make_database ();
  g_assert_cmpint (g_chmod (fixture.path, 0444), ==, 0);
  mr_test_respect_file_modes (TRUE);
  run_app (G_CALLBACK (on_activate_read_only));
  mr_test_respect_file_modes (FALSE);
  tear_down ();
}

int
main (int   argc,
      char *argv[])
{
  mr_application_init_i18n ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/window-faults/restore-backup", test_restore_backup);
  g_test_add_func ("/window-faults/read-only", test_read_only);

  return g_test_run ();
}
