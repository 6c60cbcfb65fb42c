/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mr-account.h"
#include "mr-creator.h"
#include "mr-net-provider.h"
#include "mr-store.h"

G_BEGIN_DECLS

/* How many recent posts a refresh reads per account. */
#define MR_REFRESH_MAX_POSTS 100

typedef enum {
  MR_REFRESH_WAITING,      /* not fetched yet */
  MR_REFRESH_FETCHING,
  MR_REFRESH_UPDATED,      /* fetched and stored */
  MR_REFRESH_UNCHANGED,    /* fetched: the same as the last refresh today */
  MR_REFRESH_FAILED,       /* error says why; nothing of this account was stored */
  MR_REFRESH_CANCELLED,    /* the user stopped the refresh before this account's turn */
} MrRefreshOutcome;

/* One account of a refresh, and what became of it. */
typedef struct {
  gint64            account_id;
  MrPlatform        platform;
  char             *handle;         /* as stored, without '@' */
  char             *creator_name;
  MrRefreshOutcome  outcome;
  gint64            followers;      /* what the platform said; MR_NET_NO_COUNT if nothing */
  guint             n_posts;        /* posts read */
  guint64           new_posts;      /* posts stored new or changed */
  GError           *error;          /* FAILED */
} MrRefreshEntry;

#define MR_TYPE_REFRESH (mr_refresh_get_type ())

G_DECLARE_FINAL_TYPE (MrRefresh, mr_refresh, MR, REFRESH, GObject)

/* A refresh of accounts' public numbers, on the user's request only: each account's
 * profile and recent posts are fetched from its platform, then everything that came is
 * stored in one undoable import batch (a follower snapshot for today, the counts, the
 * posts upserted). One account failing never loses what the others brought; cancelling
 * keeps what was fetched before. Signals and callbacks come on the thread that called
 * mr_refresh_run_async (). */
MrRefresh            *mr_refresh_new               (MrStore             *store,
                                                    SoupSession         *session);

/* Adds @account to the refresh. FALSE (and nothing added) when Microreach cannot fetch
 * from its platform or it is in already. */
gboolean              mr_refresh_add_account       (MrRefresh           *self,
                                                    MrAccount           *account);
/* Adds every account of @creator that can be fetched; returns how many. */
guint                 mr_refresh_add_creator       (MrRefresh           *self,
                                                    MrCreator           *creator);
/* Adds every account in the store that can be fetched; returns how many. */
guint                 mr_refresh_add_all           (MrRefresh           *self);

/* The user's YouTube API key (see mr-secret.h); without one, YouTube accounts fail with
 * MR_NET_ERROR_NO_KEY and the others go on. */
void                  mr_refresh_set_youtube_key   (MrRefresh           *self,
                                                    const char          *key);
void                  mr_refresh_set_max_posts     (MrRefresh           *self,
                                                    guint                max_posts);

/* Fetches (a few accounts at a time), then stores. ::entry-changed is emitted as each
 * account starts and ends; "n-done" follows. */
void                  mr_refresh_run_async         (MrRefresh           *self,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
/* FALSE only when storing failed; then nothing was stored and @error says why. A
 * cancelled refresh returns TRUE: what came before the cancel is stored. */
gboolean              mr_refresh_run_finish        (MrRefresh           *self,
                                                    GAsyncResult        *result,
                                                    GError             **error);

guint                 mr_refresh_get_n_entries     (MrRefresh           *self);
const MrRefreshEntry *mr_refresh_get_entry         (MrRefresh           *self,
                                                    guint                index);
/* Accounts whose fetch ended (in any way). */
guint                 mr_refresh_get_n_done        (MrRefresh           *self);
guint                 mr_refresh_get_n_failed      (MrRefresh           *self);
/* The import batch the refresh stored (0 when nothing new came); mr_import_undo ()
 * takes it back. */
gint64                mr_refresh_get_batch_id      (MrRefresh           *self);

/* "@lotte.bsky.social (Bluesky)" */
char                 *mr_refresh_entry_describe_account (const MrRefreshEntry *entry);
/* What became of it, as a sentence: "1,234 followers, 37 posts read, 5 new",
 * "nothing new since the last refresh", "no such account on Bluesky"… */
char                 *mr_refresh_entry_describe_outcome (const MrRefreshEntry *entry);
/* For a toast: "Refreshed 3 accounts, 1 failed" */
char                 *mr_refresh_describe              (MrRefresh           *self);

G_END_DECLS
