/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-metrics-types"

#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "mr-metrics-types.h"

MrFlag *
mr_flag_new (const char *code,
             MrSeverity  severity,
             const char *message)
{
  MrFlag *flag;

  g_return_val_if_fail (code != NULL && code[0] != '\0', NULL);
  g_return_val_if_fail (message != NULL, NULL);

  flag = g_new0 (MrFlag, 1);
  flag->code = g_strdup (code);
  flag->severity = severity;
  flag->message = g_strdup (message);

  return flag;
}

MrFlag *
mr_flag_new_printf (const char *code,
                    MrSeverity  severity,
                    const char *format,
                    ...)
{
  g_autofree char *message = NULL;
  va_list args;

  g_return_val_if_fail (format != NULL, NULL);

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  return mr_flag_new (code, severity, message);
}

void
mr_flag_free (MrFlag *flag)
{
  if (flag == NULL)
    return;

  g_free (flag->code);
  g_free (flag->message);
  g_free (flag);
}

/* The stable names of DESIGN.md §5. */
const char *
mr_severity_to_string (MrSeverity severity)
{
  switch (severity)
    {
    case MR_SEVERITY_INFO:
      return "info";
    case MR_SEVERITY_WARNING:
      return "warning";
    case MR_SEVERITY_ALERT:
      return "alert";
    default:
      g_return_val_if_reached (NULL);
    }
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The median of @n values (n > 0); sorts them in place. The growth baselines ask for
 * millions of medians of a few dozen values, where an insertion sort beats qsort (). */
double
mr_median (double *values,
           guint   n)
{
  g_return_val_if_fail (values != NULL && n > 0, NAN);

  if (n <= 32)
    {
      for (guint i = 1; i < n; i++)
        {
          double v = values[i];
          guint j = i;

          for (; j > 0 && values[j - 1] > v; j--)
            values[j] = values[j - 1];
          values[j] = v;
        }
    }
  else
    {
      qsort (values, n, sizeof (double), compare_doubles);
    }

  return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}
