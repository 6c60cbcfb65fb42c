/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-net-mastodon"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mr-handle.h"
#include "mr-net-answers-private.h"
#include "mr-net-json.h"

/* Every Mastodon server answers its public API without an account: the account by its
 * name, then its statuses, newest first, a page at a time. There is no one Mastodon: a
 * handle names the user and the server (name@mastodon.social), and the handle's server
 * is the one asked. */

/* The statuses endpoint's largest page. */
#define PAGE_SIZE 40
/* A timeline that keeps going still ends somewhere. */
#define MAX_PAGES 25
/* The longest entity decoded ("&#x10FFFF;"). */
#define MAX_ENTITY_LENGTH 10

/* The pager's data. */
typedef struct {
  char *user;
  char *server;
  char *id;
} Account;

static void
account_free (Account *account)
{
  g_free (account->user);
  g_free (account->server);
  g_free (account->id);
  g_free (account);
}

/* ── Handles ──────────────────────────────────────────────────────────────────────── */

/* Splits name@server.social; the server's name in lower case. */
static gboolean
parse_handle (const char  *handle,
              char       **user,
              char       **server,
              GError     **error)
{
  const char *at = strchr (handle, '@');

  if (at == NULL || !mr_handle_is_valid (MR_PLATFORM_MASTODON, handle))
    {
      g_set_error (error, MR_NET_ERROR, MR_NET_ERROR_FAILED,
                   /* Translators: %s is what was entered as a Mastodon handle. Translate
                    * "name" in name@server.social, keep the rest. */
                   _("“%s” is not a Mastodon handle: it must look like name@server.social"),
                   handle);
      return FALSE;
    }
  *user = g_strndup (handle, at - handle);
  *server = g_ascii_strdown (at + 1, -1);
  return TRUE;
}

/* ── Statuses ─────────────────────────────────────────────────────────────────────── */

/* Appends the character of the entity at @p ("&amp;", "&#39;", "&#x1F600;") and answers
 * where the text goes on; an '&' that starts no entity is itself. */
static const char *
append_entity (GString    *text,
               const char *p)
{
  static const struct {
    const char *name;
    char        character;
  } named[] = {
    { "amp", '&' }, { "lt", '<' }, { "gt", '>' }, { "quot", '"' }, { "apos", '\'' },
  };
  const char *end = memchr (p, ';', strnlen (p, MAX_ENTITY_LENGTH + 1));
  g_autofree char *name = NULL;
  guint64 code;

  if (end == NULL)
    goto literal;
  name = g_strndup (p + 1, end - p - 1);

  for (guint i = 0; i < G_N_ELEMENTS (named); i++)
    if (strcmp (name, named[i].name) == 0)
      {
        g_string_append_c (text, named[i].character);
        return end + 1;
      }

  if (name[0] == '#'
      && ((name[1] == 'x' || name[1] == 'X')
          ? g_ascii_string_to_unsigned (name + 2, 16, 1, 0x10FFFF, &code, NULL)
          : g_ascii_string_to_unsigned (name + 1, 10, 1, 0x10FFFF, &code, NULL))
      && g_unichar_validate ((gunichar) code))
    {
      g_string_append_unichar (text, (gunichar) code);
      return end + 1;
    }

literal:
  g_string_append_c (text, '&');
  return p + 1;
}

/* The '>' that closes the tag at @p, past any quoted attribute; NULL when none does. */
static const char *
tag_end (const char *p)
{
  char quote = '\0';

  for (p++; *p != '\0'; p++)
    {
      if (quote != '\0')
        {
          if (*p == quote)
            quote = '\0';
        }
      else if (*p == '"' || *p == '\'')
        quote = *p;
      else if (*p == '>')
        return p;
    }
  return NULL;
}

static gboolean
tag_is (const char *tag,
        const char *name)
{
  gsize length = strlen (name);

  return g_ascii_strncasecmp (tag, name, length) == 0 && !g_ascii_isalnum (tag[length]);
}

