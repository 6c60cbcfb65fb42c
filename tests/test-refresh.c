/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-refresh"

#include "config.h"

#include <string.h>

#include "mr-import-writer.h"
#include "mr-refresh.h"
#include "mr-test-server.h"
#include "mr-test-util.h"

/* A refresh of a roster against local stand-ins for Bluesky and Mastodon: what is
 * stored, what one failing account leaves of the others, cancelling, undoing, and
 * `microreach --refresh` as a script runs it. */

#define BSKY_PROFILE "/xrpc/app.bsky.actor.getProfile"
#define BSKY_FEED "/xrpc/app.bsky.feed.getAuthorFeed"
#define MASTO_LOOKUP "/api/v1/accounts/lookup"
#define MASTO_STATUSES "/api/v1/accounts/109/statuses"

#define BSKY_POST(rkey, text, time, likes, replies, reposts, quotes) \
  "{\"post\": {\"uri\": \"at://did:plc:lotte/app.bsky.feed.post/" rkey "\"," \
  " \"author\": {\"did\": \"did:plc:lotte\", \"handle\": \"lotte.bsky.social\"}," \
  " \"record\": {\"$type\": \"app.bsky.feed.post\", \"text\": \"" text "\"," \
  " \"createdAt\": \"" time "\"}," \
  " \"likeCount\": " likes ", \"replyCount\": " replies "," \
  " \"repostCount\": " reposts ", \"quoteCount\": " quotes "}}"

#define MASTO_STATUS(id, time, favourites, replies, reblogs) \
  "{\"id\": \"" id "\", \"created_at\": \"" time "\"," \
  " \"url\": \"https://fiets.social/@daan/" id "\", \"uri\": \"https://fiets.social/users/daan/statuses/" id "\"," \
  " \"content\": \"<p>Rit " id " &amp; koffie</p>\", \"reblog\": null," \
  " \"favourites_count\": " favourites ", \"replies_count\": " replies "," \
  " \"reblogs_count\": " reblogs "}"

typedef struct {
  char         *dir;
  char         *path;
  MrStore      *store;
  MrTestServer *bluesky;
  MrTestServer *mastodon;
} Fixture;

static void
serve_lotte (MrTestServer *server,
             const char   *followers)
{
  g_autofree char *profile = g_strdup_printf (
    "{\"did\": \"did:plc:lotte\", \"handle\": \"lotte.bsky.social\", \"displayName\": \"Lotte\","
    " \"followersCount\": %s, \"followsCount\": 210, \"postsCount\": 3}", followers);

  mr_test_server_route (server, BSKY_PROFILE "?actor=lotte.bsky.social", 200, profile);
  mr_test_server_route (server, BSKY_FEED "?actor=lotte.bsky.social", 200,
    "{\"feed\": ["
    BSKY_POST ("3a1", "Nieuwe fiets", "2026-11-20T10:00:00Z", "120", "8", "5", "2") ","
    BSKY_POST ("3a2", "Route Utrecht", "2026-11-18T09:00:00Z", "90", "4", "3", "0")
    "], \"cursor\": \"c2\"}");
  mr_test_server_route (server, BSKY_FEED "?actor=lotte.bsky.social&cursor=c2", 200,
    "{\"feed\": [" BSKY_POST ("3a3", "Regen", "2026-11-15T07:30:00Z", "60", "2", "1", "0") "]}");
}

static void
serve_daan (MrTestServer *server)
{
  mr_test_server_route (server, MASTO_LOOKUP "?acct=daan", 200,
    "{\"id\": \"109\", \"username\": \"daan\", \"acct\": \"daan\", \"display_name\": \"Daan\","
    " \"followers_count\": 880, \"following_count\": 140, \"statuses_count\": 412}");
  mr_test_server_route (server, MASTO_STATUSES, 200,
    "[" MASTO_STATUS ("205", "2026-11-21T18:00:00.000Z", "40", "3", "6") ","
        MASTO_STATUS ("204", "2026-11-19T08:15:00.000Z", "25", "1", "2") "]");
  mr_test_server_route (server, MASTO_STATUSES "?max_id=204", 200,
    "[" MASTO_STATUS ("198", "2026-11-10T12:00:00.000Z", "30", "0", "4") "]");
  mr_test_server_route (server, MASTO_STATUSES "?max_id=198", 200, "[]");
  /* kapot@fiets.social: the server falls over. */
  mr_test_server_route (server, MASTO_LOOKUP "?acct=kapot", 500, "{\"error\": \"boom\"}");
}

