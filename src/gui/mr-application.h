/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mr-store.h"

G_BEGIN_DECLS

#define MR_TYPE_APPLICATION (mr_application_get_type ())
G_DECLARE_FINAL_TYPE (MrApplication, mr_application, MR, APPLICATION, AdwApplication)

void           mr_application_init_i18n         (void);
MrApplication *mr_application_new               (void);
const char    *mr_application_get_database_path (MrApplication *self);
void           mr_application_set_database_path (MrApplication *self,
                                                 const char    *path);

G_END_DECLS
