/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Running a program as a script would, and reading a PDF as its reader does (pdftotext,
 * from poppler-utils): for the tests of the command line and the reports. */

typedef struct
{
  int    status;
  char  *out;
  char  *err;
} MrTestRun;

void      mr_test_run_clear             (MrTestRun          *run);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (MrTestRun, mr_test_run_clear)

/* Runs @argv without a display (headless modes must not need one), in @language
 * (NULL: the test's own), and waits for its end. */
void      mr_test_run_program           (MrTestRun          *run,
                                         const char         *language,
                                         const char * const *argv);

/* pdftotext's output of @pdf with @mode ("-layout", "-bbox"…); a missing poppler-utils
 * fails the test, it never skips it. */
char     *mr_test_pdf_text              (const char         *pdf,
                                         const char         *mode);
/* Whether @text shows @expected; lines wrap anywhere, so white space is left out. */
gboolean  mr_test_shows                 (const char         *text,
                                         const char         *expected);
void      mr_test_assert_shows          (const char         *text,
                                         const char         *expected);
/* Every word of every page of @bbox (pdftotext -bbox) lies within DESIGN.md's 18 mm
 * margins, a point of glyph box aside: nothing ran off a page. At least @min_words. */
void      mr_test_assert_within_margins (const char         *bbox,
                                         guint               min_words);

G_END_DECLS