/* A status's content is sanitised HTML: paragraphs, line breaks, links and spans (a
 * link's hidden "https://" among them). Its text is what the tags enclose, with a line
 * break for <br> and a blank line between paragraphs. */
static char *
html_to_text (const char *html)
{
  g_autoptr(GString) text = g_string_new (NULL);
  const char *p = html;

  while (*p != '\0')
    {
      if (*p == '&')
        p = append_entity (text, p);
      else if (*p == '<')
        {
          const char *end = tag_end (p);

          /* Nothing closes it, so the rest is text: scanning again from each '<' of
           * a hostile answer would take time in the square of its length. */
          if (end == NULL)
            {
              g_string_append (text, p);
              break;
            }
          if (tag_is (p + 1, "br"))
            g_string_append_c (text, '\n');
          else if (tag_is (p + 1, "/p"))
            g_string_append (text, "\n\n");
          p = end + 1;
        }
      else
        g_string_append_c (text, *p++);
    }
  return g_strstrip (g_string_free (g_steal_pointer (&text), FALSE));
}

/* Only an address a person can open in a browser becomes the permalink: a web address
 * with a host, as a whole an address (not "https://host:port-that-is-not-one/"). */
static const char *
web_address (const char *address)
{
  g_autoptr(GUri) uri = address != NULL ? g_uri_parse (address, G_URI_FLAGS_NONE, NULL) : NULL;
  const char *scheme = uri != NULL ? g_uri_get_scheme (uri) : NULL;

  if (g_strcmp0 (scheme, "https") != 0 && g_strcmp0 (scheme, "http") != 0)
    return NULL;
  return g_uri_get_host (uri) != NULL && *g_uri_get_host (uri) != '\0' ? address : NULL;
}

/* Takes a status's post, unless it is a boost or one taken before. *@id is the
 * status's, borrowed from @statuses. */
static gboolean
read_status (MrNetPager  *pager,
             JsonArray   *statuses,
             guint        index,
             const char **id,
             GError     **error)
{
  g_autofree char *path = NULL;
  g_autoptr(MrNetPost) post = NULL;
  JsonObject *status = NULL, *reblog = NULL;
  const char *url = NULL, *uri = NULL, *content = NULL;

  if (!mr_net_json_get_element (statuses, "", index, &path, &status, error)
      || !mr_net_json_get_string (status, path, "id", TRUE, id, error)
      || !mr_net_json_get_object (status, path, "reblog", FALSE, &reblog, error))
    return FALSE;
  /* The timeline is asked for without boosts; one that comes anyway is not the user's. */
  if (reblog != NULL)
    return TRUE;

  post = mr_net_post_new ();
  if (!mr_net_json_get_time (status, path, "created_at", TRUE, &post->published_at, error)
      || !mr_net_json_get_string (status, path, "url", FALSE, &url, error)
      || !mr_net_json_get_string (status, path, "uri", FALSE, &uri, error)
      || !mr_net_json_get_string (status, path, "content", FALSE, &content, error)
      || !mr_net_json_get_count (status, path, "favourites_count", FALSE, &post->likes, error)
      || !mr_net_json_get_count (status, path, "replies_count", FALSE, &post->replies, error)
      || !mr_net_json_get_count (status, path, "reblogs_count", FALSE, &post->reposts, error))
    return FALSE;

  post->external_id = g_strdup (*id);
  post->text = html_to_text (content != NULL ? content : "");
  /* A status of another server's software may have no web page: its ActivityPub id
   * usually is one. */
  post->permalink = g_strdup (web_address (url) != NULL ? url : web_address (uri));
  mr_net_pager_add_post (pager, g_steal_pointer (&post));
  return TRUE;
}

static gboolean
read_page (MrNetPager  *pager,
           JsonNode    *root,
           JsonArray  **statuses,
           const char **next G_GNUC_UNUSED,
           GError     **error)
{
  return mr_net_json_root_array (root, statuses, error);
}

