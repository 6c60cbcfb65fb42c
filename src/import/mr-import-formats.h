/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mr-import-format.h"

G_BEGIN_DECLS

/* Every format Microreach reads, one reader file each (mr-import-<source>.c). */
extern const MrImportFormat mr_import_format_tiktok_content;
extern const MrImportFormat mr_import_format_tiktok_overview;
extern const MrImportFormat mr_import_format_tiktok_follower_history;
extern const MrImportFormat mr_import_format_tiktok_follower_activity;
extern const MrImportFormat mr_import_format_tiktok_follower_gender;
extern const MrImportFormat mr_import_format_tiktok_follower_territories;
extern const MrImportFormat mr_import_format_tiktok_viewers;
extern const MrImportFormat mr_import_format_instagram_content;
extern const MrImportFormat mr_import_format_youtube_content;
extern const MrImportFormat mr_import_format_youtube_geography;
extern const MrImportFormat mr_import_format_youtube_chart;
extern const MrImportFormat mr_import_format_youtube_totals;
extern const MrImportFormat mr_import_format_search_console_queries;
extern const MrImportFormat mr_import_format_search_console_pages;
extern const MrImportFormat mr_import_format_search_console_countries;
extern const MrImportFormat mr_import_format_search_console_devices;
extern const MrImportFormat mr_import_format_search_console_dates;
extern const MrImportFormat mr_import_format_search_console_filters;
extern const MrImportFormat mr_import_format_trends;
extern const MrImportFormat mr_import_format_roster;

/* In the order detection tries them: specific headers first, the roster's guesses last. */
const MrImportFormat * const *mr_import_formats_get_all (void);
const MrImportFormat         *mr_import_formats_find    (const char *id);

/* Opens @file and finds its format from its header row (trying the first few records,
 * for a preamble). On MR_IMPORT_ERROR_UNRECOGNIZED the message says what the file looks
 * like it is not, in words a marketer understands. */
MrImportFile *mr_import_file_open  (GFile         *file,
                                    GCancellable  *cancellable,
                                    GError       **error);
/* Detection on a stream (tests, the benchmark); @display_name names it in messages. */
MrImportFile *mr_import_file_open_stream (GInputStream  *stream,
                                          const char    *display_name,
                                          GCancellable  *cancellable,
                                          GError       **error);

G_END_DECLS
