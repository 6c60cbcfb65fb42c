/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-kpi-format"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdlib.h>

#include "mr-kpi-format.h"
#include "mr-number-format.h"

/* Whole amounts without cents, others with two: "16", "16.67", "0.18" — a cost per
 * engagement of 0.25 is not 0. */
static char *
format_amount (double   amount,
               gboolean cents)
{
  g_autofree char *whole = NULL;
  gint64 hundredths;

  if (!cents)
    return mr_format_money (amount);

  hundredths = (gint64) llround (amount * 100.0);
  whole = mr_format_count (hundredths / 100);
  if (hundredths % 100 == 0)
    return g_steal_pointer (&whole);
  /* The same separator mr_format_decimal () writes. */
  return g_strdup_printf ("%s%s%02d", whole, C_("decimal separator", "."),
                          (int) (llabs (hundredths) % 100));
}

char *
mr_kpi_format_money (const char *currency,
                     double      amount,
                     gboolean    cents)
{
  g_autofree char *number = format_amount (amount, cents);

  if (currency == NULL || currency[0] == '\0')
    return g_steal_pointer (&number);
  /* Translators: an amount of money; %1$s is a currency code such as EUR, %2$s the
   * amount. */
  return g_strdup_printf (C_("money", "%1$s %2$s"), currency, number);
}

char *
mr_kpi_format_ratio (double value)
{
  gint64 tenths = (gint64) llround (value * 10.0);
  g_autofree char *whole = mr_format_count (tenths / 10);
  g_autofree char *number = g_strdup_printf ("%s%s%d", whole, C_("decimal separator", "."),
                                             (int) (llabs (tenths) % 10));

  /* Translators: a return on ad spend, %s is a number such as 4.0: revenue 4 times
   * the spend. */
  return g_strdup_printf (C_("return on ad spend", "%s : 1"), number);
}

char *
mr_kpi_format_value (MrKpiKind    kind,
                     const MrKpi *kpi,
                     const char  *currency)
{
  g_return_val_if_fail (kpi != NULL, NULL);

  if (!kpi->has_value || !isfinite (kpi->value))
    return NULL;

  switch (kind)
    {
    case MR_KPI_SPEND:
    case MR_KPI_REVENUE:
      return mr_kpi_format_money (currency, kpi->value, FALSE);
    case MR_KPI_CPM:
    case MR_KPI_CPE:
    case MR_KPI_CPA:
      return mr_kpi_format_money (currency, kpi->value, TRUE);
    case MR_KPI_CTR:
    case MR_KPI_ROI:
      return mr_format_percent (kpi->value);
    case MR_KPI_ROAS:
      return mr_kpi_format_ratio (kpi->value);
    case MR_N_KPIS:
    default:
      g_return_val_if_reached (NULL);
    }
}

char *
mr_kpi_format_target (MrKpiKind           kind,
                      const MrKpiTargets *targets)
{
  g_autofree char *low = NULL;
  g_autofree char *high = NULL;

  g_return_val_if_fail (targets != NULL, NULL);

  switch (kind)
    {
    case MR_KPI_CTR:
      low = mr_format_decimal (targets->ctr_min, 1);
      high = mr_format_decimal (targets->ctr_max, 1);
      /* Translators: a band of percentages: %1$s and %2$s are its ends ("1" and "5"). */
      return g_strdup_printf (_("%1$s–%2$s %%"), low, high);
    case MR_KPI_ROAS:
      low = mr_format_decimal (targets->roas, 1);
      /* Translators: a ROAS target: at least %s : 1, as in "≥ 3 : 1". */
      return g_strdup_printf (_("≥ %s : 1"), low);
    case MR_KPI_ROI:
      /* Translators: the ROI target: at least break-even. */
      return g_strdup (_("≥ 0 %"));
    case MR_KPI_SPEND:
    case MR_KPI_REVENUE:
    case MR_KPI_CPM:
    case MR_KPI_CPE:
    case MR_KPI_CPA:
    case MR_N_KPIS:
    default:
      return NULL;
    }
}

const char *
mr_kpi_mark_word (MrKpiKind           kind,
                  const MrKpi        *kpi,
                  const MrKpiTargets *targets)
{
  g_return_val_if_fail (kpi != NULL && targets != NULL, NULL);

  if (!kpi->has_value || kpi->judgement == MR_KPI_NO_TARGET)
    return NULL;
  if (kpi->judgement == MR_KPI_OFF_TARGET)
    return C_("kpi mark", "Below target");
  /* Above the CTR band is no failure, but not "on" the band either: the sentence says
   * to check the clicks. */
  if (kind == MR_KPI_CTR && kpi->value > targets->ctr_max)
    return C_("kpi mark", "Above target");
  return C_("kpi mark", "On target");
}
