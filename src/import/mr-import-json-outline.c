/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-import-json"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mr-import-json-private.h"

/* An export of ten thousand creators is most of a gigabyte of text, and json-glib's tree
 * of all of it five times that. The restore follows the outline of the text itself (the
 * members of the top level, the items of its lists) and has json-glib read one creator,
 * search entry, campaign or moment at a time, which it then lets go. */

typedef struct {
  gsize start;
  gsize end;
} Piece;

/* The lists of an export: their items are read as they are restored. */
static const char * const lists[] = { "creators", "search", "campaigns", "moments", NULL };

struct _MrRestoreOutline {
  MrRestore            *self;
  const char           *text;            /* ends in a NUL at @length */
  gsize                 length;
  gsize                 pos;
  JsonParser           *parser;
  GHashTable           *members;         /* name → Piece */

  MrImportProgressFunc  progress;
  gpointer              user_data;
  /* Progress: the bytes of the lists' items, those restored, and as last reported. The
   * lists are restored in another order than the file may have them in. */
  gsize                 to_restore;
  gsize                 restored;
  gsize                 reported;

  guint                 error_line;      /* where json-glib stopped, in the piece it read */
  guint                 error_position;
};

static void
on_parse_error (JsonParser *parser,
                gpointer    error,
                gpointer    user_data)
{
  MrRestoreOutline *outline = user_data;

  outline->error_line = json_parser_get_current_line (parser);
  outline->error_position = json_parser_get_current_pos (parser);
}

static guint
outline_line (MrRestoreOutline *outline,
              gsize             pos)
{
  const char *end = outline->text + MIN (pos, outline->length);
  guint line = 1;

  for (const char *p = outline->text; (p = memchr (p, '\n', (gsize) (end - p))) != NULL; p++)
    line++;
  return line;
}

static void
outline_skip_space (MrRestoreOutline *outline)
{
  while (outline->pos < outline->length)
    {
      char c = outline->text[outline->pos];

      if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
        return;
      outline->pos++;
    }
}

static gboolean
outline_at (MrRestoreOutline *outline,
            char              c)
{
  return outline->pos < outline->length && outline->text[outline->pos] == c;
}

/* Whether the @length bytes at @text are a number, true, false or null. */
static gboolean
is_scalar (const char *text,
           gsize       length)
{
  gsize i = 0;

  if ((length == 4 && (memcmp (text, "true", 4) == 0 || memcmp (text, "null", 4) == 0)) ||
      (length == 5 && memcmp (text, "false", 5) == 0))
    return TRUE;

  if (i < length && text[i] == '-')
    i++;
  if (i < length && text[i] == '0')
    i++;
  else if (i < length && text[i] >= '1' && text[i] <= '9')
    while (i < length && g_ascii_isdigit (text[i]))
      i++;
  else
    return FALSE;
  if (i < length && text[i] == '.')
    {
      if (++i >= length || !g_ascii_isdigit (text[i]))
        return FALSE;
      while (i < length && g_ascii_isdigit (text[i]))
        i++;
    }
  if (i < length && (text[i] == 'e' || text[i] == 'E'))
    {
      if (++i < length && (text[i] == '+' || text[i] == '-'))
        i++;
      if (i >= length || !g_ascii_isdigit (text[i]))
        return FALSE;
      while (i < length && g_ascii_isdigit (text[i]))
        i++;
    }
  return i == length;
}

/* Moves past the value that starts at the cursor. Only its outline is followed (strings,
 * and brackets that close as many as opened): json-glib reads the rest. FALSE when there
 * is no value there (the cursor stays, or is on what the outline cannot follow), or it
 * does not end (the cursor is then at the end of the text). */
static gboolean
outline_skip_value (MrRestoreOutline *outline)
{
  const char *text = outline->text;
  gsize p = outline->pos;
  gsize depth = 0;

  if (p >= outline->length)
    return FALSE;
  if (text[p] != '{' && text[p] != '[' && text[p] != '"')
    {
      while (p < outline->length && strchr (" \t\r\n{}[]\",:", text[p]) == NULL)
        p++;
      if (!is_scalar (text + outline->pos, p - outline->pos))
        return FALSE;
      outline->pos = p;
      return TRUE;
    }

  do
    {
      char c = text[p++];

      if (c == '"')
        {
          while (p < outline->length && text[p] != '"')
            p += text[p] == '\\' ? 2 : 1;
          if (p++ >= outline->length)
            break;
        }
      else if (c == '{' || c == '[')
        depth++;
      else if (c == '}' || c == ']')
        depth--;
      else if (c == '\'' || c == '/')
        {
          /* json-glib reads comments and strings in single quotes, which could hide a
           * '"' or a bracket from the outline: an item would end elsewhere for one than
           * for the other. No export holds either. */
          outline->pos = p - 1;
          return FALSE;
        }
    }
  while (depth > 0 && p < outline->length);

  /* A value that does not end ends the text. */
  outline->pos = MIN (p, outline->length);
  return depth == 0 && p <= outline->length;
}

