/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-import-values"

#include "config.h"

#include <math.h>

#include "mr-import-values.h"

/* Cells as exports write them, and what the import makes of them: a wrong number here is
 * a wrong engagement rate or price on screen. */

static const char * const missing_cells[] = {
  "", "   ", "\xC2\xA0", "undefined", "Undefined", "NaN", "nan", "N/A", "n/a", "n.v.t.",
  "N.V.T.", "--", "-", "null", "NULL", " -- ",
};

/* "No value" is never zero, in any parser. */
static void
test_missing (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (missing_cells); i++)
    {
      const char *cell = missing_cells[i];
      double number = 42;
      gint64 count = 42;
      GDate date;
      GDateMonth month;
      GDateDay day;
      gint64 moment;

      g_test_message ("“%s”", cell);
      g_date_clear (&date, 1);
      g_assert_true (mr_value_is_missing (cell));
      g_assert_cmpint (mr_value_parse_double (cell, &number), ==, MR_VALUE_MISSING);
      g_assert_cmpint (mr_value_parse_count (cell, &count), ==, MR_VALUE_MISSING);
      g_assert_cmpint (mr_value_parse_fraction (cell, &number), ==, MR_VALUE_MISSING);
      g_assert_cmpint (mr_value_parse_duration (cell, &number), ==, MR_VALUE_MISSING);
      g_assert_cmpint (mr_value_parse_date (cell, &date), ==, MR_VALUE_MISSING);
      g_assert_cmpint (mr_value_parse_month (cell, &date), ==, MR_VALUE_MISSING);
      g_assert_cmpint (mr_value_parse_month_day (cell, &month, &day), ==, MR_VALUE_MISSING);
      g_assert_cmpint (mr_value_parse_date_time (cell, NULL, &moment), ==, MR_VALUE_MISSING);
      g_assert_null (mr_value_dup_text (cell));
      g_assert_null (mr_value_parse_handle (cell, NULL));
      /* The outputs are left alone. */
      g_assert_cmpfloat (number, ==, 42);
      g_assert_cmpint (count, ==, 42);
    }

  g_assert_true (mr_value_is_missing (NULL));
  g_assert_false (mr_value_is_missing ("0"));
  g_assert_false (mr_value_is_missing ("none"));
  g_assert_false (mr_value_is_missing ("-1"));
}

static void
test_double (void)
{
  struct {
    const char *text;
    double      value;
  } cases[] = {
    /* The header's examples. */
    { "12,400", 12400 }, { "12.400,5", 12400.5 }, { "-3", -3 }, { "61.97%", 61.97 },
    { "3.3k", 3300 }, { "475.8m", 475800000 }, { "29.0b", 29e9 }, { "1,2K", 1200 },
    { "<1", 0.5 },
    /* The decimal mark is the last of '.' and ','. */
    { "1,234.5", 1234.5 }, { "1.234.567", 1234567 }, { "1,234,567", 1234567 },
    { "1,234,567.25", 1234567.25 }, { "1.234.567,25", 1234567.25 },
    /* A lone ',' groups before exactly three digits; a lone '.' is a decimal mark. */
    { "1,234", 1234 }, { "1,23", 1.23 }, { "1,2345", 1.2345 }, { "1.234", 1.234 },
    { "0.59", 0.59 }, { ".5", 0.5 }, { "0", 0 }, { "-0.25", -0.25 }, { "+7", 7 },
    /* Suffixes in either case, after a space, and trimmed cells. */
    { "3.3K", 3300 }, { "2M", 2e6 }, { "1.5B", 1.5e9 }, { "12 k", 12000 },
    { " 61.97 % ", 61.97 }, { "\xC2\xA0" "42\xC2\xA0", 42 },
    /* French and Swedish groups: a (narrow) no-break space. */
    { "12\xC2\xA0" "400", 12400 }, { "12\xE2\x80\xAF" "400,5", 12400.5 }, { "1 234 567", 1234567 },
    /* U+2212 MINUS SIGN and spreadsheet notation. */
    { "\xE2\x88\x92" "5", -5 }, { "1.2E+3", 1200 }, { "2.5e-2", 0.025 },
  };
  const char *invalid[] = {
    "abc", "12abc", "1.2.3", "1,2,3", "12,34,567", "1..2", "%", "k", "--5", "$12",
    "12 34", "1,234.5.6", "1.234,5,6", "<2", "3.3kk", "5 %%", "1e", "e5", "12-", "1 2",
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      double value = NAN;

      g_test_message ("“%s”", cases[i].text);
      g_assert_cmpint (mr_value_parse_double (cases[i].text, &value), ==, MR_VALUE_OK);
      g_assert_cmpfloat_with_epsilon (value, cases[i].value, fabs (cases[i].value) * 1e-12 + 1e-15);
    }

  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      double value = 42;

      g_test_message ("“%s”", invalid[i]);
      g_assert_cmpint (mr_value_parse_double (invalid[i], &value), ==, MR_VALUE_INVALID);
      g_assert_cmpfloat (value, ==, 42);
    }
}

