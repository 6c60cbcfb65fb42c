/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-fetch-mastodon"

#include "config.h"

#include <string.h>

#include "mr-net-provider.h"
#include "mr-test-server.h"
#include "mr-test-util.h"

/* The Mastodon provider against a local SoupServer standing in for anna's server. */

#define VARIABLE "MICROREACH_MASTODON_URL"
#define LOOKUP_PATH "/api/v1/accounts/lookup"
#define STATUSES_PATH "/api/v1/accounts/109/statuses"
#define FIRST_PAGE STATUSES_PATH "?exclude_reblogs=true&limit=40"

static MrNetResult *
fetch (const char  *handle,
       guint        max_posts,
       GError     **error)
{
  const MrNetProvider *provider = mr_net_provider_for_platform (MR_PLATFORM_MASTODON);
  g_autoptr(SoupSession) session = mr_net_session_new (10);
  g_autoptr(GAsyncResult) result = NULL;

  mr_net_provider_fetch_async (provider, session, handle, NULL, max_posts, NULL,
                               mr_test_on_result, &result);
  return mr_net_provider_fetch_finish (provider, mr_test_wait_for (&result), error);
}

static const char account_json[] =
  "{\"id\": \"109\", \"username\": \"Anna\", \"acct\": \"Anna\", \"display_name\": \"Anna K.\","
  " \"url\": \"https://mastodon.social/@Anna\", \"followers_count\": 1234,"
  " \"following_count\": 56, \"statuses_count\": 789}";

#define STATUS_WITH(id, time, url, content, likes, replies, reblogs, reblog) \
  "{\"id\": \"" id "\", \"created_at\": \"" time "\", \"url\": " url "," \
  " \"uri\": \"https://mastodon.social/users/Anna/statuses/" id "\"," \
  " \"content\": \"" content "\", \"favourites_count\": " likes "," \
  " \"replies_count\": " replies ", \"reblogs_count\": " reblogs ", \"reblog\": " reblog "}"

#define STATUS(id, time, content, likes, replies, reblogs) \
  STATUS_WITH (id, time, "\"https://mastodon.social/@Anna/" id "\"", content, \
               likes, replies, reblogs, "null")

#define PLAIN(id) STATUS (id, "2024-05-01T00:00:00.000Z", "<p>Status " id "</p>", "1", "0", "0")

/* Found by fuzzing: an address with a web scheme that is not an address as a whole (a
 * port that is no number, no host) became the permalink, which no browser opens. */
static void
test_permalink_not_an_address (void)
{
  g_autoptr(MrTestServer) server = mr_test_server_new (VARIABLE);
  g_autoptr(GError) error = NULL;
  g_autoptr(MrNetResult) result = NULL;

  mr_test_server_route (server, LOOKUP_PATH, 200, account_json);
  mr_test_server_route (server, STATUSES_PATH, 200, "["
    STATUS_WITH ("113", "2024-05-02T10:00:00Z", "\"https://mastod:n.social/@Anna/113\"",
                 "<p>Port</p>", "0", "0", "0", "null") ","
    STATUS_WITH ("112", "2024-05-01T10:00:00Z", "\"https:///@Anna/112\"",
                 "<p>Host</p>", "0", "0", "0", "null")
    "]");
  mr_test_server_route (server, STATUSES_PATH "?max_id=112", 200, "[]");
  result = fetch ("anna@mastodon.social", 100, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (result->posts->len, ==, 2);
  g_assert_cmpstr (((MrNetPost *) g_ptr_array_index (result->posts, 0))->permalink, ==,
                   "https://mastodon.social/users/Anna/statuses/113");
  g_assert_cmpstr (((MrNetPost *) g_ptr_array_index (result->posts, 1))->permalink, ==,
                   "https://mastodon.social/users/Anna/statuses/112");
}

/* A boost of bob's status: the timeline wraps it, with bob's numbers. */
#define BOOST(id) \
  STATUS_WITH (id, "2024-05-03T00:00:00.000Z", "\"https://mastodon.social/@Anna/" id "\"", \
               "", "0", "0", "0", \
               "{\"id\": \"77\", \"created_at\": \"2024-04-01T00:00:00Z\"," \
               " \"content\": \"<p>Bob's</p>\", \"favourites_count\": 999}")

static void
assert_fails (MrTestServer *server,
              const char   *handle,
              int           code,
              const char   *in_message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MrNetResult) result = fetch (handle, 100, &error);

  g_assert_null (result);
  g_assert_error (error, MR_NET_ERROR, code);
  if (strstr (error->message, in_message) == NULL)
    g_error ("“%s” does not say “%s”", error->message, in_message);
}

