/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-import-json"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "mr-import-json-private.h"
#include <stdio.h>

#include "mr-json-export.h"
#include "mr-json-text.h"
#include "mr-store.h"

/* Restoring what `microreach --export-json` wrote (DESIGN.md §5), as a backup or to move
 * to another computer. What the file does not say is left as the database has it. */

/* ── Recognising an export ───────────────────────────────────────────────────────── */

/* Follows the JSON text only as far as it must to know the top level's member names. */
typedef struct {
  gboolean started;
  gboolean done;
  guint    depth;
  gboolean in_string;
  gboolean escaped;
  gboolean string_ended;       /* a string at depth 1 ended: a ':' next makes it a key */
  char     text[16];
  guint    length;             /* of the string, which @text holds when it fits */
  gboolean has_schema;
  gboolean has_creators;
} Sniff;

static void
sniff_byte (Sniff *sniff,
            char   c)
{
  if (sniff->in_string)
    {
      if (sniff->escaped)
        sniff->escaped = FALSE;
      else if (c == '\\')
        sniff->escaped = TRUE;
      else if (c == '"')
        {
          sniff->in_string = FALSE;
          sniff->string_ended = sniff->depth == 1;
          return;
        }
      if (sniff->length < sizeof sniff->text - 1)
        sniff->text[sniff->length] = c;
      sniff->length++;
      return;
    }

  if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
    return;

  if (!sniff->started)
    {
      sniff->started = TRUE;
      sniff->done = c != '{';
      sniff->depth = 1;
      return;
    }

  if (sniff->string_ended && c == ':' && sniff->length < sizeof sniff->text)
    {
      sniff->text[sniff->length] = '\0';
      sniff->has_schema |= g_str_equal (sniff->text, "schema");
      sniff->has_creators |= g_str_equal (sniff->text, "creators");
    }
  sniff->string_ended = FALSE;

  switch (c)
    {
    case '"':
      sniff->in_string = TRUE;
      sniff->length = 0;
      break;
    case '{':
    case '[':
      sniff->depth++;
      break;
    case '}':
    case ']':
      sniff->done = --sniff->depth == 0;
      break;
    default:
      break;
    }
}

gboolean
mr_import_json_is_export (GFile        *file,
                          GCancellable *cancellable)
{
  g_autoptr(GFileInputStream) stream = NULL;
  Sniff sniff = { 0 };
  char buffer[16384];
  gboolean first = TRUE;
  gssize n;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  stream = g_file_read (file, cancellable, NULL);
  if (stream == NULL)
    return FALSE;

  while (!sniff.done && !(sniff.has_schema && sniff.has_creators) &&
         (n = g_input_stream_read (G_INPUT_STREAM (stream), buffer, sizeof buffer,
                                   cancellable, NULL)) > 0)
    {
      gssize start = 0;

      if (first && n >= 3 && memcmp (buffer, "\xEF\xBB\xBF", 3) == 0)
        start = 3;
      first = FALSE;
      for (gssize i = start; i < n && !sniff.done; i++)
        sniff_byte (&sniff, buffer[i]);
    }

  return sniff.has_schema && sniff.has_creators;
}

/* ── Values of the file ──────────────────────────────────────────────────────────── */

gboolean
mr_restore_invalid (MrRestore   *self,
                    GError     **error,
                    const char  *format,
                    ...)
{
  g_autofree char *reason = NULL;
  va_list args;

  va_start (args, format);
  reason = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (error, MR_IMPORT_ERROR, MR_IMPORT_ERROR_INVALID_VALUE, "%s: %s", self->name, reason);
  return FALSE;
}

static JsonNode *
get_value (JsonObject *object,
           const char *key)
{
  JsonNode *node = json_object_get_member (object, key);

  return node != NULL && JSON_NODE_HOLDS_VALUE (node) ? node : NULL;
}

