/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mr-refresh.h"
#include "mr-window.h"

G_BEGIN_DECLS

#define MR_TYPE_REFRESH_DIALOG (mr_refresh_dialog_get_type ())
G_DECLARE_FINAL_TYPE (MrRefreshDialog, mr_refresh_dialog, MR, REFRESH_DIALOG, AdwWindow)

/* Shows itself over @window and refreshes the public numbers of @creators' accounts, or
 * of every creator's when @n_creators is 0. */
MrRefreshDialog *mr_refresh_dialog_new         (MrWindow         *window,
                                                MrCreator       **creators,
                                                guint             n_creators);
MrRefresh       *mr_refresh_dialog_get_refresh (MrRefreshDialog  *self);

G_END_DECLS