/* Moves past the '{' or '[' at the cursor; FALSE (the container is empty) when @close
 * follows at once, TRUE when a member or item does. */
static gboolean
outline_enter (MrRestoreOutline *outline,
               char              close)
{
  outline->pos++;
  outline_skip_space (outline);
  return !outline_at (outline, close);
}

/* After a member or an item: TRUE, with the cursor on the next one, when a comma comes
 * first; else FALSE, and *@closed says whether @close ends the container there. */
static gboolean
outline_next (MrRestoreOutline *outline,
              char              close,
              gboolean         *closed)
{
  outline_skip_space (outline);
  *closed = outline_at (outline, close);
  if (*closed || !outline_at (outline, ','))
    return FALSE;
  outline->pos++;
  outline_skip_space (outline);
  return TRUE;
}

/* Says where the outline of the text breaks. */
static gboolean
outline_broken (MrRestoreOutline  *outline,
                GError           **error)
{
  if (outline->pos >= outline->length)
    g_set_error (error, MR_IMPORT_ERROR, MR_IMPORT_ERROR_INVALID_VALUE,
                 /* Translators: %s is a file name */
                 _("%s: the file ends before the export does, as if it was cut short: "
                   "export the database again"),
                 outline->self->name);
  else
    g_set_error (error, MR_IMPORT_ERROR, MR_IMPORT_ERROR_INVALID_VALUE,
                 /* Translators: %1$s is a file name, %2$u a line of it */
                 _("%1$s:%2$u: the text is not JSON here: correct it, or export the "
                   "database again"),
                 outline->self->name, outline_line (outline, outline->pos));
  return FALSE;
}

/* Has json-glib read the value from @start to the cursor; says where it is damaged as the
 * CSV readers do: "NAME:LINE: …". */
static JsonNode *
outline_parse (MrRestoreOutline  *outline,
               gsize              start,
               GError           **error)
{
  g_autoptr(GError) local_error = NULL;

  outline->error_line = 0;
  if (!json_parser_load_from_data (outline->parser, outline->text + start,
                                   (gssize) (outline->pos - start), &local_error))
    {
      g_autofree char *location = g_strdup_printf ("<data>:%u:%u: ", outline->error_line,
                                                   outline->error_position);
      /* json-glib quotes the text it stopped at, cut short wherever, even within a
       * character. */
      g_autofree char *valid = g_utf8_make_valid (local_error->message, -1);
      const char *reason = valid;

      /* json-glib names the text "<data>" and gives line and column: keep its reason. */
      if (g_str_has_prefix (reason, location))
        reason += strlen (location);
      if (outline->error_line > 0)
        g_set_error (error, MR_IMPORT_ERROR, MR_IMPORT_ERROR_INVALID_VALUE, "%s:%u: %s",
                     outline->self->name,
                     outline_line (outline, start) + outline->error_line - 1, reason);
      else
        mr_restore_invalid (outline->self, error, "%s", reason);
      return NULL;
    }
  return json_parser_steal_root (outline->parser);
}

/* Finds the members of the top level: where each one's value is. Each value but the
 * lists' items is read here; those are read as they are restored, so that a damaged item
 * is found then, and what was restored before it is rolled back with the batch. */