const char *
mr_restore_get_text (JsonObject *object,
                     const char *key)
{
  JsonNode *node = get_value (object, key);
  const char *text;

  if (node == NULL || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  text = json_node_get_string (node);
  return text != NULL && text[0] != '\0' ? text : NULL;
}

static gboolean
is_number (JsonNode *node)
{
  GType type = node != NULL ? json_node_get_value_type (node) : G_TYPE_INVALID;

  return type == G_TYPE_INT64 || type == G_TYPE_DOUBLE;
}

gint64
mr_restore_get_count (JsonObject *object,
                      const char *key)
{
  JsonNode *node = get_value (object, key);

  if (!is_number (node))
    return MR_IMPORT_NO_COUNT;
  if (json_node_get_value_type (node) == G_TYPE_DOUBLE)
    return (gint64) round (json_node_get_double (node));
  return json_node_get_int (node);
}

double
mr_restore_get_double (JsonObject *object,
                       const char *key)
{
  JsonNode *node = get_value (object, key);

  return is_number (node) ? json_node_get_double (node) : NAN;
}

gboolean
mr_restore_get_objects (MrRestore   *self,
                        JsonObject  *object,
                        const char  *key,
                        GPtrArray  **objects,
                        GError     **error)
{
  JsonNode *node = json_object_get_member (object, key);
  JsonArray *array;

  *objects = g_ptr_array_new ();
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    goto invalid;

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_OBJECT (element))
        goto invalid;
      g_ptr_array_add (*objects, json_node_get_object (element));
    }
  return TRUE;

invalid:
  g_clear_pointer (objects, g_ptr_array_unref);
  /* Translators: %s is a key of the file, such as “accounts” */
  return mr_restore_invalid (self, error, _("“%s” is not a list of objects"), key);
}

gboolean
mr_restore_get_day (MrRestore   *self,
                    JsonObject  *object,
                    const char  *key,
                    gboolean     required,
                    char         day[11],
                    GError     **error)
{
  const char *text = mr_restore_get_text (object, key);
  guint year, month, date;
  char end;

  day[0] = '\0';
  if (text == NULL)
    {
      if (!required)
        return TRUE;
      /* Translators: %s is a key of the file, such as “date” */
      return mr_restore_invalid (self, error, _("a “%s” is missing"), key);
    }

  if (strlen (text) != 10 || sscanf (text, "%4u-%2u-%2u%c", &year, &month, &date, &end) != 3 ||
      text[4] != '-' || text[7] != '-' || !g_date_valid_dmy (date, month, year))
    /* Translators: %s is what the file holds where a date should be */
    return mr_restore_invalid (self, error, _("“%s” is not a date (YYYY-MM-DD)"), text);

  memcpy (day, text, 11);
  return TRUE;
}

gboolean
mr_restore_get_time (MrRestore   *self,
                     JsonObject  *object,
                     const char  *key,
                     gboolean     required,
                     GDateTime  **time,
                     GError     **error)
{
  const char *text = mr_restore_get_text (object, key);
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();

  *time = NULL;
  if (text == NULL)
    {
      if (!required)
        return TRUE;
      return mr_restore_invalid (self, error, _("a “%s” is missing"), key);
    }

  *time = g_date_time_new_from_iso8601 (text, utc);
  if (*time == NULL)
    /* Translators: %s is what the file holds where a time should be */
    return mr_restore_invalid (self, error, _("“%s” is not a time (ISO 8601)"), text);
  return TRUE;
}

char *
mr_restore_format_time (GDateTime *time)
{
  g_autoptr(GDateTime) utc = NULL;

  if (time == NULL)
    return NULL;
  utc = g_date_time_to_utc (time);
  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
}

/* ── SQL ─────────────────────────────────────────────────────────────────────────── */

sqlite3_stmt *
mr_restore_prepare (MrRestore   *self,
                    const char  *sql,
                    GError     **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);

  if (stmt == NULL)
    {
      int rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);

      if (rc != SQLITE_OK)
        {
          mr_store_set_error_from_sqlite (error, self->db, rc);
          return NULL;
        }
      g_hash_table_insert (self->statements, (gpointer) sql, stmt);
    }

  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  return stmt;
}

/* A value the database's rules refuse (a campaign that ends before it starts, a period
 * that ends before it starts) is in the file, not in the database: say which file. To
 * be called while the connection's last error is the refusal. */
