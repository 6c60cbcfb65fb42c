/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-json-export-stream"

#include "config.h"

#include <string.h>

#include "mr-json-export-private.h"

/* The export is written while it is made, so that memory holds one element of a top-level
 * array (one creator, with their posts and history), not the whole database, which for a
 * big roster runs to gigabytes as a tree of JsonNodes. The top-level object and its arrays
 * are framed here; each element is built as a tree of its own, formatted by JsonGenerator
 * and freed. The text is byte for byte what JsonGenerator makes of the whole document at
 * once (tests/test-json-roundtrip.c checks that): scripts and imports that compared or
 * parsed earlier exports see no difference. */

/* Text is gathered into pieces of about this size before it is written: one write for a
 * typical creator, not one for each small search entry or moment. */
#define WRITE_SIZE (64 * 1024)

/* A JsonGenerator starts at depth 0, but how it formats an element depends on the depth:
 * the indentation of every line, and the spaces inside an empty object. So an element is
 * generated where it sits in the document, inside two arrays, and written without their
 * brackets. */
#define PRETTY_OPENING  "[\n  [\n"
#define PRETTY_CLOSING  "\n  ]\n]"
#define COMPACT_OPENING "[["
#define COMPACT_CLOSING "]]"

struct _MrJsonStream
{
  GOutputStream *output;
  gboolean       pretty;
  JsonBuilder   *builder;
  JsonGenerator *generator;
  GString       *element;     /* the generator's text of the last element */
  GString       *pending;     /* text not written yet */
  guint          n_members;
  guint          n_elements;  /* of the array being written */
};

MrJsonStream *
mr_json_stream_new (GOutputStream *output,
                    gboolean       pretty)
{
  MrJsonStream *self;

  g_return_val_if_fail (G_IS_OUTPUT_STREAM (output), NULL);

  self = g_new0 (MrJsonStream, 1);
  self->output = g_object_ref (output);
  self->pretty = pretty;
  self->builder = json_builder_new ();
  self->generator = json_generator_new ();
  json_generator_set_pretty (self->generator, pretty);
  json_generator_set_indent (self->generator, 2);
  self->element = g_string_new (NULL);
  self->pending = g_string_new ("{");
  return self;
}

void
mr_json_stream_free (MrJsonStream *self)
{
  if (self == NULL)
    return;

  g_object_unref (self->output);
  g_object_unref (self->builder);
  g_object_unref (self->generator);
  g_string_free (self->element, TRUE);
  g_string_free (self->pending, TRUE);
  g_free (self);
}

static gboolean
write_pending (MrJsonStream  *self,
               GError       **error)
{
  if (!g_output_stream_write_all (self->output, self->pending->str, self->pending->len,
                                  NULL, NULL, error))
    return FALSE;

  g_string_truncate (self->pending, 0);
  return TRUE;
}

/* The keys are the export's own, none of which needs escaping. */
static void
begin_member (MrJsonStream *self,
              const char   *key)
{
  if (self->n_members++ > 0)
    g_string_append_c (self->pending, ',');
  if (self->pretty)
    g_string_append_printf (self->pending, "\n  \"%s\" : ", key);
  else
    g_string_append_printf (self->pending, "\"%s\":", key);
}

void
mr_json_stream_add_int (MrJsonStream *self,
                        const char   *key,
                        gint64        value)
{
  begin_member (self, key);
  g_string_append_printf (self->pending, "%" G_GINT64_FORMAT, value);
}

void
mr_json_stream_begin_array (MrJsonStream *self,
                            const char   *key)
{
  begin_member (self, key);
  g_string_append_c (self->pending, '[');
  self->n_elements = 0;
}

JsonBuilder *
mr_json_stream_begin_element (MrJsonStream *self)
{
  json_builder_reset (self->builder);
  json_builder_begin_array (self->builder);
  json_builder_begin_array (self->builder);
  return self->builder;
}

gboolean
mr_json_stream_end_element (MrJsonStream  *self,
                            GError       **error)
{
  const char *opening = self->pretty ? PRETTY_OPENING : COMPACT_OPENING;
  const char *closing = self->pretty ? PRETTY_CLOSING : COMPACT_CLOSING;
  gsize opening_length = strlen (opening);
  gsize closing_length = strlen (closing);
  g_autoptr(JsonNode) root = NULL;

  json_builder_end_array (self->builder);
  json_builder_end_array (self->builder);
  root = json_builder_get_root (self->builder);
  json_builder_reset (self->builder);

  json_generator_set_root (self->generator, root);
  g_string_truncate (self->element, 0);
  json_generator_to_gstring (self->generator, self->element);
  json_generator_set_root (self->generator, NULL);
  g_assert (self->element->len >= opening_length + closing_length);
  g_assert (memcmp (self->element->str, opening, opening_length) == 0);
  g_assert (memcmp (self->element->str + self->element->len - closing_length, closing,
                    closing_length) == 0);

  if (self->n_elements++ > 0)
    g_string_append_c (self->pending, ',');
  if (self->pretty)
    g_string_append_c (self->pending, '\n');
  g_string_append_len (self->pending, self->element->str + opening_length,
                       self->element->len - opening_length - closing_length);

  return self->pending->len < WRITE_SIZE || write_pending (self, error);
}

void
mr_json_stream_end_array (MrJsonStream *self)
{
  if (self->pretty && self->n_elements > 0)
    g_string_append (self->pending, "\n  ");
  g_string_append_c (self->pending, ']');
}

gboolean
mr_json_stream_finish (MrJsonStream  *self,
                       GError       **error)
{
  g_string_append (self->pending, self->pretty ? "\n}" : "}");
  return write_pending (self, error) && g_output_stream_flush (self->output, NULL, error);
}
