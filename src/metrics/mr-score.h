/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The vetting score (DESIGN.md §4): weighted components, each 0–100 or unknown. A
 * component without data is left out and the weights of the others renormalised; the
 * confidence says how much of the full weight had data. */

typedef enum
{
  MR_SCORE_ENGAGEMENT,    /* engagement rate against the benchmark */
  MR_SCORE_GROWTH,        /* growth authenticity */
  MR_SCORE_QUALITY,       /* engagement quality */
  MR_SCORE_CONSISTENCY,   /* posting consistency */
  MR_SCORE_AUDIENCE,      /* audience match, only when a campaign target is set */
  MR_SCORE_CHECKLIST,     /* the marketer's manual checklist */
  MR_N_SCORE_COMPONENTS
} MrScoreComponent;

typedef enum
{
  MR_RECOMMENDATION_NONE,          /* no component had data */
  MR_RECOMMENDATION_RECOMMENDED,   /* score ≥ 70 */
  MR_RECOMMENDATION_REVIEW,        /* 50 ≤ score < 70 */
  MR_RECOMMENDATION_NOT_RECOMMENDED,
} MrRecommendation;

#define MR_SCORE_RECOMMENDED_FROM 70.0
#define MR_SCORE_REVIEW_FROM      50.0

typedef struct
{
  double  values[MR_N_SCORE_COMPONENTS];   /* 0–100, or NAN when there is no data */
  char   *reasons[MR_N_SCORE_COMPONENTS];  /* one translated line each, or NULL */
} MrScoreInput;

typedef struct
{
  double            score;            /* 0–100, a whole number, or NAN without any component */
  MrRecommendation  recommendation;
  double            confidence;       /* 0–1: the weight that had data */
  double            weights[MR_N_SCORE_COMPONENTS];   /* renormalised; 0 when left out */
  gboolean          left_out[MR_N_SCORE_COMPONENTS];
  double            values[MR_N_SCORE_COMPONENTS];    /* each component's points, or NAN */
  char             *reasons[MR_N_SCORE_COMPONENTS];   /* each component's line, or NULL */
  char             *summary;          /* translated: the score, what it rests on, what is missing */
} MrScore;

void              mr_score_input_init            (MrScoreInput     *input);
void              mr_score_input_clear           (MrScoreInput     *input);
void              mr_score_input_set             (MrScoreInput     *input,
                                                  MrScoreComponent  component,
                                                  double            value,
                                                  const char       *reason);

MrScore          *mr_score_compute               (const MrScoreInput *input);
void              mr_score_free                  (MrScore          *score);

double            mr_score_component_weight      (MrScoreComponent  component);
const char       *mr_score_component_get_label   (MrScoreComponent  component);
double            mr_score_engagement_component  (double            ratio_to_benchmark);
double            mr_score_checklist_component   (const int        *ratings,
                                                  guint             n_ratings);

MrRecommendation  mr_recommendation_for_score    (double            score);
const char       *mr_recommendation_to_string    (MrRecommendation  recommendation);
const char       *mr_recommendation_get_label    (MrRecommendation  recommendation);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MrScore, mr_score_free)

G_END_DECLS
