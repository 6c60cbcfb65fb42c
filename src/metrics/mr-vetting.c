/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-vetting"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "mr-vetting.h"

void
mr_vetting_input_init (MrVettingInput *input)
{
  g_return_if_fail (input != NULL);

  *input = (MrVettingInput) {
    .platform = MR_PLATFORM_OTHER,
    .followers = MR_METRIC_UNKNOWN,
    .roster_avg_likes = NAN,
    .roster_avg_comments = NAN,
    .story_completion = NAN,
    .audience_match = NAN,
  };
}

static MrEngagement *
compute_engagement (const MrVettingInput *input)
{
  MrEngagementBasis basis = mr_engagement_primary_basis (input->platform);
  MrEngagement *engagement;

  /* The posts themselves when there are any; a roster row's averages otherwise. The
   * window ends at the newest post: exports are often weeks old when they arrive. */
  engagement = mr_engagement_for_posts (input->posts, input->n_posts, input->followers,
                                        basis, FALSE, 0);
  if (engagement->has_value || input->n_posts > 0 ||
      isnan (input->roster_avg_likes) || isnan (input->roster_avg_comments))
    return engagement;

  mr_engagement_free (engagement);
  return mr_engagement_for_averages (input->roster_avg_likes, input->roster_avg_comments,
                                     input->followers);
}

static gint64
newest_post_time (const MrVettingInput *input)
{
  gint64 newest = 0;

  for (gsize i = 0; i < input->n_posts; i++)
    newest = MAX (newest, input->posts[i].published_at);

  return newest;
}

static void
take_flags (GPtrArray *into,
            GPtrArray *from)
{
  for (guint i = 0; from != NULL && i < from->len; i++)
    {
      const MrFlag *flag = g_ptr_array_index (from, i);

      g_ptr_array_add (into, mr_flag_new (flag->code, flag->severity, flag->message));
    }
}

static int
by_severity (gconstpointer a,
             gconstpointer b)
{
  const MrFlag *flag_a = *(const MrFlag * const *) a;
  const MrFlag *flag_b = *(const MrFlag * const *) b;

  return (int) flag_b->severity - (int) flag_a->severity;
}

static void
score (MrVetting            *vetting,
       const MrVettingInput *input)
{
  MrScoreInput score_input;

  mr_score_input_init (&score_input);
  if (vetting->benchmark->has_ratio)
    mr_score_input_set (&score_input, MR_SCORE_ENGAGEMENT,
                        mr_score_engagement_component (vetting->benchmark->ratio),
                        vetting->benchmark->sentence);
  if (vetting->growth->has_score)
    mr_score_input_set (&score_input, MR_SCORE_GROWTH, vetting->growth->score,
                        vetting->growth->score_reason);
  if (vetting->quality->has_score)
    mr_score_input_set (&score_input, MR_SCORE_QUALITY, vetting->quality->score,
                        vetting->quality->score_reason);
  if (vetting->consistency->has_score)
    mr_score_input_set (&score_input, MR_SCORE_CONSISTENCY, vetting->consistency->score,
                        vetting->consistency->score_reason);
  if (!isnan (input->audience_match))
    mr_score_input_set (&score_input, MR_SCORE_AUDIENCE, CLAMP (input->audience_match, 0, 100),
                        NULL);
  mr_score_input_set (&score_input, MR_SCORE_CHECKLIST,
                      mr_score_checklist_component (input->checklist, input->n_checklist),
                      NULL);

  vetting->score = mr_score_compute (&score_input);
  mr_score_input_clear (&score_input);
}

