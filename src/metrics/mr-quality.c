/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-quality"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "mr-engagement.h"
#include "mr-number-format.h"
#include "mr-quality.h"

#define SECONDS_PER_DAY 86400

/* The sub-score: each known part scored by its band, weighted and renormalised over
 * the parts that have a value. Comments weigh most, being the hardest to fake along
 * with the likes. Comments in the usual band score full marks, a lively community
 * slightly less (some of it may be asked for), comments far above or far below the
 * band little; saves, shares and stories only lift or lower the score a bit, as their
 * absence is no sign of fraud. */
#define WEIGHT_COMMENTS 50.0
#define WEIGHT_SAVES    20.0
#define WEIGHT_SHARES   15.0
#define WEIGHT_STORIES  15.0

static double
comments_points (MrQualityBand band)
{
  switch (band)
    {
    case MR_QUALITY_BAND_VERY_LOW:
      return 10.0;
    case MR_QUALITY_BAND_LOW:
      return 60.0;
    case MR_QUALITY_BAND_USUAL:
      return 100.0;
    case MR_QUALITY_BAND_HIGH:
      return 85.0;
    case MR_QUALITY_BAND_VERY_HIGH:
      return 40.0;
    case MR_QUALITY_BAND_NONE:
    default:
      g_assert_not_reached ();
    }
}

static double
extra_points (MrQualityBand band)
{
  switch (band)
    {
    case MR_QUALITY_BAND_LOW:
      return 70.0;
    case MR_QUALITY_BAND_USUAL:
      return 90.0;
    case MR_QUALITY_BAND_HIGH:
      return 100.0;
    default:
      g_assert_not_reached ();
    }
}

static double
story_points (MrQualityBand band)
{
  switch (band)
    {
    case MR_QUALITY_BAND_LOW:
      return 40.0;
    case MR_QUALITY_BAND_USUAL:
      return 70.0;
    case MR_QUALITY_BAND_HIGH:
      return 100.0;
    default:
      g_assert_not_reached ();
    }
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const MrPostStats *p = *(const MrPostStats * const *) a;
  const MrPostStats *q = *(const MrPostStats * const *) b;

  return (p->published_at < q->published_at) - (p->published_at > q->published_at);
}

/* Σ numerator ÷ Σ likes over the posts that know both. */
static void
sum_ratio (MrQualityRatio *ratio,
           GPtrArray      *window,
           gsize           offset)
{
  ratio->value = NAN;
  for (guint i = 0; i < window->len; i++)
    {
      const MrPostStats *post = g_ptr_array_index (window, i);
      gint64 numerator = G_STRUCT_MEMBER (gint64, post, offset);

      if (numerator < 0 || post->likes < 0)
        continue;
      ratio->numerator += numerator;
      ratio->denominator += post->likes;
    }

  if (ratio->denominator < MR_QUALITY_MIN_LIKES)
    return;
  ratio->has_value = TRUE;
  ratio->value = (double) ratio->numerator / (double) ratio->denominator * 100.0;
}

static MrQualityBand
band_for (double value,
          double low,
          double high)
{
  if (value < low)
    return MR_QUALITY_BAND_LOW;
  if (value < high)
    return MR_QUALITY_BAND_USUAL;
  return MR_QUALITY_BAND_HIGH;
}

static void
classify (MrQuality *quality)
{
  MrQualityRatio *comments = &quality->comments_per_like;
  MrQualityRatio *story = &quality->story_completion;

  if (comments->has_value)
    {
      if (comments->value < MR_QUALITY_COMMENTS_VERY_LOW)
        comments->band = MR_QUALITY_BAND_VERY_LOW;
      else if (comments->value < MR_QUALITY_COMMENTS_LOW)
        comments->band = MR_QUALITY_BAND_LOW;
      else if (comments->value <= MR_QUALITY_COMMENTS_HIGH)
        comments->band = MR_QUALITY_BAND_USUAL;
      else if (comments->value <= MR_QUALITY_COMMENTS_VERY_HIGH)
        comments->band = MR_QUALITY_BAND_HIGH;
      else
        comments->band = MR_QUALITY_BAND_VERY_HIGH;
    }
  if (quality->saves_per_like.has_value)
    quality->saves_per_like.band = band_for (quality->saves_per_like.value,
                                             MR_QUALITY_SAVES_LOW, MR_QUALITY_SAVES_HIGH);
  if (quality->shares_per_like.has_value)
    quality->shares_per_like.band = band_for (quality->shares_per_like.value,
                                              MR_QUALITY_SHARES_LOW, MR_QUALITY_SHARES_HIGH);
  /* "Above 70 % is good" (DESIGN.md): 70 itself is not yet. */
  if (story->has_value)
    story->band = story->value < MR_QUALITY_STORY_LOW ? MR_QUALITY_BAND_LOW
                  : story->value > MR_QUALITY_STORY_GOOD ? MR_QUALITY_BAND_HIGH
                  : MR_QUALITY_BAND_USUAL;
}