/* Lotte (TikTok and Bluesky), Daan (Mastodon), and three that cannot be refreshed well:
 * a Bluesky handle that does not exist, a Mastodon server that fails, a YouTube channel
 * without a key. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(MrCreator) lotte = NULL;
  g_autoptr(MrCreator) daan = NULL;
  g_autoptr(MrCreator) others = NULL;

  fixture->dir = mr_test_make_temp_dir ();
  fixture->path = g_build_filename (fixture->dir, "roster.db", NULL);
  fixture->store = mr_test_open_store (fixture->path);
  lotte = mr_test_add_creator (fixture->store, "Lotte", "lottefietst");
  mr_test_add_account (fixture->store, lotte, MR_PLATFORM_BLUESKY, "lotte.bsky.social");
  daan = mr_test_add_creator (fixture->store, "Daan", NULL);
  mr_test_add_account (fixture->store, daan, MR_PLATFORM_MASTODON, "daan@fiets.social");
  others = mr_test_add_creator (fixture->store, "Others", NULL);
  mr_test_add_account (fixture->store, others, MR_PLATFORM_BLUESKY, "ghost.bsky.social");
  mr_test_add_account (fixture->store, others, MR_PLATFORM_MASTODON, "kapot@fiets.social");
  mr_test_add_account (fixture->store, others, MR_PLATFORM_YOUTUBE, "OthersKanaal");

  fixture->bluesky = mr_test_server_new ("MICROREACH_BLUESKY_URL");
  fixture->mastodon = mr_test_server_new ("MICROREACH_MASTODON_URL");
  serve_lotte (fixture->bluesky, "1500");
  serve_daan (fixture->mastodon);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_pointer (&fixture->bluesky, mr_test_server_free);
  g_clear_pointer (&fixture->mastodon, mr_test_server_free);
  g_clear_object (&fixture->store);
  mr_test_remove_temp_dir (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

static MrRefresh *
run_refresh (Fixture      *fixture,
             GCancellable *cancellable)
{
  g_autoptr(SoupSession) session = mr_net_session_new (5);
  g_autoptr(MrRefresh) refresh = mr_refresh_new (fixture->store, session);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  mr_refresh_add_all (refresh);
  mr_refresh_run_async (refresh, cancellable, mr_test_on_result, &result);
  g_assert_true (mr_refresh_run_finish (refresh, mr_test_wait_for (&result), &error));
  g_assert_no_error (error);
  return g_steal_pointer (&refresh);
}

static const MrRefreshEntry *
find_entry (MrRefresh  *refresh,
            const char *handle)
{
  for (guint i = 0; i < mr_refresh_get_n_entries (refresh); i++)
    if (strcmp (mr_refresh_get_entry (refresh, i)->handle, handle) == 0)
      return mr_refresh_get_entry (refresh, i);
  g_assert_not_reached ();
}

static gint64
account_id (Fixture    *fixture,
            const char *handle)
{
  sqlite3 *db = mr_store_get_handle (fixture->store);
  sqlite3_stmt *s = NULL;
  gint64 id;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT id FROM account WHERE handle = ?1", -1, &s,
                                       NULL), ==, SQLITE_OK);
  sqlite3_bind_text (s, 1, handle, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (s), ==, SQLITE_ROW);
  id = sqlite3_column_int64 (s, 0);
  sqlite3_finalize (s);
  return id;
}

static gint64
query (Fixture    *fixture,
       const char *sql,
       const char *handle)
{
  return mr_test_query_int (mr_store_get_handle (fixture->store), sql,
                            account_id (fixture, handle));
}

static gint64
count_today (Fixture    *fixture,
             const char *handle)
{
  return query (fixture, "SELECT count(*) FROM follower_snapshot WHERE account_id = ?1"
                         " AND day = date ('now', 'localtime')", handle);
}

/* ── In the process ──────────────────────────────────────────────────────────────── */

