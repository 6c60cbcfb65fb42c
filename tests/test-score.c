/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-score"

#include "config.h"

#include <math.h>

#include "mr-score.h"

/* The vetting score as a marketer reads it: the number, the recommendation, and which
 * parts it rests on. Every figure below is worked out by hand in its comment. */

static void
test_all_components (void)
{
  MrScoreInput input;
  g_autoptr(MrScore) score = NULL;

  mr_score_input_init (&input);
  mr_score_input_set (&input, MR_SCORE_ENGAGEMENT, 80, NULL);
  mr_score_input_set (&input, MR_SCORE_GROWTH, 90, NULL);
  mr_score_input_set (&input, MR_SCORE_QUALITY, 60, NULL);
  mr_score_input_set (&input, MR_SCORE_CONSISTENCY, 50, NULL);
  mr_score_input_set (&input, MR_SCORE_AUDIENCE, 40, NULL);
  mr_score_input_set (&input, MR_SCORE_CHECKLIST, 100, NULL);

  /* (30·80 + 20·90 + 15·60 + 10·50 + 10·40 + 15·100) / 100 = 75.0 */
  score = mr_score_compute (&input);
  g_assert_cmpfloat_with_epsilon (score->score, 75.0, 1e-9);
  g_assert_cmpint (score->recommendation, ==, MR_RECOMMENDATION_RECOMMENDED);
  g_assert_cmpfloat_with_epsilon (score->confidence, 1.0, 1e-9);
  g_assert_null (strstr (score->summary, "Left out"));
  g_assert_nonnull (strstr (score->summary, "75 of 100"));
  mr_score_input_clear (&input);
}

/* A creator with no posts yet: growth from the follower history and the checklist
 * only, and the score says what it lacks. */
