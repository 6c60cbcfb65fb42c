/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-number-format"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "mr-number-format.h"

static const char *
thousands_separator (void)
{
  /* Translators: the separator between groups of three digits, as in 10,000. */
  return C_("thousands separator", ",");
}

static const char *
decimal_separator (void)
{
  /* Translators: the separator between whole and decimal digits, as in 6.5. */
  return C_("decimal separator", ".");
}

/* Groups the digits of a plain ASCII integer ("-1234567") into "-1,234,567". */
static void
append_grouped (GString    *out,
                const char *digits)
{
  gsize len;

  if (digits[0] == '-')
    {
      g_string_append_c (out, '-');
      digits++;
    }

  len = strlen (digits);
  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append (out, thousands_separator ());
      g_string_append_c (out, digits[i]);
    }
}

char *
mr_format_count (gint64 value)
{
  g_autofree char *digits = g_strdup_printf ("%" G_GINT64_FORMAT, value);
  GString *out = g_string_new (NULL);

  append_grouped (out, digits);

  return g_string_free (out, FALSE);
}

/* Rounds to at most max_decimals and drops trailing zeros: 65 → "65", 3.65 → "3.65",
 * 7.50 → "7.5". Whole part grouped like mr_format_count (). */
char *
mr_format_decimal (double value,
                   guint  max_decimals)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char format[8];
  g_autofree char *text = NULL;
  char *point;
  GString *out;

  g_return_val_if_fail (isfinite (value), NULL);
  g_return_val_if_fail (max_decimals <= 6, NULL);

  g_snprintf (format, sizeof format, "%%.%uf", max_decimals);
  text = g_strdup (g_ascii_formatd (buffer, sizeof buffer, format, value));

  point = strchr (text, '.');
  if (point != NULL)
    {
      char *end = text + strlen (text) - 1;

      while (end > point && *end == '0')
        *end-- = '\0';
      if (end == point)
        *point = '\0';
    }

  /* "-0" after rounding a tiny negative value says nothing a marketer needs. */
  if (g_str_equal (text, "-0"))
    return g_strdup ("0");

  out = g_string_new (NULL);
  point = strchr (text, '.');
  if (point != NULL)
    *point = '\0';
  append_grouped (out, text);
  if (point != NULL)
    {
      g_string_append (out, decimal_separator ());
      g_string_append (out, point + 1);
    }

  return g_string_free (out, FALSE);
}

char *
mr_format_percent (double value)
{
  g_autofree char *number = mr_format_decimal (value, 2);

  /* Translators: a percentage; %s is the number, such as 6.5. */
  return g_strdup_printf (_("%s %%"), number);
}

/* Whole currency units: prices here are estimates, cents would suggest a precision
 * they do not have. */
char *
mr_format_money (double value)
{
  return mr_format_decimal (round (value), 0);
}

/* Month names and the order of a date come from the translation, like the separators
 * above: a Dutch sentence reads "3 maart 2025" whatever LC_TIME the process runs in
 * (scripts and the headless export often run in the C locale). */
static const char * const month_names[] = {
  NC_("month in a date", "January"), NC_("month in a date", "February"),
  NC_("month in a date", "March"), NC_("month in a date", "April"),
  NC_("month in a date", "May"), NC_("month in a date", "June"),
  NC_("month in a date", "July"), NC_("month in a date", "August"),
  NC_("month in a date", "September"), NC_("month in a date", "October"),
  NC_("month in a date", "November"), NC_("month in a date", "December"),
};
G_STATIC_ASSERT (G_N_ELEMENTS (month_names) == 12);

char *
mr_format_day (guint32  julian,
               gboolean with_year)
{
  GDate date;
  const char *month;

  g_return_val_if_fail (g_date_valid_julian (julian), g_strdup (""));

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  month = g_dpgettext2 (GETTEXT_PACKAGE, "month in a date", month_names[g_date_get_month (&date) - 1]);

  if (!with_year)
    /* Translators: a date within a sentence, without its year: the day and the month's
     * name, as in "3 March". Reorder with positional arguments ("%2$s %1$u") if needed. */
    return g_strdup_printf (C_("date without year", "%u %s"), (guint) g_date_get_day (&date), month);

  /* Translators: a date within a sentence: the day, the month's name and the year, as
   * in "3 March 2025". Reorder with positional arguments ("%2$s %1$u, %3$u") if needed. */
  return g_strdup_printf (_("%u %s %u"), (guint) g_date_get_day (&date), month,
                          (guint) g_date_get_year (&date));
}