static void
test_stores (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(MrRefresh) refresh = run_refresh (fixture, NULL);
  const MrRefreshEntry *lotte = find_entry (refresh, "lotte.bsky.social");
  const MrRefreshEntry *daan = find_entry (refresh, "daan@fiets.social");
  g_autofree char *lotte_outcome = mr_refresh_entry_describe_outcome (lotte);
  gint64 daan_followers = -1;

  /* Five accounts with a public source; the TikTok account has none. */
  g_assert_cmpuint (mr_refresh_get_n_entries (refresh), ==, 5);
  g_assert_cmpint (lotte->outcome, ==, MR_REFRESH_UPDATED);
  g_assert_cmpint (daan->outcome, ==, MR_REFRESH_UPDATED);
  g_assert_cmpstr (lotte_outcome, ==, "1,500 followers, 3 posts read, 3 new or changed");
  g_assert_cmpuint (daan->n_posts, ==, 3);
  g_assert_cmpint (daan->followers, ==, 880);
  g_assert_cmpint (mr_refresh_get_batch_id (refresh), >, 0);

  /* The follower counts, today's snapshot, and every page of posts. */
  g_assert_cmpint (query (fixture, "SELECT followers FROM account WHERE id = ?1",
                          "lotte.bsky.social"), ==, 1500);
  g_assert_cmpint (query (fixture, "SELECT following FROM account WHERE id = ?1",
                          "daan@fiets.social"), ==, 140);
  g_assert_cmpint (count_today (fixture, "lotte.bsky.social"), ==, 1);
  g_assert_cmpint (count_today (fixture, "daan@fiets.social"), ==, 1);
  g_assert_cmpint (query (fixture, "SELECT count(*) FROM post WHERE account_id = ?1",
                          "lotte.bsky.social"), ==, 3);
  g_assert_cmpint (query (fixture, "SELECT count(*) FROM post WHERE account_id = ?1",
                          "daan@fiets.social"), ==, 3);
  /* Replies are comments; reposts and quotes are shares. */
  g_assert_cmpint (query (fixture, "SELECT likes * 10000 + comments * 100 + shares FROM post"
                                   " WHERE account_id = ?1 AND caption = 'Nieuwe fiets'",
                          "lotte.bsky.social"), ==, 1200807);
  g_assert_cmpint (query (fixture, "SELECT likes * 10000 + comments * 100 + shares FROM post"
                                   " WHERE account_id = ?1 AND external_id = '205'",
                          "daan@fiets.social"), ==, 400306);
  /* The creator's page says when the numbers came. */
  g_assert_cmpint (query (fixture, "SELECT updated_at IS NOT NULL FROM account WHERE id = ?1",
                          "daan@fiets.social"), ==, 1);
  /* And the model the window shows follows. */
  for (guint i = 0; i < g_list_model_get_n_items (mr_store_get_creators (fixture->store)); i++)
    {
      g_autoptr(MrCreator) creator = g_list_model_get_item (mr_store_get_creators (fixture->store), i);
      g_autoptr(MrAccount) account = NULL;

      if (strcmp (mr_creator_get_name (creator), "Daan") != 0)
        continue;
      account = g_list_model_get_item (mr_creator_get_accounts (creator), 0);
      daan_followers = mr_account_get_followers (account);
    }
  g_assert_cmpint (daan_followers, ==, 880);
}

static void
test_again (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(MrRefresh) first = run_refresh (fixture, NULL);
  g_autoptr(MrRefresh) second = run_refresh (fixture, NULL);
  g_autoptr(MrRefresh) third = NULL;
  g_autofree char *unchanged = mr_refresh_entry_describe_outcome (find_entry (second, "daan@fiets.social"));

  /* The same answers on the same day are nothing new: no batch to undo. */
  g_assert_cmpint (find_entry (second, "lotte.bsky.social")->outcome, ==, MR_REFRESH_UNCHANGED);
  g_assert_nonnull (strstr (unchanged, "nothing new"));
  g_assert_cmpint (mr_refresh_get_batch_id (second), ==, 0);

  /* New followers later the same day replace today's snapshot; posts are not doubled. */
  serve_lotte (fixture->bluesky, "1530");
  third = run_refresh (fixture, NULL);
  g_assert_cmpint (find_entry (third, "lotte.bsky.social")->outcome, ==, MR_REFRESH_UPDATED);
  g_assert_cmpuint (find_entry (third, "lotte.bsky.social")->new_posts, ==, 0);
  g_assert_cmpint (count_today (fixture, "lotte.bsky.social"), ==, 1);
  g_assert_cmpint (query (fixture, "SELECT followers FROM follower_snapshot WHERE account_id = ?1",
                          "lotte.bsky.social"), ==, 1530);
  g_assert_cmpint (query (fixture, "SELECT count(*) FROM post WHERE account_id = ?1",
                          "lotte.bsky.social"), ==, 3);
}

