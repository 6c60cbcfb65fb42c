/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mr-import-format.h"

G_BEGIN_DECLS

/* A sink that writes each record as one line of text, so a test can say what it expects
 * the way a person reading the file would:
 *   account tiktok anna.bakes name=Anna followers=1200 …
 *   post 7301 published=2026-01-03T18:00:00Z kind=video views=1200 likes=80 caption=…
 *   followers 2026-01-03 1200
 *   daily 2026-01-03 views=900 gained=-3
 *   audience gender female 0.59
 *   activity 2026-01-03 18 540          (or: activity weekday=1 18 540)
 *   search search-console query 2026-03-01..2026-03-31 clicks=3 … query=text
 *   total views 12000
 * Fields the record does not know are left out; numbers with %g. Text fields that may
 * hold spaces (caption, query) come last. */
typedef struct {
  MrImportSink  parent;
  GPtrArray    *lines;
  char         *format_id;
  guint64       rows;
  GDate         period_start;   /* what a Filters file set */
  GDate         period_end;
} MrTestSink;

/* An empty sink, for a test that reads a file it opened itself. */
MrTestSink *mr_test_sink_new   (void);
/* Reads tests/data/@path, which must be detected as @format. @export_date and @period
 * ("YYYY-MM-DD..YYYY-MM-DD") may be NULL. Returns NULL with @error when the file is
 * refused. */
MrTestSink *mr_test_sink_read  (const char            *path,
                                const MrImportFormat  *format,
                                const char            *export_date,
                                const char            *period,
                                GError               **error);
void        mr_test_sink_free  (MrTestSink            *sink);
guint       mr_test_sink_count (MrTestSink            *sink,
                                const char            *prefix);
/* The first line starting with @prefix, or NULL. */
const char *mr_test_sink_find  (MrTestSink            *sink,
                                const char            *prefix);
void        mr_test_sink_dump  (MrTestSink            *sink);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MrTestSink, mr_test_sink_free)

G_END_DECLS
