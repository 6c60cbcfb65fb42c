/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mr-chart-budget.h"
#include "mr-kpi.h"
#include "mr-report-private.h"

G_BEGIN_DECLS

/* What the campaign report shows, copied from the store and the campaign's figures on
 * the main thread (mr-campaign-report.c), so that it is laid out and written on a
 * worker thread without them; written page by page in mr-campaign-report-write.c. */

typedef struct
{
  char     *title;
  guint32   due_day;        /* Julian; 0 when no day was agreed */
  gboolean  done;
} MrReportDeliverable;

typedef struct
{
  char       *name;         /* the creator's */
  char       *handle;       /* "TikTok @handle", NULL when no account is known */
  char       *status;
  char       *promo_code;   /* NULL when none */
  char       *link;
  MrTier      tier;
  MrKpiInput  input;        /* spend is the fee */
  MrKpiSet    kpis;
  MrKpiHint   hint;
  GArray     *deliverables; /* MrReportDeliverable */
} MrReportMember;

struct _MrCampaignSection
{
  char              *name;
  char              *brand;           /* NULL when none */
  char              *goal;
  char              *kind;
  char              *platforms;       /* NULL when none */
  char              *currency;
  char              *notes;           /* NULL when none */
  guint32            start_day;       /* Julian; 0 when not set */
  guint32            end_day;
  double             budget;          /* NAN when not set */
  MrKpiTargets       targets;
  MrKpiInput         input;
  MrKpiSet           kpis;
  GArray            *members;         /* MrReportMember */
  guint32            results_until;   /* the last day with results; 0 for none */
  MrChartBudgetData *budget_chart;
};

MrCampaignSection *mr_campaign_section_load   (MrStore           *store,
                                               MrCampaign        *campaign,
                                               GError           **error);
void               mr_campaign_section_free   (MrCampaignSection *section);

/* A KPI's value as the campaign page's cards write it: "EUR 800", "EUR 0.18", "2.5 %",
 * "4.0 : 1"; "—" without one. */
char              *mr_campaign_report_kpi     (const MrCampaignSection *section,
                                               MrKpiKind                kind,
                                               const MrKpi             *kpi);

/* The whole section: title block, KPIs, budget, members, deliverables, notes. */
void               mr_campaign_report_write   (MrReportWriter          *w);

G_END_DECLS
