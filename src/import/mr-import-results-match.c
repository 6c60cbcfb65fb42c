/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-import-results-match"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mr-import-results-private.h"
#include "mr-import-values.h"
#include "mr-text-fold.h"

/* Which member a results row is about. Files name creators as people type them: "@Anna",
 * "anna", a profile link, "Anna Jansen", "anna jansen", "Annà Jansen"; promo codes in
 * any case. The member is the one every key the row gives agrees on. */

/* ── Folding ─────────────────────────────────────────────────────────────────────── */

char *
mr_results_fold_handle (const char *text)
{
  MrPlatform platform = MR_PLATFORM_OTHER;
  g_autofree char *handle = NULL;

  if (text == NULL)
    return NULL;
  handle = mr_value_parse_handle (text, &platform);
  if (handle == NULL || handle[0] == '\0')
    return NULL;
  return g_utf8_casefold (handle, -1);
}

char *
mr_results_fold_name (const char *text)
{
  g_autoptr(GString) out = NULL;
  gboolean space = FALSE;

  if (text == NULL)
    return NULL;
  /* Spaces, however many and of whatever kind, count as one. */
  out = g_string_new (NULL);
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0x00A0 || c == 0x202F)
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
    }
  if (out->len == 0)
    return NULL;
  return mr_text_fold (out->str);
}

char *
mr_results_fold_code (const char *text)
{
  g_autofree char *trimmed = NULL;

  if (text == NULL)
    return NULL;
  trimmed = g_strstrip (g_strdup (text));
  if (trimmed[0] == '\0')
    return NULL;
  return g_utf8_casefold (trimmed, -1);
}

/* ── The members ─────────────────────────────────────────────────────────────────── */

static void
candidate_free (gpointer data)
{
  MrResultsCandidate *candidate = data;

  g_clear_object (&candidate->member);
  g_clear_pointer (&candidate->handles, g_ptr_array_unref);
  g_free (candidate->label);
  g_free (candidate->own_handle);
  g_free (candidate->name);
  g_free (candidate->code);
  g_free (candidate);
}

static MrCreator *
find_creator (GListModel *creators,
              gint64      id)
{
  for (guint i = 0; i < g_list_model_get_n_items (creators); i++)
    {
      g_autoptr(MrCreator) creator = g_list_model_get_item (creators, i);

      if (mr_creator_get_id (creator) == id)
        return g_steal_pointer (&creator);
    }
  return NULL;
}

GPtrArray *
mr_results_candidates_new (MrStore    *store,
                           MrCampaign *campaign)
{
  GListModel *members = mr_campaign_get_members (campaign);
  GListModel *creators = mr_store_get_creators (store);
  GPtrArray *candidates = g_ptr_array_new_with_free_func (candidate_free);

  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(MrCampaignMember) member = g_list_model_get_item (members, i);
      g_autoptr(MrCreator) creator = find_creator (creators,
                                                   mr_campaign_member_get_creator_id (member));
      MrResultsCandidate *candidate = g_new0 (MrResultsCandidate, 1);
      gint64 account_id = mr_campaign_member_get_account_id (member);
      const char *own = NULL;

      candidate->member = g_object_ref (member);
      candidate->id = mr_campaign_member_get_id (member);
      candidate->handles = g_ptr_array_new_with_free_func (g_free);
      candidate->code = mr_results_fold_code (mr_campaign_member_get_promo_code (member));
      if (creator != NULL)
        {
          GListModel *accounts = mr_creator_get_accounts (creator);

          candidate->name = mr_results_fold_name (mr_creator_get_name (creator));
          for (guint a = 0; a < g_list_model_get_n_items (accounts); a++)
            {
              g_autoptr(MrAccount) account = g_list_model_get_item (accounts, a);
              char *handle = mr_results_fold_handle (mr_account_get_handle (account));

              if (handle == NULL)
                continue;
              g_ptr_array_add (candidate->handles, handle);
              if (account_id > 0 && mr_account_get_id (account) == account_id)
                {
                  own = mr_account_get_handle (account);
                  candidate->own_handle = g_strdup (handle);
                }
            }
        }
      if (creator != NULL && own != NULL)
        /* Translators: a campaign member in messages about a results file: the creator's
         * name and the handle of the account they take part with */
        candidate->label = g_strdup_printf (_("%s (@%s)"), mr_creator_get_name (creator), own);
      else if (creator != NULL)
        candidate->label = g_strdup (mr_creator_get_name (creator));
      else
        candidate->label = g_strdup_printf ("#%" G_GINT64_FORMAT, candidate->id);
      g_ptr_array_add (candidates, candidate);
    }
  return candidates;
}

