/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-checksum-thread"

#include "config.h"

#include "mr-checksum-thread.h"

/* Below this much data the hashing is done on the spot: a thread costs more. */
#define INLINE_LIMIT (256 * 1024)
/* Blocks handed on and not yet hashed: bounds the memory when hashing is the slower. */
#define MAX_WAITING 16

struct _MrChecksumThread
{
  GChecksum *checksum;   /* the thread's own while it runs, else the caller's */
  guint64    handed_on;
  GThread   *thread;

  GMutex     lock;
  GCond      cond;
  GQueue     waiting;    /* GBytes, oldest first */
  gboolean   busy;       /* the thread is hashing a block it took off the queue */
  gboolean   closing;
};

static gpointer
run (gpointer data)
{
  MrChecksumThread *self = data;

  g_mutex_lock (&self->lock);
  for (;;)
    {
      GBytes *block;
      gsize length;
      const guint8 *bytes;

      while (g_queue_is_empty (&self->waiting) && !self->closing)
        g_cond_wait (&self->cond, &self->lock);
      if (g_queue_is_empty (&self->waiting))
        break;
      block = g_queue_pop_head (&self->waiting);
      self->busy = TRUE;
      /* Room in the queue again. */
      g_cond_broadcast (&self->cond);
      g_mutex_unlock (&self->lock);

      bytes = g_bytes_get_data (block, &length);
      g_checksum_update (self->checksum, bytes, length);
      g_bytes_unref (block);

      g_mutex_lock (&self->lock);
      self->busy = FALSE;
      g_cond_broadcast (&self->cond);
    }
  g_mutex_unlock (&self->lock);
  return NULL;
}

MrChecksumThread *
mr_checksum_thread_new (GChecksumType type)
{
  MrChecksumThread *self = g_new0 (MrChecksumThread, 1);

  self->checksum = g_checksum_new (type);
  g_mutex_init (&self->lock);
  g_cond_init (&self->cond);
  g_queue_init (&self->waiting);
  return self;
}

void
mr_checksum_thread_free (MrChecksumThread *self)
{
  if (self == NULL)
    return;

  if (self->thread != NULL)
    {
      g_mutex_lock (&self->lock);
      self->closing = TRUE;
      g_cond_broadcast (&self->cond);
      g_mutex_unlock (&self->lock);
      g_thread_join (self->thread);
    }
  g_queue_clear_full (&self->waiting, (GDestroyNotify) g_bytes_unref);
  g_cond_clear (&self->cond);
  g_mutex_clear (&self->lock);
  g_checksum_free (self->checksum);
  g_free (self);
}

void
mr_checksum_thread_update (MrChecksumThread *self,
                           const guint8     *data,
                           gsize             length)
{
  g_return_if_fail (self != NULL);

  if (length == 0)
    return;
  self->handed_on += length;
  if (self->thread == NULL && self->handed_on <= INLINE_LIMIT)
    {
      g_checksum_update (self->checksum, data, length);
      return;
    }
  if (self->thread == NULL)
    self->thread = g_thread_new ("mr-checksum", run, self);

  g_mutex_lock (&self->lock);
  while (self->waiting.length >= MAX_WAITING)
    g_cond_wait (&self->cond, &self->lock);
  g_queue_push_tail (&self->waiting, g_bytes_new (data, length));
  g_cond_broadcast (&self->cond);
  g_mutex_unlock (&self->lock);
}

char *
mr_checksum_thread_get_string (MrChecksumThread *self)
{
  GChecksum *copy;
  char *hex;

  g_return_val_if_fail (self != NULL, NULL);

  g_mutex_lock (&self->lock);
  while (!g_queue_is_empty (&self->waiting) || self->busy)
    g_cond_wait (&self->cond, &self->lock);
  /* A GChecksum takes no more data once its string is read: ask a copy. */
  copy = g_checksum_copy (self->checksum);
  g_mutex_unlock (&self->lock);

  hex = g_strdup (g_checksum_get_string (copy));
  g_checksum_free (copy);
  return hex;
}
