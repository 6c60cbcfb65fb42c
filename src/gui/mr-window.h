/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mr-application.h"
#include "mr-import-plan.h"
#include "mr-refresh.h"
#include "mr-store.h"

G_BEGIN_DECLS

#define MR_TYPE_WINDOW (mr_window_get_type ())
G_DECLARE_FINAL_TYPE (MrWindow, mr_window, MR, WINDOW, AdwApplicationWindow)

MrWindow *mr_window_new          (MrApplication  *application,
                                  MrStore        *store);
MrStore  *mr_window_get_store    (MrWindow       *self);
void      mr_window_add_toast    (MrWindow       *self,
                                  AdwToast       *toast);
void      mr_window_import_files (MrWindow       *self,
                                  GFile         **files,
                                  int             n_files);
/* As above; statistics that name no account go to @creator ("@handle" or a name). */
void      mr_window_import_files_for_creator (MrWindow    *self,
                                              GFile      **files,
                                              int          n_files,
                                              const char  *creator);
/* The import dialog's result: reload, and a toast with Undo. */
void      mr_window_import_finished (MrWindow     *self,
                                     MrImportPlan *plan);
/* Refreshes the public numbers of @creators' accounts, or of every creator's when
 * @n_creators is 0, in a dialog over the window. */
void      mr_window_refresh_public_data (MrWindow   *self,
                                         MrCreator **creators,
                                         guint       n_creators);
/* The refresh dialog closed after its run: what changed, and a toast with Undo. */
void      mr_window_refresh_finished    (MrWindow   *self,
                                         MrRefresh  *refresh);
/* For tests: the window's drop target. */
GtkDropTarget *mr_window_get_drop_target (MrWindow *self);

G_END_DECLS
