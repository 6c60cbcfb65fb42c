/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "mr-import-plan.h"
#include "mr-import-writer.h"

G_BEGIN_DECLS

/* Whether @file looks like what `microreach --export-json` writes: a JSON object whose
 * top level has "schema" and "creators". Reads no further than it must, and does not
 * need the file to be valid JSON: a damaged export is still recognised, and restoring
 * it then says where it is damaged. */
gboolean mr_import_json_is_export (GFile           *file,
                                   GCancellable    *cancellable);

/* Restores the content of an export into @writer's batch, between
 * mr_import_writer_begin_file () and _end_file (). Rows are matched by their natural keys
 * and upserted, so restoring a file twice changes nothing the second time; into an empty
 * database, creators, campaigns and moments keep their ids. Metrics and KPIs are not
 * restored: they are computed. @progress (if not NULL) hears how much of the file is
 * restored, now and then. @rows receives how many records the file held. Errors say
 * "NAME:LINE: reason" for JSON that does not parse, "NAME: reason" otherwise. */
gboolean mr_import_json_restore   (MrImportWriter        *writer,
                                   GFile                 *file,
                                   MrImportProgressFunc   progress,
                                   gpointer               user_data,
                                   guint64               *rows,
                                   GCancellable          *cancellable,
                                   GError               **error);

G_END_DECLS
