/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The time a moment has left, to the minute under an hour and to the hour above:
 * "45 min left", "3 h left"; past its deadline "20 min overdue", "2 h overdue". */
char *mr_moment_format_countdown (gint64     seconds_left);
/* How long an answer took: "45 min", "3 h 20 min", "2 d 4 h". */
char *mr_moment_format_duration  (gint64     seconds);
/* A deadline or detection time near @now: "today 14:30", "tomorrow 09:00",
 * "yesterday 18:05", else "3 April 2026 14:30". */
char *mr_moment_format_time      (GDateTime *time,
                                  GDateTime *now);

G_END_DECLS
