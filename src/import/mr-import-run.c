/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-import-run"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mr-import-formats.h"
#include "mr-import-item-private.h"
#include "mr-import-json.h"
#include "mr-import-plan-private.h"
#include "mr-import-roster.h"

/* Every record passes through here on its way to the writer: for progress, for Cancel,
 * for the accounts a toast names, and to say which line a refused record came from. */
typedef struct {
  MrImportSink          parent;
  MrImportSink         *target;
  MrImportPlan         *plan;
  MrImportFile         *file;
  GCancellable         *cancellable;
  MrImportProgressFunc  progress;
  gpointer              user_data;
  guint64               done_bytes;
  guint64               item_bytes;    /* of the file being restored */
  guint64               total_bytes;
  guint                 countdown;
  char                 *account;       /* "@handle" of the last account record */
} Relay;

static gboolean
relay_result (Relay     *self,
              gboolean   ok,
              GError   **error)
{
  if (ok)
    {
      if (--self->countdown == 0)
        {
          self->countdown = 4096;
          if (g_cancellable_set_error_if_cancelled (self->cancellable, error))
            return FALSE;
          if (self->progress != NULL && self->total_bytes > 0)
            self->progress (MIN (1.0, (double) (self->done_bytes +
                                                mr_csv_reader_get_bytes_read (self->file->csv))
                                      / self->total_bytes),
                            self->user_data);
        }
      return TRUE;
    }
  if (error != NULL && *error != NULL && self->file != NULL)
    {
      g_autofree char *prefix = g_strdup_printf ("%s:", self->file->display_name);

      if (!g_str_has_prefix ((*error)->message, prefix))
        g_prefix_error (error, "%s:%u: ", self->file->display_name,
                        mr_csv_reader_get_line (self->file->csv));
    }
  return FALSE;
}

#define RELAY(name, type)                                                        \
  static gboolean                                                                \
  relay_##name (MrImportSink *sink, const type *record, GError **error)          \
  {                                                                              \
    Relay *self = (Relay *) sink;                                                \
    return relay_result (self, self->target->klass->name (self->target, record,  \
                                                          error), error);        \
  }

RELAY (post, MrImportPost)
RELAY (followers, MrImportFollowers)
RELAY (daily, MrImportDaily)
RELAY (audience, MrImportAudience)
RELAY (activity, MrImportActivity)
RELAY (search, MrImportSearch)
RELAY (total, MrImportTotal)

static gboolean
relay_account (MrImportSink           *sink,
               const MrImportAccount  *account,
               GError                **error)
{
  Relay *self = (Relay *) sink;

  if (account->handle != NULL)
    {
      g_free (self->account);
      self->account = g_strconcat ("@", account->handle, NULL);
      g_hash_table_add (self->plan->accounts, g_strdup (self->account));
    }
  return relay_result (self, self->target->klass->account (self->target, account, error),
                       error);
}

static const MrImportSinkClass relay_class = {
  relay_account, relay_post, relay_followers, relay_daily, relay_audience, relay_activity,
  relay_search, relay_total,
};

static guint64
file_size (GFile *file)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);

  return info != NULL ? (guint64) g_file_info_get_size (info) : 0;
}

/* A restore says how much of its file it has restored; the plan, how much of all of them. */
static void
relay_restore_progress (double   fraction,
                        gpointer user_data)
{
  Relay *self = user_data;

  if (self->progress != NULL && self->total_bytes > 0)
    self->progress (MIN (1.0, (self->done_bytes + fraction * self->item_bytes) /
                              self->total_bytes),
                    self->user_data);
}

/* A creator list is read with the columns the user confirmed, unless it changed since. */
static gboolean
apply_columns (MrImportItem  *item,
               MrImportFile  *file,
               GError       **error)
{
  if (file->format != &mr_import_format_roster ||
      !g_strv_equal ((const char * const *) file->headers,
                     (const char * const *) item->headers))
    {
      g_set_error (error, MR_IMPORT_ERROR, MR_IMPORT_ERROR_FAILED,
                   /* Translators: %s is a file name; its header row is not the one
                    * the user confirmed the columns of */
                   _("%s:1: the file changed after it was read: import it again"),
                   item->display_name);
      return FALSE;
    }
  mr_import_roster_set_mapping (file, item->columns);
  return TRUE;
}

