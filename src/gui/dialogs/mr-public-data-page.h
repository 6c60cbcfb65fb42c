/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define MR_TYPE_PUBLIC_DATA_PAGE (mr_public_data_page_get_type ())
G_DECLARE_FINAL_TYPE (MrPublicDataPage, mr_public_data_page, MR, PUBLIC_DATA_PAGE,
                      AdwPreferencesPage)

MrPublicDataPage *mr_public_data_page_new (void);

G_END_DECLS
