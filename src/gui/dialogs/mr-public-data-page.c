/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-public-data-page"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "mr-feedback.h"
#include "mr-public-data-page.h"
#include "mr-secret.h"

/* Preferences for fetching public numbers: the user's YouTube key, which lives in the
 * keyring only (applied with Enter or the row's button, or when the focus leaves the
 * row), and in plain words what Microreach fetches from where. The keyring is asked
 * only once the page is shown: opening Preferences for something else leaves it be. */

struct _MrPublicDataPage
{
  AdwPreferencesPage  parent_instance;

  GCancellable       *cancellable;
  char               *stored_key;    /* what the keyring holds; NULL for none */
  gboolean            looking_up;
  gboolean            looked_up;

  AdwEntryRow        *key_row;
  AdwActionRow       *keyring_row;
  GtkWidget          *remove_button;
};

G_DEFINE_FINAL_TYPE (MrPublicDataPage, mr_public_data_page, ADW_TYPE_PREFERENCES_PAGE)

typedef struct {
  MrPublicDataPage *self;
  char             *key;     /* what was stored; NULL when the key was removed */
} Storing;

static void
forget (char **key)
{
  if (*key != NULL)
    memset (*key, 0, strlen (*key));
  g_clear_pointer (key, g_free);
}

static void
show_toast (MrPublicDataPage *self,
            const char       *text)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (ADW_IS_PREFERENCES_WINDOW (root))
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (root), mr_feedback_toast_new (text));
}

static void
show_state (MrPublicDataPage *self,
            const char       *state)
{
  adw_action_row_set_subtitle (self->keyring_row, state);
  gtk_widget_set_sensitive (self->remove_button, self->stored_key != NULL);
}

static void
show_stored (MrPublicDataPage *self)
{
  show_state (self, self->stored_key != NULL
                    ? _("Stored in your keyring")
                    : _("No key stored: YouTube accounts cannot be refreshed"));
}

/* The entry's text without the spaces a paste brings along, or NULL when empty. */
static char *
typed_key (MrPublicDataPage *self)
{
  char *key = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->key_row))));

  if (*key == '\0')
    forget (&key);
  return key;
}

/* ── Storing ─────────────────────────────────────────────────────────────────────── */

static void
storing_free (Storing *storing)
{
  forget (&storing->key);
  g_object_unref (storing->self);
  g_free (storing);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Storing, storing_free)

static void
on_stored (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(Storing) storing = user_data;
  MrPublicDataPage *self = storing->self;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (mr_secret_store_youtube_key_finish (result, &error))
    {
      forget (&self->stored_key);
      self->stored_key = g_steal_pointer (&storing->key);
      message = g_strdup (self->stored_key != NULL ? _("YouTube key stored in your keyring")
                                                   : _("YouTube key removed from your keyring"));
    }
  else
    message = g_strdup (error->message);

  /* Gone with its window meanwhile: the keyring has the key, nobody to tell. */
  if (self->keyring_row == NULL)
    return;
  if (error == NULL)
    show_stored (self);
  else
    show_state (self, message);
  show_toast (self, message);
}

/* Stores @key (NULL removes the stored one), unless the keyring holds it already. */
static void
store_key (MrPublicDataPage *self,
           char             *key)
{
  Storing *storing;

  if (g_strcmp0 (key, self->stored_key) == 0)
    {
      forget (&key);
      show_stored (self);
      return;
    }

  storing = g_new0 (Storing, 1);
  storing->self = g_object_ref (self);
  storing->key = key;
  show_state (self, key != NULL ? _("Storing the key in your keyring…")
                                : _("Removing the key from your keyring…"));
  /* Not cancelled with the page: a key applied just before closing is still stored. */
  mr_secret_store_youtube_key_async (key, NULL, on_stored, storing);
}

static void
on_key_apply (MrPublicDataPage *self)
{
  store_key (self, typed_key (self));
}

/* Leaving the row keeps a new key; an emptied row removes nothing until applied, so a
 * slip of the keyboard cannot lose the key. */
static void
on_key_leave (GtkEventControllerFocus *controller,
              MrPublicDataPage        *self)
{
  char *key;

  /* The window may be going: its dispose moves the focus. */
  if (self->key_row == NULL)
    return;
  key = typed_key (self);
  if (key != NULL && self->looked_up)
    store_key (self, key);
  else
    forget (&key);
}

static void
on_remove_clicked (MrPublicDataPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->key_row), "");
  store_key (self, NULL);
}

/* ── Looking up ──────────────────────────────────────────────────────────────────── */

static void
on_looked_up (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  MrPublicDataPage *self;
  g_autoptr(GError) error = NULL;
  char *key = mr_secret_lookup_youtube_key_finish (result, &error);

  /* Cancelled when the page went away. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = user_data;

  self->looked_up = TRUE;
  if (error != NULL)
    {
      show_state (self, error->message);
      return;
    }

  forget (&self->stored_key);
  self->stored_key = key;
  /* What the user began to type meanwhile wins. */
  if (key != NULL && gtk_editable_get_text (GTK_EDITABLE (self->key_row))[0] == '\0')
    gtk_editable_set_text (GTK_EDITABLE (self->key_row), key);
  show_stored (self);
}

/* ── Object ──────────────────────────────────────────────────────────────────────── */

static void
mr_public_data_page_map (GtkWidget *widget)
{
  MrPublicDataPage *self = MR_PUBLIC_DATA_PAGE (widget);

  GTK_WIDGET_CLASS (mr_public_data_page_parent_class)->map (widget);

  if (!self->looking_up)
    {
      self->looking_up = TRUE;
      mr_secret_lookup_youtube_key_async (self->cancellable, on_looked_up, self);
    }
}

static void
mr_public_data_page_dispose (GObject *object)
{
  MrPublicDataPage *self = MR_PUBLIC_DATA_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), MR_TYPE_PUBLIC_DATA_PAGE);

  G_OBJECT_CLASS (mr_public_data_page_parent_class)->dispose (object);
}

static void
mr_public_data_page_finalize (GObject *object)
{
  MrPublicDataPage *self = MR_PUBLIC_DATA_PAGE (object);

  forget (&self->stored_key);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (mr_public_data_page_parent_class)->finalize (object);
}

static void
mr_public_data_page_class_init (MrPublicDataPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mr_public_data_page_dispose;
  object_class->finalize = mr_public_data_page_finalize;
  widget_class->map = mr_public_data_page_map;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/dialogs/mr-public-data-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MrPublicDataPage, key_row);
  gtk_widget_class_bind_template_child (widget_class, MrPublicDataPage, keyring_row);
  gtk_widget_class_bind_template_child (widget_class, MrPublicDataPage, remove_button);
  gtk_widget_class_bind_template_callback (widget_class, on_key_apply);
  gtk_widget_class_bind_template_callback (widget_class, on_remove_clicked);
}

static void
mr_public_data_page_init (MrPublicDataPage *self)
{
  GtkEventController *focus;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();

  focus = gtk_event_controller_focus_new ();
  g_signal_connect (focus, "leave", G_CALLBACK (on_key_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self->key_row), focus);
}

MrPublicDataPage *
mr_public_data_page_new (void)
{
  return g_object_new (MR_TYPE_PUBLIC_DATA_PAGE, NULL);
}
