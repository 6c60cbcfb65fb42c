/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <sqlite3.h>

#include "mr-import-item.h"
#include "mr-import-writer.h"

G_BEGIN_DECLS

typedef enum {
  /* Every file read to its end: rows, dates and duplicates for the confirmation. */
  MR_IMPORT_SCAN_FULL,
  /* Only what attribution needs (the headless import reads each file once, to import). */
  MR_IMPORT_SCAN_QUICK,
} MrImportScan;

/* Called from the thread that runs the plan; @fraction 0–1. */
typedef void (*MrImportProgressFunc) (double    fraction,
                                      gpointer  user_data);

#define MR_TYPE_IMPORT_PLAN (mr_import_plan_get_type ())

G_DECLARE_FINAL_TYPE (MrImportPlan, mr_import_plan, MR, IMPORT_PLAN, GObject)

/* One import: the files of a drop or a command, as one undoable batch. */
MrImportPlan *mr_import_plan_new          (void);
/* The files (and every file in the folders) given, in a stable order. */
gboolean      mr_import_plan_add_files    (MrImportPlan          *self,
                                           GFile                **files,
                                           guint                  n_files,
                                           GCancellable          *cancellable,
                                           GError               **error);
/* Statistics that name no account go to this creator: "@handle" (an account on the
 * file's platform) or a creator's name (their account on that platform). */
void          mr_import_plan_set_creator  (MrImportPlan          *self,
                                           const char            *creator);
/* Recognises every file, reads what the confirmation shows, and attributes the files of
 * a set to the account their set names. @db (may be NULL) is asked which contents are
 * already imported. */
gboolean      mr_import_plan_scan         (MrImportPlan          *self,
                                           MrImportScan           scan,
                                           sqlite3               *db,
                                           MrImportProgressFunc   progress,
                                           gpointer               user_data,
                                           GCancellable          *cancellable,
                                           GError               **error);
/* The MrImportItems, for the confirmation. */
GListModel   *mr_import_plan_get_items    (MrImportPlan          *self);
/* After a scan: files found in folders that are not exports, when there were too many to
 * list each (they are not among the items), and a sentence that says so ("5000 files in
 * the folders are not exports…"), or NULL when none were left out. */
guint         mr_import_plan_get_n_left_out    (MrImportPlan     *self);
char         *mr_import_plan_describe_left_out (MrImportPlan     *self);
/* Whether anything would be imported, and nothing stands in the way. */
gboolean      mr_import_plan_is_ready     (MrImportPlan          *self);

/* Imports every recognised file into @db as one batch: on any error (or cancel) nothing
 * of it remains and @error says "FILE:LINE: reason". Files the user named that are not
 * recognised are an error; files found in folders are skipped. */
gboolean      mr_import_plan_run          (MrImportPlan          *self,
                                           sqlite3               *db,
                                           MrImportProgressFunc   progress,
                                           gpointer               user_data,
                                           GCancellable          *cancellable,
                                           GError               **error);
/* After a run: the batch (0 when nothing new came in), what it brought, and a sentence
 * for the toast ("365 days of follower history and 13 posts for @anna"). */
gint64        mr_import_plan_get_batch_id (MrImportPlan          *self);
const MrImportCounts *mr_import_plan_get_counts (MrImportPlan    *self);
char         *mr_import_plan_describe_result (MrImportPlan       *self);
/* After a run: per item, what it brought in ("365 rows, @anna"), for the command line. */
char         *mr_import_plan_describe_item_result (MrImportPlan  *self,
                                                   MrImportItem  *item);

G_END_DECLS
