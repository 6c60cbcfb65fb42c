/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-secret"

#include "config.h"

#include <glib/gi18n.h>
#include <libsecret/secret.h>
#include <string.h>

#include "mr-secret.h"

static const SecretSchema api_key_schema = {
  "org.example.Microreach.ApiKey", SECRET_SCHEMA_NONE,
  {
    { "service", SECRET_SCHEMA_ATTRIBUTE_STRING },
    { NULL, 0 },
  },
};

#define SERVICE_YOUTUBE "youtube"

/* Frees a copy of the key, wiping it first: freed memory is not the end of a secret. */
static void
key_free (char *key)
{
  if (key == NULL)
    return;
  memset (key, 0, strlen (key));
  g_free (key);
}

/* The keyring's answer, without the spaces and line breaks a paste brings along; NULL
 * when nothing is left. Wipes and frees @password. */
static char *
take_trimmed (char *password)
{
  g_autofree char *key = NULL;

  if (password == NULL)
    return NULL;
  key = g_strstrip (g_strdup (password));
  secret_password_free (password);
  if (*key == '\0')
    return NULL;
  return g_steal_pointer (&key);
}

static void
prefix_error (GError     *error,
              const char *prefix)
{
  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_prefix_error (&error, "%s", prefix);
}

/* Fails @task with the keyring's @error, which it takes, after @prefix. */
static void
return_error (GTask      *task,
              GError     *error,
              const char *prefix)
{
  prefix_error (error, prefix);
  g_task_return_error (task, error);
}

/* Whether @result is the task of the call @source_tag. */
static gboolean
is_task_of (GAsyncResult *result,
            gpointer      source_tag)
{
  return g_task_is_valid (result, NULL) && g_task_get_source_tag (G_TASK (result)) == source_tag;
}

/* ── Lookup ───────────────────────────────────────────────────────────────────────── */

static void
on_looked_up (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;
  char *password = secret_password_lookup_finish (result, &error);

  if (error != NULL)
    /* Translators: the reason follows. */
    return_error (task, error, _("Could not read your API key from the keyring: "));
  else
    g_task_return_pointer (task, take_trimmed (password), (GDestroyNotify) key_free);
}

void
mr_secret_lookup_youtube_key_async (GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, mr_secret_lookup_youtube_key_async);
  secret_password_lookup (&api_key_schema, cancellable, on_looked_up, task,
                          "service", SERVICE_YOUTUBE, NULL);
}

char *
mr_secret_lookup_youtube_key_finish (GAsyncResult  *result,
                                     GError       **error)
{
  g_return_val_if_fail (is_task_of (result, mr_secret_lookup_youtube_key_async), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

char *
mr_secret_lookup_youtube_key_sync (GCancellable  *cancellable,
                                   GError       **error)
{
  GError *local_error = NULL;
  char *password;

  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);

  password = secret_password_lookup_sync (&api_key_schema, cancellable, &local_error,
                                          "service", SERVICE_YOUTUBE, NULL);
  if (local_error != NULL)
    {
      /* Translators: the reason follows. */
      prefix_error (local_error, _("Could not read your API key from the keyring: "));
      g_propagate_error (error, local_error);
      return NULL;
    }
  return take_trimmed (password);
}

/* ── Store ────────────────────────────────────────────────────────────────────────── */

static void
on_stored (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (!secret_password_store_finish (result, &error))
    /* Translators: the reason follows. */
    return_error (task, error, _("Could not save your API key in the keyring: "));
  else
    g_task_return_boolean (task, TRUE);
}

static void
on_cleared (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  /* FALSE without an error: there was no key to remove, which is what was asked. */
  if (!secret_password_clear_finish (result, &error) && error != NULL)
    /* Translators: the reason follows. */
    return_error (task, error, _("Could not remove your API key from the keyring: "));
  else
    g_task_return_boolean (task, TRUE);
}

void
mr_secret_store_youtube_key_async (const char          *key,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *trimmed = NULL;

  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, mr_secret_store_youtube_key_async);

  trimmed = g_strstrip (g_strdup (key != NULL ? key : ""));
  if (*trimmed == '\0')
    secret_password_clear (&api_key_schema, cancellable, on_cleared, g_steal_pointer (&task),
                           "service", SERVICE_YOUTUBE, NULL);
  else
    secret_password_store (&api_key_schema, SECRET_COLLECTION_DEFAULT,
                           _("Microreach: YouTube Data API key"), trimmed,
                           cancellable, on_stored, g_steal_pointer (&task),
                           "service", SERVICE_YOUTUBE, NULL);
  memset (trimmed, 0, strlen (trimmed));
}

gboolean
mr_secret_store_youtube_key_finish (GAsyncResult  *result,
                                    GError       **error)
{
  g_return_val_if_fail (is_task_of (result, mr_secret_store_youtube_key_async), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
