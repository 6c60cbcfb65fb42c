/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Numbers as they appear in the metrics' sentences. The separators come from the
 * translation, not from LC_NUMERIC, so that a Dutch sentence reads "10.000" and "6,5"
 * and an English one "10,000" and "6.5" whatever locale the process runs in (the C
 * locale of tests and scripts has no thousands separator at all). */

char *mr_format_count   (gint64      value);
char *mr_format_decimal (double      value,
                         guint       max_decimals);
char *mr_format_percent (double      value);
char *mr_format_money   (double      value);
/* A day (GDate Julian day number) within a sentence, "3 March 2025" or "3 March", in the
 * translation's words and order whatever LC_TIME says. */
char *mr_format_day     (guint32     julian,
                         gboolean    with_year);

G_END_DECLS
