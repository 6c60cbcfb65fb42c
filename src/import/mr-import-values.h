/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "mr-enums.h"

G_BEGIN_DECLS

/* Cell values as exports write them. Every parser trims surrounding white space
 * (including U+00A0) first, and answers MISSING for an empty cell and for the words
 * exports use for "no value": undefined, NaN, N/A, n.v.t., --, -, null (any case).
 * MISSING is never zero. */
typedef enum {
  MR_VALUE_OK,
  MR_VALUE_MISSING,
  MR_VALUE_INVALID,
} MrValueResult;

gboolean      mr_value_is_missing        (const char *text);

/* A number: "12,400", "12.400,5", "-3", "61.97%" (→ 61.97), "3.3k", "475.8m", "29.0b",
 * "1,2K", "<1" (→ 0.5: Google Trends' "below 1"). With both '.' and ',' the last one is
 * the decimal mark; a lone ',' followed by exactly three digits groups thousands,
 * otherwise it is the decimal mark; a lone '.' is the decimal mark. */
MrValueResult mr_value_parse_double      (const char *text,
                                          double     *out);
/* A whole count, rounded from the above: also "1.234" (a lone '.' followed by exactly
 * three digits and no suffix groups thousands in a count). Negative counts are kept:
 * daily deltas go below zero. */
MrValueResult mr_value_parse_count       (const char *text,
                                          gint64     *out);
/* Whether @text is a number as mr_value_parse_double () reads them that is beyond @limit
 * either way, or beyond any double ("1e400"): what to call too large rather than "not a
 * number". */
gboolean      mr_value_exceeds           (const char *text,
                                          double      limit);
/* A share as a fraction 0–1: "0.59" → 0.59, "59%" → 0.59, "59" → 0.59 (over 1 without
 * a sign is read as a percentage). */
MrValueResult mr_value_parse_fraction    (const char *text,
                                          double     *out);
/* Seconds from "H:MM:SS", "M:SS" or a plain number of seconds. */
MrValueResult mr_value_parse_duration    (const char *text,
                                          double     *out);

/* A calendar date with a year: "2026-03-01", "2026-03-01T10:00:00Z" (date part),
 * "03/01/2026" (US month first, as Meta writes it), "1-3-2026" and "01.03.2026" (day
 * first), "Sep 27, 2024", "September 27, 2024", "27 Sep 2024", "27 sep. 2024",
 * "27 september 2024", "1 mrt 2026", "1 maart 2026", "1 mars 2026", "1er mars 2026",
 * "27. Sept. 2024". Month names in English, Dutch, French and German, full or
 * abbreviated, with or without a dot, any case. */
MrValueResult mr_value_parse_date        (const char *text,
                                          GDate      *out);
/* A month without a day ("2026-03", Trends' monthly rows) → the 1st of that month. */
MrValueResult mr_value_parse_month       (const char *text,
                                          GDate      *out);
/* A date without a year, as TikTok Studio writes it: "March 1", "Mar 1", "1 March",
 * "1 maart", "1 mars". */
MrValueResult mr_value_parse_month_day   (const char *text,
                                          GDateMonth *month,
                                          GDateDay   *day);
/* A moment: any date above, optionally followed by a time "HH:MM" or "HH:MM:SS" (with
 * "AM"/"PM" allowed), or ISO 8601 with 'T' and an offset or 'Z'. A time without an
 * offset is taken in @default_zone (NULL: UTC). Out: Unix seconds. */
MrValueResult mr_value_parse_date_time   (const char *text,
                                          GTimeZone  *default_zone,
                                          gint64     *out);
/* A period "Mar 1, 2026-Mar 31, 2026", "2026-03-01 - 2026-03-31", "1 mrt 2026 - 31 mrt
 * 2026"; or relative to @today: "Last 7 days", "Last 28 days", "Last 3 months",
 * "Last 12 months", "Last 16 months" and their Dutch and French forms ("Afgelopen 28
 * dagen", "Laatste 3 maanden", "28 derniers jours", "12 derniers mois"), ending on
 * @today. */
MrValueResult mr_value_parse_period      (const char  *text,
                                          const GDate *today,
                                          GDate       *start,
                                          GDate       *end);

/* Years for dates written without one, newest last: the last date is the latest that is
 * not after @export_date, and walking backwards a month/day later in the year than the
 * one after it steps back a year. @months/@days have @n entries; @out receives @n
 * dates. A sequence need not be contiguous, only in order. */
void          mr_value_infer_years       (const GDateMonth *months,
                                          const GDateDay   *days,
                                          guint             n,
                                          const GDate      *export_date,
                                          GDate            *out);

/* A handle from "@name", "name", or a profile or post URL of TikTok
 * ("https://www.tiktok.com/@name/video/…"), Instagram ("https://www.instagram.com/name/"),
 * YouTube ("https://www.youtube.com/@name", "/c/name", "/channel/UC…"), Bluesky
 * ("https://bsky.app/profile/name.bsky.social"), Mastodon ("https://host/@name" →
 * "name@host"). Without the '@', NULL when there is none. When @text is a URL of one of
 * those platforms, *@platform is set to it; otherwise it is left alone. */
char         *mr_value_parse_handle      (const char *text,
                                          MrPlatform *platform);

/* The text trimmed of white space (and of a YouTube id's leading space); NULL when
 * missing in the sense above. */
char         *mr_value_dup_text          (const char *text);

G_END_DECLS
