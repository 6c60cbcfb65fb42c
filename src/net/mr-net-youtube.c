/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-net-youtube"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mr-net-answers-private.h"
#include "mr-net-json.h"

/* The YouTube Data API v3, with the user's own key: a channel by its handle, the video
 * ids of its uploads playlist, then those videos' numbers. The key travels in every
 * query and so appears in no error message: they name the server, never the address. */

/* The largest page of playlistItems, and the most ids one videos request takes. */
#define PAGE_SIZE 50
/* An uploads playlist that keeps handing out page tokens still ends somewhere. */
#define MAX_PAGES 20

/* The pager's data. */
typedef struct {
  char      *key;          /* escaped for a query */
  char      *uploads;      /* the uploads playlist's id */
  GPtrArray *video_ids;    /* newest first, as the playlist lists them */
  guint      batch;        /* the first id of the videos request under way */
  guint      next_video;   /* the first id not asked for yet */
} Channel;

static void
channel_free (Channel *channel)
{
  g_free (channel->key);
  g_free (channel->uploads);
  g_ptr_array_unref (channel->video_ids);
  g_free (channel);
}

/* ── Refusals ─────────────────────────────────────────────────────────────────────── */

/* Google's error answers name their causes twice: the classic error.errors[].reason
 * ("keyInvalid", "quotaExceeded") and the newer error.details[].reason
 * ("API_KEY_INVALID", "SERVICE_DISABLED"). */
static gboolean
reasons_include (JsonObject        *error,
                 const char *const *reasons)
{
  static const char *const lists[] = { "errors", "details" };

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      JsonNode *node = json_object_get_member (error, lists[l]);
      JsonArray *array;

      if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
        continue;
      array = json_node_get_array (node);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);
          JsonNode *reason;

          if (!JSON_NODE_HOLDS_OBJECT (element))
            continue;
          reason = json_object_get_member (json_node_get_object (element), "reason");
          if (reason != NULL && JSON_NODE_HOLDS_VALUE (reason)
              && json_node_get_value_type (reason) == G_TYPE_STRING
              && g_strv_contains (reasons, json_node_get_string (reason)))
            return TRUE;
        }
    }
  return FALSE;
}

static gboolean
message_includes (JsonObject *error,
                  const char *text)
{
  JsonNode *node = json_object_get_member (error, "message");

  return node != NULL && JSON_NODE_HOLDS_VALUE (node)
         && json_node_get_value_type (node) == G_TYPE_STRING
         && strstr (json_node_get_string (node), text) != NULL;
}

/* What a refused request's answer says, in place of mr-net's reading of its status
 * alone; @error when the answer says nothing YouTube-specific. */
GError *
mr_net_youtube_read_refusal (JsonNode *root,
                             guint     status,
                             GError   *error)
{
  static const char *const key_invalid[] = {
    "keyInvalid", "keyExpired", "API_KEY_INVALID", "API_KEY_EXPIRED", NULL,
  };
  static const char *const key_not_allowed[] = {
    "accessNotConfigured", "SERVICE_DISABLED", "forbidden", "ipRefererBlocked",
    "API_KEY_SERVICE_BLOCKED", "API_KEY_HTTP_REFERRER_BLOCKED",
    "API_KEY_IP_ADDRESS_BLOCKED", "API_KEY_ANDROID_APP_BLOCKED", "API_KEY_IOS_APP_BLOCKED",
    NULL,
  };
  static const char *const daily_quota[] = { "quotaExceeded", "dailyLimitExceeded", NULL };
  static const char *const rate_limit[] = {
    "rateLimitExceeded", "userRateLimitExceeded", "RATE_LIMIT_EXCEEDED", NULL,
  };
  JsonNode *node;
  JsonObject *object;
  int code;
  const char *message;

  if (root == NULL || !SOUP_STATUS_IS_CLIENT_ERROR (status) || !JSON_NODE_HOLDS_OBJECT (root))
    return error;
  node = json_object_get_member (json_node_get_object (root), "error");
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return error;
  object = json_node_get_object (node);

  if (reasons_include (object, key_invalid) || message_includes (object, "API key not valid"))
    {
      code = MR_NET_ERROR_KEY_REFUSED;
      message = _("YouTube does not accept your API key: check it in Preferences");
    }
  else if (reasons_include (object, daily_quota))
    {
      code = MR_NET_ERROR_RATE_LIMITED;
      message = _("YouTube’s daily quota for this key is used up: try again tomorrow");
    }
  else if (reasons_include (object, rate_limit))
    {
      code = MR_NET_ERROR_RATE_LIMITED;
      message = _("YouTube is limiting requests with this key: try again in a few minutes");
    }
  else if (status == SOUP_STATUS_FORBIDDEN && reasons_include (object, key_not_allowed))
    {
      code = MR_NET_ERROR_KEY_REFUSED;
      message = _("YouTube refuses your API key: in the Google Cloud console, enable the "
                  "“YouTube Data API v3” for the key’s project and check the key’s "
                  "restrictions");
    }
  else
    return error;

  g_error_free (error);
  return g_error_new_literal (MR_NET_ERROR, code, message);
}

