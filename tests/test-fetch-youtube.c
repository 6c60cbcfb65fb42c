/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-fetch-youtube"

#include "config.h"

#include <string.h>

#include "mr-net-provider.h"
#include "mr-test-server.h"
#include "mr-test-util.h"

/* The YouTube provider against a local SoupServer standing in for the Data API. */

#define VARIABLE "MICROREACH_YOUTUBE_URL"
/* The Data API's address has a path of its own, which every request keeps. */
#define API_PATH "/youtube/v3"
#define CHANNELS_PATH API_PATH "/channels"
#define PLAYLIST_PATH API_PATH "/playlistItems"
#define VIDEOS_PATH API_PATH "/videos"

/* A key with characters a query must escape; it may show in no error message. */
#define KEY "AIza-Test+Key/9&x=1"
#define KEY_ESCAPED "AIza-Test%2BKey%2F9%26x%3D1"

static MrTestServer *
server_new (void)
{
  return mr_test_server_new_at (VARIABLE, API_PATH "/");
}

static MrNetResult *
fetch_with_key (const char  *handle,
                const char  *key,
                guint        max_posts,
                GError     **error)
{
  g_autoptr(SoupSession) session = mr_net_session_new (10);
  g_autoptr(GAsyncResult) result = NULL;

  mr_net_provider_fetch_async (&mr_net_provider_youtube, session, handle, key, max_posts, NULL,
                               mr_test_on_result, &result);
  return mr_net_provider_fetch_finish (&mr_net_provider_youtube, mr_test_wait_for (&result),
                                       error);
}

static MrNetResult *
fetch (const char  *handle,
       guint        max_posts,
       GError     **error)
{
  return fetch_with_key (handle, KEY, max_posts, error);
}

/* Request @index carried the key, as key=. */
static void
assert_key_sent (MrTestServer *server,
                 guint         index)
{
  const char *request;
  g_autoptr(GHashTable) query = NULL;

  g_assert_cmpuint (index, <, server->requests->len);
  request = g_ptr_array_index (server->requests, index);
  g_assert_nonnull (strchr (request, '?'));
  query = soup_form_decode (strchr (request, '?') + 1);
  g_assert_cmpstr (g_hash_table_lookup (query, "key"), ==, KEY);
}

static void
assert_request (MrTestServer *server,
                guint         index,
                const char   *expected)
{
  g_assert_cmpuint (index, <, server->requests->len);
  g_assert_cmpstr (g_ptr_array_index (server->requests, index), ==, expected);
  assert_key_sent (server, index);
}

static const char channel_json[] =
  "{\"kind\": \"youtube#channelListResponse\", \"pageInfo\": {\"totalResults\": 1},"
  " \"items\": [{\"id\": \"UCabc\","
  "  \"snippet\": {\"title\": \"Anna Bakes\", \"customUrl\": \"@annabakes\"},"
  "  \"statistics\": {\"viewCount\": \"987654\", \"subscriberCount\": \"12300\","
  "   \"hiddenSubscriberCount\": false, \"videoCount\": \"245\"},"
  "  \"contentDetails\": {\"relatedPlaylists\": {\"likes\": \"\", \"uploads\": \"UUabc\"}}}]}";

static const char playlist_json[] =
  "{\"items\": ["
  " {\"contentDetails\": {\"videoId\": \"vid3\", \"videoPublishedAt\": \"2024-05-03T12:00:00Z\"}},"
  " {\"contentDetails\": {\"videoId\": \"vid2\"}},"
  " {\"contentDetails\": {\"videoId\": \"gone\"}},"
  " {\"contentDetails\": {\"videoId\": \"vid1\"}}],"
  " \"pageInfo\": {\"totalResults\": 4, \"resultsPerPage\": 50}}";

