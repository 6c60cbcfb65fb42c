/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mr-import-plan.h"
#include "mr-window.h"

G_BEGIN_DECLS

#define MR_TYPE_IMPORT_DIALOG (mr_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (MrImportDialog, mr_import_dialog, MR, IMPORT_DIALOG, AdwWindow)

/* Shows itself over @window, reads @files and waits for the user's confirmation.
 * @creator (may be NULL): statistics that name no account go to this creator. */
MrImportDialog *mr_import_dialog_new      (MrWindow       *window,
                                           GFile         **files,
                                           guint           n_files,
                                           const char     *creator);
MrImportPlan   *mr_import_dialog_get_plan (MrImportDialog *self);

G_END_DECLS
