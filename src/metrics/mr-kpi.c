/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-kpi"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "mr-kpi.h"
#include "mr-kpi-format.h"
#include "mr-metrics-types.h"
#include "mr-number-format.h"

void
mr_kpi_input_init (MrKpiInput *input)
{
  g_return_if_fail (input != NULL);

  input->spend = input->revenue = NAN;
  input->impressions = input->clicks = MR_METRIC_UNKNOWN;
  input->conversions = input->engagements = MR_METRIC_UNKNOWN;
}

void
mr_kpi_targets_init (MrKpiTargets *targets)
{
  g_return_if_fail (targets != NULL);

  targets->roas = MR_KPI_DEFAULT_ROAS;
  targets->ctr_min = MR_KPI_DEFAULT_CTR_MIN;
  targets->ctr_max = MR_KPI_DEFAULT_CTR_MAX;
  targets->currency[0] = '\0';
}

static void
set_value (MrKpi          *kpi,
           double          value,
           MrKpiJudgement  judgement,
           char           *sentence)
{
  kpi->has_value = TRUE;
  kpi->value = value;
  kpi->judgement = judgement;
  kpi->sentence = sentence;
}

static void
set_unknown (MrKpi      *kpi,
             const char *why)
{
  kpi->has_value = FALSE;
  kpi->value = NAN;
  kpi->judgement = MR_KPI_NO_TARGET;
  kpi->sentence = g_strdup (why);
}

/* A cost per something: spend over a count that must be above zero. Its sentence
 * follows from the caller; the amount is formatted into @money. */
static gboolean
cost_per (MrKpi       *kpi,
          double       spend,
          gint64       count,
          double       scale,
          const char  *currency,
          const char  *what_missing,
          char       **money)
{
  if (isnan (spend) || count <= 0)
    {
      set_unknown (kpi, what_missing);
      return FALSE;
    }
  kpi->has_value = TRUE;
  kpi->value = spend / (double) count * scale;
  kpi->judgement = MR_KPI_NO_TARGET;
  /* Cents matter in a cost per engagement: 0.25, not 0. */
  *money = mr_kpi_format_money (currency, kpi->value, TRUE);
  return TRUE;
}

static void
compute_ctr (MrKpi              *kpi,
             const MrKpiInput   *in,
             const MrKpiTargets *targets)
{
  g_autofree char *rate = NULL;
  g_autofree char *low = NULL;
  g_autofree char *high = NULL;
  double ctr;

  if (in->impressions <= 0 || in->clicks < 0)
    {
      set_unknown (kpi, _("No clicks or impressions entered yet."));
      return;
    }
  ctr = (double) in->clicks / (double) in->impressions * 100.0;
  rate = mr_format_percent (ctr);
  low = mr_format_decimal (targets->ctr_min, 1);
  high = mr_format_decimal (targets->ctr_max, 1);
  if (ctr < targets->ctr_min)
    /* Translators: "A CTR of 1.2 % is below the 2–5 % band: …" */
    set_value (kpi, ctr, MR_KPI_OFF_TARGET,
               g_strdup_printf (_("A CTR of %s is below the %s–%s %% band: the content or "
                                  "its link does not make people click."), rate, low, high));
  else if (ctr > targets->ctr_max)
    set_value (kpi, ctr, MR_KPI_ON_TARGET,
               g_strdup_printf (_("A CTR of %s is above the %s–%s %% band: people click "
                                  "readily; check the clicks are real."), rate, low, high));
  else
    set_value (kpi, ctr, MR_KPI_ON_TARGET,
               g_strdup_printf (_("A CTR of %s is within the %s–%s %% band."), rate, low, high));
}

static void
compute_returns (MrKpiSet           *out,
                 const MrKpiInput   *in,
                 const MrKpiTargets *targets)
{
  g_autofree char *roas_text = NULL;
  g_autofree char *target_text = NULL;
  g_autofree char *roi_text = NULL;
  double roas, roi;

  if (isnan (in->spend) || isnan (in->revenue) || in->spend <= 0)
    {
      const char *why = isnan (in->revenue) ? _("No revenue entered yet.")
                                            : _("Nothing spent yet: a return needs a cost.");

      set_unknown (&out->kpis[MR_KPI_ROAS], why);
      set_unknown (&out->kpis[MR_KPI_ROI], why);
      return;
    }

  roas = in->revenue / in->spend;
  roi = (in->revenue - in->spend) / in->spend * 100.0;
  roas_text = mr_format_decimal (roas, 1);
  target_text = mr_format_decimal (targets->roas, 1);
  roi_text = mr_format_percent (roi);
  if (roas >= targets->roas)
    /* Translators: "A ROAS of 4.2 (revenue 4.2 times the spend) meets the target of 3." */
    set_value (&out->kpis[MR_KPI_ROAS], roas, MR_KPI_ON_TARGET,
               g_strdup_printf (_("A ROAS of %s (revenue %s times the spend) meets the "
                                  "target of %s."), roas_text, roas_text, target_text));
  else
    set_value (&out->kpis[MR_KPI_ROAS], roas, MR_KPI_OFF_TARGET,
               g_strdup_printf (_("A ROAS of %s (revenue %s times the spend) is below the "
                                  "target of %s."), roas_text, roas_text, target_text));

  /* A return above zero is profit; the ROAS target already says how much is enough. */
  set_value (&out->kpis[MR_KPI_ROI], roi, roi >= 0 ? MR_KPI_ON_TARGET : MR_KPI_OFF_TARGET,
             roi >= 0 ? g_strdup_printf (_("An ROI of %s: the campaign earned more than it "
                                           "cost."), roi_text)
                      : g_strdup_printf (_("An ROI of %s: the campaign cost more than it "
                                           "earned."), roi_text));
}

