/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <math.h>

#include <glib-object.h>

G_BEGIN_DECLS

/* Doubles that may be NAN ("not set") skip GParamSpec range validation, which would
 * otherwise warn about NAN in g_object_set () and property bindings. */
#define MR_PARAM_FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)
#define MR_PARAM_FLAGS_NAN (MR_PARAM_FLAGS | G_PARAM_LAX_VALIDATION)

static inline gboolean
mr_set_string (char       **dest,
               const char  *value)
{
  if (g_strcmp0 (*dest, value) == 0)
    return FALSE;

  g_free (*dest);
  *dest = g_strdup (value);
  return TRUE;
}

static inline gboolean
mr_set_date_time (GDateTime **dest,
                  GDateTime  *value)
{
  if (*dest == value || (*dest != NULL && value != NULL && g_date_time_equal (*dest, value)))
    return FALSE;

  if (value != NULL)
    g_date_time_ref (value);
  g_clear_pointer (dest, g_date_time_unref);
  *dest = value;
  return TRUE;
}

static inline gboolean
mr_set_double (double *dest,
               double  value)
{
  if (*dest == value || (isnan (*dest) && isnan (value)))
    return FALSE;

  *dest = value;
  return TRUE;
}

G_END_DECLS