/* In YouTube's own order, not the playlist's; "gone" was deleted since. */
static const char videos_json[] =
  "{\"items\": ["
  " {\"id\": \"vid1\", \"snippet\": {\"publishedAt\": \"2024-04-20T00:00:00Z\","
  "  \"title\": \"Sourdough\"},"
  "  \"statistics\": {\"viewCount\": \"100\", \"commentCount\": \"0\"}},"
  " {\"id\": \"vid3\", \"snippet\": {\"publishedAt\": \"2024-05-03T12:00:00Z\","
  "  \"title\": \"Croissants\", \"description\": \"Butter.\"},"
  "  \"statistics\": {\"viewCount\": \"45000\", \"likeCount\": \"1200\","
  "   \"favoriteCount\": \"0\", \"commentCount\": \"87\"}},"
  " {\"id\": \"vid2\", \"snippet\": {\"publishedAt\": \"2024-04-30T08:30:00+02:00\","
  "  \"title\": \"Rye\"},"
  "  \"statistics\": {\"viewCount\": 3000, \"likeCount\": \"30\", \"commentCount\": \"4\"}}]}";

static void
test_channel (void)
{
  g_autoptr(MrTestServer) server = server_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(MrNetResult) result = NULL;

  mr_test_server_route (server, CHANNELS_PATH, 200, channel_json);
  result = fetch ("@AnnaBakes", 0, &error);

  g_assert_no_error (error);
  g_assert_cmpint (result->platform, ==, MR_PLATFORM_YOUTUBE);
  g_assert_cmpstr (result->profile.handle, ==, "annabakes");
  g_assert_cmpstr (result->profile.display_name, ==, "Anna Bakes");
  g_assert_cmpint (result->profile.followers, ==, 12300);
  g_assert_cmpint (result->profile.following, ==, MR_NET_NO_COUNT);
  g_assert_cmpint (result->profile.posts, ==, 245);
  g_assert_cmpuint (result->posts->len, ==, 0);
  /* No uploads were asked for; the handle went with its '@', and the key escaped. */
  g_assert_cmpuint (server->requests->len, ==, 1);
  assert_request (server, 0, CHANNELS_PATH "?part=snippet,statistics,contentDetails"
                  "&forHandle=%40AnnaBakes&key=" KEY_ESCAPED);
}

/* A channel known by its id, as in youtube.com/channel/UC…, is asked for by id; an
 * id's look-alike one character short is a handle. */
#define CHANNEL_ID "UCa1B2c3D4e5F6g7H8i9J0-_"

static void
test_channel_id (void)
{
  g_autoptr(MrTestServer) server = server_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(MrNetResult) result = NULL;
  g_autoptr(MrNetResult) short_one = NULL;

  mr_test_server_route (server, CHANNELS_PATH, 200, channel_json);
  result = fetch (CHANNEL_ID, 0, &error);

  g_assert_no_error (error);
  g_assert_cmpint (result->profile.followers, ==, 12300);
  /* The channel's own handle, from its customUrl. */
  g_assert_cmpstr (result->profile.handle, ==, "annabakes");
  assert_request (server, 0, CHANNELS_PATH "?part=snippet,statistics,contentDetails"
                  "&id=" CHANNEL_ID "&key=" KEY_ESCAPED);

  short_one = fetch ("UCa1B2c3D4e5F6g7H8i9J0-", 0, &error);
  g_assert_no_error (error);
  assert_request (server, 1, CHANNELS_PATH "?part=snippet,statistics,contentDetails"
                  "&forHandle=%40UCa1B2c3D4e5F6g7H8i9J0-&key=" KEY_ESCAPED);

  mr_test_server_route (server, CHANNELS_PATH, 200, "{\"items\": []}");
  g_assert_null (fetch (CHANNEL_ID, 0, &error));
  g_assert_error (error, MR_NET_ERROR, MR_NET_ERROR_NOT_FOUND);
  if (g_strcmp0 (g_getenv ("LANGUAGE"), "en") == 0)
    g_assert_cmpstr (error->message, ==, "YouTube has no channel with the id " CHANNEL_ID);
}

static void
test_hidden_subscribers (void)
{
  g_autoptr(MrTestServer) server = server_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(MrNetResult) result = NULL;

  mr_test_server_route (server, CHANNELS_PATH, 200,
                        "{\"items\": [{\"snippet\": {\"title\": \"Quiet\"},"
                        " \"statistics\": {\"subscriberCount\": \"0\","
                        "  \"hiddenSubscriberCount\": true, \"videoCount\": \"3\"}}]}");
  result = fetch ("quiet", 10, &error);

  g_assert_no_error (error);
  g_assert_cmpint (result->profile.followers, ==, MR_NET_NO_COUNT);
  g_assert_cmpint (result->profile.posts, ==, 3);
  /* Without customUrl the handle is the one asked for; without an uploads playlist
   * there is nothing more to ask. */
  g_assert_cmpstr (result->profile.handle, ==, "quiet");
  g_assert_cmpuint (result->posts->len, ==, 0);
  g_assert_cmpuint (server->requests->len, ==, 1);
}

