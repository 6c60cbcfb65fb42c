/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <sqlite3.h>

#include "mr-import-format.h"

G_BEGIN_DECLS

/* What one file (or a whole batch) brought: rows written new or changed. */
typedef struct {
  guint   creators_created;
  guint   accounts_created;
  guint64 posts;
  guint64 follower_days;
  guint64 daily_days;
  guint64 audience;
  guint64 activity;
  guint64 search;
  guint64 totals;
  guint64 other;             /* a restore's campaigns, members, results, moments, checks */
  char    first_day[11];     /* the dates the file covers; "" when it has none */
  char    last_day[11];
} MrImportCounts;

typedef struct _MrImportWriter MrImportWriter;

/* Writes records into the database @db (a connection of the import's own; borrowed) as
 * one batch: one transaction, undoable as a whole by mr_import_undo (). Rows are
 * upserted by their natural keys (a post by its platform id, a snapshot or daily figure
 * by its day, a search figure by source, kind, query, region and period); a value the
 * file does not give leaves the stored one alone. A row the batch inserts carries its
 * batch_id; a row it changes has its earlier values journaled in import_undo. */
MrImportWriter *mr_import_writer_new             (sqlite3         *db,
                                                  GError         **error);
void            mr_import_writer_free            (MrImportWriter  *self);

/* @expected_bytes: the size of the files to come, when known (else 0). A large import
 * that is alone on the database goes through a rollback journal, as SQLite writes a
 * very large transaction once that way and twice through the write-ahead log; the log
 * is back once the import ends. */
gboolean        mr_import_writer_begin           (MrImportWriter  *self,
                                                  guint64          expected_bytes,
                                                  GError         **error);
/* Brings accounts' latest follower counts up to date and commits. */
gboolean        mr_import_writer_commit          (MrImportWriter  *self,
                                                  const char      *summary,
                                                  GError         **error);
void            mr_import_writer_rollback        (MrImportWriter  *self);
gint64          mr_import_writer_get_batch_id    (MrImportWriter  *self);
sqlite3        *mr_import_writer_get_db          (MrImportWriter  *self);
/* The creator named @name (any case), or 0 in *@creator_id when there is none. */
gboolean        mr_import_writer_find_creator    (MrImportWriter  *self,
                                                  const char      *name,
                                                  gint64          *creator_id,
                                                  GError         **error);
/* Content already taken in, by an earlier batch or earlier in this one. */
gboolean        mr_import_writer_has_checksum    (MrImportWriter  *self,
                                                  const char      *checksum,
                                                  GError         **error);

/* One file inside the batch (a savepoint: ending it with @keep FALSE forgets it). */
gboolean        mr_import_writer_begin_file      (MrImportWriter  *self,
                                                  GError         **error);
/* New accounts the file names go to this creator (0: a new creator of their own). */
void            mr_import_writer_set_creator     (MrImportWriter  *self,
                                                  gint64           creator_id);
MrImportSink   *mr_import_writer_get_sink        (MrImportWriter  *self);
/* The account records go to now (0 before the first), and its creator. */
gint64          mr_import_writer_get_account_id  (MrImportWriter  *self);
gint64          mr_import_writer_get_creator_id  (MrImportWriter  *self);
/* Counts rows of tables the sink does not know (a restore's campaigns…). */
void            mr_import_writer_count_other     (MrImportWriter  *self,
                                                  guint64          n);
/* Logs the file in import_log (unless @keep is FALSE, which rolls it back). */
gboolean        mr_import_writer_end_file        (MrImportWriter  *self,
                                                  gboolean         keep,
                                                  const char      *file_name,
                                                  const char      *format_id,
                                                  const char      *checksum,
                                                  guint64          rows,
                                                  GError         **error);
const MrImportCounts *mr_import_writer_get_file_counts  (MrImportWriter *self);
const MrImportCounts *mr_import_writer_get_batch_counts (MrImportWriter *self);

/* Takes back batch @batch_id: deletes what it inserted, restores what it changed, and
 * forgets its files so they can be imported again. In one transaction on @db. */
gboolean        mr_import_undo                   (sqlite3         *db,
                                                  gint64           batch_id,
                                                  GError         **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MrImportWriter, mr_import_writer_free)

G_END_DECLS
