/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-response"

#include "config.h"

#include <math.h>

#include "mr-metrics-types.h"
#include "mr-response.h"

void
mr_response_summarize (const MrResponseRecord *records,
                       gsize                   n_records,
                       MrResponseSummary      *summary)
{
  g_autofree double *times = NULL;

  g_return_if_fail (records != NULL || n_records == 0);
  g_return_if_fail (summary != NULL);

  *summary = (MrResponseSummary) { .median_seconds = NAN, .share_in_time = NAN };
  times = g_new (double, MAX (n_records, 1));

  for (gsize i = 0; i < n_records; i++)
    {
      const MrResponseRecord *record = &records[i];

      summary->n_judged++;
      if (record->responded_at == 0)
        continue;
      /* A clock set back can put a response before its detection: it was immediate. */
      times[summary->n_answered++] = MAX (record->responded_at - record->detected_at, 0);
      if (record->responded_at <= record->respond_by)
        summary->n_in_time++;
    }

  if (summary->n_answered > 0)
    summary->median_seconds = mr_median (times, summary->n_answered);
  if (summary->n_judged > 0)
    summary->share_in_time = 100.0 * summary->n_in_time / summary->n_judged;
}
