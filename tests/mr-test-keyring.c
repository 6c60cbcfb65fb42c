/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-test-keyring"

#include "config.h"

#include <glib/gstdio.h>
#include <libsecret/secret.h>
#include <signal.h>

#include "mr-test-keyring.h"
#include "mr-test-util.h"

#define START_SECONDS 20

struct _MrTestKeyring {
  char        *home;
  GSubprocess *daemon;
  gboolean     exited;
};

/* Kept to the end of the process: once stopped (see mr_test_bus_stop ()), a GTestDBus
 * that is let go waits for the end of the connection libsecret keeps. */
static GTestDBus *bus;

void
mr_test_bus_up (void)
{
  g_autofree char *display = g_strdup (g_getenv ("DISPLAY"));

  g_assert_null (bus);
  bus = g_test_dbus_new (G_TEST_DBUS_NONE);
  g_test_dbus_up (bus);
  /* g_test_dbus_up () forgets the display, which a GUI test draws on. */
  if (display != NULL)
    g_setenv ("DISPLAY", display, TRUE);
}

void
mr_test_bus_stop (void)
{
  g_autoptr(GDBusConnection) connection = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (bus);
  /* libsecret 0.20 keeps the bus connection after secret_service_disconnect () once it
   * has done more than one thing, and g_test_dbus_down () would wait for its end
   * forever: the bus stops under it instead, and the process ends before GTestDBus. */
  connection = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_assert_no_error (error);
  g_dbus_connection_set_exit_on_close (connection, FALSE);
  g_test_dbus_stop (bus);
}

static gboolean
installed (const char *program)
{
  g_autofree char *path = g_find_program_in_path (program);

  return path != NULL;
}

const char *
mr_test_keyring_unavailable (void)
{
  if (installed ("dbus-daemon") && installed ("gnome-keyring-daemon"))
    return NULL;
  return "needs dbus-daemon and gnome-keyring-daemon to stand in for the keyring "
         "(Debian: apt install dbus-daemon gnome-keyring)";
}

static gboolean
service_owned (GDBusConnection *connection)
{
  g_autoptr(GVariant) reply = NULL;
  gboolean owned;

  reply = g_dbus_connection_call_sync (connection, "org.freedesktop.DBus",
                                       "/org/freedesktop/DBus", "org.freedesktop.DBus",
                                       "NameHasOwner",
                                       g_variant_new ("(s)", "org.freedesktop.secrets"),
                                       G_VARIANT_TYPE ("(b)"), G_DBUS_CALL_FLAGS_NONE, -1,
                                       NULL, NULL);
  if (reply == NULL)
    return FALSE;
  g_variant_get (reply, "(b)", &owned);
  return owned;
}

/* The login keyring, made from the password on stdin, has become the default. */
static gboolean
default_keyring_ready (GDBusConnection *connection)
{
  g_autoptr(GVariant) alias = NULL;
  const char *path;

  if (!service_owned (connection))
    return FALSE;
  alias = g_dbus_connection_call_sync (connection, "org.freedesktop.secrets",
                                       "/org/freedesktop/secrets",
                                       "org.freedesktop.Secret.Service", "ReadAlias",
                                       g_variant_new ("(s)", "default"),
                                       G_VARIANT_TYPE ("(o)"), G_DBUS_CALL_FLAGS_NONE, -1,
                                       NULL, NULL);
  if (alias == NULL)
    return FALSE;
  g_variant_get (alias, "(&o)", &path);
  return g_strcmp0 (path, "/") != 0;
}

static void
on_daemon_exited (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  MrTestKeyring *keyring = user_data;

  keyring->exited = TRUE;
}

MrTestKeyring *
mr_test_keyring_start (void)
{
  const char *dirs[][2] = {
    { "XDG_DATA_HOME", "data" },
    { "XDG_CONFIG_HOME", "config" },
    { "XDG_CACHE_HOME", "cache" },
    { "XDG_RUNTIME_DIR", "runtime" },
  };
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GDBusConnection) connection = NULL;
  g_autoptr(GError) error = NULL;
  MrTestKeyring *keyring;
  GOutputStream *input;
  gint64 deadline;

  g_assert_null (mr_test_keyring_unavailable ());
  /* Never on the bus of whoever runs the test, where their own keyring is. */
  g_assert_nonnull (bus);
  connection = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_assert_no_error (error);
  /* Nothing on the private bus starts one behind the test's back. */
  g_assert_false (service_owned (connection));

  keyring = g_new0 (MrTestKeyring, 1);
  keyring->home = mr_test_make_temp_dir ();
  /* Made after g_test_dbus_up (), the launcher's environment names the private bus. */
  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE
                                        | G_SUBPROCESS_FLAGS_STDOUT_SILENCE);
  g_subprocess_launcher_setenv (launcher, "HOME", keyring->home, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (dirs); i++)
    {
      g_autofree char *dir = g_build_filename (keyring->home, dirs[i][1], NULL);

      g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
      g_subprocess_launcher_setenv (launcher, dirs[i][0], dir, TRUE);
    }
  /* Not another daemon's, which it would hand the work to. */
  g_subprocess_launcher_unsetenv (launcher, "GNOME_KEYRING_CONTROL");
  /* gnome-keyring 42 warns as it stores each new item ("already registered"); the
   * tests' fatal-warnings would make that a crash. */
  g_subprocess_launcher_unsetenv (launcher, "G_DEBUG");
  keyring->daemon = g_subprocess_launcher_spawn (launcher, &error, "gnome-keyring-daemon",
                                                 "--foreground", "--unlock",
                                                 "--components=secrets", NULL);
  g_assert_no_error (error);
  g_subprocess_wait_async (keyring->daemon, NULL, on_daemon_exited, keyring);

  /* --unlock reads the login keyring's password up to the end of stdin; with an empty
   * one it makes no keyring at all. */
  input = g_subprocess_get_stdin_pipe (keyring->daemon);
  g_output_stream_write_all (input, "test", 4, NULL, NULL, &error);
  g_assert_no_error (error);
  g_output_stream_close (input, NULL, &error);
  g_assert_no_error (error);

  deadline = g_get_monotonic_time () + START_SECONDS * G_USEC_PER_SEC;
  while (!default_keyring_ready (connection))
    {
      if (keyring->exited)
        g_error ("gnome-keyring-daemon ended before it offered a default keyring");
      if (g_get_monotonic_time () > deadline)
        {
          /* Not left behind, holding the test's output open. */
          g_subprocess_force_exit (keyring->daemon);
          g_error ("gnome-keyring-daemon did not offer a default keyring within %d seconds",
                   START_SECONDS);
        }
      g_main_context_iteration (NULL, FALSE);
      g_usleep (20 * 1000);
    }
  return keyring;
}

void
mr_test_keyring_stop (MrTestKeyring *keyring)
{
  g_subprocess_send_signal (keyring->daemon, SIGTERM);
  while (!keyring->exited)
    g_main_context_iteration (NULL, TRUE);
  g_object_unref (keyring->daemon);
  /* libsecret would go on asking the daemon that is gone. */
  secret_service_disconnect ();

  mr_test_remove_temp_dir (keyring->home);
  g_free (keyring->home);
  g_free (keyring);
}
