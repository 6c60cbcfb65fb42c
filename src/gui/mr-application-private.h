/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mr-application.h"
#include "mr-window.h"

G_BEGIN_DECLS

typedef void (*MrApplicationStep) (MrApplication *self);

struct _MrApplication
{
  AdwApplication        parent_instance;

  char                 *database_path;
  MrStore              *store;
  GSettings            *settings;
  guint                 apply_source;

  /* mr-application-database.c */
  guint                 backup_source;       /* the wait before the daily backup */
  GCancellable         *backup_cancellable;  /* the backup under way, or NULL */
  GtkFileChooserNative *chooser;
  char                 *chosen_path;
  /* Why the database could not be opened (and the heading that said so), for saying it
   * again when choosing another one is cancelled. */
  GError               *problem;
  const char           *problem_heading;
  /* After the database closes (its store finalized, no backup reading it): what then. */
  MrApplicationStep     after_close;
  gboolean              store_closing;
};

/* mr-application-database.c: opening the database, what its faults show, the daily
 * backup and restoring it. */

/* The window, with the store opened the first time; NULL when the database cannot be
 * used, and a dialog says why and offers what can be done. */
MrWindow *mr_application_ensure_window     (MrApplication *self);
void      mr_application_dispose_database  (MrApplication *self);
void      mr_application_window_removed    (MrApplication *self);

G_END_DECLS
