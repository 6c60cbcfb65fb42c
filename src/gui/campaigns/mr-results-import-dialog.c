/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-results-import-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "mr-feedback.h"
#include "mr-import-format.h"
#include "mr-import-results.h"
#include "mr-number-format.h"
#include "mr-results-import-dialog.h"
#include "mr-window.h"

/* A campaign's results file before it goes in: what each column is read as, which rows
 * go to which member, and which rows fit no member and why. The file is read and written
 * in worker threads; the result is a toast with Undo on the main window. */

typedef enum {
  STAGE_SCAN,
  STAGE_REVIEW,
  STAGE_RUN,
  STAGE_DONE,
} Stage;

/* More rows than this are not listed one by one: the command line lists them all. */
#define MAX_LISTED 200

struct _MrResultsImportDialog
{
  AdwWindow            parent_instance;

  MrCampaign          *campaign;
  MrResultsImport     *import;
  GCancellable        *cancellable;
  Stage                stage;
  GPtrArray           *column_rows;     /* AdwComboRow per header field (NULL: none) */
  GPtrArray           *member_rows;
  GPtrArray           *unmatched_rows;

  AdwWindowTitle      *window_title;
  GtkWidget           *cancel_button;
  GtkWidget           *import_button;
  GtkStack            *stack;
  AdwStatusPage       *busy_page;
  AdwStatusPage       *unreadable_page;
  GtkLabel            *summary_label;
  GtkLabel            *file_label;
  GtkLabel            *problem_label;
  GtkLabel            *notice_label;
  AdwPreferencesGroup *columns_group;
  AdwPreferencesGroup *members_group;
  AdwPreferencesGroup *unmatched_group;
};

G_DEFINE_FINAL_TYPE (MrResultsImportDialog, mr_results_import_dialog, ADW_TYPE_WINDOW)

/* ── Formatting ──────────────────────────────────────────────────────────────────── */

/* @day is "YYYY-MM-DD", as the import gives it. */
static char *
format_day (const char *day,
            gboolean    with_year)
{
  guint year, month, dom;
  GDate date;

  if (sscanf (day, "%4u-%2u-%2u", &year, &month, &dom) != 3 ||
      !g_date_valid_dmy ((GDateDay) dom, (GDateMonth) month, (GDateYear) year))
    return g_strdup (day);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) dom, (GDateMonth) month, (GDateYear) year);
  return mr_format_day (g_date_get_julian (&date), with_year);
}

static char *
format_days (const char *first,
             const char *last)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  if (first[0] == '\0')
    return NULL;
  to = format_day (last, TRUE);
  if (g_str_equal (first, last))
    return g_steal_pointer (&to);
  from = format_day (first, strncmp (first, last, 4) != 0);
  /* Translators: a date range, "2025-01-01 – 2025-12-31" */
  return g_strdup_printf (_("%s – %s"), from, to);
}

static const char *
describe_match (MrResultsMatch match)
{
  switch (match)
    {
    case MR_RESULTS_MATCH_HANDLE:
      return _("found by handle");
    case MR_RESULTS_MATCH_NAME:
      return _("found by name");
    case MR_RESULTS_MATCH_CODE:
      return _("found by promo code");
    case MR_RESULTS_MATCH_NONE:
    default:
      return NULL;
    }
}

/* Column labels and reasons are written to stand inside a sentence ("Datum → date",
 * "FILE:7: no member…"); as choices and as a row's subtitle they start with a capital. */
static char *
capitalize (const char *label)
{
  char first[6];
  int length = g_unichar_to_utf8 (g_unichar_totitle (g_utf8_get_char (label)), first);

  return g_strdup_printf ("%.*s%s", length, first, g_utf8_next_char (label));
}

/* ── Showing the rows ────────────────────────────────────────────────────────────── */

static void
clear_group (AdwPreferencesGroup *group,
             GPtrArray           *rows)
{
  for (guint i = 0; i < rows->len; i++)
    adw_preferences_group_remove (group, g_ptr_array_index (rows, i));
  g_ptr_array_set_size (rows, 0);
}

