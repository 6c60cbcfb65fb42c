/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "mr-metrics-types.h"

G_BEGIN_DECLS

/* Engagement quality (DESIGN.md §4): how the interactions are made up, which says more
 * about whether they are real than their number does.
 *
 * Taken over the same posts as the engagement rate (mr-engagement.h: the last
 * MR_ENGAGEMENT_WINDOW_DAYS before "now", at most the MR_ENGAGEMENT_MAX_POSTS newest).
 * Each ratio is a sum over the posts that know both of its figures — Σ comments ÷
 * Σ likes, not a mean of per-post ratios, so that one post with three likes cannot
 * swing it — and is judged only from MR_QUALITY_MIN_LIKES likes on.
 *
 * Bands, in % of likes. Account audits commonly treat comments at roughly 1–5 % of
 * likes as what real audiences give (the band the metrics issue names; not calibrated
 * on our own data yet, and not per platform). Far below, likes arrive without anyone
 * talking: what bought likes look like.
 * Far above, comments are asked for — giveaways ("comment to win"), comment pods.
 * Saves and shares are rarer and their absence is no red flag: a few per hundred likes
 * is usual, and more than MR_QUALITY_SAVES_HIGH (saves; recipes, guides) or
 * MR_QUALITY_SHARES_HIGH (shares) marks content people keep or pass on. Story completion
 * (viewers of the last frame ÷ viewers of the first) is good above 70 % (DESIGN.md). */

#define MR_QUALITY_MIN_LIKES              100
#define MR_QUALITY_COMMENTS_VERY_LOW      0.2
#define MR_QUALITY_COMMENTS_LOW           1.0
#define MR_QUALITY_COMMENTS_HIGH          5.0
#define MR_QUALITY_COMMENTS_VERY_HIGH     15.0
#define MR_QUALITY_SAVES_LOW              1.0
#define MR_QUALITY_SAVES_HIGH             10.0
#define MR_QUALITY_SHARES_LOW             0.5
#define MR_QUALITY_SHARES_HIGH            5.0
#define MR_QUALITY_STORY_LOW              50.0
#define MR_QUALITY_STORY_GOOD             70.0

/* Flags: quality-likes-without-comments (alert, comments under
 * MR_QUALITY_COMMENTS_VERY_LOW), quality-comment-ratio-low (info),
 * quality-comment-ratio-high (warning, above MR_QUALITY_COMMENTS_VERY_HIGH),
 * quality-saves-high and quality-shares-high (info, good news),
 * quality-story-completion-good (info) and -low (warning), quality-too-few-likes and
 * quality-no-posts (info). */

typedef enum
{
  MR_QUALITY_BAND_NONE,        /* no value */
  MR_QUALITY_BAND_VERY_LOW,    /* comments only */
  MR_QUALITY_BAND_LOW,
  MR_QUALITY_BAND_USUAL,
  MR_QUALITY_BAND_HIGH,        /* comments: lively; saves, shares, stories: strong */
  MR_QUALITY_BAND_VERY_HIGH,   /* comments only */
} MrQualityBand;

typedef struct
{
  gboolean       has_value;
  double         value;        /* in %; NAN without value */
  gint64         numerator;    /* the sums it is taken from (0 for story completion) */
  gint64         denominator;
  MrQualityBand  band;
} MrQualityRatio;

typedef struct
{
  guint           n_posts;           /* posts in the window */
  MrQualityRatio  comments_per_like;
  MrQualityRatio  saves_per_like;
  MrQualityRatio  shares_per_like;
  MrQualityRatio  story_completion;
  gboolean        has_score;
  double          score;             /* 0–100, NAN without value */
  char           *score_reason;      /* translated, one line; never NULL */
  GPtrArray      *flags;             /* MrFlag */
} MrQuality;

/* now: Unix time, or 0 for the newest post's time (as mr_engagement_for_posts ()).
 * story_completion: in %, or negative (MR_METRIC_UNKNOWN) or NAN when not known. */
MrQuality *mr_quality_compute (const MrPostStats *posts,
                               gsize              n_posts,
                               gint64             now,
                               double             story_completion);
void       mr_quality_free    (MrQuality         *quality);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MrQuality, mr_quality_free)

G_END_DECLS
