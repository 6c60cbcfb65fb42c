/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "mr-metrics-types.h"

G_BEGIN_DECLS

/* Follower growth and sudden jumps (DESIGN.md §4 "Growth").
 *
 * Growth windows end on the newest known day of the history and reach back
 * MR_GROWTH_SHORT_WINDOW_DAYS (three months) and MR_GROWTH_LONG_WINDOW_DAYS (six). A
 * window has a value when a known count lies within MR_GROWTH_WINDOW_SLACK_DAYS of its
 * start; the change is then scaled to 30 days by the days actually between the two
 * counts, and given as a plain (not compounded) share of the followers at the start.
 *
 * Spikes: the history is reduced to steps between consecutive known counts. A step
 * across a gap of n days (a missed export) is judged as one step at the day the new
 * count was first seen, by its change per day against the baseline and by its whole
 * change against the audience thresholds; a gap longer than MR_GROWTH_MAX_STEP_DAYS is
 * not judged at all, since a jump inside it could not be dated. A gain is a spike when
 *   - its change per day exceeds median + MR_GROWTH_SPIKE_K × MAD of the per-day
 *     changes of the steps in the MR_GROWTH_BASELINE_DAYS before it (at least
 *     MR_GROWTH_MIN_BASELINE_STEPS of them; earlier steps are not judged), the MAD
 *     floored at MR_GROWTH_MAD_FLOOR followers or MR_GROWTH_MAD_FLOOR_SHARE of the
 *     median, whichever is larger, so that a perfectly even series still has a margin;
 *   - and it is at least MR_GROWTH_MIN_SHARE % of the followers before it
 *   - and at least MR_GROWTH_MIN_GAIN followers.
 * Drops are the mirror image (below median − k × MAD, same thresholds on the loss). */

#define MR_GROWTH_SHORT_WINDOW_DAYS   90
#define MR_GROWTH_LONG_WINDOW_DAYS    180
#define MR_GROWTH_WINDOW_SLACK_DAYS   7

#define MR_GROWTH_MAX_STEP_DAYS       7
#define MR_GROWTH_BASELINE_DAYS       28
#define MR_GROWTH_MIN_BASELINE_STEPS  7
#define MR_GROWTH_SPIKE_K             5.0
#define MR_GROWTH_MAD_FLOOR           5.0
#define MR_GROWTH_MAD_FLOOR_SHARE     0.1
#define MR_GROWTH_MIN_SHARE           1.0
#define MR_GROWTH_MIN_GAIN            50

/* The verdict compares the activity on the spike's days, one day either side, with the
 * median of the MR_GROWTH_BASELINE_DAYS before: it "rose" at MR_GROWTH_ACTIVITY_RISE
 * times that median or more. Daily figures need MR_GROWTH_MIN_BASELINE_STEPS known days
 * in the baseline; posts are compared with the posts of the MR_GROWTH_POST_BASELINE_DAYS
 * before (at least MR_GROWTH_MIN_BASELINE_POSTS of them), on views where known, else on
 * likes + comments + shares + saves. */
#define MR_GROWTH_ACTIVITY_RISE       2.0
#define MR_GROWTH_POST_BASELINE_DAYS  90
/* A post keeps bringing followers for a few days after it is published: posts from this
 * many days before a jump count as its possible cause. */
#define MR_GROWTH_POST_LEAD_DAYS      3
#define MR_GROWTH_MIN_BASELINE_POSTS  3

/* Signs that add suspicion: a jump that comes to a multiple of MR_GROWTH_ROUND_UNIT
 * (as it is, or after taking off the usual daily growth), and a gain of which at least
 * MR_GROWTH_LOSS_SHARE % is gone again MR_GROWTH_LOSS_MIN_DAYS–MR_GROWTH_LOSS_DAYS days
 * later. */
#define MR_GROWTH_ROUND_UNIT          500
#define MR_GROWTH_LOSS_MIN_DAYS       14
#define MR_GROWTH_LOSS_DAYS           28
#define MR_GROWTH_LOSS_SHARE          50.0

