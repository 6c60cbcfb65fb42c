/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-test-util"

#include "config.h"

#include <glib/gstdio.h>

#include "mr-test-util.h"

char *
mr_test_make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("microreach-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

/* Removes what a test left in its temporary folder, one level of subfolders included. */
void
mr_test_remove_temp_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  g_assert_nonnull (handle);
  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
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
