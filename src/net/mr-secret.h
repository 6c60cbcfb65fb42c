/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The user's YouTube Data API key lives in the keyring (the Secret Service on the
 * desktop, the Secret portal inside Flatpak) — never in the database or in GSettings.
 * Stored in the default collection under the schema "org.example.Microreach.ApiKey"
 * with the attribute service = "youtube", labelled "Microreach: YouTube Data API key"
 * for keyring managers. Errors keep libsecret's domain and code, their messages say
 * what failed; cancelling gives G_IO_ERROR_CANCELLED. Callbacks come in the caller’s
 * thread-default main context. */

/* The key without surrounding whitespace, or NULL (and no error) when none is stored.
 * Free it with g_free (). */
void      mr_secret_lookup_youtube_key_async  (GCancellable         *cancellable,
                                               GAsyncReadyCallback   callback,
                                               gpointer              user_data);
char     *mr_secret_lookup_youtube_key_finish (GAsyncResult         *result,
                                               GError              **error);
/* For the command line. */
char     *mr_secret_lookup_youtube_key_sync   (GCancellable         *cancellable,
                                               GError              **error);

/* Stores @key without surrounding whitespace, replacing the stored one; a @key that is
 * NULL, empty or only whitespace removes it (no error when there was none). The keyring
 * may ask the user to unlock it first. */
void      mr_secret_store_youtube_key_async   (const char           *key,
                                               GCancellable         *cancellable,
                                               GAsyncReadyCallback   callback,
                                               gpointer              user_data);
gboolean  mr_secret_store_youtube_key_finish  (GAsyncResult         *result,
                                               GError              **error);

G_END_DECLS