/* The authenticity sub-score needs MR_GROWTH_MIN_SCORE_DAYS of history and
 * MR_GROWTH_MIN_JUDGED_STEPS steps that could be judged. */
#define MR_GROWTH_MIN_SCORE_DAYS      30
#define MR_GROWTH_MIN_JUDGED_STEPS    14

/* Flags (stable codes; the message is the translated sentence):
 *   growth-spike-organic     info     a jump that activity explains (its evidence)
 *   growth-spike-unverified  warning  a jump without activity data to judge it by
 *   growth-spike-suspicious  alert    a jump activity does not explain, or with both signs
 *   growth-round-number      warning  a jump that comes to a round package
 *   growth-gain-then-loss    warning  most of a jump gone again within four weeks
 *   growth-drop              warning  a sudden loss (purge)
 *   growth-history-missing   info     no follower history at all
 *   growth-history-short     info     less than MR_GROWTH_SHORT_WINDOW_DAYS of history
 *   growth-history-sparse    info     counts too far apart to date jumps
 *
 * The authenticity score starts at 100 and loses 35 per suspicious jump, 15 per
 * unverified one, 10 per explained jump with one sign of purchase and 10 per drop; it has
 * no value with less than MR_GROWTH_MIN_SCORE_DAYS of history or fewer than
 * MR_GROWTH_MIN_JUDGED_STEPS judged days. */

typedef enum
{
  MR_SPIKE_GAIN,
  MR_SPIKE_DROP,
} MrSpikeKind;

typedef enum
{
  MR_SPIKE_ORGANIC,      /* activity rose with it */
  MR_SPIKE_SUSPICIOUS,   /* activity on record did not rise, or signs of bought followers */
  MR_SPIKE_UNVERIFIED,   /* no activity around it to judge it by; exported as "suspicious" */
} MrSpikeVerdict;

typedef struct
{
  MrSpikeKind     kind;
  guint32         day;              /* GDate Julian day the new count was first seen */
  guint           n_days;           /* days the change spans: 1, more across a gap */
  gint64          gain;             /* followers gained; negative for a drop */
  gint64          followers_before;
  double          share;            /* |gain| as % of followers_before */
  MrSpikeVerdict  verdict;
  double          activity_ratio;   /* strongest rise of activity (× usual), NAN when
                                     * no activity could be compared */
  gint64          round_amount;     /* the round jump, 0 when not round */
  double          lost_share;       /* % of a gain gone later, NAN when not known */
  guint           lost_after_days;  /* when lost_share was measured */
  char           *evidence;         /* translated: what was seen and what it means */
} MrSpike;

typedef struct
{
  guint     window_days;
  gboolean  has_value;              /* FALSE: the history does not cover the window */
  guint     covered_days;           /* days of the window the known history spans */
  guint32   start_day;              /* the counts compared, when has_value */
  guint32   end_day;
  gint64    start_followers;
  gint64    end_followers;
  double    followers_per_30_days;  /* NAN without value */
  double    percent_per_30_days;    /* of start_followers; NAN without value */
} MrGrowthWindow;

typedef struct
{
  gint64          followers;        /* newest known count, MR_METRIC_UNKNOWN without */
  guint32         first_day;        /* of the known history; 0 without */
  guint32         last_day;
  MrGrowthWindow  short_window;     /* the last 3 months */
  MrGrowthWindow  long_window;      /* the last 6 months */
  GPtrArray      *spikes;           /* MrSpike, gains and drops, by day */
  GPtrArray      *flags;            /* MrFlag */
  gboolean        has_score;
  double          score;            /* growth authenticity 0–100, NAN without value */
  char           *score_reason;     /* translated, one line; never NULL */
} MrGrowth;

MrGrowth   *mr_growth_compute            (const MrFollowerDay   *history,
                                          gsize                  n_history,
                                          const MrDailyActivity *activity,
                                          gsize                  n_activity,
                                          const MrPostStats     *posts,
                                          gsize                  n_posts);
void        mr_growth_free               (MrGrowth              *growth);

const char *mr_spike_verdict_to_string   (MrSpikeVerdict         verdict);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MrGrowth, mr_growth_free)

G_END_DECLS
