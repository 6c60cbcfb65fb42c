/* SPDX-License-Identifier: GPL-3.0-or-later */
/* For check-sql.py --self-test, never compiled: the lines that end in the expectation
 * comment must each be reported, and no other line. */

static const char find_sql[] = "SELECT id FROM creator WHERE name = ?1";
static const char *const format_sql = "SELECT id FROM %s";

static void
wrapper (sqlite3    *db,
         const char *sql)
{
  sqlite3_exec (db, sql, NULL, NULL, NULL);
}

static void
bad (sqlite3    *db,
     const char *name,
     int         n)
{
  g_autofree char *a = g_strdup_printf ("SELECT * FROM creator WHERE name = '%s'", name); /* expect-sql */
  char *b = sqlite3_mprintf ("DELETE FROM post WHERE id = %d", n); /* expect-sql */
  g_autofree char *c = g_strdup_printf (format_sql, name); /* expect-sql */
  g_autofree char *d = g_strconcat ("SELECT * FROM ", name, NULL); /* expect-sql */
  GString *e = g_string_new (NULL);
  char buffer[64];

  g_string_append_printf (e, /* expect-sql */
                          "UPDATE creator SET notes = '%s'"
                          " WHERE id = %d", name, n);
  sqlite3_exec (db, a, NULL, NULL, NULL); /* expect-sql */
  wrapper (db, b); /* expect-sql */
  sqlite3_prepare_v2 (db, e->str, -1, NULL, NULL); /* expect-sql */
  g_strlcpy (buffer, name, sizeof buffer);
  sqlite3_exec (db, buffer, NULL, NULL, NULL); /* expect-sql */
  sqlite3_exec (db, n > 0 ? find_sql : d, NULL, NULL, NULL); /* expect-sql */
  g_free (g_strdup_printf ("PRAGMA user_version = %d", n)); /* sql-from-text: ok */ /* expect-sql */
  g_free (g_strdup (name)); /* sql-from-text: a marker on a line that builds no SQL */ /* expect-sql */
}

static void
good (sqlite3    *db,
      const char *name,
      int         n)
{
  g_autofree char *message = g_strdup_printf (_("Delete %s from the campaign?"), name);
  g_autofree char *label = g_strdup_printf ("%s selected from %d", name, n);
  g_autofree char *version = g_strdup_printf ("PRAGMA user_version = %d", n); /* sql-from-text: a PRAGMA takes no parameters */
  const char *sql = n > 0 ? "BEGIN" : "COMMIT";

  sqlite3_exec (db, find_sql, NULL, NULL, NULL);
  sqlite3_exec (db, sql, NULL, NULL, NULL);
  sqlite3_exec (db, n > 0 ? "SAVEPOINT a" : "RELEASE a", NULL, NULL, NULL);
  sqlite3_exec (db, version, NULL, NULL, NULL); /* sql-from-text: the number of a PRAGMA above */
  wrapper (db, "SELECT 1");
  wrapper (db, find_sql);
}
