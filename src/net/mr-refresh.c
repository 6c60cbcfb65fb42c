/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-refresh"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "mr-import-writer.h"
#include "mr-refresh.h"

/* Accounts fetched at the same time: different servers mostly, but a roster on one
 * Mastodon server should not look like a crawler to it. */
#define MAX_IN_FLIGHT 3

typedef struct {
  MrRefreshEntry       public;
  const MrNetProvider *provider;
  MrNetResult         *result;     /* until stored */
} Entry;

struct _MrRefresh
{
  GObject        parent_instance;

  MrStore       *store;
  SoupSession   *session;
  GPtrArray     *entries;          /* of Entry */
  char          *youtube_key;
  guint          max_posts;

  GTask         *task;             /* while running */
  GCancellable  *cancellable;      /* the caller's, or one of our own */
  guint          next;             /* the first entry not started */
  guint          in_flight;
  guint          n_done;
  guint          n_failed;
  gint64         batch_id;
};

G_DEFINE_FINAL_TYPE (MrRefresh, mr_refresh, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_N_DONE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  ENTRY_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
entry_free (Entry *entry)
{
  g_free (entry->public.handle);
  g_free (entry->public.creator_name);
  g_clear_error (&entry->public.error);
  g_clear_pointer (&entry->result, mr_net_result_free);
  g_free (entry);
}

static void
mr_refresh_finalize (GObject *object)
{
  MrRefresh *self = MR_REFRESH (object);

  g_clear_object (&self->store);
  g_clear_object (&self->session);
  g_clear_object (&self->cancellable);
  g_ptr_array_unref (self->entries);
  if (self->youtube_key != NULL)
    memset (self->youtube_key, 0, strlen (self->youtube_key));
  g_free (self->youtube_key);

  G_OBJECT_CLASS (mr_refresh_parent_class)->finalize (object);
}

static void
mr_refresh_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  MrRefresh *self = MR_REFRESH (object);

  switch (prop_id)
    {
    case PROP_N_DONE:
      g_value_set_uint (value, self->n_done);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mr_refresh_class_init (MrRefreshClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mr_refresh_finalize;
  object_class->get_property = mr_refresh_get_property;

  /**
   * MrRefresh:n-done:
   *
   * How many accounts' fetches have ended, in any way.
   */
  properties[PROP_N_DONE] =
    g_param_spec_uint ("n-done", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * MrRefresh::entry-changed:
   * @index: the entry, for mr_refresh_get_entry ()
   *
   * An account's fetch started or ended.
   */
  signals[ENTRY_CHANGED] =
    g_signal_new ("entry-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);
}

static void
mr_refresh_init (MrRefresh *self)
{
  self->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);
  self->max_posts = MR_REFRESH_MAX_POSTS;
}

MrRefresh *
mr_refresh_new (MrStore     *store,
                SoupSession *session)
{
  MrRefresh *self;

  g_return_val_if_fail (MR_IS_STORE (store), NULL);
  g_return_val_if_fail (SOUP_IS_SESSION (session), NULL);

  self = g_object_new (MR_TYPE_REFRESH, NULL);
  self->store = g_object_ref (store);
  self->session = g_object_ref (session);
  return self;
}

/* ── Which accounts ──────────────────────────────────────────────────────────────── */

static gboolean
add_account (MrRefresh  *self,
             MrAccount  *account,
             const char *creator_name)
{
  const MrNetProvider *provider = mr_net_provider_for_platform (mr_account_get_platform (account));
  gint64 id = mr_account_get_id (account);
  Entry *entry;

  if (provider == NULL)
    return FALSE;
  for (guint i = 0; i < self->entries->len; i++)
    if (((Entry *) g_ptr_array_index (self->entries, i))->public.account_id == id)
      return FALSE;

  entry = g_new0 (Entry, 1);
  entry->provider = provider;
  entry->public.account_id = id;
  entry->public.platform = mr_account_get_platform (account);
  entry->public.handle = g_strdup (mr_account_get_handle (account));
  entry->public.creator_name = g_strdup (creator_name);
  entry->public.outcome = MR_REFRESH_WAITING;
  entry->public.followers = MR_NET_NO_COUNT;
  g_ptr_array_add (self->entries, entry);
  return TRUE;
}

guint
mr_refresh_add_creator (MrRefresh *self,
                        MrCreator *creator)
{
  GListModel *accounts;
  guint added = 0;

  g_return_val_if_fail (MR_IS_REFRESH (self), 0);
  g_return_val_if_fail (MR_IS_CREATOR (creator), 0);
  g_return_val_if_fail (self->task == NULL, 0);

  accounts = mr_creator_get_accounts (creator);
  for (guint i = 0; i < g_list_model_get_n_items (accounts); i++)
    {
      g_autoptr(MrAccount) account = g_list_model_get_item (accounts, i);

      added += add_account (self, account, mr_creator_get_name (creator));
    }
  return added;
}

gboolean
mr_refresh_add_account (MrRefresh *self,
                        MrAccount *account)
{
  GListModel *creators;

  g_return_val_if_fail (MR_IS_REFRESH (self), FALSE);
  g_return_val_if_fail (MR_IS_ACCOUNT (account), FALSE);
  g_return_val_if_fail (self->task == NULL, FALSE);

  creators = mr_store_get_creators (self->store);
  for (guint i = 0; i < g_list_model_get_n_items (creators); i++)
    {
      g_autoptr(MrCreator) creator = g_list_model_get_item (creators, i);

      if (mr_creator_get_id (creator) == mr_account_get_creator_id (account))
        return add_account (self, account, mr_creator_get_name (creator));
    }
  return add_account (self, account, NULL);
}

guint
mr_refresh_add_all (MrRefresh *self)
{
  GListModel *creators;
  guint added = 0;

  g_return_val_if_fail (MR_IS_REFRESH (self), 0);

  creators = mr_store_get_creators (self->store);
  for (guint i = 0; i < g_list_model_get_n_items (creators); i++)
    {
      g_autoptr(MrCreator) creator = g_list_model_get_item (creators, i);

      added += mr_refresh_add_creator (self, creator);
    }
  return added;
}

void
mr_refresh_set_youtube_key (MrRefresh  *self,
                            const char *key)
{
  g_return_if_fail (MR_IS_REFRESH (self));

  if (self->youtube_key != NULL)
    memset (self->youtube_key, 0, strlen (self->youtube_key));
  g_free (self->youtube_key);
  self->youtube_key = key != NULL && *key != '\0' ? g_strdup (key) : NULL;
}

void
mr_refresh_set_max_posts (MrRefresh *self,
                          guint      max_posts)
{
  g_return_if_fail (MR_IS_REFRESH (self));
  g_return_if_fail (max_posts > 0);

  self->max_posts = max_posts;
}

/* ── Storing ─────────────────────────────────────────────────────────────────────── */

/* What the refresh brought, as the import log's content hash: the same answer on the
 * same day is nothing new, and the batch writes nothing for it. */
static char *
content_hash (const Entry *entry,
              const char  *day)
{
  const MrNetResult *result = entry->result;
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr(GString) text = g_string_new (NULL);

  g_string_printf (text, "%s\n%s\n%s\n%" G_GINT64_FORMAT " %" G_GINT64_FORMAT
                   " %" G_GINT64_FORMAT "\n",
                   mr_platform_to_string (entry->public.platform), entry->public.handle, day,
                   result->profile.followers, result->profile.following,
                   result->profile.posts);
  for (guint i = 0; i < result->posts->len; i++)
    {
      const MrNetPost *post = g_ptr_array_index (result->posts, i);

      g_string_append_printf (text, "%s %" G_GINT64_FORMAT " %" G_GINT64_FORMAT
                              " %" G_GINT64_FORMAT " %" G_GINT64_FORMAT
                              " %" G_GINT64_FORMAT " %" G_GINT64_FORMAT "\n%s\n%s\n",
                              post->external_id, post->published_at, post->views,
                              post->likes, post->replies, post->reposts, post->quotes,
                              post->text != NULL ? post->text : "",
                              post->permalink != NULL ? post->permalink : "");
    }
  g_checksum_update (checksum, (const guchar *) text->str, (gssize) text->len);
  return g_strconcat ("fetch:", g_checksum_get_string (checksum), NULL);
}

static gint64
shares_of (const MrNetPost *post)
{
  if (post->reposts == MR_NET_NO_COUNT)
    return post->quotes;
  if (post->quotes == MR_NET_NO_COUNT)
    return post->reposts;
  return post->reposts + post->quotes;
}

/* Writes one account's answer into the open batch, as a file of its own. */
static gboolean
write_entry (MrImportWriter  *writer,
             const Entry     *entry,
             const char      *day,
             const char      *checksum,
             gboolean        *duplicate,
             GError         **error)
{
  const MrNetResult *result = entry->result;
  MrImportSink *sink = mr_import_writer_get_sink (writer);
  g_autofree char *file_name = NULL;
  g_autofree char *format_id = NULL;
  MrImportAccount account;

  *duplicate = FALSE;
  if (!mr_import_writer_begin_file (writer, error))
    return FALSE;

  mr_import_account_init (&account);
  account.platform = entry->public.platform;
  account.handle = entry->public.handle;
  account.followers = result->profile.followers;
  account.following = result->profile.following;
  account.posts = result->profile.posts;
  if (!sink->klass->account (sink, &account, error))
    goto failed;

  for (guint i = 0; i < result->posts->len; i++)
    {
      const MrNetPost *net_post = g_ptr_array_index (result->posts, i);
      MrImportPost post;

      mr_import_post_init (&post);
      post.external_id = net_post->external_id;
      post.published_at = net_post->published_at;
      post.caption = net_post->text;
      post.permalink = net_post->permalink;
      post.views = net_post->views;
      post.likes = net_post->likes;
      post.comments = net_post->replies;
      post.shares = shares_of (net_post);
      if (!sink->klass->post (sink, &post, error))
        goto failed;
    }

  if (result->profile.followers != MR_NET_NO_COUNT)
    {
      MrImportFollowers followers = { .followers = result->profile.followers };

      g_strlcpy (followers.day, day, sizeof followers.day);
      if (!sink->klass->followers (sink, &followers, error))
        goto failed;
    }

  *duplicate = mr_import_writer_has_checksum (writer, checksum, NULL);
  file_name = mr_refresh_entry_describe_account (&entry->public);
  format_id = g_strconcat ("fetch-", mr_platform_to_string (entry->public.platform), NULL);
  return mr_import_writer_end_file (writer, !*duplicate, file_name, format_id, checksum,
                                    result->posts->len + 1, error);

failed:
  mr_import_writer_end_file (writer, FALSE, NULL, NULL, NULL, 0, NULL);
  return FALSE;
}

static char *
today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

static void
entry_changed (MrRefresh *self,
               guint      index)
{
  g_signal_emit (self, signals[ENTRY_CHANGED], 0, index);
}

/* Stores what every fetched account brought, in one batch. A failure of one account's
 * records leaves that account out; a failure of the batch itself stores nothing. */
static gboolean
store_results (MrRefresh  *self,
               GError    **error)
{
  g_autoptr(MrImportWriter) writer = NULL;
  g_autofree char *day = today ();
  g_autofree char *summary = NULL;
  guint kept = 0;

  writer = mr_import_writer_new (mr_store_get_handle (self->store), error);
  if (writer == NULL || !mr_import_writer_begin (writer, 0, error))
    return FALSE;

  for (guint i = 0; i < self->entries->len; i++)
    {
      Entry *entry = g_ptr_array_index (self->entries, i);
      g_autofree char *checksum = NULL;
      g_autoptr(GError) local_error = NULL;
      gboolean duplicate;

      if (entry->result == NULL)
        continue;
      checksum = content_hash (entry, day);
      if (!write_entry (writer, entry, day, checksum, &duplicate, &local_error))
        {
          entry->public.outcome = MR_REFRESH_FAILED;
          g_prefix_error_literal (&local_error, _("Could not be stored: "));
          entry->public.error = g_steal_pointer (&local_error);
          self->n_failed++;
        }
      else if (duplicate)
        entry->public.outcome = MR_REFRESH_UNCHANGED;
      else
        {
          entry->public.outcome = MR_REFRESH_UPDATED;
          entry->public.new_posts = mr_import_writer_get_file_counts (writer)->posts;
          kept++;
        }
      g_clear_pointer (&entry->result, mr_net_result_free);
      entry_changed (self, i);
    }

  if (kept == 0)
    {
      mr_import_writer_rollback (writer);
      return TRUE;
    }
  self->batch_id = mr_import_writer_get_batch_id (writer);
  summary = mr_refresh_describe (self);
  if (!mr_import_writer_commit (writer, summary, error))
    {
      self->batch_id = 0;
      return FALSE;
    }
  return TRUE;
}

/* ── Fetching ────────────────────────────────────────────────────────────────────── */

static void start_next (MrRefresh *self);

static void
finish (MrRefresh *self)
{
  g_autoptr(GTask) task = g_steal_pointer (&self->task);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < self->entries->len; i++)
    {
      Entry *entry = g_ptr_array_index (self->entries, i);

      if (entry->public.outcome == MR_REFRESH_WAITING)
        {
          entry->public.outcome = MR_REFRESH_CANCELLED;
          entry_changed (self, i);
        }
    }

  if (!store_results (self, &error))
    {
      /* Nothing was stored: say so on every account that had come in. */
      for (guint i = 0; i < self->entries->len; i++)
        {
          Entry *entry = g_ptr_array_index (self->entries, i);

          if (entry->public.outcome == MR_REFRESH_UPDATED ||
              entry->public.outcome == MR_REFRESH_FETCHING)
            {
              entry->public.outcome = MR_REFRESH_FAILED;
              entry->public.error = g_error_copy (error);
              self->n_failed++;
              entry_changed (self, i);
            }
        }
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (self->batch_id > 0 && !mr_store_reload (self->store, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_task_return_boolean (task, TRUE);
}

typedef struct {
  MrRefresh *self;
  guint      index;
} Fetch;

static void
on_fetched (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  Fetch *fetch = user_data;
  MrRefresh *self = fetch->self;
  Entry *entry = g_ptr_array_index (self->entries, fetch->index);
  g_autoptr(GError) error = NULL;

  entry->result = mr_net_provider_fetch_finish (entry->provider, result, &error);
  if (entry->result != NULL)
    {
      entry->public.followers = entry->result->profile.followers;
      entry->public.n_posts = entry->result->posts->len;
      /* Stored at the end; until then it is fetched, not yet new or unchanged. */
      entry->public.outcome = MR_REFRESH_FETCHING;
    }
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    entry->public.outcome = MR_REFRESH_CANCELLED;
  else
    {
      entry->public.outcome = MR_REFRESH_FAILED;
      entry->public.error = g_steal_pointer (&error);
      self->n_failed++;
    }

  self->in_flight--;
  self->n_done++;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_DONE]);
  entry_changed (self, fetch->index);
  g_free (fetch);

  start_next (self);
  g_object_unref (self);
}

static void
start_next (MrRefresh *self)
{
  GCancellable *cancellable = self->cancellable;

  while (self->in_flight < MAX_IN_FLIGHT && self->next < self->entries->len &&
         !g_cancellable_is_cancelled (cancellable))
    {
      Entry *entry = g_ptr_array_index (self->entries, self->next);
      Fetch *fetch = g_new0 (Fetch, 1);
      const char *key = entry->public.platform == MR_PLATFORM_YOUTUBE ? self->youtube_key : NULL;

      fetch->self = g_object_ref (self);
      fetch->index = self->next++;
      self->in_flight++;
      entry->public.outcome = MR_REFRESH_FETCHING;
      entry_changed (self, fetch->index);
      mr_net_provider_fetch_async (entry->provider, self->session, entry->public.handle, key,
                                   self->max_posts, cancellable, on_fetched, fetch);
    }

  if (self->in_flight == 0 &&
      (self->next == self->entries->len || g_cancellable_is_cancelled (cancellable)))
    finish (self);
}

void
mr_refresh_run_async (MrRefresh           *self,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  g_return_if_fail (MR_IS_REFRESH (self));
  g_return_if_fail (self->task == NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  self->cancellable = cancellable != NULL ? g_object_ref (cancellable) : g_cancellable_new ();
  self->task = g_task_new (self, self->cancellable, callback, user_data);
  g_task_set_source_tag (self->task, mr_refresh_run_async);
  /* Cancelling stops the fetching; what came before is still stored and reported. */
  g_task_set_check_cancellable (self->task, FALSE);
  start_next (self);
}

gboolean
mr_refresh_run_finish (MrRefresh     *self,
                       GAsyncResult  *result,
                       GError       **error)
{
  g_return_val_if_fail (MR_IS_REFRESH (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == mr_refresh_run_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* ── What became of it ───────────────────────────────────────────────────────────── */

guint
mr_refresh_get_n_entries (MrRefresh *self)
{
  g_return_val_if_fail (MR_IS_REFRESH (self), 0);

  return self->entries->len;
}

const MrRefreshEntry *
mr_refresh_get_entry (MrRefresh *self,
                      guint      index)
{
  g_return_val_if_fail (MR_IS_REFRESH (self), NULL);
  g_return_val_if_fail (index < self->entries->len, NULL);

  return &((Entry *) g_ptr_array_index (self->entries, index))->public;
}

guint
mr_refresh_get_n_done (MrRefresh *self)
{
  g_return_val_if_fail (MR_IS_REFRESH (self), 0);

  return self->n_done;
}

guint
mr_refresh_get_n_failed (MrRefresh *self)
{
  g_return_val_if_fail (MR_IS_REFRESH (self), 0);

  return self->n_failed;
}

gint64
mr_refresh_get_batch_id (MrRefresh *self)
{
  g_return_val_if_fail (MR_IS_REFRESH (self), 0);

  return self->batch_id;
}