static void
score (MrQuality *quality)
{
  double total = 0.0, weights = 0.0;

  if (quality->comments_per_like.has_value)
    {
      total += WEIGHT_COMMENTS * comments_points (quality->comments_per_like.band);
      weights += WEIGHT_COMMENTS;
    }
  if (quality->saves_per_like.has_value)
    {
      total += WEIGHT_SAVES * extra_points (quality->saves_per_like.band);
      weights += WEIGHT_SAVES;
    }
  if (quality->shares_per_like.has_value)
    {
      total += WEIGHT_SHARES * extra_points (quality->shares_per_like.band);
      weights += WEIGHT_SHARES;
    }
  if (quality->story_completion.has_value)
    {
      total += WEIGHT_STORIES * story_points (quality->story_completion.band);
      weights += WEIGHT_STORIES;
    }

  if (weights > 0.0)
    {
      quality->has_score = TRUE;
      quality->score = round (total / weights);
    }
}

/* "0.06 %" below one percent, where the second decimal still tells something;
 * "3.2 %" above. */
static char *
format_ratio (double value)
{
  double digits = value < 1.0 ? 100.0 : 10.0;

  return mr_format_percent (round (value * digits) / digits);
}

static char *
describe (const MrQuality *quality)
{
  const MrQualityRatio *comments = &quality->comments_per_like;
  g_autofree char *value = NULL;
  g_autofree char *low = mr_format_decimal (MR_QUALITY_COMMENTS_LOW, 1);
  g_autofree char *high = mr_format_decimal (MR_QUALITY_COMMENTS_HIGH, 1);

  if (quality->n_posts == 0 && quality->has_score)
    return g_strdup_printf (ngettext ("Judged on story completion only: no posts in the last %d day.",
                                      "Judged on story completion only: no posts in the last %d days.",
                                      MR_ENGAGEMENT_WINDOW_DAYS),
                            MR_ENGAGEMENT_WINDOW_DAYS);
  if (quality->n_posts == 0)
    return g_strdup_printf (ngettext ("No posts in the last %d day.", "No posts in the last %d days.",
                                      MR_ENGAGEMENT_WINDOW_DAYS),
                            MR_ENGAGEMENT_WINDOW_DAYS);
  if (!comments->has_value)
    return g_strdup (quality->has_score
                     ? _("Too few likes to compare comments with; judged on saves, shares or story completion.")
                     : _("Too few likes on the recent posts to judge how their engagement is made up."));

  value = format_ratio (comments->value);
  switch (comments->band)
    {
    case MR_QUALITY_BAND_VERY_LOW:
      /* Translators: %s is a percentage ("0.06 %"). */
      return g_strdup_printf (_("Comments are only %s of likes: likes without comments."), value);
    case MR_QUALITY_BAND_LOW:
      /* Translators: a percentage ("0.6 %"), then the usual band ("1" and "5"). */
      return g_strdup_printf (_("Comments are %s of likes, below the usual %s–%s %%."), value, low, high);
    case MR_QUALITY_BAND_USUAL:
      /* Translators: a percentage ("3.2 %"), then the usual band ("1" and "5"). */
      return g_strdup_printf (_("Comments are %s of likes, within the usual %s–%s %%."), value, low, high);
    case MR_QUALITY_BAND_HIGH:
      /* Translators: a percentage ("8 %"), then the usual band ("1" and "5"). */
      return g_strdup_printf (_("Comments are %s of likes, above the usual %s–%s %%: a lively community."), value, low, high);
    case MR_QUALITY_BAND_VERY_HIGH:
      /* Translators: a percentage ("160 %"), then the usual band ("1" and "5"). */
      return g_strdup_printf (_("Comments are %s of likes, far above the usual %s–%s %%."), value, low, high);
    case MR_QUALITY_BAND_NONE:
    default:
      g_assert_not_reached ();
    }
}

