/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-csv"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "mr-checksum-thread.h"
#include "mr-csv.h"

/* What one read asks of the stream: large enough that the per-chunk work vanishes, small
 * enough that a reader costs the same for a 1 kB file and a 1 GB one. The CSV fuzzer
 * builds the reader with a tiny one, so that short inputs cross chunk boundaries. */
#ifdef MR_CSV_CHUNK_SIZE
#define CHUNK_SIZE MR_CSV_CHUNK_SIZE
#else
#define CHUNK_SIZE (64 * 1024)
#endif
/* A UTF-8 or UTF-16 sequence cut by the chunk boundary: at most three bytes wait. */
#define MAX_CARRY 3
/* The bytes a chunk can turn into once decoded: Windows-1252 grows to three bytes a
 * byte at worst (0x80 is U+20AC), UTF-16 to three bytes a unit. */
#define DECODED_SIZE (CHUNK_SIZE * 3 + MAX_CARRY * 3)
/* Records the delimiter is sniffed from. */
#define SNIFF_RECORDS 20
/* Columns a record may have: a spreadsheet has at most 16,384. */
#define MAX_FIELDS 65536
/* The bytes a record may hold: many fields each under the limit must not add up to a
 * reader that holds gigabytes. */
#define MAX_RECORD (16 * MR_CSV_MAX_FIELD)

typedef enum {
  ENCODING_ASCII,   /* nothing but ASCII so far: UTF-8 and Windows-1252 agree */
  ENCODING_UTF8,
  ENCODING_CP1252,
  ENCODING_UTF16LE,
  ENCODING_UTF16BE,
} Encoding;

/* Why the text ends before the stream does; raised when the parser gets there, so the
 * error names the line it is on. */
typedef enum {
  STOP_NONE,
  STOP_NUL,
  STOP_BAD_UTF8,
  STOP_BAD_UTF16,
  STOP_ZIP,         /* an .xlsx workbook, or an export still in its archive */
} Stop;

typedef enum {
  STATE_FIELD_START,
  STATE_UNQUOTED,
  STATE_QUOTED,
  STATE_QUOTE_SEEN,   /* a quote inside a quoted field: its end, or the first of two */
} State;

struct _MrCsvReader
{
  GInputStream *stream;
  char         *display_name;
  MrChecksumThread *checksum;
  char         *checksum_hex;
  guint64       checksum_at;
  guint64       bytes_read;

  /* Raw bytes of the last chunk; its last n_carry bytes begin a sequence the next chunk
   * completes. */
  guint8       *raw;
  gsize         raw_len;
  gsize         n_carry;
  gboolean      eof;
  gboolean      started;
  Encoding      encoding;
  Stop          stop;

  /* The text being parsed: the raw chunk itself for UTF-8, else decoded (allocated for
   * the first text that needs it). */
  char         *decoded;
  const char   *text;
  gsize         text_len;
  gsize         text_pos;
  char          prev_char;   /* the text's char before text[0], for a CRLF cut in two */

  char          delimiter;
  guint8        unquoted_stop[256];
  guint8        quoted_stop[256];

  /* The current record: its fields one after another, each NUL-terminated. */
  char         *record;
  gsize         record_len;
  gsize         record_cap;
  guint32      *offsets;
  guint         n_fields;
  guint         offsets_cap;

  guint         line;        /* the physical line at the read position */
  guint         record_line;
  gboolean      finished;
  GError       *error;       /* once failed, every later call fails the same way */
};

G_DEFINE_QUARK (mr-csv-error-quark, mr_csv_error)

static void
set_error_valist (MrCsvReader  *self,
                  GError      **error,
                  GQuark        domain,
                  int           code,
                  guint         line,
                  const char   *format,
                  va_list       args) G_GNUC_PRINTF (6, 0);

static void
set_error_valist (MrCsvReader  *self,
                  GError      **error,
                  GQuark        domain,
                  int           code,
                  guint         line,
                  const char   *format,
                  va_list       args)
{
  g_autofree char *reason = g_strdup_vprintf (format, args);

  g_set_error (error, domain, code, "%s:%u: %s", self->display_name, line, reason);
}

