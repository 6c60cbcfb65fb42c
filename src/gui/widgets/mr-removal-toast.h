/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mr-store.h"

G_BEGIN_DECLS

/* What a page does once Undo brought the deleted rows back: select them again, say. */
typedef void (*MrRemovalRestored) (GtkWidget      *owner,
                                   MrStoreRemoval *removal,
                                   gint64          tag);

/* A toast titled @title (text, never markup) with an Undo button that restores @removal (transfer full) into
 * @store; a failure shows a dialog over @owner, and @restored (may be NULL) runs with
 * @tag when @owner still exists. The deletion stays final once the toast is gone. */
AdwToast *mr_removal_toast_new (GtkWidget         *owner,
                                MrStore           *store,
                                MrStoreRemoval    *removal,
                                const char        *title,
                                MrRemovalRestored  restored,
                                gint64             tag);

G_END_DECLS
