/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "mr-store.h"

G_BEGIN_DECLS

/* A campaign's results from a spreadsheet or a shop's or affiliate network's export: one
 * row per member and day, its columns in any order, headed in English or Dutch. Each row
 * is matched to a member of the campaign by handle, creator name or promo code; a row
 * that matches none (or several) is listed with the reason, never dropped unseen. */

/* What a column of the file is read as. */
typedef enum {
  MR_RESULTS_COLUMN_DATE,
  MR_RESULTS_COLUMN_HANDLE,
  MR_RESULTS_COLUMN_NAME,
  MR_RESULTS_COLUMN_CODE,
  MR_RESULTS_COLUMN_IMPRESSIONS,
  MR_RESULTS_COLUMN_REACH,
  MR_RESULTS_COLUMN_CLICKS,
  MR_RESULTS_COLUMN_CONVERSIONS,
  MR_RESULTS_COLUMN_ENGAGEMENTS,
  MR_RESULTS_COLUMN_REVENUE,
  MR_RESULTS_N_COLUMNS
} MrResultsColumn;

/* Which of the row's keys found its member. */
typedef enum {
  MR_RESULTS_MATCH_NONE,
  MR_RESULTS_MATCH_HANDLE,
  MR_RESULTS_MATCH_NAME,
  MR_RESULTS_MATCH_CODE,
} MrResultsMatch;

/* One row of the file as read with the current mapping. Counts are MR_UNKNOWN_COUNT and
 * revenue NAN where the cell is empty or the file has no such column; the date is ""
 * when the row has none. Owned by the import, valid until the mapping changes. */
typedef struct {
  guint             line;
  MrResultRow       result;
  MrCampaignMember *member;   /* NULL when unmatched */
  const char       *label;    /* the member as messages name it: "Anna Jansen (@anna)" */
  MrResultsMatch    match;
  const char       *key;      /* what the row names its creator by: "@anna", "ANNA10" */
  const char       *reason;   /* why it matches no member: NULL when it does */
} MrResultsImportRow;

#define MR_TYPE_RESULTS_IMPORT (mr_results_import_get_type ())

G_DECLARE_FINAL_TYPE (MrResultsImport, mr_results_import, MR, RESULTS_IMPORT, GObject)

/* Reads @file and matches its rows to @campaign's members. Fails only when the file
 * cannot be read as a table (not found, not text, a broken quote); a value that is not
 * a number, two rows for one member and day, or a missing date column make it
 * refuse to import instead: see _get_problem (). */
MrResultsImport   *mr_results_import_scan              (MrStore              *store,
                                                        MrCampaign           *campaign,
                                                        GFile                *file,
                                                        GError              **error);
/* The same, reading the file in a worker thread. */
void               mr_results_import_scan_async        (MrStore              *store,
                                                        MrCampaign           *campaign,
                                                        GFile                *file,
                                                        GCancellable         *cancellable,
                                                        GAsyncReadyCallback   callback,
                                                        gpointer              user_data);
MrResultsImport   *mr_results_import_scan_finish       (GAsyncResult         *result,
                                                        GError              **error);

MrCampaign        *mr_results_import_get_campaign      (MrResultsImport      *self);
GFile             *mr_results_import_get_file          (MrResultsImport      *self);
const char        *mr_results_import_get_display_name  (MrResultsImport      *self);

/* The columns, 0 … MR_RESULTS_N_COLUMNS − 1, as they read inside a sentence: "promo
 * code". */
const char        *mr_results_import_get_column_label  (MrResultsColumn       column);

/* The header row as written, and per field the column it is read as (-1: not read).
 * A field holds at most one column and a column comes from at most one field: setting
 * a column takes it from the field that had it. Each change reads the rows again and
 * notifies "mapping". */
const char * const *mr_results_import_get_headers      (MrResultsImport      *self);
int                mr_results_import_get_column        (MrResultsImport      *self,
                                                        guint                 field);
void               mr_results_import_set_column        (MrResultsImport      *self,
                                                        guint                 field,
                                                        int                   column);
/* (array length = number of headers) */
int               *mr_results_import_get_mapping       (MrResultsImport      *self);
void               mr_results_import_set_mapping       (MrResultsImport      *self,
                                                        const int            *mapping);
/* "Datum → date, Code → promo code, Omzet → revenue" */
char              *mr_results_import_describe_mapping  (MrResultsImport      *self);

guint              mr_results_import_get_n_rows        (MrResultsImport      *self);
const MrResultsImportRow *mr_results_import_get_row    (MrResultsImport      *self,
                                                        guint                 index);
guint              mr_results_import_get_n_matched     (MrResultsImport      *self);
/* Rows with a day that match no member (or several). */
guint              mr_results_import_get_n_unmatched   (MrResultsImport      *self);
/* Rows without a day that name no member: sums or notes below the table. They are in
 * the rows too, with their reason. */
guint              mr_results_import_get_n_left_out    (MrResultsImport      *self);
/* How many members the matched rows are for. */
guint              mr_results_import_get_n_members     (MrResultsImport      *self);
/* "12 rows for 3 members" */
char              *mr_results_import_describe          (MrResultsImport      *self);

/* Why the file cannot be imported as mapped ("NAME:LINE: reason", MR_IMPORT_ERROR), or
 * NULL when it can. MISSING_COLUMN: the mapping lacks the date, a member key or every
 * figure; INVALID_VALUE: a cell, or two rows for one member and day; FAILED: no row
 * matches a member. */
const GError      *mr_results_import_get_problem       (MrResultsImport      *self);
/* When this file was imported into this campaign with this mapping before (ISO 8601),
 * or NULL: importing it again would change nothing. */
const char        *mr_results_import_get_imported_at   (MrResultsImport      *self);

/* Writes the matched rows in one transaction, as one undoable import batch: a day a
 * member already has is replaced in the columns the file has, others are left alone;
 * empty cells are stored as not known. All or nothing; emits MrStore::results-changed.
 * A file imported before the same way is not written again (batch 0). */
gboolean           mr_results_import_run               (MrResultsImport      *self,
                                                        GError              **error);
/* The same on a connection of its own, in a worker thread. */
void               mr_results_import_run_async         (MrResultsImport      *self,
                                                        GCancellable         *cancellable,
                                                        GAsyncReadyCallback   callback,
                                                        gpointer              user_data);
gboolean           mr_results_import_run_finish        (MrResultsImport      *self,
                                                        GAsyncResult         *result,
                                                        GError              **error);
/* After a run: the batch for mr_import_undo (), 0 when nothing was written. */
gint64             mr_results_import_get_batch_id      (MrResultsImport      *self);

G_END_DECLS
