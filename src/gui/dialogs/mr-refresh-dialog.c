/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-refresh-dialog"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "mr-feedback.h"
#include "mr-net.h"
#include "mr-refresh-dialog.h"
#include "mr-secret.h"

/* Refreshes accounts' public numbers while the user watches: the YouTube key from the
 * keyring first (only when a YouTube account is in it), then one row per account that
 * says what became of it, a progress bar, and Cancel, which keeps what came in. When
 * the dialog closes, the window reports the result in a toast with Undo. */

typedef enum {
  STAGE_EMPTY,     /* no account can be refreshed */
  STAGE_KEY,       /* reading the YouTube key */
  STAGE_RUN,
  STAGE_DONE,
} Stage;

typedef struct {
  AdwActionRow *row;
  GtkImage     *icon;
  GtkSpinner   *spinner;
} Row;

struct _MrRefreshDialog
{
  AdwWindow       parent_instance;

  MrWindow       *window;
  MrRefresh      *refresh;
  GCancellable   *cancellable;
  Stage           stage;
  guint           n_left_out;     /* accounts on platforms without public data */
  char           *keyring_problem;
  gboolean        close_when_done;
  gboolean        reported;
  GArray         *rows;           /* of Row, one per entry */

  GtkWidget      *cancel_button;
  GtkWidget      *close_button;
  GtkStack       *stack;
  AdwStatusPage  *empty_page;
  GtkLabel       *summary_label;
  GtkProgressBar *progress_bar;
  GtkLabel       *note_label;
  GtkListBox     *list;
};

G_DEFINE_FINAL_TYPE (MrRefreshDialog, mr_refresh_dialog, ADW_TYPE_WINDOW)

/* ── What the user sees ──────────────────────────────────────────────────────────── */

static void
update_row (MrRefreshDialog *self,
            guint            index)
{
  const MrRefreshEntry *entry = mr_refresh_get_entry (self->refresh, index);
  Row *row = &g_array_index (self->rows, Row, index);
  g_autofree char *outcome = mr_refresh_entry_describe_outcome (entry);
  gboolean fetching = FALSE;
  const char *icon_name;
  const char *state;
  const char *style = NULL;

  switch (entry->outcome)
    {
    case MR_REFRESH_WAITING:
      icon_name = "content-loading-symbolic";
      state = C_("refresh state", "Waiting");
      style = "dim-label";
      break;
    case MR_REFRESH_FETCHING:
      /* Fetched accounts wait for the others before they are stored. */
      fetching = entry->n_posts == 0 && entry->followers == MR_NET_NO_COUNT;
      icon_name = "emblem-ok-symbolic";
      state = fetching ? C_("refresh state", "Fetching") : C_("refresh state", "Fetched");
      style = "dim-label";
      break;
    case MR_REFRESH_UPDATED:
      icon_name = "emblem-ok-symbolic";
      state = C_("refresh state", "Refreshed");
      style = "success";
      break;
    case MR_REFRESH_UNCHANGED:
      icon_name = "emblem-ok-symbolic";
      state = C_("refresh state", "Nothing new");
      break;
    case MR_REFRESH_FAILED:
      icon_name = "dialog-error-symbolic";
      state = C_("refresh state", "Failed");
      style = "error";
      break;
    case MR_REFRESH_CANCELLED:
    default:
      icon_name = "process-stop-symbolic";
      state = C_("refresh state", "Cancelled");
      style = "dim-label";
      break;
    }

  adw_action_row_set_subtitle (row->row, outcome);
  if (entry->outcome == MR_REFRESH_FAILED)
    gtk_widget_add_css_class (GTK_WIDGET (row->row), "refresh-failed");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row->row), "refresh-failed");

  gtk_widget_set_visible (GTK_WIDGET (row->spinner), fetching);
  gtk_spinner_set_spinning (row->spinner, fetching);
  gtk_widget_set_visible (GTK_WIDGET (row->icon), !fetching);
  gtk_image_set_from_icon_name (row->icon, icon_name);
  gtk_widget_set_css_classes (GTK_WIDGET (row->icon),
                              (const char *[]) { style, NULL });
  /* The icon says in words what its colour says. */
  gtk_widget_set_tooltip_text (GTK_WIDGET (row->icon), state);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, state, -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (row->spinner), state);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->spinner),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, state, -1);
}

