/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-removal-toast"

#include "config.h"

#include <glib/gi18n.h>

#include "mr-feedback.h"
#include "mr-removal-toast.h"

#define UNDO_TIMEOUT_SECONDS 10

typedef struct
{
  MrStore           *store;
  MrStoreRemoval    *removal;
  GWeakRef           owner;
  MrRemovalRestored  restored;
  gint64             tag;
} Undo;

static void
undo_free (gpointer  data,
           GClosure *closure)
{
  Undo *undo = data;

  g_object_unref (undo->store);
  g_clear_pointer (&undo->removal, mr_store_removal_free);
  g_weak_ref_clear (&undo->owner);
  g_free (undo);
}

static void
on_undo_clicked (AdwToast *toast,
                 Undo     *undo)
{
  g_autoptr(GtkWidget) owner = g_weak_ref_get (&undo->owner);
  g_autoptr(MrStoreRemoval) removal = g_steal_pointer (&undo->removal);
  g_autoptr(GError) error = NULL;

  if (removal == NULL)
    return;

  if (!mr_store_restore_removal (undo->store, removal, &error))
    {
      if (owner != NULL)
        mr_feedback_error (owner, _("Could Not Undo"), error->message);
      return;
    }
  if (owner != NULL && undo->restored != NULL)
    undo->restored (owner, removal, undo->tag);
}

AdwToast *
mr_removal_toast_new (GtkWidget         *owner,
                      MrStore           *store,
                      MrStoreRemoval    *removal,
                      const char        *title,
                      MrRemovalRestored  restored,
                      gint64             tag)
{
  AdwToast *toast;
  Undo *undo;

  g_return_val_if_fail (GTK_IS_WIDGET (owner), NULL);
  g_return_val_if_fail (MR_IS_STORE (store), NULL);
  g_return_val_if_fail (removal != NULL, NULL);

  toast = mr_feedback_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_timeout (toast, UNDO_TIMEOUT_SECONDS);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);

  undo = g_new0 (Undo, 1);
  undo->store = g_object_ref (store);
  undo->removal = removal;
  undo->restored = restored;
  undo->tag = tag;
  g_weak_ref_init (&undo->owner, owner);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_clicked), undo,
                         undo_free, 0);
  return toast;
}
