/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-test-util"

#include "config.h"

#include <fcntl.h>
#include <linux/capability.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "mr-account.h"
#include "mr-test-util.h"

char *
mr_test_make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("microreach-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

/* Removes what a test left in its temporary folder, subfolders included; links are
 * removed, never followed. */
void
mr_test_remove_temp_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  g_assert_nonnull (handle);
  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        mr_test_remove_temp_dir (path);
      else
        g_assert_cmpint (g_remove (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
on_settled (gpointer data)
{
  *(gboolean *) data = TRUE;
}

/* Runs the main loop for a while, so that layout, mapping and transitions happen. */
void
mr_test_settle (guint milliseconds)
{
  gboolean done = FALSE;

  g_timeout_add_once (milliseconds, on_settled, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

void
mr_test_on_result (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  GAsyncResult **out = user_data;

  g_assert_null (*out);
  *out = g_object_ref (result);
}

GAsyncResult *
mr_test_wait_for (GAsyncResult **result)
{
  while (*result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *result;
}

MrStore *
mr_test_open_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  MrStore *store = mr_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

/* A stored creator, with one TikTok account when @tiktok_handle is given. */
MrCreator *
mr_test_add_creator (MrStore    *store,
                     const char *name,
                     const char *tiktok_handle)
{
  g_autoptr(GError) error = NULL;
  MrCreator *creator = mr_creator_new (name);

  if (tiktok_handle != NULL)
    {
      g_autoptr(MrAccount) account = mr_account_new (MR_PLATFORM_TIKTOK, tiktok_handle);

      g_list_store_append (G_LIST_STORE (mr_creator_get_accounts (creator)), account);
    }
  g_assert_true (mr_store_add_creator (store, creator, &error));
  g_assert_no_error (error);

  return creator;
}

void
mr_test_add_account (MrStore    *store,
                     MrCreator  *creator,
                     MrPlatform  platform,
                     const char *handle)
{
  g_autoptr(MrAccount) account = mr_account_new (platform, handle);
  g_autoptr(GError) error = NULL;

  g_assert_true (mr_store_add_account (store, creator, account, &error));
  g_assert_no_error (error);
}

char *
mr_test_day_text (guint32 julian)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date));
}

/* Runs @sql with ?1 bound to @id and returns the first column of its first row. */
gint64
mr_test_query_int (sqlite3    *db,
                   const char *sql,
                   gint64      id)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  if (sqlite3_bind_parameter_count (stmt) > 0)
    sqlite3_bind_int64 (stmt, 1, id);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return value;
}

/* Writes junk over the page of the table or index @name in the database at @path, as a
 * failing disk might. */
void
mr_test_damage_page (const char *path,
                     const char *name)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 page, page_size;
  g_autofree char *junk = NULL;
  int fd;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT rootpage FROM sqlite_master WHERE name = ?1",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  page = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  page_size = mr_test_query_int (db, "PRAGMA page_size", 0);
  sqlite3_close (db);

  junk = g_malloc (page_size);
  memset (junk, 0x5a, page_size);
  fd = g_open (path, O_WRONLY, 0);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (pwrite (fd, junk, page_size, (page - 1) * page_size), ==, page_size);
  g_assert_true (g_close (fd, NULL));
}

/* Runs @sql, one or more statements, behind the store's back. */
void
mr_test_exec (sqlite3    *db,
              const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

/* Runs @sql with ?1 bound to @id, behind the store's back. */
void
mr_test_exec_id (sqlite3    *db,
                 const char *sql,
                 gint64      id)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  if (sqlite3_bind_parameter_count (stmt) > 0)
    sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  sqlite3_finalize (stmt);
}

/* Root may write any file, whatever its mode, through CAP_DAC_OVERRIDE; the tests run as
 * root. Taking that capability out of the calling thread's effective set (it stays
 * permitted, so it can come back) makes a file of mode 0444 as read-only to the thread as
 * it is to any user. Without root, the mode applies anyway and this does nothing. */
void
mr_test_respect_file_modes (gboolean respect)
{
  struct __user_cap_header_struct header = { _LINUX_CAPABILITY_VERSION_3, 0 };
  struct __user_cap_data_struct data[_LINUX_CAPABILITY_U32S_3] = { { 0 } };
  const guint32 bit = 1u << CAP_DAC_OVERRIDE;

  if (geteuid () != 0)
    return;

  g_assert_cmpint (syscall (SYS_capget, &header, data), ==, 0);
  if (respect)
    data[0].effective &= ~bit;
  else
    data[0].effective |= data[0].permitted & bit;
  g_assert_cmpint (syscall (SYS_capset, &header, data), ==, 0);
}

/* For a child process (GSpawnChildSetupFunc): a program started as root gets every
 * capability its bounding set allows, so the capability leaves that set. */
void
mr_test_respect_file_modes_in_child (gpointer user_data)
{
  if (geteuid () == 0)
    prctl (PR_CAPBSET_DROP, CAP_DAC_OVERRIDE, 0, 0, 0);
}

char *
mr_test_fingerprint (sqlite3 *db)
{
  static const char * const tables[] = {
    "creator", "account", "follower_snapshot", "post", "daily_stat", "audience", "activity",
    "search_stat", "account_total", "import_log", "import_batch", "import_undo",
  };
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM %s ORDER BY 1, 2", tables[i]);
      sqlite3_stmt *stmt = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      g_string_append_printf (text, "[%s]\n", tables[i]);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            {
              const char *value = (const char *) sqlite3_column_text (stmt, c);

              /* When it happened is not what it holds. */
              if (g_str_equal (sqlite3_column_name (stmt, c), "imported_at") ||
                  g_str_equal (sqlite3_column_name (stmt, c), "started_at") ||
                  g_str_equal (sqlite3_column_name (stmt, c), "updated_at"))
                value = "-";
              g_string_append_printf (text, "%s|", value != NULL ? value : "NULL");
            }
          g_string_append_c (text, '\n');
        }
      sqlite3_finalize (stmt);
    }
  return g_string_free (text, FALSE);
}
