/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-import-results"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mr-import-results-private.h"

/* A results import as the window and the command line use it: scan, let the user
 * correct the columns, then write the matched rows (mr-import-results-write.c). */

enum {
  PROP_0,
  PROP_MAPPING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (MrResultsImport, mr_results_import, G_TYPE_OBJECT)

/* When the content was taken in before: the imported_at of its import_log row. */
static void
check_imported (MrResultsImport *self)
{
  sqlite3 *db = mr_store_get_handle (self->store);
  sqlite3_stmt *stmt = NULL;

  g_clear_pointer (&self->imported_at, g_free);
  if (sqlite3_prepare_v2 (db, "SELECT imported_at FROM import_log WHERE content_hash = ?1",
                          -1, &stmt, NULL) != SQLITE_OK)
    return;
  sqlite3_bind_text (stmt, 1, self->content_hash, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    self->imported_at = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
}

/* ── The object ──────────────────────────────────────────────────────────────────── */

static void
mr_results_import_dispose (GObject *object)
{
  MrResultsImport *self = MR_RESULTS_IMPORT (object);

  g_clear_pointer (&self->candidates, g_ptr_array_unref);
  g_clear_object (&self->store);
  g_clear_object (&self->campaign);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (mr_results_import_parent_class)->dispose (object);
}

static void
mr_results_import_finalize (GObject *object)
{
  MrResultsImport *self = MR_RESULTS_IMPORT (object);

  g_clear_pointer (&self->records, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_array_unref);
  g_clear_error (&self->problem);
  g_strfreev (self->headers);
  g_free (self->columns);
  g_free (self->display_name);
  g_free (self->campaign_name);
  g_free (self->file_checksum);
  g_free (self->content_hash);
  g_free (self->imported_at);

  G_OBJECT_CLASS (mr_results_import_parent_class)->finalize (object);
}

static void
mr_results_import_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  MrResultsImport *self = MR_RESULTS_IMPORT (object);

  switch (prop_id)
    {
    case PROP_MAPPING:
      g_value_take_string (value, mr_results_import_describe_mapping (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mr_results_import_class_init (MrResultsImportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mr_results_import_dispose;
  object_class->finalize = mr_results_import_finalize;
  object_class->get_property = mr_results_import_get_property;

  /* The mapping in words; notified whenever a column is chosen and the rows were read
   * again. */
  properties[PROP_MAPPING] =
    g_param_spec_string ("mapping", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mr_results_import_init (MrResultsImport *self)
{
  self->rows = g_array_new (FALSE, FALSE, sizeof (MrResultsImportRow));
  g_array_set_clear_func (self->rows, mr_results_import_row_clear);
}

static MrResultsImport *
results_import_new (MrStore    *store,
                    MrCampaign *campaign,
                    GFile      *file)
{
  MrResultsImport *self = g_object_new (MR_TYPE_RESULTS_IMPORT, NULL);
  g_autofree char *basename = g_file_get_basename (file);

  self->store = g_object_ref (store);
  self->campaign = g_object_ref (campaign);
  self->campaign_id = mr_campaign_get_id (campaign);
  self->campaign_name = g_strdup (mr_campaign_get_name (campaign));
  self->file = g_object_ref (file);
  self->display_name = g_filename_display_name (basename);
  self->candidates = mr_results_candidates_new (store, campaign);
  return self;
}

MrResultsImport *
mr_results_import_scan (MrStore     *store,
                        MrCampaign  *campaign,
                        GFile       *file,
                        GError     **error)
{
  g_autoptr(MrResultsImport) self = NULL;

  g_return_val_if_fail (MR_IS_STORE (store), NULL);
  g_return_val_if_fail (MR_IS_CAMPAIGN (campaign), NULL);
  g_return_val_if_fail (mr_campaign_get_id (campaign) > 0, NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = results_import_new (store, campaign, file);
  if (!mr_results_import_read_file (self, NULL, error))
    return NULL;
  mr_results_import_evaluate (self);
  check_imported (self);
  return g_steal_pointer (&self);
}

static void
scan_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  MrResultsImport *self = task_data;
  GError *error = NULL;

  if (!mr_results_import_read_file (self, cancellable, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  mr_results_import_evaluate (self);
  g_task_return_boolean (task, TRUE);
}

void
mr_results_import_scan_async (MrStore             *store,
                              MrCampaign          *campaign,
                              GFile               *file,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (MR_IS_STORE (store));
  g_return_if_fail (MR_IS_CAMPAIGN (campaign));
  g_return_if_fail (mr_campaign_get_id (campaign) > 0);
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, mr_results_import_scan_async);
  /* The members are looked up here, on the thread that owns the store's models. */
  g_task_set_task_data (task, results_import_new (store, campaign, file), g_object_unref);
  g_task_run_in_thread (task, scan_in_thread);
}

MrResultsImport *
mr_results_import_scan_finish (GAsyncResult  *result,
                               GError       **error)
{
  MrResultsImport *self;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == mr_results_import_scan_async,
                        NULL);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return NULL;
  self = g_object_ref (g_task_get_task_data (G_TASK (result)));
  check_imported (self);
  return self;
}

MrCampaign *
mr_results_import_get_campaign (MrResultsImport *self)
{
  g_return_val_if_fail (MR_IS_RESULTS_IMPORT (self), NULL);
  return self->campaign;
}

GFile *
mr_results_import_get_file (MrResultsImport *self)
{
  g_return_val_if_fail (MR_IS_RESULTS_IMPORT (self), NULL);
  return self->file;
}

const char *
mr_results_import_get_display_name (MrResultsImport *self)
{
  g_return_val_if_fail (MR_IS_RESULTS_IMPORT (self), NULL);
  return self->display_name;
}

/* ── Mapping ─────────────────────────────────────────────────────────────────────── */

const char * const *
mr_results_import_get_headers (MrResultsImport *self)
{
  g_return_val_if_fail (MR_IS_RESULTS_IMPORT (self), NULL);
  return (const char * const *) self->headers;
}

int
mr_results_import_get_column (MrResultsImport *self,
                              guint            field)
{
  g_return_val_if_fail (MR_IS_RESULTS_IMPORT (self), -1);
  g_return_val_if_fail (field < g_strv_length (self->headers), -1);

  return self->columns[field];
}

static void
mapping_changed (MrResultsImport *self)
{
  mr_results_import_evaluate (self);
  check_imported (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAPPING]);
}

void
mr_results_import_set_column (MrResultsImport *self,
                              guint            field,
                              int              column)
{
  g_return_if_fail (MR_IS_RESULTS_IMPORT (self));
  g_return_if_fail (field < g_strv_length (self->headers));
  g_return_if_fail (column >= -1 && column < MR_RESULTS_N_COLUMNS);

  if (self->columns[field] == column)
    return;
  for (guint other = 0; column >= 0 && self->headers[other] != NULL; other++)
    if (self->columns[other] == column)
      self->columns[other] = -1;
  self->columns[field] = column;
  mapping_changed (self);
}

int *
mr_results_import_get_mapping (MrResultsImport *self)
{
  g_return_val_if_fail (MR_IS_RESULTS_IMPORT (self), NULL);
  return g_memdup2 (self->columns, MAX (g_strv_length (self->headers), 1) * sizeof (int));
}

void
mr_results_import_set_mapping (MrResultsImport *self,
                               const int       *mapping)
{
  guint n_fields;
  gboolean taken[MR_RESULTS_N_COLUMNS] = { FALSE };

  g_return_if_fail (MR_IS_RESULTS_IMPORT (self));
  g_return_if_fail (mapping != NULL);

  n_fields = g_strv_length (self->headers);
  for (guint field = 0; field < n_fields; field++)
    {
      g_return_if_fail (mapping[field] >= -1 && mapping[field] < MR_RESULTS_N_COLUMNS);
      if (mapping[field] < 0)
        continue;
      g_return_if_fail (!taken[mapping[field]]);
      taken[mapping[field]] = TRUE;
    }
  if (memcmp (self->columns, mapping, n_fields * sizeof (int)) == 0)
    return;
  memcpy (self->columns, mapping, n_fields * sizeof (int));
  mapping_changed (self);
}

char *
mr_results_import_describe_mapping (MrResultsImport *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (MR_IS_RESULTS_IMPORT (self), NULL);

  for (guint field = 0; self->headers[field] != NULL; field++)
    {
      if (self->columns[field] < 0)
        continue;
      if (text->len > 0)
        g_string_append (text, ", ");
      /* Translators: a column header as written in the file, and what Microreach
       * reads from it: "Volgers → followers" */
      g_string_append_printf (text, _("%s → %s"), self->headers[field],
                              mr_results_import_get_column_label (self->columns[field]));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* ── Rows ────────────────────────────────────────────────────────────────────────── */

guint
mr_results_import_get_n_rows (MrResultsImport *self)
{
  g_return_val_if_fail (MR_IS_RESULTS_IMPORT (self), 0);
  return self->rows->len;
}

const MrResultsImportRow *
mr_results_import_get_row (MrResultsImport *self,
                           guint            index)
{
  g_return_val_if_fail (MR_IS_RESULTS_IMPORT (self), NULL);
  g_return_val_if_fail (index < self->rows->len, NULL);
  return &g_array_index (self->rows, MrResultsImportRow, index);
}

guint
mr_results_import_get_n_matched (MrResultsImport *self)
{
  g_return_val_if_fail (MR_IS_RESULTS_IMPORT (self), 0);
  return self->n_matched;
}

guint
mr_results_import_get_n_unmatched (MrResultsImport *self)
{
  g_return_val_if_fail (MR_IS_RESULTS_IMPORT (self), 0);
  return self->n_unmatched;
}

guint
mr_results_import_get_n_left_out (MrResultsImport *self)
{
  g_return_val_if_fail (MR_IS_RESULTS_IMPORT (self), 0);
  return self->n_left_out;
}

guint
mr_results_import_get_n_members (MrResultsImport *self)
{
  g_return_val_if_fail (MR_IS_RESULTS_IMPORT (self), 0);
  return self->n_members;
}

char *
mr_results_import_describe (MrResultsImport *self)
{
  g_autofree char *rows = NULL;
  g_autofree char *members = NULL;

  g_return_val_if_fail (MR_IS_RESULTS_IMPORT (self), NULL);

  rows = g_strdup_printf (ngettext ("%u row", "%u rows", self->n_matched), self->n_matched);
  members = g_strdup_printf (ngettext ("%u member", "%u members", self->n_members),
                             self->n_members);
  /* Translators: "12 rows for 3 members": the rows of a results file that go to members
   * of the campaign */
  return g_strdup_printf (C_("results import", "%s for %s"), rows, members);
}

const GError *
mr_results_import_get_problem (MrResultsImport *self)
{
  g_return_val_if_fail (MR_IS_RESULTS_IMPORT (self), NULL);
  return self->problem;
}

const char *
mr_results_import_get_imported_at (MrResultsImport *self)
{
  g_return_val_if_fail (MR_IS_RESULTS_IMPORT (self), NULL);
  return self->imported_at;
}

/* ── Importing ───────────────────────────────────────────────────────────────────── */

static void
announce (MrResultsImport *self)
{
  if (self->batch_id > 0)
    g_signal_emit_by_name (self->store, "results-changed", self->campaign_id);
  check_imported (self);
}

/* A write that found the database damaged tells the store, which the window answers by
 * offering the automatic backup. */
static gboolean
failed (MrResultsImport  *self,
        GError          **error,
        GError           *local_error)
{
  if (g_error_matches (local_error, MR_STORE_ERROR, MR_STORE_ERROR_CORRUPT))
    mr_store_mark_damaged (self->store);
  g_propagate_error (error, local_error);
  return FALSE;
}

gboolean
mr_results_import_run (MrResultsImport  *self,
                       GError          **error)
{
  GError *local_error = NULL;

  g_return_val_if_fail (MR_IS_RESULTS_IMPORT (self), FALSE);

  if (!mr_results_import_write (self, mr_store_get_handle (self->store), &local_error))
    return failed (self, error, local_error);
  announce (self);
  return TRUE;
}

static void
run_in_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  MrResultsImport *self = source_object;
  GError *error = NULL;

  if (g_task_return_error_if_cancelled (task))
    return;
  if (mr_results_import_write (self, task_data, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
close_connection (gpointer db)
{
  sqlite3_close (db);
}

void
mr_results_import_run_async (MrResultsImport     *self,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  GError *error = NULL;
  sqlite3 *db;

  g_return_if_fail (MR_IS_RESULTS_IMPORT (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, mr_results_import_run_async);
  db = mr_store_open_connection (self->store, &error);
  if (db == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_set_task_data (task, db, close_connection);
  g_task_run_in_thread (task, run_in_thread);
}

/* Tells the store's views (MrStore::results-changed) on the thread that owns them. */
gboolean
mr_results_import_run_finish (MrResultsImport  *self,
                              GAsyncResult     *result,
                              GError          **error)
{
  GError *local_error = NULL;

  g_return_val_if_fail (MR_IS_RESULTS_IMPORT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == mr_results_import_run_async,
                        FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), &local_error))
    return failed (self, error, local_error);
  announce (self);
  return TRUE;
}

gint64
mr_results_import_get_batch_id (MrResultsImport *self)
{
  g_return_val_if_fail (MR_IS_RESULTS_IMPORT (self), 0);
  return self->batch_id;
}
