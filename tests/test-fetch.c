/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-fetch"

#include "config.h"

#include <string.h>

#include "mr-net-provider.h"
#include "mr-test-server.h"
#include "mr-test-util.h"

/* The Bluesky provider against a local SoupServer standing in for the AppView. */

#define PROFILE_PATH "/xrpc/app.bsky.actor.getProfile"
#define FEED_PATH "/xrpc/app.bsky.feed.getAuthorFeed"


static MrNetResult *
fetch_with (SoupSession *session,
            const char  *handle,
            guint        max_posts,
            GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  mr_net_provider_fetch_async (&mr_net_provider_bluesky, session, handle, NULL, max_posts, NULL,
                               mr_test_on_result, &result);
  return mr_net_provider_fetch_finish (&mr_net_provider_bluesky, mr_test_wait_for (&result),
                                       error);
}

static MrNetResult *
fetch (const char  *handle,
       guint        max_posts,
       GError     **error)
{
  g_autoptr(SoupSession) session = mr_net_session_new (10);

  return fetch_with (session, handle, max_posts, error);
}

static const char profile_json[] =
  "{\"did\": \"did:plc:abc\", \"handle\": \"anna.bsky.social\", \"displayName\": \"Anna\","
  " \"followersCount\": 1234, \"followsCount\": 56, \"postsCount\": 789}";

static void
test_profile (void)
{
  g_autoptr(MrTestServer) stub = mr_test_server_new ("MICROREACH_BLUESKY_URL");
  g_autoptr(GError) error = NULL;
  g_autoptr(MrNetResult) result = NULL;

  mr_test_server_route (stub, PROFILE_PATH, 200, profile_json);
  result = fetch ("@anna.bsky.social", 0, &error);

  g_assert_no_error (error);
  g_assert_cmpint (result->platform, ==, MR_PLATFORM_BLUESKY);
  g_assert_cmpstr (result->profile.handle, ==, "anna.bsky.social");
  g_assert_cmpstr (result->profile.display_name, ==, "Anna");
  g_assert_cmpint (result->profile.followers, ==, 1234);
  g_assert_cmpint (result->profile.following, ==, 56);
  g_assert_cmpint (result->profile.posts, ==, 789);
  g_assert_cmpuint (result->posts->len, ==, 0);
  /* The '@' is the user's, not the handle's; no feed was asked for. */
  g_assert_cmpuint (stub->requests->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (stub->requests, 0), ==,
                   PROFILE_PATH "?actor=anna.bsky.social");
  g_assert_cmpstr (stub->user_agent, ==, "Microreach/" PACKAGE_VERSION);
}

#define FEED_POST(rkey, text, time, likes, replies, reposts, quotes) \
  "{\"post\": {\"uri\": \"at://did:plc:abc/app.bsky.feed.post/" rkey "\"," \
  " \"author\": {\"did\": \"did:plc:abc\", \"handle\": \"anna.bsky.social\"}," \
  " \"record\": {\"$type\": \"app.bsky.feed.post\", \"text\": \"" text "\"," \
  " \"createdAt\": \"" time "\"}," \
  " \"likeCount\": " likes ", \"replyCount\": " replies "," \
  " \"repostCount\": " reposts ", \"quoteCount\": " quotes "}}"

static const char page_one[] =
  "{\"feed\": ["
  FEED_POST ("3k1", "First", "2024-05-02T10:00:00.000Z", "10", "2", "3", "1") ","
  "{\"post\": {\"uri\": \"at://did:plc:other/app.bsky.feed.post/9zz\","
  " \"author\": {\"did\": \"did:plc:other\", \"handle\": \"bob.bsky.social\"},"
  " \"record\": {\"text\": \"Bob's\", \"createdAt\": \"2024-05-01T09:00:00Z\"},"
  " \"likeCount\": 999, \"replyCount\": 0, \"repostCount\": 5, \"quoteCount\": 0},"
  " \"reason\": {\"$type\": \"app.bsky.feed.defs#reasonRepost\","
  "  \"by\": {\"handle\": \"anna.bsky.social\"}, \"indexedAt\": \"2024-05-01T12:00:00Z\"}},"
  FEED_POST ("3k2", "Second", "2024-04-30T08:30:00+02:00", "20", "4", "6", "0")
  "], \"cursor\": \"page two\"}";