static void
add_row (AdwPreferencesGroup *group,
         GPtrArray           *rows,
         const char          *title,
         const char          *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *escaped_title = g_markup_escape_text (title, -1);
  g_autofree char *escaped_subtitle = g_markup_escape_text (subtitle != NULL ? subtitle : "", -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped_title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped_subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  adw_preferences_group_add (group, row);
  g_ptr_array_add (rows, row);
}

typedef struct {
  const MrResultsImportRow *first;
  guint                     n_days;
  const char               *first_day;
  const char               *last_day;
} MemberRows;

static void
show_members (MrResultsImportDialog *self)
{
  g_autoptr(GHashTable) by_member = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  guint n = mr_results_import_get_n_rows (self->import);

  clear_group (self->members_group, self->member_rows);
  for (guint i = 0; i < n; i++)
    {
      const MrResultsImportRow *row = mr_results_import_get_row (self->import, i);
      MemberRows *member;

      if (row->member == NULL)
        continue;
      member = g_hash_table_lookup (by_member, row->member);
      if (member == NULL)
        {
          member = g_new0 (MemberRows, 1);
          member->first = row;
          g_hash_table_insert (by_member, row->member, member);
          g_ptr_array_add (order, member);
        }
      member->n_days++;
      if (row->result.date[0] == '\0')
        continue;
      if (member->first_day == NULL || strcmp (row->result.date, member->first_day) < 0)
        member->first_day = row->result.date;
      if (member->last_day == NULL || strcmp (row->result.date, member->last_day) > 0)
        member->last_day = row->result.date;
    }

  for (guint i = 0; i < order->len; i++)
    {
      MemberRows *member = g_ptr_array_index (order, i);
      g_autoptr(GString) subtitle = g_string_new (NULL);
      g_autofree char *days = NULL;

      g_string_printf (subtitle, ngettext ("%u row", "%u rows", member->n_days), member->n_days);
      if (member->first_day != NULL &&
          (days = format_days (member->first_day, member->last_day)) != NULL)
        g_string_append_printf (subtitle, " · %s", days);
      g_string_append_printf (subtitle, " · %s", describe_match (member->first->match));
      add_row (self->members_group, self->member_rows, member->first->label, subtitle->str);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->members_group), order->len > 0);
}

static void
show_unmatched (MrResultsImportDialog *self)
{
  guint n = mr_results_import_get_n_rows (self->import), listed = 0, hidden = 0;

  clear_group (self->unmatched_group, self->unmatched_rows);
  for (guint i = 0; i < n; i++)
    {
      const MrResultsImportRow *row = mr_results_import_get_row (self->import, i);
      g_autofree char *title = NULL;
      g_autofree char *reason = NULL;

      if (row->reason == NULL)
        continue;
      if (listed == MAX_LISTED)
        {
          hidden++;
          continue;
        }
      if (row->key != NULL)
        /* Translators: a row of a results file: its line and what it names the creator by,
         * "Line 7 · @anna" */
        title = g_strdup_printf (_("Line %u · %s"), row->line, row->key);
      else
        title = g_strdup_printf (_("Line %u"), row->line);
      reason = capitalize (row->reason);
      add_row (self->unmatched_group, self->unmatched_rows, title, reason);
      listed++;
    }
  if (hidden > 0)
    {
      g_autofree char *more = g_strdup_printf (ngettext ("And %u more row",
                                                         "And %u more rows", hidden),
                                               hidden);

      add_row (self->unmatched_group, self->unmatched_rows, more,
               _("Import the file on the command line with --campaign to list them all."));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->unmatched_group), listed > 0);
}

/* What stands in the way, and what to do about it. */
static char *
describe_problem (MrResultsImportDialog *self,
                  const GError          *problem)
{
  if (g_error_matches (problem, MR_IMPORT_ERROR, MR_IMPORT_ERROR_MISSING_COLUMN))
    {
      gboolean date = FALSE, key = FALSE;
      const char * const *headers = mr_results_import_get_headers (self->import);

      for (guint f = 0; headers[f] != NULL; f++)
        {
          int column = mr_results_import_get_column (self->import, f);

          date |= column == MR_RESULTS_COLUMN_DATE;
          key |= column == MR_RESULTS_COLUMN_HANDLE || column == MR_RESULTS_COLUMN_NAME ||
                 column == MR_RESULTS_COLUMN_CODE;
        }
      if (!date)
        return g_strdup (_("Choose below which column holds the date of each row."));
      if (!key)
        return g_strdup (_("Choose below which column holds the creator’s handle, name or "
                           "promo code."));
      return g_strdup (_("Choose below which columns hold the figures: impressions, reach, "
                         "clicks, conversions, engagements or revenue."));
    }
  if (g_error_matches (problem, MR_IMPORT_ERROR, MR_IMPORT_ERROR_FAILED))
    /* Translators: %s says that no row fits a member, and what to check */
    return g_strdup_printf (_("Nothing can be imported: %s."), problem->message);
  /* Translators: %s names the file, the line and what is wrong there */
  return g_strdup_printf (_("Nothing can be imported until this is corrected: %s. Correct "
                            "the file and choose it again, or change what the column is "
                            "read as below."), problem->message);
}

