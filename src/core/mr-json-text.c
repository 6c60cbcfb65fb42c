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

/* The UTF-16 unit of the "\uXXXX" escape at @i, or -1 when there is none. */
static int
escaped_unit (const char *text,
              gsize       length,
              gsize       i)
{
  int unit = 0;

  if (length - i < 6 || text[i] != '\\' || text[i + 1] != 'u')
    return -1;
  for (gsize k = i + 2; k < i + 6; k++)
    {
      if (!g_ascii_isxdigit (text[k]))
        return -1;
      unit = unit * 16 + g_ascii_xdigit_value (text[k]);
    }
  return unit;
}

/* Moves *@i past the string that opens there (to @length when it does not end),
 * checking its escapes. */
static MrJsonText
skip_string (const char *text,
             gsize       length,
             gsize      *i)
{
  gsize p = *i + 1;

  while (p < length && text[p] != '"')
    {
      int unit;

      if (text[p] != '\\')
        {
          p++;
          continue;
        }
      if (p + 1 < length && text[p + 1] != 'u')
        {
          if (text[p + 1] == '\0' || strchr ("\"\\/bfnrt", text[p + 1]) == NULL)
            return MR_JSON_TEXT_BAD_ESCAPE;
          p += 2;
          continue;
        }
      unit = escaped_unit (text, length, p);
      if (unit < 0 || (unit >= 0xDC00 && unit <= 0xDFFF))
        return MR_JSON_TEXT_BAD_ESCAPE;
      p += 6;
      if (unit >= 0xD800 && unit <= 0xDBFF)
        {
          unit = escaped_unit (text, length, p);
          if (unit < 0xDC00 || unit > 0xDFFF)
            return MR_JSON_TEXT_BAD_ESCAPE;
          p += 6;
        }
    }
  *i = p < length ? p + 1 : length;
  return MR_JSON_TEXT_SOUND;
}

/* Moves *@i past the object or list that opens there (to @length when it does not
 * end), checking the escapes of its strings. */
static MrJsonText
skip_container (const char *text,
                gsize       length,
                gsize      *i)
{
  gsize depth = 0;
  gsize p = *i;

  while (p < length)
    {
      char c = text[p];

      if (c == '"')
        {
          MrJsonText problem = skip_string (text, length, &p);

          if (problem != MR_JSON_TEXT_SOUND)
            return problem;
          continue;
        }
      p++;
      if ((c == '{' || c == '[') && ++depth > MR_JSON_TEXT_MAX_DEPTH)
        return MR_JSON_TEXT_TOO_DEEP;
      else if ((c == '}' || c == ']') && --depth == 0)
        break;
    }
  *i = p;
  return MR_JSON_TEXT_SOUND;
}

MrJsonText
mr_json_text_check (const char *text,
                    gsize       length)
{
  MrJsonText problem = MR_JSON_TEXT_SOUND;
  gsize i = 0;

  if (length >= 3 && memcmp (text, "\xEF\xBB\xBF", 3) == 0)
    i = 3;
  while (i < length && is_space (text[i]))
    i++;
  if (i == length)
    return MR_JSON_TEXT_SOUND;

  if (text[i] == '{' || text[i] == '[')
    problem = skip_container (text, length, &i);
  else if (text[i] == '"')
    problem = skip_string (text, length, &i);
  else
    /* A number, true, false or null. */
    while (i < length && !is_space (text[i]) && strchr ("{}[]\",:", text[i]) == NULL)
      i++;
  if (problem != MR_JSON_TEXT_SOUND)
    return problem;

  while (i < length && is_space (text[i]))
    i++;
  return i == length ? MR_JSON_TEXT_SOUND : MR_JSON_TEXT_MORE;
}