static void
test_count (void)
{
  struct {
    const char *text;
    gint64      value;
  } cases[] = {
    { "12,400", 12400 }, { "12.400,5", 12401 }, { "-3", -3 }, { "3.3k", 3300 },
    { "475.8m", 475800000 }, { "29.0b", G_GINT64_CONSTANT (29000000000) }, { "1,2K", 1200 },
    /* In a count, "1.234" is a thousand and more, unless a suffix follows. */
    { "1.234", 1234 }, { "1.234k", 1234 }, { "1.5k", 1500 }, { "1.2345", 1 },
    /* Daily deltas go below zero. */
    { "-1,234", -1234 }, { "-12", -12 }, { "\xE2\x88\x92" "4", -4 },
    /* Rounded half away from zero. */
    { "2.5", 3 }, { "-2.5", -3 }, { "2.49", 2 }, { "0.5", 1 },
    { "9223372036854775807", G_MAXINT64 }, { "-9223372036854775807", -G_MAXINT64 },
    { "0", 0 }, { "<1", 0 }, { "1.2E+11", G_GINT64_CONSTANT (120000000000) },
  };
  const char *invalid[] = { "abc", "1.2.3", "9223372036854775808", "99999999999b", "12x" };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gint64 value = 42;

      g_test_message ("“%s”", cases[i].text);
      g_assert_cmpint (mr_value_parse_count (cases[i].text, &value), ==, MR_VALUE_OK);
      g_assert_cmpint (value, ==, cases[i].value);
    }

  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      gint64 value = 42;

      g_test_message ("“%s”", invalid[i]);
      g_assert_cmpint (mr_value_parse_count (invalid[i], &value), ==, MR_VALUE_INVALID);
      g_assert_cmpint (value, ==, 42);
    }
}

/* Too large is not "not a number": the import says which. */
static void
test_exceeds (void)
{
  const char *beyond[] = { "1e400", "-1e400", "99999999999999999999", "1,000,001", "1.5m",
                           "-2000000" };
  const char *within[] = { "1000000", "-1,000,000", "1e6", "999.5k", "abc", "", "N/A", "1.2.3" };

  for (guint i = 0; i < G_N_ELEMENTS (beyond); i++)
    {
      g_test_message ("“%s”", beyond[i]);
      g_assert_true (mr_value_exceeds (beyond[i], 1e6));
    }
  for (guint i = 0; i < G_N_ELEMENTS (within); i++)
    {
      g_test_message ("“%s”", within[i]);
      g_assert_false (mr_value_exceeds (within[i], 1e6));
    }
}

static void
test_fraction (void)
{
  struct {
    const char *text;
    double      value;
  } cases[] = {
    { "0.59", 0.59 }, { "59%", 0.59 }, { "59", 0.59 }, { "1", 1 }, { "0", 0 },
    { "100", 1 }, { "0,41", 0.41 }, { "12.5%", 0.125 },
  };
  const char *invalid[] = { "-0.1", "150", "+59", "abc", "200%" };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      double value = NAN;

      g_test_message ("“%s”", cases[i].text);
      g_assert_cmpint (mr_value_parse_fraction (cases[i].text, &value), ==, MR_VALUE_OK);
      g_assert_cmpfloat_with_epsilon (value, cases[i].value, 1e-12);
    }
  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      double value;

      g_test_message ("“%s”", invalid[i]);
      g_assert_cmpint (mr_value_parse_fraction (invalid[i], &value), ==, MR_VALUE_INVALID);
    }
}