void
mr_kpi_compute (const MrKpiInput   *in,
                const MrKpiTargets *targets,
                MrKpiSet           *out)
{
  g_autofree char *money = NULL;

  g_return_if_fail (in != NULL && targets != NULL && out != NULL);

  if (isnan (in->spend))
    set_unknown (&out->kpis[MR_KPI_SPEND], _("No fee or cost entered yet."));
  else
    {
      money = mr_kpi_format_money (targets->currency, in->spend, FALSE);
      set_value (&out->kpis[MR_KPI_SPEND], in->spend, MR_KPI_NO_TARGET,
                 g_strdup_printf (_("%s spent."), money));
    }
  g_clear_pointer (&money, g_free);
  if (isnan (in->revenue))
    set_unknown (&out->kpis[MR_KPI_REVENUE], _("No revenue entered yet."));
  else
    {
      money = mr_kpi_format_money (targets->currency, in->revenue, FALSE);
      set_value (&out->kpis[MR_KPI_REVENUE], in->revenue, MR_KPI_NO_TARGET,
                 g_strdup_printf (_("%s in revenue."), money));
    }

  compute_ctr (&out->kpis[MR_KPI_CTR], in, targets);
  g_clear_pointer (&money, g_free);
  if (cost_per (&out->kpis[MR_KPI_CPM], in->spend, in->impressions, 1000.0, targets->currency,
                _("No cost or impressions entered yet."), &money))
    /* Translators: %s is an amount of money. */
    out->kpis[MR_KPI_CPM].sentence = g_strdup_printf (_("%s for every 1,000 impressions."), money);
  g_clear_pointer (&money, g_free);
  if (cost_per (&out->kpis[MR_KPI_CPE], in->spend, in->engagements, 1.0, targets->currency,
                _("No cost or engagements entered yet."), &money))
    /* Translators: %s is an amount of money. */
    out->kpis[MR_KPI_CPE].sentence = g_strdup_printf (_("%s for every engagement."), money);
  g_clear_pointer (&money, g_free);
  if (cost_per (&out->kpis[MR_KPI_CPA], in->spend, in->conversions, 1.0, targets->currency,
                _("No cost or conversions entered yet."), &money))
    /* Translators: %s is an amount of money. */
    out->kpis[MR_KPI_CPA].sentence = g_strdup_printf (_("%s for every conversion."), money);
  compute_returns (out, in, targets);
}

void
mr_kpi_set_clear (MrKpiSet *set)
{
  g_return_if_fail (set != NULL);

  for (guint i = 0; i < MR_N_KPIS; i++)
    g_clear_pointer (&set->kpis[i].sentence, g_free);
}

void
mr_kpi_hints (const MrKpiSet     *members,
              gsize               n_members,
              const MrKpiTargets *targets,
              MrKpiHint          *out)
{
  g_autoptr(GArray) cpes = g_array_new (FALSE, FALSE, sizeof (double));
  double median = NAN;

  g_return_if_fail ((members != NULL && out != NULL) || n_members == 0);
  g_return_if_fail (targets != NULL);

  for (gsize i = 0; i < n_members; i++)
    if (members[i].kpis[MR_KPI_CPE].has_value)
      g_array_append_val (cpes, members[i].kpis[MR_KPI_CPE].value);
  if (cpes->len > 0)
    median = mr_median ((double *) cpes->data, cpes->len);

  for (gsize i = 0; i < n_members; i++)
    {
      const MrKpi *roas = &members[i].kpis[MR_KPI_ROAS];
      const MrKpi *cpe = &members[i].kpis[MR_KPI_CPE];

      out[i] = MR_KPI_HINT_NONE;
      if (!roas->has_value)
        continue;
      if (roas->value < targets->roas / 2)
        out[i] = MR_KPI_HINT_REVIEW;
      else if (roas->value >= targets->roas && cpe->has_value && cpe->value < median)
        out[i] = MR_KPI_HINT_SCALE_UP;
    }
}

const char *
mr_kpi_hint_describe (MrKpiHint hint)
{
  switch (hint)
    {
    case MR_KPI_HINT_SCALE_UP:
      return _("Scale up: above the ROAS target at a cost per engagement below the "
               "campaign’s median.");
    case MR_KPI_HINT_REVIEW:
      return _("Review: the return is under half the ROAS target.");
    case MR_KPI_HINT_NONE:
    default:
      return NULL;
    }
}