static void
add_comment_flags (MrQuality *quality)
{
  const MrQualityRatio *comments = &quality->comments_per_like;
  g_autofree char *value = format_ratio (comments->value);
  g_autofree char *likes = mr_format_count (comments->denominator);
  g_autofree char *count = mr_format_count (comments->numerator);
  g_autofree char *low = mr_format_decimal (MR_QUALITY_COMMENTS_LOW, 1);
  g_autofree char *high = mr_format_decimal (MR_QUALITY_COMMENTS_HIGH, 1);

  switch (comments->band)
    {
    case MR_QUALITY_BAND_VERY_LOW:
      g_ptr_array_add (quality->flags,
                       mr_flag_new_printf ("quality-likes-without-comments", MR_SEVERITY_ALERT,
                                           /* Translators: the likes ("5,000"), the comments ("3"), their
                                            * ratio ("0.06 %") and the usual band ("1" and "5"). */
                                           _("The recent posts got %s likes but only %s comments (%s of likes; usually %s–%s %%). Likes without comments are what bought likes look like: real fans also talk."),
                                           likes, count, value, low, high));
      break;
    case MR_QUALITY_BAND_LOW:
      g_ptr_array_add (quality->flags,
                       mr_flag_new_printf ("quality-comment-ratio-low", MR_SEVERITY_INFO,
                                           /* Translators: a ratio ("0.6 %"), then the usual band ("1" and "5"). */
                                           _("Comments are %s of likes, below the usual %s–%s %%. The audience reacts but rarely talks; read a few comments to see whether they are real."),
                                           value, low, high));
      break;
    case MR_QUALITY_BAND_VERY_HIGH:
      g_ptr_array_add (quality->flags,
                       mr_flag_new_printf ("quality-comment-ratio-high", MR_SEVERITY_WARNING,
                                           /* Translators: a ratio ("160 %"), then the usual band ("1" and "5"). */
                                           _("Comments are %s of likes, far above the usual %s–%s %%. Giveaways (\"comment to win\") and comment pods produce numbers like this; read the comments before trusting the engagement rate."),
                                           value, low, high));
      break;
    default:
      break;
    }
}

static void
add_flags (MrQuality *quality)
{
  if (quality->n_posts == 0)
    {
      g_ptr_array_add (quality->flags,
                       mr_flag_new_printf ("quality-no-posts", MR_SEVERITY_INFO,
                                           /* Translators: %d is a number of days (90). */
                                           ngettext ("No posts from the last %d day are known, so the quality of the engagement cannot be judged.",
                                                     "No posts from the last %d days are known, so the quality of the engagement cannot be judged.",
                                                     MR_ENGAGEMENT_WINDOW_DAYS),
                                           MR_ENGAGEMENT_WINDOW_DAYS));
      return;
    }

  if (quality->comments_per_like.has_value)
    add_comment_flags (quality);
  else
    {
      g_autofree char *likes = mr_format_count (quality->comments_per_like.denominator);
      g_autofree char *needed = mr_format_count (MR_QUALITY_MIN_LIKES);

      g_ptr_array_add (quality->flags,
                       mr_flag_new_printf ("quality-too-few-likes", MR_SEVERITY_INFO,
                                           /* Translators: the likes counted ("40"), then the likes needed ("100"). */
                                           _("The recent posts have only %s likes with known comments; comment, save and share ratios mean something from %s likes on, so they are left out."),
                                           likes, needed));
    }

  if (quality->saves_per_like.band == MR_QUALITY_BAND_HIGH)
    {
      g_autofree char *value = format_ratio (quality->saves_per_like.value);
      g_autofree char *high = mr_format_decimal (MR_QUALITY_SAVES_HIGH, 1);

      g_ptr_array_add (quality->flags,
                       mr_flag_new_printf ("quality-saves-high", MR_SEVERITY_INFO,
                                           /* Translators: a ratio ("14 %"), then the threshold ("10"), as in "10 % or more". */
                                           _("Saves are %s of likes (%s %% or more is strong): people keep these posts to come back to, a sign of useful content."),
                                           value, high));
    }

  if (quality->shares_per_like.band == MR_QUALITY_BAND_HIGH)
    {
      g_autofree char *value = format_ratio (quality->shares_per_like.value);
      g_autofree char *high = mr_format_decimal (MR_QUALITY_SHARES_HIGH, 1);

      g_ptr_array_add (quality->flags,
                       mr_flag_new_printf ("quality-shares-high", MR_SEVERITY_INFO,
                                           /* Translators: a ratio ("7 %"), then the threshold ("5"). */
                                           _("Shares are %s of likes (%s %% or more is strong): the audience passes these posts on, which brings a campaign extra reach."),
                                           value, high));
    }
}

