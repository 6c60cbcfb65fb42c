/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-roster-key"

#include "config.h"

#include "mr-roster-key.h"
#include "mr-text-fold.h"

/* The key lives on the creator itself, so it goes when the creator goes. It belongs to
 * a generation: after the creators changed (an import reloads them, an edit renames
 * one), the generation moves on and each key is worked out again when next asked for.
 * The main thread alone uses the roster. */

typedef struct
{
  guint       generation;
  guint       search_generation;   /* of key.search_text, worked out only for a search */
  MrRosterKey key;
} CachedKey;

static guint generation = 1;
static GQuark key_quark;

static void
cached_key_free (gpointer data)
{
  CachedKey *cached = data;

  g_free (cached->key.search_text);
  g_free (cached);
}

static void
compute (MrCreator   *creator,
         MrRosterKey *key)
{
  GListModel *accounts = mr_creator_get_accounts (creator);

  key->followers = MR_UNKNOWN_COUNT;
  key->platforms = 0;
  for (guint i = 0; i < g_list_model_get_n_items (accounts); i++)
    {
      g_autoptr(MrAccount) account = g_list_model_get_item (accounts, i);

      key->followers = MAX (key->followers, mr_account_get_followers (account));
      key->platforms |= 1u << mr_account_get_platform (account);
    }
}

/* Folding every name, handle and niche is a third of what opening the window on ten
 * thousand creators costs, and only a search needs it. */
static char *
compute_search_text (MrCreator *creator)
{
  GListModel *accounts = mr_creator_get_accounts (creator);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *name = mr_text_fold (mr_creator_get_name (creator));
  g_autofree char *niche = mr_text_fold (mr_creator_get_niche (creator));

  g_string_append (text, name);
  for (guint i = 0; i < g_list_model_get_n_items (accounts); i++)
    {
      g_autoptr(MrAccount) account = g_list_model_get_item (accounts, i);
      g_autofree char *handle = mr_text_fold (mr_account_get_handle (account));

      g_string_append_printf (text, "\n@%s", handle);
    }
  g_string_append_c (text, '\n');
  g_string_append (text, niche);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static CachedKey *
get_cached (MrCreator *creator)
{
  CachedKey *cached;

  if (key_quark == 0)
    key_quark = g_quark_from_static_string ("mr-roster-key");

  cached = g_object_get_qdata (G_OBJECT (creator), key_quark);
  if (cached == NULL)
    {
      cached = g_new0 (CachedKey, 1);
      g_object_set_qdata_full (G_OBJECT (creator), key_quark, cached,
                               cached_key_free);
    }
  if (cached->generation != generation)
    {
      compute (creator, &cached->key);
      cached->generation = generation;
    }

  return cached;
}

const MrRosterKey *
mr_roster_key_get (MrCreator *creator)
{
  g_return_val_if_fail (MR_IS_CREATOR (creator), NULL);

  return &get_cached (creator)->key;
}

/* The folded text a search looks in: the name, each "@handle", the niche. */
const char *
mr_roster_key_get_search_text (MrCreator *creator)
{
  CachedKey *cached;

  g_return_val_if_fail (MR_IS_CREATOR (creator), NULL);

  cached = get_cached (creator);
  if (cached->search_generation != generation || cached->key.search_text == NULL)
    {
      g_free (cached->key.search_text);
      cached->key.search_text = compute_search_text (creator);
      cached->search_generation = generation;
    }

  return cached->key.search_text;
}

void
mr_roster_key_invalidate_all (void)
{
  generation++;
}