static gboolean
refuse_value (MrRestore  *self,
              GError    **error)
{
  /* Translators: %s is the rule the value breaks, in the database's words, such as
   * “CHECK constraint failed: end_date >= start_date” */
  return mr_restore_invalid (self, error, _("it holds a value Microreach cannot store "
                                            "(%s): correct it in the file and import "
                                            "the file again"), sqlite3_errmsg (self->db));
}

gboolean
mr_restore_step (MrRestore     *self,
                 sqlite3_stmt  *stmt,
                 GError       **error)
{
  int rc = sqlite3_step (stmt);

  if ((rc & 0xff) == SQLITE_CONSTRAINT)
    {
      refuse_value (self, error);
      sqlite3_reset (stmt);
      return FALSE;
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    return mr_store_set_error_from_sqlite (error, self->db, rc);
  return TRUE;
}

void
mr_restore_bind_text (sqlite3_stmt *stmt,
                      int           index,
                      const char   *text)
{
  if (text != NULL)
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

void
mr_restore_bind_count (sqlite3_stmt *stmt,
                       int           index,
                       gint64        count)
{
  if (count >= 0)
    sqlite3_bind_int64 (stmt, index, count);
}

void
mr_restore_bind_double (sqlite3_stmt *stmt,
                        int           index,
                        double        value)
{
  if (!isnan (value))
    sqlite3_bind_double (stmt, index, value);
}

void
mr_restore_bind_id (sqlite3_stmt *stmt,
                    int           index,
                    gint64        id)
{
  if (id > 0)
    sqlite3_bind_int64 (stmt, index, id);
}

static char *
claim_key (const char *table,
           gint64      id)
{
  return g_strdup_printf ("%s:%" G_GINT64_FORMAT, table, id);
}

void
mr_restore_claim (MrRestore  *self,
                  const char *table,
                  gint64      id)
{
  g_hash_table_add (self->claimed, claim_key (table, id));
}

gboolean
mr_restore_match (MrRestore     *self,
                  const char    *table,
                  sqlite3_stmt  *find,
                  gint64        *id,
                  GError       **error)
{
  int rc;

  *id = 0;
  while ((rc = sqlite3_step (find)) == SQLITE_ROW)
    {
      gint64 candidate = sqlite3_column_int64 (find, 0);
      g_autofree char *key = claim_key (table, candidate);

      if (!g_hash_table_contains (self->claimed, key))
        {
          *id = candidate;
          g_hash_table_add (self->claimed, g_steal_pointer (&key));
          break;
        }
    }
  sqlite3_reset (find);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return mr_store_set_error_from_sqlite (error, self->db, rc);
  return TRUE;
}

gboolean
mr_restore_free_id (MrRestore   *self,
                    const char  *find_sql,
                    gint64       id,
                    gint64      *free_id,
                    GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  *free_id = 0;
  if (id <= 0)
    return TRUE;
  if ((stmt = mr_restore_prepare (self, find_sql, error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return mr_store_set_error_from_sqlite (error, self->db, rc);
  if (rc == SQLITE_DONE)
    *free_id = id;
  return TRUE;
}

gboolean
mr_restore_sink_failed (MrRestore  *self,
                        GError    **error)
{
  /* The writer refuses such a value in the store's words. */
  if (error != NULL && g_error_matches (*error, MR_STORE_ERROR, MR_STORE_ERROR_CONSTRAINT))
    {
      g_clear_error (error);
      return refuse_value (self, error);
    }
  g_prefix_error (error, "%s: ", self->name);
  return FALSE;
}

void
mr_restore_count_changes (MrRestore *self)
{
  mr_import_writer_count_other (self->writer, (guint64) sqlite3_changes (self->db));
}

gint64
mr_restore_lookup (GHashTable *ids,
                   gint64      file_id)
{
  gint64 *id = g_hash_table_lookup (ids, &file_id);

  return id != NULL ? *id : 0;
}

/* ── The file ───────────────────────────────────────────────────────────────────────── */

/* Reads @file into *@contents, and refuses text json-glib must not read: *@text is
 * where the export starts, after a byte-order mark. */
static gboolean
load (MrRestore   *self,
      GFile       *file,
      char       **contents,
      const char **text,
      gsize       *length,
      GError     **error)
{
  if (!g_file_load_contents (file, self->cancellable, contents, length, NULL, error))
    return FALSE;

  *text = *contents;
  if (*length >= 3 && memcmp (*text, "\xEF\xBB\xBF", 3) == 0)
    {
      *text += 3;
      *length -= 3;
    }

  if (!g_utf8_validate_len (*text, *length, NULL))
    return mr_restore_invalid (self, error, _("the file is not UTF-8 text, as an export is: "
                                              "export the database again"));
  if (!mr_import_json_check_text (self->name, *text, *length, error))
    return FALSE;
  /* json-glib would restore the first of two exports and drop the second unseen, and
   * read a broken escape into text that is not UTF-8. */
  switch (mr_json_text_check (*text, *length))
    {
    case MR_JSON_TEXT_MORE:
      return mr_restore_invalid (self, error, _("more follows after the end of the export: "
                                                "import each export from a file of its own"));
    case MR_JSON_TEXT_BAD_ESCAPE:
      return mr_restore_invalid (self, error, _("it holds a “\\” that starts no valid escape: "
                                                "correct it in the file and import the file "
                                                "again"));
    case MR_JSON_TEXT_SOUND:
    default:
      return TRUE;
    }
}

static gboolean
check_schema (MrRestore   *self,
              JsonNode    *node,
              GError     **error)
{
  gint64 schema;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_INT64)
    return mr_restore_invalid (self, error, _("this is not an export of Microreach"));

  schema = json_node_get_int (node);
  if (schema > MR_JSON_EXPORT_SCHEMA)
    {
      g_autofree char *version = g_strdup_printf ("%" G_GINT64_FORMAT, schema);

      g_set_error (error, MR_IMPORT_ERROR, MR_IMPORT_ERROR_FAILED,
                   /* Translators: the first %s is a file name, the second and the %d
                    * versions of the export's format */
                   _("%s: this export comes from a newer version of Microreach (format %s; "
                     "this version reads up to format %d). Update Microreach to import it."),
                   self->name, version, MR_JSON_EXPORT_SCHEMA);
      return FALSE;
    }
  if (schema < 1)
    return mr_restore_invalid (self, error, _("this is not an export of Microreach"));
  return TRUE;
}

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
restore_clear (MrRestore *self)
{
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->creator_ids, g_hash_table_unref);
  g_clear_pointer (&self->campaign_ids, g_hash_table_unref);
  g_clear_pointer (&self->claimed, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (MrRestore, restore_clear)

gboolean
mr_import_json_restore (MrImportWriter        *writer,
                        GFile                 *file,
                        MrImportProgressFunc   progress,
                        gpointer               user_data,
                        guint64               *rows,
                        GCancellable          *cancellable,
                        GError               **error)
{
  g_auto(MrRestore) self = { 0 };
  g_autoptr(MrRestoreOutline) outline = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(JsonNode) schema = NULL;
  const char *text;
  gsize length;

  g_return_val_if_fail (writer != NULL, FALSE);
  g_return_val_if_fail (mr_import_writer_get_batch_id (writer) > 0, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  self.writer = writer;
  self.db = mr_import_writer_get_db (writer);
  self.batch_id = mr_import_writer_get_batch_id (writer);
  self.name = g_file_get_basename (file);
  self.cancellable = cancellable;
  self.statements = g_hash_table_new_full (NULL, NULL, NULL, finalize_statement);
  self.creator_ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self.campaign_ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self.claimed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (!load (&self, file, &contents, &text, &length, error))
    return FALSE;
  if ((outline = mr_restore_outline_new (&self, text, length, progress, user_data,
                                         error)) == NULL ||
      !mr_restore_outline_get_member (outline, "schema", &schema, error))
    return FALSE;

  /* Campaign members and moments refer to creators, moments to campaigns. */
  if (!check_schema (&self, schema, error) ||
      !mr_restore_outline_restore_list (outline, "creators", mr_restore_creator, error) ||
      !mr_restore_outline_restore_list (outline, "search", mr_restore_search_entry, error) ||
      !mr_restore_outline_restore_list (outline, "campaigns", mr_restore_campaign, error) ||
      !mr_restore_outline_restore_list (outline, "moments", mr_restore_moment, error))
    return FALSE;

  if (rows != NULL)
    *rows = self.rows;
  return TRUE;
}
