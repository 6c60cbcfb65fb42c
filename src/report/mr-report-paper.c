/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nl_langinfo (_NL_PAPER_WIDTH) is a GNU extension. */
#define _GNU_SOURCE
#define G_LOG_DOMAIN "mr-report-paper"

#include "config.h"

#include <locale.h>
#include <stdint.h>
#include <string.h>
#ifdef __GLIBC__
#include <langinfo.h>
#endif

#include "mr-report.h"

/* The paper the report is laid out on when nobody chose one (a PDF, the command line):
 * the one LC_PAPER names, as GTK's default page setup takes it, without needing GTK. */

#define A4_WIDTH      (210.0 / 25.4 * 72.0)
#define A4_HEIGHT     (297.0 / 25.4 * 72.0)
#define LETTER_WIDTH  612.0
#define LETTER_HEIGHT 792.0

#ifndef __GLIBC__
/* The territories where Letter is the norm, for C libraries without LC_PAPER's sizes. */
static gboolean
territory_uses_letter (const char *locale)
{
  static const char * const letter[] = {
    "_US", "_CA", "_MX", "_PH", "_CL", "_CO", "_CR", "_GT", "_NI", "_PA", "_PR", "_SV", "_VE",
  };

  for (guint i = 0; locale != NULL && i < G_N_ELEMENTS (letter); i++)
    if (strstr (locale, letter[i]) != NULL)
      return TRUE;
  return FALSE;
}
#endif

MrReportPaper
mr_report_paper_get_default (void)
{
#ifdef __GLIBC__
  /* glibc answers with the number itself where a string would be. */
  guint width = (guint) (uintptr_t) nl_langinfo (_NL_PAPER_WIDTH);
  guint height = (guint) (uintptr_t) nl_langinfo (_NL_PAPER_HEIGHT);

  return width == 216 && height == 279 ? MR_REPORT_PAPER_LETTER : MR_REPORT_PAPER_A4;
#else
#ifdef LC_PAPER
  const char *locale = setlocale (LC_PAPER, NULL);
#else
  const char *locale = setlocale (LC_CTYPE, NULL);
#endif

  return territory_uses_letter (locale) ? MR_REPORT_PAPER_LETTER : MR_REPORT_PAPER_A4;
#endif
}

void
mr_report_paper_get_size (MrReportPaper  paper,
                          double        *width,
                          double        *height)
{
  g_return_if_fail (width != NULL && height != NULL);

  if (paper == MR_REPORT_PAPER_LETTER)
    {
      *width = LETTER_WIDTH;
      *height = LETTER_HEIGHT;
    }
  else
    {
      *width = A4_WIDTH;
      *height = A4_HEIGHT;
    }
}