static void
add_story_flags (MrQuality *quality)
{
  const MrQualityRatio *story = &quality->story_completion;
  g_autofree char *value = NULL;
  g_autofree char *good = mr_format_decimal (MR_QUALITY_STORY_GOOD, 1);

  if (!story->has_value || story->band == MR_QUALITY_BAND_USUAL)
    return;

  value = mr_format_percent (round (story->value));
  if (story->band == MR_QUALITY_BAND_HIGH)
    g_ptr_array_add (quality->flags,
                     mr_flag_new_printf ("quality-story-completion-good", MR_SEVERITY_INFO,
                                         /* Translators: a percentage ("78 %"), then the threshold ("70"). */
                                         _("%s of story viewers watch to the end, above the %s %% that counts as good: story placements will be seen."),
                                         value, good));
  else
    g_ptr_array_add (quality->flags,
                     mr_flag_new_printf ("quality-story-completion-low", MR_SEVERITY_WARNING,
                                         /* Translators: a percentage ("40 %"), then the threshold ("70"). */
                                         _("Only %s of story viewers watch to the end (good is above %s %%): a brand shown late in a story would be missed by most."),
                                         value, good));
}

MrQuality *
mr_quality_compute (const MrPostStats *posts,
                    gsize              n_posts,
                    gint64             now,
                    double             story_completion)
{
  g_autoptr(GPtrArray) window = NULL;
  MrQuality *quality;
  gint64 reference = now;
  gint64 oldest;

  g_return_val_if_fail (posts != NULL || n_posts == 0, NULL);
  g_return_val_if_fail (now >= 0, NULL);
  g_return_val_if_fail (isnan (story_completion) || story_completion <= 100.0, NULL);

  quality = g_new0 (MrQuality, 1);
  quality->score = NAN;
  quality->flags = g_ptr_array_new_with_free_func ((GDestroyNotify) mr_flag_free);

  /* The engagement rate's window (mr-engagement.h), so both describe the same posts;
   * like the rate, a "now" of 0 stands for the newest post's time. */
  if (now == 0)
    for (gsize i = 0; i < n_posts; i++)
      reference = MAX (reference, posts[i].published_at);
  oldest = reference - (gint64) MR_ENGAGEMENT_WINDOW_DAYS * SECONDS_PER_DAY;

  window = g_ptr_array_new ();
  for (gsize i = 0; i < n_posts; i++)
    if (posts[i].published_at != 0 && posts[i].published_at <= reference && posts[i].published_at >= oldest)
      g_ptr_array_add (window, (gpointer) &posts[i]);
  g_ptr_array_sort (window, compare_newest_first);
  if (window->len > MR_ENGAGEMENT_MAX_POSTS)
    g_ptr_array_set_size (window, MR_ENGAGEMENT_MAX_POSTS);
  quality->n_posts = window->len;

  sum_ratio (&quality->comments_per_like, window, G_STRUCT_OFFSET (MrPostStats, comments));
  sum_ratio (&quality->saves_per_like, window, G_STRUCT_OFFSET (MrPostStats, saves));
  sum_ratio (&quality->shares_per_like, window, G_STRUCT_OFFSET (MrPostStats, shares));
  quality->story_completion.value = NAN;
  if (!isnan (story_completion) && story_completion >= 0.0)
    {
      quality->story_completion.has_value = TRUE;
      quality->story_completion.value = story_completion;
    }

  classify (quality);
  score (quality);
  quality->score_reason = describe (quality);
  add_flags (quality);
  add_story_flags (quality);

  return quality;
}

void
mr_quality_free (MrQuality *quality)
{
  if (quality == NULL)
    return;

  g_ptr_array_unref (quality->flags);
  g_free (quality->score_reason);
  g_free (quality);
}
