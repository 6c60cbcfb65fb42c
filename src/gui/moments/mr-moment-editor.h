/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mr-store.h"

G_BEGIN_DECLS

#define MR_TYPE_MOMENT_EDITOR (mr_moment_editor_get_type ())
G_DECLARE_FINAL_TYPE (MrMomentEditor, mr_moment_editor, MR, MOMENT_EDITOR, AdwWindow)

/* A new moment made by hand (@moment %NULL): its search, the intent guessed from it, the
 * hours to answer in; or an existing one's intent, channel, notes and the creator or
 * campaign that answers it, with the creators whose niche or captions fit suggested
 * first. Saves to @store itself. */
MrMomentEditor *mr_moment_editor_new (GtkWindow *parent,
                                      MrStore   *store,
                                      MrMoment  *moment);

G_END_DECLS
