/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define MR_TYPE_BENCHMARKS_PAGE (mr_benchmarks_page_get_type ())
G_DECLARE_FINAL_TYPE (MrBenchmarksPage, mr_benchmarks_page, MR, BENCHMARKS_PAGE, AdwPreferencesPage)

MrBenchmarksPage *mr_benchmarks_page_new (GSettings *settings);

G_END_DECLS
