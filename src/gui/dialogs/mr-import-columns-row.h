/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mr-import-item.h"

G_BEGIN_DECLS

#define MR_TYPE_IMPORT_COLUMNS_ROW (mr_import_columns_row_get_type ())
G_DECLARE_FINAL_TYPE (MrImportColumnsRow, mr_import_columns_row, MR, IMPORT_COLUMNS_ROW, AdwExpanderRow)

/* A creator list's row in the import confirmation; it expands to the file's headers,
 * each with the column it is read as. */
GtkWidget *mr_import_columns_row_new (MrImportItem *item);

G_END_DECLS