static void
test_profile (void)
{
  g_autoptr(MrTestServer) server = mr_test_server_new (VARIABLE);
  g_autoptr(GError) error = NULL;
  g_autoptr(MrNetResult) result = NULL;

  mr_test_server_route (server, LOOKUP_PATH "?acct=anna", 200, account_json);
  result = fetch ("@anna@Mastodon.Social", 0, &error);

  g_assert_no_error (error);
  g_assert_cmpint (result->platform, ==, MR_PLATFORM_MASTODON);
  /* The server's spelling of the user, and which server. */
  g_assert_cmpstr (result->profile.handle, ==, "Anna@mastodon.social");
  g_assert_cmpstr (result->profile.display_name, ==, "Anna K.");
  g_assert_cmpint (result->profile.followers, ==, 1234);
  g_assert_cmpint (result->profile.following, ==, 56);
  g_assert_cmpint (result->profile.posts, ==, 789);
  g_assert_cmpuint (result->posts->len, ==, 0);
  g_assert_cmpuint (server->requests->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (server->requests, 0), ==, LOOKUP_PATH "?acct=anna");
  g_assert_cmpstr (server->user_agent, ==, "Microreach/" PACKAGE_VERSION);
}

static void
test_hidden_counts (void)
{
  g_autoptr(MrTestServer) server = mr_test_server_new (VARIABLE);
  g_autoptr(GError) error = NULL;
  g_autoptr(MrNetResult) result = NULL;

  /* A user who hides their network: not "no followers", and not a broken answer. */
  mr_test_server_route (server, LOOKUP_PATH, 200,
                        "{\"id\": \"109\", \"username\": \"anna\", \"display_name\": \"\","
                        " \"followers_count\": -1, \"following_count\": -1,"
                        " \"statuses_count\": 12}");
  result = fetch ("anna@mastodon.social", 0, &error);

  g_assert_no_error (error);
  g_assert_null (result->profile.display_name);
  g_assert_cmpint (result->profile.followers, ==, MR_NET_NO_COUNT);
  g_assert_cmpint (result->profile.following, ==, MR_NET_NO_COUNT);
  g_assert_cmpint (result->profile.posts, ==, 12);
}