static void
test_videos (void)
{
  g_autoptr(MrTestServer) server = server_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(MrNetResult) result = NULL;
  MrNetPost *post;

  mr_test_server_route (server, CHANNELS_PATH, 200, channel_json);
  mr_test_server_route (server, PLAYLIST_PATH, 200, playlist_json);
  mr_test_server_route (server, VIDEOS_PATH, 200, videos_json);
  result = fetch ("annabakes", 100, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (result->posts->len, ==, 3);
  post = g_ptr_array_index (result->posts, 0);
  g_assert_cmpstr (post->external_id, ==, "vid3");
  g_assert_cmpstr (post->text, ==, "Croissants");
  g_assert_cmpstr (post->permalink, ==, "https://www.youtube.com/watch?v=vid3");
  g_assert_cmpint (post->published_at, ==, 1714737600);
  g_assert_cmpint (post->views, ==, 45000);
  g_assert_cmpint (post->likes, ==, 1200);
  g_assert_cmpint (post->replies, ==, 87);
  g_assert_cmpint (post->reposts, ==, MR_NET_NO_COUNT);
  g_assert_cmpint (post->quotes, ==, MR_NET_NO_COUNT);
  post = g_ptr_array_index (result->posts, 1);
  g_assert_cmpstr (post->external_id, ==, "vid2");
  g_assert_cmpint (post->published_at, ==, 1714458600);
  g_assert_cmpint (post->views, ==, 3000);
  g_assert_cmpint (post->likes, ==, 30);
  g_assert_cmpint (post->replies, ==, 4);
  /* Likes hidden by the channel are not zero likes. */
  post = g_ptr_array_index (result->posts, 2);
  g_assert_cmpstr (post->external_id, ==, "vid1");
  g_assert_cmpint (post->views, ==, 100);
  g_assert_cmpint (post->likes, ==, MR_NET_NO_COUNT);
  g_assert_cmpint (post->replies, ==, 0);

  g_assert_cmpuint (server->requests->len, ==, 3);
  assert_request (server, 1, PLAYLIST_PATH "?part=contentDetails&playlistId=UUabc&maxResults=50"
                  "&key=" KEY_ESCAPED);
  assert_request (server, 2, VIDEOS_PATH "?part=snippet,statistics&id=vid3,vid2,gone,vid1"
                  "&key=" KEY_ESCAPED);
}

/* playlistItems page @page of @n_pages, with ids "p<page>v<i>". */
static char *
playlist_page (guint page,
               guint n_pages,
               guint n_items)
{
  GString *json = g_string_new ("{\"items\": [");

  for (guint i = 0; i < n_items; i++)
    g_string_append_printf (json, "%s{\"contentDetails\": {\"videoId\": \"p%uv%u\"}}",
                            i > 0 ? "," : "", page, i);
  g_string_append (json, "]");
  if (page + 1 < n_pages)
    g_string_append_printf (json, ", \"nextPageToken\": \"page %u\"", page + 1);
  g_string_append (json, "}");
  return g_string_free (json, FALSE);
}

/* Answers the one request for the videos p<page>v0 … p<page>v<n_items - 1>, with a video
 * for each in the reverse of that order: the provider must restore the playlist's. */
static void
route_videos (MrTestServer *server,
              guint         page,
              guint         n_items)
{
  g_autoptr(GString) key = g_string_new (VIDEOS_PATH "?id=");
  g_autoptr(GString) json = g_string_new ("{\"items\": [");

  for (guint i = 0; i < n_items; i++)
    g_string_append_printf (key, "%sp%uv%u", i > 0 ? "," : "", page, i);
  for (guint i = n_items; i-- > 0;)
    g_string_append_printf (json,
                            "{\"id\": \"p%uv%u\", \"snippet\": {\"publishedAt\": "
                            "\"2024-05-02T10:00:00Z\", \"title\": \"Video p%uv%u\"},"
                            " \"statistics\": {\"viewCount\": \"%u\"}}%s",
                            page, i, page, i, i, i > 0 ? "," : "");
  g_string_append (json, "]}");
  mr_test_server_route (server, key->str, 200, json->str);
}

static void
test_pagination (void)
{
  g_autoptr(MrTestServer) server = server_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(MrNetResult) result = NULL;
  g_autofree char *first = playlist_page (0, 3, 50);
  g_autofree char *second = playlist_page (1, 3, 50);
  g_autofree char *third = playlist_page (2, 3, 50);
  const char *videos;

  mr_test_server_route (server, CHANNELS_PATH, 200, channel_json);
  mr_test_server_route (server, PLAYLIST_PATH, 200, first);
  mr_test_server_route (server, PLAYLIST_PATH "?pageToken=page 1", 200, second);
  mr_test_server_route (server, PLAYLIST_PATH "?pageToken=page 2", 200, third);
  route_videos (server, 0, 50);
  route_videos (server, 1, 20);
  result = fetch ("annabakes", 70, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (result->posts->len, ==, 70);
  g_assert_cmpstr (((MrNetPost *) g_ptr_array_index (result->posts, 0))->external_id, ==, "p0v0");
  g_assert_cmpstr (((MrNetPost *) g_ptr_array_index (result->posts, 49))->external_id, ==, "p0v49");
  g_assert_cmpstr (((MrNetPost *) g_ptr_array_index (result->posts, 50))->external_id, ==, "p1v0");
  g_assert_cmpstr (((MrNetPost *) g_ptr_array_index (result->posts, 69))->external_id, ==, "p1v19");
  g_assert_cmpint (((MrNetPost *) g_ptr_array_index (result->posts, 50))->views, ==, 0);

  /* Two pages of the playlist (the second only as large as needed, with the first's
   * token escaped), then the videos 50 at a time; the third page was never wanted. */
  g_assert_cmpuint (server->requests->len, ==, 5);
  assert_request (server, 2, PLAYLIST_PATH "?part=contentDetails&playlistId=UUabc&maxResults=20"
                  "&key=" KEY_ESCAPED "&pageToken=page%201");
  videos = g_ptr_array_index (server->requests, 3);
  g_assert_true (g_str_has_prefix (videos, VIDEOS_PATH "?part=snippet,statistics&id=p0v0,p0v1,"));
  g_assert_nonnull (strstr (videos, ",p0v49&key="));
  videos = g_ptr_array_index (server->requests, 4);
  g_assert_true (g_str_has_prefix (videos, VIDEOS_PATH "?part=snippet,statistics&id=p1v0,"));
  g_assert_nonnull (strstr (videos, ",p1v19&key="));
}

static void
test_no_uploads (void)
{
  g_autoptr(MrTestServer) server = server_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(MrNetResult) result = NULL;

  /* A channel that never uploaded has an uploads playlist YouTube cannot find. */
  mr_test_server_route (server, CHANNELS_PATH, 200, channel_json);
  mr_test_server_route (server, PLAYLIST_PATH, 404,
                        "{\"error\": {\"code\": 404, \"message\": \"The playlist identified"
                        " with the request's <code>playlistId</code> parameter cannot be found.\","
                        " \"errors\": [{\"reason\": \"playlistNotFound\"}]}}");
  result = fetch ("annabakes", 100, &error);

  g_assert_no_error (error);
  g_assert_cmpint (result->profile.followers, ==, 12300);
  g_assert_cmpuint (result->posts->len, ==, 0);
  g_assert_cmpuint (server->requests->len, ==, 2);
}

static void
test_no_key (void)
{
  g_autoptr(MrTestServer) server = server_new ();
  const char *keys[] = { NULL, "" };

  mr_test_server_route (server, CHANNELS_PATH, 200, channel_json);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(MrNetResult) result = fetch_with_key ("annabakes", keys[i], 100, &error);

      g_assert_null (result);
      g_assert_error (error, MR_NET_ERROR, MR_NET_ERROR_NO_KEY);
      g_assert_nonnull (strstr (error->message, "Preferences"));
    }
  g_assert_cmpuint (server->requests->len, ==, 0);
}

static void
assert_fetch_fails (MrTestServer *server,
                    int           code,
                    const char   *in_message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MrNetResult) result = fetch ("annabakes", 100, &error);

  g_assert_null (result);
  g_assert_error (error, MR_NET_ERROR, code);
  if (strstr (error->message, in_message) == NULL)
    g_error ("“%s” does not say “%s”", error->message, in_message);
  /* The request carried the key; the message must not. */
  g_assert_cmpuint (server->requests->len, >, 0);
  assert_key_sent (server, server->requests->len - 1);
  g_assert_null (strstr (error->message, KEY));
  g_assert_null (strstr (error->message, KEY_ESCAPED));
  g_assert_null (strstr (error->message, "AIza"));
}

