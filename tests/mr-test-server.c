/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-test-server"

#include "config.h"

#include <string.h>

#include "mr-test-server.h"

typedef struct {
  MrTestRoute  public;
  char        *key;
  char        *path;
  GHashTable  *query;       /* name → value the request must have */
} Route;

static void
route_free (Route *route)
{
  g_free (route->public.body);
  g_free (route->public.header);
  g_free (route->key);
  g_free (route->path);
  g_hash_table_unref (route->query);
  g_free (route);
}

static gboolean
route_matches (Route      *route,
               const char *path,
               GHashTable *query)
{
  GHashTableIter iter;
  gpointer name, value;

  if (strcmp (route->path, path) != 0)
    return FALSE;
  g_hash_table_iter_init (&iter, route->query);
  while (g_hash_table_iter_next (&iter, &name, &value))
    {
      const char *given = query != NULL ? g_hash_table_lookup (query, name) : NULL;

      if (given == NULL || strcmp (given, value) != 0)
        return FALSE;
    }
  return TRUE;
}

static Route *
find_route (MrTestServer *server,
            const char   *path,
            GHashTable   *query)
{
  Route *best = NULL;

  for (guint i = 0; i < server->routes->len; i++)
    {
      Route *route = g_ptr_array_index (server->routes, i);

      if (route_matches (route, path, query) &&
          (best == NULL || g_hash_table_size (route->query) > g_hash_table_size (best->query)))
        best = route;
    }
  return best;
}

static void
send_body (SoupServerMessage *message,
           MrTestRoute       *route)
{
  SoupMessageHeaders *headers = soup_server_message_get_response_headers (message);
  SoupMessageBody *body;
  gsize length = strlen (route->body);

  if (!route->chunked)
    {
      soup_server_message_set_response (message, "application/json", SOUP_MEMORY_COPY,
                                        route->body, length);
      return;
    }
  body = soup_server_message_get_response_body (message);
  soup_message_headers_set_encoding (headers, SOUP_ENCODING_CHUNKED);
  soup_message_headers_set_content_type (headers, "application/json", NULL);
  for (gsize done = 0; done < length; done += MIN (length - done, 65536))
    soup_message_body_append (body, SOUP_MEMORY_COPY, route->body + done,
                              MIN (length - done, 65536));
  soup_message_body_complete (body);
}

static void
handle (SoupServer        *soup_server,
        SoupServerMessage *message,
        const char        *path,
        GHashTable        *query,
        gpointer           user_data)
{
  MrTestServer *server = user_data;
  const char *raw_query = g_uri_get_query (soup_server_message_get_uri (message));
  Route *route = find_route (server, path, query);

  g_ptr_array_add (server->requests,
                   g_strdup_printf ("%s?%s", path, raw_query != NULL ? raw_query : ""));
  g_free (server->user_agent);
  server->user_agent = g_strdup (soup_message_headers_get_one (
    soup_server_message_get_request_headers (message), "User-Agent"));

  if (route == NULL)
    {
      soup_server_message_set_status (message, 404, NULL);
      return;
    }
  if (route->public.never)
    {
      soup_server_message_pause (message);
      return;
    }

  soup_server_message_set_status (message, route->public.status, NULL);
  if (route->public.header != NULL)
    {
      g_auto(GStrv) parts = g_strsplit (route->public.header, ": ", 2);

      soup_message_headers_replace (soup_server_message_get_response_headers (message),
                                    parts[0], parts[1]);
    }
  send_body (message, &route->public);
}

MrTestServer *
mr_test_server_new (const char *variable)
{
  return mr_test_server_new_at (variable, "");
}

MrTestServer *
mr_test_server_new_at (const char *variable,
                       const char *path)
{
  MrTestServer *server = g_new0 (MrTestServer, 1);
  g_autoptr(GError) error = NULL;
  g_autoslist(GUri) uris = NULL;

  server->server = soup_server_new (NULL, NULL);
  server->routes = g_ptr_array_new_with_free_func ((GDestroyNotify) route_free);
  server->requests = g_ptr_array_new_with_free_func (g_free);
  soup_server_add_handler (server->server, NULL, handle, server, NULL);
  soup_server_listen_local (server->server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);

  uris = soup_server_get_uris (server->server);
  g_assert_nonnull (uris);
  server->url = g_strdup_printf ("http://127.0.0.1:%d", g_uri_get_port (uris->data));
  server->variable = g_strdup (variable);
  if (variable != NULL)
    {
      g_autofree char *value = g_strconcat (server->url, path, NULL);

      g_setenv (variable, value, TRUE);
    }
  return server;
}

void
mr_test_server_free (MrTestServer *server)
{
  if (server->variable != NULL)
    g_unsetenv (server->variable);
  soup_server_disconnect (server->server);
  g_object_unref (server->server);
  g_ptr_array_unref (server->routes);
  g_ptr_array_unref (server->requests);
  g_free (server->url);
  g_free (server->variable);
  g_free (server->user_agent);
  g_free (server);
}

MrTestRoute *
mr_test_server_get_route (MrTestServer *server,
                          const char   *key)
{
  for (guint i = 0; i < server->routes->len; i++)
    {
      Route *route = g_ptr_array_index (server->routes, i);

      if (strcmp (route->key, key) == 0)
        return &route->public;
    }
  return NULL;
}

MrTestRoute *
mr_test_server_route (MrTestServer *server,
                      const char   *key,
                      guint         status,
                      const char   *body)
{
  const char *question = strchr (key, '?');
  Route *route = g_new0 (Route, 1);

  for (guint i = 0; i < server->routes->len; i++)
    if (strcmp (((Route *) g_ptr_array_index (server->routes, i))->key, key) == 0)
      {
        g_ptr_array_remove_index (server->routes, i);
        break;
      }

  route->key = g_strdup (key);
  route->path = question != NULL ? g_strndup (key, (gsize) (question - key)) : g_strdup (key);
  route->query = question != NULL ? soup_form_decode (question + 1)
                                  : g_hash_table_new (g_str_hash, g_str_equal);
  route->public.status = status;
  route->public.body = g_strdup (body);
  g_ptr_array_add (server->routes, route);
  return &route->public;
}

void
mr_test_server_clear_routes (MrTestServer *server)
{
  g_ptr_array_set_size (server->routes, 0);
}