static gboolean
outline_members (MrRestoreOutline  *outline,
                 GError           **error)
{
  gboolean closed = FALSE;

  outline_skip_space (outline);
  if (!outline_at (outline, '{'))
    return mr_restore_invalid (outline->self, error, _("this is not an export of Microreach"));
  if (!outline_enter (outline, '}'))
    return TRUE;

  do
    {
      g_autoptr(JsonNode) key = NULL;
      gsize start = outline->pos;
      const char *name;
      Piece piece;

      if (!outline_at (outline, '"') || !outline_skip_value (outline))
        break;
      if ((key = outline_parse (outline, start, error)) == NULL)
        return FALSE;
      name = json_node_get_string (key);
      /* json-glib keeps the last value of a name given twice, and would never read the
       * first. */
      if (g_hash_table_contains (outline->members, name))
        {
          g_set_error (error, MR_IMPORT_ERROR, MR_IMPORT_ERROR_INVALID_VALUE,
                       /* Translators: %1$s is a file name, %2$u a line of it, %3$s a
                        * key of the file, such as “creators” */
                       _("%1$s:%2$u: “%3$s” comes a second time here: keep one of them, or "
                         "export the database again"),
                       outline->self->name, outline_line (outline, start), name);
          return FALSE;
        }
      outline_skip_space (outline);
      if (!outline_at (outline, ':'))
        break;
      outline->pos++;
      outline_skip_space (outline);
      piece.start = outline->pos;
      if (!outline_skip_value (outline))
        break;
      piece.end = outline->pos;

      /* The lists of an export may have any length: their items are read one by one as
       * they are restored. */
      if (g_strv_contains (lists, name))
        outline->to_restore += piece.end - piece.start;
      else
        {
          g_autoptr(JsonNode) value = NULL;

          if ((value = outline_parse (outline, piece.start, error)) == NULL)
            return FALSE;
        }
      g_hash_table_insert (outline->members, g_strdup (name), g_memdup2 (&piece, sizeof piece));
    }
  while (outline_next (outline, '}', &closed));

  return closed || outline_broken (outline, error);
}

MrRestoreOutline *
mr_restore_outline_new (MrRestore             *self,
                        const char            *text,
                        gsize                  length,
                        MrImportProgressFunc   progress,
                        gpointer               user_data,
                        GError               **error)
{
  g_autoptr(MrRestoreOutline) outline = g_new0 (MrRestoreOutline, 1);

  outline->self = self;
  outline->text = text;
  outline->length = length;
  outline->parser = json_parser_new ();
  outline->members = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  outline->progress = progress;
  outline->user_data = user_data;
  g_signal_connect (outline->parser, "error", G_CALLBACK (on_parse_error), outline);

  if (!outline_members (outline, error))
    return NULL;
  return g_steal_pointer (&outline);
}

void
mr_restore_outline_free (MrRestoreOutline *outline)
{
  g_clear_object (&outline->parser);
  g_clear_pointer (&outline->members, g_hash_table_unref);
  g_free (outline);
}

gboolean
mr_restore_outline_get_member (MrRestoreOutline  *outline,
                               const char        *key,
                               JsonNode         **value,
                               GError           **error)
{
  Piece *piece = g_hash_table_lookup (outline->members, key);

  *value = NULL;
  if (piece == NULL)
    return TRUE;
  outline->pos = piece->end;
  *value = outline_parse (outline, piece->start, error);
  return *value != NULL;
}

gboolean
mr_restore_outline_restore_list (MrRestoreOutline   *outline,
                                 const char         *key,
                                 MrRestoreItemFunc   restore_item,
                                 GError            **error)
{
  Piece *piece = g_hash_table_lookup (outline->members, key);
  gboolean closed = FALSE;

  if (piece == NULL ||
      (piece->end - piece->start == 4 && memcmp (outline->text + piece->start, "null", 4) == 0))
    return TRUE;

  outline->pos = piece->start;
  if (!outline_at (outline, '['))
    /* Translators: %s is a key of the file, such as “creators” */
    return mr_restore_invalid (outline->self, error, _("“%s” is not a list of objects"), key);
  if (!outline_enter (outline, ']'))
    return TRUE;

  do
    {
      g_autoptr(JsonNode) item = NULL;
      gsize start = outline->pos;

      if (!outline_skip_value (outline))
        return outline_broken (outline, error);
      if ((item = outline_parse (outline, start, error)) == NULL)
        return FALSE;
      if (!JSON_NODE_HOLDS_OBJECT (item))
        return mr_restore_invalid (outline->self, error, _("“%s” is not a list of objects"),
                                   key);
      if (g_cancellable_set_error_if_cancelled (outline->self->cancellable, error) ||
          !restore_item (outline->self, json_node_get_object (item), error))
        return FALSE;
      /* In steps of a half per cent: a creator in a large export, a second or two in the
       * largest. */
      outline->restored += outline->pos - start;
      if (outline->progress != NULL &&
          outline->restored - outline->reported >= outline->to_restore / 200)
        {
          outline->reported = outline->restored;
          outline->progress ((double) outline->restored / outline->to_restore,
                             outline->user_data);
        }
    }
  while (outline_next (outline, ']', &closed));

  return closed || outline_broken (outline, error);
}