static char *
describe_imported_at (const char *imported_at)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_iso8601 (imported_at, NULL);
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *day = NULL;
  GDate date;

  if (time == NULL)
    return g_strdup (_("This file was imported into this campaign before, read this way: "
                       "importing it again would change nothing."));
  local = g_date_time_to_local (time);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (local), g_date_time_get_month (local),
                  g_date_time_get_year (local));
  day = mr_format_day (g_date_get_julian (&date), TRUE);
  /* Translators: %s is the day the file was imported */
  return g_strdup_printf (_("This file was imported into this campaign on %s, read this way: "
                            "importing it again would change nothing."), day);
}

static void
update_actions (MrResultsImportDialog *self)
{
  gboolean ready = self->stage == STAGE_REVIEW && self->import != NULL &&
                   mr_results_import_get_problem (self->import) == NULL &&
                   mr_results_import_get_imported_at (self->import) == NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "results.import", ready);
  for (guint i = 0; self->column_rows != NULL && i < self->column_rows->len; i++)
    if (g_ptr_array_index (self->column_rows, i) != NULL)
      gtk_widget_set_sensitive (g_ptr_array_index (self->column_rows, i),
                                self->stage == STAGE_REVIEW);
}

static void
show_outcome (MrResultsImportDialog *self)
{
  const GError *problem = mr_results_import_get_problem (self->import);
  const char *imported_at = mr_results_import_get_imported_at (self->import);
  guint n_matched = mr_results_import_get_n_matched (self->import);
  g_autofree char *summary = mr_results_import_describe (self->import);
  g_autofree char *button = NULL;

  gtk_label_set_text (self->summary_label, summary);
  if (problem != NULL)
    {
      g_autofree char *text = describe_problem (self, problem);

      gtk_label_set_text (self->problem_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), problem != NULL);
  if (imported_at != NULL)
    {
      g_autofree char *text = describe_imported_at (imported_at);

      gtk_label_set_text (self->notice_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->notice_label), imported_at != NULL);

  button = g_strdup_printf (ngettext ("_Import %u Row", "_Import %u Rows", n_matched), n_matched);
  gtk_button_set_label (GTK_BUTTON (self->import_button), button);

  show_members (self);
  show_unmatched (self);
  update_actions (self);
}

/* ── Columns ─────────────────────────────────────────────────────────────────────── */

static void
show_columns (MrResultsImportDialog *self)
{
  for (guint field = 0; field < self->column_rows->len; field++)
    {
      AdwComboRow *row = g_ptr_array_index (self->column_rows, field);

      if (row != NULL)
        adw_combo_row_set_selected (row,
                                    (guint) (mr_results_import_get_column (self->import, field) + 1));
    }
}

static void
on_mapping_changed (MrResultsImportDialog *self)
{
  show_columns (self);
  show_outcome (self);
}

static void
on_column_chosen (AdwComboRow           *row,
                  GParamSpec            *pspec,
                  MrResultsImportDialog *self)
{
  guint field, position = adw_combo_row_get_selected (row);

  if (position == GTK_INVALID_LIST_POSITION ||
      !g_ptr_array_find (self->column_rows, row, &field))
    return;
  mr_results_import_set_column (self->import, field, (int) position - 1);
}

