/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-fuzz-util"

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mr-csv.h"
#include "mr-fuzz-util.h"

static char *temp_dir;

static void
remove_temp_dir (void)
{
  g_autoptr(GDir) dir = g_dir_open (temp_dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (temp_dir, name, NULL);

      g_remove (path);
    }
  g_rmdir (temp_dir);
}

/* Debug output would cost more than the input's reading; anything louder is fatal, and
 * ends in abort (): GLib may end a fatal message with a breakpoint trap, which libFuzzer
 * does not catch, and the input that caused it would be lost. */
static GLogWriterOutput
write_log (GLogLevelFlags   level,
           const GLogField *fields,
           gsize            n_fields,
           gpointer         user_data)
{
  if (level & (G_LOG_LEVEL_DEBUG | G_LOG_LEVEL_INFO | G_LOG_LEVEL_MESSAGE))
    return G_LOG_WRITER_HANDLED;
  g_log_writer_standard_streams (level, fields, n_fields, user_data);
  abort ();
}

void
mr_fuzz_init (void)
{
  /* Amsterdam's rules, so that local times have their gaps, without relying on the tz
   * database being installed. */
  g_setenv ("TZ", "CET-1CEST,M3.5.0,M10.5.0/3", TRUE);
  g_log_set_writer_func (write_log, NULL, NULL);
}

GInputStream *
mr_fuzz_stream_new (const uint8_t *data,
                    size_t         size)
{
  return g_memory_input_stream_new_from_data (data, (gssize) size, NULL);
}

const char *
mr_fuzz_get_temp_dir (void)
{
  if (temp_dir == NULL)
    {
      g_autoptr(GError) error = NULL;

      temp_dir = g_dir_make_tmp ("microreach-fuzz-XXXXXX", &error);
      g_assert_no_error (error);
      atexit (remove_temp_dir);
    }
  return temp_dir;
}

GFile *
mr_fuzz_file_new (const uint8_t *data,
                  size_t         size,
                  const char    *name)
{
  g_autofree char *path = g_build_filename (mr_fuzz_get_temp_dir (), name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, (const char *) data, (gssize) size, &error);
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

void
mr_fuzz_check_error (gboolean      ok,
                     const GError *error,
                     GQuark        domain,
                     const char   *name,
                     gboolean      line_optional)
{
  const char *p;

  if (ok)
    {
      g_assert_no_error (error);
      return;
    }
  g_assert_nonnull (error);
  if (error->domain != domain && error->domain != MR_CSV_ERROR)
    g_error ("An error of %s: %s", g_quark_to_string (error->domain), error->message);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  if (!g_str_has_prefix (error->message, name) || error->message[strlen (name)] != ':')
    g_error ("The message does not begin with the file's name: %s", error->message);
  p = error->message + strlen (name) + 1;
  if (g_ascii_isdigit (*p))
    {
      guint64 line = g_ascii_strtoull (p, (char **) &p, 10);

      if (line == 0 || *p++ != ':')
        g_error ("The message does not say the line as NAME:LINE: %s", error->message);
    }
  else if (!line_optional)
    g_error ("The message does not say the line: %s", error->message);
  if (p[0] != ' ' || p[1] == '\0')
    g_error ("The message gives no reason after its place: %s", error->message);
}

void
mr_fuzz_check_day (const char *day)
{
  guint year, month, dom;
  char rest;

  if (strlen (day) != 10 || sscanf (day, "%4u-%2u-%2u%c", &year, &month, &dom, &rest) != 3 ||
      !g_date_valid_dmy ((GDateDay) dom, (GDateMonth) month, (GDateYear) year))
    g_error ("A day is not a date: “%s”", day);
}
