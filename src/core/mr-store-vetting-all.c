/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-store-vetting-all"

#include "config.h"

#include <errno.h>
#include <math.h>
#include <string.h>
#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

#include "mr-store-private.h"

/* Every creator's metrics at once: after loading, and when the settings change.
 *
 * One creator at a time (mr_store_compute_vetting ()) asks SQLite five questions per
 * creator; for ten thousand creators that is most of the time. Here each table is read
 * in one pass, ordered by account, walking the creators' primary accounts in the same
 * order, and each creator's metrics are computed as soon as their rows are read. The
 * roster is cut into slices of accounts, one per core, each read on a connection of its
 * own in a thread of its own (inside a transaction, where other connections would not
 * see what it wrote, the store's own connection reads it all).
 *
 * The window (mr_store_set_metrics_in_background ()) has a large roster's pass run in a
 * worker thread, so the list shows before the metrics are in; they land together, and
 * "metrics-updated" says so. A creator whose metrics were computed again on their own
 * meanwhile (an edit) keeps those. */

/* From this size on, the roster is read in slices, one per core (at most MAX_SLICES). */
#define SLICE_MIN    256
#define MAX_SLICES   4

typedef struct
{
  MrVettingSource  source;
  MrVetting       *vetting;       /* the result */
} Job;

typedef struct
{
  GArray            *jobs;        /* Job, by primary account, highest first */
  MrVettingSettings  settings;    /* pointing to the copies below */
  MrBenchmarks      *benchmarks;  /* copies of the store's, which may change meanwhile */
  char              *currency;
  gint64             now;
  gboolean           background;  /* while the window runs: yields to it */
} Pass;

static void
job_clear (gpointer data)
{
  Job *job = data;

  mr_vetting_source_clear (&job->source);
  g_clear_pointer (&job->vetting, mr_vetting_unref);
}

static int
compare_jobs (gconstpointer a,
              gconstpointer b)
{
  const Job *job_a = a, *job_b = b;

  return (job_a->source.account_id < job_b->source.account_id) -
         (job_a->source.account_id > job_b->source.account_id);
}

static void
pass_free (Pass *pass)
{
  g_clear_pointer (&pass->jobs, g_array_unref);
  g_clear_pointer (&pass->benchmarks, mr_benchmarks_free);
  g_free (pass->currency);
  g_free (pass);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Pass, pass_free)

/* What the pass needs from the main thread, copied: the creators' accounts and the
 * settings, which may change while a worker reads. */
static Pass *
pass_new (MrStore *self)
{
  GListModel *creators = G_LIST_MODEL (self->creators);
  guint n = g_list_model_get_n_items (creators);
  Pass *pass = g_new0 (Pass, 1);

  pass->jobs = g_array_sized_new (FALSE, TRUE, sizeof (Job), n);
  g_array_set_clear_func (pass->jobs, job_clear);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MrCreator) creator = g_list_model_get_item (creators, i);
      Job job = { .vetting = NULL };

      mr_vetting_source_init (&job.source, creator);
      g_array_append_val (pass->jobs, job);
    }
  g_array_sort (pass->jobs, compare_jobs);

  mr_store_get_vetting_settings (self, &pass->settings);
  if (pass->settings.benchmarks != NULL)
    pass->settings.benchmarks = pass->benchmarks = mr_benchmarks_copy (pass->settings.benchmarks);
  pass->settings.currency = pass->currency = g_strdup (pass->settings.currency);
  pass->now = g_get_real_time () / G_USEC_PER_SEC;

  return pass;
}

/* ── Reading ─────────────────────────────────────────────────────────────────────── */

static const char checklist_sql[] =
  "SELECT creator_id, rating FROM checklist ORDER BY creator_id, criterion";
/* Each by account, highest first, as the jobs; within an account as the queries for one
 * account order them (the history and the daily figures reversed after reading, so that
 * SQLite reads the primary key backwards rather than sorting). */
static const char figures_sql[] =
  "SELECT id, avg_likes, avg_comments, engagement_rate FROM account"
  "  WHERE id BETWEEN ?1 AND ?2 ORDER BY id DESC";
static const char posts_sql[] =
  "SELECT account_id, " MR_STORE_POST_STATS_COLUMNS
  "  FROM post WHERE account_id BETWEEN ?1 AND ?2"
  "  ORDER BY account_id DESC, published_at DESC";
