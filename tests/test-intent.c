/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-intent"

#include "config.h"

#include "mr-intent.h"

/* Searches as people type them, in Dutch and English, and the intent a marketer would
 * give each; the first four are the seeds' own examples. */
static const struct {
  const char *query;
  MrIntent    intent;
} vectors[] = {
  { "wat is het verschil tussen cold brew en iced coffee", MR_INTENT_KNOW },
  { "hoe plak ik een fietsband", MR_INTENT_DO },
  { "Italiaans restaurant in de buurt", MR_INTENT_GO },
  { "beste noise cancelling koptelefoon", MR_INTENT_BUY },

  /* Know */
  { "waarom is de inflatie zo hoog", MR_INTENT_KNOW },
  { "Wie won de Tour de France 2025?", MR_INTENT_KNOW },
  { "wanneer begint de zomertijd", MR_INTENT_KNOW },
  { "hoeveel calorieën zitten in een banaan", MR_INTENT_KNOW },
  { "hoe werkt een warmtepomp", MR_INTENT_KNOW },
  { "betekenis van hygge", MR_INTENT_KNOW },
  { "what is a micro influencer", MR_INTENT_KNOW },
  { "difference between latte and flat white", MR_INTENT_KNOW },
  { "how does compound interest work", MR_INTENT_KNOW },
  { "why do cats purr", MR_INTENT_KNOW },
  { "faillissementen horeca 2026", MR_INTENT_KNOW },
  { "weer amsterdam morgen", MR_INTENT_KNOW },

  /* Go */
  { "hoe laat is de winkel open", MR_INTENT_GO },
  { "Albert Heijn openingstijden zondag", MR_INTENT_GO },
  { "fietsenmaker dichtbij", MR_INTENT_GO },
  { "coffee shop near me", MR_INTENT_GO },
  { "route naar Rijksmuseum", MR_INTENT_GO },
  { "is de IKEA vandaag open", MR_INTENT_GO },
  { "waar is het dichtstbijzijnde tankstation", MR_INTENT_GO },
  { "what time does the library open", MR_INTENT_GO },
  { "beste pizza in de buurt", MR_INTENT_GO },
  { "adres gemeentehuis utrecht", MR_INTENT_GO },
  { "directions to schiphol", MR_INTENT_GO },

  /* Do */
  { "hoe maak ik zuurdesem", MR_INTENT_DO },
  { "how to tie a tie", MR_INTENT_DO },
  { "recept bananenbrood zonder suiker", MR_INTENT_DO },
  { "onderhandelen salaris strategie", MR_INTENT_DO },
  { "faillissement aanvragen eenmanszaak", MR_INTENT_DO },
  { "beste manier om een ketting te smeren", MR_INTENT_DO },
  { "best way to clean white sneakers", MR_INTENT_DO },
  { "zelf kombucha maken", MR_INTENT_DO },
  { "How do I reset my router?", MR_INTENT_DO },
  { "Netflix abonnement opzeggen", MR_INTENT_DO },
  { "sourdough recipe for beginners", MR_INTENT_DO },
  { "fietsband plakken", MR_INTENT_DO },
  { "loonsverhoging onderhandelen", MR_INTENT_DO },
  { "how to negotiate a raise", MR_INTENT_DO },

  /* Buy */
  { "goedkope vliegtickets barcelona", MR_INTENT_BUY },
  { "e-bike kopen", MR_INTENT_BUY },
  { "iphone 17 prijs", MR_INTENT_BUY },
  { "buy running shoes", MR_INTENT_BUY },
  { "Sonos Era 100 review", MR_INTENT_BUY },
  { "kortingscode bol", MR_INTENT_BUY },
  { "airpods vs galaxy buds", MR_INTENT_BUY },
  { "best budget laptop 2026", MR_INTENT_BUY },
  { "zonnepanelen vergelijken", MR_INTENT_BUY },
  { "black friday deals tv", MR_INTENT_BUY },

  /* None */
  { "ajax", MR_INTENT_NONE },
  { "taylor swift", MR_INTENT_NONE },
  { "kerststol", MR_INTENT_NONE },
  { "is open source veilig", MR_INTENT_NONE },
  { "", MR_INTENT_NONE },
  { "  ?! ", MR_INTENT_NONE },
};

static void
test_vectors (void)
{
  guint wrong = 0;

  g_assert_cmpuint (G_N_ELEMENTS (vectors), >=, 40);
  for (gsize i = 0; i < G_N_ELEMENTS (vectors); i++)
    {
      MrIntentMatch match = mr_intent_classify (vectors[i].query);

      if (match.intent != vectors[i].intent)
        {
          g_test_message ("“%s”: %s (rule “%s”), expected %s", vectors[i].query,
                          mr_intent_to_string (match.intent) ?: "none",
                          match.rule ?: "", mr_intent_to_string (vectors[i].intent) ?: "none");
          wrong++;
        }
    }
  g_assert_cmpuint (wrong, ==, 0);
}

/* The rule that decided is given, for the explanation the page shows. */
static void
test_rule (void)
{
  MrIntentMatch match = mr_intent_classify ("Hoe laat is de Jumbo open?");

  g_assert_cmpint (match.intent, ==, MR_INTENT_GO);
  g_assert_cmpstr (match.rule, ==, "hoe laat … open");

  match = mr_intent_classify ("kerststol");
  g_assert_cmpint (match.intent, ==, MR_INTENT_NONE);
  g_assert_null (match.rule);
}

/* Case, accents and punctuation do not change the intent. */
static void
test_normalised (void)
{
  g_assert_cmpint (mr_intent_classify ("WAT IS BRÛLÉE").intent, ==, MR_INTENT_KNOW);
  g_assert_cmpint (mr_intent_classify ("café's in de buurt!!").intent, ==, MR_INTENT_GO);
  g_assert_cmpint (mr_intent_classify ("Kortingscode: BOL.com").intent, ==, MR_INTENT_BUY);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/intent/vectors", test_vectors);
  g_test_add_func ("/intent/rule", test_rule);
  g_test_add_func ("/intent/normalised", test_normalised);

  return g_test_run ();
}