static void
test_duration (void)
{
  struct {
    const char *text;
    double      value;
  } cases[] = {
    { "1:02:03", 3723 }, { "0:04:05", 245 }, { "2:05", 125 }, { "75:30", 4530 },
    { "45", 45 }, { "12.5", 12.5 }, { "1,234", 1234 }, { "0:00:07.5", 7.5 },
  };
  const char *invalid[] = { "1:60", "1:2", "1:02:60", "-5", "1:02:03:04", ":30", "1:", "5%", "abc" };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      double value = NAN;

      g_test_message ("“%s”", cases[i].text);
      g_assert_cmpint (mr_value_parse_duration (cases[i].text, &value), ==, MR_VALUE_OK);
      g_assert_cmpfloat_with_epsilon (value, cases[i].value, 1e-9);
    }
  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      double value;

      g_test_message ("“%s”", invalid[i]);
      g_assert_cmpint (mr_value_parse_duration (invalid[i], &value), ==, MR_VALUE_INVALID);
    }
}

static void
assert_date (const GDate *date,
             guint        year,
             guint        month,
             guint        day)
{
  g_assert_true (g_date_valid (date));
  g_assert_cmpuint (g_date_get_year (date), ==, year);
  g_assert_cmpuint (g_date_get_month (date), ==, month);
  g_assert_cmpuint (g_date_get_day (date), ==, day);
}

static void
test_date (void)
{
  struct {
    const char *text;
    guint       year, month, day;
  } cases[] = {
    /* The header's examples. */
    { "2026-03-01", 2026, 3, 1 }, { "2026-03-01T10:00:00Z", 2026, 3, 1 },
    { "03/01/2026", 2026, 3, 1 }, { "1-3-2026", 2026, 3, 1 }, { "01.03.2026", 2026, 3, 1 },
    { "Sep 27, 2024", 2024, 9, 27 }, { "September 27, 2024", 2024, 9, 27 },
    { "27 Sep 2024", 2024, 9, 27 }, { "27 sep. 2024", 2024, 9, 27 },
    { "27 september 2024", 2024, 9, 27 }, { "1 mrt 2026", 2026, 3, 1 },
    { "1 maart 2026", 2026, 3, 1 }, { "1 mars 2026", 2026, 3, 1 },
    { "1er mars 2026", 2026, 3, 1 }, { "27. Sept. 2024", 2024, 9, 27 },
    /* Any case, every language, full or abbreviated. */
    { "1 MAART 2026", 2026, 3, 1 }, { "1. März 2026", 2026, 3, 1 }, { "1. MÄRZ 2026", 2026, 3, 1 },
    { "3 févr. 2026", 2026, 2, 3 }, { "3 FÉVRIER 2026", 2026, 2, 3 }, { "15 août 2025", 2025, 8, 15 },
    { "31 déc. 2025", 2025, 12, 31 }, { "5 okt 2025", 2025, 10, 5 }, { "5 Dez. 2025", 2025, 12, 5 },
    { "12 mei 2025", 2025, 5, 12 }, { "12 Mai 2025", 2025, 5, 12 }, { "Oct 3 2025", 2025, 10, 3 },
    { "March 1st, 2026", 2026, 3, 1 },
    /* Meta's moments, and a leap day; trimmed. */
    { "03/01/2026 14:30", 2026, 3, 1 }, { "2024-02-29", 2024, 2, 29 }, { "  2026-3-1 ", 2026, 3, 1 },
  };
  const char *invalid[] = {
    "2026-02-30", "2025-02-29", "13/01/2026", "Smarch 1, 2026", "2026-03-01 garbage",
    "32 mars 2026", "March 1", "2026-03", "1/3/26", "20260301", "2026-03-01T25:00",
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GDate date;

      g_test_message ("“%s”", cases[i].text);
      g_date_clear (&date, 1);
      g_assert_cmpint (mr_value_parse_date (cases[i].text, &date), ==, MR_VALUE_OK);
      assert_date (&date, cases[i].year, cases[i].month, cases[i].day);
    }
  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      GDate date;

      g_test_message ("“%s”", invalid[i]);
      g_date_clear (&date, 1);
      g_assert_cmpint (mr_value_parse_date (invalid[i], &date), ==, MR_VALUE_INVALID);
    }
}