/* Records the reader's failure, which every later call to _next () repeats. */
static void
fail (MrCsvReader *self,
      int          code,
      guint        line,
      const char  *format,
      ...) G_GNUC_PRINTF (4, 5);

static void
fail (MrCsvReader *self,
      int          code,
      guint        line,
      const char  *format,
      ...)
{
  va_list args;

  g_assert (self->error == NULL);

  va_start (args, format);
  set_error_valist (self, &self->error, MR_CSV_ERROR, code, line, format, args);
  va_end (args);
}

/* ── Bytes to UTF-8 text ─────────────────────────────────────────────────────────── */

static inline char *
put_utf8 (char     *out,
          gunichar  c)
{
  if (c < 0x80)
    {
      *out++ = (char) c;
    }
  else if (c < 0x800)
    {
      *out++ = (char) (0xC0 | (c >> 6));
      *out++ = (char) (0x80 | (c & 0x3F));
    }
  else if (c < 0x10000)
    {
      *out++ = (char) (0xE0 | (c >> 12));
      *out++ = (char) (0x80 | ((c >> 6) & 0x3F));
      *out++ = (char) (0x80 | (c & 0x3F));
    }
  else
    {
      *out++ = (char) (0xF0 | (c >> 18));
      *out++ = (char) (0x80 | ((c >> 12) & 0x3F));
      *out++ = (char) (0x80 | ((c >> 6) & 0x3F));
      *out++ = (char) (0x80 | (c & 0x3F));
    }
  return out;
}

/* The length of the longest valid UTF-8 prefix of @p. *@truncated tells whether what
 * follows is a sequence that is only cut short by the end of @p; *@non_ascii whether the
 * prefix holds anything but ASCII. */
static gsize
utf8_valid_prefix (const guint8 *p,
                   gsize         len,
                   gboolean     *truncated,
                   gboolean     *non_ascii)
{
  gsize i = 0;

  *truncated = FALSE;
  while (i < len)
    {
      guint32 c, min;
      gsize n;

      /* Exports are mostly ASCII: skip it eight bytes at a time. */
      while (i + 8 <= len)
        {
          guint64 word;

          memcpy (&word, p + i, sizeof word);
          if (word & G_GUINT64_CONSTANT (0x8080808080808080))
            break;
          i += 8;
        }
      if (i == len)
        break;
      if (p[i] < 0x80)
        {
          i++;
          continue;
        }

      if ((p[i] & 0xE0) == 0xC0)
        {
          n = 2;
          c = p[i] & 0x1F;
          min = 0x80;
        }
      else if ((p[i] & 0xF0) == 0xE0)
        {
          n = 3;
          c = p[i] & 0x0F;
          min = 0x800;
        }
      else if ((p[i] & 0xF8) == 0xF0)
        {
          n = 4;
          c = p[i] & 0x07;
          min = 0x10000;
        }
      else
        {
          return i;
        }

      for (gsize k = 1; k < n; k++)
        {
          if (i + k == len)
            {
              *truncated = TRUE;
              return i;
            }
          if ((p[i + k] & 0xC0) != 0x80)
            return i;
          c = (c << 6) | (p[i + k] & 0x3F);
        }
      if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        return i;

      *non_ascii = TRUE;
      i += n;
    }
  return len;
}

/* Windows-1252's 0x80–0x9F; the five bytes it leaves undefined keep their C1 code, as
 * Windows itself converts them. */
