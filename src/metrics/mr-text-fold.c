/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-text-fold"

#include "config.h"

#include <string.h>

#include "mr-text-fold.h"

char *
mr_text_fold (const char *text)
{
  g_autofree char *folded = NULL;
  g_autofree char *decomposed = NULL;
  GString *out;

  if (text == NULL)
    return g_strdup ("");

  folded = g_utf8_casefold (text, -1);
  decomposed = g_utf8_normalize (folded, -1, G_NORMALIZE_ALL);
  if (decomposed == NULL)
    return g_steal_pointer (&folded);

  out = g_string_sized_new (strlen (decomposed));
  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_type (c) != G_UNICODE_NON_SPACING_MARK)
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}