static const char history_sql[] =
  "SELECT account_id, " MR_STORE_FOLLOWER_DAY_COLUMNS
  "  FROM follower_snapshot WHERE account_id BETWEEN ?1 AND ?2"
  "  ORDER BY account_id DESC, day DESC";
static const char activity_sql[] =
  "SELECT account_id, " MR_STORE_DAILY_ACTIVITY_COLUMNS
  "  FROM daily_stat WHERE account_id BETWEEN ?1 AND ?2"
  "  ORDER BY account_id DESC, day DESC";

typedef struct
{
  sqlite3_stmt *stmt;
  int           rc;       /* of the last step */
} Cursor;

/* @sql's ?1 and ?2, when it has them, are the lowest and highest account. */
static gboolean
cursor_open (Cursor      *cursor,
             sqlite3     *db,
             const char  *sql,
             gint64       lowest,
             gint64       highest,
             GError     **error)
{
  int rc = sqlite3_prepare_v2 (db, sql, -1, &cursor->stmt, NULL);

  if (rc != SQLITE_OK)
    {
      mr_store_set_error_from_sqlite (error, db, rc);
      return FALSE;
    }
  if (sqlite3_bind_parameter_count (cursor->stmt) == 2)
    {
      sqlite3_bind_int64 (cursor->stmt, 1, lowest);
      sqlite3_bind_int64 (cursor->stmt, 2, highest);
    }
  cursor->rc = sqlite3_step (cursor->stmt);
  return TRUE;
}

/* The account of the row the cursor is on; below every id at the end. */
static gint64
cursor_account (Cursor *cursor)
{
  return cursor->rc == SQLITE_ROW ? sqlite3_column_int64 (cursor->stmt, 0) : G_MININT64;
}

typedef void (*ReadFunc) (sqlite3_stmt *stmt,
                          int           first,
                          gpointer      row);

/* Moves past the rows of accounts above @account_id (not a creator's primary account),
 * then appends @account_id's rows to a new array. */
static GArray *
cursor_take (Cursor   *cursor,
             gint64    account_id,
             gsize     row_size,
             ReadFunc  read)
{
  GArray *rows = g_array_new (FALSE, TRUE, (guint) row_size);
  guint8 row[64];

  g_assert (row_size <= sizeof row);

  while (cursor_account (cursor) > account_id)
    cursor->rc = sqlite3_step (cursor->stmt);
  while (cursor_account (cursor) == account_id)
    {
      read (cursor->stmt, 1, row);
      g_array_append_vals (rows, row, 1);
      cursor->rc = sqlite3_step (cursor->stmt);
    }

  return rows;
}

static gboolean
cursor_close (Cursor   *cursor,
              sqlite3  *db,
              gboolean  ok,
              GError  **error)
{
  if (ok && cursor->stmt != NULL && cursor->rc != SQLITE_ROW && cursor->rc != SQLITE_DONE)
    {
      mr_store_set_error_from_sqlite (error, db, cursor->rc);
      ok = FALSE;
    }
  sqlite3_finalize (cursor->stmt);
  cursor->stmt = NULL;
  return ok;
}

static void
reverse (GArray *rows)
{
  guint8 row[64];
  guint size = g_array_get_element_size (rows);

  for (guint i = 0, j = rows->len; i + 1 < j; i++, j--)
    {
      memcpy (row, rows->data + i * size, size);
      memcpy (rows->data + i * size, rows->data + (j - 1) * size, size);
      memcpy (rows->data + (j - 1) * size, row, size);
    }
}

/* Every creator's checklist ratings, by creator id. */
static GHashTable *
read_checklists (sqlite3  *db,
                 GError  **error)
{
  g_autoptr(GHashTable) checklists = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                            (GDestroyNotify) g_array_unref);
  Cursor cursor = { NULL, SQLITE_DONE };
  gint64 *last_id = NULL;
  GArray *ratings = NULL;

  if (!cursor_open (&cursor, db, checklist_sql, 0, 0, error))
    return NULL;

  for (; cursor.rc == SQLITE_ROW; cursor.rc = sqlite3_step (cursor.stmt))
    {
      gint64 creator_id = sqlite3_column_int64 (cursor.stmt, 0);
      int rating = (int) mr_store_column_count (cursor.stmt, 1);

      if (last_id == NULL || *last_id != creator_id)
        {
          last_id = g_memdup2 (&creator_id, sizeof creator_id);
          ratings = g_array_new (FALSE, TRUE, sizeof (int));
          g_hash_table_insert (checklists, last_id, ratings);
        }
      g_array_append_val (ratings, rating);
    }

  if (!cursor_close (&cursor, db, TRUE, error))
    return NULL;
  return g_steal_pointer (&checklists);
}

