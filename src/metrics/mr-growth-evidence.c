/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-growth-evidence"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "mr-growth-private.h"
#include "mr-number-format.h"

/* The activity around a spike against its usual level, and the sentences that say
 * what was seen. */

static gint64
daily_value (const MrDailyActivity *day,
             MrGrowthEvidence       evidence)
{
  const gint64 parts[] = { day->likes, day->comments, day->shares };
  gint64 sum = MR_METRIC_UNKNOWN;

  switch (evidence)
    {
    case MR_GROWTH_EVIDENCE_VIEWS:
      return day->views;
    case MR_GROWTH_EVIDENCE_PROFILE_VIEWS:
      return day->profile_views;
    case MR_GROWTH_EVIDENCE_ENGAGEMENT:
      for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
        if (parts[i] >= 0)
          sum = MAX (sum, 0) + parts[i];
      return sum;
    case MR_GROWTH_EVIDENCE_POSTS:
    case MR_GROWTH_N_EVIDENCE:
    default:
      g_assert_not_reached ();
    }
}

/* The day's peak within [from, to] against the median of the baseline days before. */
static void
check_daily (MrGrowthActivity      *check,
             MrGrowthEvidence       evidence,
             guint32                from_day,
             guint32                to_day,
             const MrDailyActivity *activity,
             gsize                  n_activity)
{
  double baseline[MR_GROWTH_BASELINE_DAYS];
  guint n_baseline = 0;
  gint64 peak = MR_METRIC_UNKNOWN;

  for (gsize i = 0; i < n_activity; i++)
    {
      gint64 value = daily_value (&activity[i], evidence);
      guint32 day = activity[i].day;

      if (value < 0)
        continue;
      if (day >= from_day && day <= to_day)
        peak = MAX (peak, value);
      else if (day < from_day && day + MR_GROWTH_BASELINE_DAYS >= from_day
               && n_baseline < G_N_ELEMENTS (baseline))
        baseline[n_baseline++] = value;
    }

  if (peak < 0 || n_baseline < MR_GROWTH_MIN_BASELINE_STEPS)
    return;

  /* A usual level of zero still makes any activity a rise, without dividing by it. */
  check->measured[evidence] = TRUE;
  check->ratio[evidence] = (double) peak / MAX (mr_median (baseline, n_baseline), 1.0);
}

static guint32
unix_epoch_day (void)
{
  GDate epoch;

  g_date_clear (&epoch, 1);
  g_date_set_dmy (&epoch, 1, G_DATE_JANUARY, 1970);
  return g_date_get_julian (&epoch);
}

/* The UTC day of a post, 0 when its time is not known. */
static guint32
post_day (guint32 epoch_day,
          gint64  published_at)
{
  return published_at > 0 ? epoch_day + (guint32) (published_at / 86400) : 0;
}

static gint64
post_interactions (const MrPostStats *post)
{
  const gint64 parts[] = { post->likes, post->comments, post->shares, post->saves };
  gint64 sum = MR_METRIC_UNKNOWN;

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (parts[i] >= 0)
      sum = MAX (sum, 0) + parts[i];
  return sum;
}

/* The best post published in [from − MR_GROWTH_POST_LEAD_DAYS, to] (a post brings
 * followers for days after it appears) against the median post of the
 * MR_GROWTH_POST_BASELINE_DAYS before, on views where both are known, else on
 * interactions. With enough earlier posts to compare, no post in those days counts as
 * no rise: the posts were known to be measured and nothing stood out. */
static void
check_posts (MrGrowthActivity  *check,
             guint32            from_day,
             guint32            to_day,
             const MrPostStats *posts,
             gsize              n_posts)
{
  g_autofree double *views = g_new (double, MAX (n_posts, 1));
  g_autofree double *interactions = g_new (double, MAX (n_posts, 1));
  guint n_views = 0, n_interactions = 0;
  double usual_views = 0.0, usual_interactions = 0.0;
  gboolean by_views, by_interactions;
  guint32 epoch_day = unix_epoch_day ();
  guint32 first_day = from_day > MR_GROWTH_POST_LEAD_DAYS ? from_day - MR_GROWTH_POST_LEAD_DAYS : 1;
  double best = 0.0;

  for (gsize i = 0; i < n_posts; i++)
    {
      guint32 day = post_day (epoch_day, posts[i].published_at);

      if (day == 0 || day >= first_day || day + MR_GROWTH_POST_BASELINE_DAYS < first_day)
        continue;
      if (posts[i].views >= 0)
        views[n_views++] = posts[i].views;
      if (post_interactions (&posts[i]) >= 0)
        interactions[n_interactions++] = post_interactions (&posts[i]);
    }

  by_views = n_views >= MR_GROWTH_MIN_BASELINE_POSTS;
  by_interactions = n_interactions >= MR_GROWTH_MIN_BASELINE_POSTS;
  if (!by_views && !by_interactions)
    return;
  if (by_views)
    usual_views = MAX (mr_median (views, n_views), 1.0);
  if (by_interactions)
    usual_interactions = MAX (mr_median (interactions, n_interactions), 1.0);

  check->measured[MR_GROWTH_EVIDENCE_POSTS] = TRUE;
  check->posts_on_views = by_views;

  for (gsize i = 0; i < n_posts; i++)
    {
      guint32 day = post_day (epoch_day, posts[i].published_at);
      double ratio;

      if (day < first_day || day > to_day)
        continue;
      if (by_views && posts[i].views >= 0)
        ratio = posts[i].views / usual_views;
      else if (by_interactions && post_interactions (&posts[i]) >= 0)
        ratio = post_interactions (&posts[i]) / usual_interactions;
      else
        continue;

      if (ratio > best)
        {
          best = ratio;
          check->posts_on_views = by_views && posts[i].views >= 0;
        }
    }
  check->ratio[MR_GROWTH_EVIDENCE_POSTS] = best;
}

