/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-score"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "mr-number-format.h"
#include "mr-score.h"

/* The weights say what matters most when vetting a creator: whether people engage
 * (30), whether the audience is real (20), whether the engagement looks genuine (15),
 * the marketer's own judgement of what numbers cannot see (15), steady posting (10)
 * and, for a campaign, whether the audience is the one wanted (10). */
static const double component_weights[MR_N_SCORE_COMPONENTS] = {
  [MR_SCORE_ENGAGEMENT] = 30.0,
  [MR_SCORE_GROWTH] = 20.0,
  [MR_SCORE_QUALITY] = 15.0,
  [MR_SCORE_CONSISTENCY] = 10.0,
  [MR_SCORE_AUDIENCE] = 10.0,
  [MR_SCORE_CHECKLIST] = 15.0,
};

double
mr_score_component_weight (MrScoreComponent component)
{
  g_return_val_if_fail (component < MR_N_SCORE_COMPONENTS, 0.0);

  return component_weights[component];
}

const char *
mr_score_component_get_label (MrScoreComponent component)
{
  switch (component)
    {
    case MR_SCORE_ENGAGEMENT:
      return C_("score component", "engagement against the benchmark");
    case MR_SCORE_GROWTH:
      return C_("score component", "growth authenticity");
    case MR_SCORE_QUALITY:
      return C_("score component", "engagement quality");
    case MR_SCORE_CONSISTENCY:
      return C_("score component", "posting consistency");
    case MR_SCORE_AUDIENCE:
      return C_("score component", "audience match");
    case MR_SCORE_CHECKLIST:
      return C_("score component", "manual checklist");
    case MR_N_SCORE_COMPONENTS:
    default:
      g_return_val_if_reached (NULL);
    }
}

void
mr_score_input_init (MrScoreInput *input)
{
  g_return_if_fail (input != NULL);

  for (guint i = 0; i < MR_N_SCORE_COMPONENTS; i++)
    {
      input->values[i] = NAN;
      input->reasons[i] = NULL;
    }
}

void
mr_score_input_clear (MrScoreInput *input)
{
  g_return_if_fail (input != NULL);

  for (guint i = 0; i < MR_N_SCORE_COMPONENTS; i++)
    g_clear_pointer (&input->reasons[i], g_free);
  mr_score_input_init (input);
}

void
mr_score_input_set (MrScoreInput     *input,
                    MrScoreComponent  component,
                    double            value,
                    const char       *reason)
{
  g_return_if_fail (input != NULL);
  g_return_if_fail (component < MR_N_SCORE_COMPONENTS);
  g_return_if_fail (isnan (value) || (value >= 0.0 && value <= 100.0));

  input->values[component] = value;
  g_free (input->reasons[component]);
  input->reasons[component] = g_strdup (reason);
}

/* Points for the engagement rate's ratio to the typical rate of the creator's platform
 * and tier: half the typical rate is weak (40), the typical rate is good (70), twice it
 * is excellent (95). From three times the rate (where the benchmark flags it for review)
 * it is more often bought or pooled than earned, so the points are back at "review"
 * (60) there and sink to 50 at five times. */
double
mr_score_engagement_component (double ratio_to_benchmark)
{
  static const struct { double ratio; double points; } curve[] = {
    { 0.0, 0.0 }, { 0.25, 15.0 }, { 0.5, 40.0 }, { 1.0, 70.0 }, { 2.0, 95.0 },
    { 3.0, 60.0 }, { 5.0, 50.0 },
  };
  double ratio = ratio_to_benchmark;

  if (isnan (ratio) || ratio < 0.0)
    return NAN;

  if (ratio >= curve[G_N_ELEMENTS (curve) - 1].ratio)
    return curve[G_N_ELEMENTS (curve) - 1].points;

  for (guint i = 1; i < G_N_ELEMENTS (curve); i++)
    if (ratio <= curve[i].ratio)
      {
        double span = curve[i].ratio - curve[i - 1].ratio;
        double t = (ratio - curve[i - 1].ratio) / span;

        return curve[i - 1].points + t * (curve[i].points - curve[i - 1].points);
      }

  g_return_val_if_reached (NAN);
}

/* The checklist's ratings are 0–5 per criterion; unrated criteria (negative) are not
 * counted, and without any rating there is no component. */
double
mr_score_checklist_component (const int *ratings,
                              guint      n_ratings)
{
  guint rated = 0;
  double sum = 0.0;

  g_return_val_if_fail (ratings != NULL || n_ratings == 0, NAN);

  for (guint i = 0; i < n_ratings; i++)
    {
      if (ratings[i] < 0)
        continue;
      sum += MIN (ratings[i], 5);
      rated++;
    }

  return rated > 0 ? sum / rated / 5.0 * 100.0 : NAN;
}

MrRecommendation
mr_recommendation_for_score (double score)
{
  if (isnan (score))
    return MR_RECOMMENDATION_NONE;
  if (score >= MR_SCORE_RECOMMENDED_FROM)
    return MR_RECOMMENDATION_RECOMMENDED;
  if (score >= MR_SCORE_REVIEW_FROM)
    return MR_RECOMMENDATION_REVIEW;

  return MR_RECOMMENDATION_NOT_RECOMMENDED;
}

