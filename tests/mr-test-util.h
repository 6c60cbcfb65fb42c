/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *mr_test_make_temp_dir   (void);
void  mr_test_remove_temp_dir (const char *dir);
void  mr_test_settle          (guint       milliseconds);

G_END_DECLS
