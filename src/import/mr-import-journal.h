/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* Creates, on @db only, the temporary table naming the batch being imported and the
 * temporary triggers that journal the earlier values of every row an import changes
 * (rows it inserts carry its batch_id instead). */
gboolean mr_import_journal_install (sqlite3  *db,
                                    GError  **error);

G_END_DECLS
