/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "mr-metrics-types.h"

G_BEGIN_DECLS

/* Posting frequency and regularity (DESIGN.md §1, "posting frequency and consistency").
 *
 * Counted over the posts published in the MR_CONSISTENCY_WINDOW_DAYS before the given
 * "now" (posts after it, or without a time, are left out). When the oldest known post
 * is younger than the window (a new account, or an export that reaches back less), the
 * weeks are counted from that post, but never fewer than MR_CONSISTENCY_MIN_SPAN_DAYS:
 * two posts in two days are not "seven a week".
 *
 * Regularity is the coefficient of variation (standard deviation ÷ mean) of the gaps
 * between consecutive posts in the window, needing MR_CONSISTENCY_MIN_GAPS gaps.
 * Posting at random moments gives gaps with a CV near 1 (exponential gaps); a schedule
 * gives well under 0.5. Bands: regular < MR_CONSISTENCY_REGULAR_CV, uneven up to
 * MR_CONSISTENCY_IRREGULAR_CV, irregular (bursts and long pauses) from there on. */

#define MR_CONSISTENCY_WINDOW_DAYS          90
#define MR_CONSISTENCY_MIN_SPAN_DAYS        14
#define MR_CONSISTENCY_MIN_GAPS             3
#define MR_CONSISTENCY_REGULAR_CV           0.5
#define MR_CONSISTENCY_IRREGULAR_CV         1.0
/* Three posts a week is the rhythm brands commonly ask of micro-influencers on
 * Instagram; fewer than one every two weeks is hard to plan a campaign around. */
#define MR_CONSISTENCY_TARGET_PER_WEEK      3.0
#define MR_CONSISTENCY_INFREQUENT_PER_WEEK  0.5
/* Silent for a month: no longer reliably active; for three months: dormant. */
#define MR_CONSISTENCY_INACTIVE_DAYS        30
#define MR_CONSISTENCY_DORMANT_DAYS         90

/* Flags: consistency-no-posts (info), consistency-inactive (warning from
 * MR_CONSISTENCY_INACTIVE_DAYS without a post, alert from MR_CONSISTENCY_DORMANT_DAYS),
 * consistency-infrequent (info, under MR_CONSISTENCY_INFREQUENT_PER_WEEK while active),
 * consistency-irregular (info). The score weighs frequency 40, regularity 30 (left out
 * when unknown) and recency 30; it has no value without a dated post. */

typedef enum
{
  MR_REGULARITY_UNKNOWN,     /* too few posts to say */
  MR_REGULARITY_REGULAR,
  MR_REGULARITY_UNEVEN,
  MR_REGULARITY_IRREGULAR,
} MrRegularity;

typedef struct
{
  guint         n_posts;               /* dated posts in the window */
  guint         span_days;             /* the days posts_per_week is counted over */
  double        posts_per_week;        /* NAN without any dated post */
  MrRegularity  regularity;
  double        gap_cv;                /* NAN when regularity is unknown */
  double        mean_gap_days;         /* NAN when regularity is unknown */
  double        longest_gap_days;      /* NAN when regularity is unknown */
  gint          days_since_last_post;  /* MR_METRIC_UNKNOWN without any dated post */
  gboolean      has_score;
  double        score;                 /* 0–100, NAN without value */
  char         *score_reason;          /* translated, one line; never NULL */
  GPtrArray    *flags;                 /* MrFlag */
} MrConsistency;

MrConsistency *mr_consistency_compute (const MrPostStats *posts,
                                       gsize              n_posts,
                                       gint64             now);
void           mr_consistency_free    (MrConsistency     *consistency);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MrConsistency, mr_consistency_free)

G_END_DECLS