static void
test_month (void)
{
  GDate date;

  g_date_clear (&date, 1);
  g_assert_cmpint (mr_value_parse_month ("2026-03", &date), ==, MR_VALUE_OK);
  assert_date (&date, 2026, 3, 1);
  g_assert_cmpint (mr_value_parse_month ("2025-12", &date), ==, MR_VALUE_OK);
  assert_date (&date, 2025, 12, 1);
  g_assert_cmpint (mr_value_parse_month ("2026-13", &date), ==, MR_VALUE_INVALID);
  g_assert_cmpint (mr_value_parse_month ("2026-03-01", &date), ==, MR_VALUE_INVALID);
  g_assert_cmpint (mr_value_parse_month ("March", &date), ==, MR_VALUE_INVALID);
}

static void
test_month_day (void)
{
  struct {
    const char *text;
    GDateMonth  month;
    GDateDay    day;
  } cases[] = {
    { "March 1", G_DATE_MARCH, 1 }, { "Mar 1", G_DATE_MARCH, 1 }, { "1 March", G_DATE_MARCH, 1 },
    { "1 maart", G_DATE_MARCH, 1 }, { "1 mars", G_DATE_MARCH, 1 }, { "December 31", G_DATE_DECEMBER, 31 },
    { "Feb 29", G_DATE_FEBRUARY, 29 }, { " 17 okt. ", G_DATE_OCTOBER, 17 },
  };
  const char *invalid[] = { "Feb 30", "April 31", "March", "Mar 1, 2026", "1", "Smarch 1", "March 0" };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GDateMonth month = G_DATE_BAD_MONTH;
      GDateDay day = G_DATE_BAD_DAY;

      g_test_message ("“%s”", cases[i].text);
      g_assert_cmpint (mr_value_parse_month_day (cases[i].text, &month, &day), ==, MR_VALUE_OK);
      g_assert_cmpint (month, ==, cases[i].month);
      g_assert_cmpint (day, ==, cases[i].day);
    }
  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      GDateMonth month;
      GDateDay day;

      g_test_message ("“%s”", invalid[i]);
      g_assert_cmpint (mr_value_parse_month_day (invalid[i], &month, &day), ==, MR_VALUE_INVALID);
    }
}

static void
test_date_time (void)
{
  g_autoptr(GTimeZone) cet = g_time_zone_new_offset (3600);
  struct {
    const char *text;
    GTimeZone  *zone;
    gint64      unix_time;
  } cases[] = {
    /* Meta's "MM/DD/YYYY HH:MM", in UTC and in the zone the user's computer is in. */
    { "03/01/2026 14:30", NULL, 1772375400 },
    { "03/01/2026 14:30", cet, 1772375400 - 3600 },
    /* ISO 8601: an offset beats the default zone. */
    { "2026-03-01T10:00:00+02:00", cet, 1772352000 },
    { "2026-03-01T10:00:00Z", cet, 1772359200 },
    { "2026-03-01T10:00:00.123Z", NULL, 1772359200 },
    { "2026-03-01T10:00+0200", NULL, 1772352000 },
    { "2026-03-01T10:00:00-05", NULL, 1772359200 + 5 * 3600 },
    { "2026-03-01 10:00:00 UTC", cet, 1772359200 },
    { "2026-03-01 10:00", NULL, 1772359200 },
    /* A date alone is its midnight. */
    { "2026-03-01", NULL, 1772323200 },
    { "2026-03-01", cet, 1772323200 - 3600 },
    /* Twelve-hour clocks. */
    { "Sep 27, 2024, 3:05 PM", NULL, 1727449500 },
    { "Sep 27, 2024 3:05 p.m.", NULL, 1727449500 },
    { "03/01/2026 12:30 AM", NULL, 1772325000 },
    { "03/01/2026 12:00 pm", NULL, 1772323200 + 12 * 3600 },
    { "1 maart 2026 09:00", NULL, 1772355600 },
  };
  const char *invalid[] = {
    "2026-03-01T25:00", "2026-03-01 10:60", "03/01/2026 13:00 PM", "03/01/2026 0:30 AM",
    "2026-03-01 10", "2026-03-01T10:00:00+25:00", "2026-03-01 10:00 later", "10:00",
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gint64 value = 0;

      g_test_message ("“%s” (%s)", cases[i].text, cases[i].zone != NULL ? "CET" : "UTC");
      g_assert_cmpint (mr_value_parse_date_time (cases[i].text, cases[i].zone, &value), ==, MR_VALUE_OK);
      g_assert_cmpint (value, ==, cases[i].unix_time);
    }
  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      gint64 value;

      g_test_message ("“%s”", invalid[i]);
      g_assert_cmpint (mr_value_parse_date_time (invalid[i], NULL, &value), ==, MR_VALUE_INVALID);
    }
}