static const guint16 cp1252_high[32] = {
  0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
  0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

static void
decode_cp1252 (MrCsvReader  *self,
               const guint8 *p,
               gsize         len)
{
  char *out;

  if (self->decoded == NULL)
    self->decoded = g_malloc (DECODED_SIZE);
  out = self->decoded;
  for (gsize i = 0; i < len; i++)
    {
      if (p[i] < 0x80)
        *out++ = (char) p[i];
      else if (p[i] < 0xA0)
        out = put_utf8 (out, cp1252_high[p[i] - 0x80]);
      else
        out = put_utf8 (out, p[i]);
    }
  self->text = self->decoded;
  self->text_len = out - self->decoded;
}

static void
decode_utf16 (MrCsvReader  *self,
              const guint8 *p,
              gsize         len)
{
  int hi = self->encoding == ENCODING_UTF16BE ? 0 : 1;
  char *out;
  gsize i = 0;

  if (self->decoded == NULL)
    self->decoded = g_malloc (DECODED_SIZE);
  out = self->decoded;

  while (i + 2 <= len)
    {
      gunichar c = (p[i + hi] << 8) | p[i + 1 - hi];

      if (c == 0)
        {
          self->stop = STOP_NUL;
          break;
        }
      if (c >= 0xD800 && c < 0xDC00)
        {
          gunichar low;

          if (i + 4 > len)
            break;
          low = (p[i + 2 + hi] << 8) | p[i + 3 - hi];
          if (low < 0xDC00 || low > 0xDFFF)
            {
              self->stop = STOP_BAD_UTF16;
              break;
            }
          c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
          i += 2;
        }
      else if (c >= 0xDC00 && c < 0xE000)
        {
          self->stop = STOP_BAD_UTF16;
          break;
        }
      out = put_utf8 (out, c);
      i += 2;
    }

  if (self->stop == STOP_NONE && i < len)
    {
      if (self->eof)
        self->stop = STOP_BAD_UTF16;
      else
        self->n_carry = len - i;
    }
  self->text = self->decoded;
  self->text_len = out - self->decoded;
}

/* Text that is ASCII so far is UTF-8 until it holds a byte that cannot be: then it is
 * Windows-1252 from the start, which for ASCII changes nothing already read. Once it
 * held UTF-8 beyond ASCII, earlier in this chunk as well as in one before, a bad byte is
 * an error rather than a change of mind. */
static void
decode_utf8 (MrCsvReader  *self,
             const guint8 *p,
             gsize         len)
{
  const guint8 *nul = memchr (p, 0, len);
  gsize limit = nul != NULL ? (gsize) (nul - p) : len;
  gboolean truncated, non_ascii = FALSE;
  gsize valid = utf8_valid_prefix (p, limit, &truncated, &non_ascii);

  if (valid == limit || (truncated && nul == NULL && !self->eof))
    {
      if (non_ascii)
        self->encoding = ENCODING_UTF8;
      self->n_carry = limit - valid;
      self->text = (const char *) p;
      self->text_len = valid;
    }
  else if (self->encoding == ENCODING_ASCII && !non_ascii)
    {
      self->encoding = ENCODING_CP1252;
      decode_cp1252 (self, p, limit);
    }
  else
    {
      self->encoding = ENCODING_UTF8;
      self->text = (const char *) p;
      self->text_len = valid;
      self->stop = STOP_BAD_UTF8;
      return;
    }

  if (nul != NULL)
    self->stop = STOP_NUL;
}

static void
decode (MrCsvReader  *self,
        const guint8 *p,
        gsize         len)
{
  self->n_carry = 0;
  switch (self->encoding)
    {
    case ENCODING_ASCII:
    case ENCODING_UTF8:
      decode_utf8 (self, p, len);
      break;
    case ENCODING_CP1252:
      {
        const guint8 *nul = memchr (p, 0, len);

        decode_cp1252 (self, p, nul != NULL ? (gsize) (nul - p) : len);
        if (nul != NULL)
          self->stop = STOP_NUL;
      }
      break;
    case ENCODING_UTF16LE:
    case ENCODING_UTF16BE:
      decode_utf16 (self, p, len);
      break;
    default:
      g_assert_not_reached ();
    }
}

/* Reads the next chunk after the bytes carried over from the last one. */
static gboolean
read_chunk (MrCsvReader  *self,
            GCancellable *cancellable)
{
  g_autoptr(GError) local_error = NULL;
  gsize n = 0;

  memmove (self->raw, self->raw + self->raw_len - self->n_carry, self->n_carry);
  self->raw_len = self->n_carry;
  self->n_carry = 0;

  /* Not every stream looks at the cancellable (a memory stream does not). */
  if (g_cancellable_set_error_if_cancelled (cancellable, &local_error) ||
      !g_input_stream_read_all (self->stream, self->raw + self->raw_len, CHUNK_SIZE, &n,
                                cancellable, &local_error))
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        self->error = g_steal_pointer (&local_error);
      else
        fail (self, MR_CSV_ERROR_IO, self->line, "%s", local_error->message);
      return FALSE;
    }

  mr_checksum_thread_update (self->checksum, self->raw + self->raw_len, n);
  self->bytes_read += n;
  self->raw_len += n;
  /* read_all () comes back short only at the end of the stream. */
  self->eof = n < CHUNK_SIZE;
  return TRUE;
}

