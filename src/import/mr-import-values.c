/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-import-values"

#include "config.h"

#include <math.h>
#include <string.h>

#include "mr-import-values.h"

/* ── White space and missing words ───────────────────────────────────────────────── */

/* The bytes of the white space at @p, 0 when there is none: ASCII white space, U+00A0,
 * U+2009 and U+202F (French thousands), and U+FEFF (a byte-order mark pasted into a
 * cell). */
static inline gsize
space_at (const char *p,
          const char *end)
{
  const guint8 *u = (const guint8 *) p;

  switch (u[0])
    {
    case ' ': case '\t': case '\n': case '\r': case '\v': case '\f':
      return 1;
    case 0xC2:
      return end - p >= 2 && u[1] == 0xA0 ? 2 : 0;
    case 0xE2:
      return end - p >= 3 && u[1] == 0x80 && (u[2] == 0x89 || u[2] == 0xAF) ? 3 : 0;
    case 0xEF:
      return end - p >= 3 && u[1] == 0xBB && u[2] == 0xBF ? 3 : 0;
    default:
      return 0;
    }
}

/* The same for the white space that ends just before @end. */
static inline gsize
space_before (const char *start,
              const char *end)
{
  const guint8 *u = (const guint8 *) end;

  switch (u[-1])
    {
    case ' ': case '\t': case '\n': case '\r': case '\v': case '\f':
      return 1;
    case 0xA0:
      return end - start >= 2 && u[-2] == 0xC2 ? 2 : 0;
    case 0x89:
    case 0xAF:
      return end - start >= 3 && u[-3] == 0xE2 && u[-2] == 0x80 ? 3 : 0;
    case 0xBF:
      return end - start >= 3 && u[-3] == 0xEF && u[-2] == 0xBB ? 3 : 0;
    default:
      return 0;
    }
}

static inline void
trim (const char  *text,
      const char **start,
      const char **end)
{
  const char *s = text, *e = text + strlen (text);
  gsize n;

  while (s < e && (n = space_at (s, e)) > 0)
    s += n;
  while (e > s && (n = space_before (s, e)) > 0)
    e -= n;
  *start = s;
  *end = e;
}

static const char * const missing_words[] = {
  "undefined", "nan", "n/a", "n.v.t.", "--", "-", "null",
};

static gboolean
span_is_missing (const char *s,
                 const char *e)
{
  gsize len = e - s;

  if (len == 0)
    return TRUE;
  /* Numbers come by the million: reject them before comparing words. */
  if (s[0] != '-' && s[0] != 'n' && s[0] != 'N' && s[0] != 'u' && s[0] != 'U')
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (missing_words); i++)
    if (strlen (missing_words[i]) == len && g_ascii_strncasecmp (s, missing_words[i], len) == 0)
      return TRUE;
  return FALSE;
}

gboolean
mr_value_is_missing (const char *text)
{
  const char *s, *e;

  if (text == NULL)
    return TRUE;
  trim (text, &s, &e);
  return span_is_missing (s, e);
}

/* ── Numbers ─────────────────────────────────────────────────────────────────────── */

/* ±mantissa × 10^exponent, as written. */
typedef struct
{
  guint64  mantissa;
  int      exponent;
  gboolean negative;
  gboolean signed_;     /* written with '+' or '-' */
  gboolean percent;
  gboolean suffix;      /* k, m or b */
  gboolean below_one;   /* Google Trends' "<1" */
} Number;

static const double powers_of_ten[] = {
  1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
  1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
};

/* The bytes of a separator between digit groups written as a (non-breaking or thin)
 * space at @p, when a digit follows it. */
static inline gsize
group_space_at (const char *p,
                const char *end)
{
  gsize n = *p == ' ' ? 1 : (guint8) *p == 0xC2 || (guint8) *p == 0xE2 ? space_at (p, end) : 0;

  return n > 0 && p + n < end && g_ascii_isdigit (p[n]) ? n : 0;
}

/* Reads a number between @s and @e. For a count, a lone '.' before exactly three digits
 * (and no suffix) groups thousands. */
