/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-import-instagram"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mr-import-formats.h"

/* Meta Business Suite's content export: one row per post, each naming its account. An
 * agency's export can hold a million rows, so a row costs no allocation of its own. */

/* Header aliases, normalised: English as Meta writes it, then Dutch (Meta's interface
 * words, unverified against a real export). */
static const char * const post_id_aliases[] = { "post id", "bericht-id", "berichtid", NULL };
static const char * const username_aliases[] = {
  "account username", "gebruikersnaam account", "gebruikersnaam van account",
  "accountgebruikersnaam", NULL
};
static const char * const account_name_aliases[] = {
  "account name", "accountnaam", "naam van account", NULL
};
static const char * const description_aliases[] = {
  "description", "beschrijving", "omschrijving", NULL
};
static const char * const duration_aliases[] = {
  "duration (sec)", "duur (sec)", "duur (sec.)", "duur (s)", NULL
};
static const char * const publish_time_aliases[] = {
  "publish time", "publicatietijd", "tijdstip van publicatie", "gepubliceerd op", NULL
};
static const char * const permalink_aliases[] = { "permalink", "permanente link", NULL };
static const char * const post_type_aliases[] = {
  "post type", "berichttype", "type bericht", NULL
};
static const char * const views_aliases[] = { "views", "weergaven", NULL };
/* Meta's name for views until 2025. */
static const char * const impressions_aliases[] = { "impressions", "vertoningen", NULL };
static const char * const reach_aliases[] = { "reach", "bereik", NULL };
static const char * const likes_aliases[] = { "likes", "vind-ik-leuks", NULL };
static const char * const shares_aliases[] = { "shares", "gedeeld", "keer gedeeld", NULL };
static const char * const comments_aliases[] = {
  "comments", "reacties", "opmerkingen", NULL
};
static const char * const saves_aliases[] = {
  "saves", "opgeslagen", "keer opgeslagen", NULL
};

enum {
  COLUMN_POST_ID,
  COLUMN_USERNAME,
  COLUMN_ACCOUNT_NAME,
  COLUMN_DESCRIPTION,
  COLUMN_DURATION,
  COLUMN_PUBLISH_TIME,
  COLUMN_PERMALINK,
  COLUMN_POST_TYPE,
  COLUMN_VIEWS,
  COLUMN_IMPRESSIONS,
  COLUMN_REACH,
  COLUMN_LIKES,
  COLUMN_SHARES,
  COLUMN_COMMENTS,
  COLUMN_SAVES,
  N_COLUMNS
};

static const MrImportColumn columns[] = {
  [COLUMN_POST_ID] = { "post_id", MR_COLUMN_REQUIRED, post_id_aliases },
  [COLUMN_USERNAME] = { "username", MR_COLUMN_REQUIRED, username_aliases },
  [COLUMN_ACCOUNT_NAME] = { "name", 0, account_name_aliases },
  [COLUMN_DESCRIPTION] = { "description", 0, description_aliases },
  [COLUMN_DURATION] = { "duration", 0, duration_aliases },
  [COLUMN_PUBLISH_TIME] = { "published", MR_COLUMN_REQUIRED, publish_time_aliases },
  [COLUMN_PERMALINK] = { "permalink", 0, permalink_aliases },
  [COLUMN_POST_TYPE] = { "kind", 0, post_type_aliases },
  [COLUMN_VIEWS] = { "views", 0, views_aliases },
  [COLUMN_IMPRESSIONS] = { "impressions", 0, impressions_aliases },
  [COLUMN_REACH] = { "reach", 0, reach_aliases },
  [COLUMN_LIKES] = { "likes", 0, likes_aliases },
  [COLUMN_SHARES] = { "shares", 0, shares_aliases },
  [COLUMN_COMMENTS] = { "comments", 0, comments_aliases },
  [COLUMN_SAVES] = { "saves", 0, saves_aliases },
  [N_COLUMNS] = { NULL },
};

/* `Post type` without Meta's "IG " prefix, in our words: "IG reel" → "reel". */
static const struct {
  const char *written;
  const char *kind;
} post_kinds[] = {
  { "reel", "reel" },
  { "image", "image" },
  { "carousel", "carousel" },
  { "story", "story" },
  { "video", "video" },
  { "afbeelding", "image" },
  { "foto", "image" },
  { "carrousel", "carousel" },
  { "verhaal", "story" },
};