static void
read_figures (sqlite3_stmt *stmt,
              int           first,
              gpointer      row)
{
  MrAccountFigures *figures = row;

  figures->avg_likes = mr_store_column_double (stmt, first);
  figures->avg_comments = mr_store_column_double (stmt, first + 1);
  figures->engagement_rate = mr_store_column_double (stmt, first + 2);
}

/* Reads the rows of @pass's jobs @first to @first + @n - 1 on @db and computes their
 * metrics. Callable from any thread, on a connection no other thread uses meanwhile. */
static gboolean
run_slice (Pass          *pass,
           guint          first,
           guint          n,
           sqlite3       *db,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autoptr(GHashTable) checklists = NULL;
  Cursor figures = { NULL, SQLITE_DONE }, posts = { NULL, SQLITE_DONE };
  Cursor history = { NULL, SQLITE_DONE }, activity = { NULL, SQLITE_DONE };
  /* The jobs go from the highest account down. */
  gint64 highest = n > 0 ? g_array_index (pass->jobs, Job, first).source.account_id : 0;
  gint64 lowest = n > 0 ? g_array_index (pass->jobs, Job, first + n - 1).source.account_id : 0;
  gboolean ok;

  ok = (checklists = read_checklists (db, error)) != NULL &&
       cursor_open (&figures, db, figures_sql, lowest, highest, error) &&
       cursor_open (&posts, db, posts_sql, lowest, highest, error) &&
       cursor_open (&history, db, history_sql, lowest, highest, error) &&
       cursor_open (&activity, db, activity_sql, lowest, highest, error);

  for (guint i = first; ok && i < first + n; i++)
    {
      Job *job = &g_array_index (pass->jobs, Job, i);
      MrVettingSource *source = &job->source;

      if ((i - first) % 256 == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          ok = FALSE;
          break;
        }

      if (source->creator_id > 0)
        {
          source->checklist = g_hash_table_lookup (checklists, &source->creator_id);
          source->checklist = source->checklist != NULL ? g_array_ref (source->checklist)
                                                        : g_array_new (FALSE, TRUE, sizeof (int));
        }
      if (source->account_id > 0)
        {
          g_autoptr(GArray) account = cursor_take (&figures, source->account_id,
                                                   sizeof (MrAccountFigures), read_figures);

          if (account->len > 0)
            source->figures = g_array_index (account, MrAccountFigures, 0);
          source->posts = cursor_take (&posts, source->account_id, sizeof (MrPostStats),
                                       (ReadFunc) mr_store_read_post_stats);
          source->history = cursor_take (&history, source->account_id, sizeof (MrFollowerDay),
                                         (ReadFunc) mr_store_read_follower_day);
          source->activity = cursor_take (&activity, source->account_id, sizeof (MrDailyActivity),
                                          (ReadFunc) mr_store_read_daily_activity);
          reverse (source->history);
          reverse (source->activity);
        }

      job->vetting = mr_vetting_source_compute (source, &pass->settings, pass->now);
      mr_vetting_source_clear (source);
    }

  ok = cursor_close (&figures, db, ok, error);
  ok = cursor_close (&posts, db, ok, error);
  ok = cursor_close (&history, db, ok, error);
  ok = cursor_close (&activity, db, ok, error);
  return ok;
}

typedef struct
{
  MrStore      *store;
  Pass         *pass;
  guint         first;
  guint         n;
  GCancellable *cancellable;
  GError       *error;
} Slice;

/* A pass in the background runs at a lower priority than the window's thread: on two
 * cores, its threads would otherwise take turns with the window's and slow its first
 * frame and its typing down. (On Linux a thread's nice value is its own, inherited by
 * the threads it starts; none of them is a thread pool's, which others share.) */
static void
lower_thread_priority (void)
{
#ifdef __linux__
  if (setpriority (PRIO_PROCESS, (id_t) syscall (SYS_gettid), 10) != 0)
    g_debug ("The metrics thread's priority stays: %s", g_strerror (errno));
#endif
}