void
mr_growth_check_activity (MrGrowthActivity      *check,
                          guint32                from_day,
                          guint32                to_day,
                          const MrDailyActivity *activity,
                          gsize                  n_activity,
                          const MrPostStats     *posts,
                          gsize                  n_posts)
{
  memset (check, 0, sizeof *check);
  check->best_ratio = NAN;

  check_daily (check, MR_GROWTH_EVIDENCE_VIEWS, from_day, to_day, activity, n_activity);
  check_daily (check, MR_GROWTH_EVIDENCE_PROFILE_VIEWS, from_day, to_day, activity, n_activity);
  check_daily (check, MR_GROWTH_EVIDENCE_ENGAGEMENT, from_day, to_day, activity, n_activity);
  check_posts (check, from_day, to_day, posts, n_posts);

  for (guint e = 0; e < MR_GROWTH_N_EVIDENCE; e++)
    {
      if (!check->measured[e])
        continue;
      if (!check->any_measured || check->ratio[e] > check->best_ratio)
        {
          check->best_ratio = check->ratio[e];
          check->best = e;
        }
      check->any_measured = TRUE;
    }
}

/* "On 3 March 2025" or, across a gap in the history, "Between 1 March 2025 and …". */
static char *
describe_when (const MrSpike *spike)
{
  g_autofree char *day = mr_format_day (spike->day, TRUE);
  g_autofree char *first = NULL;

  if (spike->n_days <= 1)
    /* Translators: starts a sentence; %s is a date such as "3 March 2025". */
    return g_strdup_printf (_("On %s"), day);

  first = mr_format_day (spike->day - spike->n_days, TRUE);
  /* Translators: starts a sentence; both %s are dates such as "3 March 2025". */
  return g_strdup_printf (_("Between %s and %s"), first, day);
}

static char *
format_share (double share)
{
  return mr_format_percent (round (share * 10.0) / 10.0);
}

static char *
describe_rise (const MrGrowthActivity *check)
{
  g_autofree char *times = mr_format_decimal (check->best_ratio, 1);

  switch (check->best)
    {
    case MR_GROWTH_EVIDENCE_VIEWS:
      /* Translators: %s is a factor such as 4.1. */
      return g_strdup_printf (_("views rose to %s times their usual level"), times);
    case MR_GROWTH_EVIDENCE_PROFILE_VIEWS:
      /* Translators: %s is a factor such as 4.1. */
      return g_strdup_printf (_("profile views rose to %s times their usual level"), times);
    case MR_GROWTH_EVIDENCE_ENGAGEMENT:
      /* Translators: %s is a factor such as 4.1. */
      return g_strdup_printf (_("likes, comments and shares rose to %s times their usual level"), times);
    case MR_GROWTH_EVIDENCE_POSTS:
      if (check->posts_on_views)
        /* Translators: %s is a factor such as 4.1. */
        return g_strdup_printf (_("a post from those days drew %s times the usual views"), times);
      /* Translators: %s is a factor such as 4.1. */
      return g_strdup_printf (_("a post from those days drew %s times the usual engagement"), times);
    case MR_GROWTH_N_EVIDENCE:
    default:
      g_assert_not_reached ();
    }
}

