/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-net"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mr-json-text.h"
#include "mr-net-answers-private.h"
#include "mr-net.h"

G_DEFINE_QUARK (mr-net-error-quark, mr_net_error)

/* Reads go in pieces this size, so the cap is checked long before memory runs out. */
#define READ_CHUNK_BYTES (64 * 1024)
/* Redirects followed, each to an HTTPS address, before giving up. */
#define MAX_REDIRECTS    5

SoupSession *
mr_net_session_new (guint timeout_seconds)
{
  return soup_session_new_with_options ("user-agent", "Microreach/" PACKAGE_VERSION,
                                        "timeout", timeout_seconds,
                                        "idle-timeout", timeout_seconds,
                                        NULL);
}

SoupSession *
mr_net_get_session (void)
{
  static SoupSession *session;

  if (session == NULL)
    session = mr_net_session_new (MR_NET_TIMEOUT_SECONDS);
  return session;
}

static gboolean
host_is_loopback (const char *host)
{
  g_autoptr(GInetAddress) address = NULL;

  if (host == NULL)
    return FALSE;
  if (g_ascii_strcasecmp (host, "localhost") == 0)
    return TRUE;
  address = g_inet_address_new_from_string (host);
  return address != NULL && g_inet_address_get_is_loopback (address);
}

char *
mr_net_resolve_base_url (const char  *variable,
                         const char  *default_url,
                         GError     **error)
{
  const char *override;
  g_autoptr(GUri) uri = NULL;
  const char *scheme;
  gsize length;

  g_return_val_if_fail (variable != NULL, NULL);
  g_return_val_if_fail (g_str_has_prefix (default_url, "https://"), NULL);

  override = g_getenv (variable);
  if (override == NULL || *override == '\0')
    return g_strdup (default_url);

  uri = g_uri_parse (override, G_URI_FLAGS_NONE, NULL);
  scheme = uri != NULL ? g_uri_get_scheme (uri) : NULL;
  if (uri == NULL
      || (g_strcmp0 (scheme, "http") != 0 && g_strcmp0 (scheme, "https") != 0)
      || !host_is_loopback (g_uri_get_host (uri)))
    {
      g_set_error (error, MR_NET_ERROR, MR_NET_ERROR_INSECURE_URL,
                   /* Translators: %1$s is an environment variable, %2$s its value. */
                   _("%1$s is set to “%2$s”, which is not a server on this computer; "
                     "only a loopback address (127.0.0.1, ::1, localhost) may replace "
                     "the platform’s HTTPS address"),
                   variable, override);
      return NULL;
    }

  length = strlen (override);
  while (length > 0 && override[length - 1] == '/')
    length--;
  return g_strndup (override, length);
}

/* ── Rate limits ──────────────────────────────────────────────────────────────────── */

static gboolean
parse_integer (const char *text,
               gint64     *out)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text));
  guint64 value;

  if (!g_ascii_string_to_unsigned (trimmed, 10, 0, G_MAXINT64, &value, NULL))
    return FALSE;
  *out = (gint64) value;
  return TRUE;
}

/* A reset given as a Unix time, or (small numbers) as seconds from now. */
static gboolean
seconds_until_reset (const char *text,
                     gint64      now,
                     gint64     *out)
{
  gint64 value;
  g_autoptr(GDateTime) when = NULL;

  if (parse_integer (text, &value))
    {
      *out = value > 1000000000 ? value - now : value;
      return TRUE;
    }
  when = g_date_time_new_from_iso8601 (text, NULL);
  if (when == NULL)
    return FALSE;
  *out = g_date_time_to_unix (when) - now;
  return TRUE;
}

gint64
mr_net_retry_after_seconds (SoupMessageHeaders *headers,
                            gint64              now)
{
  const char *value;
  gint64 seconds;

  value = soup_message_headers_get_one (headers, "Retry-After");
  if (value != NULL)
    {
      g_autoptr(GDateTime) when = NULL;

      if (parse_integer (value, &seconds))
        return seconds;
      when = soup_date_time_new_from_http_string (value);
      if (when != NULL)
        return MAX (g_date_time_to_unix (when) - now, 0);
    }

  value = soup_message_headers_get_one (headers, "RateLimit-Reset");
  if (value == NULL)
    value = soup_message_headers_get_one (headers, "X-RateLimit-Reset");
  if (value != NULL && seconds_until_reset (value, now, &seconds))
    return MAX (seconds, 0);
  return -1;
}

/* ── Fetching JSON ────────────────────────────────────────────────────────────────── */

