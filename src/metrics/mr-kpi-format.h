/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mr-kpi.h"

G_BEGIN_DECLS

/* A KPI as the campaign page and the campaign report both write it. */

/* "EUR 800"; with @cents, amounts that have them keep two decimals: "EUR 0.18". */
char       *mr_kpi_format_money  (const char         *currency,
                                  double              amount,
                                  gboolean            cents);
/* A return on ad spend with one decimal, as marketers write it: "4.0 : 1". */
char       *mr_kpi_format_ratio  (double              value);
/* The value in its unit; NULL when the KPI has none. */
char       *mr_kpi_format_value  (MrKpiKind           kind,
                                  const MrKpi        *kpi,
                                  const char         *currency);
/* The target alone: "≥ 3 : 1", "2–5 %", "≥ 0 %"; NULL for a KPI without one. */
char       *mr_kpi_format_target (MrKpiKind           kind,
                                  const MrKpiTargets *targets);
/* "On target", "Below target", or "Above target" for a CTR over its band; NULL for a
 * KPI without a value or a target. */
const char *mr_kpi_mark_word     (MrKpiKind           kind,
                                  const MrKpi        *kpi,
                                  const MrKpiTargets *targets);

G_END_DECLS
