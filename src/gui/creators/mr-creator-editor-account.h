/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mr-account.h"

G_BEGIN_DECLS

#define MR_TYPE_CREATOR_EDITOR_ACCOUNT (mr_creator_editor_account_get_type ())
G_DECLARE_FINAL_TYPE (MrCreatorEditorAccount, mr_creator_editor_account,
                      MR, CREATOR_EDITOR_ACCOUNT, GtkListBoxRow)

/* One account in the creator dialog: its platform and handle, and under them what is
 * wrong with the handle. @account is the stored account being edited, or %NULL for a
 * new one (which can be taken out again). Emits "changed" on every edit and "remove"
 * when its Remove button is clicked. */
GtkWidget  *mr_creator_editor_account_new          (MrAccount              *account);
MrAccount  *mr_creator_editor_account_get_account  (MrCreatorEditorAccount *self);
MrPlatform  mr_creator_editor_account_get_platform (MrCreatorEditorAccount *self);
void        mr_creator_editor_account_set_platform (MrCreatorEditorAccount *self,
                                                    MrPlatform              platform);
const char *mr_creator_editor_account_get_text     (MrCreatorEditorAccount *self);
/* NULL clears it. */
void        mr_creator_editor_account_set_error    (MrCreatorEditorAccount *self,
                                                    const char             *message);

G_END_DECLS
