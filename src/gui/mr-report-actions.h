/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mr-report.h"
#include "mr-window.h"

G_BEGIN_DECLS

/* Export PDF… and Print… for the vetting report, as window actions the creator page and
 * the roster activate with the creators' ids, and for the campaign report, which the
 * campaign page activates with the campaign's id:
 *
 *   win.export-report           "x"   one creator's report as PDF (a save dialog)
 *   win.print-report            "x"   one creator's report, printed (the print dialog)
 *   win.export-reports          "ax"  one PDF of several creators, one section each
 *   win.print-reports           "ax"  the same, printed
 *   win.export-campaign-report  "x"   a campaign's report as PDF
 *   win.print-campaign-report   "x"   a campaign's report, printed
 *
 * e.g. gtk_actionable_set_action_target (button, "x", mr_creator_get_id (creator)) on a
 * button whose action name is "win.export-report". Failures are shown in a dialog that
 * says why; a saved PDF in a toast with an Open button. */

void               mr_report_actions_install          (GtkWidgetClass *window_class);

void               mr_report_actions_export           (MrWindow       *window,
                                                       MrCreator     **creators,
                                                       guint           n_creators);
void               mr_report_actions_print            (MrWindow       *window,
                                                       MrCreator     **creators,
                                                       guint           n_creators);
void               mr_report_actions_export_campaign  (MrWindow       *window,
                                                       MrCampaign     *campaign);
void               mr_report_actions_print_campaign   (MrWindow       *window,
                                                       MrCampaign     *campaign);

/* Writes @report (taking it) to @file on a worker thread, then says so in a toast or
 * why not in a dialog: what Export PDF… does once the file is chosen. */
void               mr_report_actions_export_to_file   (MrWindow       *window,
                                                       MrReport       *report,
                                                       GFile          *file);

/* The print operation both Print… and the tests run: laid out at begin-print for the
 * chosen paper, drawn page by page; takes @report. */
GtkPrintOperation *mr_report_print_operation_new      (MrReport       *report);

G_END_DECLS
