/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-growth"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "mr-growth.h"
#include "mr-growth-private.h"

/* What a finding takes off the authenticity score (of 100). A jump that activity does
 * not explain is the classic sign of bought followers and weighs most; one that could
 * not be checked costs less, as the lack of evidence is not evidence; an explained jump
 * with one warning sign, and a purge, are reasons to look, not proof. */
#define PENALTY_SUSPICIOUS  35.0
#define PENALTY_UNVERIFIED  15.0
#define PENALTY_SIGN        10.0
#define PENALTY_DROP        10.0

typedef struct
{
  guint32 day;
  gint64  followers;
  gsize   index;   /* in the caller's array, to keep the later of two counts for a day */
} Point;

typedef struct
{
  guint32 first_day;   /* the count before: the change happened after this day */
  guint32 day;
  gint64  before;
  gint64  after;
  double  per_day;
} Step;

static int
compare_points (gconstpointer a,
                gconstpointer b)
{
  const Point *p = a;
  const Point *q = b;

  if (p->day != q->day)
    return p->day < q->day ? -1 : 1;
  return p->index < q->index ? -1 : (p->index > q->index);
}

/* The known counts by day; of two counts for one day the later given wins, as a later
 * import corrects an earlier one. */
static GArray *
known_points (const MrFollowerDay *history,
              gsize                n_history)
{
  GArray *points = g_array_new (FALSE, FALSE, sizeof (Point));
  guint kept = 0;

  for (gsize i = 0; i < n_history; i++)
    {
      Point p = { history[i].day, history[i].followers, i };

      if (p.followers >= 0 && g_date_valid_julian (p.day))
        g_array_append_val (points, p);
    }
  g_array_sort (points, compare_points);

  for (guint i = 0; i < points->len; i++)
    {
      if (kept > 0 && g_array_index (points, Point, kept - 1).day == g_array_index (points, Point, i).day)
        kept--;
      g_array_index (points, Point, kept++) = g_array_index (points, Point, i);
    }
  g_array_set_size (points, kept);

  return points;
}

static void
compute_window (MrGrowthWindow *window,
                guint           window_days,
                const Point    *points,
                guint           n_points)
{
  const Point *last;
  const Point *start = NULL;
  guint best_distance = G_MAXUINT;
  gint64 target;

  window->window_days = window_days;
  window->has_value = FALSE;
  window->followers_per_30_days = NAN;
  window->percent_per_30_days = NAN;

  if (n_points == 0)
    return;

  last = &points[n_points - 1];
  window->covered_days = MIN (last->day - points[0].day, window_days);
  target = (gint64) last->day - window_days;

  for (guint i = 0; i + 1 < n_points; i++)
    {
      guint distance = (guint) ABS ((gint64) points[i].day - target);

      if (distance <= MR_GROWTH_WINDOW_SLACK_DAYS && distance < best_distance)
        {
          start = &points[i];
          best_distance = distance;
        }
    }

  /* Growth from no followers at all has no share to give. */
  if (start == NULL || start->followers == 0)
    return;

  window->has_value = TRUE;
  window->start_day = start->day;
  window->end_day = last->day;
  window->start_followers = start->followers;
  window->end_followers = last->followers;
  window->followers_per_30_days = (double) (last->followers - start->followers) * 30.0
                                  / (double) (last->day - start->day);
  window->percent_per_30_days = window->followers_per_30_days / (double) start->followers * 100.0;
}

static void
spike_free (MrSpike *spike)
{
  g_free (spike->evidence);
  g_free (spike);
}

/* A gain that comes to a round package, as it is or on top of the usual daily growth.
 * Counts that are all multiples of 100 were rounded for display (as public profiles
 * show "12.3K"), and any difference of those looks round: they are not judged. */
static gint64
round_amount (const Step *step,
              double      usual_per_day)
{
  gint64 gain = step->after - step->before;
  gint64 excess = gain - (gint64) llround (usual_per_day * (double) (step->day - step->first_day));

  if (step->before % 100 == 0 && step->after % 100 == 0)
    return 0;
  if (gain >= MR_GROWTH_ROUND_UNIT && gain % MR_GROWTH_ROUND_UNIT == 0)
    return gain;
  if (excess >= MR_GROWTH_ROUND_UNIT && excess % MR_GROWTH_ROUND_UNIT == 0)
    return excess;
  return 0;
}

/* How much of a gain is gone again: the newest count MR_GROWTH_LOSS_MIN_DAYS to
 * MR_GROWTH_LOSS_DAYS after it. */
