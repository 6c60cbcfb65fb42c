/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mr-store.h"

G_BEGIN_DECLS

#define MR_TYPE_CREATOR_EDITOR (mr_creator_editor_get_type ())
G_DECLARE_FINAL_TYPE (MrCreatorEditor, mr_creator_editor, MR, CREATOR_EDITOR, AdwWindow)

/* The Add Creator dialog, or with @creator its Edit Creator dialog: name, niche,
 * country, status and accounts, each handle checked as it is typed. Saving emits
 * "saved" with the stored creator and closes the dialog. */
MrCreatorEditor *mr_creator_editor_new     (MrStore         *store,
                                            MrCreator       *creator);
/* Whether what the dialog holds can be saved (the Save button's state). */
gboolean         mr_creator_editor_can_save (MrCreatorEditor *self);

G_END_DECLS
