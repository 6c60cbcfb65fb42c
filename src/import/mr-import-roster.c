/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-import-roster"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mr-import-file-private.h"
#include "mr-import-formats.h"
#include "mr-import-roster.h"
#include "mr-import-values.h"

/* Creator lists that marketers keep themselves or export from a tool: one row per
 * creator, headers as each person names them. The aliases are the guess the window
 * shows and the user corrects; English and Dutch, with a little French. Only a
 * followers column is required, so that other files are not taken for rosters; once a
 * file is taken for one, the user may leave it out (followers are then not known). */

enum {
  COLUMN_NAME,
  COLUMN_HANDLE,
  COLUMN_URL,
  COLUMN_INSTAGRAM,
  COLUMN_TIKTOK,
  COLUMN_YOUTUBE,
  COLUMN_BLUESKY,
  COLUMN_MASTODON,
  COLUMN_PLATFORM,
  COLUMN_FOLLOWERS,
  COLUMN_FOLLOWING,
  COLUMN_POSTS,
  COLUMN_AVG_LIKES,
  COLUMN_AVG_COMMENTS,
  COLUMN_ENGAGEMENT_RATE,
  COLUMN_NICHE,
  COLUMN_COUNTRY,
  COLUMN_LANGUAGE,
  COLUMN_CONTACT,
  COLUMN_NOTES,
  N_COLUMNS
};

static const char * const name_aliases[] = {
  "name", "naam", "creator", "influencer", "display name", "full name", "creator name",
  "influencer name", "volledige naam", "weergavenaam", "nom", NULL
};
static const char * const handle_aliases[] = {
  "handle", "username", "user name", "gebruikersnaam", "account", "@", "account name",
  "accountnaam", "social handle", "profile", "profiel", NULL
};
static const char * const url_aliases[] = {
  "url", "link", "profile url", "profile link", "profiellink", "profiel-url",
  "profiel url", "lien", NULL
};
static const char * const instagram_aliases[] = {
  "instagram", "ig", "insta", "instagram handle", "instagram account",
  "instagram username", "instagram url", "instagram link", "ig handle", NULL
};
static const char * const tiktok_aliases[] = {
  "tiktok", "tik tok", "tt", "tiktok handle", "tiktok account", "tiktok username",
  "tiktok url", "tiktok link", NULL
};
static const char * const youtube_aliases[] = {
  "youtube", "yt", "youtube channel", "youtube kanaal", "youtube handle",
  "youtube url", "youtube link", NULL
};
static const char * const bluesky_aliases[] = {
  "bluesky", "bsky", "bluesky handle", NULL
};
static const char * const mastodon_aliases[] = {
  "mastodon", "mastodon handle", "fediverse", NULL
};
static const char * const platform_aliases[] = {
  "platform", "kanaal", "channel", "netwerk", "network", "social network",
  "sociaal netwerk", "social media", "plateforme", "platforme", NULL
};
static const char * const followers_aliases[] = {
  "followers", "volgers", "abonnees", "subscribers", "fans", "follower count",
  "followers count", "number of followers", "aantal volgers", "aantal abonnees",
  "total followers", "subs", "abonnés", "instagram followers", "ig followers",
  "tiktok followers", "youtube subscribers", NULL
};
static const char * const following_aliases[] = {
  "following", "volgend", "volgt", NULL
};
static const char * const posts_aliases[] = {
  "posts", "berichten", "number of posts", "aantal posts", "aantal berichten",
  "videos", "video's", "uploads", "publications", NULL
};
static const char * const avg_likes_aliases[] = {
  "avg likes", "avg. likes", "average likes", "likes per post", "mean likes",
  "gem. likes", "gem likes", "gemiddelde likes", "gemiddeld aantal likes",
  "likes gemiddeld", NULL
};
static const char * const avg_comments_aliases[] = {
  "avg comments", "avg. comments", "average comments", "comments per post",
  "mean comments", "gem. comments", "gem. reacties", "gem reacties",
  "gemiddelde comments", "gemiddelde reacties", "reacties per post", NULL
};
static const char * const engagement_rate_aliases[] = {
  "engagement rate", "er", "engagement", "engagement rate (%)", "er (%)", "er%",
  "eng. rate", "betrokkenheid", "engagementratio", "engagement ratio",
  "taux d'engagement", NULL
};
static const char * const niche_aliases[] = {
  "niche", "categorie", "category", "categorieën", "categories", "topic", "onderwerp",
  "vertical", "sector", "branche", "thema", "genre", "catégorie", NULL
};
static const char * const country_aliases[] = {
  "country", "land", "location", "locatie", "region", "regio", "pays", NULL
};
static const char * const language_aliases[] = {
  "language", "taal", "langue", NULL
};
static const char * const contact_aliases[] = {
  "email", "e-mail", "contact", "email address", "e-mail address", "e-mailadres",
  "emailadres", "mail", "contact email", "contactpersoon", NULL
};
static const char * const notes_aliases[] = {
  "notes", "note", "notities", "notitie", "opmerkingen", "opmerking", "remarks",
  "memo", "remarques", NULL
};

