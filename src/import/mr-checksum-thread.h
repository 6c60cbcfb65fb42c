/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _MrChecksumThread MrChecksumThread;

/* A GChecksum fed on a thread of its own, so that hashing a large file runs beside the
 * work done with what is read from it rather than after it. Data up to a few hundred
 * kilobytes is hashed in the caller's thread: no thread for a small file. Not for use
 * from several threads at once. */
MrChecksumThread *mr_checksum_thread_new        (GChecksumType     type);
void              mr_checksum_thread_free       (MrChecksumThread *self);
/* Hands on a copy of @data; waits while too much is still unhashed. */
void              mr_checksum_thread_update     (MrChecksumThread *self,
                                                 const guint8     *data,
                                                 gsize             length);
/* The digest of everything handed on so far, in hexadecimal; waits for the thread to
 * catch up. More data may follow. Free with g_free (). */
char             *mr_checksum_thread_get_string (MrChecksumThread *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MrChecksumThread, mr_checksum_thread_free)

G_END_DECLS
