/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mr-enums.h"
#include "mr-net.h"

G_BEGIN_DECLS

/* "Not given" for counts: the platform left the field out. */
#define MR_NET_NO_COUNT G_MININT64

/* An account's public numbers. */
typedef struct {
  char   *handle;          /* as the platform spells it, without '@' */
  char   *display_name;    /* NULL when the account has none */
  gint64  followers;
  gint64  following;
  gint64  posts;
} MrNetProfile;

/* One of the account's own posts (never a repost of someone else's). */
typedef struct {
  char   *external_id;     /* the platform's id: Bluesky's at:// URI, Mastodon's status id */
  gint64  published_at;    /* Unix seconds */
  char   *text;
  char   *permalink;       /* a web address a person can open */
  gint64  views;           /* MR_NET_NO_COUNT where the platform does not say */
  gint64  likes;
  gint64  replies;
  gint64  reposts;
  gint64  quotes;          /* MR_NET_NO_COUNT where the platform has no quotes */
} MrNetPost;

/* What one refresh of one account brought. */
typedef struct {
  MrPlatform    platform;
  MrNetProfile  profile;
  GPtrArray    *posts;     /* of MrNetPost, newest first */
} MrNetResult;

typedef struct _MrNetProvider MrNetProvider;

/* A platform whose public data Microreach can read. Each provider is a constant
 * instance of this struct; callers use the mr_net_provider_ functions. */
struct _MrNetProvider {
  MrPlatform   platform;
  const char  *name;            /* the platform's brand name, not translated */
  const char  *url_variable;    /* the environment variable of a test's stand-in */
  const char  *default_url;     /* HTTPS; NULL when each handle names its server */
  gboolean     needs_key;       /* the user's own API key is required (YouTube) */

  /* Sets @task up to fetch @handle's profile and up to @max_posts recent posts from
   * @base_url, with @api_key when the provider needs one (never NULL then): attaches the
   * provider's pager (mr-net-pager.h), and answers the address of the profile, where the
   * fetch starts; or NULL and an error for a handle the provider cannot fetch. The
   * task's result is an MrNetResult. */
  char *(*attach) (GTask         *task,
                   SoupSession   *session,
                   const char    *base_url,
                   const char    *handle,
                   const char    *api_key,
                   guint          max_posts,
                   GError       **error);

  /* For a provider without a default_url: checks @handle and answers the base URL of
   * its server, resolved with mr_net_resolve_base_url () so url_variable still replaces
   * it; or NULL and an error. */
  char *(*resolve_base_url) (const MrNetProvider  *provider,
                             const char           *handle,
                             GError              **error);
};

extern const MrNetProvider mr_net_provider_bluesky;
extern const MrNetProvider mr_net_provider_mastodon;
extern const MrNetProvider mr_net_provider_youtube;

/* The provider of @platform, or NULL when Microreach cannot fetch from it. */
const MrNetProvider *mr_net_provider_for_platform (MrPlatform            platform);

/* Resolves the provider's base URL (see mr_net_resolve_base_url ()) and fetches. A
 * leading '@' of @handle is the user's, not the handle's.
 * @api_key: the user's key for a provider that needs one; without it the fetch fails
 * with MR_NET_ERROR_NO_KEY. Ignored by the others. */
void                 mr_net_provider_fetch_async  (const MrNetProvider  *provider,
                                                   SoupSession          *session,
                                                   const char           *handle,
                                                   const char           *api_key,
                                                   guint                 max_posts,
                                                   GCancellable         *cancellable,
                                                   GAsyncReadyCallback   callback,
                                                   gpointer              user_data);
MrNetResult         *mr_net_provider_fetch_finish (const MrNetProvider  *provider,
                                                   GAsyncResult         *result,
                                                   GError              **error);

MrNetPost           *mr_net_post_new              (void);
void                 mr_net_post_free             (MrNetPost            *post);
MrNetResult         *mr_net_result_new            (MrPlatform            platform);
void                 mr_net_result_free           (MrNetResult          *result);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MrNetResult, mr_net_result_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MrNetPost, mr_net_post_free)

G_END_DECLS