static const char page_two[] =
  "{\"feed\": ["
  FEED_POST ("3k3", "Third", "2024-04-20T00:00:00Z", "0", "0", "0", "0")
  "]}";

/* Found by fuzzing: a post's key went into its permalink as the server sent it, so a
 * key that is not one ("3k%zz") made an address no browser opens. */
static void
test_permalink_escaped (void)
{
  g_autoptr(MrTestServer) stub = mr_test_server_new ("MICROREACH_BLUESKY_URL");
  g_autoptr(GError) error = NULL;
  g_autoptr(MrNetResult) result = NULL;

  mr_test_server_route (stub, PROFILE_PATH, 200, profile_json);
  mr_test_server_route (stub, FEED_PATH, 200,
                        "{\"feed\": ["
                        FEED_POST ("3k%zz", "Odd", "2024-05-02T10:00:00Z", "1", "0", "0", "0")
                        "]}");
  result = fetch ("anna.bsky.social", 100, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (result->posts->len, ==, 1);
  g_assert_cmpstr (((MrNetPost *) g_ptr_array_index (result->posts, 0))->permalink, ==,
                   "https://bsky.app/profile/anna.bsky.social/post/3k%25zz");
}

static void
test_pagination (void)
{
  g_autoptr(MrTestServer) stub = mr_test_server_new ("MICROREACH_BLUESKY_URL");
  g_autoptr(GError) error = NULL;
  g_autoptr(MrNetResult) result = NULL;
  MrNetPost *post;

  mr_test_server_route (stub, PROFILE_PATH, 200, profile_json);
  mr_test_server_route (stub, FEED_PATH, 200, page_one);
  mr_test_server_route (stub, FEED_PATH "?cursor=page two", 200, page_two);
  result = fetch ("anna.bsky.social", 100, &error);

  g_assert_no_error (error);
  /* Bob's post, reposted by Anna, is not hers. */
  g_assert_cmpuint (result->posts->len, ==, 3);
  post = g_ptr_array_index (result->posts, 0);
  g_assert_cmpstr (post->external_id, ==, "at://did:plc:abc/app.bsky.feed.post/3k1");
  g_assert_cmpstr (post->permalink, ==, "https://bsky.app/profile/anna.bsky.social/post/3k1");
  g_assert_cmpstr (post->text, ==, "First");
  g_assert_cmpint (post->published_at, ==, 1714644000);
  g_assert_cmpint (post->likes, ==, 10);
  g_assert_cmpint (post->replies, ==, 2);
  g_assert_cmpint (post->reposts, ==, 3);
  g_assert_cmpint (post->quotes, ==, 1);
  post = g_ptr_array_index (result->posts, 1);
  g_assert_cmpstr (post->text, ==, "Second");
  g_assert_cmpint (post->published_at, ==, 1714458600);
  g_assert_cmpint (post->likes, ==, 20);
  post = g_ptr_array_index (result->posts, 2);
  g_assert_cmpstr (post->text, ==, "Third");
  g_assert_cmpint (post->likes, ==, 0);

  /* The second page was asked for with the first one's cursor, escaped. */
  g_assert_cmpuint (stub->requests->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (stub->requests, 2), ==,
                   FEED_PATH "?actor=anna.bsky.social&limit=98&cursor=page%20two");
}

static void
test_max_posts (void)
{
  g_autoptr(MrTestServer) stub = mr_test_server_new ("MICROREACH_BLUESKY_URL");
  g_autoptr(GError) error = NULL;
  g_autoptr(MrNetResult) result = NULL;

  mr_test_server_route (stub, PROFILE_PATH, 200, profile_json);
  mr_test_server_route (stub, FEED_PATH, 200, page_one);
  mr_test_server_route (stub, FEED_PATH "?cursor=page two", 200, page_two);
  result = fetch ("anna.bsky.social", 2, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (result->posts->len, ==, 2);
  g_assert_cmpuint (stub->requests->len, ==, 2);
}

static void
assert_fetch_fails (MrTestServer *stub,
                    int         code,
                    const char *in_message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MrNetResult) result = fetch ("anna.bsky.social", 100, &error);

  g_assert_null (result);
  g_assert_error (error, MR_NET_ERROR, code);
  if (strstr (error->message, in_message) == NULL)
    g_error ("“%s” does not say “%s”", error->message, in_message);
}

/* An answer nested a hundred thousand levels deep would overflow json-glib's stack: it
 * is refused before json-glib reads it. */
static void
test_too_deep (void)
{
  g_autoptr(MrTestServer) stub = mr_test_server_new ("MICROREACH_BLUESKY_URL");
  g_autofree char *deep = g_strnfill (100000, '[');

  mr_test_server_route (stub, PROFILE_PATH, 200, deep);
  assert_fetch_fails (stub, MR_NET_ERROR_MALFORMED, "levels deep");
}

/* Only HTTPS: a redirect is followed to another HTTPS address (here, as the stand-in
 * server is local, to another loopback one), never to plain HTTP elsewhere. */
static void
test_redirect (void)
{
  g_autoptr(MrTestServer) stub = mr_test_server_new ("MICROREACH_BLUESKY_URL");
  g_autoptr(GError) error = NULL;
  g_autoptr(MrNetResult) result = NULL;
  MrTestRoute *route;

  route = mr_test_server_route (stub, PROFILE_PATH, 301, "{}");
  route->header = g_strdup ("Location: /moved" PROFILE_PATH "?actor=anna.bsky.social");
  mr_test_server_route (stub, "/moved" PROFILE_PATH, 200, profile_json);
  result = fetch ("anna.bsky.social", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result->profile.followers, ==, 1234);
  g_assert_cmpstr (g_ptr_array_index (stub->requests, 1), ==,
                   "/moved" PROFILE_PATH "?actor=anna.bsky.social");

  g_free (route->header);
  route->header = g_strdup ("Location: http://example.com" PROFILE_PATH);
  assert_fetch_fails (stub, MR_NET_ERROR_INSECURE_URL, "example.com");

  /* A loop ends. */
  g_free (route->header);
  route->header = g_strdup ("Location: " PROFILE_PATH "?actor=anna.bsky.social");
  assert_fetch_fails (stub, MR_NET_ERROR_FAILED, "too many times");
}

static void
test_not_found (void)
{
  g_autoptr(MrTestServer) stub = mr_test_server_new ("MICROREACH_BLUESKY_URL");

  mr_test_server_route (stub, PROFILE_PATH, 400,
              "{\"error\": \"InvalidRequest\", \"message\": \"Profile not found\"}");
  assert_fetch_fails (stub, MR_NET_ERROR_NOT_FOUND, "No such account on 127.0.0.1");

  mr_test_server_clear_routes (stub);
  assert_fetch_fails (stub, MR_NET_ERROR_NOT_FOUND, "No such account");

  /* Found by fuzzing: a refusal's body was read without the checks of an answer's, so
   * the first of two values said "not found" and the second's memory was lost. */
  mr_test_server_route (stub, PROFILE_PATH, 400,
              "{\"message\": \"Profile not found\"} {\"message\": \"Profile not found\"}");
  assert_fetch_fails (stub, MR_NET_ERROR_FAILED, "HTTP 400");

  /* Not every 400 is an unknown account. */
  mr_test_server_route (stub, PROFILE_PATH, 400,
              "{\"error\": \"InvalidRequest\", \"message\": \"Error: actor must be a valid did or a handle\"}");
  assert_fetch_fails (stub, MR_NET_ERROR_FAILED, "HTTP 400");
}

static void
test_rate_limited (void)
{
  g_autoptr(MrTestServer) stub = mr_test_server_new ("MICROREACH_BLUESKY_URL");

  mr_test_server_route (stub, PROFILE_PATH, 429, "{\"error\": \"RateLimitExceeded\"}");
  mr_test_server_get_route (stub, PROFILE_PATH)->header = g_strdup ("Retry-After: 120");
  assert_fetch_fails (stub, MR_NET_ERROR_RATE_LIMITED, "try again in 2 minutes");

  g_free (mr_test_server_get_route (stub, PROFILE_PATH)->header);
  mr_test_server_get_route (stub, PROFILE_PATH)->header = g_strdup ("Retry-After: 30");
  assert_fetch_fails (stub, MR_NET_ERROR_RATE_LIMITED, "try again in 1 minute");

  g_clear_pointer (&mr_test_server_get_route (stub, PROFILE_PATH)->header, g_free);
  assert_fetch_fails (stub, MR_NET_ERROR_RATE_LIMITED, "try again later");
}

static void
test_retry_after (void)
{
  g_autoptr(SoupMessageHeaders) headers = soup_message_headers_new (SOUP_MESSAGE_HEADERS_RESPONSE);
  const gint64 now = 1714644000;   /* Thu, 02 May 2024 10:00:00 GMT */

  g_assert_cmpint (mr_net_retry_after_seconds (headers, now), ==, -1);
  soup_message_headers_replace (headers, "RateLimit-Reset", "1714644300");
  g_assert_cmpint (mr_net_retry_after_seconds (headers, now), ==, 300);
  soup_message_headers_replace (headers, "RateLimit-Reset", "90");
  g_assert_cmpint (mr_net_retry_after_seconds (headers, now), ==, 90);
  soup_message_headers_remove (headers, "RateLimit-Reset");
  soup_message_headers_replace (headers, "X-RateLimit-Reset", "2024-05-02T10:10:00.000Z");
  g_assert_cmpint (mr_net_retry_after_seconds (headers, now), ==, 600);
  /* Retry-After wins, as an HTTP date too. */
  soup_message_headers_replace (headers, "Retry-After", "Thu, 02 May 2024 10:03:00 GMT");
  g_assert_cmpint (mr_net_retry_after_seconds (headers, now), ==, 180);
}

static void
test_server_error (void)
{
  g_autoptr(MrTestServer) stub = mr_test_server_new ("MICROREACH_BLUESKY_URL");

  mr_test_server_route (stub, PROFILE_PATH, 200, profile_json);
  mr_test_server_route (stub, FEED_PATH, 500, "{\"error\": \"InternalServerError\"}");
  assert_fetch_fails (stub, MR_NET_ERROR_SERVER, "HTTP 500");
}

static void
test_malformed (void)
{
  g_autoptr(MrTestServer) stub = mr_test_server_new ("MICROREACH_BLUESKY_URL");
  g_autofree char *wrong_count = NULL;

  mr_test_server_route (stub, PROFILE_PATH, 200, "<html>Down for maintenance</html>");
  assert_fetch_fails (stub, MR_NET_ERROR_MALFORMED, "not JSON");

  mr_test_server_route (stub, PROFILE_PATH, 200, "[1, 2]");
  assert_fetch_fails (stub, MR_NET_ERROR_MALFORMED, "not a JSON object");

  mr_test_server_route (stub, PROFILE_PATH, 200, "{\"handle\": \"anna\", \"followersCount\": \"many\"}");
  assert_fetch_fails (stub, MR_NET_ERROR_MALFORMED, "“followersCount” is not a whole number");

  mr_test_server_route (stub, PROFILE_PATH, 200, "{\"followersCount\": 3}");
  assert_fetch_fails (stub, MR_NET_ERROR_MALFORMED, "“handle” is missing");

  mr_test_server_route (stub, PROFILE_PATH, 200, profile_json);
  mr_test_server_route (stub, FEED_PATH, 200, "{\"feed\": {}}");
  assert_fetch_fails (stub, MR_NET_ERROR_MALFORMED, "“feed” is not a list");

  wrong_count = g_strdup ("{\"feed\": ["
                          FEED_POST ("3k1", "First", "2024-05-02T10:00:00Z", "1", "2", "3", "4") ","
                          FEED_POST ("3k2", "Second", "2024-05-02T10:00:00Z", "-1", "2", "3", "4")
                          "]}");
  mr_test_server_route (stub, FEED_PATH, 200, wrong_count);
  assert_fetch_fails (stub, MR_NET_ERROR_MALFORMED, "“feed[1].post.likeCount”");

  mr_test_server_route (stub, FEED_PATH, 200,
              "{\"feed\": [" FEED_POST ("3k1", "First", "yesterday", "1", "2", "3", "4") "]}");
  assert_fetch_fails (stub, MR_NET_ERROR_MALFORMED, "“feed[0].post.record.createdAt” is not a date");

  mr_test_server_route (stub, FEED_PATH, 200, "{\"feed\": [42]}");
  assert_fetch_fails (stub, MR_NET_ERROR_MALFORMED, "“feed[0]” is not an object");
}

/* Found by fuzzing: an answer with an empty body made json-glib refuse its arguments
 * without saying why, and the refresh read the reason that was not there. */
static void
test_empty_answer (void)
{
  g_autoptr(MrTestServer) stub = mr_test_server_new ("MICROREACH_BLUESKY_URL");

  mr_test_server_route (stub, PROFILE_PATH, 200, "");
  assert_fetch_fails (stub, MR_NET_ERROR_MALFORMED, "gave an empty answer");
}

/* Found by fuzzing: json-glib reads an escaped lone surrogate into bytes that are not
 * UTF-8, which a field would have carried into the database and the window, loses the
 * memory of half a surrogate pair, reads "\q" as "q", and quotes the text it stopped at
 * cut within a character. */
static void
test_bad_escapes (void)
{
  g_autoptr(MrTestServer) stub = mr_test_server_new ("MICROREACH_BLUESKY_URL");
  g_autoptr(GError) error = NULL;
  g_autoptr(MrNetResult) result = NULL;

  mr_test_server_route (stub, PROFILE_PATH, 200,
                        "{\"handle\": \"anna\\ud800y\", \"postsCount\": 1}");
  assert_fetch_fails (stub, MR_NET_ERROR_MALFORMED,
                      "not JSON: it holds a “\\” that starts no valid escape");
  mr_test_server_route (stub, PROFILE_PATH, 200,
                        "{\"handle\": \"anna\\ud83d\\u0041\", \"postsCount\": 1}");
  assert_fetch_fails (stub, MR_NET_ERROR_MALFORMED, "that starts no valid escape");
  mr_test_server_route (stub, PROFILE_PATH, 200, "{\"handle\": \"anna\\q\"}");
  assert_fetch_fails (stub, MR_NET_ERROR_MALFORMED, "that starts no valid escape");

  /* json-glib quotes where it stopped, cut within a character. */
  mr_test_server_route (stub, PROFILE_PATH, 200,
                        "{\"a\": 1, \"éééééééééééééééééééééééééééééééééééééééé\" \"b\": 2}");
  g_clear_pointer (&result, mr_net_result_free);
  result = fetch ("anna.bsky.social", 100, &error);
  g_assert_error (error, MR_NET_ERROR, MR_NET_ERROR_MALFORMED);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_clear_error (&error);

  /* A whole pair is a character. */
  mr_test_server_route (stub, PROFILE_PATH, 200,
                        "{\"handle\": \"anna\", \"displayName\": \"Anna \\ud83d\\ude00\"}");
  mr_test_server_route (stub, FEED_PATH, 200, "{\"feed\": []}");
  result = fetch ("anna.bsky.social", 100, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (result->profile.display_name, ==, "Anna 😀");
}

/* Found by fuzzing: json-glib reads a second value after the first as if it were not
 * there, and loses its memory. */
static void
test_two_values (void)
{
  g_autoptr(MrTestServer) stub = mr_test_server_new ("MICROREACH_BLUESKY_URL");

  mr_test_server_route (stub, PROFILE_PATH, 200,
                        "{\"handle\": \"anna.bsky.social\"}\n{\"handle\": \"bob.bsky.social\"}");
  assert_fetch_fails (stub, MR_NET_ERROR_MALFORMED, "not JSON: more follows after its end");

  /* White space after the value is nothing more. */
  mr_test_server_route (stub, PROFILE_PATH, 200, "\xEF\xBB\xBF {\"handle\": \"anna\"}\r\n");
  mr_test_server_route (stub, FEED_PATH, 200, "{\"feed\": []}\n\n");
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(MrNetResult) result = fetch ("anna.bsky.social", 100, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (result->profile.handle, ==, "anna");
  }
}

static char *
oversized_feed (void)
{
  GString *json = g_string_new ("{\"feed\": [], \"padding\": \"");

  while (json->len <= MR_NET_MAX_BODY_BYTES)
    g_string_append (json, "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
  g_string_append (json, "\"}");
  return g_string_free (json, FALSE);
}

static void
test_too_large (void)
{
  g_autoptr(MrTestServer) stub = mr_test_server_new ("MICROREACH_BLUESKY_URL");
  g_autofree char *feed = oversized_feed ();

  mr_test_server_route (stub, PROFILE_PATH, 200, profile_json);
  mr_test_server_route (stub, FEED_PATH, 200, feed);
  assert_fetch_fails (stub, MR_NET_ERROR_TOO_LARGE, "larger than");

  /* Without a Content-Length the cap holds while reading. */
  mr_test_server_get_route (stub, FEED_PATH)->chunked = TRUE;
  assert_fetch_fails (stub, MR_NET_ERROR_TOO_LARGE, "larger than");
}

static void
test_timeout (void)
{
  g_autoptr(MrTestServer) stub = mr_test_server_new ("MICROREACH_BLUESKY_URL");
  g_autoptr(SoupSession) session = mr_net_session_new (1);
  g_autoptr(GError) error = NULL;
  g_autoptr(MrNetResult) result = NULL;
  gint64 start = g_get_monotonic_time ();

  mr_test_server_route (stub, PROFILE_PATH, 200, profile_json);
  mr_test_server_get_route (stub, PROFILE_PATH)->never = TRUE;
  result = fetch_with (session, "anna.bsky.social", 100, &error);

  g_assert_null (result);
  g_assert_error (error, MR_NET_ERROR, MR_NET_ERROR_TIMEOUT);
  g_assert_nonnull (strstr (error->message, "did not answer in time"));
  g_assert_cmpint (g_get_monotonic_time () - start, <, 10 * G_USEC_PER_SEC);
}

static void
test_override (void)
{
  static const struct {
    const char *value;
    const char *resolved;   /* NULL: refused */
  } cases[] = {
    { "", "https://public.api.bsky.app" },
    { "http://127.0.0.1:8080/", "http://127.0.0.1:8080" },
    { "http://127.3.4.5", "http://127.3.4.5" },
    { "http://[::1]:9000", "http://[::1]:9000" },
    { "http://LOCALHOST:1", "http://LOCALHOST:1" },
    { "http://example.com", NULL },
    { "https://public.api.bsky.app.evil.example", NULL },
    { "http://10.0.0.1:8080", NULL },
    { "http://128.0.0.1", NULL },
    { "http://localhost.example.com", NULL },
    { "ftp://127.0.0.1", NULL },
    { "127.0.0.1:8080", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *url = NULL;

      g_setenv ("MICROREACH_TEST_URL", cases[i].value, TRUE);
      url = mr_net_resolve_base_url ("MICROREACH_TEST_URL", "https://public.api.bsky.app", &error);
      if (cases[i].resolved != NULL)
        {
          g_assert_no_error (error);
          g_assert_cmpstr (url, ==, cases[i].resolved);
        }
      else
        {
          g_assert_null (url);
          g_assert_error (error, MR_NET_ERROR, MR_NET_ERROR_INSECURE_URL);
          g_assert_nonnull (strstr (error->message, "MICROREACH_TEST_URL"));
        }
    }
  g_unsetenv ("MICROREACH_TEST_URL");
}

static void
test_override_refused (void)
{
  g_autoptr(MrTestServer) stub = mr_test_server_new ("MICROREACH_BLUESKY_URL");

  /* The stand-in answers, but a fetch pointed elsewhere never gets that far. */
  mr_test_server_route (stub, PROFILE_PATH, 200, profile_json);
  g_setenv ("MICROREACH_BLUESKY_URL", "http://192.0.2.1", TRUE);
  assert_fetch_fails (stub, MR_NET_ERROR_INSECURE_URL, "MICROREACH_BLUESKY_URL");
  g_assert_cmpuint (stub->requests->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/fetch/profile", test_profile);
  g_test_add_func ("/fetch/pagination", test_pagination);
  g_test_add_func ("/fetch/permalink-escaped", test_permalink_escaped);
  g_test_add_func ("/fetch/max-posts", test_max_posts);
  g_test_add_func ("/fetch/not-found", test_not_found);
  g_test_add_func ("/fetch/redirect", test_redirect);
  g_test_add_func ("/fetch/too-deep", test_too_deep);
  g_test_add_func ("/fetch/rate-limited", test_rate_limited);
  g_test_add_func ("/fetch/retry-after", test_retry_after);
  g_test_add_func ("/fetch/server-error", test_server_error);
  g_test_add_func ("/fetch/malformed", test_malformed);
  g_test_add_func ("/fetch/empty-answer", test_empty_answer);
  g_test_add_func ("/fetch/bad-escapes", test_bad_escapes);
  g_test_add_func ("/fetch/two-values", test_two_values);
  g_test_add_func ("/fetch/too-large", test_too_large);
  g_test_add_func ("/fetch/timeout", test_timeout);
  g_test_add_func ("/fetch/override", test_override);
  g_test_add_func ("/fetch/override-refused", test_override_refused);

  return g_test_run ();
}
