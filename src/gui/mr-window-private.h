/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mr-campaigns-page.h"
#include "mr-creators-page.h"
#include "mr-moments-page.h"
#include "mr-window.h"

G_BEGIN_DECLS

struct _MrWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;
  MrStore              *store;
  GtkFileChooserNative *chooser;
  GtkDropTarget        *drop_target;

  AdwToastOverlay      *toast_overlay;
  GtkWidget            *drop_highlight;
  AdwViewStack         *stack;
  MrCreatorsPage       *creators_page;
  MrCampaignsPage      *campaigns_page;
  MrMomentsPage        *moments_page;
};

/* mr-window-import.c: the chooser, the drop target, the result and its Undo. */
void mr_window_class_init_import (GtkWidgetClass *widget_class);
void mr_window_init_import       (MrWindow       *self);
void mr_window_add_import_toast  (MrWindow       *self,
                                  const char     *summary,
                                  gint64          batch_id,
                                  const char     *undo_action);

/* mr-window-refresh.c: Refresh Public Data, and its result. */
void mr_window_class_init_refresh (GtkWidgetClass *widget_class);

G_END_DECLS