/* ── Matching ────────────────────────────────────────────────────────────────────── */

typedef struct {
  MrResultsMatch  kind;
  char           *folded;
  char           *phrase;    /* "the handle @anna", for the reasons */
} Key;

static gboolean
has_string (GPtrArray  *strings,
            const char *text)
{
  return g_ptr_array_find_with_equal_func (strings, text, g_str_equal, NULL);
}

/* The members a key names. A handle is first looked for among the accounts the members
 * take part with, so that a creator who is in the campaign twice, with two accounts, is
 * told apart by it. */
static GPtrArray *
members_for (GPtrArray *candidates,
             const Key *key)
{
  GPtrArray *found = g_ptr_array_new ();

  for (guint i = 0; i < candidates->len; i++)
    {
      MrResultsCandidate *candidate = g_ptr_array_index (candidates, i);
      gboolean fits = FALSE;

      switch (key->kind)
        {
        case MR_RESULTS_MATCH_HANDLE:
          fits = g_strcmp0 (candidate->own_handle, key->folded) == 0;
          break;
        case MR_RESULTS_MATCH_NAME:
          fits = g_strcmp0 (candidate->name, key->folded) == 0;
          break;
        case MR_RESULTS_MATCH_CODE:
          fits = g_strcmp0 (candidate->code, key->folded) == 0;
          break;
        case MR_RESULTS_MATCH_NONE:
        default:
          g_assert_not_reached ();
        }
      if (fits)
        g_ptr_array_add (found, candidate);
    }
  if (found->len == 0 && key->kind == MR_RESULTS_MATCH_HANDLE)
    for (guint i = 0; i < candidates->len; i++)
      {
        MrResultsCandidate *candidate = g_ptr_array_index (candidates, i);

        if (has_string (candidate->handles, key->folded))
          g_ptr_array_add (found, candidate);
      }
  return found;
}

static void
add_key (GArray         *keys,
         MrResultsMatch  kind,
         const char     *text)
{
  Key key = { kind, NULL, NULL };

  switch (kind)
    {
    case MR_RESULTS_MATCH_HANDLE:
      {
        MrPlatform platform = MR_PLATFORM_OTHER;
        g_autofree char *handle = mr_value_parse_handle (text, &platform);

        if (handle == NULL || handle[0] == '\0')
          break;
        key.folded = g_utf8_casefold (handle, -1);
        /* Translators: names the key a results row gives, inside a sentence */
        key.phrase = g_strdup_printf (_("the handle @%s"), handle);
      }
      break;
    case MR_RESULTS_MATCH_NAME:
      key.folded = mr_results_fold_name (text);
      if (key.folded != NULL)
        /* Translators: names the key a results row gives, inside a sentence */
        key.phrase = g_strdup_printf (_("the name “%s”"), text);
      break;
    case MR_RESULTS_MATCH_CODE:
      key.folded = mr_results_fold_code (text);
      if (key.folded != NULL)
        /* Translators: names the key a results row gives, inside a sentence */
        key.phrase = g_strdup_printf (_("the promo code %s"), text);
      break;
    case MR_RESULTS_MATCH_NONE:
    default:
      g_assert_not_reached ();
    }
  if (key.folded != NULL)
    g_array_append_val (keys, key);
}

static void
clear_key (gpointer data)
{
  Key *key = data;

  g_free (key->folded);
  g_free (key->phrase);
}

