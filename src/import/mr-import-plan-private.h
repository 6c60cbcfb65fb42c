/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mr-import-plan.h"

G_BEGIN_DECLS

struct _MrImportPlan
{
  GObject         parent_instance;

  GListStore     *items;
  char           *creator;
  /* Files found in folders and left out of @items as no export, when there were many. */
  guint           n_left_out;
  GPtrArray      *left_out_names; /* the first few, for the message */

  gint64          batch_id;
  MrImportCounts  counts;
  GHashTable     *results;        /* MrImportItem → char *, after a run */
  GHashTable     *accounts;       /* "@handle" of every account written, after a run */
};

/* SHA-256 of a whole file (lowercase hex), for files not read through the CSV reader. */
char *mr_import_plan_checksum (GFile         *file,
                               GCancellable  *cancellable,
                               GError       **error);

G_END_DECLS