typedef struct {
  SoupSession  *session;
  SoupMessage  *message;
  GInputStream *stream;
  GByteArray   *body;
  guint         refused_status;  /* the HTTP status of an error answer */
  JsonNode     *refusal;         /* its body, when that was JSON */
  guint         n_redirects;
  gboolean      local;           /* a test's stand-in server on a loopback address */
} Request;

static void
request_free (Request *request)
{
  g_clear_object (&request->session);
  g_clear_object (&request->message);
  g_clear_object (&request->stream);
  g_clear_pointer (&request->body, g_byte_array_unref);
  g_clear_pointer (&request->refusal, json_node_unref);
  g_free (request);
}

static void
return_too_large (GTask *task)
{
  g_autofree char *limit = g_format_size (MR_NET_MAX_BODY_BYTES);

  g_task_return_new_error (task, MR_NET_ERROR, MR_NET_ERROR_TOO_LARGE,
                           /* Translators: %s is a size, such as “4.2 MB”. */
                           _("The server’s answer is larger than %s"), limit);
}

static void
return_transport_error (GTask  *task,
                        GError *error)
{
  Request *request = g_task_get_task_data (task);
  GUri *uri = soup_message_get_uri (request->message);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_task_return_error (task, error);
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT))
    {
      g_task_return_new_error (task, MR_NET_ERROR, MR_NET_ERROR_TIMEOUT,
                               /* Translators: %s is a server's name. */
                               _("%s did not answer in time"), g_uri_get_host (uri));
      g_error_free (error);
    }
  else
    {
      g_task_return_new_error (task, MR_NET_ERROR, MR_NET_ERROR_NETWORK,
                               /* Translators: %1$s is a server's name, %2$s the reason. */
                               _("Could not reach %1$s: %2$s"),
                               g_uri_get_host (uri), error->message);
      g_error_free (error);
    }
}

/* A platform that answers 400 with {"message": "Profile not found"} (Bluesky) means an
 * unknown account as much as one that answers 404. */
static gboolean
body_says_not_found (JsonNode *root)
{
  JsonObject *object;
  const char *message;
  g_autofree char *folded = NULL;

  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return FALSE;
  object = json_node_get_object (root);
  if (!json_object_has_member (object, "message"))
    return FALSE;
  message = json_node_get_string (json_object_get_member (object, "message"));
  if (message == NULL)
    return FALSE;
  folded = g_utf8_casefold (message, -1);
  return strstr (folded, "not found") != NULL;
}

static void
return_status_error (GTask    *task,
                     guint     status,
                     JsonNode *body)
{
  Request *request = g_task_get_task_data (task);
  SoupMessageHeaders *headers = soup_message_get_response_headers (request->message);
  const char *host = g_uri_get_host (soup_message_get_uri (request->message));

  if (status == SOUP_STATUS_NOT_FOUND
      || (status == SOUP_STATUS_BAD_REQUEST && body_says_not_found (body)))
    {
      g_task_return_new_error (task, MR_NET_ERROR, MR_NET_ERROR_NOT_FOUND,
                               /* Translators: %s is a server's name. */
                               _("No such account on %s"), host);
    }
  else if (status == 429 /* Too Many Requests, which libsoup 3.2 does not name */)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
      gint64 seconds = mr_net_retry_after_seconds (headers, g_date_time_to_unix (now));

      if (seconds < 0)
        g_task_return_new_error (task, MR_NET_ERROR, MR_NET_ERROR_RATE_LIMITED,
                                 /* Translators: %s is a server's name. */
                                 _("%s is limiting requests: try again later"), host);
      else
        {
          gint64 minutes = MAX ((seconds + 59) / 60, 1);

          g_task_return_new_error (task, MR_NET_ERROR, MR_NET_ERROR_RATE_LIMITED,
                                   /* Translators: %1$s is a server's name. */
                                   ngettext ("%1$s is limiting requests: try again in %2$u minute",
                                             "%1$s is limiting requests: try again in %2$u minutes",
                                             (gulong) MIN (minutes, G_MAXUINT)),
                                   host, (guint) MIN (minutes, G_MAXUINT));
        }
    }
  else if (SOUP_STATUS_IS_SERVER_ERROR (status))
    {
      g_task_return_new_error (task, MR_NET_ERROR, MR_NET_ERROR_SERVER,
                               /* Translators: %1$s is a server's name, %2$u an HTTP status
                                * and %3$s its English name (“Internal Server Error”). */
                               _("%1$s failed (HTTP %2$u %3$s)"),
                               host, status, soup_status_get_phrase (status));
    }
  else
    {
      g_task_return_new_error (task, MR_NET_ERROR, MR_NET_ERROR_FAILED,
                               /* Translators: %1$s is a server's name, %2$u an HTTP status
                                * and %3$s its English name (“Forbidden”). */
                               _("%1$s refused the request (HTTP %2$u %3$s)"),
                               host, status, soup_status_get_phrase (status));
    }
}