static void
test_failures (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(MrRefresh) refresh = run_refresh (fixture, NULL);
  const MrRefreshEntry *ghost = find_entry (refresh, "ghost.bsky.social");
  const MrRefreshEntry *kapot = find_entry (refresh, "kapot@fiets.social");
  const MrRefreshEntry *youtube = find_entry (refresh, "OthersKanaal");
  g_autofree char *summary = mr_refresh_describe (refresh);
  g_autofree char *ghost_name = mr_refresh_entry_describe_account (ghost);

  g_assert_cmpuint (mr_refresh_get_n_failed (refresh), ==, 3);
  g_assert_error (ghost->error, MR_NET_ERROR, MR_NET_ERROR_NOT_FOUND);
  g_assert_error (kapot->error, MR_NET_ERROR, MR_NET_ERROR_SERVER);
  g_assert_error (youtube->error, MR_NET_ERROR, MR_NET_ERROR_NO_KEY);
  g_assert_nonnull (strstr (youtube->error->message, "Preferences"));
  g_assert_cmpstr (ghost_name, ==, "@ghost.bsky.social (Bluesky)");
  g_assert_cmpstr (summary, ==, "Refreshed 2 accounts, 3 failed");

  /* What the others brought is stored all the same. */
  g_assert_cmpint (count_today (fixture, "lotte.bsky.social"), ==, 1);
  g_assert_cmpint (count_today (fixture, "daan@fiets.social"), ==, 1);
  g_assert_cmpint (count_today (fixture, "ghost.bsky.social"), ==, 0);
}

/* Cancels once Lotte's numbers are in. */
static void
on_entry_changed (MrRefresh    *refresh,
                  guint         index,
                  GCancellable *cancellable)
{
  const MrRefreshEntry *entry = mr_refresh_get_entry (refresh, index);

  if (strcmp (entry->handle, "lotte.bsky.social") == 0 && entry->n_posts > 0)
    g_cancellable_cancel (cancellable);
}

