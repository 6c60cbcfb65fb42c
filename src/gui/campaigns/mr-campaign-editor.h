/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mr-store.h"

G_BEGIN_DECLS

#define MR_TYPE_CAMPAIGN_EDITOR (mr_campaign_editor_get_type ())
G_DECLARE_FINAL_TYPE (MrCampaignEditor, mr_campaign_editor, MR, CAMPAIGN_EDITOR, AdwWindow)

/* A new campaign when @campaign is NULL. Once the campaign is stored, the editor emits
 * MrCampaignEditor::saved (MrCampaign *) and closes. */
MrCampaignEditor *mr_campaign_editor_new      (GtkWindow        *parent,
                                               MrStore          *store,
                                               MrCampaign       *campaign);
gboolean          mr_campaign_editor_can_save (MrCampaignEditor *self);

G_END_DECLS
