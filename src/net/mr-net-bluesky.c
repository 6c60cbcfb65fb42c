/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-net-bluesky"

#include "config.h"

#include <string.h>

#include "mr-net-answers-private.h"
#include "mr-net-json.h"

/* Bluesky's public AppView answers app.bsky.* queries without an account. */

/* getAuthorFeed's largest page. */
#define PAGE_SIZE 100
/* A feed that keeps handing out cursors still ends somewhere. */
#define MAX_PAGES 50

static gboolean
read_profile (MrNetPager  *pager,
              JsonNode    *root,
              GError     **error)
{
  MrNetProfile *profile = &pager->result->profile;
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

/* Takes a feed item's post, unless it is a repost or one taken before. */
static gboolean
read_item (MrNetPager  *pager,
           JsonArray   *feed,
           guint        index,
           const char **id G_GNUC_UNUSED,
           GError     **error)
{
  g_autofree char *path = NULL;
  g_autofree char *post_path = NULL;
  g_autofree char *record_path = NULL;
  g_autofree char *author_path = NULL;
  g_autoptr(MrNetPost) post = NULL;
  JsonObject *item = NULL, *object = NULL, *record = NULL, *author = NULL;
  const char *uri = NULL, *text = NULL, *author_handle = NULL;
  const char *rkey;
  gboolean repost;

  if (!mr_net_json_get_element (feed, "feed", index, &path, &item, error)
      || !is_repost (item, path, &repost, error))
    return FALSE;
  if (repost)
    return TRUE;

  post_path = g_strconcat (path, ".post", NULL);
  record_path = g_strconcat (post_path, ".record", NULL);
  author_path = g_strconcat (post_path, ".author", NULL);

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

  /* at://did:plc:…/app.bsky.feed.post/RKEY */
  rkey = strrchr (uri, '/');
  post->external_id = g_strdup (uri);
  post->text = g_strdup (text);
  if (rkey != NULL && rkey[1] != '\0')
    {
      /* Escaped: what a server sends need not be a handle and a key. */
      g_autofree char *escaped_handle = g_uri_escape_string (author_handle, NULL, TRUE);
      g_autofree char *escaped_rkey = g_uri_escape_string (rkey + 1, NULL, TRUE);

      post->permalink = g_strdup_printf ("https://bsky.app/profile/%s/post/%s",
                                         escaped_handle, escaped_rkey);
    }
  mr_net_pager_add_post (pager, g_steal_pointer (&post));
  return TRUE;
}

static gboolean
read_page (MrNetPager  *pager,
           JsonNode    *root,
           JsonArray  **feed,
           const char **cursor,
           GError     **error)
{
  JsonObject *object;

  return mr_net_json_root_object (root, &object, error)
         && mr_net_json_get_array (object, "", "feed", TRUE, feed, error)
         && mr_net_json_get_string (object, "", "cursor", FALSE, cursor, error);
}

static char *
page_uri (MrNetPager *pager,
          guint       limit)
{
  g_autofree char *actor = g_uri_escape_string (pager->handle, NULL, TRUE);

  return g_strdup_printf ("%s/xrpc/app.bsky.feed.getAuthorFeed?actor=%s&limit=%u",
                          pager->base_url, actor, limit);
}

static const MrNetFeed author_feed = {
  .page_size = PAGE_SIZE,
  .max_pages = MAX_PAGES,
  .read_profile = read_profile,
  .page_uri = page_uri,
  .cursor_parameter = "cursor",
  .read_page = read_page,
  .read_item = read_item,
};

static char *
bluesky_attach (GTask        *task,
                SoupSession  *session,
                const char   *base_url,
                const char   *handle,
                const char   *api_key G_GNUC_UNUSED,
                guint         max_posts,
                GError      **error G_GNUC_UNUSED)
{
  g_autofree char *actor = g_uri_escape_string (handle, NULL, TRUE);

  mr_net_pager_attach (task, &author_feed, &mr_net_provider_bluesky, session, base_url, handle,
                       max_posts);
  return g_strdup_printf ("%s/xrpc/app.bsky.actor.getProfile?actor=%s", base_url, actor);
}

const MrNetProvider mr_net_provider_bluesky = {
  .platform = MR_PLATFORM_BLUESKY,
  .name = "Bluesky",
  .url_variable = "MICROREACH_BLUESKY_URL",
  .default_url = "https://public.api.bsky.app",
  .attach = bluesky_attach,
};