static const MrImportColumn roster_columns[] = {
  [COLUMN_NAME] = { "name", 0, name_aliases },
  [COLUMN_HANDLE] = { "handle", 0, handle_aliases },
  [COLUMN_URL] = { "url", 0, url_aliases },
  [COLUMN_INSTAGRAM] = { "instagram", 0, instagram_aliases },
  [COLUMN_TIKTOK] = { "tiktok", 0, tiktok_aliases },
  [COLUMN_YOUTUBE] = { "youtube", 0, youtube_aliases },
  [COLUMN_BLUESKY] = { "bluesky", 0, bluesky_aliases },
  [COLUMN_MASTODON] = { "mastodon", 0, mastodon_aliases },
  [COLUMN_PLATFORM] = { "platform", 0, platform_aliases },
  [COLUMN_FOLLOWERS] = { "followers", MR_COLUMN_REQUIRED, followers_aliases },
  [COLUMN_FOLLOWING] = { "following", 0, following_aliases },
  [COLUMN_POSTS] = { "posts", 0, posts_aliases },
  [COLUMN_AVG_LIKES] = { "avg_likes", 0, avg_likes_aliases },
  [COLUMN_AVG_COMMENTS] = { "avg_comments", 0, avg_comments_aliases },
  [COLUMN_ENGAGEMENT_RATE] = { "engagement_rate", 0, engagement_rate_aliases },
  [COLUMN_NICHE] = { "niche", 0, niche_aliases },
  [COLUMN_COUNTRY] = { "country", 0, country_aliases },
  [COLUMN_LANGUAGE] = { "language", 0, language_aliases },
  [COLUMN_CONTACT] = { "contact", 0, contact_aliases },
  [COLUMN_NOTES] = { "notes", 0, notes_aliases },
  [N_COLUMNS] = { NULL },
};

/* What each column means, in the words the mapping report uses. */
static const char * const column_labels[] = {
  [COLUMN_NAME] = NC_("roster column", "name"),
  [COLUMN_HANDLE] = NC_("roster column", "handle"),
  [COLUMN_URL] = NC_("roster column", "profile link"),
  [COLUMN_INSTAGRAM] = NC_("roster column", "Instagram handle"),
  [COLUMN_TIKTOK] = NC_("roster column", "TikTok handle"),
  [COLUMN_YOUTUBE] = NC_("roster column", "YouTube channel"),
  [COLUMN_BLUESKY] = NC_("roster column", "Bluesky handle"),
  [COLUMN_MASTODON] = NC_("roster column", "Mastodon handle"),
  [COLUMN_PLATFORM] = NC_("roster column", "platform"),
  [COLUMN_FOLLOWERS] = NC_("roster column", "followers"),
  [COLUMN_FOLLOWING] = NC_("roster column", "following"),
  [COLUMN_POSTS] = NC_("roster column", "posts"),
  [COLUMN_AVG_LIKES] = NC_("roster column", "average likes"),
  [COLUMN_AVG_COMMENTS] = NC_("roster column", "average comments"),
  [COLUMN_ENGAGEMENT_RATE] = NC_("roster column", "engagement rate"),
  [COLUMN_NICHE] = NC_("roster column", "niche"),
  [COLUMN_COUNTRY] = NC_("roster column", "country"),
  [COLUMN_LANGUAGE] = NC_("roster column", "language"),
  [COLUMN_CONTACT] = NC_("roster column", "contact"),
  [COLUMN_NOTES] = NC_("roster column", "notes"),
};
G_STATIC_ASSERT (G_N_ELEMENTS (column_labels) == N_COLUMNS);

/* The columns named after a platform, and the platform of the handles they hold. */
static const struct {
  guint      column;
  MrPlatform platform;
} platform_columns[] = {
  { COLUMN_INSTAGRAM, MR_PLATFORM_INSTAGRAM },
  { COLUMN_TIKTOK, MR_PLATFORM_TIKTOK },
  { COLUMN_YOUTUBE, MR_PLATFORM_YOUTUBE },
  { COLUMN_BLUESKY, MR_PLATFORM_BLUESKY },
  { COLUMN_MASTODON, MR_PLATFORM_MASTODON },
};

