/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define MR_CSV_ERROR (mr_csv_error_quark ())

typedef enum {
  MR_CSV_ERROR_MALFORMED,   /* an unterminated quote, a stray quote, a NUL byte, a ZIP */
  MR_CSV_ERROR_ENCODING,    /* not text in any encoding we read */
  MR_CSV_ERROR_TOO_LONG,    /* a field or a record over the size limit */
  MR_CSV_ERROR_IO,
} MrCsvError;

/* The largest field we accept: far above any caption or title, far below a runaway
 * quote swallowing a whole file. */
#define MR_CSV_MAX_FIELD (1024 * 1024)

typedef struct _MrCsvReader MrCsvReader;

/* A streaming RFC 4180 reader. It holds one record at a time, never the file.
 *
 * Encoding: a UTF-8 BOM is skipped; UTF-16 LE/BE with a BOM is converted to UTF-8; text
 * that is not valid UTF-8 and holds no NUL is read as Windows-1252 (what spreadsheet
 * programs on Windows write). The delimiter (',' ';' or tab) is sniffed from the start
 * of the text, outside quotes. Line ends LF, CRLF or CR; the last record may lack one.
 *
 * Errors (MR_CSV_ERROR) have the message "NAME:LINE: reason", where NAME is
 * @display_name and LINE the 1-based physical line where the problem is; the reason is a
 * translated sentence that names the column where that helps. */
MrCsvReader *mr_csv_reader_new             (GInputStream  *stream,
                                            const char    *display_name);
MrCsvReader *mr_csv_reader_new_for_file    (GFile         *file,
                                            GCancellable  *cancellable,
                                            GError       **error);
void         mr_csv_reader_free            (MrCsvReader   *reader);

/* Reads the next record: TRUE when there is one, FALSE at the end (error unset) or on an
 * error. A record that is one empty line has one empty field. */
gboolean     mr_csv_reader_next            (MrCsvReader   *reader,
                                            GCancellable  *cancellable,
                                            GError       **error);
guint        mr_csv_reader_get_n_fields    (MrCsvReader   *reader);
/* The field's text (UTF-8, NUL-terminated, as in the file: not trimmed), valid until
 * the next call to _next (); NULL when @index is past the record's last field. The
 * caller may shorten it in place (the import trims cells). */
char        *mr_csv_reader_get_field       (MrCsvReader   *reader,
                                            guint          index);
/* The physical line on which the current record starts (1-based). */
guint        mr_csv_reader_get_line        (MrCsvReader   *reader);
const char  *mr_csv_reader_get_display_name (MrCsvReader  *reader);
char         mr_csv_reader_get_delimiter   (MrCsvReader   *reader);
/* Bytes of the underlying stream consumed so far, for progress. */
guint64      mr_csv_reader_get_bytes_read  (MrCsvReader   *reader);
/* SHA-256 (lowercase hex) of every byte read from the stream so far; once _next ()
 * returned FALSE without error, of the whole file. Owned by the reader. */
const char  *mr_csv_reader_get_checksum    (MrCsvReader   *reader);

/* Sets a GError "NAME:LINE: message" for the current record, for the readers above
 * this one (a value that is not a number, a missing column). */
void         mr_csv_reader_set_error       (MrCsvReader   *reader,
                                            GError       **error,
                                            GQuark         domain,
                                            int            code,
                                            const char    *format,
                                            ...) G_GNUC_PRINTF (5, 6);

GQuark       mr_csv_error_quark            (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MrCsvReader, mr_csv_reader_free)

G_END_DECLS
