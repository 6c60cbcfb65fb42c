/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-chart-dates"

#include "config.h"

#include <glib/gi18n.h>

#include "mr-chart-private.h"

/* Dates, weekdays and sentences as the translation writes them, whatever LC_TIME says:
 * scripts and the headless report often run in the C locale. */

/* Month names as an axis writes them; the translation decides how short. */
static const char * const month_abbreviations[] = {
  NC_("month on a chart's axis", "Jan"), NC_("month on a chart's axis", "Feb"),
  NC_("month on a chart's axis", "Mar"), NC_("month on a chart's axis", "Apr"),
  NC_("month on a chart's axis", "May"), NC_("month on a chart's axis", "Jun"),
  NC_("month on a chart's axis", "Jul"), NC_("month on a chart's axis", "Aug"),
  NC_("month on a chart's axis", "Sep"), NC_("month on a chart's axis", "Oct"),
  NC_("month on a chart's axis", "Nov"), NC_("month on a chart's axis", "Dec"),
};
G_STATIC_ASSERT (G_N_ELEMENTS (month_abbreviations) == 12);

const char *
mr_chart_month_short (GDateMonth month)
{
  return g_dpgettext2 (GETTEXT_PACKAGE, "month on a chart's axis", month_abbreviations[month - 1]);
}

char *
mr_chart_format_short_date (guint32 julian)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  /* Translators: a date on a chart's axis: the day and the month's short name, as in
   * "3 Mar". Reorder with positional arguments ("%2$s %1$u") if needed. */
  return g_strdup_printf (C_("date on a chart's axis", "%u %s"), (guint) g_date_get_day (&date),
                          mr_chart_month_short (g_date_get_month (&date)));
}

static const char * const weekday_names[] = {
  NC_("weekday", "Monday"), NC_("weekday", "Tuesday"), NC_("weekday", "Wednesday"),
  NC_("weekday", "Thursday"), NC_("weekday", "Friday"), NC_("weekday", "Saturday"),
  NC_("weekday", "Sunday"),
};

static const char * const weekday_abbreviations[] = {
  NC_("weekday on a chart's axis", "Mon"), NC_("weekday on a chart's axis", "Tue"),
  NC_("weekday on a chart's axis", "Wed"), NC_("weekday on a chart's axis", "Thu"),
  NC_("weekday on a chart's axis", "Fri"), NC_("weekday on a chart's axis", "Sat"),
  NC_("weekday on a chart's axis", "Sun"),
};

/* @weekday: 0 for Monday … 6 for Sunday. */
const char *
mr_chart_weekday_name (guint weekday)
{
  g_return_val_if_fail (weekday < 7, NULL);

  return g_dpgettext2 (GETTEXT_PACKAGE, "weekday", weekday_names[weekday]);
}

const char *
mr_chart_weekday_short (guint weekday)
{
  g_return_val_if_fail (weekday < 7, NULL);

  return g_dpgettext2 (GETTEXT_PACKAGE, "weekday on a chart's axis", weekday_abbreviations[weekday]);
}

/* The day a post was published on, where the user is. */
guint32
mr_chart_julian_from_unix (gint64 unix_time)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_local (unix_time);
  GDate date;

  if (time == NULL)
    return 0;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) g_date_time_get_day_of_month (time),
                  (GDateMonth) g_date_time_get_month (time),
                  (GDateYear) g_date_time_get_year (time));
  return g_date_get_julian (&date);
}

gboolean
mr_chart_same_year (guint32 a,
                    guint32 b)
{
  GDate da, db;

  g_date_clear (&da, 1);
  g_date_clear (&db, 1);
  g_date_set_julian (&da, a);
  g_date_set_julian (&db, b);
  return g_date_get_year (&da) == g_date_get_year (&db);
}

char *
mr_chart_join_clauses (GPtrArray *clauses)
{
  g_autofree char *joined = NULL;

  g_return_val_if_fail (clauses != NULL && clauses->len > 0, NULL);

  joined = g_strdup (g_ptr_array_index (clauses, 0));
  for (guint i = 1; i < clauses->len; i++)
    {
      char *longer;

      /* Translators: joins the parts of a chart's one-sentence description, as in
       * "Followers rose from 1,200 to 1,500; 1 suspicious jump on 3 March 2025". */
      longer = g_strdup_printf (C_("chart description", "%s; %s"), joined,
                                (const char *) g_ptr_array_index (clauses, i));
      g_free (joined);
      joined = longer;
    }

  /* Translators: ends a chart's one-sentence description. */
  return g_strdup_printf (C_("chart description", "%s."), joined);
}