static char *
page_uri (MrNetPager *pager,
          guint       limit)
{
  Account *account = pager->data;
  g_autofree char *id = g_uri_escape_string (account->id, NULL, TRUE);

  return g_strdup_printf ("%s/api/v1/accounts/%s/statuses?exclude_reblogs=true&limit=%u",
                          pager->base_url, id, limit);
}

/* ── The account ──────────────────────────────────────────────────────────────────── */

/* Servers that let a user hide their network (glitch-soc and others) send -1 for the
 * counts hidden: the platform does not say. */
static gboolean
get_hidable_count (JsonObject  *object,
                   const char  *member,
                   gint64      *out,
                   GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node != NULL && JSON_NODE_HOLDS_VALUE (node)
      && json_node_get_value_type (node) == G_TYPE_INT64 && json_node_get_int (node) < 0)
    {
      *out = MR_NET_NO_COUNT;
      return TRUE;
    }
  return mr_net_json_get_count (object, "", member, FALSE, out, error);
}

static gboolean
read_account (MrNetPager  *pager,
              JsonNode    *root,
              GError     **error)
{
  Account *account = pager->data;
  MrNetProfile *profile = &pager->result->profile;
  JsonObject *object;
  const char *id = NULL, *username = NULL, *display_name = NULL;

  if (!mr_net_json_root_object (root, &object, error)
      || !mr_net_json_get_string (object, "", "id", TRUE, &id, error)
      || !mr_net_json_get_string (object, "", "username", TRUE, &username, error)
      || !mr_net_json_get_string (object, "", "display_name", FALSE, &display_name, error)
      || !get_hidable_count (object, "followers_count", &profile->followers, error)
      || !get_hidable_count (object, "following_count", &profile->following, error)
      || !mr_net_json_get_count (object, "", "statuses_count", FALSE, &profile->posts, error))
    return FALSE;

  account->id = g_strdup (id);
  /* A server names its own users without itself; elsewhere they need both. */
  profile->handle = g_strconcat (username, "@", account->server, NULL);
  profile->display_name = display_name != NULL && *display_name != '\0'
                          ? g_strdup (display_name) : NULL;
  return TRUE;
}

static const MrNetFeed statuses_feed = {
  .page_size = PAGE_SIZE,
  .max_pages = MAX_PAGES,
  .read_profile = read_account,
  .page_uri = page_uri,
  .cursor_parameter = "max_id",
  /* A status's id says where the page after it starts. */
  .cursor_is_last_id = TRUE,
  .read_page = read_page,
  .read_item = read_status,
  .free_data = (GDestroyNotify) account_free,
};

static char *
mastodon_resolve_base_url (const MrNetProvider  *provider,
                           const char           *handle,
                           GError              **error)
{
  g_autofree char *user = NULL;
  g_autofree char *server = NULL;
  g_autofree char *default_url = NULL;

  if (!parse_handle (handle, &user, &server, error))
    return NULL;
  default_url = g_strconcat ("https://", server, NULL);
  return mr_net_resolve_base_url (provider->url_variable, default_url, error);
}

static char *
mastodon_attach (GTask        *task,
                 SoupSession  *session,
                 const char   *base_url,
                 const char   *handle,
                 const char   *api_key G_GNUC_UNUSED,
                 guint         max_posts,
                 GError      **error)
{
  MrNetPager *pager = mr_net_pager_attach (task, &statuses_feed, &mr_net_provider_mastodon,
                                           session, base_url, handle, max_posts);
  Account *account = pager->data = g_new0 (Account, 1);
  g_autofree char *acct = NULL;

  if (!parse_handle (handle, &account->user, &account->server, error))
    return NULL;

  acct = g_uri_escape_string (account->user, NULL, TRUE);
  return g_strdup_printf ("%s/api/v1/accounts/lookup?acct=%s", base_url, acct);
}

const MrNetProvider mr_net_provider_mastodon = {
  .platform = MR_PLATFORM_MASTODON,
  .name = "Mastodon",
  .url_variable = "MICROREACH_MASTODON_URL",
  .default_url = NULL,
  .resolve_base_url = mastodon_resolve_base_url,
  .attach = mastodon_attach,
};
