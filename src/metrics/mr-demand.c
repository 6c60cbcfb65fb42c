/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-demand"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "mr-demand.h"
#include "mr-number-format.h"

void
mr_demand_settings_init (MrDemandSettings *settings)
{
  g_return_if_fail (settings != NULL);

  settings->k = MR_DEMAND_DEFAULT_K;
  settings->recent_days = MR_DEMAND_DEFAULT_RECENT_DAYS;
  settings->baseline_days = MR_DEMAND_DEFAULT_BASELINE_DAYS;
  settings->min_volume = 0;
}

/* Mean and standard deviation of the points with @from <= day < @to. */
static guint
window_stats (const MrDemandPoint *points,
              gsize                n_points,
              gint64               from,
              gint64               to,
              double              *mean,
              double              *sd)
{
  double sum = 0, squares = 0;
  guint n = 0;

  for (gsize i = 0; i < n_points; i++)
    if ((gint64) points[i].day >= from && (gint64) points[i].day < to)
      {
        sum += points[i].value;
        n++;
      }
  if (n == 0)
    return 0;
  *mean = sum / n;
  for (gsize i = 0; i < n_points; i++)
    if ((gint64) points[i].day >= from && (gint64) points[i].day < to)
      squares += (points[i].value - *mean) * (points[i].value - *mean);
  *sd = n > 1 ? sqrt (squares / (n - 1)) : 0;
  return n;
}

GArray *
mr_demand_find_spikes (const MrDemandPoint    *points,
                       gsize                   n_points,
                       const MrDemandSettings *settings)
{
  GArray *spikes = g_array_new (FALSE, TRUE, sizeof (MrDemandSpike));
  MrDemandSpike current = { 0 };
  gboolean open = FALSE;

  g_return_val_if_fail (points != NULL || n_points == 0, spikes);
  g_return_val_if_fail (settings != NULL && settings->recent_days > 0, spikes);

  /* Each point ends a recent window; the baseline is the stretch right before it. */
  for (gsize i = 0; i < n_points; i++)
    {
      gint64 end = (gint64) points[i].day + 1;
      gint64 start = end - settings->recent_days;
      double recent_mean = 0, recent_sd = 0, base_mean = 0, base_sd = 0, sd, z;
      gboolean stands_out;

      if (window_stats (points, n_points, start, end, &recent_mean, &recent_sd) == 0 ||
          window_stats (points, n_points, start - settings->baseline_days, start,
                        &base_mean, &base_sd) < MR_DEMAND_MIN_BASELINE_POINTS)
        continue;

      /* A flat baseline has no spread, and counts are never steadier than their square
       * root: without this floor a rise from 10 to 11 would be a spike. */
      sd = MAX (base_sd, sqrt (MAX (base_mean, 1.0)));
      z = (recent_mean - base_mean) / sd;
      stands_out = z > settings->k && recent_mean >= settings->min_volume;

      if (stands_out && !open)
        {
          open = TRUE;
          current = (MrDemandSpike) { .first_day = (guint32) MAX (start, 1), .z = -INFINITY };
        }
      if (stands_out)
        {
          current.last_day = points[i].day;
          if (z > current.z)
            {
              current.peak_day = points[i].day;
              current.recent_mean = recent_mean;
              current.baseline_mean = base_mean;
              current.baseline_sd = sd;
              current.z = z;
            }
        }
      else if (open)
        {
          g_array_append_val (spikes, current);
          open = FALSE;
        }
    }
  if (open)
    g_array_append_val (spikes, current);
  return spikes;
}

gboolean
mr_demand_spike_is_recent (const MrDemandSpike    *spike,
                           guint32                 today,
                           const MrDemandSettings *settings)
{
  g_return_val_if_fail (spike != NULL && settings != NULL, FALSE);

  return (gint64) spike->last_day + settings->recent_days > (gint64) today &&
         spike->last_day <= today;
}

char *
mr_demand_spike_describe (const MrDemandSpike *spike,
                          const char          *series)
{
  g_autofree char *ratio = NULL;
  g_autofree char *recent = NULL;
  g_autofree char *usual = NULL;
  g_autofree char *day = NULL;

  g_return_val_if_fail (spike != NULL && series != NULL, NULL);

  day = mr_format_day (spike->peak_day, TRUE);
  recent = mr_format_decimal (spike->recent_mean, 0);
  usual = mr_format_decimal (spike->baseline_mean, 0);
  if (spike->baseline_mean > 0)
    {
      ratio = mr_format_decimal (spike->recent_mean / spike->baseline_mean, 1);
      /* Translators: "Searches for “fietsband plakken” rose to 3.4 times their usual
       * level (an average of 41 against 12) in the days to 14 July 2026." */
      return g_strdup_printf (_("Searches for “%s” rose to %s times their usual level "
                                "(an average of %s against %s) in the days to %s."),
                              series, ratio, recent, usual, day);
    }
  /* Translators: "… rose from nothing to an average of 41 in the days to 14 July 2026." */
  return g_strdup_printf (_("Searches for “%s” rose from nothing to an average of %s in the "
                            "days to %s."), series, recent, day);
}
