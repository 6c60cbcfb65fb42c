/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mr-import-format.h"

G_BEGIN_DECLS

/* The columns a creator list can hold, numbered 0 … n − 1 in the order the window
 * offers them, and what each holds in the user's language, as it reads inside a
 * sentence: "followers". */
guint       mr_import_roster_get_n_columns    (void);
const char *mr_import_roster_get_column_label (guint               column);

/* A mapping gives, per field of the header row (file->headers), the roster column it
 * is read as, or -1 when it is not read. A field holds at most one column and a column
 * comes from at most one field. _get_mapping () gives the guess of an opened file;
 * _set_mapping () makes the file read with the mapping the user confirmed. */
int        *mr_import_roster_get_mapping      (MrImportFile       *file);
void        mr_import_roster_set_mapping      (MrImportFile       *file,
                                               const int          *mapping);

/* A mapping in words, one line in header order: "Naam → name, Volgers → followers,
 * Land → country". _describe_mapping () is that of an opened file, for the headless
 * import to report. */
char       *mr_import_roster_describe         (const char * const *headers,
                                               const int          *mapping);
char       *mr_import_roster_describe_mapping (MrImportFile       *file);

G_END_DECLS
