/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mr-import-results.h"

G_BEGIN_DECLS

/* A member as rows can name it, taken from the store on the main thread so that rows
 * can be matched in a worker. Keys are folded: see mr_results_fold_* (). */
typedef struct {
  MrCampaignMember *member;
  gint64            id;
  char             *label;        /* "Anna Jansen (@anna)": how messages name it */
  char             *own_handle;   /* the member's chosen account's; NULL when none */
  GPtrArray        *handles;      /* every account of the member's creator */
  char             *name;         /* the creator's name */
  char             *code;         /* the member's promo code; NULL when none */
} MrResultsCandidate;

/* What a row names its creator by, as written (NULL where the row does not say). */
typedef struct {
  const char *handle;
  const char *name;
  const char *code;
} MrResultsKeys;

/* (element-type MrResultsCandidate) the members of @campaign. */
GPtrArray          *mr_results_candidates_new (MrStore              *store,
                                               MrCampaign           *campaign);

/* Handles without '@' or profile URL around them, any case; names without accents, any
 * case, runs of white space as one; codes trimmed, any case. NULL for nothing. */
char               *mr_results_fold_handle    (const char           *text);
char               *mr_results_fold_name      (const char           *text);
char               *mr_results_fold_code      (const char           *text);

/* The one member @keys name, or NULL with *@reason saying why not (no member, several,
 * or keys that name different members). A key that names nobody is passed over when
 * another one names someone: a handle may have changed since the file was made. */
MrResultsCandidate *mr_results_match          (GPtrArray            *candidates,
                                               const MrResultsKeys  *keys,
                                               MrResultsMatch       *match,
                                               char                **reason);

/* One row of the file below the header, its cells trimmed. */
typedef struct {
  guint  line;
  char **cells;
  guint  n_cells;
} MrResultsRecord;

struct _MrResultsImport
{
  GObject      parent_instance;

  MrStore     *store;
  MrCampaign  *campaign;
  gint64       campaign_id;    /* of @campaign, for the worker threads */
  char        *campaign_name;
  GFile       *file;
  char        *display_name;
  char        *file_checksum;
  GPtrArray   *candidates;     /* MrResultsCandidate */
  char       **headers;
  guint        header_line;
  GPtrArray   *records;        /* MrResultsRecord */
  int         *columns;        /* per header field: the column it is read as, or -1 */

  /* What evaluating the records with the columns found. */
  GArray      *rows;           /* MrResultsImportRow */
  GError      *problem;
  guint        n_matched;
  guint        n_unmatched;
  guint        n_left_out;
  guint        n_members;
  char         first_day[11];  /* of the matched rows; "" when none */
  char         last_day[11];
  char        *content_hash;   /* what import_log keeps of this file, campaign and mapping */

  char        *imported_at;
  gint64       batch_id;
};

/* mr-import-results-read.c: reads the file, with the guessed columns (safe in a worker
 * thread: no store, no models). */
gboolean            mr_results_import_read_file (MrResultsImport      *self,
                                                 GCancellable         *cancellable,
                                                 GError              **error);
/* Reads every record with the current columns: rows, matches, the first problem. Safe in
 * a worker thread. */
void                mr_results_import_evaluate  (MrResultsImport      *self);
void                mr_results_import_row_clear (gpointer              row);

/* mr-import-results-write.c: writes the matched rows as one batch through @db. */
gboolean            mr_results_import_write     (MrResultsImport      *self,
                                                 sqlite3              *db,
                                                 GError              **error);

G_END_DECLS
