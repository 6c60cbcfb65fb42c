/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-consistency"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "mr-consistency.h"
#include "mr-number-format.h"

#define SECONDS_PER_DAY 86400

/* The sub-score weighs how often (40), how regularly (30) and how recently (30) the
 * creator posts. Frequency earns full marks at MR_CONSISTENCY_TARGET_PER_WEEK;
 * regularity from a CV of FULL_CV down to none at NO_CV (well past random posting);
 * recency from a post within FRESH_DAYS down to none at MR_CONSISTENCY_INACTIVE_DAYS. */
#define WEIGHT_FREQUENCY  40.0
#define WEIGHT_REGULARITY 30.0
#define WEIGHT_RECENCY    30.0
#define FULL_CV           MR_CONSISTENCY_REGULAR_CV
#define NO_CV             1.5
#define FRESH_DAYS        7.0

static int
compare_times (gconstpointer a,
               gconstpointer b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

static void
measure_gaps (MrConsistency *consistency,
              GArray        *times)
{
  const gint64 *t = (const gint64 *) (gpointer) times->data;
  guint n_gaps = times->len > 0 ? times->len - 1 : 0;
  double sum = 0.0, squares = 0.0, longest = 0.0, mean;

  if (n_gaps < MR_CONSISTENCY_MIN_GAPS)
    return;

  for (guint i = 1; i < times->len; i++)
    {
      double gap = (double) (t[i] - t[i - 1]) / SECONDS_PER_DAY;

      sum += gap;
      longest = MAX (longest, gap);
    }
  mean = sum / n_gaps;
  for (guint i = 1; i < times->len; i++)
    {
      double gap = (double) (t[i] - t[i - 1]) / SECONDS_PER_DAY;

      squares += (gap - mean) * (gap - mean);
    }

  /* All posts at one moment have no rhythm to judge. */
  if (mean <= 0.0)
    return;

  consistency->mean_gap_days = mean;
  consistency->longest_gap_days = longest;
  consistency->gap_cv = sqrt (squares / n_gaps) / mean;
  if (consistency->gap_cv < MR_CONSISTENCY_REGULAR_CV)
    consistency->regularity = MR_REGULARITY_REGULAR;
  else if (consistency->gap_cv < MR_CONSISTENCY_IRREGULAR_CV)
    consistency->regularity = MR_REGULARITY_UNEVEN;
  else
    consistency->regularity = MR_REGULARITY_IRREGULAR;
}

static void
score (MrConsistency *consistency)
{
  double frequency = MIN (consistency->posts_per_week / MR_CONSISTENCY_TARGET_PER_WEEK, 1.0) * 100.0;
  double recency = CLAMP ((MR_CONSISTENCY_INACTIVE_DAYS - consistency->days_since_last_post)
                          / (MR_CONSISTENCY_INACTIVE_DAYS - FRESH_DAYS), 0.0, 1.0) * 100.0;
  double total = WEIGHT_FREQUENCY * frequency + WEIGHT_RECENCY * recency;
  double weights = WEIGHT_FREQUENCY + WEIGHT_RECENCY;

  if (consistency->regularity != MR_REGULARITY_UNKNOWN)
    {
      total += WEIGHT_REGULARITY * CLAMP ((NO_CV - consistency->gap_cv) / (NO_CV - FULL_CV), 0.0, 1.0) * 100.0;
      weights += WEIGHT_REGULARITY;
    }

  consistency->has_score = TRUE;
  consistency->score = round (total / weights);
}

static char *
describe (const MrConsistency *consistency)
{
  g_autofree char *per_week = mr_format_decimal (consistency->posts_per_week, 1);
  const char *rhythm;

  if (consistency->days_since_last_post >= MR_CONSISTENCY_INACTIVE_DAYS)
    return g_strdup_printf (ngettext ("No post for %d day.", "No post for %d days.",
                                      consistency->days_since_last_post),
                            consistency->days_since_last_post);

  switch (consistency->regularity)
    {
    case MR_REGULARITY_REGULAR:
      rhythm = _("at regular intervals");
      break;
    case MR_REGULARITY_UNEVEN:
      rhythm = _("at uneven intervals");
      break;
    case MR_REGULARITY_IRREGULAR:
      rhythm = _("in bursts with long pauses");
      break;
    case MR_REGULARITY_UNKNOWN:
    default:
      rhythm = _("too few to judge their rhythm");
      break;
    }

  /* Translators: %s is a number of posts such as 2.5, then how regular they are
   * ("at regular intervals"). */
  return g_strdup_printf (_("%s posts a week, %s."), per_week, rhythm);
}

static void
add_flags (MrConsistency *consistency)
{
  gint days = consistency->days_since_last_post;

  if (days >= MR_CONSISTENCY_INACTIVE_DAYS)
    g_ptr_array_add (consistency->flags,
                     mr_flag_new_printf ("consistency-inactive",
                                         days >= MR_CONSISTENCY_DORMANT_DAYS ? MR_SEVERITY_ALERT : MR_SEVERITY_WARNING,
                                         /* Translators: %d is a number of days, at least 30. */
                                         ngettext ("The last post was %d day ago. A campaign needs a creator who is active now, and an account that has gone quiet reaches fewer of its followers.",
                                                   "The last post was %d days ago. A campaign needs a creator who is active now, and an account that has gone quiet reaches fewer of its followers.",
                                                   days),
                                         days));
  else if (consistency->posts_per_week < MR_CONSISTENCY_INFREQUENT_PER_WEEK)
    {
      g_autofree char *per_week = mr_format_decimal (consistency->posts_per_week, 1);

      g_ptr_array_add (consistency->flags,
                       mr_flag_new_printf ("consistency-infrequent", MR_SEVERITY_INFO,
                                           /* Translators: %s is a number of posts such as 0.3, %u a number of days. */
                                           _("Only %s posts a week over the last %u days. With less than one post every two weeks, campaign posts are hard to schedule and the audience sees the creator rarely."),
                                           per_week, consistency->span_days));
    }

  if (consistency->regularity == MR_REGULARITY_IRREGULAR)
    {
      g_autofree char *variation = mr_format_percent (round (consistency->gap_cv * 100.0));
      g_autofree char *longest = mr_format_decimal (consistency->longest_gap_days, 0);

      g_ptr_array_add (consistency->flags,
                       mr_flag_new_printf ("consistency-irregular", MR_SEVERITY_INFO,
                                           /* Translators: %s is a percentage ("130 %"), then a number of days. */
                                           _("Posts come in bursts with long pauses: the time between posts varies by %s of its average, and the longest pause was %s days. Agree on posting dates in the brief."),
                                           variation, longest));
    }
}

MrConsistency *
mr_consistency_compute (const MrPostStats *posts,
                        gsize              n_posts,
                        gint64             now)
{
  g_autoptr(GArray) times = NULL;
  MrConsistency *consistency;
  gint64 window_start = now - (gint64) MR_CONSISTENCY_WINDOW_DAYS * SECONDS_PER_DAY;
  gint64 oldest = G_MAXINT64, newest = G_MININT64;
  gint64 span;

  g_return_val_if_fail (posts != NULL || n_posts == 0, NULL);
  g_return_val_if_fail (now > 0, NULL);

  consistency = g_new0 (MrConsistency, 1);
  consistency->posts_per_week = NAN;
  consistency->gap_cv = NAN;
  consistency->mean_gap_days = NAN;
  consistency->longest_gap_days = NAN;
  consistency->days_since_last_post = MR_METRIC_UNKNOWN;
  consistency->score = NAN;
  consistency->flags = g_ptr_array_new_with_free_func ((GDestroyNotify) mr_flag_free);

  times = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (gsize i = 0; i < n_posts; i++)
    {
      gint64 t = posts[i].published_at;

      if (t <= 0 || t > now)
        continue;
      oldest = MIN (oldest, t);
      newest = MAX (newest, t);
      if (t >= window_start)
        g_array_append_val (times, t);
    }

  if (newest == G_MININT64)
    {
      consistency->score_reason = g_strdup (_("No dated posts."));
      g_ptr_array_add (consistency->flags,
                       mr_flag_new ("consistency-no-posts", MR_SEVERITY_INFO,
                                    _("No posts with a publication date are known, so how often and how regularly the creator posts cannot be judged.")));
      return consistency;
    }

  g_array_sort (times, compare_times);
  span = CLAMP (now - oldest,
                (gint64) MR_CONSISTENCY_MIN_SPAN_DAYS * SECONDS_PER_DAY,
                (gint64) MR_CONSISTENCY_WINDOW_DAYS * SECONDS_PER_DAY);

  consistency->n_posts = times->len;
  consistency->span_days = (guint) (span / SECONDS_PER_DAY);
  consistency->posts_per_week = times->len / ((double) span / SECONDS_PER_DAY / 7.0);
  consistency->days_since_last_post = (gint) ((now - newest) / SECONDS_PER_DAY);
  measure_gaps (consistency, times);

  score (consistency);
  consistency->score_reason = describe (consistency);
  add_flags (consistency);

  return consistency;
}

void
mr_consistency_free (MrConsistency *consistency)
{
  if (consistency == NULL)
    return;

  g_ptr_array_unref (consistency->flags);
  g_free (consistency->score_reason);
  g_free (consistency);
}