static void
test_not_found (void)
{
  g_autoptr(MrTestServer) server = server_new ();

  mr_test_server_route (server, CHANNELS_PATH, 200,
                        "{\"kind\": \"youtube#channelListResponse\","
                        " \"pageInfo\": {\"totalResults\": 0, \"resultsPerPage\": 5}}");
  assert_fetch_fails (server, MR_NET_ERROR_NOT_FOUND, "no channel with the handle @annabakes");

  mr_test_server_route (server, CHANNELS_PATH, 200, "{\"items\": []}");
  assert_fetch_fails (server, MR_NET_ERROR_NOT_FOUND, "@annabakes");
}

#define GOOGLE_ERROR(code, reason, message) \
  "{\"error\": {\"code\": " #code ", \"message\": \"" message "\"," \
  " \"errors\": [{\"message\": \"" message "\", \"domain\": \"global\"," \
  " \"reason\": \"" reason "\"}]}}"

static void
test_key_refused (void)
{
  g_autoptr(MrTestServer) server = server_new ();

  mr_test_server_route (server, CHANNELS_PATH, 400,
                        GOOGLE_ERROR (400, "keyInvalid", "Bad Request"));
  assert_fetch_fails (server, MR_NET_ERROR_KEY_REFUSED, "check it in Preferences");

  /* Today's answer to a wrong key: a generic reason, and the cause in the details. */
  mr_test_server_route (server, CHANNELS_PATH, 400,
                        "{\"error\": {\"code\": 400, \"message\": \"API key not valid."
                        " Please pass a valid API key.\", \"errors\": [{\"message\": \"API key"
                        " not valid. Please pass a valid API key.\", \"domain\": \"global\","
                        " \"reason\": \"badRequest\"}], \"status\": \"INVALID_ARGUMENT\","
                        " \"details\": [{\"@type\": \"type.googleapis.com/google.rpc.ErrorInfo\","
                        " \"reason\": \"API_KEY_INVALID\", \"domain\": \"googleapis.com\"}]}}");
  assert_fetch_fails (server, MR_NET_ERROR_KEY_REFUSED, "check it in Preferences");

  mr_test_server_route (server, CHANNELS_PATH, 403,
                        GOOGLE_ERROR (403, "accessNotConfigured", "YouTube Data API v3 has"
                                      " not been used in project 123 before"));
  assert_fetch_fails (server, MR_NET_ERROR_KEY_REFUSED, "enable the “YouTube Data API v3”");

  /* Refused at the second request as much as at the first. */
  mr_test_server_route (server, CHANNELS_PATH, 200, channel_json);
  mr_test_server_route (server, PLAYLIST_PATH, 403, GOOGLE_ERROR (403, "forbidden", "Forbidden"));
  assert_fetch_fails (server, MR_NET_ERROR_KEY_REFUSED, "YouTube Data API v3");
}

