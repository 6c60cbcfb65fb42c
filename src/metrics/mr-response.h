/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* How fast moments were answered. Times are Unix seconds. */
typedef struct
{
  gint64 detected_at;
  gint64 respond_by;
  gint64 responded_at;      /* 0 for a moment that expired unanswered */
} MrResponseRecord;

typedef struct
{
  guint  n_judged;          /* moments that had to be answered: responded or expired */
  guint  n_answered;
  guint  n_in_time;         /* answered by their deadline */
  double median_seconds;    /* of the answered ones, detection to response; NAN for none */
  double share_in_time;     /* percent of n_judged; NAN for none */
} MrResponseSummary;

/* Dismissed moments are not given: the user chose not to answer them, which says nothing
 * about how fast they answer the others. */
void mr_response_summarize (const MrResponseRecord *records,
                            gsize                   n_records,
                            MrResponseSummary      *summary);

G_END_DECLS
