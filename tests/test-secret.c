/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-secret"

#include "config.h"

#include <libsecret/secret.h>
#include <string.h>

#include "mr-secret.h"
#include "mr-test-keyring.h"
#include "mr-test-util.h"

/* The YouTube key in the keyring. The test brings its own Secret Service: a private
 * D-Bus session (GTestDBus) with a gnome-keyring-daemon whose home is a temporary
 * folder, so it never reads or writes the keyring of whoever runs it, inside
 * dbus-run-session or not. */

#define KEY "AIza-Sy-test-key-0123456789"

/* The item as the header promises it to other programs (Seahorse, secret-tool). */
static const SecretSchema schema = {
  "org.example.Microreach.ApiKey", SECRET_SCHEMA_NONE,
  {
    { "service", SECRET_SCHEMA_ATTRIBUTE_STRING },
    { NULL, 0 },
  },
};

static const char *skip_reason;

static gboolean
skipped (void)
{
  if (skip_reason != NULL)
    g_test_skip (skip_reason);
  return skip_reason != NULL;
}

static void
store (const char *key)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  gboolean stored;

  mr_secret_store_youtube_key_async (key, NULL, mr_test_on_result, &result);
  stored = mr_secret_store_youtube_key_finish (mr_test_wait_for (&result), &error);
  g_assert_no_error (error);
  g_assert_true (stored);
}

/* The key as the async and the sync lookup both give it; NULL when there is none. */
static char *
lookup (void)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *key = NULL;
  g_autofree char *key_sync = NULL;

  mr_secret_lookup_youtube_key_async (NULL, mr_test_on_result, &result);
  key = mr_secret_lookup_youtube_key_finish (mr_test_wait_for (&result), &error);
  g_assert_no_error (error);
  key_sync = mr_secret_lookup_youtube_key_sync (NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (key, ==, key_sync);
  return g_steal_pointer (&key);
}

/* The items the keyring holds under the schema, service = "youtube". */
static GList *
search_items (void)
{
  g_autoptr(GHashTable) attributes = secret_attributes_build (&schema, "service", "youtube",
                                                              NULL);
  g_autoptr(GError) error = NULL;
  GList *items = secret_service_search_sync (NULL, &schema, attributes,
                                             SECRET_SEARCH_ALL | SECRET_SEARCH_UNLOCK, NULL,
                                             &error);

  g_assert_no_error (error);
  return items;
}

static void
test_missing (void)
{
  g_autofree char *key = NULL;

  if (skipped ())
    return;
  key = lookup ();
  g_assert_null (key);
}

static void
test_round_trip (void)
{
  g_autofree char *key = NULL;
  g_autofree char *replaced = NULL;
  g_autofree char *label = NULL;
  GList *items;

  if (skipped ())
    return;

  /* As pasted, with the line break a copy from a web page brings along. */
  store ("  " KEY "\n");
  key = lookup ();
  g_assert_cmpstr (key, ==, KEY);

  store (KEY "-new");
  replaced = lookup ();
  g_assert_cmpstr (replaced, ==, KEY "-new");

  /* One item, which the user can recognise in a keyring manager. */
  items = search_items ();
  g_assert_cmpuint (g_list_length (items), ==, 1);
  label = secret_item_get_label (items->data);
  g_assert_cmpstr (label, ==, "Microreach: YouTube Data API key");
  g_list_free_full (items, g_object_unref);

  store (NULL);
}

static void
test_clear (void)
{
  g_autofree char *key = NULL;
  g_autofree char *cleared = NULL;
  GList *items;

  if (skipped ())
    return;

  store (KEY);
  key = lookup ();
  g_assert_cmpstr (key, ==, KEY);

  store (" \t\n");
  cleared = lookup ();
  g_assert_null (cleared);
  items = search_items ();
  g_assert_null (items);

  /* Removing what is not there is no error either. */
  store ("");
  store (NULL);
}

static gboolean
settings_hold (GSettings  *settings,
               const char *text)
{
  g_autoptr(GSettingsSchema) settings_schema = NULL;
  g_auto(GStrv) keys = NULL;
  g_auto(GStrv) children = NULL;

  g_object_get (settings, "settings-schema", &settings_schema, NULL);
  keys = g_settings_schema_list_keys (settings_schema);
  for (guint i = 0; keys[i] != NULL; i++)
    {
      g_autoptr(GVariant) value = g_settings_get_value (settings, keys[i]);
      g_autofree char *printed = g_variant_print (value, FALSE);

      if (strstr (printed, text) != NULL)
        return TRUE;
    }
  children = g_settings_schema_list_children (settings_schema);
  for (guint i = 0; children[i] != NULL; i++)
    {
      g_autoptr(GSettings) child = g_settings_get_child (settings, children[i]);

      if (settings_hold (child, text))
        return TRUE;
    }
  return FALSE;
}

static gboolean
file_holds (const char *path,
            const char *text)
{
  g_autofree char *contents = NULL;
  gsize length;
  gsize text_length = strlen (text);

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return FALSE;
  for (gsize i = 0; i + text_length <= length; i++)
    if (memcmp (contents + i, text, text_length) == 0)
      return TRUE;
  return FALSE;
}

static void
test_not_in_settings (void)
{
  g_autoptr(GSettings) settings = NULL;

  if (skipped ())
    return;

  settings = g_settings_new (APP_ID);
  store (KEY);
  g_assert_false (settings_hold (settings, KEY));
  store (NULL);
}

static void
test_not_in_database (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  const char *suffixes[] = { "", "-wal", "-journal", "-shm" };
  MrStore *database;
  g_autofree char *key = NULL;

  if (skipped ())
    return;

  dir = mr_test_make_temp_dir ();
  path = g_build_filename (dir, "microreach.db", NULL);
  database = mr_test_open_store (path);
  store (KEY);
  key = lookup ();
  g_assert_cmpstr (key, ==, KEY);
  g_assert_finalize_object (database);

  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_assert_false (file_holds (file, KEY));
    }
  store (NULL);
  mr_test_remove_temp_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  MrTestKeyring *keyring;
  int status;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/secret/missing", test_missing);
  g_test_add_func ("/secret/round-trip", test_round_trip);
  g_test_add_func ("/secret/clear", test_clear);
  g_test_add_func ("/secret/not-in-settings", test_not_in_settings);
  g_test_add_func ("/secret/not-in-database", test_not_in_database);

  skip_reason = mr_test_keyring_unavailable ();
  if (skip_reason != NULL)
    return g_test_run ();

  mr_test_bus_up ();
  keyring = mr_test_keyring_start ();
  status = g_test_run ();
  mr_test_keyring_stop (keyring);
  mr_test_bus_stop ();
  return status;
}