static MrValueResult
parse_number_span (const char *s,
                   const char *e,
                   gboolean    count,
                   Number     *number)
{
  const char *p = s, *digits_end;
  guint n_dots = 0, n_commas = 0, n_digits = 0;
  const char *last_dot = NULL, *last_comma = NULL;
  char decimal = 0, group = 0;
  gboolean in_fraction = FALSE, grouped = FALSE;
  guint run = 0;

  memset (number, 0, sizeof *number);

  if (p < e && *p == '<')
    {
      if (e - p == 2 && p[1] == '1')
        {
          number->below_one = TRUE;
          number->mantissa = 5;
          number->exponent = -1;
          return MR_VALUE_OK;
        }
      return MR_VALUE_INVALID;
    }

  if (p < e && (*p == '-' || *p == '+'))
    {
      number->signed_ = TRUE;
      number->negative = *p == '-';
      p++;
    }
  else if (e - p >= 3 && memcmp (p, "\xE2\x88\x92", 3) == 0)   /* U+2212 MINUS SIGN */
    {
      number->signed_ = number->negative = TRUE;
      p += 3;
    }

  /* First the extent of the digits and which separators they hold… */
  digits_end = p;
  while (digits_end < e)
    {
      char c = *digits_end;
      gsize n;

      if (c == '.')
        {
          last_dot = digits_end;
          n_dots++;
        }
      else if (c == ',')
        {
          last_comma = digits_end;
          n_commas++;
        }

      if (g_ascii_isdigit (c) || c == '.' || c == ',')
        digits_end++;
      else if (digits_end > p && g_ascii_isdigit (digits_end[-1]) &&
               (n = group_space_at (digits_end, e)) > 0)
        digits_end += n;
      else
        break;
    }

  /* …then which suffix follows them, possibly after a space. */
  {
    const char *q = digits_end;
    gsize n;

    while (q < e && (n = space_at (q, e)) > 0)
      q += n;
    if (q < e && q == digits_end && (*q == 'e' || *q == 'E'))
      {
        /* Scientific notation, as spreadsheets write large numbers: "1.2E+11". */
        gboolean negative_exponent = FALSE;
        int exponent = 0, n_exponent_digits = 0;

        q++;
        if (q < e && (*q == '-' || *q == '+'))
          negative_exponent = *q++ == '-';
        for (; q < e && g_ascii_isdigit (*q) && n_exponent_digits < 4; q++, n_exponent_digits++)
          exponent = exponent * 10 + (*q - '0');
        if (n_exponent_digits == 0 || q != e)
          return MR_VALUE_INVALID;
        number->exponent = negative_exponent ? -exponent : exponent;
      }
    else if (q < e)
      {
        switch (*q)
          {
          case '%':
            number->percent = TRUE;
            break;
          case 'k': case 'K':
            number->suffix = TRUE;
            number->exponent = 3;
            break;
          case 'm': case 'M':
            number->suffix = TRUE;
            number->exponent = 6;
            break;
          case 'b': case 'B':
            number->suffix = TRUE;
            number->exponent = 9;
            break;
          default:
            return MR_VALUE_INVALID;
          }
        if (q + 1 != e)
          return MR_VALUE_INVALID;
      }
  }

  /* Which separator is the decimal mark (FORMATS.md: exports mix both conventions). */
  if (n_dots > 0 && n_commas > 0)
    {
      decimal = last_dot > last_comma ? '.' : ',';
      group = decimal == '.' ? ',' : '.';
      if ((decimal == '.' ? n_dots : n_commas) != 1)
        return MR_VALUE_INVALID;
    }
  else if (n_dots + n_commas == 1)
    {
      const char *mark = n_dots == 1 ? last_dot : last_comma;
      gboolean three_digits = digits_end - mark == 4 && g_ascii_isdigit (mark[1]) &&
                              g_ascii_isdigit (mark[2]) && g_ascii_isdigit (mark[3]);

      if (three_digits && mark != p && (n_commas == 1 || (count && !number->suffix)))
        group = *mark;
      else
        decimal = *mark;
    }
  else if (n_dots > 1)
    group = '.';
  else if (n_commas > 1)
    group = ',';

  for (; p < digits_end; p++)
    {
      char c = *p;

      if (g_ascii_isdigit (c))
        {
          run++;
          n_digits++;
          if (number->mantissa <= (G_MAXUINT64 - 9) / 10)
            {
              number->mantissa = number->mantissa * 10 + (c - '0');
              if (in_fraction)
                number->exponent--;
            }
          else if (!in_fraction)
            {
              /* Beyond 19 digits only the magnitude matters. */
              number->exponent++;
            }
          continue;
        }
      if (c == decimal)
        {
          if (grouped && run != 3)
            return MR_VALUE_INVALID;
          in_fraction = TRUE;
          grouped = FALSE;
          continue;
        }
      /* A separator between groups: the one that is not the decimal mark, or a space. */
      if (in_fraction || run == 0 || (grouped && run != 3) || (c != group && g_ascii_ispunct (c)))
        return MR_VALUE_INVALID;
      grouped = TRUE;
      run = 0;
      if (c != group)
        p += group_space_at (p, digits_end) - 1;
    }
  if (n_digits == 0 || (grouped && run != 3))
    return MR_VALUE_INVALID;

  return MR_VALUE_OK;
}

static double
number_to_double (const Number *number)
{
  double value;

  if (number->mantissa == 0)
    return 0.0;

  /* Both operands exact, so the one operation rounds correctly. */
  if (number->mantissa < (G_GUINT64_CONSTANT (1) << 53) &&
      number->exponent >= -22 && number->exponent <= 22)
    {
      value = number->exponent < 0
        ? (double) number->mantissa / powers_of_ten[-number->exponent]
        : (double) number->mantissa * powers_of_ten[number->exponent];
    }
  else
    {
      char buffer[48];

      g_snprintf (buffer, sizeof buffer, "%" G_GUINT64_FORMAT "e%d",
                  number->mantissa, number->exponent);
      value = g_ascii_strtod (buffer, NULL);
    }
  return number->negative ? -value : value;
}

static MrValueResult
parse_number (const char *text,
              gboolean    count,
              Number     *number)
{
  const char *s, *e;

  trim (text, &s, &e);
  if (span_is_missing (s, e))
    return MR_VALUE_MISSING;
  return parse_number_span (s, e, count, number);
}

MrValueResult
mr_value_parse_double (const char *text,
                       double     *out)
{
  Number number;
  MrValueResult result;
  double value;

  g_return_val_if_fail (out != NULL, MR_VALUE_INVALID);

  if (text == NULL)
    return MR_VALUE_MISSING;
  result = parse_number (text, FALSE, &number);
  if (result != MR_VALUE_OK)
    return result;

  value = number_to_double (&number);
  if (!isfinite (value))
    return MR_VALUE_INVALID;
  *out = value;
  return MR_VALUE_OK;
}