/* Into @buffer (reused from row to row) when the type is not one of ours. */
static const char *
post_kind (const char *text,
           GString    *buffer)
{
  if (text == NULL)
    return NULL;

  g_string_assign (buffer, text);
  for (gsize i = 0; i < buffer->len; i++)
    buffer->str[i] = g_ascii_tolower (buffer->str[i]);
  if (g_str_has_prefix (buffer->str, "ig ") || g_str_has_prefix (buffer->str, "ig-"))
    g_string_erase (buffer, 0, 3);

  for (guint k = 0; k < G_N_ELEMENTS (post_kinds); k++)
    if (strcmp (buffer->str, post_kinds[k].written) == 0)
      return post_kinds[k].kind;
  return buffer->str;
}

static gboolean
post_account (MrImportFile  *file,
              MrImportSink  *sink,
              const char    *username,
              GError       **error)
{
  MrImportAccount account;

  mr_import_account_init (&account);
  account.platform = MR_PLATFORM_INSTAGRAM;
  account.handle = username;
  account.name = mr_import_file_get_text (file, COLUMN_ACCOUNT_NAME);
  return sink->klass->account (sink, &account, error);
}

static gboolean
read_content (MrImportFile  *file,
              MrImportSink  *sink,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autoptr(GString) kind_buffer = g_string_sized_new (32);
  g_autofree char *username = NULL;
  guint views_column = COLUMN_VIEWS;
  int impressions_column = COLUMN_IMPRESSIONS;
  GError *local_error = NULL;

  /* Exports from before Meta's renaming say "Impressions" for what are views now. */
  if (!mr_import_file_has_column (file, COLUMN_VIEWS))
    {
      views_column = COLUMN_IMPRESSIONS;
      impressions_column = -1;
    }

  while (mr_import_file_next_row (file, cancellable, &local_error))
    {
      const char *id = mr_import_file_get_text (file, COLUMN_POST_ID);
      const char *row_username = mr_import_file_get_text (file, COLUMN_USERNAME);
      MrImportPost post;

      if (id == NULL)
        continue;

      /* Without its '@', however many were typed; "@" alone names no one. */
      while (row_username != NULL && row_username[0] == '@')
        row_username++;
      if (row_username != NULL && row_username[0] == '\0')
        row_username = NULL;
      if (row_username != NULL && g_strcmp0 (row_username, username) != 0)
        {
          g_free (username);
          username = g_strdup (row_username);
          if (!post_account (file, sink, username, error))
            return FALSE;
        }

      mr_import_post_init (&post);
      post.external_id = id;
      post.caption = mr_import_file_get_text (file, COLUMN_DESCRIPTION);
      post.permalink = mr_import_file_get_text (file, COLUMN_PERMALINK);
      post.kind = post_kind (mr_import_file_get_text (file, COLUMN_POST_TYPE), kind_buffer);
      if (!mr_import_file_get_time (file, COLUMN_PUBLISH_TIME, &post.published_at, error) ||
          !mr_import_file_get_double (file, COLUMN_DURATION, &post.duration, error) ||
          !mr_import_file_get_count (file, views_column, &post.views, error) ||
          (impressions_column >= 0 &&
           !mr_import_file_get_count (file, (guint) impressions_column, &post.impressions,
                                      error)) ||
          !mr_import_file_get_count (file, COLUMN_REACH, &post.reach, error) ||
          !mr_import_file_get_count (file, COLUMN_LIKES, &post.likes, error) ||
          !mr_import_file_get_count (file, COLUMN_SHARES, &post.shares, error) ||
          !mr_import_file_get_count (file, COLUMN_COMMENTS, &post.comments, error) ||
          !mr_import_file_get_count (file, COLUMN_SAVES, &post.saves, error) ||
          !sink->klass->post (sink, &post, error))
        return FALSE;
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  return TRUE;
}

const MrImportFormat mr_import_format_instagram_content = {
  "instagram-content", N_("Instagram: content"), MR_PLATFORM_INSTAGRAM,
  MR_IMPORT_SUBJECT_NAMED, columns, read_content,
};
