/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mr-campaign.h"

G_BEGIN_DECLS

/* How the campaign views write and read money and days. Amounts are read with the
 * separators of the user's language (the translation's, as mr-number-format.h writes
 * them), days are stored as "YYYY-MM-DD". */

/* "EUR 800": whole units, grouped. */
char     *mr_campaign_format_money   (double       amount,
                                      const char  *currency);
/* An amount as the user would type it again, "1,250.5"; "" for NAN. */
char     *mr_campaign_format_amount  (double       amount);
/* Reads "1,250.50", "1.250,50", "€ 800" or "800": TRUE with the value, or FALSE when
 * @text is not an amount of money. Empty text is not an amount either. */
gboolean  mr_campaign_parse_amount   (const char  *text,
                                      double      *out);

/* A strict "YYYY-MM-DD" that is a real day. */
gboolean  mr_campaign_parse_date     (const char  *text,
                                      GDate       *out);
/* "3 June 2024" (or "3 June"), NULL when @date is not a day. */
char     *mr_campaign_format_date    (const char  *date,
                                      gboolean     with_year);
/* "3 June – 30 June 2024", "From 3 June 2024", "Until 30 June 2024", NULL without dates. */
char     *mr_campaign_format_dates   (MrCampaign  *campaign);

G_END_DECLS