/* Sets *@out when @text names a platform: "Instagram", "IG", "insta", "TikTok", "TT",
 * "YouTube", "YT", "Bluesky", "bsky", "Mastodon"; also as the start of a header such as
 * "Instagram followers" or a cell such as "YouTube Shorts". */
static void
platform_from_text (const char *text,
                    MrPlatform *out)
{
  static const struct {
    const char *word;
    gboolean    prefix;
    MrPlatform  platform;
  } words[] = {
    { "instagram", TRUE, MR_PLATFORM_INSTAGRAM },
    { "insta", FALSE, MR_PLATFORM_INSTAGRAM },
    { "ig", FALSE, MR_PLATFORM_INSTAGRAM },
    { "tiktok", TRUE, MR_PLATFORM_TIKTOK },
    { "tt", FALSE, MR_PLATFORM_TIKTOK },
    { "youtube", TRUE, MR_PLATFORM_YOUTUBE },
    { "yt", FALSE, MR_PLATFORM_YOUTUBE },
    { "bluesky", TRUE, MR_PLATFORM_BLUESKY },
    { "bsky", FALSE, MR_PLATFORM_BLUESKY },
    { "mastodon", TRUE, MR_PLATFORM_MASTODON },
  };
  g_autofree char *folded = g_utf8_casefold (text, -1);
  g_autofree char *first_word = g_strndup (folded, strcspn (folded, " -_/.:"));
  g_autoptr(GString) joined = g_string_new (NULL);

  /* "Tik Tok", "You-Tube" */
  for (const char *p = folded; *p != '\0'; p++)
    if (*p != ' ' && *p != '-' && *p != '_')
      g_string_append_c (joined, *p);

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (words[i].prefix ? g_str_has_prefix (joined->str, words[i].word)
                        : g_str_equal (first_word, words[i].word))
      {
        *out = words[i].platform;
        return;
      }
}

static gboolean
is_link (const char *text)
{
  return text != NULL && (g_str_has_prefix (text, "https://") ||
                          g_str_has_prefix (text, "http://"));
}

/* The handle in the first column named after a platform that the row fills in. */
static const char *
find_platform_handle (MrImportFile *file,
                      MrPlatform   *platform)
{
  const char *handle = NULL;
  int first = G_MAXINT;

  for (guint i = 0; i < G_N_ELEMENTS (platform_columns); i++)
    {
      int index = file->column_index[platform_columns[i].column];
      const char *text;

      if (index < 0 || index > first)
        continue;
      text = mr_import_file_get_text (file, platform_columns[i].column);
      if (text == NULL)
        continue;
      first = index;
      handle = text;
      *platform = platform_columns[i].platform;
    }
  return handle;
}

/* The row's handle (NULL when it has none) and the platform it is on. The sources of
 * the platform are weighed weakest first, each overriding the one before: a followers
 * header such as "Instagram followers", the platform column, a column named after a
 * platform, and a profile link. */
static char *
find_handle (MrImportFile    *file,
             MrImportAccount *account)
{
  int followers = file->column_index[COLUMN_FOLLOWERS];
  const char *platform = mr_import_file_get_text (file, COLUMN_PLATFORM);
  const char *text = mr_import_file_get_text (file, COLUMN_HANDLE);
  const char *url = mr_import_file_get_text (file, COLUMN_URL);
  char *handle = NULL;

  if (followers >= 0)
    platform_from_text (file->headers[followers], &account->platform);
  if (platform != NULL)
    platform_from_text (platform, &account->platform);
  if (text == NULL)
    text = find_platform_handle (file, &account->platform);
  if (text != NULL)
    handle = mr_value_parse_handle (text, &account->platform);
  if (url != NULL)
    {
      g_autofree char *from_url = mr_value_parse_handle (url, &account->platform);

      if (handle == NULL)
        handle = g_steal_pointer (&from_url);
    }

  account->url = url != NULL ? url : is_link (text) ? text : NULL;
  return handle;
}

/* Named columns a creator list may have: the window shows each as a row to confirm, and
 * a sheet of thousands is no list that someone keeps. */
#define MAX_NAMED_COLUMNS 200