/* "Anna Jansen, Anna Jansen (@anna)", at most a handful. */
static char *
list_labels (GPtrArray *found)
{
  GString *text = g_string_new (NULL);
  const guint shown = 4;

  for (guint i = 0; i < MIN (found->len, shown); i++)
    {
      MrResultsCandidate *candidate = g_ptr_array_index (found, i);

      if (i > 0)
        g_string_append (text, ", ");
      g_string_append (text, candidate->label);
    }
  if (found->len > shown)
    g_string_append (text, ", …");
  return g_string_free (text, FALSE);
}

/* Keeps the members of @found that are in @other too. */
static void
intersect (GPtrArray *found,
           GPtrArray *other)
{
  for (guint i = found->len; i-- > 0;)
    if (!g_ptr_array_find (other, g_ptr_array_index (found, i), NULL))
      g_ptr_array_remove_index (found, i);
}

static char *
describe_nobody (GArray *keys)
{
  g_autoptr(GString) phrases = g_string_new (g_array_index (keys, Key, 0).phrase);

  for (guint i = 1; i < keys->len; i++)
    {
      g_autofree char *joined =
        /* Translators: joins the keys no member has: "the handle @anna or the promo code
         * ANNA10" */
        g_strdup_printf (_("%s or %s"), phrases->str, g_array_index (keys, Key, i).phrase);

      g_string_assign (phrases, joined);
    }
  /* Translators: %s is one or more keys: "the handle @anna or the promo code ANNA10" */
  return g_strdup_printf (_("no member of this campaign has %s"), phrases->str);
}

MrResultsCandidate *
mr_results_match (GPtrArray            *candidates,
                  const MrResultsKeys  *keys,
                  MrResultsMatch       *match,
                  char                **reason)
{
  g_autoptr(GArray) given = g_array_new (FALSE, FALSE, sizeof (Key));
  g_autoptr(GPtrArray) found = NULL;
  const Key *first = NULL;

  g_array_set_clear_func (given, clear_key);
  *match = MR_RESULTS_MATCH_NONE;
  *reason = NULL;

  if (keys->handle != NULL)
    add_key (given, MR_RESULTS_MATCH_HANDLE, keys->handle);
  if (keys->name != NULL)
    add_key (given, MR_RESULTS_MATCH_NAME, keys->name);
  if (keys->code != NULL)
    add_key (given, MR_RESULTS_MATCH_CODE, keys->code);
  if (given->len == 0)
    {
      *reason = g_strdup (_("the row does not say whose results it holds: it has no handle, "
                            "name or promo code"));
      return NULL;
    }

  for (guint i = 0; i < given->len; i++)
    {
      const Key *key = &g_array_index (given, Key, i);
      g_autoptr(GPtrArray) members = members_for (candidates, key);

      if (members->len == 0)
        continue;
      if (found == NULL)
        {
          found = g_steal_pointer (&members);
          first = key;
          continue;
        }
      intersect (found, members);
      if (found->len == 0)
        {
          g_autoptr(GPtrArray) again = members_for (candidates, first);
          g_autofree char *first_owners = list_labels (again);
          g_autofree char *owners = list_labels (members);

          /* Translators: "the handle @anna belongs to Anna Jansen, but the promo code
           * BOB10 to Bob Smit" */
          *reason = g_strdup_printf (_("%s belongs to %s, but %s to %s"),
                                     first->phrase, first_owners, key->phrase, owners);
          return NULL;
        }
    }

  if (found == NULL)
    {
      *reason = describe_nobody (given);
      return NULL;
    }
  if (found->len > 1)
    {
      g_autofree char *owners = list_labels (found);

      /* Translators: %1$s is a key ("the name “Anna Jansen”"), %2$u how many members it
       * fits, %3$s who they are */
      *reason = g_strdup_printf (ngettext ("%1$s fits %2$u members: %3$s; add a column "
                                           "with their handles or promo codes",
                                           "%1$s fits %2$u members: %3$s; add a column "
                                           "with their handles or promo codes",
                                           found->len),
                                 first->phrase, found->len, owners);
      return NULL;
    }
  *match = first->kind;
  return g_ptr_array_index (found, 0);
}