/* A slice on a connection of its own, in one read transaction. */
static gpointer
run_slice_on_own_connection (gpointer data)
{
  Slice *slice = data;
  sqlite3 *db;
  gboolean ok;

  if (slice->pass->background)
    lower_thread_priority ();

  db = mr_store_open_connection (slice->store, &slice->error);

  if (db == NULL)
    return NULL;

  ok = sqlite3_exec (db, "BEGIN", NULL, NULL, NULL) == SQLITE_OK &&
       run_slice (slice->pass, slice->first, slice->n, db, slice->cancellable, &slice->error);
  if (ok)
    sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
  else if (slice->error == NULL)
    mr_store_set_error_from_sqlite (&slice->error, db, sqlite3_errcode (db));
  sqlite3_close (db);
  return NULL;
}

/* Every job of @pass: in slices, one per core, each on a connection of its own; or, with
 * @own_connections %FALSE (the store's connection in a transaction), all on the store's
 * connection. Only the latter touches the store's connection: the former is callable
 * from any thread. */
static gboolean
run_pass (MrStore       *self,
          Pass          *pass,
          gboolean       own_connections,
          GCancellable  *cancellable,
          GError       **error)
{
  guint n_jobs = pass->jobs->len;
  guint n_slices = n_jobs >= SLICE_MIN ? CLAMP (g_get_num_processors (), 1, MAX_SLICES) : 1;
  Slice slices[MAX_SLICES];
  GThread *threads[MAX_SLICES] = { NULL };
  gboolean ok = TRUE;

  if (!own_connections)
    return run_slice (pass, 0, n_jobs, self->db, cancellable, error);

  for (guint k = 0; k < n_slices; k++)
    {
      guint first = (guint) ((guint64) n_jobs * k / n_slices);

      slices[k] = (Slice) {
        .store = self,
        .pass = pass,
        .first = first,
        .n = (guint) ((guint64) n_jobs * (k + 1) / n_slices) - first,
        .cancellable = cancellable,
      };
      /* The calling thread reads the first slice itself, unless it is a thread pool's. */
      if (k > 0 || pass->background)
        threads[k] = g_thread_new ("mr-metrics", run_slice_on_own_connection, &slices[k]);
    }
  if (!pass->background)
    run_slice_on_own_connection (&slices[0]);

  for (guint k = 0; k < n_slices; k++)
    {
      if (threads[k] != NULL)
        g_thread_join (threads[k]);
      if (slices[k].error != NULL)
        {
          if (ok)
            g_propagate_error (error, g_steal_pointer (&slices[k].error));
          g_clear_error (&slices[k].error);
          ok = FALSE;
        }
    }
  return ok;
}

/* ── Giving the creators their metrics ───────────────────────────────────────────── */

/* Gives the creators their metrics, a slice of @pass's jobs at a time: for the window,
 * ten thousand creators' notifications (and the cells they redraw) would hold up the
 * main loop for a quarter of a second. The pass stays pending (MrStore:computing-metrics)
 * until the last is given; a newer pass, or the store's end, removes the source. */
typedef struct
{
  MrStore      *store;         /* which removes the source when it goes */
  GTask        *task;          /* holds the pass */
  GHashTable   *creators;      /* id → MrCreator, as the pass began */
  guint         next;          /* the next job */
} Apply;

#define APPLY_SLICE_US 4000

static void
apply_free (Apply *apply)
{
  g_object_unref (apply->task);
  g_clear_pointer (&apply->creators, g_hash_table_unref);
  g_free (apply);
}

static GHashTable *
index_creators (MrStore *self)
{
  GListModel *creators = G_LIST_MODEL (self->creators);
  GHashTable *by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (creators); i++)
    {
      MrCreator *creator = g_list_model_get_item (creators, i);
      gint64 id = mr_creator_get_id (creator);

      g_hash_table_insert (by_id, g_memdup2 (&id, sizeof id), creator);
    }
  return by_id;
}

/* Gives jobs from @apply->next on their metrics, until @deadline (monotonic time) or the
 * end; %TRUE at the end. */
static gboolean
apply_jobs (Apply  *apply,
            Pass   *pass,
            gint64  deadline)
{
  MrStore *self = apply->store;

  if (apply->creators == NULL)
    apply->creators = index_creators (self);

  for (; apply->next < pass->jobs->len; apply->next++)
    {
      Job *job = &g_array_index (pass->jobs, Job, apply->next);
      gint64 id = job->source.creator_id;
      MrCreator *creator = g_hash_table_lookup (apply->creators, &id);

      if (apply->next % 64 == 0 && g_get_monotonic_time () > deadline)
        return FALSE;
      if (creator != NULL && job->vetting != NULL &&
          !g_hash_table_contains (self->metrics_touched, &id))
        mr_creator_set_vetting (creator, job->vetting);
    }
  return TRUE;
}