static void
test_quota (void)
{
  g_autoptr(MrTestServer) server = server_new ();

  mr_test_server_route (server, CHANNELS_PATH, 403,
                        GOOGLE_ERROR (403, "quotaExceeded", "The request cannot be completed"
                                      " because you have exceeded your quota."));
  assert_fetch_fails (server, MR_NET_ERROR_RATE_LIMITED, "daily quota for this key is used up");

  mr_test_server_route (server, CHANNELS_PATH, 200, channel_json);
  mr_test_server_route (server, PLAYLIST_PATH, 200, playlist_json);
  mr_test_server_route (server, VIDEOS_PATH, 403,
                        GOOGLE_ERROR (403, "rateLimitExceeded", "Rate Limit"));
  assert_fetch_fails (server, MR_NET_ERROR_RATE_LIMITED, "try again in a few minutes");
}

static void
test_other_refusals (void)
{
  g_autoptr(MrTestServer) server = server_new ();

  mr_test_server_route (server, CHANNELS_PATH, 500,
                        GOOGLE_ERROR (500, "backendError", "Backend Error"));
  assert_fetch_fails (server, MR_NET_ERROR_SERVER, "HTTP 500");

  /* A refusal for another cause stays what its status says. */
  mr_test_server_route (server, CHANNELS_PATH, 400,
                        GOOGLE_ERROR (400, "invalidHandle", "The handle is not valid"));
  assert_fetch_fails (server, MR_NET_ERROR_FAILED, "HTTP 400");

  mr_test_server_route (server, CHANNELS_PATH, 403, "Forbidden");
  assert_fetch_fails (server, MR_NET_ERROR_FAILED, "HTTP 403");
}