static void
test_period (void)
{
  GDate today;
  struct {
    const char *text;
    guint       start_year, start_month, start_day;
    guint       end_year, end_month, end_day;
  } cases[] = {
    /* Search Console's Filters file. */
    { "Mar 1, 2026-Mar 31, 2026", 2026, 3, 1, 2026, 3, 31 },
    { "2026-03-01 - 2026-03-31", 2026, 3, 1, 2026, 3, 31 },
    { "1 mrt 2026 - 31 mrt 2026", 2026, 3, 1, 2026, 3, 31 },
    { "1 mars 2026 – 31 mars 2026", 2026, 3, 1, 2026, 3, 31 },
    { "Dec 1, 2025-Feb 28, 2026", 2025, 12, 1, 2026, 2, 28 },
    /* Relative to today, 2026-03-31, which ends them. */
    { "Last 7 days", 2026, 3, 25, 2026, 3, 31 },
    { "Last 28 days", 2026, 3, 4, 2026, 3, 31 },
    { "Last 3 months", 2026, 1, 1, 2026, 3, 31 },
    { "Last 12 months", 2025, 4, 1, 2026, 3, 31 },
    { "Last 16 months", 2024, 12, 1, 2026, 3, 31 },
    { "Afgelopen 28 dagen", 2026, 3, 4, 2026, 3, 31 },
    { "Laatste 3 maanden", 2026, 1, 1, 2026, 3, 31 },
    { "28 derniers jours", 2026, 3, 4, 2026, 3, 31 },
    { "12 derniers mois", 2025, 4, 1, 2026, 3, 31 },
    { "LAST 7 DAYS", 2026, 3, 25, 2026, 3, 31 },
  };
  const char *invalid[] = {
    "Mar 31, 2026-Mar 1, 2026", "Last week", "Last days", "7 days", "Last 7", "Derniers 28 jours",
    "Mar 1, 2026", "Mar 1, 2026-", "Last 0 days", "Next 7 days",
  };

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 31, G_DATE_MARCH, 2026);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GDate start, end;

      g_test_message ("“%s”", cases[i].text);
      g_date_clear (&start, 1);
      g_date_clear (&end, 1);
      g_assert_cmpint (mr_value_parse_period (cases[i].text, &today, &start, &end), ==, MR_VALUE_OK);
      assert_date (&start, cases[i].start_year, cases[i].start_month, cases[i].start_day);
      assert_date (&end, cases[i].end_year, cases[i].end_month, cases[i].end_day);
    }
  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      GDate start, end;

      g_test_message ("“%s”", invalid[i]);
      g_assert_cmpint (mr_value_parse_period (invalid[i], &today, &start, &end), ==, MR_VALUE_INVALID);
    }

  /* Without a today, "last" means nothing. */
  {
    GDate start, end;

    g_assert_cmpint (mr_value_parse_period ("Last 7 days", NULL, &start, &end), ==, MR_VALUE_INVALID);
  }
}

