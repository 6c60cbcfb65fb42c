/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mr-import-format.h"

G_BEGIN_DECLS

/* How many records detection looks at for a header: a preamble (Google Trends) comes
 * before it. */
#define MR_IMPORT_HEADER_SEARCH 5

char         *mr_import_normalize_header (const char            *header);
/* The current record of @csv, each field normalised as a header. */
char        **mr_import_normalize_record (MrCsvReader           *csv,
                                          guint                 *n_fields);
guint         mr_import_format_count_columns (const MrImportFormat *format);
guint         mr_import_match_header     (const MrImportFormat  *format,
                                          char                 **normalized,
                                          guint                  n_fields,
                                          int                   *index,
                                          GArray                *repeated,
                                          int                   *missing_required);
MrImportFile *mr_import_file_new         (MrCsvReader           *csv,
                                          GFile                 *file,
                                          const char            *display_name);
void          mr_import_file_take_header (MrImportFile          *self,
                                          const MrImportFormat  *format,
                                          const int             *index);
/* Opens @stream as @format, without trying the others (tests of one reader). */
MrImportFile *mr_import_file_open_as     (GInputStream          *stream,
                                          const char            *display_name,
                                          const MrImportFormat  *format,
                                          GCancellable          *cancellable,
                                          GError               **error);

G_END_DECLS
