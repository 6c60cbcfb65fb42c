/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-intent"

#include "config.h"

#include <string.h>

#include "mr-intent.h"

/* A rule is a phrase of words. A word ending in '*' matches any word it begins
 * ("korting*" matches "kortingscode"); a lone "…" matches up to four words of any kind
 * ("hoe laat … open"). Phrases match whole words anywhere in the query; one starting
 * with '^' only at its start. Accents and case do not matter. */
typedef struct
{
  MrIntent    intent;
  guint8      rank;       /* the highest-ranked matching rule decides */
  const char *phrase;
} Rule;

enum {
  RANK_KNOW = 10,
  RANK_DO = 20,
  RANK_KNOW_OVER_DO = 25,  /* "how does … work" asks to understand, not to do */
  RANK_BUY = 30,
  RANK_DO_OVER_BUY = 35,   /* "the best way to …" is a how-to, not a purchase */
  RANK_GO = 40,
};

static const Rule rules[] = {
  /* Go: a place, a route, opening hours. */
  { MR_INTENT_GO, RANK_GO, "in de buurt" },
  { MR_INTENT_GO, RANK_GO, "bij mij in de buurt" },
  { MR_INTENT_GO, RANK_GO, "dichtbij" },
  { MR_INTENT_GO, RANK_GO, "dichtbij*" },
  { MR_INTENT_GO, RANK_GO, "near me" },
  { MR_INTENT_GO, RANK_GO, "nearby" },
  { MR_INTENT_GO, RANK_GO, "close to me" },
  { MR_INTENT_GO, RANK_GO, "openingstijd*" },
  { MR_INTENT_GO, RANK_GO, "openingsuren" },
  { MR_INTENT_GO, RANK_GO, "opening hours" },
  { MR_INTENT_GO, RANK_GO, "opening times" },
  { MR_INTENT_GO, RANK_GO, "open now" },
  { MR_INTENT_GO, RANK_GO, "nu open" },
  { MR_INTENT_GO, RANK_GO, "vandaag open" },
  { MR_INTENT_GO, RANK_GO, "open vandaag" },
  { MR_INTENT_GO, RANK_GO, "koopzondag" },
  { MR_INTENT_GO, RANK_GO, "hoe laat … open" },
  { MR_INTENT_GO, RANK_GO, "hoe laat … dicht" },
  { MR_INTENT_GO, RANK_GO, "what time … open" },
  { MR_INTENT_GO, RANK_GO, "what time … close" },
  { MR_INTENT_GO, RANK_GO, "is … open" },
  { MR_INTENT_GO, RANK_GO, "open on sunday" },
  { MR_INTENT_GO, RANK_GO, "open op zondag" },
  { MR_INTENT_GO, RANK_GO, "route naar" },
  { MR_INTENT_GO, RANK_GO, "routebeschrijving" },
  { MR_INTENT_GO, RANK_GO, "directions to" },
  { MR_INTENT_GO, RANK_GO, "how to get to" },
  { MR_INTENT_GO, RANK_GO, "hoe kom ik bij" },
  { MR_INTENT_GO, RANK_GO, "hoe kom ik in" },
  { MR_INTENT_GO, RANK_GO, "adres" },
  { MR_INTENT_GO, RANK_GO, "address" },
  { MR_INTENT_GO, RANK_GO, "^waar is" },
  { MR_INTENT_GO, RANK_GO, "^where is" },
  { MR_INTENT_GO, RANK_GO, "parkeren bij" },
  { MR_INTENT_GO, RANK_GO, "parking near" },

  /* Do over buy: the best way to do something; ending something bought. */
  { MR_INTENT_DO, RANK_DO_OVER_BUY, "beste manier" },
  { MR_INTENT_DO, RANK_DO_OVER_BUY, "best way" },
  { MR_INTENT_DO, RANK_DO_OVER_BUY, "beste tips" },
  { MR_INTENT_DO, RANK_DO_OVER_BUY, "best tips" },
  { MR_INTENT_DO, RANK_DO_OVER_BUY, "opzeggen" },
  { MR_INTENT_DO, RANK_DO_OVER_BUY, "annuleren" },
  { MR_INTENT_DO, RANK_DO_OVER_BUY, "cancel" },

  /* Buy: a price, a deal, a comparison before buying. */
  { MR_INTENT_BUY, RANK_BUY, "kopen" },
  { MR_INTENT_BUY, RANK_BUY, "kopen*" },
  { MR_INTENT_BUY, RANK_BUY, "koop" },
  { MR_INTENT_BUY, RANK_BUY, "buy" },
  { MR_INTENT_BUY, RANK_BUY, "buying" },
  { MR_INTENT_BUY, RANK_BUY, "bestellen" },
  { MR_INTENT_BUY, RANK_BUY, "order" },
  { MR_INTENT_BUY, RANK_BUY, "beste" },
  { MR_INTENT_BUY, RANK_BUY, "best" },
  { MR_INTENT_BUY, RANK_BUY, "top 10" },
  { MR_INTENT_BUY, RANK_BUY, "prijs" },
  { MR_INTENT_BUY, RANK_BUY, "prijzen" },
  { MR_INTENT_BUY, RANK_BUY, "price" },
  { MR_INTENT_BUY, RANK_BUY, "prices" },
  { MR_INTENT_BUY, RANK_BUY, "kosten" },
  { MR_INTENT_BUY, RANK_BUY, "cost" },
  { MR_INTENT_BUY, RANK_BUY, "goedkoop" },
  { MR_INTENT_BUY, RANK_BUY, "goedkope" },
  { MR_INTENT_BUY, RANK_BUY, "goedkoopste" },
  { MR_INTENT_BUY, RANK_BUY, "cheap" },
  { MR_INTENT_BUY, RANK_BUY, "cheapest" },
  { MR_INTENT_BUY, RANK_BUY, "korting*" },
  { MR_INTENT_BUY, RANK_BUY, "discount*" },
  { MR_INTENT_BUY, RANK_BUY, "coupon*" },
  { MR_INTENT_BUY, RANK_BUY, "aanbieding*" },
  { MR_INTENT_BUY, RANK_BUY, "sale" },
  { MR_INTENT_BUY, RANK_BUY, "deal" },
  { MR_INTENT_BUY, RANK_BUY, "deals" },
  { MR_INTENT_BUY, RANK_BUY, "black friday" },
  { MR_INTENT_BUY, RANK_BUY, "review" },
  { MR_INTENT_BUY, RANK_BUY, "reviews" },
  { MR_INTENT_BUY, RANK_BUY, "ervaring*" },
  { MR_INTENT_BUY, RANK_BUY, "vergelijk*" },
  { MR_INTENT_BUY, RANK_BUY, "compare" },
  { MR_INTENT_BUY, RANK_BUY, "vs" },
  { MR_INTENT_BUY, RANK_BUY, "versus" },
  { MR_INTENT_BUY, RANK_BUY, "webshop" },
  { MR_INTENT_BUY, RANK_BUY, "abonnement" },
  { MR_INTENT_BUY, RANK_BUY, "subscription" },
  { MR_INTENT_BUY, RANK_BUY, "tweedehands" },

  /* Do: how to, step by step, make it yourself. */
  { MR_INTENT_DO, RANK_DO, "^hoe" },
  { MR_INTENT_DO, RANK_DO, "how to" },
  { MR_INTENT_DO, RANK_DO, "^how do i" },
  { MR_INTENT_DO, RANK_DO, "^how can i" },
  { MR_INTENT_DO, RANK_DO, "zelf maken" },
  { MR_INTENT_DO, RANK_DO, "zelf … maken" },
  { MR_INTENT_DO, RANK_DO, "zelf doen" },
  { MR_INTENT_DO, RANK_DO, "diy" },
  { MR_INTENT_DO, RANK_DO, "recept" },
  { MR_INTENT_DO, RANK_DO, "recepten" },
  { MR_INTENT_DO, RANK_DO, "recipe" },
  { MR_INTENT_DO, RANK_DO, "recipes" },
  { MR_INTENT_DO, RANK_DO, "tutorial" },
  { MR_INTENT_DO, RANK_DO, "stappenplan" },
  { MR_INTENT_DO, RANK_DO, "handleiding" },
  { MR_INTENT_DO, RANK_DO, "instructie*" },
  { MR_INTENT_DO, RANK_DO, "tips" },
  { MR_INTENT_DO, RANK_DO, "step by step" },
  { MR_INTENT_DO, RANK_DO, "aanvragen" },
  { MR_INTENT_DO, RANK_DO, "aanmelden" },
  { MR_INTENT_DO, RANK_DO, "installeren" },
  { MR_INTENT_DO, RANK_DO, "repareren" },
  { MR_INTENT_DO, RANK_DO, "schoonmaken" },
  { MR_INTENT_DO, RANK_DO, "plakken" },
  { MR_INTENT_DO, RANK_DO, "onderhandelen" },
  { MR_INTENT_DO, RANK_DO, "negotiate" },
  { MR_INTENT_DO, RANK_DO, "repair" },
  { MR_INTENT_DO, RANK_DO, "fix" },
  { MR_INTENT_DO, RANK_DO, "bakken" },
  { MR_INTENT_DO, RANK_DO, "koken" },
  { MR_INTENT_DO, RANK_DO, "strategie*" },
  { MR_INTENT_DO, RANK_DO, "strategy" },

  /* Know: questions and explanations. A "how does it work" question is knowing. */
  { MR_INTENT_KNOW, RANK_KNOW, "^wat" },
  { MR_INTENT_KNOW, RANK_KNOW, "^what" },
  { MR_INTENT_KNOW, RANK_KNOW, "^waarom" },
  { MR_INTENT_KNOW, RANK_KNOW, "^why" },
  { MR_INTENT_KNOW, RANK_KNOW, "^wie" },
  { MR_INTENT_KNOW, RANK_KNOW, "^who" },
  { MR_INTENT_KNOW, RANK_KNOW, "^wanneer" },
  { MR_INTENT_KNOW, RANK_KNOW, "^when" },
  { MR_INTENT_KNOW, RANK_KNOW, "^welke" },
  { MR_INTENT_KNOW, RANK_KNOW, "^which" },
  { MR_INTENT_KNOW, RANK_KNOW, "^hoeveel" },
  { MR_INTENT_KNOW, RANK_KNOW, "^how many" },
  { MR_INTENT_KNOW, RANK_KNOW, "^how much" },
  { MR_INTENT_KNOW, RANK_KNOW, "^is het" },
  { MR_INTENT_KNOW, RANK_KNOW, "^mag je" },
  { MR_INTENT_KNOW, RANK_KNOW, "^can you" },
  { MR_INTENT_KNOW, RANK_KNOW, "verschil tussen" },
  { MR_INTENT_KNOW, RANK_KNOW, "difference between" },
  { MR_INTENT_KNOW, RANK_KNOW, "betekenis" },
  { MR_INTENT_KNOW, RANK_KNOW, "meaning" },
  { MR_INTENT_KNOW, RANK_KNOW, "definitie" },
  { MR_INTENT_KNOW, RANK_KNOW, "definition" },
  { MR_INTENT_KNOW, RANK_KNOW, "uitleg" },
  { MR_INTENT_KNOW, RANK_KNOW, "explained" },
  { MR_INTENT_KNOW, RANK_KNOW, "geschiedenis" },
  { MR_INTENT_KNOW, RANK_KNOW, "history of" },
  { MR_INTENT_KNOW, RANK_KNOW, "nieuws" },
  { MR_INTENT_KNOW, RANK_KNOW, "news" },
  { MR_INTENT_KNOW, RANK_KNOW, "weer" },
  { MR_INTENT_KNOW, RANK_KNOW, "weather" },
  { MR_INTENT_KNOW, RANK_KNOW, "faillissement*" },
  { MR_INTENT_KNOW, RANK_KNOW_OVER_DO, "hoe werkt" },
  { MR_INTENT_KNOW, RANK_KNOW_OVER_DO, "hoe zit het" },
  { MR_INTENT_KNOW, RANK_KNOW_OVER_DO, "how does" },
  { MR_INTENT_KNOW, RANK_KNOW_OVER_DO, "how do … work" },
};

