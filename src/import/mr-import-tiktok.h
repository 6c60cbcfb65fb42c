/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mr-import-format.h"

G_BEGIN_DECLS

/* The day TikTok Studio's download was made, when @content (a file opened as
 * "tiktok-content") says it: its `Time` column holds that day with its year in some
 * downloads. The import then reads the year-less days of the whole set against it.
 * Reads @content to its end (open the file anew to import it). Answers FALSE only with
 * @error set; *@out is left invalid when no row gives a full date. */
gboolean mr_import_tiktok_find_export_date (MrImportFile  *content,
                                            GDate         *out,
                                            GCancellable  *cancellable,
                                            GError       **error);

G_END_DECLS
