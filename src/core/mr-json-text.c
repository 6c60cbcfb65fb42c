/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-json-text"

#include "config.h"

#include <string.h>

#include "mr-json-text.h"

static gboolean
is_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Where the object or list that opens at @i ends (after its closing bracket), or
 * @length when it does not. */
static gsize
skip_container (const char *text,
                gsize       length,
                gsize       i)
{
  gboolean in_string = FALSE, escaped = FALSE;
  gsize depth = 0;

  for (; i < length; i++)
    {
      char c = text[i];

      if (in_string)
        {
          if (escaped)
            escaped = FALSE;
          else if (c == '\\')
            escaped = TRUE;
          else if (c == '"')
            in_string = FALSE;
        }
      else if (c == '"')
        in_string = TRUE;
      else if (c == '{' || c == '[')
        depth++;
      else if ((c == '}' || c == ']') && --depth == 0)
        return i + 1;
    }
  return length;
}

/* Where the string that opens at @i ends (after its closing quote), or @length. */
static gsize
skip_string (const char *text,
             gsize       length,
             gsize       i)
{
  for (i++; i < length; i++)
    {
      if (text[i] == '\\')
        i++;
      else if (text[i] == '"')
        return i + 1;
    }
  return length;
}

gboolean
mr_json_text_is_one_value (const char *text,
                           gsize       length)
{
  gsize i = 0;

  if (length >= 3 && memcmp (text, "\xEF\xBB\xBF", 3) == 0)
    i = 3;
  while (i < length && is_space (text[i]))
    i++;
  if (i == length)
    return TRUE;

  if (text[i] == '{' || text[i] == '[')
    i = skip_container (text, length, i);
  else if (text[i] == '"')
    i = skip_string (text, length, i);
  else
    /* A number, true, false or null. */
    while (i < length && !is_space (text[i]) && strchr ("{}[]\",:", text[i]) == NULL)
      i++;

  while (i < length && is_space (text[i]))
    i++;
  return i == length;
}
