/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A campaign's or a member's figures against its targets (DESIGN.md §4). */

typedef enum {
  MR_KPI_SPEND,
  MR_KPI_REVENUE,
  MR_KPI_CTR,      /* clicks / impressions, % */
  MR_KPI_CPM,      /* spend / impressions × 1000 */
  MR_KPI_CPE,      /* spend / engagements */
  MR_KPI_CPA,      /* spend / conversions */
  MR_KPI_ROAS,     /* revenue / spend */
  MR_KPI_ROI,      /* (revenue − spend) / spend, % */
  MR_N_KPIS
} MrKpiKind;

typedef enum {
  MR_KPI_NO_TARGET,
  MR_KPI_ON_TARGET,
  MR_KPI_OFF_TARGET,
} MrKpiJudgement;

typedef struct
{
  double spend;          /* NAN when not known */
  double revenue;
  gint64 impressions;    /* each MR_METRIC_UNKNOWN (-1) when not known */
  gint64 clicks;
  gint64 conversions;
  gint64 engagements;
} MrKpiInput;

typedef struct
{
  double roas;           /* at least: 3 */
  double ctr_min;        /* %: 2 */
  double ctr_max;        /* %: 5 */
  char   currency[8];    /* the code amounts are written with ("EUR"); empty: none */
} MrKpiTargets;

#define MR_KPI_DEFAULT_ROAS 3.0
#define MR_KPI_DEFAULT_CTR_MIN 2.0
#define MR_KPI_DEFAULT_CTR_MAX 5.0

typedef struct
{
  gboolean        has_value;   /* never a zero that looks like a result */
  double          value;
  MrKpiJudgement  judgement;
  char           *sentence;    /* what it means, or why there is no value */
} MrKpi;

typedef struct
{
  MrKpi kpis[MR_N_KPIS];
} MrKpiSet;

typedef enum {
  MR_KPI_HINT_NONE,
  MR_KPI_HINT_SCALE_UP,   /* above the ROAS target with a below-median CPE */
  MR_KPI_HINT_REVIEW,     /* far below the ROAS target: under half of it */
} MrKpiHint;

void        mr_kpi_input_init    (MrKpiInput         *input);
void        mr_kpi_targets_init  (MrKpiTargets       *targets);
void        mr_kpi_compute       (const MrKpiInput   *input,
                                  const MrKpiTargets *targets,
                                  MrKpiSet           *out);
void        mr_kpi_set_clear     (MrKpiSet           *set);
/* One hint per member, judged against the others: @out holds @n_members. */
void        mr_kpi_hints         (const MrKpiSet     *members,
                                  gsize               n_members,
                                  const MrKpiTargets *targets,
                                  MrKpiHint          *out);
const char *mr_kpi_hint_describe (MrKpiHint           hint);

G_END_DECLS