static void
test_malformed (void)
{
  static const char *const junk[] = { "\"many\"", "\"12 300\"", "\" 12300\"", "\"-5\"",
                                      "\"+5\"", "\"1e3\"", "\"\"", "\"99999999999999999999\"",
                                      "true", "-3" };
  g_autoptr(MrTestServer) server = server_new ();

  for (guint i = 0; i < G_N_ELEMENTS (junk); i++)
    {
      g_autofree char *channel = g_strdup_printf ("{\"items\": [{\"snippet\": {\"title\": \"A\"},"
                                                  " \"statistics\": {\"subscriberCount\": %s}}]}",
                                                  junk[i]);

      mr_test_server_route (server, CHANNELS_PATH, 200, channel);
      assert_fetch_fails (server, MR_NET_ERROR_MALFORMED,
                          "“items[0].statistics.subscriberCount” is not a whole number");
    }

  mr_test_server_route (server, CHANNELS_PATH, 200, "{\"items\": [{\"statistics\": {}}]}");
  assert_fetch_fails (server, MR_NET_ERROR_MALFORMED, "“items[0].snippet” is missing");

  mr_test_server_route (server, CHANNELS_PATH, 200, channel_json);
  mr_test_server_route (server, PLAYLIST_PATH, 200, "{\"items\": [{\"contentDetails\": {}}]}");
  assert_fetch_fails (server, MR_NET_ERROR_MALFORMED,
                      "“items[0].contentDetails.videoId” is missing");

  mr_test_server_route (server, PLAYLIST_PATH, 200, playlist_json);
  mr_test_server_route (server, VIDEOS_PATH, 200,
                        "{\"items\": [{\"id\": \"vid3\","
                        "  \"snippet\": {\"publishedAt\": \"2024-05-03T12:00:00Z\"}},"
                        " {\"id\": \"vid2\","
                        "  \"snippet\": {\"publishedAt\": \"2024-05-03T12:00:00Z\"},"
                        "  \"statistics\": {\"likeCount\": \"lots\"}}]}");
  assert_fetch_fails (server, MR_NET_ERROR_MALFORMED, "“items[1].statistics.likeCount”");

  mr_test_server_route (server, VIDEOS_PATH, 200,
                        "{\"items\": [{\"id\": \"vid3\","
                        "  \"snippet\": {\"publishedAt\": \"last week\"}}]}");
  assert_fetch_fails (server, MR_NET_ERROR_MALFORMED,
                      "“items[0].snippet.publishedAt” is not a date");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/fetch-youtube/channel", test_channel);
  g_test_add_func ("/fetch-youtube/channel-id", test_channel_id);
  g_test_add_func ("/fetch-youtube/hidden-subscribers", test_hidden_subscribers);
  g_test_add_func ("/fetch-youtube/videos", test_videos);
  g_test_add_func ("/fetch-youtube/pagination", test_pagination);
  g_test_add_func ("/fetch-youtube/no-uploads", test_no_uploads);
  g_test_add_func ("/fetch-youtube/no-key", test_no_key);
  g_test_add_func ("/fetch-youtube/not-found", test_not_found);
  g_test_add_func ("/fetch-youtube/key-refused", test_key_refused);
  g_test_add_func ("/fetch-youtube/quota", test_quota);
  g_test_add_func ("/fetch-youtube/other-refusals", test_other_refusals);
  g_test_add_func ("/fetch-youtube/malformed", test_malformed);

  return g_test_run ();
}