static void
measure_loss (MrSpike     *spike,
              const Point *points,
              guint        n_points,
              guint        spike_point)
{
  const Point *later = NULL;

  for (guint i = spike_point + 1; i < n_points && points[i].day <= spike->day + MR_GROWTH_LOSS_DAYS; i++)
    if (points[i].day >= spike->day + MR_GROWTH_LOSS_MIN_DAYS)
      later = &points[i];

  if (later == NULL)
    return;

  spike->lost_share = (double) (points[spike_point].followers - later->followers)
                      / (double) spike->gain * 100.0;
  spike->lost_after_days = later->day - spike->day;
}

static gboolean
has_sign_of_purchase (const MrSpike *spike)
{
  return spike->round_amount > 0 || mr_growth_spike_lost_most (spike);
}

gboolean
mr_growth_spike_lost_most (const MrSpike *spike)
{
  return !isnan (spike->lost_share) && spike->lost_share >= MR_GROWTH_LOSS_SHARE;
}

/* A drop within MR_GROWTH_POST_BASELINE_DAYS of a gain that activity did not explain
 * looks like the platform taking bought accounts away again. */
static const MrSpike *
unexplained_gain_before (GPtrArray *spikes,
                         guint32    day)
{
  for (guint i = spikes->len; i > 0; i--)
    {
      const MrSpike *earlier = g_ptr_array_index (spikes, i - 1);

      if (earlier->day + MR_GROWTH_POST_BASELINE_DAYS < day)
        break;
      if (earlier->kind == MR_SPIKE_GAIN && earlier->verdict != MR_SPIKE_ORGANIC)
        return earlier;
    }
  return NULL;
}

static MrSpike *
judge_gain (const Step            *step,
            double                 usual_per_day,
            const Point           *points,
            guint                  n_points,
            guint                  spike_point,
            const MrDailyActivity *activity,
            gsize                  n_activity,
            const MrPostStats     *posts,
            gsize                  n_posts)
{
  MrSpike *spike = g_new0 (MrSpike, 1);
  MrGrowthActivity check;
  guint n_signs;

  spike->kind = MR_SPIKE_GAIN;
  spike->day = step->day;
  spike->n_days = step->day - step->first_day;
  spike->gain = step->after - step->before;
  spike->followers_before = step->before;
  spike->share = (double) spike->gain / (double) step->before * 100.0;
  spike->lost_share = NAN;
  spike->round_amount = round_amount (step, usual_per_day);
  measure_loss (spike, points, n_points, spike_point);

  /* The spike's days and one either side. */
  mr_growth_check_activity (&check, step->first_day, step->day + 1,
                            activity, n_activity, posts, n_posts);
  spike->activity_ratio = check.best_ratio;

  n_signs = (spike->round_amount > 0) + mr_growth_spike_lost_most (spike);
  if (!check.any_measured)
    spike->verdict = n_signs > 0 ? MR_SPIKE_SUSPICIOUS : MR_SPIKE_UNVERIFIED;
  else if (check.best_ratio >= MR_GROWTH_ACTIVITY_RISE)
    spike->verdict = n_signs > 1 ? MR_SPIKE_SUSPICIOUS : MR_SPIKE_ORGANIC;
  else
    spike->verdict = MR_SPIKE_SUSPICIOUS;

  spike->evidence = mr_growth_describe_gain (spike, &check);

  return spike;
}

static MrSpike *
judge_drop (const Step *step,
            GPtrArray  *spikes)
{
  MrSpike *spike = g_new0 (MrSpike, 1);
  const MrSpike *cause = unexplained_gain_before (spikes, step->day);

  spike->kind = MR_SPIKE_DROP;
  spike->day = step->day;
  spike->n_days = step->day - step->first_day;
  spike->gain = step->after - step->before;
  spike->followers_before = step->before;
  spike->share = (double) -spike->gain / (double) step->before * 100.0;
  spike->activity_ratio = NAN;
  spike->lost_share = NAN;
  /* Activity cannot tell a purge from a wave of unfollows; following a bought-looking
   * gain it is the purge of those accounts. */
  spike->verdict = cause != NULL ? MR_SPIKE_SUSPICIOUS : MR_SPIKE_UNVERIFIED;
  spike->evidence = mr_growth_describe_drop (spike, cause);

  return spike;
}