/* How far "…" reaches. */
#define MAX_GAP_WORDS 4

/* Lower case without accents, every run of other characters one space. */
static GStrv
split_words (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);
  g_autofree char *plain = g_str_to_ascii (folded, "C");
  g_autoptr(GString) clean = g_string_sized_new (strlen (plain));

  for (const char *p = plain; *p != '\0'; p++)
    {
      char c = *p;

      /* "café's", "10%", "e-bike": apostrophes and hyphens inside a word stay. */
      if (g_ascii_isalnum (c) || ((c == '\'' || c == '-') && clean->len > 0 &&
                                  g_ascii_isalnum (clean->str[clean->len - 1])))
        g_string_append_c (clean, c);
      else if (clean->len > 0 && clean->str[clean->len - 1] != ' ')
        g_string_append_c (clean, ' ');
    }
  g_strchomp (clean->str);
  return g_strsplit (clean->str, " ", -1);
}

static gboolean
word_matches (const char *pattern,
              const char *word)
{
  gsize length = strlen (pattern);

  if (length > 1 && pattern[length - 1] == '*')
    return strncmp (pattern, word, length - 1) == 0;
  return strcmp (pattern, word) == 0;
}

/* Whether @pattern (NULL-terminated) matches @words from @at on. */
static gboolean
matches_at (const char * const *pattern,
            const char * const *words,
            guint               at)
{
  if (pattern[0] == NULL)
    return TRUE;
  if (strcmp (pattern[0], "…") == 0)
    {
      for (guint skip = 1; skip <= MAX_GAP_WORDS; skip++)
        {
          if (words[at + skip - 1] == NULL)
            return FALSE;
          if (matches_at (pattern + 1, words, at + skip))
            return TRUE;
        }
      return FALSE;
    }
  if (words[at] == NULL || !word_matches (pattern[0], words[at]))
    return FALSE;
  return matches_at (pattern + 1, words, at + 1);
}

static gboolean
rule_matches (const Rule         *rule,
              const char * const *words)
{
  gboolean anchored = rule->phrase[0] == '^';
  g_auto(GStrv) pattern = g_strsplit (rule->phrase + (anchored ? 1 : 0), " ", -1);

  if (anchored)
    return matches_at ((const char * const *) pattern, words, 0);
  for (guint at = 0; words[at] != NULL; at++)
    if (matches_at ((const char * const *) pattern, words, at))
      return TRUE;
  return FALSE;
}

MrIntentMatch
mr_intent_classify (const char *query)
{
  MrIntentMatch match = { MR_INTENT_NONE, NULL };
  g_auto(GStrv) words = NULL;
  guint best_rank = 0;

  g_return_val_if_fail (query != NULL, match);

  words = split_words (query);
  if (words[0] == NULL || words[0][0] == '\0')
    return match;
  for (gsize i = 0; i < G_N_ELEMENTS (rules); i++)
    if (rules[i].rank > best_rank && rule_matches (&rules[i], (const char * const *) words))
      {
        best_rank = rules[i].rank;
        match.intent = rules[i].intent;
        match.rule = rules[i].phrase;
      }
  return match;
}
