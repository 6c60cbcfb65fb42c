/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-net-bluesky"

#include "config.h"

#include <string.h>

#include "mr-net-json.h"
#include "mr-net-provider.h"

/* Bluesky's public AppView answers app.bsky.* queries without an account. */

/* getAuthorFeed's largest page. */
#define PAGE_SIZE 100
/* A feed that keeps handing out cursors still ends somewhere. */
#define MAX_PAGES 50

typedef struct {
  SoupSession *session;
  char        *base_url;
  char        *handle;
  guint        max_posts;
  guint        pages;
  char        *cursor;
  GHashTable  *seen;         /* post URIs: a pinned post comes again in its place */
  MrNetResult *result;
} Fetch;

static void
fetch_free (Fetch *fetch)
{
  g_clear_object (&fetch->session);
  g_free (fetch->base_url);
  g_free (fetch->handle);
  g_free (fetch->cursor);
  g_clear_pointer (&fetch->seen, g_hash_table_unref);
  g_clear_pointer (&fetch->result, mr_net_result_free);
  g_free (fetch);
}

static gboolean
read_profile (JsonNode     *root,
              MrNetProfile *profile,
              GError      **error)
{
  JsonObject *object;
  const char *handle = NULL;
  const char *display_name = NULL;

  if (!mr_net_json_root_object (root, &object, error)
      || !mr_net_json_get_string (object, "", "handle", TRUE, &handle, error)
      || !mr_net_json_get_string (object, "", "displayName", FALSE, &display_name, error)
      || !mr_net_json_get_count (object, "", "followersCount", FALSE, &profile->followers, error)
      || !mr_net_json_get_count (object, "", "followsCount", FALSE, &profile->following, error)
      || !mr_net_json_get_count (object, "", "postsCount", FALSE, &profile->posts, error))
    return FALSE;

  profile->handle = g_strdup (handle);
  profile->display_name = display_name != NULL && *display_name != '\0'
                          ? g_strdup (display_name) : NULL;
  return TRUE;
}

static gboolean
is_repost (JsonObject  *item,
           const char  *path,
           gboolean    *repost,
           GError     **error)
{
  JsonObject *reason = NULL;
  const char *type = NULL;
  g_autofree char *reason_path = g_strconcat (path, ".reason", NULL);

  if (!mr_net_json_get_object (item, path, "reason", FALSE, &reason, error))
    return FALSE;
  if (reason != NULL && !mr_net_json_get_string (reason, reason_path, "$type", TRUE, &type, error))
    return FALSE;
  *repost = type != NULL && g_str_has_suffix (type, "#reasonRepost");
  return TRUE;
}

/* One feed item into a post, or none (*@out NULL) for a repost or one seen before. */
static gboolean
read_item (Fetch       *fetch,
           JsonNode    *node,
           guint        index,
           MrNetPost  **out,
           GError     **error)
{
  g_autofree char *path = g_strdup_printf ("feed[%u]", index);
  g_autofree char *post_path = g_strconcat (path, ".post", NULL);
  g_autofree char *record_path = g_strconcat (post_path, ".record", NULL);
  g_autofree char *author_path = g_strconcat (post_path, ".author", NULL);
  g_autoptr(JsonObject) wrapper = NULL;
  g_autoptr(MrNetPost) post = NULL;
  JsonObject *item = NULL, *object = NULL, *record = NULL, *author = NULL;
  const char *uri = NULL, *text = NULL, *author_handle = NULL;
  const char *rkey;
  gboolean repost;

  *out = NULL;
  /* Validating the element through an object that holds it names it like any field. */
  wrapper = json_object_new ();
  json_object_set_member (wrapper, path, json_node_ref (node));
  if (!mr_net_json_get_object (wrapper, "", path, TRUE, &item, error)
      || !is_repost (item, path, &repost, error))
    return FALSE;
  if (repost)
    return TRUE;

  post = mr_net_post_new ();
  if (!mr_net_json_get_object (item, path, "post", TRUE, &object, error)
      || !mr_net_json_get_string (object, post_path, "uri", TRUE, &uri, error)
      || !mr_net_json_get_object (object, post_path, "author", TRUE, &author, error)
      || !mr_net_json_get_string (author, author_path, "handle", TRUE, &author_handle, error)
      || !mr_net_json_get_object (object, post_path, "record", TRUE, &record, error)
      || !mr_net_json_get_string (record, record_path, "text", FALSE, &text, error)
      || !mr_net_json_get_time (record, record_path, "createdAt", TRUE, &post->published_at, error)
      || !mr_net_json_get_count (object, post_path, "likeCount", FALSE, &post->likes, error)
      || !mr_net_json_get_count (object, post_path, "replyCount", FALSE, &post->replies, error)
      || !mr_net_json_get_count (object, post_path, "repostCount", FALSE, &post->reposts, error)
      || !mr_net_json_get_count (object, post_path, "quoteCount", FALSE, &post->quotes, error))
    return FALSE;

  if (!g_hash_table_add (fetch->seen, g_strdup (uri)))
    return TRUE;

  /* at://did:plc:…/app.bsky.feed.post/RKEY */
  rkey = strrchr (uri, '/');
  post->external_id = g_strdup (uri);
  post->text = g_strdup (text);
  if (rkey != NULL && rkey[1] != '\0')
    post->permalink = g_strdup_printf ("https://bsky.app/profile/%s/post/%s",
                                       author_handle, rkey + 1);
  *out = g_steal_pointer (&post);
  return TRUE;
}