/* A step across a longer gap cannot date a jump, nor say what a usual day is. */
static gboolean
is_judgeable (const Step *step)
{
  return step->day - step->first_day <= MR_GROWTH_MAX_STEP_DAYS;
}

static gboolean
passes_audience_threshold (gint64 change,
                           gint64 before)
{
  gint64 size = ABS (change);

  return before > 0 && size >= MR_GROWTH_MIN_GAIN
         && (double) size * 100.0 >= MR_GROWTH_MIN_SHARE * (double) before;
}

/* Finds the spikes and drops; returns how many steps could be judged. */
static guint
find_spikes (GPtrArray             *spikes,
             const Point           *points,
             guint                  n_points,
             const MrDailyActivity *activity,
             gsize                  n_activity,
             const MrPostStats     *posts,
             gsize                  n_posts)
{
  g_autofree Step *steps = g_new0 (Step, MAX (n_points, 1));
  double baseline[MR_GROWTH_BASELINE_DAYS];
  double deviations[MR_GROWTH_BASELINE_DAYS];
  guint n_steps = 0;
  guint n_judged = 0;
  guint n_window = 0;
  guint oldest = 0;

  for (guint i = 1; i < n_points; i++)
    {
      Step *step = &steps[n_steps++];

      step->first_day = points[i - 1].day;
      step->day = points[i].day;
      step->before = points[i - 1].followers;
      step->after = points[i].followers;
      step->per_day = (double) (step->after - step->before) / (double) (step->day - step->first_day);
    }

  for (guint k = 0; k < n_steps; k++)
    {
      const Step *step = &steps[k];
      guint n_baseline = 0;
      double usual, spread, margin;

      /* The baseline is the judgeable steps of the MR_GROWTH_BASELINE_DAYS before this
       * one; steps are consecutive, so all before it end by its first day. */
      if (k > 0 && is_judgeable (&steps[k - 1]))
        n_window++;
      for (; steps[oldest].day + MR_GROWTH_BASELINE_DAYS <= step->first_day; oldest++)
        if (is_judgeable (&steps[oldest]))
          n_window--;

      if (!is_judgeable (step) || n_window < MR_GROWTH_MIN_BASELINE_STEPS)
        continue;
      n_judged++;

      /* Most steps are too small to matter whatever the baseline says. */
      if (!passes_audience_threshold (step->after - step->before, step->before))
        continue;

      for (guint j = oldest; j < k; j++)
        if (is_judgeable (&steps[j]))
          baseline[n_baseline++] = steps[j].per_day;

      usual = mr_median (baseline, n_baseline);
      for (guint j = 0; j < n_baseline; j++)
        deviations[j] = fabs (baseline[j] - usual);
      spread = mr_median (deviations, n_baseline);
      spread = MAX (spread, MAX (MR_GROWTH_MAD_FLOOR, MR_GROWTH_MAD_FLOOR_SHARE * fabs (usual)));
      margin = MR_GROWTH_SPIKE_K * spread;

      if (step->per_day > usual + margin)
        g_ptr_array_add (spikes, judge_gain (step, usual, points, n_points, k + 1,
                                             activity, n_activity, posts, n_posts));
      else if (step->per_day < usual - margin)
        g_ptr_array_add (spikes, judge_drop (step, spikes));
    }

  return n_judged;
}

static void
score_spikes (MrGrowth *growth,
              guint     history_days)
{
  guint n_suspicious = 0, n_unverified = 0, n_signs = 0, n_drops = 0, n_organic = 0;
  double score = 100.0;

  for (guint i = 0; i < growth->spikes->len; i++)
    {
      const MrSpike *spike = g_ptr_array_index (growth->spikes, i);

      if (spike->kind == MR_SPIKE_DROP)
        {
          n_drops++;
          score -= PENALTY_DROP;
        }
      else if (spike->verdict == MR_SPIKE_SUSPICIOUS)
        {
          n_suspicious++;
          score -= PENALTY_SUSPICIOUS;
        }
      else if (spike->verdict == MR_SPIKE_UNVERIFIED)
        {
          n_unverified++;
          score -= PENALTY_UNVERIFIED;
        }
      else if (has_sign_of_purchase (spike))
        {
          n_signs++;
          score -= PENALTY_SIGN;
        }
      else
        n_organic++;
    }

  growth->has_score = TRUE;
  growth->score = CLAMP (score, 0.0, 100.0);

  if (n_suspicious > 0)
    growth->score_reason = g_strdup_printf (ngettext ("%u follower jump without the views or engagement to explain it.",
                                                      "%u follower jumps without the views or engagement to explain them.",
                                                      n_suspicious), n_suspicious);
  else if (n_unverified > 0)
    growth->score_reason = g_strdup_printf (ngettext ("%u follower jump that no activity data can confirm.",
                                                      "%u follower jumps that no activity data can confirm.",
                                                      n_unverified), n_unverified);
  else if (n_drops > 0)
    growth->score_reason = g_strdup_printf (ngettext ("%u sudden loss of followers.",
                                                      "%u sudden losses of followers.",
                                                      n_drops), n_drops);
  else if (n_signs > 0)
    growth->score_reason = g_strdup (_("Follower jumps came with more views or engagement, but show a round number or a quick loss."));
  else if (n_organic > 0)
    growth->score_reason = g_strdup_printf (ngettext ("Steady growth; %u jump came with a rise in views or engagement.",
                                                      "Steady growth; %u jumps came with a rise in views or engagement.",
                                                      n_organic), n_organic);
  else
    growth->score_reason = g_strdup_printf (ngettext ("Steady follower growth, no sudden jumps in %u day of history.",
                                                      "Steady follower growth, no sudden jumps in %u days of history.",
                                                      history_days), history_days);
}

