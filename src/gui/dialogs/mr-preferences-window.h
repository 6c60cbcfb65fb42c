/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mr-store.h"

G_BEGIN_DECLS

#define MR_TYPE_PREFERENCES_WINDOW (mr_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (MrPreferencesWindow, mr_preferences_window, MR, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

MrPreferencesWindow *mr_preferences_window_new (GtkWindow *parent,
                                                MrStore   *store);

G_END_DECLS