static void
apply_done (MrStore *self)
{
  g_signal_emit_by_name (self, "metrics-updated");
}

static gboolean
apply_slice (gpointer data)
{
  Apply *apply = data;
  MrStore *self = apply->store;

  if (!apply_jobs (apply, g_task_get_task_data (apply->task),
                   g_get_monotonic_time () + APPLY_SLICE_US))
    return G_SOURCE_CONTINUE;

  self->metrics_apply_id = 0;
  g_clear_object (&self->metrics_pending);
  g_hash_table_remove_all (self->metrics_touched);
  apply_done (self);
  g_object_notify (G_OBJECT (self), "computing-metrics");
  return G_SOURCE_REMOVE;
}

static void
pass_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  GError *error = NULL;

  if (run_pass (source_object, task_data, TRUE, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
on_pass_done (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  MrStore *self = MR_STORE (object);
  GTask *task = G_TASK (result);
  g_autoptr(GError) error = NULL;
  Apply *apply;

  if (!g_task_propagate_boolean (task, &error))
    {
      /* A newer pass took over; or the file could not be read: the metrics stay as
       * they were until the next load, which tries again. */
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_warning ("The creators' metrics could not be computed: %s", error->message);
          if (g_error_matches (error, MR_STORE_ERROR, MR_STORE_ERROR_CORRUPT))
            mr_store_mark_damaged (self);
          g_clear_object (&self->metrics_pending);
          g_hash_table_remove_all (self->metrics_touched);
          g_object_notify (G_OBJECT (self), "computing-metrics");
        }
      return;
    }

  apply = g_new0 (Apply, 1);
  apply->store = self;
  apply->task = g_object_ref (task);
  /* Between frames: below the priority GTK draws at. */
  self->metrics_apply_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, apply_slice, apply,
                                            (GDestroyNotify) apply_free);
}

/* For tests: the roster size up to which the window's metrics are computed at once. */
void
mr_store_set_metrics_inline_max (MrStore *self,
                                 guint    n_creators)
{
  self->metrics_inline_max = n_creators;
}

/* An edit computed @creator's metrics again: a pass under way keeps them. */
void
mr_store_vetting_touched (MrStore   *self,
                          MrCreator *creator)
{
  gint64 id = mr_creator_get_id (creator);

  if (self->metrics_pending != NULL)
    g_hash_table_add (self->metrics_touched, g_memdup2 (&id, sizeof id));
}

/* Every creator's metrics, now; or, for a large roster of the window's store outside a
 * transaction, in a worker thread: mr_store_get_computing_metrics () says so until they
 * are in. Either way a pass still under way is dropped. */
gboolean
mr_store_update_all_vettings (MrStore  *self,
                               GError  **error)
{
  g_autoptr(Pass) pass = pass_new (self);
  g_autoptr(GTask) task = NULL;
  gboolean was_computing = self->metrics_pending != NULL;

  if (self->metrics_pending != NULL)
    g_cancellable_cancel (self->metrics_pending);
  g_clear_object (&self->metrics_pending);
  g_clear_handle_id (&self->metrics_apply_id, g_source_remove);
  g_hash_table_remove_all (self->metrics_touched);

  /* Inside a transaction, another connection would not see what it wrote. */
  if (!self->metrics_in_background || pass->jobs->len <= self->metrics_inline_max ||
      !sqlite3_get_autocommit (self->db))
    {
      /* A small roster is quicker read on the store's connection than on new ones. */
      gboolean ok = run_pass (self, pass,
                              pass->jobs->len >= SLICE_MIN && sqlite3_get_autocommit (self->db),
                              NULL, error);

      if (ok)
        {
          Apply apply = { .store = self };

          apply_jobs (&apply, pass, G_MAXINT64);
          g_hash_table_unref (apply.creators);
          apply_done (self);
        }
      if (was_computing)
        g_object_notify (G_OBJECT (self), "computing-metrics");
      return ok;
    }

  pass->background = TRUE;
  self->metrics_pending = g_cancellable_new ();
  task = g_task_new (self, self->metrics_pending, on_pass_done, NULL);
  g_task_set_source_tag (task, mr_store_update_all_vettings);
  g_task_set_task_data (task, g_steal_pointer (&pass), (GDestroyNotify) pass_free);
  g_task_run_in_thread (task, pass_in_thread);
  if (!was_computing)
    g_object_notify (G_OBJECT (self), "computing-metrics");
  return TRUE;
}
