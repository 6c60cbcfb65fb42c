/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Which creators fit a search: the words of the query that carry meaning, found in a
 * creator's niche or captions whatever their case and accents ("Café" finds "cafe"), a
 * word also finding its longer forms ("fiets" finds "fietsen"), and a compound its
 * first part ("fietsband" finds "fiets"). */

/* The query's meaningful words, folded: no question words, articles or prepositions
 * (Dutch and English), none shorter than three letters. NULL-terminated, maybe empty. */
GStrv mr_query_match_words (const char          *query);
/* How many of @words occur in @text (0 for none or a NULL @text). */
guint mr_query_match_count (const char * const  *words,
                            const char          *text);

G_END_DECLS
