/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fuzz-net"

#include "config.h"

#include <string.h>

#include "mr-fuzz-util.h"
#include "mr-net-answers-private.h"

/* The reading of one platform's answers (MR_FUZZ_PROVIDER: "bluesky", "mastodon" or
 * "youtube-api"), in the order a fetch asks for them: the input is the server's answers
 * one after another, each ended by a line "---" (which no JSON holds): the account, the
 * pages while the pager wants more, then YouTube's videos. Every answer is also read as
 * YouTube's refusal. What the fetch takes must be what a refresh can store: handles,
 * texts and addresses in UTF-8, addresses that are valid, counts of zero or more. */

#define SEPARATOR "\n---\n"
#define HOST "fuzz.invalid"
#define BASE_URL "https://" HOST
#define MAX_POSTS 30

static const struct {
  const char          *name;
  const MrNetProvider *provider;
  const char          *handle;
} providers[] = {
  { "bluesky", &mr_net_provider_bluesky, "anna.bsky.social" },
  { "mastodon", &mr_net_provider_mastodon, "anna@mastodon.social" },
  { "youtube-api", &mr_net_provider_youtube, "anna" },
};

static guint provider;
static SoupSession *session;

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  mr_fuzz_init ();
  while (strcmp (providers[provider].name, MR_FUZZ_PROVIDER) != 0)
    provider++;
  session = mr_net_session_new (1);
  return 0;
}

static gboolean
is_youtube (void)
{
  return providers[provider].provider == &mr_net_provider_youtube;
}

static const uint8_t *
find_separator (const uint8_t *p,
                const uint8_t *end)
{
  gsize length = strlen (SEPARATOR);

  for (; end - p >= (gssize) length; p++)
    if (memcmp (p, SEPARATOR, length) == 0)
      return p;
  return NULL;
}

/* The answers one after another; *@p at the next. */
static GBytes *
next_answer (const uint8_t **p,
             const uint8_t  *end)
{
  const uint8_t *separator;
  GBytes *answer;

  if (*p == NULL)
    return NULL;
  separator = find_separator (*p, end);
  if (separator == NULL)
    {
      answer = g_bytes_new (*p, end - *p);
      *p = NULL;
      return answer;
    }
  answer = g_bytes_new (*p, separator - *p);
  *p = separator + strlen (SEPARATOR);
  return answer;
}

static void
check_failure (gboolean      ok,
               const GError *error)
{
  if (ok)
    {
      g_assert_no_error (error);
      return;
    }
  g_assert_nonnull (error);
  g_assert_true (error->domain == MR_NET_ERROR);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
}

static void
check_text (const char *text)
{
  if (text != NULL && !g_utf8_validate (text, -1, NULL))
    g_error ("The fetch took text that is not UTF-8");
}

static void
check_uri (const char *uri)
{
  g_autoptr(GError) error = NULL;

  if (uri != NULL && !g_uri_is_valid (uri, G_URI_FLAGS_NONE, &error))
    g_error ("The fetch made an address that is not one: %s (%s)", uri, error->message);
}

static void
check_count (gint64 count)
{
  g_assert_true (count >= 0 || count == MR_NET_NO_COUNT);
}

static void
check_result (MrNetResult *result)
{
  g_assert_cmpuint (result->posts->len, <=, MAX_POSTS);
  check_text (result->profile.handle);
  check_text (result->profile.display_name);
  check_count (result->profile.followers);
  check_count (result->profile.following);
  check_count (result->profile.posts);
  for (guint i = 0; i < result->posts->len; i++)
    {
      MrNetPost *post = g_ptr_array_index (result->posts, i);

      g_assert_nonnull (post->external_id);
      check_text (post->external_id);
      check_text (post->text);
      check_text (post->permalink);
      check_uri (post->permalink);
      check_count (post->views);
      check_count (post->likes);
      check_count (post->replies);
      check_count (post->reposts);
      check_count (post->quotes);
    }
}

/* The next answer as JSON, or NULL when there is none or it is not JSON. */
static JsonNode *
parse_next (const uint8_t **p,
            const uint8_t  *end)
{
  g_autoptr(GBytes) answer = next_answer (p, end);
  g_autoptr(GError) error = NULL;
  JsonNode *root;

  if (answer == NULL)
    return NULL;
  root = mr_net_parse_answer (answer, HOST, &error);
  check_failure (root != NULL, error);
  if (root != NULL && is_youtube ())
    {
      for (guint status = 400; status <= 403; status += 3)
        {
          GError *refusal = g_error_new_literal (MR_NET_ERROR, MR_NET_ERROR_FAILED, "refused");

          refusal = mr_net_youtube_read_refusal (root, status, refusal);
          check_failure (FALSE, refusal);
          g_error_free (refusal);
        }
    }
  return root;
}

/* As the fetch does, up to its first failure or the input's end. */
static void
read_answers (MrNetPager    *pager,
              const uint8_t *p,
              const uint8_t *end)
{
  g_autoptr(JsonNode) profile = parse_next (&p, end);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (profile == NULL)
    return;
  ok = pager->feed->read_profile (pager, profile, &error);
  check_failure (ok, error);
  if (!ok)
    return;
  g_assert_nonnull (pager->result->profile.handle);

  while (mr_net_pager_wants_page (pager))
    {
      g_autofree char *uri = mr_net_pager_next_page (pager);
      g_autoptr(JsonNode) page = NULL;

      check_uri (uri);
      if ((page = parse_next (&p, end)) == NULL)
        return;
      ok = mr_net_pager_read_page (pager, page, &error);
      check_failure (ok, error);
      if (!ok)
        return;
    }

  while (is_youtube ())
    {
      g_autofree char *uri = mr_net_youtube_next_videos (pager);
      g_autoptr(JsonNode) videos = NULL;

      if (uri == NULL)
        break;
      check_uri (uri);
      if ((videos = parse_next (&p, end)) == NULL)
        return;
      ok = mr_net_youtube_read_videos (pager, videos, &error);
      check_failure (ok, error);
      if (!ok)
        return;
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GTask) task = g_task_new (NULL, NULL, NULL, NULL);
  const MrNetProvider *net = providers[provider].provider;
  g_autoptr(GError) error = NULL;
  g_autofree char *profile_uri = net->attach (task, session, BASE_URL, providers[provider].handle,
                                              "KEY", MAX_POSTS, &error);
  MrNetPager *pager = g_task_get_task_data (task);

  g_assert_no_error (error);
  check_uri (profile_uri);
  read_answers (pager, data, data + size);
  check_result (pager->result);
  /* A task that never returned is a bug to GLib, and its return completes in the main
   * context. */
  g_task_return_boolean (task, TRUE);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  return 0;
}
