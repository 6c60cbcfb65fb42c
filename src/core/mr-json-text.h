/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What json-glib 1.6 reads without a word, or into memory it then loses, in JSON text
 * that is not sound. */
typedef enum {
  MR_JSON_TEXT_SOUND,
  /* More than white space after the first value: json-glib keeps the first value and
   * loses the others. */
  MR_JSON_TEXT_MORE,
  /* A "\" that starts no escape (read as the letter after it), or a "\u" escape that is
   * not four hex digits or is half a surrogate pair (read into bytes that are not UTF-8,
   * or lost). */
  MR_JSON_TEXT_BAD_ESCAPE,
  /* Arrays and objects nested deeper than MR_JSON_TEXT_MAX_DEPTH: json-glib's parser
   * recurses once per level, and a few hundred thousand levels overflow the stack. */
  MR_JSON_TEXT_TOO_DEEP,
} MrJsonText;

/* Far deeper than anything Microreach reads nests, far shallower than a stack allows. */
#define MR_JSON_TEXT_MAX_DEPTH 64

/* Checks @text (@length bytes, after an optional UTF-8 byte-order mark) for the above
 * before json-glib reads it; whether the rest is well formed is for json-glib to say. */
MrJsonText mr_json_text_check (const char *text,
                               gsize       length);

G_END_DECLS