static void
build_columns (MrResultsImportDialog *self)
{
  const char * const *headers = mr_results_import_get_headers (self->import);
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);

  /* Translators: the choice for a column that is left out of the import */
  gtk_string_list_append (choices, C_("results column", "Not imported"));
  for (guint column = 0; column < MR_RESULTS_N_COLUMNS; column++)
    {
      g_autofree char *choice = capitalize (mr_results_import_get_column_label (column));

      gtk_string_list_append (choices, choice);
    }

  self->column_rows = g_ptr_array_new ();
  for (guint field = 0; headers[field] != NULL; field++)
    {
      g_autofree char *title = NULL;
      g_autofree char *name = NULL;
      GtkWidget *row;

      /* Spreadsheets often end in empty columns; they hold nothing to read. */
      if (headers[field][0] == '\0')
        {
          g_ptr_array_add (self->column_rows, NULL);
          continue;
        }
      row = adw_combo_row_new ();
      title = g_markup_escape_text (headers[field], -1);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (choices));
      /* Translators: the accessible name of the choice of what a header is read as;
       * %s is the header as the file writes it: Column “Volgers” */
      name = g_strdup_printf (_("Column “%s”"), headers[field]);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      name, -1);
      adw_preferences_group_add (self->columns_group, row);
      g_ptr_array_add (self->column_rows, row);
    }
  show_columns (self);
  for (guint i = 0; i < self->column_rows->len; i++)
    if (g_ptr_array_index (self->column_rows, i) != NULL)
      g_signal_connect_object (g_ptr_array_index (self->column_rows, i), "notify::selected",
                               G_CALLBACK (on_column_chosen), self, 0);
  g_signal_connect_object (self->import, "notify::mapping", G_CALLBACK (on_mapping_changed),
                           self, G_CONNECT_SWAPPED);
}

/* ── Reading and importing ───────────────────────────────────────────────────────── */

static void
show_review (MrResultsImportDialog *self)
{
  g_autoptr(GString) file = g_string_new (mr_results_import_get_display_name (self->import));

  g_string_append_printf (file, " · %s", mr_campaign_get_name (self->campaign));
  gtk_label_set_text (self->file_label, file->str);
  build_columns (self);
  self->stage = STAGE_REVIEW;
  gtk_stack_set_visible_child_name (self->stack, "review");
  show_outcome (self);
}