/* Makes the next text current: TRUE when there is some; FALSE at the end of the text,
 * which is the end of the stream, a stop (self->stop) or an error (self->error). */
static gboolean
refill (MrCsvReader  *self,
        GCancellable *cancellable)
{
  if (self->text_len > 0)
    self->prev_char = self->text[self->text_len - 1];
  self->text_len = self->text_pos = 0;

  while (!self->eof && self->stop == STOP_NONE)
    {
      if (!read_chunk (self, cancellable))
        return FALSE;
      decode (self, self->raw, self->raw_len);
      if (self->text_len > 0)
        return TRUE;
    }
  return FALSE;
}

/* Which of ',' ';' and tab separates the fields of the first records: the one with the
 * same non-zero count (outside quotes) on the most records, so that a preamble line
 * (Google Trends' "Category: All categories") or a decimal comma does not mislead. */
static char
sniff_delimiter (const char *text,
                 gsize       len,
                 gboolean    complete)
{
  static const char candidates[] = { ',', ';', '\t' };
  guint counts[G_N_ELEMENTS (candidates)][SNIFF_RECORDS] = { { 0 } };
  guint n_records = 0;
  gboolean in_quotes = FALSE, empty = TRUE;
  char best = ',';
  guint best_records = 0, best_count = 0;

  for (gsize i = 0; i < len && n_records < SNIFF_RECORDS; i++)
    {
      char c = text[i];

      if (c == '"')
        in_quotes = !in_quotes;
      if (in_quotes)
        continue;
      if (c == '\n' || c == '\r')
        {
          if (!empty)
            n_records++;
          empty = TRUE;
          continue;
        }
      empty = FALSE;
      for (guint k = 0; k < G_N_ELEMENTS (candidates); k++)
        if (c == candidates[k])
          counts[k][n_records]++;
    }
  /* A last record without its line end is whole only when the text is the file. */
  if (complete && !empty && n_records < SNIFF_RECORDS)
    n_records++;

  for (guint k = 0; k < G_N_ELEMENTS (candidates); k++)
    for (guint i = 0; i < n_records; i++)
      {
        guint count = counts[k][i], n_same = 0;

        if (count == 0)
          continue;
        for (guint j = 0; j < n_records; j++)
          n_same += counts[k][j] == count;
        if (n_same > best_records || (n_same == best_records && count > best_count))
          {
            best = candidates[k];
            best_records = n_same;
            best_count = count;
          }
      }
  return best;
}

/* Reads the first chunk: the byte-order mark, the encoding, the delimiter. */
static gboolean
start (MrCsvReader  *self,
       GCancellable *cancellable)
{
  gsize bom = 0;

  self->started = TRUE;
  if (!read_chunk (self, cancellable))
    return FALSE;

  if (self->raw_len >= 4 && memcmp (self->raw, "PK\x03\x04", 4) == 0)
    {
      self->stop = STOP_ZIP;
      self->text = (const char *) self->raw;
      self->text_len = 0;
      return TRUE;
    }
  if (self->raw_len >= 3 && memcmp (self->raw, "\xEF\xBB\xBF", 3) == 0)
    {
      bom = 3;
      self->encoding = ENCODING_UTF8;
    }
  else if (self->raw_len >= 2 && memcmp (self->raw, "\xFF\xFE", 2) == 0)
    {
      bom = 2;
      self->encoding = ENCODING_UTF16LE;
    }
  else if (self->raw_len >= 2 && memcmp (self->raw, "\xFE\xFF", 2) == 0)
    {
      bom = 2;
      self->encoding = ENCODING_UTF16BE;
    }

  decode (self, self->raw + bom, self->raw_len - bom);
  self->delimiter = sniff_delimiter (self->text, self->text_len,
                                     self->eof && self->n_carry == 0 && self->stop == STOP_NONE);

  self->unquoted_stop[(guint8) self->delimiter] = 1;
  self->unquoted_stop['\n'] = 1;
  self->unquoted_stop['\r'] = 1;
  self->quoted_stop['"'] = 1;
  self->quoted_stop['\n'] = 1;
  self->quoted_stop['\r'] = 1;
  return TRUE;
}