static gboolean
read_item (MrImportPlan    *self,
           MrImportItem    *item,
           MrImportWriter  *writer,
           Relay           *relay,
           char           **checksum,
           guint64         *rows,
           GError         **error)
{
  g_autoptr(MrImportFile) file = NULL;

  if (item->restore)
    {
      *checksum = item->checksum != NULL
                  ? g_strdup (item->checksum)
                  : mr_import_plan_checksum (item->file, relay->cancellable, error);
      if (*checksum == NULL)
        return FALSE;
      relay->item_bytes = file_size (item->file);
      return mr_import_json_restore (writer, item->file, relay_restore_progress, relay, rows,
                                     relay->cancellable, error);
    }

  file = mr_import_file_open (item->file, relay->cancellable, error);
  if (file == NULL)
    return FALSE;
  if (g_date_valid (&item->export_date))
    file->export_date = item->export_date;
  file->period_start = item->period_start;
  file->period_end = item->period_end;
  if (item->headers != NULL && !apply_columns (item, file, error))
    return FALSE;
  relay->file = file;

  if (item->format->subject == MR_IMPORT_SUBJECT_ACCOUNT && !item->handle_from_file)
    {
      MrImportAccount account;

      if (item->handle == NULL)
        {
          g_set_error (error, MR_IMPORT_ERROR, MR_IMPORT_ERROR_NO_ACCOUNT,
                       _("%s:1: the file does not say whose statistics it holds: choose the "
                         "creator (on the command line: --creator=@handle)"),
                       item->display_name);
          return FALSE;
        }
      mr_import_account_init (&account);
      account.platform = item->platform;
      account.handle = item->handle;
      if (!relay_account (&relay->parent, &account, error))
        return FALSE;
    }

  if (!mr_import_file_read (file, &relay->parent, relay->cancellable, error))
    {
      relay->file = NULL;
      return FALSE;
    }
  *rows = file->rows;
  *checksum = g_strdup (mr_csv_reader_get_checksum (file->csv));
  relay->file = NULL;
  return TRUE;
}

gboolean
mr_import_plan_run (MrImportPlan          *self,
                    sqlite3               *db,
                    MrImportProgressFunc   progress,
                    gpointer               user_data,
                    GCancellable          *cancellable,
                    GError               **error)
{
  g_autoptr(MrImportWriter) writer = NULL;
  Relay relay = { { &relay_class } };
  guint n, kept = 0;
  gint64 creator_hint = 0;
  g_autofree char *summary = NULL;

  g_return_val_if_fail (MR_IS_IMPORT_PLAN (self), FALSE);
  g_return_val_if_fail (db != NULL, FALSE);

  self->batch_id = 0;
  memset (&self->counts, 0, sizeof self->counts);
  g_hash_table_remove_all (self->results);
  g_hash_table_remove_all (self->accounts);

  writer = mr_import_writer_new (db, error);
  if (writer == NULL)
    return FALSE;
  if (self->creator != NULL && self->creator[0] != '@')
    {
      if (!mr_import_writer_find_creator (writer, self->creator, &creator_hint, error))
        return FALSE;
      if (creator_hint == 0)
        {
          g_set_error (error, MR_IMPORT_ERROR, MR_IMPORT_ERROR_NO_ACCOUNT,
                       _("There is no creator named “%s”. Give their handle instead: "
                         "--creator=@handle"), self->creator);
          return FALSE;
        }
    }

  relay.target = mr_import_writer_get_sink (writer);
  relay.plan = self;
  relay.cancellable = cancellable;
  relay.progress = progress;
  relay.user_data = user_data;
  relay.countdown = 4096;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MrImportItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);

      if (item->state == MR_IMPORT_ITEM_READY || item->state == MR_IMPORT_ITEM_NEEDS_CREATOR)
        relay.total_bytes += file_size (item->file);
    }

  if (!mr_import_writer_begin (writer, relay.total_bytes, error))
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MrImportItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);
      g_autofree char *checksum = NULL;
      guint64 rows = 0;
      gboolean duplicate;

      switch (item->state)
        {
        case MR_IMPORT_ITEM_UNRECOGNIZED:
          if (item->named)
            {
              g_set_error_literal (error, MR_IMPORT_ERROR, MR_IMPORT_ERROR_UNRECOGNIZED,
                                   item->message);
              goto failed;
            }
          g_hash_table_insert (self->results, item, g_strdup_printf (_("skipped: %s"),
                                                                    item->message));
          continue;
        case MR_IMPORT_ITEM_DUPLICATE:
          g_hash_table_insert (self->results, item,
                               g_strdup (_("already imported, nothing changed")));
          continue;
        case MR_IMPORT_ITEM_READY:
        case MR_IMPORT_ITEM_NEEDS_CREATOR:
        default:
          break;
        }

      if (!mr_import_writer_begin_file (writer, error))
        goto failed;
      mr_import_writer_set_creator (writer, creator_hint);
      g_clear_pointer (&relay.account, g_free);
      if (!read_item (self, item, writer, &relay, &checksum, &rows, error))
        {
          mr_import_writer_end_file (writer, FALSE, NULL, NULL, NULL, 0, NULL);
          goto failed;
        }
      relay.done_bytes += file_size (item->file);

      duplicate = mr_import_writer_has_checksum (writer, checksum, NULL);
      if (!mr_import_writer_end_file (writer, !duplicate, item->display_name,
                                      item->restore ? "microreach-json" : item->format->id,
                                      checksum, rows, error))
        goto failed;
      if (duplicate)
        g_hash_table_insert (self->results, item,
                             g_strdup (_("already imported, nothing changed")));
      else
        {
          GString *line = g_string_new (mr_import_item_get_format_label (item));

          kept++;
          g_string_append_printf (line, ngettext (", %u row", ", %u rows", (guint) rows),
                                  (guint) rows);
          if (relay.account != NULL)
            g_string_append_printf (line, ", %s", relay.account);
          if (item->mapping != NULL)
            {
              guint created = mr_import_writer_get_file_counts (writer)->creators_created;

              g_string_append_printf (line, ngettext (", %u creator added", ", %u creators added",
                                                      created), created);
              /* Translators: followed by the columns a creator list was read with */
              g_string_append_printf (line, _("; columns: %s"), item->mapping);
            }
          g_hash_table_insert (self->results, item, g_string_free (line, FALSE));
        }
    }

  g_clear_pointer (&relay.account, g_free);
  self->counts = *mr_import_writer_get_batch_counts (writer);
  if (kept == 0)
    {
      mr_import_writer_rollback (writer);
      return TRUE;
    }
  self->batch_id = mr_import_writer_get_batch_id (writer);
  summary = mr_import_plan_describe_result (self);
  if (!mr_import_writer_commit (writer, summary, error))
    {
      self->batch_id = 0;
      goto failed_committed;
    }
  g_clear_pointer (&relay.account, g_free);
  return TRUE;