static gboolean
read_roster (MrImportFile  *file,
             MrImportSink  *sink,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  guint n_named = 0;

  /* Spreadsheets often end in empty columns, which are not shown. */
  for (guint field = 0; file->headers[field] != NULL; field++)
    n_named += file->headers[field][0] != '\0';
  if (n_named > MAX_NAMED_COLUMNS)
    {
      g_set_error (error, MR_IMPORT_ERROR, MR_IMPORT_ERROR_INVALID_VALUE,
                   /* Translators: %1$s is a file, %2$u a line, %3$u and %4$u numbers of
                    * columns */
                   _("%1$s:%2$u: this creator list has %3$u columns, more than the %4$u "
                     "Microreach reads: delete the columns you do not need and import it "
                     "again"),
                   file->display_name, file->header_line, n_named, MAX_NAMED_COLUMNS);
      return FALSE;
    }

  while (mr_import_file_next_row (file, cancellable, &local_error))
    {
      g_autofree char *handle = NULL;
      MrImportAccount account;

      mr_import_account_init (&account);
      handle = find_handle (file, &account);
      account.handle = handle;
      account.name = mr_import_file_get_text (file, COLUMN_NAME);
      if (account.handle == NULL && account.name == NULL)
        {
          /* A row of sums or remarks below the list names nobody: not a creator. */
          file->rows--;
          continue;
        }

      if (!mr_import_file_get_count (file, COLUMN_FOLLOWERS, &account.followers, error) ||
          !mr_import_file_get_count (file, COLUMN_FOLLOWING, &account.following, error) ||
          !mr_import_file_get_count (file, COLUMN_POSTS, &account.posts, error) ||
          !mr_import_file_get_double (file, COLUMN_AVG_LIKES, &account.avg_likes, error) ||
          !mr_import_file_get_double (file, COLUMN_AVG_COMMENTS, &account.avg_comments, error) ||
          !mr_import_file_get_double (file, COLUMN_ENGAGEMENT_RATE, &account.engagement_rate,
                                      error))
        return FALSE;
      account.niche = mr_import_file_get_text (file, COLUMN_NICHE);
      account.country = mr_import_file_get_text (file, COLUMN_COUNTRY);
      account.language = mr_import_file_get_text (file, COLUMN_LANGUAGE);
      account.contact = mr_import_file_get_text (file, COLUMN_CONTACT);
      account.notes = mr_import_file_get_text (file, COLUMN_NOTES);

      if (!sink->klass->account (sink, &account, error))
        return FALSE;
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

guint
mr_import_roster_get_n_columns (void)
{
  return N_COLUMNS;
}

const char *
mr_import_roster_get_column_label (guint column)
{
  g_return_val_if_fail (column < N_COLUMNS, NULL);
  return g_dpgettext2 (GETTEXT_PACKAGE, "roster column", column_labels[column]);
}

int *
mr_import_roster_get_mapping (MrImportFile *file)
{
  int *mapping;

  g_return_val_if_fail (file != NULL, NULL);
  g_return_val_if_fail (file->format == &mr_import_format_roster, NULL);

  mapping = g_new (int, MAX (g_strv_length (file->headers), 1));
  for (guint field = 0; file->headers[field] != NULL; field++)
    mapping[field] = -1;
  for (guint column = 0; column < N_COLUMNS; column++)
    if (file->column_index[column] >= 0)
      mapping[file->column_index[column]] = (int) column;
  return mapping;
}

void
mr_import_roster_set_mapping (MrImportFile *file,
                              const int    *mapping)
{
  int index[N_COLUMNS];

  g_return_if_fail (file != NULL);
  g_return_if_fail (file->format == &mr_import_format_roster);
  g_return_if_fail (mapping != NULL);

  for (guint column = 0; column < N_COLUMNS; column++)
    index[column] = -1;
  for (guint field = 0; file->headers[field] != NULL; field++)
    {
      int column = mapping[field];

      if (column < 0)
        continue;
      g_return_if_fail (column < N_COLUMNS && index[column] < 0);
      index[column] = (int) field;
    }
  memcpy (file->column_index, index, sizeof index);
}

char *
mr_import_roster_describe (const char * const *headers,
                           const int          *mapping)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (headers != NULL, NULL);
  g_return_val_if_fail (mapping != NULL, NULL);

  for (guint field = 0; headers[field] != NULL; field++)
    {
      if (mapping[field] < 0)
        continue;
      if (text->len > 0)
        g_string_append (text, ", ");
      /* Translators: a column header as written in the file, and what Microreach
       * reads from it: "Volgers → followers" */
      g_string_append_printf (text, _("%s → %s"), headers[field],
                              mr_import_roster_get_column_label (mapping[field]));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

char *
mr_import_roster_describe_mapping (MrImportFile *file)
{
  g_autofree int *mapping = NULL;

  g_return_val_if_fail (file != NULL, NULL);
  g_return_val_if_fail (file->format == &mr_import_format_roster, NULL);

  mapping = mr_import_roster_get_mapping (file);
  return mr_import_roster_describe ((const char * const *) file->headers, mapping);
}

const MrImportFormat mr_import_format_roster = {
  .id = "roster",
  .label = N_("Creator list"),
  .platform = MR_PLATFORM_OTHER,
  .subject = MR_IMPORT_SUBJECT_NAMED,
  .columns = roster_columns,
  .read = read_roster,
};