/* TikTok Studio's dates have no year; a download crosses New Year. */
static void
test_infer_years (void)
{
  GDate export_date;

  g_date_clear (&export_date, 1);
  g_date_set_dmy (&export_date, 5, G_DATE_JANUARY, 2026);

  {
    const GDateMonth months[] = { G_DATE_DECEMBER, G_DATE_DECEMBER, G_DATE_JANUARY, G_DATE_JANUARY };
    const GDateDay days[] = { 30, 31, 1, 2 };
    GDate out[4];

    mr_value_infer_years (months, days, 4, &export_date, out);
    assert_date (&out[0], 2025, 12, 30);
    assert_date (&out[1], 2025, 12, 31);
    assert_date (&out[2], 2026, 1, 1);
    assert_date (&out[3], 2026, 1, 2);
  }

  /* The last row after the export day cannot be this year's. */
  {
    const GDateMonth months[] = { G_DATE_JANUARY, G_DATE_JANUARY, G_DATE_JANUARY };
    const GDateDay days[] = { 3, 4, 6 };
    GDate out[3];

    mr_value_infer_years (months, days, 3, &export_date, out);
    assert_date (&out[0], 2025, 1, 3);
    assert_date (&out[1], 2025, 1, 4);
    assert_date (&out[2], 2025, 1, 6);
  }

  /* The export day itself is this year's; the same day repeated (one row an hour) stays
   * in its year; gaps are fine; a whole year back steps back twice. */
  {
    const GDateMonth months[] = {
      G_DATE_DECEMBER, G_DATE_MARCH, G_DATE_NOVEMBER, G_DATE_NOVEMBER, G_DATE_JANUARY,
    };
    const GDateDay days[] = { 1, 15, 20, 20, 5 };
    GDate out[5];

    mr_value_infer_years (months, days, 5, &export_date, out);
    assert_date (&out[0], 2024, 12, 1);
    assert_date (&out[1], 2025, 3, 15);
    assert_date (&out[2], 2025, 11, 20);
    assert_date (&out[3], 2025, 11, 20);
    assert_date (&out[4], 2026, 1, 5);
  }

  /* February 29 only exists in leap years. */
  {
    const GDateMonth months[] = { G_DATE_FEBRUARY, G_DATE_MARCH };
    const GDateDay days[] = { 29, 1 };
    const GDateMonth last_months[] = { G_DATE_FEBRUARY };
    const GDateDay last_days[] = { 29 };
    GDate out[2];

    g_date_set_dmy (&export_date, 10, G_DATE_MARCH, 2024);
    mr_value_infer_years (months, days, 2, &export_date, out);
    assert_date (&out[0], 2024, 2, 29);
    assert_date (&out[1], 2024, 3, 1);

    g_date_set_dmy (&export_date, 10, G_DATE_MARCH, 2026);
    mr_value_infer_years (last_months, last_days, 1, &export_date, out);
    assert_date (&out[0], 2024, 2, 29);
  }
}