static void
add_rows (MrRefreshDialog *self)
{
  guint n = mr_refresh_get_n_entries (self->refresh);

  for (guint i = 0; i < n; i++)
    {
      const MrRefreshEntry *entry = mr_refresh_get_entry (self->refresh, i);
      g_autofree char *account = mr_refresh_entry_describe_account (entry);
      g_autofree char *title = NULL;
      Row row;

      /* Translators: a creator and one of their accounts, "Lotte · @lotte.bsky.social (Bluesky)" */
      title = entry->creator_name != NULL ? g_strdup_printf (_("%s · %s"), entry->creator_name,
                                                             account)
                                          : g_strdup (account);
      row.row = ADW_ACTION_ROW (adw_action_row_new ());
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row.row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row.row), title);
      adw_action_row_set_subtitle_lines (row.row, 0);

      row.icon = GTK_IMAGE (gtk_image_new ());
      row.spinner = GTK_SPINNER (gtk_spinner_new ());
      gtk_widget_set_valign (GTK_WIDGET (row.spinner), GTK_ALIGN_CENTER);
      adw_action_row_add_prefix (row.row, GTK_WIDGET (row.icon));
      adw_action_row_add_prefix (row.row, GTK_WIDGET (row.spinner));
      gtk_list_box_append (self->list, GTK_WIDGET (row.row));

      g_array_append_val (self->rows, row);
      update_row (self, i);
    }
}

static void
update_progress (MrRefreshDialog *self)
{
  guint n = mr_refresh_get_n_entries (self->refresh);
  guint done = mr_refresh_get_n_done (self->refresh);
  g_autofree char *text = NULL;

  /* Translators: progress of a refresh, e.g. "2 of 5 accounts" */
  text = g_strdup_printf (ngettext ("%u of %u account", "%u of %u accounts", n), done, n);
  gtk_progress_bar_set_text (self->progress_bar, text);
  gtk_progress_bar_set_fraction (self->progress_bar, n > 0 ? (double) done / n : 0);
}

static void
update_note (MrRefreshDialog *self)
{
  g_autoptr(GString) note = g_string_new (NULL);

  if (self->n_left_out > 0)
    g_string_append_printf (note,
                            /* Translators: accounts that a refresh did not include */
                            ngettext ("%u account was left out: Microreach can refresh only "
                                      "Bluesky, Mastodon and YouTube accounts.",
                                      "%u accounts were left out: Microreach can refresh only "
                                      "Bluesky, Mastodon and YouTube accounts.",
                                      self->n_left_out),
                            self->n_left_out);
  if (self->keyring_problem != NULL)
    {
      if (note->len > 0)
        g_string_append_c (note, ' ');
      g_string_append (note, self->keyring_problem);
    }

  gtk_label_set_text (self->note_label, note->str);
  gtk_widget_set_visible (GTK_WIDGET (self->note_label), note->len > 0);
}

static void
set_stage (MrRefreshDialog *self,
           Stage            stage)
{
  gboolean running = stage == STAGE_KEY || stage == STAGE_RUN;
  guint n = mr_refresh_get_n_entries (self->refresh);
  g_autofree char *summary = NULL;

  self->stage = stage;
  gtk_widget_set_visible (self->cancel_button, running);
  gtk_widget_set_visible (self->close_button, !running);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "refresh.cancel", TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), running);
  gtk_stack_set_visible_child_name (self->stack, stage == STAGE_EMPTY ? "empty" : "accounts");

  switch (stage)
    {
    case STAGE_EMPTY:
      break;
    case STAGE_KEY:
      gtk_label_set_text (self->summary_label, _("Reading your YouTube key from the keyring…"));
      break;
    case STAGE_RUN:
      /* Translators: while a refresh runs */
      summary = g_strdup_printf (ngettext ("Refreshing %u account…", "Refreshing %u accounts…", n),
                                 n);
      gtk_label_set_text (self->summary_label, summary);
      break;
    case STAGE_DONE:
    default:
      summary = mr_refresh_describe (self->refresh);
      gtk_label_set_text (self->summary_label, summary);
      gtk_widget_grab_focus (self->close_button);
      break;
    }
  update_note (self);
}