JsonNode *
mr_net_parse_answer (GBytes      *body,
                     const char  *host,
                     GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;
  gsize size;
  const char *data = g_bytes_get_data (body, &size);
  MrJsonText problem = size > 0 ? mr_json_text_check (data, size) : MR_JSON_TEXT_SOUND;
  g_autofree char *quoted = NULL;
  g_autofree char *too_deep = NULL;
  const char *reason = NULL;
  JsonNode *root;

  if (problem == MR_JSON_TEXT_MORE)
    /* Translators: why an answer is not JSON. */
    reason = _("more follows after its end");
  else if (problem == MR_JSON_TEXT_BAD_ESCAPE)
    /* Translators: why an answer is not JSON. */
    reason = _("it holds a “\\” that starts no valid escape");
  else if (problem == MR_JSON_TEXT_TOO_DEEP)
    /* Translators: why an answer is not JSON; %u is a number of levels. */
    reason = too_deep = g_strdup_printf (_("it nests more than %u levels deep"),
                                         MR_JSON_TEXT_MAX_DEPTH);
  /* An empty body has no data at all, which json-glib refuses without a reason: it is
   * an empty answer, as one of white space is. */
  else if (size > 0 && !json_parser_load_from_data (parser, data, size, &local_error))
    /* json-glib quotes the text it stopped at, cut short wherever, even within a
     * character. */
    reason = quoted = g_utf8_make_valid (local_error->message, -1);
  if (reason != NULL)
    {
      g_set_error (error, MR_NET_ERROR, MR_NET_ERROR_MALFORMED,
                   /* Translators: %1$s is a server's name, %2$s the parser's reason. */
                   _("%1$s answered with something that is not JSON: %2$s"),
                   host, reason);
      return NULL;
    }
  root = json_parser_get_root (parser);
  if (root == NULL)
    {
      g_set_error (error, MR_NET_ERROR, MR_NET_ERROR_MALFORMED,
                   /* Translators: %s is a server's name. */
                   _("%s gave an empty answer"), host);
      return NULL;
    }
  return json_node_ref (root);
}