/* ── Records ─────────────────────────────────────────────────────────────────────── */

/* Said in whole megabytes, which is what a user knows a file's size in. */
G_STATIC_ASSERT (MR_CSV_MAX_FIELD % (1024 * 1024) == 0);

static gboolean
field_too_long (MrCsvReader *self,
                gboolean     quoted,
                guint        quote_line)
{
  guint megabytes = MR_CSV_MAX_FIELD / (1024 * 1024);

  if (quoted)
    fail (self, MR_CSV_ERROR_TOO_LONG, quote_line,
          _("the quoted field in column %u is longer than %u MB: is a quote never closed?"),
          self->n_fields + 1, megabytes);
  else
    fail (self, MR_CSV_ERROR_TOO_LONG, self->line,
          _("the field in column %u is longer than %u MB, which no export of statistics "
            "has: is this the right file?"), self->n_fields + 1, megabytes);
  return FALSE;
}

static void
grow_record (MrCsvReader *self,
             gsize        more)
{
  while (self->record_len + more > self->record_cap)
    self->record_cap *= 2;
  self->record = g_realloc (self->record, self->record_cap);
}

static inline gboolean
append (MrCsvReader *self,
        const char  *p,
        gsize        n,
        gsize        field_start,
        gboolean     quoted,
        guint        quote_line)
{
  if (self->record_len + n - field_start > MR_CSV_MAX_FIELD)
    return field_too_long (self, quoted, quote_line);
  if (self->record_len + n > MAX_RECORD)
    {
      fail (self, MR_CSV_ERROR_TOO_LONG, self->line,
            _("the record grows past %u MB in column %u"), (guint) (MAX_RECORD / (1024 * 1024)),
            self->n_fields + 1);
      return FALSE;
    }

  /* One more for the NUL that ends the field. */
  if (G_UNLIKELY (self->record_len + n + 1 > self->record_cap))
    grow_record (self, n + 1);
  memcpy (self->record + self->record_len, p, n);
  self->record_len += n;
  return TRUE;
}

static inline gboolean
end_field (MrCsvReader *self,
           gsize        field_start)
{
  if (G_UNLIKELY (self->n_fields == self->offsets_cap))
    {
      if (self->n_fields == MAX_FIELDS)
        {
          fail (self, MR_CSV_ERROR_TOO_LONG, self->line,
                _("the record has more than %u columns"), (guint) MAX_FIELDS);
          return FALSE;
        }
      self->offsets_cap *= 2;
      self->offsets = g_renew (guint32, self->offsets, self->offsets_cap);
    }
  /* append () leaves room for the NUL, but an empty last field ("a,") has none. */
  if (G_UNLIKELY (self->record_len == self->record_cap))
    grow_record (self, 1);
  self->record[self->record_len++] = '\0';
  self->offsets[self->n_fields++] = (guint32) field_start;
  return TRUE;
}

static void
fail_at_stop (MrCsvReader *self)
{
  guint column = self->n_fields + 1;

  switch (self->stop)
    {
    case STOP_NUL:
      fail (self, MR_CSV_ERROR_MALFORMED, self->line,
            _("this is not a text file (it holds a NUL byte): import the CSV file of the "
              "export, or save a spreadsheet as “CSV UTF-8” first"));
      break;
    case STOP_ZIP:
      fail (self, MR_CSV_ERROR_MALFORMED, self->line,
            _("this is a ZIP archive or an Excel workbook, not a CSV file: unpack the "
              "archive, or save the sheet as “CSV UTF-8”, and import that"));
      break;
    case STOP_BAD_UTF8:
      fail (self, MR_CSV_ERROR_ENCODING, self->line,
            _("the text in column %u is not valid UTF-8: save the file as “CSV UTF-8” and "
              "import it again"), column);
      break;
    case STOP_BAD_UTF16:
      fail (self, MR_CSV_ERROR_ENCODING, self->line,
            _("the text in column %u is not valid UTF-16: save the file as “CSV UTF-8” and "
              "import it again"), column);
      break;
    case STOP_NONE:
    default:
      g_assert_not_reached ();
    }
}