static void
test_posts (void)
{
  g_autoptr(MrTestServer) server = mr_test_server_new (VARIABLE);
  g_autoptr(GError) error = NULL;
  g_autoptr(MrNetResult) result = NULL;
  MrNetPost *post;

  mr_test_server_route (server, LOOKUP_PATH, 200, account_json);
  mr_test_server_route (server, STATUSES_PATH, 200, "["
    STATUS ("112", "2024-05-02T10:00:00.000Z",
            "<p>Hello &amp; welcome, <span class=\\\"h-card\\\">"
            "<a href=\\\"https://x.social/@bob\\\" class=\\\"u-url mention\\\">"
            "@<span>bob</span></a></span>!</p>"
            "<p>Line one<br>line two &lt;3 &quot;quoted&quot; it&#39;s</p>",
            "10", "2", "3") ","
    STATUS_WITH ("111", "2024-04-30T08:30:00+02:00", "null",
                 "<p>Read <a href=\\\"https://example.com/a?b=1&amp;c=2\\\" rel=\\\"nofollow\\\">"
                 "<span class=\\\"invisible\\\">https://</span><span>example.com/a?b=1&amp;c=2"
                 "</span><span class=\\\"invisible\\\"></span></a></p>",
                 "20", "4", "6", "null") ","
    STATUS_WITH ("110", "2024-04-20T00:00:00Z", "\"javascript:alert(1)\"",
                 "5 &lt; 6 &amp;&amp; &#x1F418; &bogus; &#0; &#xD800; &"
                 " <b title=\\\"a>b\\\">bold</b> <i",
                 "0", "0", "0", "null")
    "]");
  mr_test_server_route (server, STATUSES_PATH "?max_id=110", 200, "[]");
  result = fetch ("anna@mastodon.social", 100, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (result->posts->len, ==, 3);

  post = g_ptr_array_index (result->posts, 0);
  g_assert_cmpstr (post->external_id, ==, "112");
  g_assert_cmpstr (post->text, ==,
                   "Hello & welcome, @bob!\n\nLine one\nline two <3 \"quoted\" it's");
  g_assert_cmpstr (post->permalink, ==, "https://mastodon.social/@Anna/112");
  g_assert_cmpint (post->published_at, ==, 1714644000);
  g_assert_cmpint (post->likes, ==, 10);
  g_assert_cmpint (post->replies, ==, 2);
  g_assert_cmpint (post->reposts, ==, 3);
  g_assert_cmpint (post->quotes, ==, MR_NET_NO_COUNT);
  g_assert_cmpint (post->views, ==, MR_NET_NO_COUNT);

  /* Without a web page, the status's ActivityPub id is its address. */
  post = g_ptr_array_index (result->posts, 1);
  g_assert_cmpstr (post->text, ==, "Read https://example.com/a?b=1&c=2");
  g_assert_cmpstr (post->permalink, ==, "https://mastodon.social/users/Anna/statuses/111");
  g_assert_cmpint (post->published_at, ==, 1714458600);
  g_assert_cmpint (post->likes, ==, 20);
  g_assert_cmpint (post->replies, ==, 4);
  g_assert_cmpint (post->reposts, ==, 6);

  /* Only the entities that are characters become them; a tag left open is text. */
  post = g_ptr_array_index (result->posts, 2);
  g_assert_cmpstr (post->text, ==, "5 < 6 && \xf0\x9f\x90\x98 &bogus; &#0; &#xD800; & bold <i");
  g_assert_cmpstr (post->permalink, ==, "https://mastodon.social/users/Anna/statuses/110");

  g_assert_cmpuint (server->requests->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (server->requests, 1), ==, FIRST_PAGE);
  g_assert_cmpstr (g_ptr_array_index (server->requests, 2), ==, FIRST_PAGE "&max_id=110");
}

static void
route_pages (MrTestServer *server)
{
  mr_test_server_route (server, LOOKUP_PATH, 200, account_json);
  mr_test_server_route (server, STATUSES_PATH, 200, "[" PLAIN ("300") "," PLAIN ("299") "]");
  /* A status can come again on the next page: it is one post. */
  mr_test_server_route (server, STATUSES_PATH "?max_id=299", 200,
                        "[" PLAIN ("299") "," PLAIN ("298") "," PLAIN ("297") "]");
  mr_test_server_route (server, STATUSES_PATH "?max_id=297", 200, "[" PLAIN ("296") "]");
  mr_test_server_route (server, STATUSES_PATH "?max_id=296", 200, "[]");
}

static void
assert_texts (MrNetResult *result,
              const char  *expected)
{
  g_autoptr(GString) texts = g_string_new (NULL);

  for (guint i = 0; i < result->posts->len; i++)
    {
      MrNetPost *post = g_ptr_array_index (result->posts, i);

      g_string_append_printf (texts, "%s%s", i > 0 ? ", " : "", post->text);
    }
  g_assert_cmpstr (texts->str, ==, expected);
}

static void
test_pagination (void)
{
  g_autoptr(MrTestServer) server = mr_test_server_new (VARIABLE);
  g_autoptr(GError) error = NULL;
  g_autoptr(MrNetResult) result = NULL;

  route_pages (server);
  result = fetch ("anna@mastodon.social", 100, &error);

  g_assert_no_error (error);
  assert_texts (result, "Status 300, Status 299, Status 298, Status 297, Status 296");
  /* Each page starts below the last status of the one before, until one is empty. */
  g_assert_cmpuint (server->requests->len, ==, 5);
  g_assert_cmpstr (g_ptr_array_index (server->requests, 1), ==, FIRST_PAGE);
  g_assert_cmpstr (g_ptr_array_index (server->requests, 2), ==, FIRST_PAGE "&max_id=299");
  g_assert_cmpstr (g_ptr_array_index (server->requests, 3), ==, FIRST_PAGE "&max_id=297");
  g_assert_cmpstr (g_ptr_array_index (server->requests, 4), ==, FIRST_PAGE "&max_id=296");
}

static void
test_max_posts (void)
{
  g_autoptr(MrTestServer) server = mr_test_server_new (VARIABLE);
  g_autoptr(GError) error = NULL;
  g_autoptr(MrNetResult) result = NULL;

  route_pages (server);
  result = fetch ("anna@mastodon.social", 3, &error);

  g_assert_no_error (error);
  assert_texts (result, "Status 300, Status 299, Status 298");
  /* Only as many as are still wanted are asked for, and no page after the last one. */
  g_assert_cmpuint (server->requests->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (server->requests, 1), ==,
                   STATUSES_PATH "?exclude_reblogs=true&limit=3");
  g_assert_cmpstr (g_ptr_array_index (server->requests, 2), ==,
                   STATUSES_PATH "?exclude_reblogs=true&limit=1&max_id=299");
}

static void
test_endless (void)
{
  g_autoptr(MrTestServer) server = mr_test_server_new (VARIABLE);
  g_autoptr(GError) error = NULL;
  g_autoptr(MrNetResult) result = NULL;

  /* A server that ignores max_id hands out its first page again: that ends it. */
  mr_test_server_route (server, LOOKUP_PATH, 200, account_json);
  mr_test_server_route (server, STATUSES_PATH, 200, "[" PLAIN ("300") "," PLAIN ("299") "]");
  result = fetch ("anna@mastodon.social", 100, &error);

  g_assert_no_error (error);
  assert_texts (result, "Status 300, Status 299");
  g_assert_cmpuint (server->requests->len, ==, 3);
}

static void
test_page_limit (void)
{
  g_autoptr(MrTestServer) server = mr_test_server_new (VARIABLE);
  g_autoptr(GError) error = NULL;
  g_autoptr(MrNetResult) result = NULL;

  /* A timeline without end, one status a page. */
  mr_test_server_route (server, LOOKUP_PATH, 200, account_json);
  mr_test_server_route (server, STATUSES_PATH, 200, "[" PLAIN ("1000") "]");
  for (guint id = 1000; id > 900; id--)
    {
      g_autofree char *key = g_strdup_printf (STATUSES_PATH "?max_id=%u", id);
      g_autofree char *page = g_strdup_printf ("[{\"id\": \"%u\","
                                               " \"created_at\": \"2024-05-01T00:00:00Z\"}]",
                                               id - 1);

      mr_test_server_route (server, key, 200, page);
    }
  result = fetch ("anna@mastodon.social", 100, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (result->posts->len, ==, 25);
  g_assert_cmpuint (server->requests->len, ==, 1 + 25);
}

static void
test_boosts (void)
{
  g_autoptr(MrTestServer) server = mr_test_server_new (VARIABLE);
  g_autoptr(GError) error = NULL;
  g_autoptr(MrNetResult) result = NULL;
  MrNetPost *post;

  mr_test_server_route (server, LOOKUP_PATH, 200, account_json);
  mr_test_server_route (server, STATUSES_PATH, 200,
                        "[" BOOST ("302") "," PLAIN ("301") "," BOOST ("300") "]");
  /* A boost at the end of a page still says where the next one starts. */
  mr_test_server_route (server, STATUSES_PATH "?max_id=300", 200, "[" PLAIN ("299") "]");
  mr_test_server_route (server, STATUSES_PATH "?max_id=299", 200, "[]");
  result = fetch ("anna@mastodon.social", 100, &error);

  g_assert_no_error (error);
  assert_texts (result, "Status 301, Status 299");
  post = g_ptr_array_index (result->posts, 0);
  g_assert_cmpint (post->likes, ==, 1);
  g_assert_cmpuint (server->requests->len, ==, 4);
}

static void
test_escaping (void)
{
  g_autoptr(MrTestServer) server = mr_test_server_new (VARIABLE);
  g_autoptr(GError) error = NULL;
  g_autoptr(MrNetResult) result = NULL;

  /* What the server sends goes back into addresses escaped: unescaped, the '#' would
   * end the path and the '&' start another parameter. (The stand-in sees the path
   * unescaped, the query as sent.) */
  mr_test_server_route (server, LOOKUP_PATH, 200, "{\"id\": \"7#8 9\", \"username\": \"anna\"}");
  mr_test_server_route (server, "/api/v1/accounts/7#8 9/statuses", 200,
                        "[" PLAIN ("1&limit=0") "]");
  result = fetch ("anna@mastodon.social", 100, &error);

  g_assert_no_error (error);
  assert_texts (result, "Status 1&limit=0");
  g_assert_cmpuint (server->requests->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (server->requests, 2), ==,
                   "/api/v1/accounts/7#8 9/statuses?exclude_reblogs=true&limit=40"
                   "&max_id=1%26limit%3D0");
}

static void
test_not_found (void)
{
  g_autoptr(MrTestServer) server = mr_test_server_new (VARIABLE);

  mr_test_server_route (server, LOOKUP_PATH, 404, "{\"error\": \"Record not found\"}");
  assert_fails (server, "nobody@mastodon.social", MR_NET_ERROR_NOT_FOUND,
                "No such account on 127.0.0.1");
  g_assert_cmpuint (server->requests->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (server->requests, 0), ==, LOOKUP_PATH "?acct=nobody");
}

static void
test_bad_handle (void)
{
  static const char * const handles[] = {
    "anna", "@anna", "anna@", "@anna@", "@mastodon.social", "@@mastodon.social", "",
    "anna@mastodon.social/api", "anna@@mastodon.social", "anna@bob@mastodon.social",
    "an na@mastodon.social", "anna@mastodon social", "anna@mastodon.social:443",
    "anna@127.0.0.1", "anna@localhost", "anna@-mastodon.social", "anna@mastodon..social",
    "anna@mastodon.social.", "anna@mastodon.social?x", "anna/x@mastodon.social",
  };
  g_autoptr(MrTestServer) server = mr_test_server_new (VARIABLE);

  mr_test_server_route (server, LOOKUP_PATH, 200, account_json);
  for (guint i = 0; i < G_N_ELEMENTS (handles); i++)
    {
      const char *bare = handles[i][0] == '@' ? handles[i] + 1 : handles[i];
      g_autofree char *quoted = g_strdup_printf ("“%s” is not a Mastodon handle", bare);

      assert_fails (server, handles[i], MR_NET_ERROR_FAILED, quoted);
      assert_fails (server, handles[i], MR_NET_ERROR_FAILED, "must look like name@server.social");
    }
  g_assert_cmpuint (server->requests->len, ==, 0);
}

static void
test_rate_limited (void)
{
  g_autoptr(MrTestServer) server = mr_test_server_new (VARIABLE);
  MrTestRoute *route;

  route = mr_test_server_route (server, LOOKUP_PATH, 429, "{\"error\": \"Too many requests\"}");
  route->header = g_strdup ("Retry-After: 300");
  assert_fails (server, "anna@mastodon.social", MR_NET_ERROR_RATE_LIMITED,
                "127.0.0.1 is limiting requests: try again in 5 minutes");
}

static void
test_server_error (void)
{
  g_autoptr(MrTestServer) server = mr_test_server_new (VARIABLE);

  mr_test_server_route (server, LOOKUP_PATH, 200, account_json);
  mr_test_server_route (server, STATUSES_PATH, 500, "{\"error\": \"oops\"}");
  assert_fails (server, "anna@mastodon.social", MR_NET_ERROR_SERVER, "HTTP 500");
}

static void
test_malformed (void)
{
  g_autoptr(MrTestServer) server = mr_test_server_new (VARIABLE);

  mr_test_server_route (server, LOOKUP_PATH, 200, "<html>Maintenance</html>");
  assert_fails (server, "anna@mastodon.social", MR_NET_ERROR_MALFORMED, "not JSON");

  mr_test_server_route (server, LOOKUP_PATH, 200, "[]");
  assert_fails (server, "anna@mastodon.social", MR_NET_ERROR_MALFORMED, "not a JSON object");

  mr_test_server_route (server, LOOKUP_PATH, 200, "{\"username\": \"anna\"}");
  assert_fails (server, "anna@mastodon.social", MR_NET_ERROR_MALFORMED, "“id” is missing");

  mr_test_server_route (server, LOOKUP_PATH, 200,
                        "{\"id\": \"109\", \"username\": \"anna\", \"followers_count\": \"many\"}");
  assert_fails (server, "anna@mastodon.social", MR_NET_ERROR_MALFORMED,
                "“followers_count” is not a whole number");

  mr_test_server_route (server, LOOKUP_PATH, 200, account_json);
  mr_test_server_route (server, STATUSES_PATH, 200, "{\"statuses\": []}");
  assert_fails (server, "anna@mastodon.social", MR_NET_ERROR_MALFORMED, "not a JSON list");

  mr_test_server_route (server, STATUSES_PATH, 200, "[" PLAIN ("2") ", 42]");
  assert_fails (server, "anna@mastodon.social", MR_NET_ERROR_MALFORMED,
                "“[1]” is not an object");

  mr_test_server_route (server, STATUSES_PATH, 200,
                        "[" PLAIN ("2") "," STATUS ("1", "yesterday", "", "0", "0", "0") "]");
  assert_fails (server, "anna@mastodon.social", MR_NET_ERROR_MALFORMED,
                "“[1].created_at” is not a date and time");

  mr_test_server_route (server, STATUSES_PATH, 200,
                        "[" STATUS ("1", "2024-05-01T00:00:00", "", "0", "0", "0") "]");
  assert_fails (server, "anna@mastodon.social", MR_NET_ERROR_MALFORMED,
                "“[0].created_at” is not a date and time");

  mr_test_server_route (server, STATUSES_PATH, 200,
                        "[" STATUS ("1", "2024-05-01T00:00:00Z", "", "-3", "0", "0") "]");
  assert_fails (server, "anna@mastodon.social", MR_NET_ERROR_MALFORMED,
                "“[0].favourites_count” is not a whole number");

  mr_test_server_route (server, STATUSES_PATH, 200,
                        "[" STATUS_WITH ("1", "2024-05-01T00:00:00Z", "null", "", "0", "0", "0",
                                         "true") "]");
  assert_fails (server, "anna@mastodon.social", MR_NET_ERROR_MALFORMED,
                "“[0].reblog” is not an object");

  mr_test_server_route (server, STATUSES_PATH, 200, "[{\"id\": 1}]");
  assert_fails (server, "anna@mastodon.social", MR_NET_ERROR_MALFORMED, "“[0].id” is not text");
}

static void
test_base_url (void)
{
  const MrNetProvider *provider = &mr_net_provider_mastodon;
  g_autoptr(GError) error = NULL;
  g_autofree char *url = NULL;
  g_autofree char *override = NULL;

  /* Without a stand-in, each handle's own server. */
  g_unsetenv (VARIABLE);
  g_assert_null (provider->default_url);
  url = provider->resolve_base_url (provider, "anna@Mastodon.Social", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (url, ==, "https://mastodon.social");
  g_clear_pointer (&url, g_free);
  url = provider->resolve_base_url (provider, "bob@fosstodon.org", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (url, ==, "https://fosstodon.org");

  /* A stand-in replaces every server. */
  g_setenv (VARIABLE, "http://127.0.0.1:8080/", TRUE);
  override = provider->resolve_base_url (provider, "bob@fosstodon.org", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (override, ==, "http://127.0.0.1:8080");
  g_unsetenv (VARIABLE);
}

static void
test_override_refused (void)
{
  g_autoptr(MrTestServer) server = mr_test_server_new (VARIABLE);

  mr_test_server_route (server, LOOKUP_PATH, 200, account_json);
  g_setenv (VARIABLE, "http://192.0.2.1", TRUE);
  assert_fails (server, "anna@mastodon.social", MR_NET_ERROR_INSECURE_URL, VARIABLE);
  g_setenv (VARIABLE, "https://mastodon.social.evil.example", TRUE);
  assert_fails (server, "anna@mastodon.social", MR_NET_ERROR_INSECURE_URL,
                "not a server on this computer");
  g_assert_cmpuint (server->requests->len, ==, 0);
}

static void
test_cancelled (void)
{
  g_autoptr(MrTestServer) server = mr_test_server_new (VARIABLE);
  g_autoptr(SoupSession) session = mr_net_session_new (10);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  const MrNetProvider *provider = &mr_net_provider_mastodon;
  g_autoptr(GError) error = NULL;
  g_autoptr(GAsyncResult) fetched = NULL;
  g_autoptr(MrNetResult) result = NULL;

  mr_test_server_route (server, LOOKUP_PATH, 200, account_json);
  mr_test_server_route (server, STATUSES_PATH, 200, "[]")->never = TRUE;
  mr_net_provider_fetch_async (provider, session, "anna@mastodon.social", NULL, 100, cancellable,
                               mr_test_on_result, &fetched);
  /* The user stops the refresh while the server is slow with the statuses. */
  while (server->requests->len < 2)
    g_main_context_iteration (NULL, TRUE);
  g_cancellable_cancel (cancellable);

  result = mr_net_provider_fetch_finish (provider, mr_test_wait_for (&fetched), &error);
  g_assert_null (result);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/fetch-mastodon/profile", test_profile);
  g_test_add_func ("/fetch-mastodon/hidden-counts", test_hidden_counts);
  g_test_add_func ("/fetch-mastodon/posts", test_posts);
  g_test_add_func ("/fetch-mastodon/permalink-not-an-address", test_permalink_not_an_address);
  g_test_add_func ("/fetch-mastodon/pagination", test_pagination);
  g_test_add_func ("/fetch-mastodon/max-posts", test_max_posts);
  g_test_add_func ("/fetch-mastodon/endless", test_endless);
  g_test_add_func ("/fetch-mastodon/page-limit", test_page_limit);
  g_test_add_func ("/fetch-mastodon/boosts", test_boosts);
  g_test_add_func ("/fetch-mastodon/escaping", test_escaping);
  g_test_add_func ("/fetch-mastodon/not-found", test_not_found);
  g_test_add_func ("/fetch-mastodon/bad-handle", test_bad_handle);
  g_test_add_func ("/fetch-mastodon/rate-limited", test_rate_limited);
  g_test_add_func ("/fetch-mastodon/server-error", test_server_error);
  g_test_add_func ("/fetch-mastodon/malformed", test_malformed);
  g_test_add_func ("/fetch-mastodon/base-url", test_base_url);
  g_test_add_func ("/fetch-mastodon/override-refused", test_override_refused);
  g_test_add_func ("/fetch-mastodon/cancelled", test_cancelled);

  return g_test_run ();
}