static void
finish_body (GTask *task)
{
  Request *request = g_task_get_task_data (task);
  guint status = soup_message_get_status (request->message);
  g_autoptr(GBytes) body = g_byte_array_free_to_bytes (g_steal_pointer (&request->body));
  const char *host = g_uri_get_host (soup_message_get_uri (request->message));
  GError *error = NULL;
  JsonNode *root;

  if (!SOUP_STATUS_IS_SUCCESSFUL (status))
    {
      /* A refusal's body, when it is JSON, is read as an answer is. */
      request->refused_status = status;
      request->refusal = mr_net_parse_answer (body, host, NULL);
      return_status_error (task, status, request->refusal);
      return;
    }

  root = mr_net_parse_answer (body, host, &error);
  if (root == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_return_pointer (task, root, (GDestroyNotify) json_node_unref);
}

static void read_next (GTask *task);

static void
on_read (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Request *request = g_task_get_task_data (task);
  GError *error = NULL;
  g_autoptr(GBytes) bytes = g_input_stream_read_bytes_finish (G_INPUT_STREAM (source),
                                                              result, &error);

  if (bytes == NULL)
    {
      return_transport_error (task, error);
      return;
    }
  if (g_bytes_get_size (bytes) == 0)
    {
      finish_body (task);
      return;
    }
  if (request->body->len + g_bytes_get_size (bytes) > MR_NET_MAX_BODY_BYTES)
    {
      return_too_large (task);
      return;
    }
  g_byte_array_append (request->body, g_bytes_get_data (bytes, NULL),
                       (guint) g_bytes_get_size (bytes));
  read_next (g_steal_pointer (&task));
}

static void
read_next (GTask *task)
{
  Request *request = g_task_get_task_data (task);

  g_input_stream_read_bytes_async (request->stream, READ_CHUNK_BYTES, G_PRIORITY_DEFAULT,
                                   g_task_get_cancellable (task), on_read, task);
}

static void send_request (GTask *task);

/* Only HTTPS, also after a redirect: libsoup would follow one to plain HTTP, so
 * Microreach follows redirects itself, to HTTPS addresses only (a test's stand-in server
 * may send to another loopback address). Returns: whether the request went on. */
static gboolean
follow_redirect (GTask *task)
{
  Request *request = g_task_get_task_data (task);
  GUri *from = soup_message_get_uri (request->message);
  const char *location = soup_message_headers_get_one (soup_message_get_response_headers (request->message),
                                                       "Location");
  g_autoptr(GUri) to = NULL;
  g_autoptr(SoupMessage) message = NULL;

  if (location != NULL)
    to = g_uri_parse_relative (from, location, SOUP_HTTP_URI_FLAGS, NULL);
  if (to == NULL)
    return FALSE;

  if (g_strcmp0 (g_uri_get_scheme (to), "https") != 0 &&
      !(request->local && host_is_loopback (g_uri_get_host (to))))
    {
      g_task_return_new_error (task, MR_NET_ERROR, MR_NET_ERROR_INSECURE_URL,
                               /* Translators: %1$s and %2$s are servers' names. */
                               _("%1$s sent the request on to %2$s without encryption; "
                                 "Microreach only fetches over HTTPS"),
                               g_uri_get_host (from), g_uri_get_host (to));
      return TRUE;
    }
  if (++request->n_redirects > MAX_REDIRECTS)
    {
      g_task_return_new_error (task, MR_NET_ERROR, MR_NET_ERROR_FAILED,
                               /* Translators: %s is a server's name. */
                               _("%s sent the request on too many times"), g_uri_get_host (from));
      return TRUE;
    }

  message = soup_message_new_from_uri (SOUP_METHOD_GET, to);
  g_set_object (&request->message, message);
  g_clear_object (&request->stream);
  send_request (g_object_ref (task));
  return TRUE;
}

static void
on_sent (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Request *request = g_task_get_task_data (task);
  GError *error = NULL;
  SoupMessageHeaders *headers;

  request->stream = soup_session_send_finish (SOUP_SESSION (source), result, &error);
  if (request->stream == NULL)
    {
      return_transport_error (task, error);
      return;
    }
  if (SOUP_STATUS_IS_REDIRECTION (soup_message_get_status (request->message)) &&
      follow_redirect (task))
    return;

  headers = soup_message_get_response_headers (request->message);
  if (soup_message_headers_get_encoding (headers) == SOUP_ENCODING_CONTENT_LENGTH
      && soup_message_headers_get_content_length (headers) > MR_NET_MAX_BODY_BYTES)
    {
      return_too_large (task);
      return;
    }

  request->body = g_byte_array_new ();
  read_next (g_steal_pointer (&task));
}

void
mr_net_get_json_async (SoupSession         *session,
                       const char          *uri,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Request *request;

  g_return_if_fail (SOUP_IS_SESSION (session));
  g_return_if_fail (uri != NULL);

  task = g_task_new (session, cancellable, callback, user_data);
  g_task_set_source_tag (task, mr_net_get_json_async);

  request = g_new0 (Request, 1);
  request->session = g_object_ref (session);
  request->message = soup_message_new (SOUP_METHOD_GET, uri);
  g_task_set_task_data (task, request, (GDestroyNotify) request_free);
  if (request->message == NULL)
    {
      /* The query may hold the user's API key, which no message may show. */
      g_autofree char *shown = g_strndup (uri, strcspn (uri, "?"));

      g_task_return_new_error (task, MR_NET_ERROR, MR_NET_ERROR_FAILED,
                               /* Translators: %s is a web address. */
                               _("“%s” is not a valid address"), shown);
      return;
    }
  request->local = host_is_loopback (g_uri_get_host (soup_message_get_uri (request->message)));
  send_request (g_steal_pointer (&task));
}

static void
send_request (GTask *task)
{
  Request *request = g_task_get_task_data (task);

  soup_message_add_flags (request->message, SOUP_MESSAGE_NO_REDIRECT);
  soup_message_headers_replace (soup_message_get_request_headers (request->message),
                                "Accept", "application/json");
  soup_session_send_async (request->session, request->message, G_PRIORITY_DEFAULT,
                           g_task_get_cancellable (task), on_sent, task);
}

JsonNode *
mr_net_get_json_finish (GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == mr_net_get_json_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

JsonNode *
mr_net_get_json_refusal (GAsyncResult *result,
                         guint        *status)
{
  Request *request;

  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == mr_net_get_json_async, NULL);

  request = g_task_get_task_data (G_TASK (result));
  if (status != NULL)
    *status = request->refused_status;
  return request->refusal != NULL ? json_node_ref (request->refusal) : NULL;
}