/* The stable names of DESIGN.md §5; NULL without a score. */
const char *
mr_recommendation_to_string (MrRecommendation recommendation)
{
  switch (recommendation)
    {
    case MR_RECOMMENDATION_NONE:
      return NULL;
    case MR_RECOMMENDATION_RECOMMENDED:
      return "recommended";
    case MR_RECOMMENDATION_REVIEW:
      return "review";
    case MR_RECOMMENDATION_NOT_RECOMMENDED:
      return "not-recommended";
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
mr_recommendation_get_label (MrRecommendation recommendation)
{
  switch (recommendation)
    {
    case MR_RECOMMENDATION_NONE:
      return C_("recommendation", "Not enough data");
    case MR_RECOMMENDATION_RECOMMENDED:
      return C_("recommendation", "Recommended");
    case MR_RECOMMENDATION_REVIEW:
      return C_("recommendation", "Review");
    case MR_RECOMMENDATION_NOT_RECOMMENDED:
      return C_("recommendation", "Not recommended");
    default:
      g_return_val_if_reached (NULL);
    }
}

/* "a, b and c" in the user's language. */
static char *
join_labels (GPtrArray *labels)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < labels->len; i++)
    {
      if (i > 0 && i == labels->len - 1)
        /* Translators: between the last two items of a list: "a, b and c". */
        g_string_append (text, _(" and "));
      else if (i > 0)
        g_string_append (text, ", ");
      g_string_append (text, g_ptr_array_index (labels, i));
    }

  return g_string_free (text, FALSE);
}

static char *
describe (const MrScore *score)
{
  g_autoptr(GPtrArray) used = g_ptr_array_new ();
  g_autoptr(GPtrArray) missing = g_ptr_array_new ();
  g_autofree char *used_text = NULL;
  g_autofree char *missing_text = NULL;
  g_autofree char *share = NULL;

  for (guint i = 0; i < MR_N_SCORE_COMPONENTS; i++)
    {
      if (score->left_out[i])
        g_ptr_array_add (missing, (gpointer) mr_score_component_get_label (i));
      else if (score->weights[i] > 0.0)
        g_ptr_array_add (used, (gpointer) mr_score_component_get_label (i));
    }

  if (used->len == 0)
    return g_strdup (_("No score yet: there is no data for any part of it. Import the creator’s statistics or fill in the checklist."));

  used_text = join_labels (used);
  if (missing->len == 0)
    /* Translators: %.0f is the score, %s a list such as "growth authenticity and engagement quality". */
    return g_strdup_printf (_("%.0f of 100, from %s."), score->score, used_text);

  missing_text = join_labels (missing);
  share = mr_format_percent (round (score->confidence * 100.0));
  /* Translators: %.0f is the score; the first %s lists what it rests on, the second
   * what had no data, the third a percentage such as "39 %". */
  return g_strdup_printf (_("%.0f of 100, from %s. Left out for lack of data: %s; only %s of the score’s weight had data."),
                          score->score, used_text, missing_text, share);
}

MrScore *
mr_score_compute (const MrScoreInput *input)
{
  MrScore *score;
  double present = 0.0;
  double total = 0.0;
  double sum = 0.0;

  g_return_val_if_fail (input != NULL, NULL);

  score = g_new0 (MrScore, 1);
  for (guint i = 0; i < MR_N_SCORE_COMPONENTS; i++)
    {
      /* Audience match only counts when a campaign asks for an audience. */
      gboolean applies = i != MR_SCORE_AUDIENCE || !isnan (input->values[i]);

      if (applies)
        total += component_weights[i];
      score->left_out[i] = isnan (input->values[i]) && i != MR_SCORE_AUDIENCE;
      if (isnan (input->values[i]))
        continue;

      present += component_weights[i];
      sum += component_weights[i] * input->values[i];
    }

  for (guint i = 0; i < MR_N_SCORE_COMPONENTS; i++)
    score->weights[i] = present > 0.0 && !isnan (input->values[i])
                        ? component_weights[i] / present : 0.0;

  /* Rounded once, so the number shown, the band and the export agree (69.6 is 70 and
   * recommended, never "70" beside "Review"). */
  score->score = present > 0.0 ? round (sum / present) : NAN;
  for (guint i = 0; i < MR_N_SCORE_COMPONENTS; i++)
    {
      score->values[i] = input->values[i];
      score->reasons[i] = g_strdup (input->reasons[i]);
    }
  score->confidence = present / total;
  score->recommendation = mr_recommendation_for_score (score->score);
  score->summary = describe (score);

  return score;
}

void
mr_score_free (MrScore *score)
{
  if (score == NULL)
    return;

  for (guint i = 0; i < MR_N_SCORE_COMPONENTS; i++)
    g_free (score->reasons[i]);
  g_free (score->summary);
  g_free (score);
}
