/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-import-json-check"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "mr-import-json-private.h"

/* What json-glib must never see. Its parser recurses once per level of nesting, so a
 * file of a million '[' overflows the stack and the program dies; and it wraps integers
 * past 64 bits without a word (99999999999999999999 becomes -1), so the tree cannot tell
 * a number that was too large. One pass over the text finds both, and the line. */

/* An export nests six levels deep (creators → accounts → post_list → a post); a file
 * deeper than this was written by something else. */
#define MAX_DEPTH 32
/* How much of a number a message quotes. */
#define MAX_QUOTED 24

static gboolean
too_large (const char  *name,
           guint        line,
           const char  *number,
           gsize        length,
           GError     **error)
{
  g_autofree char *quoted = length > MAX_QUOTED
                            ? g_strdup_printf ("%.*s…", MAX_QUOTED, number)
                            : g_strndup (number, length);

  g_set_error (error, MR_IMPORT_ERROR, MR_IMPORT_ERROR_INVALID_VALUE,
               /* Translators: %1$s is a file, %2$u a line, %3$s a number written in it */
               _("%1$s:%2$u: the number %3$s is too large to be a figure: correct it, or "
                 "export the database again"),
               name, line, quoted);
  return FALSE;
}

gboolean
mr_import_json_check_text (const char  *name,
                           const char  *text,
                           gsize        length,
                           GError     **error)
{
  gboolean in_string = FALSE;
  guint depth = 0, line = 1;

  g_return_val_if_fail (text != NULL && text[length] == '\0', FALSE);

  for (gsize i = 0; i < length; i++)
    {
      char c = text[i];

      if (c == '\n')
        line++;
      if (in_string)
        {
          if (c == '\\' && i + 1 < length)
            line += text[++i] == '\n';
          else if (c == '"')
            in_string = FALSE;
          continue;
        }

      switch (c)
        {
        case '"':
          in_string = TRUE;
          break;
        case '[':
        case '{':
          if (++depth > MAX_DEPTH)
            {
              g_set_error (error, MR_IMPORT_ERROR, MR_IMPORT_ERROR_INVALID_VALUE,
                           /* Translators: %1$s is a file, %2$u a line, %3$u a number */
                           _("%1$s:%2$u: the data nests more than %3$u levels deep: this is "
                             "not an export of Microreach"),
                           name, line, MAX_DEPTH);
              return FALSE;
            }
          break;
        case ']':
        case '}':
          if (depth > 0)
            depth--;
          break;
        case '-':
        case '0': case '1': case '2': case '3': case '4':
        case '5': case '6': case '7': case '8': case '9':
          {
            char *end;
            double value = g_ascii_strtod (text + i, &end);
            gsize n = MAX ((gsize) (end - (text + i)), 1);

            if (end > text + i && !(fabs (value) <= MR_IMPORT_MAX_FIGURE))
              return too_large (name, line, text + i, n, error);
            /* The number's last character, which is not a line end. */
            i += n - 1;
          }
          break;
        default:
          break;
        }
    }
  return TRUE;
}