failed:
  mr_import_writer_rollback (writer);
failed_committed:
  memset (&self->counts, 0, sizeof self->counts);
  g_hash_table_remove_all (self->results);
  g_clear_pointer (&relay.account, g_free);
  return FALSE;
}

gint64
mr_import_plan_get_batch_id (MrImportPlan *self)
{
  g_return_val_if_fail (MR_IS_IMPORT_PLAN (self), 0);
  return self->batch_id;
}

const MrImportCounts *
mr_import_plan_get_counts (MrImportPlan *self)
{
  g_return_val_if_fail (MR_IS_IMPORT_PLAN (self), NULL);
  return &self->counts;
}

char *
mr_import_plan_describe_item_result (MrImportPlan *self,
                                     MrImportItem *item)
{
  g_return_val_if_fail (MR_IS_IMPORT_PLAN (self), NULL);
  return g_strdup (g_hash_table_lookup (self->results, item));
}

static void
add_part (GPtrArray *parts,
          guint64    count,
          char      *text)
{
  if (count > 0)
    g_ptr_array_add (parts, text);
  else
    g_free (text);
}

char *
mr_import_plan_describe_result (MrImportPlan *self)
{
  const MrImportCounts *c = &self->counts;
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) text = g_string_new (NULL);
  guint n_accounts = g_hash_table_size (self->accounts);

  g_return_val_if_fail (MR_IS_IMPORT_PLAN (self), NULL);

  add_part (parts, c->creators_created,
            g_strdup_printf (ngettext ("%u new creator", "%u new creators", (guint) c->creators_created),
                             (guint) c->creators_created));
  add_part (parts, c->follower_days,
            g_strdup_printf (ngettext ("%u day of follower history", "%u days of follower history", (guint) c->follower_days),
                             (guint) c->follower_days));
  add_part (parts, c->posts,
            g_strdup_printf (ngettext ("%u post", "%u posts", (guint) c->posts),
                             (guint) c->posts));
  add_part (parts, c->daily_days,
            g_strdup_printf (ngettext ("%u day of statistics", "%u days of statistics", (guint) c->daily_days),
                             (guint) c->daily_days));
  add_part (parts, c->audience,
            g_strdup_printf (ngettext ("%u audience share", "%u audience shares", (guint) c->audience),
                             (guint) c->audience));
  add_part (parts, c->activity,
            g_strdup_printf (ngettext ("%u hour of follower activity", "%u hours of follower activity", (guint) c->activity),
                             (guint) c->activity));
  add_part (parts, c->search,
            g_strdup_printf (ngettext ("%u search figure", "%u search figures", (guint) c->search),
                             (guint) c->search));
  add_part (parts, c->totals,
            g_strdup_printf (ngettext ("%u account total", "%u account totals", (guint) c->totals),
                             (guint) c->totals));
  add_part (parts, c->other,
            g_strdup_printf (ngettext ("%u campaign or checklist record", "%u campaign or checklist records", (guint) c->other),
                             (guint) c->other));

  if (parts->len == 0)
    return g_strdup (_("Nothing new: everything in these files was already there"));
  for (guint i = 0; i < parts->len; i++)
    {
      if (i > 0)
        /* Translators: joins the last two parts of a list: "13 posts and 2 days…" */
        g_string_append (text, i == parts->len - 1 ? _(" and ") : ", ");
      g_string_append (text, g_ptr_array_index (parts, i));
    }
  if (n_accounts == 1)
    {
      GHashTableIter iter;
      gpointer handle;

      g_hash_table_iter_init (&iter, self->accounts);
      g_hash_table_iter_next (&iter, &handle, NULL);
      /* Translators: "365 days of follower history and 13 posts for @anna" */
      return g_strdup_printf (_("%s for %s"), text->str, (const char *) handle);
    }
  if (n_accounts > 1)
    return g_strdup_printf (ngettext ("%s for %u account", "%s for %u accounts", n_accounts),
                            text->str, n_accounts);
  return g_strdup (text->str);
}
