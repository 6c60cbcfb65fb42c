/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-test-pdf"

#include "config.h"

#include <string.h>

#include <gio/gio.h>

#include "mr-test-pdf.h"

/* DESIGN.md: 18 mm margins; a word may reach a point beyond, as glyph boxes do. */
#define MARGIN    (18.0 * 72.0 / 25.4)
#define TOLERANCE 1.0

void
mr_test_run_clear (MrTestRun *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

void
mr_test_run_program (MrTestRun          *run,
                     const char         *language,
                     const char * const *argv)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  if (language != NULL)
    g_subprocess_launcher_setenv (launcher, "LANGUAGE", language, TRUE);
  process = g_subprocess_launcher_spawnv (launcher, argv, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  run->status = g_subprocess_get_exit_status (process);
}

char *
mr_test_pdf_text (const char *pdf,
                  const char *mode)
{
  g_autofree char *program = g_find_program_in_path ("pdftotext");
  const char *argv[] = { program, mode, pdf, "-", NULL };
  g_auto(MrTestRun) run = { 0 };

  if (program == NULL)
    g_error ("pdftotext is needed to read the report: install poppler-utils (build-aux/dev test does)");
  mr_test_run_program (&run, NULL, argv);
  g_assert_cmpint (run.status, ==, 0);
  return g_steal_pointer (&run.out);
}

static char *
squeeze (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      g_string_append_unichar (out, g_utf8_get_char (p));
  return g_string_free (out, FALSE);
}

gboolean
mr_test_shows (const char *text,
               const char *expected)
{
  g_autofree char *haystack = squeeze (text);
  g_autofree char *needle = squeeze (expected);

  return strstr (haystack, needle) != NULL;
}

void
mr_test_assert_shows (const char *text,
                      const char *expected)
{
  if (!mr_test_shows (text, expected))
    g_error ("The report does not show “%s”", expected);
}

static double
attribute (const char *tag,
           const char *name)
{
  g_autofree char *key = g_strconcat (" ", name, "=\"", NULL);
  const char *at = strstr (tag, key);

  g_assert_nonnull (at);
  return g_ascii_strtod (at + strlen (key), NULL);
}

void
mr_test_assert_within_margins (const char *bbox,
                               guint       min_words)
{
  double width = 0, height = 0;
  guint n_words = 0;

  for (const char *p = bbox; (p = strchr (p, '<')) != NULL; p++)
    {
      if (g_str_has_prefix (p, "<page "))
        {
          width = attribute (p, "width");
          height = attribute (p, "height");
        }
      else if (g_str_has_prefix (p, "<word "))
        {
          double x_min = attribute (p, "xMin"), x_max = attribute (p, "xMax");
          double y_min = attribute (p, "yMin"), y_max = attribute (p, "yMax");

          g_assert_cmpfloat (width, >, 0);
          if (x_min < MARGIN - TOLERANCE || x_max > width - MARGIN + TOLERANCE ||
              y_min < MARGIN - TOLERANCE || y_max > height - MARGIN + TOLERANCE)
            g_error ("A word stands outside the margins: %.60s", p);
          n_words++;
        }
    }
  g_assert_cmpuint (n_words, >=, min_words);
}
