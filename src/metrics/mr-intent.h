/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "mr-enums.h"

G_BEGIN_DECLS

/* What someone wants when they type a search: to know, to go somewhere, to do
 * something, or to buy; in Dutch and English. */
typedef struct
{
  MrIntent    intent;
  const char *rule;       /* the words that decided it, as the rule table has them; NULL for none */
} MrIntentMatch;

/* Classifies @query from rule tables kept as data. When several rules match, the most
 * specific kind wins: a place or opening hours (go) before buying, buying before doing,
 * doing before knowing, so "hoe laat is de winkel open" is go, not know, and "beste
 * manier om …" is do, not buy. */
MrIntentMatch mr_intent_classify (const char *query);

G_END_DECLS