static gboolean
read_page (Fetch     *fetch,
           JsonNode  *root,
           GError   **error)
{
  JsonObject *object;
  JsonArray *feed = NULL;
  const char *cursor = NULL;
  guint length;

  if (!mr_net_json_root_object (root, &object, error)
      || !mr_net_json_get_array (object, "", "feed", TRUE, &feed, error)
      || !mr_net_json_get_string (object, "", "cursor", FALSE, &cursor, error))
    return FALSE;

  length = json_array_get_length (feed);
  for (guint i = 0; i < length && fetch->result->posts->len < fetch->max_posts; i++)
    {
      MrNetPost *post;

      if (!read_item (fetch, json_array_get_element (feed, i), i, &post, error))
        return FALSE;
      if (post != NULL)
        g_ptr_array_add (fetch->result->posts, post);
    }

  /* A page without items, or one that hands back the same cursor, ends the feed. */
  if (length == 0 || g_strcmp0 (cursor, fetch->cursor) == 0)
    cursor = NULL;
  g_free (fetch->cursor);
  fetch->cursor = g_strdup (cursor);
  return TRUE;
}

static void request_page (GTask *task);

static void
on_page (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Fetch *fetch = g_task_get_task_data (task);
  GError *error = NULL;
  g_autoptr(JsonNode) root = mr_net_get_json_finish (result, &error);

  if (root == NULL || !read_page (fetch, root, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  if (fetch->cursor != NULL && fetch->pages < MAX_PAGES
      && fetch->result->posts->len < fetch->max_posts)
    {
      request_page (g_steal_pointer (&task));
      return;
    }
  g_task_return_pointer (task, g_steal_pointer (&fetch->result),
                         (GDestroyNotify) mr_net_result_free);
}

static void
request_page (GTask *task)
{
  Fetch *fetch = g_task_get_task_data (task);
  g_autofree char *actor = g_uri_escape_string (fetch->handle, NULL, TRUE);
  g_autofree char *cursor = NULL;
  g_autofree char *uri = NULL;
  guint limit = MIN (PAGE_SIZE, MAX (fetch->max_posts - fetch->result->posts->len, 1));

  if (fetch->cursor != NULL)
    cursor = g_uri_escape_string (fetch->cursor, NULL, TRUE);
  uri = g_strdup_printf ("%s/xrpc/app.bsky.feed.getAuthorFeed?actor=%s&limit=%u%s%s",
                         fetch->base_url, actor, limit,
                         cursor != NULL ? "&cursor=" : "", cursor != NULL ? cursor : "");
  fetch->pages++;
  mr_net_get_json_async (fetch->session, uri, g_task_get_cancellable (task), on_page, task);
}

static void
on_profile (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Fetch *fetch = g_task_get_task_data (task);
  GError *error = NULL;
  g_autoptr(JsonNode) root = mr_net_get_json_finish (result, &error);

  if (root == NULL || !read_profile (root, &fetch->result->profile, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  if (fetch->max_posts == 0)
    {
      g_task_return_pointer (task, g_steal_pointer (&fetch->result),
                             (GDestroyNotify) mr_net_result_free);
      return;
    }
  request_page (g_steal_pointer (&task));
}

static void
bluesky_fetch (const MrNetProvider *provider,
               SoupSession         *session,
               const char          *base_url,
               const char          *handle,
               const char          *api_key G_GNUC_UNUSED,
               guint                max_posts,
               GTask               *task)
{
  Fetch *fetch = g_new0 (Fetch, 1);
  g_autofree char *actor = g_uri_escape_string (handle, NULL, TRUE);
  g_autofree char *uri = NULL;

  fetch->session = g_object_ref (session);
  fetch->base_url = g_strdup (base_url);
  fetch->handle = g_strdup (handle);
  fetch->max_posts = max_posts;
  fetch->seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  fetch->result = mr_net_result_new (provider->platform);
  g_task_set_task_data (task, fetch, (GDestroyNotify) fetch_free);

  uri = g_strdup_printf ("%s/xrpc/app.bsky.actor.getProfile?actor=%s", base_url, actor);
  mr_net_get_json_async (session, uri, g_task_get_cancellable (task), on_profile, task);
}

const MrNetProvider mr_net_provider_bluesky = {
  .platform = MR_PLATFORM_BLUESKY,
  .name = "Bluesky",
  .url_variable = "MICROREACH_BLUESKY_URL",
  .default_url = "https://public.api.bsky.app",
  .fetch = bluesky_fetch,
};
