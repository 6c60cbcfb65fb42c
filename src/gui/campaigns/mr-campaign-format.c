/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-campaign-format"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "mr-campaign-format.h"
#include "mr-kpi-format.h"
#include "mr-number-format.h"

/* As the rest of Microreach writes money: the currency's code, then the amount. */
char *
mr_campaign_format_money (double      amount,
                          const char *currency)
{
  return mr_kpi_format_money (currency, amount, FALSE);
}

char *
mr_campaign_format_amount (double amount)
{
  if (isnan (amount))
    return g_strdup ("");

  return mr_format_decimal (amount, 2);
}

/* ── Reading an amount ───────────────────────────────────────────────────────────── */

static char
language_decimal_separator (void)
{
  /* The same words as mr-number-format.c: one translation for both directions. */
  const char *separator = g_dpgettext2 (GETTEXT_PACKAGE, "decimal separator", ".");

  return separator[0] == ',' ? ',' : '.';
}

/* Whether @digits (digits and @separator only) groups by three after its first group. */
static gboolean
groups_by_three (const char *digits,
                 char        separator)
{
  g_auto(GStrv) groups = NULL;
  char sep[2] = { separator, '\0' };
  guint n;

  groups = g_strsplit (digits, sep, -1);
  n = g_strv_length (groups);
  if (n < 2)
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      gsize len = strlen (groups[i]);

      if (len == 0 || len > 3 || (i > 0 && len != 3))
        return FALSE;
    }
  return TRUE;
}

/* Leaves only what can be a number: without spaces, the currency's sign or code. */
static char *
strip_currency (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0x00A0 || c == 0x202F)
        continue;
      if (g_unichar_isalpha (c) && c < 0x80)
        continue;
      if (c == 0x20AC || c == '$' || c == 0x00A3)
        continue;
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

gboolean
mr_campaign_parse_amount (const char *text,
                          double     *out)
{
  g_autofree char *number = NULL;
  g_autofree char *whole = NULL;
  g_autofree char *plain = NULL;
  const char *fraction = NULL;
  char decimal = '\0';
  char *last_dot, *last_comma;
  guint n_dots = 0, n_commas = 0;
  GString *digits;
  char *end = NULL;
  double value;

  g_return_val_if_fail (out != NULL, FALSE);

  if (text == NULL)
    return FALSE;

  /* Letters inside the number ("12a5") make it no amount. */
  {
    g_autofree char *trimmed = g_strstrip (g_strdup (text));
    const char *first_digit = strpbrk (trimmed, "0123456789");
    const char *last_digit = NULL;

    for (const char *p = trimmed; *p != '\0'; p++)
      if (g_ascii_isdigit (*p))
        last_digit = p;
    if (first_digit == NULL)
      return FALSE;
    for (const char *p = first_digit; p <= last_digit; p++)
      if (!g_ascii_isdigit (*p) && *p != '.' && *p != ',' && *p != ' ' &&
          (guchar) *p < 0x80)
        return FALSE;
  }

  number = strip_currency (text);
  if (number[0] == '\0')
    return FALSE;
  for (const char *p = number; *p != '\0'; p++)
    {
      if (*p == '.')
        n_dots++;
      else if (*p == ',')
        n_commas++;
      else if (!g_ascii_isdigit (*p))
        return FALSE;
    }

  last_dot = strrchr (number, '.');
  last_comma = strrchr (number, ',');
  if (n_dots > 0 && n_commas > 0)
    {
      decimal = last_dot > last_comma ? '.' : ',';
      if ((decimal == '.' ? n_dots : n_commas) > 1)
        return FALSE;
    }
  else if (n_dots + n_commas > 0)
    {
      char separator = n_dots > 0 ? '.' : ',';
      guint n = n_dots + n_commas;

      /* The language's decimal separator once is a decimal point; otherwise a separator
       * that groups by three is grouping ("1.000" in Dutch, "1,000" in English), and a
       * lone one that does not ("12,5" typed in English) is a decimal point after all. */
      if (separator == language_decimal_separator () && n == 1)
        decimal = separator;
      else if (groups_by_three (number, separator))
        decimal = '\0';
      else if (n == 1)
        decimal = separator;
      else
        return FALSE;
    }

  if (decimal != '\0')
    {
      char *point = strrchr (number, decimal);

      *point = '\0';
      fraction = point + 1;
      if (fraction[0] == '\0' || strpbrk (fraction, ".,") != NULL)
        return FALSE;
    }

  whole = g_strdup (number);
  if (whole[0] == '\0')
    return FALSE;
  if (strpbrk (whole, ".,") != NULL)
    {
      char grouping = strchr (whole, '.') != NULL ? '.' : ',';

      if (strchr (whole, grouping == '.' ? ',' : '.') != NULL || !groups_by_three (whole, grouping))
        return FALSE;
    }

  digits = g_string_new (NULL);
  for (const char *p = whole; *p != '\0'; p++)
    if (g_ascii_isdigit (*p))
      g_string_append_c (digits, *p);
  if (fraction != NULL)
    g_string_append_printf (digits, ".%s", fraction);
  plain = g_string_free (digits, FALSE);

  value = g_ascii_strtod (plain, &end);
  if (end == NULL || *end != '\0' || !isfinite (value))
    return FALSE;

  *out = value;
  return TRUE;
}

/* ── Days ────────────────────────────────────────────────────────────────────────── */

gboolean
mr_campaign_parse_date (const char *text,
                        GDate      *out)
{
  unsigned int year, month, day;

  if (text == NULL || strlen (text) != 10)
    return FALSE;
  for (guint i = 0; i < 10; i++)
    if (i == 4 || i == 7 ? text[i] != '-' : !g_ascii_isdigit (text[i]))
      return FALSE;
  if (sscanf (text, "%4u-%2u-%2u", &year, &month, &day) != 3 ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return FALSE;

  if (out != NULL)
    {
      g_date_clear (out, 1);
      g_date_set_dmy (out, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
    }
  return TRUE;
}

char *
mr_campaign_format_date (const char *date,
                         gboolean    with_year)
{
  GDate day;

  if (!mr_campaign_parse_date (date, &day))
    return NULL;

  return mr_format_day (g_date_get_julian (&day), with_year);
}

char *
mr_campaign_format_dates (MrCampaign *campaign)
{
  GDate start, end;
  gboolean has_start, has_end;
  g_autofree char *from = NULL;
  g_autofree char *until = NULL;

  g_return_val_if_fail (MR_IS_CAMPAIGN (campaign), NULL);

  has_start = mr_campaign_parse_date (mr_campaign_get_start_date (campaign), &start);
  has_end = mr_campaign_parse_date (mr_campaign_get_end_date (campaign), &end);

  if (has_start && has_end)
    {
      gboolean same_year = g_date_get_year (&start) == g_date_get_year (&end);

      from = mr_format_day (g_date_get_julian (&start), !same_year);
      until = mr_format_day (g_date_get_julian (&end), TRUE);
      /* Translators: a campaign's first and last day, as in "3 June – 30 June 2024". */
      return g_strdup_printf (_("%1$s – %2$s"), from, until);
    }
  if (has_start)
    {
      from = mr_format_day (g_date_get_julian (&start), TRUE);
      /* Translators: a campaign without an end date; %s is its first day. */
      return g_strdup_printf (_("From %s"), from);
    }
  if (has_end)
    {
      until = mr_format_day (g_date_get_julian (&end), TRUE);
      /* Translators: a campaign without a start date; %s is its last day. */
      return g_strdup_printf (_("Until %s"), until);
    }
  return NULL;
}