/* "views, profile views and engagement": the activity that was measured. */
static char *
list_measured (const MrGrowthActivity *check)
{
  const char *nouns[MR_GROWTH_N_EVIDENCE];
  guint n = 0;

  for (guint e = 0; e < MR_GROWTH_N_EVIDENCE; e++)
    {
      if (!check->measured[e])
        continue;
      switch (e)
        {
        case MR_GROWTH_EVIDENCE_VIEWS:
          nouns[n++] = C_("activity", "views");
          break;
        case MR_GROWTH_EVIDENCE_PROFILE_VIEWS:
          nouns[n++] = C_("activity", "profile views");
          break;
        case MR_GROWTH_EVIDENCE_ENGAGEMENT:
          nouns[n++] = C_("activity", "engagement");
          break;
        default:
          nouns[n++] = C_("activity", "posts");
          break;
        }
    }

  switch (n)
    {
    case 1:
      return g_strdup (nouns[0]);
    case 2:
      /* Translators: a list of two kinds of activity, such as "views and posts". */
      return g_strdup_printf (_("%s and %s"), nouns[0], nouns[1]);
    case 3:
      /* Translators: a list of three kinds of activity. */
      return g_strdup_printf (_("%s, %s and %s"), nouns[0], nouns[1], nouns[2]);
    case 4:
      /* Translators: a list of four kinds of activity. */
      return g_strdup_printf (_("%s, %s, %s and %s"), nouns[0], nouns[1], nouns[2], nouns[3]);
    default:
      g_assert_not_reached ();
    }
}

char *
mr_growth_describe_gain (const MrSpike          *spike,
                         const MrGrowthActivity *check)
{
  g_autofree char *when = describe_when (spike);
  g_autofree char *gain = mr_format_count (spike->gain);
  g_autofree char *share = format_share (spike->share);
  gboolean rose = check->any_measured && check->best_ratio >= MR_GROWTH_ACTIVITY_RISE;
  GString *text = g_string_new (NULL);

  if (rose)
    {
      g_autofree char *rise = describe_rise (check);

      if (spike->verdict == MR_SPIKE_ORGANIC)
        /* Translators: the first %s says when ("On 3 March 2025"), then the followers
         * gained ("4,200"), their share of the audience ("8.4 %") and what rose with them
         * ("views rose to 4.1 times their usual level"). */
        g_string_append_printf (text, _("%s, followers rose by %s (%s of the audience) while %s: growth like this follows content that reached new people."),
                                when, gain, share, rise);
      else
        /* Translators: as "%s, followers rose by %s (%s of the audience) while %s: …"
         * without the conclusion, which follows in the next sentences. */
        g_string_append_printf (text, _("%s, followers rose by %s (%s of the audience) while %s."),
                                when, gain, share, rise);
    }
  else if (check->any_measured)
    {
      g_autofree char *flat = list_measured (check);

      /* Translators: the first %s says when ("On 3 March 2025"), then the followers
       * gained ("4,200"), their share of the audience ("8.4 %") and the activity that
       * was checked ("views and profile views"). */
      g_string_append_printf (text, _("%s, followers rose by %s (%s of the audience) while %s did not rise: bought followers look like this."),
                              when, gain, share, flat);
    }
  else
    /* Translators: the first %s says when ("On 3 March 2025"), then the followers gained
     * ("4,200") and their share of the audience ("8.4 %"). */
    g_string_append_printf (text, _("%s, followers rose by %s (%s of the audience), but there are no views, profile views or posts from around those days to check it against: without that evidence it is not called organic."),
                            when, gain, share);

  if (spike->round_amount > 0)
    {
      g_autofree char *amount = mr_format_count (spike->round_amount);

      g_string_append_c (text, ' ');
      /* Translators: %s is a number of followers such as 5,000. */
      g_string_append_printf (text, _("The jump comes to a round %s followers, the size in which bought followers are sold."),
                              amount);
    }

  if (mr_growth_spike_lost_most (spike))
    {
      g_autofree char *lost = format_share (spike->lost_share);

      g_string_append_c (text, ' ');
      /* Translators: %s is a share of the gain ("62 %"), %u a number of days. */
      g_string_append_printf (text, ngettext ("%s of the gain was gone again %u day later, as happens when bought accounts are removed or stop following.",
                                              "%s of the gain was gone again %u days later, as happens when bought accounts are removed or stop following.",
                                              spike->lost_after_days),
                              lost, spike->lost_after_days);
    }

  if (rose && spike->verdict != MR_SPIKE_ORGANIC)
    {
      g_string_append_c (text, ' ');
      g_string_append (text, _("Real attention does not explain a round jump that disappears again: bought followers may have been added on top."));
    }

  return g_string_free (text, FALSE);
}