static GError *
refusal_error (GAsyncResult *result,
               GError       *error)
{
  guint status;
  g_autoptr(JsonNode) root = mr_net_get_json_refusal (result, &status);

  return mr_net_youtube_read_refusal (root, status, error);
}

/* ── Answers ──────────────────────────────────────────────────────────────────────── */

/* The answer's "items", which a query that matched nothing leaves out. */
static gboolean
get_items (JsonNode   *root,
           JsonArray **items,
           GError    **error)
{
  JsonObject *object;

  *items = NULL;
  return mr_net_json_root_object (root, &object, error)
         && mr_net_json_get_array (object, "", "items", FALSE, items, error);
}

/* A channel's id, as in youtube.com/channel/UC…: "UC" and 22 characters of URL-safe
 * base64. It is asked for as id=; anything else is a handle, asked for as forHandle=. */
static gboolean
is_channel_id (const char *handle)
{
  if (strlen (handle) != 24 || !g_str_has_prefix (handle, "UC"))
    return FALSE;
  for (const char *c = handle + 2; *c != '\0'; c++)
    if (!g_ascii_isalnum (*c) && *c != '-' && *c != '_')
      return FALSE;
  return TRUE;
}

static gboolean
read_channel (MrNetPager  *pager,
              JsonNode    *root,
              GError     **error)
{
  Channel *data = pager->data;
  MrNetProfile *profile = &pager->result->profile;
  JsonArray *items;
  JsonObject *channel = NULL, *snippet = NULL, *statistics = NULL;
  JsonObject *details = NULL, *playlists = NULL;
  g_autofree char *path = NULL;
  g_autofree char *snippet_path = NULL;
  g_autofree char *statistics_path = NULL;
  g_autofree char *details_path = NULL;
  g_autofree char *playlists_path = NULL;
  const char *title = NULL, *custom_url = NULL, *uploads = NULL;
  gboolean hidden = FALSE;

  if (!get_items (root, &items, error))
    return FALSE;
  if (items == NULL || json_array_get_length (items) == 0)
    {
      if (is_channel_id (pager->handle))
        g_set_error (error, MR_NET_ERROR, MR_NET_ERROR_NOT_FOUND,
                     /* Translators: %s is a channel's id, such as “UCabc…”. */
                     _("YouTube has no channel with the id %s"), pager->handle);
      else
        g_set_error (error, MR_NET_ERROR, MR_NET_ERROR_NOT_FOUND,
                     /* Translators: %s is a channel's handle without its '@', such as “anna”. */
                     _("YouTube has no channel with the handle @%s"), pager->handle);
      return FALSE;
    }

  if (!mr_net_json_get_element (items, "items", 0, &path, &channel, error))
    return FALSE;
  snippet_path = g_strconcat (path, ".snippet", NULL);
  statistics_path = g_strconcat (path, ".statistics", NULL);
  details_path = g_strconcat (path, ".contentDetails", NULL);
  playlists_path = g_strconcat (details_path, ".relatedPlaylists", NULL);
  if (!mr_net_json_get_object (channel, path, "snippet", TRUE, &snippet, error)
      || !mr_net_json_get_string (snippet, snippet_path, "title", FALSE, &title, error)
      || !mr_net_json_get_string (snippet, snippet_path, "customUrl", FALSE, &custom_url, error)
      || !mr_net_json_get_object (channel, path, "statistics", FALSE, &statistics, error)
      || !mr_net_json_get_object (channel, path, "contentDetails", FALSE, &details, error))
    return FALSE;
  if (statistics != NULL
      && (!mr_net_json_get_count_text (statistics, statistics_path, "subscriberCount", FALSE,
                                       &profile->followers, error)
          || !mr_net_json_get_count_text (statistics, statistics_path, "videoCount", FALSE,
                                          &profile->posts, error)))
    return FALSE;
  if (statistics != NULL && json_object_has_member (statistics, "hiddenSubscriberCount"))
    {
      JsonNode *node = json_object_get_member (statistics, "hiddenSubscriberCount");

      if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_BOOLEAN)
        hidden = json_node_get_boolean (node);
    }
  if (details != NULL
      && (!mr_net_json_get_object (details, details_path, "relatedPlaylists", FALSE,
                                   &playlists, error)
          || (playlists != NULL
              && !mr_net_json_get_string (playlists, playlists_path, "uploads", FALSE,
                                          &uploads, error))))
    return FALSE;

  if (hidden)
    profile->followers = MR_NET_NO_COUNT;
  /* customUrl is the handle, with its '@', as YouTube spells it. */
  if (custom_url != NULL && *custom_url == '@' && custom_url[1] != '\0')
    profile->handle = g_strdup (custom_url + 1);
  else
    profile->handle = g_strdup (pager->handle);
  profile->display_name = title != NULL && *title != '\0' ? g_strdup (title) : NULL;
  if (uploads != NULL && *uploads != '\0')
    data->uploads = g_strdup (uploads);
  else
    mr_net_pager_end (pager);
  return TRUE;
}