static void
test_cancel (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(SoupSession) session = mr_net_session_new (30);
  g_autoptr(MrRefresh) refresh = mr_refresh_new (fixture->store, session);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  gint64 start = g_get_monotonic_time ();

  /* Daan's server never answers: only the Cancel button ends the wait. */
  mr_test_server_get_route (fixture->mastodon, MASTO_LOOKUP "?acct=daan")->never = TRUE;
  mr_test_server_get_route (fixture->mastodon, MASTO_LOOKUP "?acct=kapot")->never = TRUE;
  mr_refresh_add_all (refresh);
  g_signal_connect (refresh, "entry-changed", G_CALLBACK (on_entry_changed), cancellable);
  mr_refresh_run_async (refresh, cancellable, mr_test_on_result, &result);
  g_assert_true (mr_refresh_run_finish (refresh, mr_test_wait_for (&result), &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 10 * G_USEC_PER_SEC);
  /* Lotte's numbers came before the cancel and are kept; Daan's never came. */
  g_assert_cmpint (find_entry (refresh, "lotte.bsky.social")->outcome, ==, MR_REFRESH_UPDATED);
  g_assert_cmpint (find_entry (refresh, "daan@fiets.social")->outcome, ==, MR_REFRESH_CANCELLED);
  g_assert_cmpint (count_today (fixture, "lotte.bsky.social"), ==, 1);
  g_assert_cmpint (count_today (fixture, "daan@fiets.social"), ==, 0);
  summary = mr_refresh_describe (refresh);
  g_assert_nonnull (strstr (summary, "cancelled"));
}

static void
test_undo (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(MrRefresh) refresh = run_refresh (fixture, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (mr_import_undo (mr_store_get_handle (fixture->store),
                                 mr_refresh_get_batch_id (refresh), &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_today (fixture, "lotte.bsky.social"), ==, 0);
  g_assert_cmpint (query (fixture, "SELECT count(*) FROM post WHERE account_id = ?1",
                          "daan@fiets.social"), ==, 0);
  g_assert_cmpint (query (fixture, "SELECT followers IS NULL FROM account WHERE id = ?1",
                          "daan@fiets.social"), ==, 1);
}

/* ── microreach --refresh ────────────────────────────────────────────────────────── */

typedef struct {
  char *out;
  char *err;
  int   status;
  gboolean done;
} Run;

static void
on_communicated (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  Run *run = user_data;
  g_autoptr(GError) error = NULL;

  g_subprocess_communicate_utf8_finish (G_SUBPROCESS (source), result, &run->out, &run->err,
                                        &error);
  g_assert_no_error (error);
  run->status = g_subprocess_get_exit_status (G_SUBPROCESS (source));
  run->done = TRUE;
}

/* Runs the real binary while this process serves the stand-ins. */
static void
run_command (Fixture *fixture,
             Run     *run)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *database = g_strconcat ("--database=", fixture->path, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  process = g_subprocess_launcher_spawn (launcher, &error, g_getenv ("MICROREACH_BIN"),
                                         database, "--refresh", NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8_async (process, NULL, NULL, on_communicated, run);
  while (!run->done)
    g_main_context_iteration (NULL, TRUE);
}

static void
test_command_line (Fixture       *fixture,
                   gconstpointer  data)
{
  Run run = { 0 };
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;

  /* The YouTube channel needs a key the keyring of a test does not have; leave it out. */
  {
    g_autoptr(MrCreator) creator = g_list_model_get_item (mr_store_get_creators (fixture->store), 2);
    g_autoptr(MrAccount) account = g_list_model_get_item (mr_creator_get_accounts (creator), 2);

    g_assert_cmpint (mr_account_get_platform (account), ==, MR_PLATFORM_YOUTUBE);
    mr_store_remove_account (fixture->store, account, &error);
    g_assert_no_error (error);
  }
  g_clear_object (&fixture->store);

  run_command (fixture, &run);

  /* One line per account, the failing ones named, and a non-zero exit. */
  g_assert_cmpint (run.status, ==, 1);
  lines = g_strsplit (run.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 5);
  g_assert_cmpstr (lines[4], ==, "");
  g_assert_nonnull (g_strstr_len (run.out, -1,
                                  "@lotte.bsky.social (Bluesky): 1,500 followers, 3 posts read, 3 new or changed\n"));
  g_assert_nonnull (g_strstr_len (run.out, -1,
                                  "@daan@fiets.social (Mastodon): 880 followers, 3 posts read, 3 new or changed\n"));
  g_assert_nonnull (g_strstr_len (run.out, -1, "@ghost.bsky.social (Bluesky): failed: No such account"));
  g_assert_nonnull (g_strstr_len (run.out, -1, "@kapot@fiets.social (Mastodon): failed:"));
  g_assert_nonnull (g_strstr_len (run.out, -1, "HTTP 500"));
  g_assert_cmpstr (run.err, ==, "microreach: 2 of 4 accounts could not be refreshed: "
                                "@ghost.bsky.social (Bluesky), @kapot@fiets.social (Mastodon)\n");

  /* What the command stored is in the file. */
  fixture->store = mr_test_open_store (fixture->path);
  g_assert_cmpint (count_today (fixture, "daan@fiets.social"), ==, 1);
  g_assert_cmpint (query (fixture, "SELECT count(*) FROM post WHERE account_id = ?1",
                          "daan@fiets.social"), ==, 3);
  g_assert_cmpint (query (fixture, "SELECT followers FROM account WHERE id = ?1",
                          "lotte.bsky.social"), ==, 1500);
  g_free (run.out);
  g_free (run.err);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/refresh/stores", test_stores);
  ADD ("/refresh/again", test_again);
  ADD ("/refresh/failures", test_failures);
  ADD ("/refresh/cancel", test_cancel);
  ADD ("/refresh/undo", test_undo);
  ADD ("/refresh/command-line", test_command_line);
#undef ADD

  return g_test_run ();
}