char *
mr_growth_describe_drop (const MrSpike *spike,
                         const MrSpike *cause)
{
  g_autofree char *when = describe_when (spike);
  g_autofree char *loss = mr_format_count (-spike->gain);
  g_autofree char *share = format_share (spike->share);
  GString *text = g_string_new (NULL);

  /* Translators: the first %s says when ("On 3 March 2025"), then the followers lost
   * ("1,500") and their share of the audience ("5 %"). */
  g_string_append_printf (text, _("%s, followers fell by %s (%s of the audience)."), when, loss, share);
  g_string_append_c (text, ' ');

  if (cause != NULL)
    {
      g_autofree char *cause_day = mr_format_day (cause->day, TRUE);

      /* Translators: %s is a date such as "3 March 2025". */
      g_string_append_printf (text, _("It follows the jump of %s that activity did not explain: platforms remove bought and fake accounts in purges like this."),
                              cause_day);
    }
  else
    g_string_append (text, _("Platforms remove fake and inactive accounts in purges like this; a loss this size can also follow a controversy."));

  return g_string_free (text, FALSE);
}

static void
add_sign_flags (MrGrowth      *growth,
                const MrSpike *spike)
{
  g_autofree char *day = mr_format_day (spike->day, TRUE);

  if (spike->round_amount > 0)
    {
      g_autofree char *amount = mr_format_count (spike->round_amount);

      g_ptr_array_add (growth->flags,
                       mr_flag_new_printf ("growth-round-number", MR_SEVERITY_WARNING,
                                           /* Translators: %s is a date ("3 March 2025"), then a number of followers ("5,000"). */
                                           _("On %s the follower count jumped by a round %s. Bought followers are sold in round packages, so a jump like this deserves a closer look."),
                                           day, amount));
    }

  if (mr_growth_spike_lost_most (spike))
    {
      g_autofree char *gain = mr_format_count (spike->gain);
      g_autofree char *lost = mr_format_count (llround (spike->gain * spike->lost_share / 100.0));

      g_ptr_array_add (growth->flags,
                       mr_flag_new_printf ("growth-gain-then-loss", MR_SEVERITY_WARNING,
                                           /* Translators: the followers gained ("3,000"), a date, the followers
                                            * gone again ("2,800") and a number of days. */
                                           ngettext ("Of the %s followers gained on %s, %s were gone again %u day later. Bought accounts are often removed or stop following within weeks, so the real audience is smaller than the jump suggested.",
                                                     "Of the %s followers gained on %s, %s were gone again %u days later. Bought accounts are often removed or stop following within weeks, so the real audience is smaller than the jump suggested.",
                                                     spike->lost_after_days),
                                           gain, day, lost, spike->lost_after_days));
    }
}

void
mr_growth_add_spike_flags (MrGrowth *growth)
{
  for (guint i = 0; i < growth->spikes->len; i++)
    {
      const MrSpike *spike = g_ptr_array_index (growth->spikes, i);

      if (spike->kind == MR_SPIKE_DROP)
        {
          g_ptr_array_add (growth->flags, mr_flag_new ("growth-drop", MR_SEVERITY_WARNING, spike->evidence));
          continue;
        }

      switch (spike->verdict)
        {
        case MR_SPIKE_ORGANIC:
          g_ptr_array_add (growth->flags, mr_flag_new ("growth-spike-organic", MR_SEVERITY_INFO, spike->evidence));
          break;
        case MR_SPIKE_SUSPICIOUS:
          g_ptr_array_add (growth->flags, mr_flag_new ("growth-spike-suspicious", MR_SEVERITY_ALERT, spike->evidence));
          break;
        case MR_SPIKE_UNVERIFIED:
          g_ptr_array_add (growth->flags, mr_flag_new ("growth-spike-unverified", MR_SEVERITY_WARNING, spike->evidence));
          break;
        default:
          g_assert_not_reached ();
        }
      add_sign_flags (growth, spike);
    }
}

void
mr_growth_add_history_flags (MrGrowth *growth,
                             guint     history_days,
                             guint     n_judged)
{
  if (growth->last_day == 0)
    {
      g_ptr_array_add (growth->flags,
                       mr_flag_new ("growth-history-missing", MR_SEVERITY_INFO,
                                    _("There is no follower history yet, so growth and sudden jumps cannot be judged. Import the creator's follower statistics to check them.")));
      return;
    }

  if (history_days < MR_GROWTH_SHORT_WINDOW_DAYS)
    g_ptr_array_add (growth->flags,
                     mr_flag_new_printf ("growth-history-short", MR_SEVERITY_INFO,
                                         /* Translators: %u is a number of days. */
                                         ngettext ("The follower history spans only %u day: growth over 3 months needs 90 days, and jumps before the history began cannot be checked.",
                                                   "The follower history spans only %u days: growth over 3 months needs 90 days, and jumps before the history began cannot be checked.",
                                                   history_days),
                                         history_days));

  if (history_days >= MR_GROWTH_MIN_SCORE_DAYS && n_judged < MR_GROWTH_MIN_JUDGED_STEPS)
    g_ptr_array_add (growth->flags,
                     mr_flag_new ("growth-history-sparse", MR_SEVERITY_INFO,
                                  _("The follower counts are too far apart to date sudden jumps: checking them needs a count for every day or two.")));
}