MrValueResult
mr_value_parse_count (const char *text,
                      gint64     *out)
{
  Number number;
  MrValueResult result;
  guint64 magnitude;

  g_return_val_if_fail (out != NULL, MR_VALUE_INVALID);

  if (text == NULL)
    return MR_VALUE_MISSING;
  result = parse_number (text, TRUE, &number);
  if (result != MR_VALUE_OK)
    return result;

  if (number.below_one)
    {
      *out = 0;
      return MR_VALUE_OK;
    }

  magnitude = number.mantissa;
  if (number.exponent > 0)
    {
      for (int i = 0; i < number.exponent; i++)
        {
          if (magnitude > G_MAXINT64 / 10)
            return MR_VALUE_INVALID;
          magnitude *= 10;
        }
    }
  else if (number.exponent < 0)
    {
      /* Rounds half away from zero, in integers: 2.5 → 3, -2.5 → -3. */
      guint64 divisor = 1;

      if (number.exponent < -19)
        {
          magnitude = 0;
        }
      else
        {
          for (int i = 0; i < -number.exponent; i++)
            divisor *= 10;
          magnitude = number.mantissa / divisor + (number.mantissa % divisor >= (divisor + 1) / 2 ? 1 : 0);
        }
    }
  if (magnitude > G_MAXINT64)
    return MR_VALUE_INVALID;

  *out = number.negative ? -(gint64) magnitude : (gint64) magnitude;
  return MR_VALUE_OK;
}

gboolean
mr_value_exceeds (const char *text,
                  double      limit)
{
  Number number;

  if (text == NULL || parse_number (text, FALSE, &number) != MR_VALUE_OK)
    return FALSE;
  return !(fabs (number_to_double (&number)) <= limit);
}

MrValueResult
mr_value_parse_fraction (const char *text,
                         double     *out)
{
  Number number;
  MrValueResult result;
  double value;

  g_return_val_if_fail (out != NULL, MR_VALUE_INVALID);

  if (text == NULL)
    return MR_VALUE_MISSING;
  result = parse_number (text, FALSE, &number);
  if (result != MR_VALUE_OK)
    return result;

  value = number_to_double (&number);
  if (number.percent || (value > 1.0 && !number.signed_))
    value /= 100.0;
  if (!(value >= 0.0 && value <= 1.0))
    return MR_VALUE_INVALID;
  *out = value;
  return MR_VALUE_OK;
}

/* ── Cursor helpers for dates and times ──────────────────────────────────────────── */

/* Reads up to 9 digits; answers how many there were (more than 9 count as 10). */
static guint
read_digits (const char **p,
             const char  *e,
             guint       *value)
{
  const char *q = *p;
  guint n = 0, v = 0;

  while (q < e && g_ascii_isdigit (*q))
    {
      if (n < 9)
        v = v * 10 + (*q - '0');
      n++;
      q++;
    }
  *p = q;
  *value = v;
  return MIN (n, 10);
}

static gboolean
skip_spaces (const char **p,
             const char  *e)
{
  const char *start = *p;
  gsize n;

  while (*p < e && (n = space_at (*p, e)) > 0)
    *p += n;
  return *p != start;
}

static inline gboolean
skip_char (const char **p,
           const char  *e,
           char         c)
{
  if (*p < e && **p == c)
    {
      (*p)++;
      return TRUE;
    }
  return FALSE;
}

/* Copies the word at *@p (ASCII letters and any non-ASCII UTF-8) folded to lower case,
 * the accented capitals of Latin-1 included; FALSE when there is none or it is long. */
static gboolean
read_word (const char **p,
           const char  *e,
           char        *word,
           gsize        size)
{
  const char *q = *p;
  gsize n = 0;

  while (q < e && (g_ascii_isalpha (*q) || (guint8) *q >= 0x80))
    {
      guint8 c = (guint8) *q;

      if (n + 1 >= size)
        return FALSE;
      if (c == 0xC3 && q + 1 < e && (guint8) q[1] >= 0x80 && (guint8) q[1] <= 0x9E &&
          (guint8) q[1] != 0x97)
        {
          if (n + 2 >= size)
            return FALSE;
          word[n++] = (char) c;
          word[n++] = (char) ((guint8) q[1] + 0x20);
          q += 2;
          continue;
        }
      word[n++] = g_ascii_tolower ((char) c);
      q++;
    }
  if (n == 0)
    return FALSE;
  word[n] = '\0';
  *p = q;
  return TRUE;
}

