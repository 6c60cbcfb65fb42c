/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-net-provider"

#include "config.h"

#include <glib/gi18n.h>

#include "mr-net-pager.h"
#include "mr-net-provider.h"

const MrNetProvider *
mr_net_provider_for_platform (MrPlatform platform)
{
  switch (platform)
    {
    case MR_PLATFORM_BLUESKY:
      return &mr_net_provider_bluesky;
    case MR_PLATFORM_MASTODON:
      return &mr_net_provider_mastodon;
    case MR_PLATFORM_YOUTUBE:
      return &mr_net_provider_youtube;
    default:
      return NULL;
    }
}

void
mr_net_provider_fetch_async (const MrNetProvider *provider,
                             SoupSession         *session,
                             const char          *handle,
                             const char          *api_key,
                             guint                max_posts,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *base_url = NULL;
  g_autofree char *profile_uri = NULL;

  g_return_if_fail (provider != NULL);
  g_return_if_fail (SOUP_IS_SESSION (session));
  g_return_if_fail (handle != NULL);

  task = g_task_new (session, cancellable, callback, user_data);
  g_task_set_source_tag (task, mr_net_provider_fetch_async);

  if (*handle == '@')
    handle++;
  if (provider->default_url != NULL)
    base_url = mr_net_resolve_base_url (provider->url_variable, provider->default_url, &error);
  else
    base_url = provider->resolve_base_url (provider, handle, &error);
  if (base_url == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (provider->needs_key && (api_key == NULL || *api_key == '\0'))
    {
      g_task_return_new_error (task, MR_NET_ERROR, MR_NET_ERROR_NO_KEY,
                               /* Translators: %s is a platform, e.g. "YouTube" */
                               _("%s needs your API key: add it in Preferences"),
                               provider->name);
      return;
    }
  profile_uri = provider->attach (task, session, base_url, handle,
                                  provider->needs_key ? api_key : NULL, max_posts, &error);
  if (profile_uri == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  mr_net_pager_start (g_steal_pointer (&task), profile_uri);
}

MrNetResult *
mr_net_provider_fetch_finish (const MrNetProvider  *provider,
                              GAsyncResult         *result,
                              GError              **error)
{
  g_return_val_if_fail (provider != NULL, NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == mr_net_provider_fetch_async,
                        NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

MrNetPost *
mr_net_post_new (void)
{
  MrNetPost *post = g_new0 (MrNetPost, 1);

  post->views = post->likes = post->replies = post->reposts = post->quotes = MR_NET_NO_COUNT;
  return post;
}

void
mr_net_post_free (MrNetPost *post)
{
  if (post == NULL)
    return;
  g_free (post->external_id);
  g_free (post->text);
  g_free (post->permalink);
  g_free (post);
}

MrNetResult *
mr_net_result_new (MrPlatform platform)
{
  MrNetResult *result = g_new0 (MrNetResult, 1);

  result->platform = platform;
  result->profile.followers = MR_NET_NO_COUNT;
  result->profile.following = MR_NET_NO_COUNT;
  result->profile.posts = MR_NET_NO_COUNT;
  result->posts = g_ptr_array_new_with_free_func ((GDestroyNotify) mr_net_post_free);
  return result;
}

void
mr_net_result_free (MrNetResult *result)
{
  if (result == NULL)
    return;
  g_free (result->profile.handle);
  g_free (result->profile.display_name);
  g_ptr_array_unref (result->posts);
  g_free (result);
}