static gboolean
read_playlist_page (MrNetPager  *pager,
                    JsonNode    *root,
                    JsonArray  **items,
                    const char **token,
                    GError     **error)
{
  JsonObject *object;

  return get_items (root, items, error)
         && mr_net_json_root_object (root, &object, error)
         && mr_net_json_get_string (object, "", "nextPageToken", FALSE, token, error);
}

/* Takes a playlist item's video id, unless it was taken before. */
static gboolean
read_playlist_item (MrNetPager  *pager,
                    JsonArray   *items,
                    guint        index,
                    const char **id,
                    GError     **error)
{
  Channel *data = pager->data;
  g_autofree char *path = NULL;
  g_autofree char *details_path = NULL;
  JsonObject *item, *details;

  if (!mr_net_json_get_element (items, "items", index, &path, &item, error))
    return FALSE;
  details_path = g_strconcat (path, ".contentDetails", NULL);
  if (!mr_net_json_get_object (item, path, "contentDetails", TRUE, &details, error)
      || !mr_net_json_get_string (details, details_path, "videoId", TRUE, id, error))
    return FALSE;
  if (mr_net_pager_take (pager, *id))
    g_ptr_array_add (data->video_ids, g_strdup (*id));
  return TRUE;
}

static gboolean
read_video (JsonObject  *video,
            const char  *path,
            MrNetPost  **out,
            GError     **error)
{
  g_autofree char *snippet_path = g_strconcat (path, ".snippet", NULL);
  g_autofree char *statistics_path = g_strconcat (path, ".statistics", NULL);
  g_autoptr(MrNetPost) post = mr_net_post_new ();
  JsonObject *snippet = NULL, *statistics = NULL;
  const char *id = NULL, *title = NULL;
  g_autofree char *escaped = NULL;

  if (!mr_net_json_get_string (video, path, "id", TRUE, &id, error)
      || !mr_net_json_get_object (video, path, "snippet", TRUE, &snippet, error)
      || !mr_net_json_get_time (snippet, snippet_path, "publishedAt", TRUE,
                                &post->published_at, error)
      || !mr_net_json_get_string (snippet, snippet_path, "title", FALSE, &title, error)
      || !mr_net_json_get_object (video, path, "statistics", FALSE, &statistics, error))
    return FALSE;
  if (statistics != NULL
      && (!mr_net_json_get_count_text (statistics, statistics_path, "viewCount", FALSE,
                                       &post->views, error)
          || !mr_net_json_get_count_text (statistics, statistics_path, "likeCount", FALSE,
                                          &post->likes, error)
          || !mr_net_json_get_count_text (statistics, statistics_path, "commentCount", FALSE,
                                          &post->replies, error)))
    return FALSE;

  escaped = g_uri_escape_string (id, NULL, TRUE);
  post->external_id = g_strdup (id);
  post->text = g_strdup (title);
  post->permalink = g_strconcat ("https://www.youtube.com/watch?v=", escaped, NULL);
  *out = g_steal_pointer (&post);
  return TRUE;
}

/* One answer of videos, for the ids of the batch, added in the playlist's order: the
 * answer keeps its own, and leaves out videos gone private or deleted since. */