static const struct
{
  const char *name;
  guint8      month;
} month_names[] = {
  /* English */
  { "january", 1 }, { "jan", 1 }, { "february", 2 }, { "feb", 2 }, { "march", 3 },
  { "mar", 3 }, { "april", 4 }, { "apr", 4 }, { "may", 5 }, { "june", 6 }, { "jun", 6 },
  { "july", 7 }, { "jul", 7 }, { "august", 8 }, { "aug", 8 }, { "september", 9 },
  { "sep", 9 }, { "sept", 9 }, { "october", 10 }, { "oct", 10 }, { "november", 11 },
  { "nov", 11 }, { "december", 12 }, { "dec", 12 },
  /* Dutch */
  { "januari", 1 }, { "februari", 2 }, { "maart", 3 }, { "mrt", 3 }, { "mei", 5 },
  { "juni", 6 }, { "juli", 7 }, { "augustus", 8 }, { "oktober", 10 }, { "okt", 10 },
  /* French */
  { "janvier", 1 }, { "janv", 1 }, { "février", 2 }, { "fevrier", 2 }, { "févr", 2 },
  { "fevr", 2 }, { "fév", 2 }, { "fev", 2 }, { "mars", 3 }, { "avril", 4 }, { "avr", 4 },
  { "mai", 5 }, { "juin", 6 }, { "juillet", 7 }, { "juil", 7 }, { "août", 8 },
  { "aout", 8 }, { "septembre", 9 }, { "octobre", 10 }, { "novembre", 11 },
  { "décembre", 12 }, { "decembre", 12 }, { "déc", 12 },
  /* German */
  { "januar", 1 }, { "jänner", 1 }, { "jän", 1 }, { "februar", 2 }, { "märz", 3 },
  { "maerz", 3 }, { "mär", 3 }, { "mrz", 3 }, { "dezember", 12 }, { "dez", 12 },
};

/* A month's name or abbreviation at *@p, with an optional dot: 1–12, or 0. */
static guint
read_month_name (const char **p,
                 const char  *e)
{
  const char *q = *p;
  char word[16];

  if (!read_word (&q, e, word, sizeof word))
    return 0;
  for (guint i = 0; i < G_N_ELEMENTS (month_names); i++)
    if (strcmp (word, month_names[i].name) == 0)
      {
        skip_char (&q, e, '.');
        *p = q;
        return month_names[i].month;
      }
  return 0;
}

/* "1st", "2nd", "3rd", "4th", and French "1er". */
static void
skip_ordinal (const char **p,
              const char  *e)
{
  static const char * const ordinals[] = { "st", "nd", "rd", "th", "er" };

  if (e - *p < 2)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (ordinals); i++)
    if (g_ascii_strncasecmp (*p, ordinals[i], 2) == 0 &&
        (e - *p == 2 || !g_ascii_isalpha ((*p)[2])))
      {
        *p += 2;
        return;
      }
}

/* "2026-03-01", "2026/03/01", "03/01/2026" (month first), "1-3-2026", "01.03.2026". */
static gboolean
read_numeric_date (const char **p,
                   const char  *e,
                   guint       *year,
                   guint       *month,
                   guint       *day)
{
  const char *q = *p;
  guint a, b, c, n_a, n_b, n_c;
  char separator;

  n_a = read_digits (&q, e, &a);
  if (n_a == 0 || q == e || (*q != '-' && *q != '/' && *q != '.'))
    return FALSE;
  separator = *q++;
  n_b = read_digits (&q, e, &b);
  if (n_b == 0 || n_b > 2 || !skip_char (&q, e, separator))
    return FALSE;
  n_c = read_digits (&q, e, &c);

  if (n_a == 4 && n_c >= 1 && n_c <= 2)
    {
      *year = a;
      *month = b;
      *day = c;
    }
  else if (n_a <= 2 && n_c == 4)
    {
      /* Slashes put the month first (Meta, US); dashes and dots the day. */
      *year = c;
      *month = separator == '/' ? a : b;
      *day = separator == '/' ? b : a;
    }
  else
    {
      return FALSE;
    }

  *p = q;
  return TRUE;
}

/* "Sep 27, 2024", "September 27 2024", "27 Sep 2024", "27. Sept. 2024", "1er mars 2026";
 * without the year when @year is NULL ("March 1", "1 maart"). */
static gboolean
read_text_date (const char **p,
                const char  *e,
                guint       *year,
                guint       *month,
                guint       *day)
{
  const char *q = *p;
  guint n;

  if ((*month = read_month_name (&q, e)) != 0)
    {
      skip_spaces (&q, e);
      n = read_digits (&q, e, day);
      if (n == 0 || n > 2)
        return FALSE;
      skip_ordinal (&q, e);
    }
  else
    {
      n = read_digits (&q, e, day);
      if (n == 0 || n > 2)
        return FALSE;
      if (!skip_char (&q, e, '.'))
        skip_ordinal (&q, e);
      skip_spaces (&q, e);
      if ((*month = read_month_name (&q, e)) == 0)
        return FALSE;
    }

  if (year != NULL)
    {
      skip_char (&q, e, ',');
      skip_spaces (&q, e);
      if (read_digits (&q, e, year) != 4)
        return FALSE;
    }
  *p = q;
  return TRUE;
}

