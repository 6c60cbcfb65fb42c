/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-query-match"

#include "config.h"

#include <string.h>

#include "mr-query-match.h"

/* Words that say how someone asks, not what about; folded, as fold () leaves them. */
static const char * const ignored_words[] = {
  /* English */
  "the", "and", "for", "with", "how", "what", "when", "where", "which", "who", "why",
  "are", "can", "does", "near", "best", "buy", "price", "cheap", "from", "you", "your",
  "that", "this", "about", "between",
  /* Dutch */
  "de", "het", "een", "hoe", "wat", "wie", "waar", "wanneer", "welke", "waarom", "van",
  "voor", "met", "bij", "naar", "over", "tussen", "kopen", "beste", "prijs", "goedkoop",
  "buurt", "ik", "mijn", "kan", "zijn", "is", "en", "om", "te", "op", "aan", "uit",
  "verschil", "wordt",
  NULL
};

#define MIN_WORD_LENGTH 3
/* A word of the text that begins a query word ("fiets" in "fietsband", Dutch compounds)
 * counts from this length: "over" beginning "overstappen" says nothing. */
#define MIN_PART_LENGTH 5

/* Lower case without accents: "Café" and "cafe" are one word. */
static char *
fold (const char *text)
{
  g_autofree char *decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_NFD);
  g_autofree char *lower = NULL;
  GString *folded;

  if (decomposed == NULL)
    return g_strdup ("");

  lower = g_utf8_casefold (decomposed, -1);
  folded = g_string_sized_new (strlen (lower));
  for (const char *p = lower; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_ismark (c))
        continue;
      g_string_append_unichar (folded, g_unichar_isalnum (c) ? c : ' ');
    }
  return g_string_free (folded, FALSE);
}

GStrv
mr_query_match_words (const char *query)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *folded = fold (query != NULL ? query : "");
  g_auto(GStrv) words = g_strsplit (folded, " ", -1);

  for (guint i = 0; words[i] != NULL; i++)
    if (g_utf8_strlen (words[i], -1) >= MIN_WORD_LENGTH &&
        !g_strv_contains (ignored_words, words[i]))
      g_strv_builder_add (builder, words[i]);

  return g_strv_builder_end (builder);
}

guint
mr_query_match_count (const char * const *words,
                      const char         *text)
{
  g_autofree char *folded = NULL;
  g_auto(GStrv) text_words = NULL;
  guint count = 0;

  g_return_val_if_fail (words != NULL, 0);

  if (text == NULL || words[0] == NULL)
    return 0;

  folded = fold (text);
  text_words = g_strsplit (folded, " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    for (guint j = 0; text_words[j] != NULL; j++)
      if (g_str_has_prefix (text_words[j], words[i]) ||
          (g_utf8_strlen (text_words[j], -1) >= MIN_PART_LENGTH &&
           !g_strv_contains (ignored_words, text_words[j]) &&
           g_str_has_prefix (words[i], text_words[j])))
        {
          count++;
          break;
        }

  return count;
}