MrGrowth *
mr_growth_compute (const MrFollowerDay   *history,
                   gsize                  n_history,
                   const MrDailyActivity *activity,
                   gsize                  n_activity,
                   const MrPostStats     *posts,
                   gsize                  n_posts)
{
  g_autoptr(GArray) points = NULL;
  const Point *p;
  MrGrowth *growth;
  guint history_days = 0;
  guint n_judged;

  g_return_val_if_fail (history != NULL || n_history == 0, NULL);
  g_return_val_if_fail (activity != NULL || n_activity == 0, NULL);
  g_return_val_if_fail (posts != NULL || n_posts == 0, NULL);

  growth = g_new0 (MrGrowth, 1);
  growth->followers = MR_METRIC_UNKNOWN;
  growth->score = NAN;
  growth->spikes = g_ptr_array_new_with_free_func ((GDestroyNotify) spike_free);
  growth->flags = g_ptr_array_new_with_free_func ((GDestroyNotify) mr_flag_free);

  points = known_points (history, n_history);
  p = (const Point *) (gpointer) points->data;

  compute_window (&growth->short_window, MR_GROWTH_SHORT_WINDOW_DAYS, p, points->len);
  compute_window (&growth->long_window, MR_GROWTH_LONG_WINDOW_DAYS, p, points->len);

  if (points->len == 0)
    {
      growth->score_reason = g_strdup (_("No follower history."));
      mr_growth_add_history_flags (growth, 0, 0);
      return growth;
    }

  growth->followers = p[points->len - 1].followers;
  growth->first_day = p[0].day;
  growth->last_day = p[points->len - 1].day;
  history_days = growth->last_day - growth->first_day;

  n_judged = find_spikes (growth->spikes, p, points->len, activity, n_activity, posts, n_posts);

  if (history_days < MR_GROWTH_MIN_SCORE_DAYS)
    growth->score_reason = g_strdup_printf (ngettext ("Only %u day of follower history, too little to judge.",
                                                      "Only %u days of follower history, too little to judge.",
                                                      history_days), history_days);
  else if (n_judged < MR_GROWTH_MIN_JUDGED_STEPS)
    growth->score_reason = g_strdup (_("Follower counts are too far apart to check for sudden jumps."));
  else
    score_spikes (growth, history_days);

  mr_growth_add_spike_flags (growth);
  mr_growth_add_history_flags (growth, history_days, n_judged);

  return growth;
}

void
mr_growth_free (MrGrowth *growth)
{
  if (growth == NULL)
    return;

  g_ptr_array_unref (growth->spikes);
  g_ptr_array_unref (growth->flags);
  g_free (growth->score_reason);
  g_free (growth);
}

/* DESIGN.md §5 knows two verdicts. "Organic" is a claim that needs evidence, so a
 * spike that could not be checked is exported as "suspicious"; its sentence says that
 * the evidence was missing rather than against it. */
const char *
mr_spike_verdict_to_string (MrSpikeVerdict verdict)
{
  switch (verdict)
    {
    case MR_SPIKE_ORGANIC:
      return "organic";
    case MR_SPIKE_SUSPICIOUS:
    case MR_SPIKE_UNVERIFIED:
      return "suspicious";
    default:
      g_return_val_if_reached (NULL);
    }
}
