/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>
#include <libsoup/soup.h>

G_BEGIN_DECLS

#define MR_NET_ERROR (mr_net_error_quark ())

typedef enum {
  MR_NET_ERROR_NOT_FOUND,      /* 404, or a platform's "no such profile" */
  MR_NET_ERROR_RATE_LIMITED,   /* 429; the message says when to try again */
  MR_NET_ERROR_SERVER,         /* 5xx */
  MR_NET_ERROR_TIMEOUT,
  MR_NET_ERROR_MALFORMED,      /* not JSON, or a field missing or of the wrong type */
  MR_NET_ERROR_TOO_LARGE,      /* the answer is over MR_NET_MAX_BODY_BYTES */
  MR_NET_ERROR_INSECURE_URL,   /* not HTTPS, or an override that is not loopback */
  MR_NET_ERROR_NETWORK,        /* the server could not be reached */
  MR_NET_ERROR_NO_KEY,         /* the platform needs the user's API key, and there is none */
  MR_NET_ERROR_KEY_REFUSED,    /* the platform refused the user's API key */
  MR_NET_ERROR_FAILED,         /* any other refusal (4xx) */
} MrNetError;

/* How long a request may wait for the server before it fails with TIMEOUT. */
#define MR_NET_TIMEOUT_SECONDS 30
/* Answers are read up to this size and refused beyond it. */
#define MR_NET_MAX_BODY_BYTES (4 * 1024 * 1024)

GQuark       mr_net_error_quark          (void);

/* A session with Microreach's User-Agent and an I/O timeout of @timeout_seconds. */
SoupSession *mr_net_session_new          (guint                 timeout_seconds);
/* The session every refresh shares (MR_NET_TIMEOUT_SECONDS); created on first use, on
 * the main thread. */
SoupSession *mr_net_get_session          (void);

/* The base URL to use for a platform: @default_url (which must be HTTPS), unless the
 * environment variable @variable is set, which is honoured only when it names a
 * loopback host (127.0.0.0/8, ::1, localhost) — a test's stand-in server. Any other
 * override fails with INSECURE_URL. No trailing '/'. */
char        *mr_net_resolve_base_url     (const char           *variable,
                                          const char           *default_url,
                                          GError              **error);

/* GETs @uri and parses the answer as JSON, reading at most MR_NET_MAX_BODY_BYTES. HTTP
 * and transport failures come back as MR_NET_ERROR codes whose messages the user can
 * read. */
void         mr_net_get_json_async       (SoupSession          *session,
                                          const char           *uri,
                                          GCancellable         *cancellable,
                                          GAsyncReadyCallback   callback,
                                          gpointer              user_data);
JsonNode    *mr_net_get_json_finish      (GAsyncResult         *result,
                                          GError              **error);
/* After mr_net_get_json_finish () failed because the server answered with an HTTP error:
 * that answer's body when it was JSON (or NULL), and in @status its HTTP status. For a
 * platform whose refusals say more than their status (YouTube's 403 "quotaExceeded").
 * After any other outcome: NULL and 0. */
JsonNode    *mr_net_get_json_refusal     (GAsyncResult         *result,
                                          guint                *status);

/* The number of seconds a 429's headers ask to wait (Retry-After as seconds or an HTTP
 * date, RateLimit-Reset / X-RateLimit-Reset as a Unix time, seconds or ISO 8601), or
 * -1 when they do not say. @now is a Unix time. */
gint64       mr_net_retry_after_seconds  (SoupMessageHeaders   *headers,
                                          gint64                now);

G_END_DECLS