static void
test_handle (void)
{
  struct {
    const char *text;
    const char *handle;
    MrPlatform  platform;   /* MR_PLATFORM_OTHER: left alone */
  } cases[] = {
    { "@anna", "anna", MR_PLATFORM_OTHER },
    { "anna", "anna", MR_PLATFORM_OTHER },
    { " @anna.b_01 ", "anna.b_01", MR_PLATFORM_OTHER },
    { "https://www.tiktok.com/@handle/video/7312345678901234567", "handle", MR_PLATFORM_TIKTOK },
    { "https://www.tiktok.com/@handle", "handle", MR_PLATFORM_TIKTOK },
    { "tiktok.com/@handle?lang=nl", "handle", MR_PLATFORM_TIKTOK },
    { "https://vm.tiktok.com/ZMabc123/", NULL, MR_PLATFORM_TIKTOK },
    { "https://www.instagram.com/name/", "name", MR_PLATFORM_INSTAGRAM },
    { "http://instagram.com/name?igsh=abc", "name", MR_PLATFORM_INSTAGRAM },
    { "https://www.instagram.com/p/Cxyz123/", NULL, MR_PLATFORM_INSTAGRAM },
    { "https://www.instagram.com/reel/Cxyz123/", NULL, MR_PLATFORM_INSTAGRAM },
    { "https://www.instagram.com/stories/name/123/", "name", MR_PLATFORM_INSTAGRAM },
    { "https://www.youtube.com/@name", "name", MR_PLATFORM_YOUTUBE },
    { "https://www.youtube.com/@name/videos", "name", MR_PLATFORM_YOUTUBE },
    { "https://www.youtube.com/c/name", "name", MR_PLATFORM_YOUTUBE },
    { "https://www.youtube.com/channel/UC1a2b3c4d5e6f7g8h9i0jk", "UC1a2b3c4d5e6f7g8h9i0jk", MR_PLATFORM_YOUTUBE },
    { "https://www.youtube.com/watch?v=dQw4w9WgXcQ", NULL, MR_PLATFORM_YOUTUBE },
    { "https://youtu.be/dQw4w9WgXcQ", NULL, MR_PLATFORM_YOUTUBE },
    { "https://bsky.app/profile/name.bsky.social", "name.bsky.social", MR_PLATFORM_BLUESKY },
    { "https://bsky.app/profile/name.bsky.social/post/3k", "name.bsky.social", MR_PLATFORM_BLUESKY },
    { "https://mastodon.social/@name", "name@mastodon.social", MR_PLATFORM_MASTODON },
    { "https://Fosstodon.org/@name/11234", "name@fosstodon.org", MR_PLATFORM_MASTODON },
    { "@name@mastodon.social", "name@mastodon.social", MR_PLATFORM_OTHER },
    /* Found by fuzzing: an '@' typed twice stayed in the handle. */
    { "@@anna", "anna", MR_PLATFORM_OTHER },
    { "https://www.youtube.com/@@name", "name", MR_PLATFORM_YOUTUBE },
    { "https://www.instagram.com/@name/", "name", MR_PLATFORM_INSTAGRAM },
    /* Not a handle. */
    { "https://example.com/about", NULL, MR_PLATFORM_OTHER },
    { "Anna de Vries", NULL, MR_PLATFORM_OTHER },
    { "@", NULL, MR_PLATFORM_OTHER },
    { "@@", NULL, MR_PLATFORM_OTHER },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      MrPlatform platform = MR_PLATFORM_OTHER;
      g_autofree char *handle = NULL;

      g_test_message ("“%s”", cases[i].text);
      handle = mr_value_parse_handle (cases[i].text, &platform);
      g_assert_cmpstr (handle, ==, cases[i].handle);
      g_assert_cmpint (platform, ==, cases[i].platform);
    }

  /* The platform is optional. */
  {
    g_autofree char *handle = mr_value_parse_handle ("https://www.tiktok.com/@x", NULL);

    g_assert_cmpstr (handle, ==, "x");
  }
}

static void
test_dup_text (void)
{
  struct {
    const char *text;
    const char *trimmed;
  } cases[] = {
    { "  hello  ", "hello" }, { " -AbC123", "-AbC123" }, { "\xC2\xA0" "Zoë\xC2\xA0", "Zoë" },
    { "\tline one\nline two\r\n", "line one\nline two" }, { "0", "0" }, { "none", "none" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = mr_value_dup_text (cases[i].text);

      g_assert_cmpstr (text, ==, cases[i].trimmed);
    }
  g_assert_null (mr_value_dup_text (NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-values/missing", test_missing);
  g_test_add_func ("/import-values/double", test_double);
  g_test_add_func ("/import-values/count", test_count);
  g_test_add_func ("/import-values/exceeds", test_exceeds);
  g_test_add_func ("/import-values/fraction", test_fraction);
  g_test_add_func ("/import-values/duration", test_duration);
  g_test_add_func ("/import-values/date", test_date);
  g_test_add_func ("/import-values/month", test_month);
  g_test_add_func ("/import-values/month-day", test_month_day);
  g_test_add_func ("/import-values/date-time", test_date_time);
  g_test_add_func ("/import-values/period", test_period);
  g_test_add_func ("/import-values/infer-years", test_infer_years);
  g_test_add_func ("/import-values/handle", test_handle);
  g_test_add_func ("/import-values/dup-text", test_dup_text);

  return g_test_run ();
}
