/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <libsoup/soup.h>

G_BEGIN_DECLS

/* A local SoupServer on 127.0.0.1 that stands in for a platform's API in tests. */

typedef struct {
  guint     status;
  char     *body;       /* sent as application/json */
  char     *header;     /* "Name: value", or NULL */
  gboolean  chunked;    /* sent without a Content-Length */
  gboolean  never;      /* never answered */
} MrTestRoute;

typedef struct {
  SoupServer *server;
  char       *url;          /* "http://127.0.0.1:PORT" */
  char       *variable;     /* the environment variable pointed at url, or NULL */
  GPtrArray  *routes;
  GPtrArray  *requests;     /* "PATH?QUERY" of every request, in order */
  char       *user_agent;   /* of the last request */
} MrTestServer;

/* Listens on a free port and, when @variable is given, sets that environment variable
 * (a provider's base-URL override) to the server's URL until mr_test_server_free (). */
MrTestServer *mr_test_server_new          (const char   *variable);
/* The same, with @variable set to the URL followed by @path ("/youtube/v3/"), for an API
 * whose base URL has a path of its own. */
MrTestServer *mr_test_server_new_at       (const char   *variable,
                                           const char   *path);
void          mr_test_server_free         (MrTestServer *server);

/* Answers requests for @key — "PATH", or "PATH?name=value&…" for only the requests whose
 * query has those values (the route naming the most of them wins) — with @status and
 * @body. A route of the same key is replaced. Requests no route matches get a 404. */
MrTestRoute  *mr_test_server_route        (MrTestServer *server,
                                           const char   *key,
                                           guint         status,
                                           const char   *body);
MrTestRoute  *mr_test_server_get_route    (MrTestServer *server,
                                           const char   *key);
void          mr_test_server_clear_routes (MrTestServer *server);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MrTestServer, mr_test_server_free)

G_END_DECLS
