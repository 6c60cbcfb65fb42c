/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "mr-enums.h"
#include "mr-metrics-types.h"

G_BEGIN_DECLS

/* What an engagement rate is divided by (DESIGN.md §4). Every result names its basis. */
typedef enum
{
  MR_ENGAGEMENT_BY_FOLLOWERS,   /* "followers": (likes + comments) ÷ followers × 100 */
  MR_ENGAGEMENT_BY_REACH,       /* "reach":     … ÷ the post's reach × 100 */
  MR_ENGAGEMENT_BY_VIEWS,       /* "views":     … ÷ the post's views × 100 */
} MrEngagementBasis;

#define MR_N_ENGAGEMENT_BASES (MR_ENGAGEMENT_BY_VIEWS + 1)

/* The window of posts a rate is taken over: the posts published in the last
 * MR_ENGAGEMENT_WINDOW_DAYS days before the reference time (the given "now", or the
 * newest post's time), of those at most the MR_ENGAGEMENT_MAX_POSTS newest.
 *
 * 90 days is recent enough to describe the creator a brand would hire today (three
 * months, the span DESIGN.md judges growth over) and long enough to hold a dozen posts
 * of someone who posts weekly. 50 posts keeps a daily poster's rate as current as a
 * weekly poster's: it is about seven weeks of daily posts, and more posts than that
 * hardly steady a mean further. Posts in the window whose figures are not known (or
 * whose reach or views are zero for those bases) are skipped and counted as skipped;
 * they do not make room for older posts, so the window stays the same posts whatever
 * the basis. A post without a publication time cannot be placed and is skipped too. */
#define MR_ENGAGEMENT_WINDOW_DAYS 90
#define MR_ENGAGEMENT_MAX_POSTS   50

typedef struct
{
  gboolean           has_value;        /* FALSE: no rate (no followers, no usable post) */
  double             rate;             /* mean of the per-post rates, in %; NAN without value */
  gboolean           has_median;       /* FALSE for a roster row: one figure has no median */
  double             median;           /* in %; NAN without it */
  MrEngagementBasis  basis;
  gboolean           extended;         /* shares and saves counted as well */
  guint              n_posts;          /* posts the rate is taken over; 0 for a roster row */
  guint              n_skipped;        /* posts in the window left out: figures not known */
  double             mean_engagements; /* per counted post, for the cost per engagement;
                                        * NAN without value */
  gboolean           to_newest_post;   /* the window ends at the newest post, not at "now" */
  char              *explanation;      /* translated: the basis and the window */
} MrEngagement;

const char        *mr_engagement_basis_to_string   (MrEngagementBasis  basis);
gboolean           mr_engagement_basis_from_string (const char        *s,
                                                    MrEngagementBasis *out);
const char        *mr_engagement_basis_get_label   (MrEngagementBasis  basis);

MrEngagementBasis  mr_engagement_primary_basis     (MrPlatform         platform);

gboolean           mr_engagement_post_rate         (const MrPostStats *post,
                                                    gint64             followers,
                                                    MrEngagementBasis  basis,
                                                    gboolean           extended,
                                                    double            *out_rate);

MrEngagement      *mr_engagement_for_posts         (const MrPostStats *posts,
                                                    gsize              n_posts,
                                                    gint64             followers,
                                                    MrEngagementBasis  basis,
                                                    gboolean           extended,
                                                    gint64             now);
MrEngagement      *mr_engagement_for_averages      (double             average_likes,
                                                    double             average_comments,
                                                    gint64             followers);
void               mr_engagement_free              (MrEngagement      *engagement);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MrEngagement, mr_engagement_free)

G_END_DECLS
