/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-net-pager"

#include "config.h"

#include "mr-net-pager.h"

static void
pager_free (MrNetPager *pager)
{
  if (pager->data != NULL)
    pager->feed->free_data (pager->data);
  g_clear_object (&pager->session);
  g_free (pager->base_url);
  g_free (pager->handle);
  g_free (pager->cursor);
  g_clear_pointer (&pager->seen, g_hash_table_unref);
  g_clear_pointer (&pager->result, mr_net_result_free);
  g_free (pager);
}

MrNetPager *
mr_net_pager_attach (GTask               *task,
                     const MrNetFeed     *feed,
                     const MrNetProvider *provider,
                     SoupSession         *session,
                     const char          *base_url,
                     const char          *handle,
                     guint                max_posts)
{
  MrNetPager *pager = g_new0 (MrNetPager, 1);

  g_assert (feed->page_size > 0 && feed->max_pages > 0);

  pager->feed = feed;
  pager->session = g_object_ref (session);
  pager->base_url = g_strdup (base_url);
  pager->handle = g_strdup (handle);
  pager->max_posts = max_posts;
  pager->seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  pager->result = mr_net_result_new (provider->platform);
  g_task_set_task_data (task, pager, (GDestroyNotify) pager_free);
  return pager;
}

void
mr_net_pager_return_result (GTask *task)
{
  MrNetPager *pager = g_task_get_task_data (task);

  g_task_return_pointer (task, g_steal_pointer (&pager->result),
                         (GDestroyNotify) mr_net_result_free);
  g_object_unref (task);
}

gboolean
mr_net_pager_take (MrNetPager *pager,
                   const char *id)
{
  return g_hash_table_add (pager->seen, g_strdup (id));
}

void
mr_net_pager_add_post (MrNetPager *pager,
                       MrNetPost  *post)
{
  if (mr_net_pager_take (pager, post->external_id))
    g_ptr_array_add (pager->result->posts, post);
  else
    mr_net_post_free (post);
}

gboolean
mr_net_pager_wants_more (MrNetPager *pager)
{
  return g_hash_table_size (pager->seen) < pager->max_posts;
}

void
mr_net_pager_end (MrNetPager *pager)
{
  pager->ended = TRUE;
}

/* ── Requests ─────────────────────────────────────────────────────────────────────── */

static void
on_answer (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  MrNetPager *pager = g_task_get_task_data (task);
  GError *error = NULL;
  g_autoptr(JsonNode) root = mr_net_get_json_finish (result, &error);

  if (root == NULL && pager->missing_ends_feed
      && g_error_matches (error, MR_NET_ERROR, MR_NET_ERROR_NOT_FOUND))
    {
      g_error_free (error);
      mr_net_pager_end (pager);
    }
  else if (root == NULL)
    {
      if (pager->feed->refusal != NULL)
        error = pager->feed->refusal (result, error);
      g_task_return_error (task, error);
      return;
    }
  else if (!pager->read (pager, root, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  pager->next (pager, g_steal_pointer (&task));
}

static void
send_request (GTask          *task,
              const char     *uri,
              MrNetPagerRead  read,
              MrNetPagerStep  next,
              gboolean        missing_ends_feed)
{
  MrNetPager *pager = g_task_get_task_data (task);

  pager->read = read;
  pager->next = next;
  pager->missing_ends_feed = missing_ends_feed;
  mr_net_get_json_async (pager->session, uri, g_task_get_cancellable (task), on_answer, task);
}

void
mr_net_pager_request (GTask          *task,
                      const char     *uri,
                      MrNetPagerRead  read,
                      MrNetPagerStep  next)
{
  send_request (task, uri, read, next, FALSE);
}

/* ── Paging ───────────────────────────────────────────────────────────────────────── */

gboolean
mr_net_pager_read_page (MrNetPager  *pager,
                        JsonNode    *root,
                        GError     **error)
{
  JsonArray *items = NULL;
  const char *next = NULL;
  const char *id = NULL;
  guint length;

  if (!pager->feed->read_page (pager, root, &items, &next, error))
    return FALSE;
  length = items != NULL ? json_array_get_length (items) : 0;
  for (guint i = 0; i < length && mr_net_pager_wants_more (pager); i++)
    if (!pager->feed->read_item (pager, items, i, &id, error))
      return FALSE;

  if (pager->feed->cursor_is_last_id)
    next = id;
  /* A server that hands back the same cursor would answer the same page again. */
  if (length == 0 || next == NULL || g_strcmp0 (next, pager->cursor) == 0)
    mr_net_pager_end (pager);
  g_free (pager->cursor);
  pager->cursor = g_strdup (next);
  return TRUE;
}

static void
finish_paging (MrNetPager *pager,
               GTask      *task)
{
  if (pager->feed->paged != NULL)
    pager->feed->paged (pager, task);
  else
    mr_net_pager_return_result (task);
}

gboolean
mr_net_pager_wants_page (MrNetPager *pager)
{
  return !pager->ended && pager->pages < pager->feed->max_pages
         && mr_net_pager_wants_more (pager);
}

char *
mr_net_pager_next_page (MrNetPager *pager)
{
  /* Only asked for while more are wanted, so at least one. */
  guint limit = MIN (pager->feed->page_size, pager->max_posts - g_hash_table_size (pager->seen));
  g_autofree char *page = pager->feed->page_uri (pager, limit);
  g_autofree char *cursor = NULL;

  pager->pages++;
  if (pager->cursor == NULL)
    return g_steal_pointer (&page);
  cursor = g_uri_escape_string (pager->cursor, NULL, TRUE);
  return g_strconcat (page, "&", pager->feed->cursor_parameter, "=", cursor, NULL);
}

static void request_page (MrNetPager *pager,
                          GTask      *task);

static void
after_page (MrNetPager *pager,
            GTask      *task)
{
  if (mr_net_pager_wants_page (pager))
    request_page (pager, task);
  else
    finish_paging (pager, task);
}

static void
request_page (MrNetPager *pager,
              GTask      *task)
{
  g_autofree char *uri = mr_net_pager_next_page (pager);

  send_request (task, uri, mr_net_pager_read_page, after_page,
                pager->pages == 1 && pager->feed->first_page_may_be_missing);
}

static void
after_profile (MrNetPager *pager,
               GTask      *task)
{
  if (mr_net_pager_wants_page (pager))
    request_page (pager, task);
  else
    mr_net_pager_return_result (task);
}

void
mr_net_pager_start (GTask      *task,
                    const char *profile_uri)
{
  MrNetPager *pager = g_task_get_task_data (task);

  send_request (task, profile_uri, pager->feed->read_profile, after_profile, FALSE);
}