static void
test_renormalised (void)
{
  MrScoreInput input;
  g_autoptr(MrScore) score = NULL;

  mr_score_input_init (&input);
  mr_score_input_set (&input, MR_SCORE_GROWTH, 60, "steady growth");
  mr_score_input_set (&input, MR_SCORE_CHECKLIST, 80, NULL);

  /* (20·60 + 15·80) / 35 = 2400 / 35 = 68.571…, shown and judged as 69; the audience
   * does not apply, so the full weight is 90 and 35 of it had data. */
  score = mr_score_compute (&input);
  g_assert_cmpfloat (score->score, ==, 69.0);
  g_assert_cmpfloat (score->values[MR_SCORE_GROWTH], ==, 60.0);
  g_assert_cmpstr (score->reasons[MR_SCORE_GROWTH], ==, "steady growth");
  g_assert_true (isnan (score->values[MR_SCORE_QUALITY]));
  g_assert_cmpint (score->recommendation, ==, MR_RECOMMENDATION_REVIEW);
  g_assert_cmpfloat_with_epsilon (score->confidence, 35.0 / 90.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (score->weights[MR_SCORE_GROWTH], 20.0 / 35.0, 1e-9);
  g_assert_cmpfloat (score->weights[MR_SCORE_ENGAGEMENT], ==, 0.0);
  g_assert_true (score->left_out[MR_SCORE_ENGAGEMENT]);
  g_assert_true (score->left_out[MR_SCORE_QUALITY]);
  g_assert_true (score->left_out[MR_SCORE_CONSISTENCY]);
  g_assert_false (score->left_out[MR_SCORE_AUDIENCE]);
  g_assert_false (score->left_out[MR_SCORE_GROWTH]);

  g_assert_nonnull (strstr (score->summary, "69 of 100"));
  g_assert_nonnull (strstr (score->summary, "engagement against the benchmark"));
  g_assert_nonnull (strstr (score->summary, "engagement quality and posting consistency"));
  g_assert_null (strstr (score->summary, "audience"));
  g_assert_nonnull (strstr (score->summary, "only 39 % of the score’s weight had data"));
  mr_score_input_clear (&input);
}

/* Close to a band's edge, the number shown and the band agree. */
static void
test_rounded_once (void)
{
  MrScoreInput input;
  g_autoptr(MrScore) just_below = NULL;
  g_autoptr(MrScore) just_above = NULL;

  mr_score_input_init (&input);
  /* (30·70 + 20·68.5) / 50 = 69.4: shown as 69, review. */
  mr_score_input_set (&input, MR_SCORE_ENGAGEMENT, 70, NULL);
  mr_score_input_set (&input, MR_SCORE_GROWTH, 68.5, NULL);
  just_below = mr_score_compute (&input);
  g_assert_cmpfloat (just_below->score, ==, 69.0);
  g_assert_cmpint (just_below->recommendation, ==, MR_RECOMMENDATION_REVIEW);

  /* (30·70 + 20·69.5) / 50 = 69.8: shown as 70, recommended. */
  mr_score_input_set (&input, MR_SCORE_GROWTH, 69.5, NULL);
  just_above = mr_score_compute (&input);
  g_assert_cmpfloat (just_above->score, ==, 70.0);
  g_assert_cmpint (just_above->recommendation, ==, MR_RECOMMENDATION_RECOMMENDED);
  g_assert_nonnull (strstr (just_above->summary, "70 of 100"));
  mr_score_input_clear (&input);
}

static void
test_no_data (void)
{
  MrScoreInput input;
  g_autoptr(MrScore) score = NULL;

  mr_score_input_init (&input);
  score = mr_score_compute (&input);
  g_assert_true (isnan (score->score));
  g_assert_cmpint (score->recommendation, ==, MR_RECOMMENDATION_NONE);
  g_assert_null (mr_recommendation_to_string (score->recommendation));
  g_assert_cmpfloat (score->confidence, ==, 0.0);
  g_assert_nonnull (strstr (score->summary, "No score yet"));
}

static void
test_recommendation_bands (void)
{
  g_assert_cmpint (mr_recommendation_for_score (100.0), ==, MR_RECOMMENDATION_RECOMMENDED);
  g_assert_cmpint (mr_recommendation_for_score (70.0), ==, MR_RECOMMENDATION_RECOMMENDED);
  g_assert_cmpint (mr_recommendation_for_score (69.99), ==, MR_RECOMMENDATION_REVIEW);
  g_assert_cmpint (mr_recommendation_for_score (50.0), ==, MR_RECOMMENDATION_REVIEW);
  g_assert_cmpint (mr_recommendation_for_score (49.99), ==, MR_RECOMMENDATION_NOT_RECOMMENDED);
  g_assert_cmpint (mr_recommendation_for_score (0.0), ==, MR_RECOMMENDATION_NOT_RECOMMENDED);

  g_assert_cmpstr (mr_recommendation_to_string (MR_RECOMMENDATION_RECOMMENDED), ==, "recommended");
  g_assert_cmpstr (mr_recommendation_to_string (MR_RECOMMENDATION_REVIEW), ==, "review");
  g_assert_cmpstr (mr_recommendation_to_string (MR_RECOMMENDATION_NOT_RECOMMENDED), ==,
                   "not-recommended");
}

static void
test_engagement_points (void)
{
  /* The points follow the ratio up to twice the typical rate … */
  g_assert_cmpfloat_with_epsilon (mr_score_engagement_component (0.5), 40.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (mr_score_engagement_component (0.75), 55.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (mr_score_engagement_component (1.0), 70.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (mr_score_engagement_component (1.5), 82.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (mr_score_engagement_component (2.0), 95.0, 1e-9);
  /* … but a rate far above it is not praised: where the benchmark flags it (3×) the
   * points are back at "review", and lower beyond. Pods and giveaways look like this. */
  g_assert_cmpfloat_with_epsilon (mr_score_engagement_component (3.0), 60.0, 1e-9);
  g_assert_cmpfloat (mr_score_engagement_component (3.0), <, MR_SCORE_RECOMMENDED_FROM);
  g_assert_cmpfloat_with_epsilon (mr_score_engagement_component (4.0), 55.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (mr_score_engagement_component (10.0), 50.0, 1e-9);
  g_assert_cmpfloat (mr_score_engagement_component (0.0), ==, 0.0);
  g_assert_true (isnan (mr_score_engagement_component (NAN)));
}

static void
test_checklist_points (void)
{
  const int ratings[] = { 5, 4, -1, 3 };
  const int unrated[] = { -1, -1 };

  /* (5 + 4 + 3) / 3 = 4 of 5 = 80; the unrated criterion does not count. */
  g_assert_cmpfloat_with_epsilon (mr_score_checklist_component (ratings, 4), 80.0, 1e-9);
  g_assert_true (isnan (mr_score_checklist_component (unrated, 2)));
  g_assert_true (isnan (mr_score_checklist_component (NULL, 0)));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/score/all-components", test_all_components);
  g_test_add_func ("/score/renormalised", test_renormalised);
  g_test_add_func ("/score/no-data", test_no_data);
  g_test_add_func ("/score/rounded-once", test_rounded_once);
  g_test_add_func ("/score/recommendation-bands", test_recommendation_bands);
  g_test_add_func ("/score/engagement-points", test_engagement_points);
  g_test_add_func ("/score/checklist-points", test_checklist_points);

  return g_test_run ();
}