static gboolean
propagate_failure (MrCsvReader  *self,
                   GError      **error)
{
  g_assert (self->error != NULL);
  g_propagate_error (error, g_error_copy (self->error));
  return FALSE;
}

gboolean
mr_csv_reader_next (MrCsvReader   *self,
                    GCancellable  *cancellable,
                    GError       **error)
{
  State state = STATE_FIELD_START;
  gsize field_start = 0;
  guint quote_line = 0;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->error != NULL)
    return propagate_failure (self, error);
  if (self->finished)
    return FALSE;
  if (!self->started && !start (self, cancellable))
    return propagate_failure (self, error);

  self->record_len = 0;
  self->n_fields = 0;
  self->record_line = self->line;

  for (;;)
    {
      const char *text = self->text;
      gsize len = self->text_len;
      gsize pos = self->text_pos;
      char c;

      if (pos == len)
        {
          if (refill (self, cancellable))
            continue;
          if (self->error != NULL)
            return propagate_failure (self, error);
          if (self->stop != STOP_NONE)
            {
              fail_at_stop (self);
              return propagate_failure (self, error);
            }

          switch (state)
            {
            case STATE_FIELD_START:
              if (self->n_fields == 0)
                {
                  self->finished = TRUE;
                  return FALSE;
                }
              /* "a," ends with an empty field. */
              field_start = self->record_len;
              break;
            case STATE_QUOTED:
              fail (self, MR_CSV_ERROR_MALFORMED, quote_line,
                    /* Translators: this and the other reasons follow "file.csv:12: ". */
                    _("a quoted field is never closed (it opens in column %u)"),
                    self->n_fields + 1);
              return propagate_failure (self, error);
            case STATE_UNQUOTED:
            case STATE_QUOTE_SEEN:
            default:
              break;
            }
          if (!end_field (self, field_start))
            return propagate_failure (self, error);
          return TRUE;
        }

      switch (state)
        {
        case STATE_FIELD_START:
          field_start = self->record_len;
          c = text[pos];
          if (c == '"')
            {
              quote_line = self->line;
              self->text_pos = pos + 1;
              state = STATE_QUOTED;
              break;
            }
          /* The LF of a CRLF whose CR ended the last record. */
          if (c == '\n' && self->n_fields == 0 &&
              (pos > 0 ? text[pos - 1] : self->prev_char) == '\r')
            {
              self->text_pos = pos + 1;
              break;
            }
          state = STATE_UNQUOTED;
          G_GNUC_FALLTHROUGH;

        case STATE_UNQUOTED:
          {
            const guint8 *stops = self->unquoted_stop;
            gsize begin = pos;

            while (pos < len && !stops[(guint8) text[pos]])
              pos++;
            self->text_pos = pos;
            if (!append (self, text + begin, pos - begin, field_start, FALSE, 0))
              return propagate_failure (self, error);
            if (pos == len)
              break;

            c = text[pos];
            self->text_pos = pos + 1;
            if (!end_field (self, field_start))
              return propagate_failure (self, error);
            if (c == self->delimiter)
              {
                state = STATE_FIELD_START;
                break;
              }
            /* A line end: an LF here never follows a CR, which would have ended the
             * record. */
            self->line++;
            return TRUE;
          }

        case STATE_QUOTED:
          {
            const guint8 *stops = self->quoted_stop;
            gsize begin = pos;

            while (pos < len && !stops[(guint8) text[pos]])
              pos++;
            self->text_pos = pos;
            if (!append (self, text + begin, pos - begin, field_start, TRUE, quote_line))
              return propagate_failure (self, error);
            if (pos == len)
              break;

            c = text[pos];
            self->text_pos = pos + 1;
            if (c == '"')
              {
                state = STATE_QUOTE_SEEN;
                break;
              }
            /* A line end inside quotes belongs to the field. */
            if (c == '\r' || (pos > 0 ? text[pos - 1] : self->prev_char) != '\r')
              self->line++;
            if (!append (self, &c, 1, field_start, TRUE, quote_line))
              return propagate_failure (self, error);
          }
          break;

        case STATE_QUOTE_SEEN:
          c = text[pos];
          self->text_pos = pos + 1;
          if (c == '"')
            {
              if (!append (self, &c, 1, field_start, TRUE, quote_line))
                return propagate_failure (self, error);
              state = STATE_QUOTED;
              break;
            }
          if (c == self->delimiter || c == '\n' || c == '\r')
            {
              if (!end_field (self, field_start))
                return propagate_failure (self, error);
              if (c == self->delimiter)
                {
                  state = STATE_FIELD_START;
                  break;
                }
              self->line++;
              return TRUE;
            }
          fail (self, MR_CSV_ERROR_MALFORMED, self->line,
                _("the quoted field in column %u has text after its closing quote"),
                self->n_fields + 1);
          return propagate_failure (self, error);

        default:
          g_assert_not_reached ();
        }
    }
}

