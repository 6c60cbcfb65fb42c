/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <stddef.h>
#include <stdint.h>

#include "mr-import-format.h"

G_BEGIN_DECLS

/* What libFuzzer calls: once at the start, then once per input. A harness defines
 * LLVMFuzzerTestOneInput () and may define LLVMFuzzerInitialize (), which must call
 * mr_fuzz_init (). */
int         LLVMFuzzerInitialize      (int            *argc,
                                       char         ***argv);
int         LLVMFuzzerTestOneInput    (const uint8_t  *data,
                                       size_t          size);

/* Makes every run the same on any machine (time zone, messages) and every warning or
 * critical a crash the fuzzer reports: a g_return_if_fail () that an input reaches is a
 * bug. */
void          mr_fuzz_init            (void);

/* A stream over @data, which must outlive it. */
GInputStream *mr_fuzz_stream_new      (const uint8_t  *data,
                                       size_t          size);
/* Writes @data to a file in the process's own temporary folder (removed at exit) and
 * answers it: for the readers that take a GFile. Each call overwrites the last one's. */
GFile        *mr_fuzz_file_new        (const uint8_t  *data,
                                       size_t          size,
                                       const char     *name);
/* The process's temporary folder. */
const char   *mr_fuzz_get_temp_dir    (void);

/* An error of a reader: set exactly when it failed, in @domain or the CSV reader's, its
 * message saying where as "NAME:LINE: reason" (or "NAME: reason" when @line_optional). */
void          mr_fuzz_check_error     (gboolean        ok,
                                       const GError   *error,
                                       GQuark          domain,
                                       const char     *name,
                                       gboolean        line_optional);

/* A day as records and the store write it: "YYYY-MM-DD", a date that exists. */
void          mr_fuzz_check_day       (const char     *day);

/* Reads @file (opened as one format) to its end, as the import does: a fixed download
 * day, a Search Console period, a roster's guessed mapping (turned round by one field
 * when @other_mapping, as a user may choose), into a sink that checks what every
 * record promises. */
void          mr_fuzz_read_file       (MrImportFile   *file,
                                       gboolean        other_mapping);

G_END_DECLS