/* Any of the dates with a year above, checked to exist. */
static gboolean
read_date (const char **p,
           const char  *e,
           GDate       *date)
{
  guint year, month, day;

  if (!read_numeric_date (p, e, &year, &month, &day) &&
      !read_text_date (p, e, &year, &month, &day))
    return FALSE;
  if (year < 1 || year > 9999 || month < 1 || month > 12 ||
      !g_date_valid_dmy (day, month, year))
    return FALSE;
  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

/* "10:00", "10:00:30", "10:00:30.250", "3:05 PM", each optionally with an offset: "Z",
 * "UTC", "+02:00", "+0200", "-05". */
static gboolean
read_time (const char **p,
           const char  *e,
           guint       *seconds,
           gboolean    *has_offset,
           int         *offset)
{
  const char *q = *p;
  guint hour, minute, second = 0, n, unused;
  char word[8];

  n = read_digits (&q, e, &hour);
  if (n == 0 || n > 2 || !skip_char (&q, e, ':') || read_digits (&q, e, &minute) != 2)
    return FALSE;
  if (skip_char (&q, e, ':'))
    {
      if (read_digits (&q, e, &second) != 2)
        return FALSE;
      if (skip_char (&q, e, '.') || skip_char (&q, e, ','))
        if (read_digits (&q, e, &unused) == 0)
          return FALSE;
    }

  *has_offset = FALSE;
  *offset = 0;

  {
    const char *r = q;

    skip_spaces (&r, e);
    if (read_word (&r, e, word, sizeof word) &&
        (strcmp (word, "am") == 0 || strcmp (word, "pm") == 0 ||
         ((strcmp (word, "a") == 0 || strcmp (word, "p") == 0) &&
          skip_char (&r, e, '.') && read_word (&r, e, word + 1, sizeof word - 1) &&
          strcmp (word + 1, "m") == 0 && skip_char (&r, e, '.'))))
      {
        if (hour < 1 || hour > 12)
          return FALSE;
        hour = hour % 12 + (word[0] == 'p' ? 12 : 0);
        q = r;
      }
  }

  {
    const char *r = q;

    skip_spaces (&r, e);
    if (r < e && (*r == 'Z' || *r == 'z'))
      {
        *has_offset = TRUE;
        q = r + 1;
      }
    else if (read_word (&r, e, word, sizeof word) &&
             (strcmp (word, "utc") == 0 || strcmp (word, "gmt") == 0))
      {
        *has_offset = TRUE;
        q = r;
      }
    else if (r < e && (*r == '+' || *r == '-'))
      {
        int sign = *r == '-' ? -1 : 1;
        guint hours, minutes = 0;

        r++;
        n = read_digits (&r, e, &hours);
        if (n == 4)
          {
            minutes = hours % 100;
            hours /= 100;
          }
        else if (n != 2)
          return FALSE;
        else if (skip_char (&r, e, ':') && read_digits (&r, e, &minutes) != 2)
          return FALSE;
        if (hours > 18 || minutes > 59)
          return FALSE;
        *has_offset = TRUE;
        *offset = sign * (int) (hours * 3600 + minutes * 60);
        q = r;
      }
  }

  if (hour > 23 || minute > 59 || second > 59)
    return FALSE;
  *seconds = hour * 3600 + minute * 60 + second;
  *p = q;
  return TRUE;
}

/* What may follow a date in a moment: 'T' or a space (or ", ") and a time. */
static gboolean
read_time_after_date (const char **p,
                      const char  *e,
                      guint       *seconds,
                      gboolean    *has_offset,
                      int         *offset)
{
  const char *q = *p;

  if (!skip_char (&q, e, 'T') && !skip_char (&q, e, 't'))
    {
      gboolean comma = skip_char (&q, e, ',');

      if (!skip_spaces (&q, e) && !comma)
        return FALSE;
    }
  if (!read_time (&q, e, seconds, has_offset, offset))
    return FALSE;
  *p = q;
  return TRUE;
}

/* Days since 1970-01-01 of a proleptic Gregorian date. */
static gint64
days_from_civil (int   year,
                 guint month,
                 guint day)
{
  int era;
  guint year_of_era, day_of_year, day_of_era;

  year -= month <= 2;
  era = (year >= 0 ? year : year - 399) / 400;
  year_of_era = (guint) (year - era * 400);
  day_of_year = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
  day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return (gint64) era * 146097 + (gint64) day_of_era - 719468;
}

/* ── Durations and dates ─────────────────────────────────────────────────────────── */

MrValueResult
mr_value_parse_duration (const char *text,
                         double     *out)
{
  const char *s, *e, *p;
  guint parts[3], n_parts = 0, n;
  double fraction = 0.0;

  g_return_val_if_fail (out != NULL, MR_VALUE_INVALID);

  if (text == NULL)
    return MR_VALUE_MISSING;
  trim (text, &s, &e);
  if (span_is_missing (s, e))
    return MR_VALUE_MISSING;

  if (memchr (s, ':', e - s) == NULL)
    {
      Number number;

      if (parse_number_span (s, e, FALSE, &number) != MR_VALUE_OK ||
          number.negative || number.percent || number.suffix || number.below_one)
        return MR_VALUE_INVALID;
      *out = number_to_double (&number);
      return MR_VALUE_OK;
    }

  for (p = s; ; )
    {
      n = read_digits (&p, e, &parts[n_parts]);
      if (n == 0 || n > 9 || (n_parts > 0 && (n != 2 || parts[n_parts] > 59)))
        return MR_VALUE_INVALID;
      n_parts++;
      if (p == e || *p != ':' || n_parts == 3)
        break;
      p++;
    }
  if (n_parts < 2)
    return MR_VALUE_INVALID;
  if (p < e && *p == '.')
    {
      const char *digits = ++p;
      double scale = 0.1;

      for (; p < e && g_ascii_isdigit (*p); p++, scale /= 10)
        fraction += (*p - '0') * scale;
      if (p == digits)
        return MR_VALUE_INVALID;
    }
  if (p != e)
    return MR_VALUE_INVALID;

  if (n_parts == 2)
    *out = parts[0] * 60.0 + parts[1] + fraction;
  else
    *out = parts[0] * 3600.0 + parts[1] * 60.0 + parts[2] + fraction;
  return MR_VALUE_OK;
}

MrValueResult
mr_value_parse_date (const char *text,
                     GDate      *out)
{
  const char *s, *e, *p;
  guint seconds;
  gboolean has_offset;
  int offset;

  g_return_val_if_fail (out != NULL, MR_VALUE_INVALID);

  if (text == NULL)
    return MR_VALUE_MISSING;
  trim (text, &s, &e);
  if (span_is_missing (s, e))
    return MR_VALUE_MISSING;

  p = s;
  if (!read_date (&p, e, out))
    return MR_VALUE_INVALID;
  if (p == e)
    return MR_VALUE_OK;

  /* The date part of a moment: what follows must be a time. */
  if (!read_time_after_date (&p, e, &seconds, &has_offset, &offset) || p != e)
    return MR_VALUE_INVALID;
  return MR_VALUE_OK;
}

MrValueResult
mr_value_parse_month (const char *text,
                      GDate      *out)
{
  const char *s, *e, *p;
  guint year, month;

  g_return_val_if_fail (out != NULL, MR_VALUE_INVALID);

  if (text == NULL)
    return MR_VALUE_MISSING;
  trim (text, &s, &e);
  if (span_is_missing (s, e))
    return MR_VALUE_MISSING;

  p = s;
  if (read_digits (&p, e, &year) != 4 || !skip_char (&p, e, '-'))
    return MR_VALUE_INVALID;
  if (read_digits (&p, e, &month) > 2 || p != e || year < 1 || month < 1 || month > 12)
    return MR_VALUE_INVALID;
  g_date_set_dmy (out, 1, month, year);
  return MR_VALUE_OK;
}

MrValueResult
mr_value_parse_month_day (const char *text,
                          GDateMonth *month,
                          GDateDay   *day)
{
  const char *s, *e, *p;
  guint m, d;

  g_return_val_if_fail (month != NULL && day != NULL, MR_VALUE_INVALID);

  if (text == NULL)
    return MR_VALUE_MISSING;
  trim (text, &s, &e);
  if (span_is_missing (s, e))
    return MR_VALUE_MISSING;

  p = s;
  if (!read_text_date (&p, e, NULL, &m, &d) || p != e)
    return MR_VALUE_INVALID;
  /* February 29 exists in the year still to be inferred. */
  if (d < 1 || d > g_date_get_days_in_month (m, 2000))
    return MR_VALUE_INVALID;
  *month = m;
  *day = d;
  return MR_VALUE_OK;
}

MrValueResult
mr_value_parse_date_time (const char *text,
                          GTimeZone  *default_zone,
                          gint64     *out)
{
  const char *s, *e, *p;
  GDate date;
  guint seconds = 0;
  gboolean has_offset = FALSE;
  int offset = 0;

  g_return_val_if_fail (out != NULL, MR_VALUE_INVALID);

  if (text == NULL)
    return MR_VALUE_MISSING;
  trim (text, &s, &e);
  if (span_is_missing (s, e))
    return MR_VALUE_MISSING;

  p = s;
  g_date_clear (&date, 1);
  if (!read_date (&p, e, &date))
    return MR_VALUE_INVALID;
  if (p < e && (!read_time_after_date (&p, e, &seconds, &has_offset, &offset) || p != e))
    return MR_VALUE_INVALID;

  if (has_offset)
    {
      *out = days_from_civil (g_date_get_year (&date), g_date_get_month (&date),
                              g_date_get_day (&date)) * 86400 + seconds - offset;
    }
  else
    {
      g_autoptr(GTimeZone) utc = default_zone == NULL ? g_time_zone_new_utc () : NULL;
      g_autoptr(GDateTime) moment = NULL;

      moment = g_date_time_new (default_zone != NULL ? default_zone : utc,
                                g_date_get_year (&date), g_date_get_month (&date),
                                g_date_get_day (&date),
                                seconds / 3600, seconds / 60 % 60, seconds % 60);
      if (moment == NULL)
        return MR_VALUE_INVALID;
      *out = g_date_time_to_unix (moment);
    }
  return MR_VALUE_OK;
}

/* ── Periods ─────────────────────────────────────────────────────────────────────── */

/* "Last 28 days", "Afgelopen 3 maanden", "28 derniers jours", "12 derniers mois". */
static gboolean
parse_relative_period (const char  *s,
                       const char  *e,
                       const GDate *today,
                       GDate       *start,
                       GDate       *end)
{
  static const char * const before_words[] = { "last", "past", "afgelopen", "laatste" };
  static const char * const after_words[] = { "derniers", "dernières", "dernieres" };
  static const char * const day_words[] = { "day", "days", "dag", "dagen", "jour", "jours" };
  static const char * const month_words[] = {
    "month", "months", "maand", "maanden", "mois",
  };
  char words[3][16];
  guint n_words = 0, number = 0, n_digits = 0, unit = 0;
  gboolean has_before = FALSE, has_after = FALSE;
  const char *p = s;

  while (p < e)
    {
      if (g_ascii_isdigit (*p))
        {
          if (n_digits > 0)
            return FALSE;
          n_digits = read_digits (&p, e, &number);
        }
      else if (n_words == G_N_ELEMENTS (words) || !read_word (&p, e, words[n_words], sizeof words[0]))
        {
          return FALSE;
        }
      else
        {
          const char *word = words[n_words++];

          for (guint i = 0; i < G_N_ELEMENTS (before_words); i++)
            if (strcmp (word, before_words[i]) == 0)
              has_before = n_digits == 0;
          for (guint i = 0; i < G_N_ELEMENTS (after_words); i++)
            if (strcmp (word, after_words[i]) == 0)
              has_after = n_digits > 0;
          for (guint i = 0; i < G_N_ELEMENTS (day_words); i++)
            if (strcmp (word, day_words[i]) == 0)
              unit = 'd';
          for (guint i = 0; i < G_N_ELEMENTS (month_words); i++)
            if (strcmp (word, month_words[i]) == 0)
              unit = 'm';
        }
      if (p < e && !skip_spaces (&p, e))
        return FALSE;
    }

  /* Two words and a number: the frame ("last", "derniers") and the unit, in order. */
  if (n_words != 2 || n_digits == 0 || n_digits > 4 || number == 0 || unit == 0 ||
      has_before == has_after || today == NULL || !g_date_valid (today))
    return FALSE;

  *end = *today;
  *start = *today;
  if (unit == 'd')
    {
      g_date_subtract_days (start, number - 1);
    }
  else
    {
      g_date_subtract_months (start, number);
      g_date_add_days (start, 1);
    }
  return TRUE;
}

MrValueResult
mr_value_parse_period (const char  *text,
                       const GDate *today,
                       GDate       *start,
                       GDate       *end)
{
  const char *s, *e, *p;
  GDate first, last;

  g_return_val_if_fail (start != NULL && end != NULL, MR_VALUE_INVALID);

  if (text == NULL)
    return MR_VALUE_MISSING;
  trim (text, &s, &e);
  if (span_is_missing (s, e))
    return MR_VALUE_MISSING;

  if (parse_relative_period (s, e, today, start, end))
    return MR_VALUE_OK;

  p = s;
  g_date_clear (&first, 1);
  g_date_clear (&last, 1);
  if (!read_date (&p, e, &first))
    return MR_VALUE_INVALID;
  skip_spaces (&p, e);
  /* '-', an en dash or an em dash. */
  if (!skip_char (&p, e, '-'))
    {
      if (e - p >= 3 && memcmp (p, "\xE2\x80", 2) == 0 &&
          ((guint8) p[2] == 0x93 || (guint8) p[2] == 0x94))
        p += 3;
      else
        return MR_VALUE_INVALID;
    }
  skip_spaces (&p, e);
  if (!read_date (&p, e, &last) || p != e || g_date_compare (&first, &last) > 0)
    return MR_VALUE_INVALID;

  *start = first;
  *end = last;
  return MR_VALUE_OK;
}

/* ── Years for dates without one ─────────────────────────────────────────────────── */

static void
set_date_or_clear (GDate      *date,
                   GDateDay    day,
                   GDateMonth  month,
                   int         year)
{
  g_date_clear (date, 1);
  if (year >= 1 && year <= G_MAXUINT16 && g_date_valid_dmy (day, month, year))
    g_date_set_dmy (date, day, month, year);
}

void
mr_value_infer_years (const GDateMonth *months,
                      const GDateDay   *days,
                      guint             n,
                      const GDate      *export_date,
                      GDate            *out)
{
  int year;

  g_return_if_fail (n == 0 || (months != NULL && days != NULL && out != NULL));
  g_return_if_fail (export_date != NULL && g_date_valid (export_date));

  if (n == 0)
    return;

  year = g_date_get_year (export_date);
  if (months[n - 1] > g_date_get_month (export_date) ||
      (months[n - 1] == g_date_get_month (export_date) && days[n - 1] > g_date_get_day (export_date)))
    year--;
  /* February 29 falls in the latest leap year. */
  if (months[n - 1] == G_DATE_FEBRUARY && days[n - 1] == 29)
    while (year > 1 && !g_date_is_leap_year (year))
      year--;
  set_date_or_clear (&out[n - 1], days[n - 1], months[n - 1], year);

  for (guint i = n - 1; i-- > 0; )
    {
      if (months[i] > months[i + 1] || (months[i] == months[i + 1] && days[i] > days[i + 1]))
        year--;
      /* An impossible date (February 29 of a common year) stays invalid, for the caller
       * to report. */
      set_date_or_clear (&out[i], days[i], months[i], year);
    }
}

/* ── Handles and text ────────────────────────────────────────────────────────────── */

static gboolean
span_has_prefix (const char *s,
                 const char *e,
                 const char *prefix)
{
  gsize len = strlen (prefix);

  return (gsize) (e - s) >= len && g_ascii_strncasecmp (s, prefix, len) == 0;
}

static gboolean
span_equal (const char *s,
            const char *e,
            const char *word)
{
  return (gsize) (e - s) == strlen (word) && g_ascii_strncasecmp (s, word, e - s) == 0;
}

/* A handle needs at least one character and holds no white space or slash; an '@'
 * before it is not part of it, however many were typed. */
static char *
dup_handle (const char *s,
            const char *e)
{
  while (s < e && *s == '@')
    s++;
  for (const char *p = s; p < e; p++)
    if (*p == '/' || space_at (p, e) > 0)
      return NULL;
  return s < e ? g_strndup (s, e - s) : NULL;
}

/* The @index-th segment of a URL's path, without slashes. */
static gboolean
path_segment (const char  *path,
              const char  *e,
              guint        index,
              const char **start,
              const char **end)
{
  const char *p = path;

  for (guint i = 0; ; i++)
    {
      const char *q;

      while (p < e && *p == '/')
        p++;
      if (p == e)
        return FALSE;
      q = p;
      while (q < e && *q != '/')
        q++;
      if (i == index)
        {
          *start = p;
          *end = q;
          return TRUE;
        }
      p = q;
    }
}

static gboolean
host_is (const char *host,
         const char *host_end,
         const char *domain)
{
  gsize len = strlen (domain);

  if (span_equal (host, host_end, domain))
    return TRUE;
  /* A subdomain: "m.tiktok.com", "vm.tiktok.com". */
  return (gsize) (host_end - host) > len && host_end[-(int) len - 1] == '.' &&
         g_ascii_strncasecmp (host_end - len, domain, len) == 0;
}

static char *
handle_from_url (const char *s,
                 const char *e,
                 MrPlatform *platform)
{
  static const char * const instagram_pages[] = {
    "p", "reel", "reels", "tv", "explore", "accounts", "direct", "about", "legal",
  };
  const char *host, *host_end, *path, *path_end;
  const char *seg = NULL, *seg_end = NULL, *seg2 = NULL, *seg2_end = NULL;
  const char *scheme = strstr (s, "://");
  gboolean has_first, has_second;

  host = scheme != NULL && scheme < e ? scheme + 3 : s;
  for (host_end = host; host_end < e && *host_end != '/' && *host_end != '?' && *host_end != '#'; host_end++)
    ;
  path = host_end;
  for (path_end = path; path_end < e && *path_end != '?' && *path_end != '#'; path_end++)
    ;
  /* A port says nothing about whose page it is. */
  for (const char *c = host; c < host_end; c++)
    if (*c == ':')
      {
        host_end = c;
        break;
      }

  has_first = path_segment (path, path_end, 0, &seg, &seg_end);
  has_second = path_segment (path, path_end, 1, &seg2, &seg2_end);

  if (host_is (host, host_end, "tiktok.com"))
    {
      if (platform != NULL)
        *platform = MR_PLATFORM_TIKTOK;
      return has_first && *seg == '@' ? dup_handle (seg + 1, seg_end) : NULL;
    }
  if (host_is (host, host_end, "instagram.com"))
    {
      if (platform != NULL)
        *platform = MR_PLATFORM_INSTAGRAM;
      if (!has_first)
        return NULL;
      if (span_equal (seg, seg_end, "stories"))
        return has_second ? dup_handle (seg2, seg2_end) : NULL;
      for (guint i = 0; i < G_N_ELEMENTS (instagram_pages); i++)
        if (span_equal (seg, seg_end, instagram_pages[i]))
          return NULL;
      return dup_handle (seg, seg_end);
    }
  if (host_is (host, host_end, "youtube.com") || host_is (host, host_end, "youtu.be"))
    {
      if (platform != NULL)
        *platform = MR_PLATFORM_YOUTUBE;
      if (!has_first || host_is (host, host_end, "youtu.be"))
        return NULL;
      if (*seg == '@')
        return dup_handle (seg + 1, seg_end);
      if (has_second && (span_equal (seg, seg_end, "c") || span_equal (seg, seg_end, "user") ||
                         span_equal (seg, seg_end, "channel")))
        return dup_handle (seg2, seg2_end);
      return NULL;
    }
  if (host_is (host, host_end, "bsky.app"))
    {
      if (platform != NULL)
        *platform = MR_PLATFORM_BLUESKY;
      return has_second && span_equal (seg, seg_end, "profile") ? dup_handle (seg2, seg2_end) : NULL;
    }
  /* Mastodon has no one host: any server's "/@name" page. */
  if (has_first && *seg == '@' && seg_end - seg > 1 && host_end > host)
    {
      g_autofree char *name = dup_handle (seg + 1, seg_end);
      g_autofree char *server = g_ascii_strdown (host, host_end - host);

      if (name == NULL || strchr (name, '@') != NULL)
        return NULL;
      if (platform != NULL)
        *platform = MR_PLATFORM_MASTODON;
      return g_strdup_printf ("%s@%s", name, server);
    }
  return NULL;
}

char *
mr_value_parse_handle (const char *text,
                       MrPlatform *platform)
{
  const char *s, *e;

  if (text == NULL)
    return NULL;
  trim (text, &s, &e);
  if (span_is_missing (s, e))
    return NULL;

  if (*s == '@')
    return dup_handle (s + 1, e);

  /* A URL, with or without its scheme. */
  if (span_has_prefix (s, e, "http://") || span_has_prefix (s, e, "https://") ||
      span_has_prefix (s, e, "www."))
    return handle_from_url (s, e, platform);
  for (const char *p = s; p < e && *p != '/'; p++)
    if (*p == '.')
      {
        const char *slash = memchr (p, '/', e - p);

        if (slash != NULL)
          return handle_from_url (s, e, platform);
        break;
      }

  return dup_handle (s, e);
}

char *
mr_value_dup_text (const char *text)
{
  const char *s, *e;

  if (text == NULL)
    return NULL;
  trim (text, &s, &e);
  if (span_is_missing (s, e))
    return NULL;
  return g_strndup (s, e - s);
}