/* ── Running ─────────────────────────────────────────────────────────────────────── */

static void
on_entry_changed (MrRefresh       *refresh,
                  guint            index,
                  MrRefreshDialog *self)
{
  if (index < self->rows->len)
    update_row (self, index);
}

static void
on_run_done (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(MrRefreshDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  gboolean stored = mr_refresh_run_finish (self->refresh, result, &error);

  /* Destroyed with the application while the refresh ran: nothing left to show. */
  if (self->stack == NULL)
    return;
  if (!stored)
    mr_feedback_error (GTK_WIDGET (self), _("Could Not Store the Refreshed Data"),
                       error->message);

  for (guint i = 0; i < self->rows->len; i++)
    update_row (self, i);
  set_stage (self, STAGE_DONE);
  if (self->close_when_done)
    gtk_window_close (GTK_WINDOW (self));
}

static void
run (MrRefreshDialog *self)
{
  set_stage (self, STAGE_RUN);
  mr_refresh_run_async (self->refresh, self->cancellable, on_run_done, g_object_ref (self));
}

static void
on_key_looked_up (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(MrRefreshDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *key = mr_secret_lookup_youtube_key_finish (result, &error);

  if (self->stack == NULL)
    return;
  if (key != NULL)
    {
      mr_refresh_set_youtube_key (self->refresh, key);
      memset (key, 0, strlen (key));
    }
  else if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    /* The message says the keyring failed; the YouTube rows say they need the key. */
    self->keyring_problem = g_strdup (error->message);
  /* Cancelled here, the refresh stops at once and says so on every account. */
  run (self);
}

static gboolean
needs_youtube_key (MrRefresh *refresh)
{
  for (guint i = 0; i < mr_refresh_get_n_entries (refresh); i++)
    if (mr_refresh_get_entry (refresh, i)->platform == MR_PLATFORM_YOUTUBE)
      return TRUE;
  return FALSE;
}

static guint
count_accounts (MrCreator **creators,
                guint       n_creators)
{
  guint n = 0;

  for (guint i = 0; i < n_creators; i++)
    n += g_list_model_get_n_items (mr_creator_get_accounts (creators[i]));
  return n;
}

static void
start (MrRefreshDialog  *self,
       MrCreator       **creators,
       guint             n_creators)
{
  GListModel *all = mr_store_get_creators (mr_window_get_store (self->window));
  g_autoptr(GPtrArray) everyone = NULL;
  guint n_accounts;

  if (n_creators == 0)
    {
      everyone = g_ptr_array_new_with_free_func (g_object_unref);
      for (guint i = 0; i < g_list_model_get_n_items (all); i++)
        g_ptr_array_add (everyone, g_list_model_get_item (all, i));
      creators = (MrCreator **) everyone->pdata;
      n_creators = everyone->len;
    }
  for (guint i = 0; i < n_creators; i++)
    mr_refresh_add_creator (self->refresh, creators[i]);

  n_accounts = count_accounts (creators, n_creators);
  self->n_left_out = n_accounts - MIN (n_accounts, mr_refresh_get_n_entries (self->refresh));

  if (mr_refresh_get_n_entries (self->refresh) == 0)
    {
      if (n_accounts == 0)
        {
          adw_status_page_set_title (self->empty_page, _("No Accounts to Refresh"));
          adw_status_page_set_description (self->empty_page,
            _("Add a creator’s Bluesky, Mastodon or YouTube account, and Microreach can "
              "refresh its public numbers."));
        }
      set_stage (self, STAGE_EMPTY);
      return;
    }

  add_rows (self);
  update_progress (self);
  g_signal_connect_object (self->refresh, "entry-changed",
                           G_CALLBACK (on_entry_changed), self, 0);
  g_signal_connect_object (self->refresh, "notify::n-done",
                           G_CALLBACK (update_progress), self, G_CONNECT_SWAPPED);

  if (needs_youtube_key (self->refresh))
    {
      set_stage (self, STAGE_KEY);
      mr_secret_lookup_youtube_key_async (self->cancellable, on_key_looked_up,
                                          g_object_ref (self));
    }
  else
    run (self);
}

/* ── Actions ─────────────────────────────────────────────────────────────────────── */

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MrRefreshDialog *self = MR_REFRESH_DIALOG (widget);

  if (self->stage == STAGE_KEY || self->stage == STAGE_RUN)
    {
      g_cancellable_cancel (self->cancellable);
      gtk_widget_action_set_enabled (widget, "refresh.cancel", FALSE);
      gtk_label_set_text (self->summary_label, _("Stopping…"));
    }
  else
    gtk_window_close (GTK_WINDOW (self));
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static gboolean
mr_refresh_dialog_close_request (GtkWindow *window)
{
  MrRefreshDialog *self = MR_REFRESH_DIALOG (window);

  /* What came in so far is stored first; the end of the run closes the window. */
  if (self->stage == STAGE_KEY || self->stage == STAGE_RUN)
    {
      self->close_when_done = TRUE;
      g_cancellable_cancel (self->cancellable);
      return TRUE;
    }

  if (self->stage == STAGE_DONE && !self->reported)
    {
      self->reported = TRUE;
      mr_window_refresh_finished (self->window, self->refresh);
    }
  return GTK_WINDOW_CLASS (mr_refresh_dialog_parent_class)->close_request (window);
}

/* ── Object ──────────────────────────────────────────────────────────────────────── */

static void
mr_refresh_dialog_dispose (GObject *object)
{
  MrRefreshDialog *self = MR_REFRESH_DIALOG (object);

  g_array_set_size (self->rows, 0);
  gtk_widget_dispose_template (GTK_WIDGET (self), MR_TYPE_REFRESH_DIALOG);

  G_OBJECT_CLASS (mr_refresh_dialog_parent_class)->dispose (object);
}

static void
mr_refresh_dialog_finalize (GObject *object)
{
  MrRefreshDialog *self = MR_REFRESH_DIALOG (object);

  g_clear_object (&self->refresh);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->window);
  g_clear_pointer (&self->keyring_problem, g_free);
  g_array_unref (self->rows);

  G_OBJECT_CLASS (mr_refresh_dialog_parent_class)->finalize (object);
}

static void
mr_refresh_dialog_class_init (MrRefreshDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = mr_refresh_dialog_dispose;
  object_class->finalize = mr_refresh_dialog_finalize;
  window_class->close_request = mr_refresh_dialog_close_request;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/dialogs/mr-refresh-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MrRefreshDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, MrRefreshDialog, close_button);
  gtk_widget_class_bind_template_child (widget_class, MrRefreshDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, MrRefreshDialog, empty_page);
  gtk_widget_class_bind_template_child (widget_class, MrRefreshDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, MrRefreshDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, MrRefreshDialog, note_label);
  gtk_widget_class_bind_template_child (widget_class, MrRefreshDialog, list);

  gtk_widget_class_install_action (widget_class, "refresh.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "refresh.close", NULL, close_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "refresh.cancel", NULL);
}

static void
mr_refresh_dialog_init (MrRefreshDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_array_new (FALSE, FALSE, sizeof (Row));
  self->cancellable = g_cancellable_new ();
}

MrRefreshDialog *
mr_refresh_dialog_new (MrWindow   *window,
                       MrCreator **creators,
                       guint       n_creators)
{
  MrRefreshDialog *self;

  g_return_val_if_fail (MR_IS_WINDOW (window), NULL);
  g_return_val_if_fail (n_creators == 0 || creators != NULL, NULL);

  self = g_object_new (MR_TYPE_REFRESH_DIALOG, "transient-for", window, NULL);
  self->window = g_object_ref (window);
  self->refresh = mr_refresh_new (mr_window_get_store (window), mr_net_get_session ());
  start (self, creators, n_creators);
  return self;
}

MrRefresh *
mr_refresh_dialog_get_refresh (MrRefreshDialog *self)
{
  g_return_val_if_fail (MR_IS_REFRESH_DIALOG (self), NULL);
  return self->refresh;
}