static void
on_scanned (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(MrResultsImportDialog) self = user_data;
  g_autoptr(MrResultsImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *description = NULL;

  import = mr_results_import_scan_finish (result, &error);
  /* Closed while reading. */
  if (self->stage == STAGE_DONE)
    return;
  if (import != NULL)
    {
      self->import = g_steal_pointer (&import);
      show_review (self);
      return;
    }
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  self->stage = STAGE_DONE;
  /* A status page's description is Pango markup; the message quotes the file's name. */
  reason = g_markup_escape_text (error->message, -1);
  /* Translators: %s says which file and why it cannot be read */
  description = g_strdup_printf (_("%s\n\nSave the results from your spreadsheet as CSV "
                                   "(separated by commas or semicolons), with a header row, "
                                   "and choose that file."), reason);
  adw_status_page_set_description (self->unreadable_page, description);
  gtk_stack_set_visible_child_name (self->stack, "unreadable");
  gtk_button_set_label (GTK_BUTTON (self->cancel_button), _("_Close"));
  update_actions (self);
}

static MrWindow *
find_main_window (GtkWindow *window)
{
  for (; window != NULL; window = gtk_window_get_transient_for (window))
    if (MR_IS_WINDOW (window))
      return MR_WINDOW (window);
  return NULL;
}

static void
announce (MrResultsImportDialog *self)
{
  MrWindow *window = find_main_window (gtk_window_get_transient_for (GTK_WINDOW (self)));
  gint64 batch_id = mr_results_import_get_batch_id (self->import);
  guint n = mr_results_import_get_n_matched (self->import);
  g_autofree char *text = NULL;
  AdwToast *toast;

  if (window == NULL)
    return;
  if (batch_id == 0)
    {
      mr_window_add_toast (window, mr_feedback_toast_new (_("Already imported: nothing new")));
      return;
    }
  text = g_strdup_printf (ngettext ("Imported %u result row", "Imported %u result rows", n), n);
  toast = mr_feedback_toast_new (text);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo-import");
  adw_toast_set_action_target_value (toast, g_variant_new_int64 (batch_id));
  adw_toast_set_timeout (toast, 10);
  mr_window_add_toast (window, toast);
}

static void
on_imported (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(MrResultsImportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (mr_results_import_run_finish (MR_RESULTS_IMPORT (source), result, &error))
    {
      self->stage = STAGE_DONE;
      announce (self);
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }
  if (self->stage == STAGE_DONE || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  /* The transaction was rolled back: the review stays, with what went wrong. */
  self->stage = STAGE_REVIEW;
  /* Translators: %s says which file and line, and why */
  message = g_strdup_printf (_("Nothing was imported: %s"), error->message);
  gtk_label_set_text (self->problem_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), TRUE);
  gtk_stack_set_visible_child_name (self->stack, "review");
  update_actions (self);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MrResultsImportDialog *self = MR_RESULTS_IMPORT_DIALOG (widget);

  if (self->stage != STAGE_REVIEW)
    return;
  self->stage = STAGE_RUN;
  adw_status_page_set_title (self->busy_page, _("Importing"));
  gtk_stack_set_visible_child_name (self->stack, "busy");
  update_actions (self);
  mr_results_import_run_async (self->import, self->cancellable, on_imported,
                               g_object_ref (self));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static gboolean
mr_results_import_dialog_close_request (GtkWindow *window)
{
  MrResultsImportDialog *self = MR_RESULTS_IMPORT_DIALOG (window);

  /* A write takes a moment and ends in a toast: the window waits for it. Reading is
   * only stopped. */
  if (self->stage == STAGE_RUN)
    return TRUE;
  g_cancellable_cancel (self->cancellable);
  self->stage = STAGE_DONE;
  return FALSE;
}

/* ── The object ──────────────────────────────────────────────────────────────────── */

static void
mr_results_import_dialog_dispose (GObject *object)
{
  MrResultsImportDialog *self = MR_RESULTS_IMPORT_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  if (self->import != NULL)
    g_signal_handlers_disconnect_by_data (self->import, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), MR_TYPE_RESULTS_IMPORT_DIALOG);
  g_clear_pointer (&self->column_rows, g_ptr_array_unref);
  g_clear_object (&self->import);
  g_clear_object (&self->campaign);

  G_OBJECT_CLASS (mr_results_import_dialog_parent_class)->dispose (object);
}

static void
mr_results_import_dialog_finalize (GObject *object)
{
  MrResultsImportDialog *self = MR_RESULTS_IMPORT_DIALOG (object);

  g_clear_object (&self->cancellable);
  g_ptr_array_unref (self->member_rows);
  g_ptr_array_unref (self->unmatched_rows);

  G_OBJECT_CLASS (mr_results_import_dialog_parent_class)->finalize (object);
}

static void
mr_results_import_dialog_class_init (MrResultsImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = mr_results_import_dialog_dispose;
  object_class->finalize = mr_results_import_dialog_finalize;
  window_class->close_request = mr_results_import_dialog_close_request;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/campaigns/mr-results-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MrResultsImportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, MrResultsImportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, MrResultsImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, MrResultsImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, MrResultsImportDialog, busy_page);
  gtk_widget_class_bind_template_child (widget_class, MrResultsImportDialog, unreadable_page);
  gtk_widget_class_bind_template_child (widget_class, MrResultsImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, MrResultsImportDialog, file_label);
  gtk_widget_class_bind_template_child (widget_class, MrResultsImportDialog, problem_label);
  gtk_widget_class_bind_template_child (widget_class, MrResultsImportDialog, notice_label);
  gtk_widget_class_bind_template_child (widget_class, MrResultsImportDialog, columns_group);
  gtk_widget_class_bind_template_child (widget_class, MrResultsImportDialog, members_group);
  gtk_widget_class_bind_template_child (widget_class, MrResultsImportDialog, unmatched_group);

  gtk_widget_class_install_action (widget_class, "results.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "results.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "results.cancel", NULL);
}

static void
mr_results_import_dialog_init (MrResultsImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  self->member_rows = g_ptr_array_new ();
  self->unmatched_rows = g_ptr_array_new ();
  gtk_widget_set_visible (GTK_WIDGET (self->members_group), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->unmatched_group), FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "results.import", FALSE);
}

MrResultsImportDialog *
mr_results_import_dialog_new (GtkWindow  *parent,
                              MrStore    *store,
                              MrCampaign *campaign,
                              GFile      *file)
{
  MrResultsImportDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (MR_IS_STORE (store), NULL);
  g_return_val_if_fail (MR_IS_CAMPAIGN (campaign), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (MR_TYPE_RESULTS_IMPORT_DIALOG, "transient-for", parent, NULL);
  self->campaign = g_object_ref (campaign);
  adw_window_title_set_subtitle (self->window_title, mr_campaign_get_name (campaign));
  gtk_window_set_default_widget (GTK_WINDOW (self), self->import_button);

  self->stage = STAGE_SCAN;
  mr_results_import_scan_async (store, campaign, file, self->cancellable, on_scanned,
                                g_object_ref (self));
  return self;
}

void
mr_results_import_present (GtkWindow  *parent,
                           MrStore    *store,
                           MrCampaign *campaign,
                           GFile      *file)
{
  MrResultsImportDialog *self = mr_results_import_dialog_new (parent, store, campaign, file);

  if (self != NULL)
    gtk_window_present (GTK_WINDOW (self));
}