/* ── Construction and accessors ──────────────────────────────────────────────────── */

MrCsvReader *
mr_csv_reader_new (GInputStream *stream,
                   const char   *display_name)
{
  MrCsvReader *self;

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  self = g_new0 (MrCsvReader, 1);
  self->stream = g_object_ref (stream);
  self->display_name = g_strdup (display_name);
  self->checksum = mr_checksum_thread_new (G_CHECKSUM_SHA256);
  self->raw = g_malloc (CHUNK_SIZE + MAX_CARRY);
  self->encoding = ENCODING_ASCII;
  self->delimiter = ',';
  self->record_cap = 4096;
  self->record = g_malloc (self->record_cap);
  self->offsets_cap = 64;
  self->offsets = g_new (guint32, self->offsets_cap);
  self->line = 1;
  self->record_line = 1;
  return self;
}

MrCsvReader *
mr_csv_reader_new_for_file (GFile         *file,
                            GCancellable  *cancellable,
                            GError       **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *display_name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stream = g_file_read (file, cancellable, error);
  if (stream == NULL)
    return NULL;

  basename = g_file_get_basename (file);
  display_name = g_filename_display_name (basename);
  return mr_csv_reader_new (G_INPUT_STREAM (stream), display_name);
}

void
mr_csv_reader_free (MrCsvReader *self)
{
  if (self == NULL)
    return;

  g_object_unref (self->stream);
  g_free (self->display_name);
  mr_checksum_thread_free (self->checksum);
  g_free (self->checksum_hex);
  g_free (self->raw);
  g_free (self->decoded);
  g_free (self->record);
  g_free (self->offsets);
  g_clear_error (&self->error);
  g_free (self);
}

guint
mr_csv_reader_get_n_fields (MrCsvReader *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_fields;
}

char *
mr_csv_reader_get_field (MrCsvReader *self,
                         guint        index)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (index >= self->n_fields)
    return NULL;
  return self->record + self->offsets[index];
}

guint
mr_csv_reader_get_line (MrCsvReader *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->record_line;
}

const char *
mr_csv_reader_get_display_name (MrCsvReader *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->display_name;
}

char
mr_csv_reader_get_delimiter (MrCsvReader *self)
{
  g_return_val_if_fail (self != NULL, ',');

  return self->delimiter;
}

guint64
mr_csv_reader_get_bytes_read (MrCsvReader *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->bytes_read;
}

const char *
mr_csv_reader_get_checksum (MrCsvReader *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (self->checksum_hex == NULL || self->checksum_at != self->bytes_read)
    {
      g_free (self->checksum_hex);
      self->checksum_hex = mr_checksum_thread_get_string (self->checksum);
      self->checksum_at = self->bytes_read;
    }
  return self->checksum_hex;
}

void
mr_csv_reader_set_error (MrCsvReader  *self,
                         GError      **error,
                         GQuark        domain,
                         int           code,
                         const char   *format,
                         ...)
{
  va_list args;

  g_return_if_fail (self != NULL);
  g_return_if_fail (format != NULL);

  va_start (args, format);
  set_error_valist (self, error, domain, code, self->record_line, format, args);
  va_end (args);
}
