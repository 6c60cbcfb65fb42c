/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mr-store.h"

G_BEGIN_DECLS

#define MR_TYPE_RESULTS_IMPORT_DIALOG (mr_results_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (MrResultsImportDialog, mr_results_import_dialog, MR, RESULTS_IMPORT_DIALOG, AdwWindow)

/* Reads @file as results of @campaign and shows what would be imported: the columns
 * (correctable), the rows found per member and the rows that fit no member, with why.
 * Importing ends in a toast with Undo on the application window @parent belongs to;
 * the campaign's views hear of it through MrStore::results-changed. */
void                   mr_results_import_present        (GtkWindow  *parent,
                                                         MrStore    *store,
                                                         MrCampaign *campaign,
                                                         GFile      *file);
/* The same, returning the dialog (for tests). */
MrResultsImportDialog *mr_results_import_dialog_new     (GtkWindow  *parent,
                                                         MrStore    *store,
                                                         MrCampaign *campaign,
                                                         GFile      *file);

G_END_DECLS
