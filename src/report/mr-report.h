/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "mr-creator.h"
#include "mr-store.h"

G_BEGIN_DECLS

/* The vetting report (DESIGN.md §1): one section per creator, each starting on a new
 * page; or the campaign report: one section about a campaign. Either is laid out for a
 * page size and drawn on any cairo_t — a PDF surface, a printer's page. Its sections
 * hold copies of what they show, so once made a report needs neither the store nor
 * the creators or campaign: it can be laid out and written on a worker thread (one
 * thread at a time). */

typedef struct _MrReport MrReport;

typedef enum
{
  MR_REPORT_PAPER_A4,
  MR_REPORT_PAPER_LETTER,
} MrReportPaper;

/* The paper of the user's locale (LC_PAPER): Letter in the Americas' Letter countries,
 * A4 elsewhere. */
MrReportPaper  mr_report_paper_get_default (void);
/* In points. */
void           mr_report_paper_get_size    (MrReportPaper   paper,
                                            double         *width,
                                            double         *height);

/* Reads what the report shows about each of @creators from @store: call it where the
 * store is used (the main thread). */
MrReport      *mr_report_new               (MrStore        *store,
                                            MrCreator     **creators,
                                            guint           n_creators,
                                            GError        **error);
/* The campaign report: one section about @campaign (its KPIs against the targets, its
 * budget, its members' results and deliverables), read from @store like
 * mr_report_new (); the rest of this API lays it out and writes it alike. */
MrReport      *mr_report_new_for_campaign  (MrStore        *store,
                                            MrCampaign     *campaign,
                                            GError        **error);
void           mr_report_free              (MrReport       *self);

/* "Sanne Jansen – vetting report.pdf", or for several creators a name that says how
 * many, or "Zomer 2026 – campaign report.pdf"; never with a character a file name
 * cannot hold. */
char          *mr_report_get_file_name     (MrReport       *self);

/* Lays the report out for pages @width × @height points, measuring text with a Pango
 * context made for @cr (which must have points as its units); returns the number of
 * pages. Laying out again replaces the pages. */
guint          mr_report_paginate          (MrReport       *self,
                                            cairo_t        *cr,
                                            double          width,
                                            double          height);
guint          mr_report_get_n_pages       (MrReport       *self);
/* Draws page @page (from 0) of the last layout, the paper's top left corner at the
 * origin of @cr. */
void           mr_report_draw_page         (MrReport       *self,
                                            cairo_t        *cr,
                                            guint           page);

/* Writes the whole report as PDF on @paper; blocks, so call it from a worker thread
 * in the window. Its pages are not kept afterwards. */
gboolean       mr_report_write_pdf         (MrReport       *self,
                                            GOutputStream  *stream,
                                            MrReportPaper   paper,
                                            GCancellable   *cancellable,
                                            GError        **error);
gboolean       mr_report_write_pdf_file    (MrReport       *self,
                                            GFile          *file,
                                            MrReportPaper   paper,
                                            GCancellable   *cancellable,
                                            GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MrReport, mr_report_free)

G_END_DECLS
