/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mr-net-provider.h"

G_BEGIN_DECLS

/* What every provider's fetch does alike, for the providers' own use: ask for the
 * account, then page through its posts, newest first, until the feed ends, the pages
 * run out or max_posts distinct posts are taken; then answer the MrNetResult. Requests
 * go out one at a time, with the task's cancellable; the first failure ends the fetch.
 *
 * A provider describes its platform in a constant MrNetFeed: the requests' addresses
 * and how to read their answers. Its fetch attaches a pager to the task, which keeps it
 * as task data, and starts it with the account's address. What "takes @task" takes the
 * caller's reference: it passes it on to the next request, or drops it once the task
 * returned.
 *
 * The feed ends at a page without items, without a cursor to the next, or with the same
 * cursor as the one before (a server that keeps answering the same page); and in any
 * case after max_pages pages. */

typedef struct _MrNetPager MrNetPager;
typedef struct _MrNetFeed MrNetFeed;

/* Reads an answer into the pager's result or the provider's data; FALSE and @error
 * (MR_NET_ERROR_MALFORMED, …) when it cannot. */
typedef gboolean (*MrNetPagerRead) (MrNetPager  *pager,
                                    JsonNode    *root,
                                    GError     **error);
/* Goes on with the fetch after an answer was read; takes @task. */
typedef void     (*MrNetPagerStep) (MrNetPager  *pager,
                                    GTask       *task);

struct _MrNetFeed {
  guint           page_size;       /* the most posts one page is asked for */
  guint           max_pages;       /* a feed that keeps handing out cursors ends here */
  /* A first page that is not found (404) is an empty feed, not a failure. */
  gboolean        first_page_may_be_missing;

  /* Reads the account into the result's profile; mr_net_pager_end () when the account
   * has no feed to page through. */
  MrNetPagerRead  read_profile;
  /* The address of a page of @limit posts; the pager adds its cursor. */
  char         *(*page_uri)     (MrNetPager   *pager,
                                 guint         limit);
  /* The query parameter that says where a page starts ("cursor"). */
  const char     *cursor_parameter;
  /* Reads a page's own fields: its *@items (left NULL when it has none) and in *@next
   * where the next page starts (borrowed from @root; left NULL when none follows). */
  gboolean      (*read_page)    (MrNetPager   *pager,
                                 JsonNode     *root,
                                 JsonArray   **items,
                                 const char  **next,
                                 GError      **error);
  /* Reads item @index of @items and takes it (mr_net_pager_add_post () or
   * mr_net_pager_take ()) unless it is not the account's own; says in *@id the item's
   * id, borrowed from @items, where the feed needs it. Called while
   * mr_net_pager_wants_more (). */
  gboolean      (*read_item)    (MrNetPager   *pager,
                                 JsonArray    *items,
                                 guint         index,
                                 const char  **id,
                                 GError      **error);
  /* The next page starts after the last item read (Mastodon's max_id), not where the
   * page says. */
  gboolean        cursor_is_last_id;
  /* Optional: the error a refused request fails with, in place of @error (which it
   * takes), for a platform whose refusals say more than their HTTP status. */
  GError       *(*refusal)      (GAsyncResult *result,
                                 GError       *error);
  /* Optional: what comes after the last page (more requests, at last
   * mr_net_pager_return_result ()); without it the result is answered then. */
  MrNetPagerStep  paged;
  /* Frees the provider's data. */
  GDestroyNotify  free_data;
};

struct _MrNetPager {
  const MrNetFeed *feed;
  char            *base_url;
  char            *handle;      /* without its '@' */
  guint            max_posts;
  MrNetResult     *result;      /* what the fetch answers; providers fill it in */
  gpointer         data;        /* the provider's own, freed by feed->free_data */

  /*< private >*/
  SoupSession     *session;
  guint            pages;       /* the pages asked for so far */
  char            *cursor;      /* where the next page starts; NULL before the first */
  gboolean         ended;
  GHashTable      *seen;        /* the ids of the posts taken */
  MrNetPagerRead   read;        /* the reading and next step of the request under way */
  MrNetPagerStep   next;
  gboolean         missing_ends_feed;
};

/* Sets up the fetch of @handle's account on @provider's platform as @task's data; the
 * pager is @task's. */
MrNetPager *mr_net_pager_attach        (GTask               *task,
                                        const MrNetFeed     *feed,
                                        const MrNetProvider *provider,
                                        SoupSession         *session,
                                        const char          *base_url,
                                        const char          *handle,
                                        guint                max_posts);
/* Asks for the account at @profile_uri, then pages through its posts unless
 * max_posts is 0; takes @task. */
void        mr_net_pager_start         (GTask               *task,
                                        const char          *profile_uri);
/* A request of the provider's own (after the last page): reads the answer with @read,
 * then goes on with @next. Failures end the fetch as any request's do. Takes @task. */
void        mr_net_pager_request       (GTask               *task,
                                        const char          *uri,
                                        MrNetPagerRead       read,
                                        MrNetPagerStep       next);
/* Answers the result; takes @task. */
void        mr_net_pager_return_result (GTask               *task);

/* TRUE the first time a post's @id comes, and it counts towards max_posts; FALSE when
 * it was taken before (a pinned post also comes in its place in the feed). */
gboolean    mr_net_pager_take          (MrNetPager          *pager,
                                        const char          *id);
/* Takes @post, which has its external_id, into the result; frees it when a post of
 * that id was taken before. */
void        mr_net_pager_add_post      (MrNetPager          *pager,
                                        MrNetPost           *post);
/* Whether fewer than max_posts posts were taken yet. */
gboolean    mr_net_pager_wants_more    (MrNetPager          *pager);
/* The account has no (more) posts to page through. */
void        mr_net_pager_end           (MrNetPager          *pager);

/* The paging itself, step by step, for the fuzzers (tests/fuzz), which read a fetch's
 * answers without a server: whether another page is to be asked for (after the account
 * and after each page), the address of the next page (counting it as asked for), and the
 * reading of a page's answer: its items while more are wanted, and where the next page
 * starts. */
gboolean    mr_net_pager_wants_page    (MrNetPager          *pager);
char       *mr_net_pager_next_page     (MrNetPager          *pager);
gboolean    mr_net_pager_read_page     (MrNetPager          *pager,
                                        JsonNode            *root,
                                        GError             **error);

G_END_DECLS