gboolean
mr_net_youtube_read_videos (MrNetPager  *pager,
                            JsonNode    *root,
                            GError     **error)
{
  Channel *data = pager->data;
  g_autoptr(GHashTable) posts = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                       (GDestroyNotify) mr_net_post_free);
  JsonArray *items;
  guint length;

  if (!get_items (root, &items, error))
    return FALSE;
  length = items != NULL ? json_array_get_length (items) : 0;
  for (guint i = 0; i < length; i++)
    {
      g_autofree char *path = NULL;
      JsonObject *video;
      MrNetPost *post;

      if (!mr_net_json_get_element (items, "items", i, &path, &video, error)
          || !read_video (video, path, &post, error))
        return FALSE;
      g_hash_table_replace (posts, post->external_id, post);
    }

  for (guint i = data->batch; i < data->next_video; i++)
    {
      const char *id = g_ptr_array_index (data->video_ids, i);
      gpointer post;

      if (g_hash_table_steal_extended (posts, id, NULL, &post))
        g_ptr_array_add (pager->result->posts, post);
    }
  return TRUE;
}

/* ── Requests ─────────────────────────────────────────────────────────────────────── */

char *
mr_net_youtube_next_videos (MrNetPager *pager)
{
  Channel *data = pager->data;
  GString *uri;
  guint last;

  if (data->next_video >= data->video_ids->len)
    return NULL;

  uri = g_string_new (pager->base_url);
  last = MIN (data->next_video + PAGE_SIZE, data->video_ids->len);
  g_string_append (uri, "/videos?part=snippet,statistics&id=");
  for (guint i = data->next_video; i < last; i++)
    {
      if (i > data->next_video)
        g_string_append_c (uri, ',');
      g_string_append_uri_escaped (uri, g_ptr_array_index (data->video_ids, i), NULL, TRUE);
    }
  g_string_append_printf (uri, "&key=%s", data->key);
  data->batch = data->next_video;
  data->next_video = last;
  return g_string_free (uri, FALSE);
}

/* After the playlist's last page, and after each videos request. */
static void
request_next_videos (MrNetPager *pager,
                     GTask      *task)
{
  g_autofree char *uri = mr_net_youtube_next_videos (pager);

  if (uri != NULL)
    mr_net_pager_request (task, uri, mr_net_youtube_read_videos, request_next_videos);
  else
    mr_net_pager_return_result (task);
}

static char *
playlist_page_uri (MrNetPager *pager,
                   guint       limit)
{
  Channel *data = pager->data;
  g_autofree char *playlist = g_uri_escape_string (data->uploads, NULL, TRUE);

  return g_strdup_printf ("%s/playlistItems?part=contentDetails&playlistId=%s&maxResults=%u"
                          "&key=%s", pager->base_url, playlist, limit, data->key);
}

static const MrNetFeed uploads_feed = {
  .page_size = PAGE_SIZE,
  .max_pages = MAX_PAGES,
  /* YouTube answers 404 for the uploads playlist of a channel that never uploaded. */
  .first_page_may_be_missing = TRUE,
  .read_profile = read_channel,
  .page_uri = playlist_page_uri,
  .cursor_parameter = "pageToken",
  .read_page = read_playlist_page,
  .read_item = read_playlist_item,
  .refusal = refusal_error,
  .paged = request_next_videos,
  .free_data = (GDestroyNotify) channel_free,
};

static char *
youtube_attach (GTask        *task,
                SoupSession  *session,
                const char   *base_url,
                const char   *handle,
                const char   *api_key,
                guint         max_posts,
                GError      **error G_GNUC_UNUSED)
{
  MrNetPager *pager = mr_net_pager_attach (task, &uploads_feed, &mr_net_provider_youtube,
                                           session, base_url, handle, max_posts);
  Channel *data = pager->data = g_new0 (Channel, 1);
  gboolean by_id = is_channel_id (handle);
  g_autofree char *asked = by_id ? g_strdup (handle) : g_strconcat ("@", handle, NULL);
  g_autofree char *escaped = g_uri_escape_string (asked, NULL, TRUE);

  data->key = g_uri_escape_string (api_key, NULL, TRUE);
  data->video_ids = g_ptr_array_new_with_free_func (g_free);
  return g_strdup_printf ("%s/channels?part=snippet,statistics,contentDetails"
                          "&%s=%s&key=%s", base_url, by_id ? "id" : "forHandle", escaped,
                          data->key);
}

const MrNetProvider mr_net_provider_youtube = {
  .platform = MR_PLATFORM_YOUTUBE,
  .name = "YouTube",
  .url_variable = "MICROREACH_YOUTUBE_URL",
  .default_url = "https://www.googleapis.com/youtube/v3",
  .needs_key = TRUE,
  .attach = youtube_attach,
};