MrVetting *
mr_vetting_compute (const MrVettingInput    *input,
                    const MrVettingSettings *settings)
{
  MrVetting *vetting;
  MrTier table_tier;
  gint64 newest_post, today;
  double story_completion;

  g_return_val_if_fail (input != NULL, NULL);
  g_return_val_if_fail (settings != NULL, NULL);
  g_return_val_if_fail (settings->benchmarks != NULL, NULL);

  /* Quality uses the engagement rate's window, which ends at the newest post; the days
   * since the last post count to today. */
  newest_post = newest_post_time (input);
  /* A completion outside 0–100 % is a broken figure, not one to judge. */
  story_completion = input->story_completion >= 0.0 && input->story_completion <= 100.0
                     ? input->story_completion : NAN;
  today = input->now > 0 ? input->now : MAX (newest_post, 1);

  vetting = g_atomic_rc_box_new0 (MrVetting);
  vetting->platform = input->platform;
  vetting->followers = input->followers;
  /* The chosen scheme names the tier; benchmarks and price ranges belong to the seeds'
   * own tiers, so a different naming never moves a benchmark or a price. */
  vetting->tier = mr_tier_for_followers (settings->tier_scheme, input->platform, input->followers);
  table_tier = mr_tier_for_followers (MR_TIER_SCHEME_DEFAULT, input->platform, input->followers);
  vetting->engagement = compute_engagement (input);
  vetting->benchmark = mr_benchmarks_compare (settings->benchmarks, input->platform,
                                              table_tier, vetting->engagement);
  vetting->growth = mr_growth_compute (input->history, input->n_history,
                                       input->activity, input->n_activity,
                                       input->posts, input->n_posts);
  vetting->consistency = mr_consistency_compute (input->posts, input->n_posts, today);
  vetting->quality = mr_quality_compute (input->posts, input->n_posts,
                                         newest_post > 0 ? newest_post : today,
                                         story_completion);
  vetting->price = mr_price_estimate (input->platform, table_tier, input->followers,
                                      settings->currency != NULL ? settings->currency
                                                                 : MR_PRICE_DEFAULT_CURRENCY);
  vetting->cpe = NAN;
  vetting->has_cpe = mr_price_estimate_get_cpe (vetting->price, vetting->engagement,
                                                &vetting->cpe);
  score (vetting, input);

  vetting->flags = g_ptr_array_new_with_free_func ((GDestroyNotify) mr_flag_free);
  if (vetting->benchmark->flag != NULL)
    g_ptr_array_add (vetting->flags, mr_flag_new (vetting->benchmark->flag->code,
                                                  vetting->benchmark->flag->severity,
                                                  vetting->benchmark->flag->message));
  take_flags (vetting->flags, vetting->growth->flags);
  take_flags (vetting->flags, vetting->quality->flags);
  take_flags (vetting->flags, vetting->consistency->flags);
  /* Stable: flags of one severity keep the order of the parts above. */
  g_ptr_array_sort (vetting->flags, by_severity);

  return vetting;
}

MrVetting *
mr_vetting_ref (MrVetting *vetting)
{
  g_return_val_if_fail (vetting != NULL, NULL);

  return g_atomic_rc_box_acquire (vetting);
}

static void
mr_vetting_clear (MrVetting *vetting)
{
  g_clear_pointer (&vetting->engagement, mr_engagement_free);
  g_clear_pointer (&vetting->benchmark, mr_benchmark_comparison_free);
  g_clear_pointer (&vetting->growth, mr_growth_free);
  g_clear_pointer (&vetting->consistency, mr_consistency_free);
  g_clear_pointer (&vetting->quality, mr_quality_free);
  g_clear_pointer (&vetting->price, mr_price_estimate_free);
  g_clear_pointer (&vetting->score, mr_score_free);
  g_clear_pointer (&vetting->flags, g_ptr_array_unref);
}

void
mr_vetting_unref (MrVetting *vetting)
{
  g_return_if_fail (vetting != NULL);

  g_atomic_rc_box_release_full (vetting, (GDestroyNotify) mr_vetting_clear);
}

/* Why a component of the score had no data: the part's own sentence where it has one. */
const char *
mr_vetting_get_left_out_reason (const MrVetting  *vetting,
                                MrScoreComponent  component)
{
  g_return_val_if_fail (vetting != NULL, NULL);

  switch (component)
    {
    case MR_SCORE_ENGAGEMENT:
      return vetting->benchmark->sentence;
    case MR_SCORE_GROWTH:
      return vetting->growth->score_reason;
    case MR_SCORE_QUALITY:
      return vetting->quality->score_reason;
    case MR_SCORE_CONSISTENCY:
      return vetting->consistency->score_reason;
    case MR_SCORE_CHECKLIST:
      return _("No criterion of the checklist is rated yet.");
    case MR_SCORE_AUDIENCE:
    case MR_N_SCORE_COMPONENTS:
    default:
      return NULL;
    }
}
