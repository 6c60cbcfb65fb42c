/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mr-store-private.h"

G_BEGIN_DECLS

/* What mr-store-removal.c copies before a deletion and mr-store-restore.c puts back. */

typedef struct {
  char       *name;
  char       *key;          /* the INTEGER PRIMARY KEY column, NULL without one */
  int         key_index;    /* in columns, or -1 */
  GPtrArray  *columns;      /* char *, in table order */
  GHashTable *new_keys;     /* old key → new key, for rows back under another id */
} MrRemovalTable;

typedef struct {
  MrRemovalTable *child;
  guint           column;        /* the referencing column of child */
  MrRemovalTable *parent;
  guint           parent_column; /* the referenced column of parent */
  gboolean        cascade;       /* else ON DELETE SET NULL */
} MrRemovalReference;

typedef struct {
  MrRemovalTable  *table;
  sqlite3_value  **values;  /* one per column, owned */
} MrRemovalRow;

typedef struct {
  MrRemovalReference *reference;
  gint64              key;    /* of the child row whose column was cleared */
  gint64              value;  /* what it held */
} MrRemovalRelink;

typedef struct {
  MrCreator *creator;
  gint64     id;
  gint64     primary_account_id;
  GArray    *account_ids;  /* gint64, in the order of the creator's accounts */
} MrRemovedCreator;

struct _MrStoreRemoval
{
  GHashTable *tables;      /* name → MrRemovalTable */
  GPtrArray  *references;  /* MrRemovalReference */
  GPtrArray  *rows;        /* MrRemovalRow, each after the rows it refers to through a cascade */
  GArray     *relinks;     /* MrRemovalRelink */
  GPtrArray  *creators;    /* MrRemovedCreator */
  guint       n_campaigns; /* campaigns come back as new objects: the store reloads */
  GHashTable *seen;        /* "table:key" of the rows copied */
};

void          mr_store_removal_append_quoted (GString     *sql,
                                              const char  *name);
sqlite3_stmt *mr_store_removal_prepare       (MrStore     *self,
                                              const char  *sql,
                                              GError     **error);

G_END_DECLS
