/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-moment-format"

#include "config.h"

#include <glib/gi18n.h>

#include "mr-moment-format.h"

#define MINUTE 60
#define HOUR (60 * MINUTE)
#define DAY (24 * HOUR)

/* Whole minutes, rounded up: with 44 min 30 s left, 45 minutes remain to act in. */
static gint64
minutes_up (gint64 seconds)
{
  return (seconds + MINUTE - 1) / MINUTE;
}

char *
mr_moment_format_countdown (gint64 seconds_left)
{
  gint64 minutes = minutes_up (ABS (seconds_left));
  gint64 hours = (minutes + 30) / 60;

  if (seconds_left > 0)
    {
      if (minutes < 60)
        /* Translators: the time left to answer a micro-moment */
        return g_strdup_printf (ngettext ("%d min left", "%d min left", (gulong) minutes),
                                (int) minutes);
      /* Translators: the time left to answer a micro-moment, in hours */
      return g_strdup_printf (ngettext ("%d h left", "%d h left", (gulong) hours), (int) hours);
    }

  minutes = MAX (minutes, 1);
  if (minutes < 60)
    /* Translators: how long ago a micro-moment's deadline passed */
    return g_strdup_printf (ngettext ("%d min overdue", "%d min overdue", (gulong) minutes),
                            (int) minutes);
  /* Translators: how long ago a micro-moment's deadline passed, in hours */
  return g_strdup_printf (ngettext ("%d h overdue", "%d h overdue", (gulong) hours), (int) hours);
}

char *
mr_moment_format_duration (gint64 seconds)
{
  gint64 minutes = (MAX (seconds, 0) + MINUTE / 2) / MINUTE;

  if (minutes < 60)
    /* Translators: a response time under an hour */
    return g_strdup_printf (_("%d min"), (int) MAX (minutes, 1));
  if (minutes < 24 * 60)
    {
      if (minutes % 60 == 0)
        /* Translators: a response time in whole hours */
        return g_strdup_printf (_("%d h"), (int) (minutes / 60));
      /* Translators: a response time in hours and minutes */
      return g_strdup_printf (_("%d h %d min"), (int) (minutes / 60), (int) (minutes % 60));
    }
  /* Translators: a response time in days and hours */
  return g_strdup_printf (_("%d d %d h"), (int) (minutes / (24 * 60)),
                          (int) (minutes / 60 % 24));
}

static int
days_between (GDateTime *from,
              GDateTime *to)
{
  GDate a, b;
  int y, m, d;

  g_date_clear (&a, 1);
  g_date_clear (&b, 1);
  g_date_time_get_ymd (from, &y, &m, &d);
  g_date_set_dmy (&a, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
  g_date_time_get_ymd (to, &y, &m, &d);
  g_date_set_dmy (&b, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
  return g_date_days_between (&a, &b);
}

char *
mr_moment_format_time (GDateTime *time,
                       GDateTime *now)
{
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GDateTime) local_now = NULL;
  g_autofree char *clock = NULL;
  int days;

  g_return_val_if_fail (time != NULL && now != NULL, NULL);

  local = g_date_time_to_local (time);
  local_now = g_date_time_to_local (now);
  clock = g_date_time_format (local, "%H:%M");
  days = days_between (local_now, local);

  if (days == 0)
    /* Translators: a time today, as in "today 14:30" */
    return g_strdup_printf (_("today %s"), clock);
  if (days == 1)
    /* Translators: a time tomorrow, as in "tomorrow 09:00" */
    return g_strdup_printf (_("tomorrow %s"), clock);
  if (days == -1)
    /* Translators: a time yesterday, as in "yesterday 18:05" */
    return g_strdup_printf (_("yesterday %s"), clock);
  /* Translators: a date and time as in "3 April 2026 14:30"; see g_date_time_format () */
  return g_date_time_format (local, C_("moment time", "%-d %B %Y %H:%M"));
}
