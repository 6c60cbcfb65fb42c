/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-bench"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "mr-bench.h"

extern char **environ;

double
mr_bench_now (void)
{
  return g_get_monotonic_time () / (double) G_USEC_PER_SEC;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

double
mr_bench_median (double *values,
                 guint   n)
{
  if (n == 0)
    return NAN;

  qsort (values, n, sizeof (double), compare_doubles);
  return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

double
mr_bench_peak_rss_mib (void)
{
  g_autofree char *status = NULL;
  const char *line;
  struct rusage usage;

  if (g_file_get_contents ("/proc/self/status", &status, NULL, NULL) &&
      (line = strstr (status, "VmHWM:")) != NULL)
    return g_ascii_strtod (line + strlen ("VmHWM:"), NULL) / 1024.0;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024.0; /* KiB on Linux */
}

guint
mr_bench_env_uint (const char *name,
                   guint       fallback)
{
  const char *value = g_getenv (name);
  guint64 number;

  if (value == NULL || !g_ascii_string_to_unsigned (value, 10, 1, G_MAXUINT, &number, NULL))
    return fallback;
  return (guint) number;
}

void
mr_bench_rand_init (MrBenchRand *rand,
                    guint64      seed)
{
  /* xorshift never leaves 0. */
  rand->state = seed != 0 ? seed : 0x2026112212345678ull;
}

guint32
mr_bench_rand (MrBenchRand *rand)
{
  rand->state ^= rand->state >> 12;
  rand->state ^= rand->state << 25;
  rand->state ^= rand->state >> 27;
  return (guint32) ((rand->state * 0x2545F4914F6CDD1Dull) >> 32);
}

guint32
mr_bench_rand_range (MrBenchRand *rand,
                     guint32      low,
                     guint32      high)
{
  return low + mr_bench_rand (rand) % (high - low);
}

double
mr_bench_rand_double (MrBenchRand *rand,
                      double       low,
                      double       high)
{
  return low + (high - low) * (mr_bench_rand (rand) / 4294967296.0);
}

/* ── Child processes ─────────────────────────────────────────────────────────────── */

gboolean
mr_bench_run_child (const char * const *argv,
                    char * const       *envp,
                    const char         *log,
                    gboolean            count_stdout,
                    MrBenchChild       *result,
                    GError            **error)
{
  posix_spawn_file_actions_t actions;
  struct rusage usage;
  int out[2] = { -1, -1 };
  double start;
  pid_t pid;
  int status, err;

  memset (result, 0, sizeof *result);
  if (count_stdout &&
      (pipe (out) != 0 || fcntl (out[0], F_SETFD, FD_CLOEXEC) != 0 ||
       fcntl (out[1], F_SETFD, FD_CLOEXEC) != 0))
    {
      int saved = errno;

      g_set_error (error, G_SPAWN_ERROR, G_SPAWN_ERROR_FAILED,
                   "Cannot make a pipe: %s", g_strerror (saved));
      return FALSE;
    }

  posix_spawn_file_actions_init (&actions);
  posix_spawn_file_actions_addopen (&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen (&actions, STDERR_FILENO, log,
                                    O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (count_stdout)
    posix_spawn_file_actions_adddup2 (&actions, out[1], STDOUT_FILENO);
  else
    posix_spawn_file_actions_adddup2 (&actions, STDERR_FILENO, STDOUT_FILENO);

  start = mr_bench_now ();
  err = posix_spawn (&pid, argv[0], &actions, NULL, (char * const *) argv,
                     envp != NULL ? envp : environ);
  posix_spawn_file_actions_destroy (&actions);
  if (count_stdout)
    close (out[1]);
  if (err != 0)
    {
      if (count_stdout)
        close (out[0]);
      g_set_error (error, G_SPAWN_ERROR, G_SPAWN_ERROR_FAILED,
                   "Cannot run %s: %s", argv[0], g_strerror (err));
      return FALSE;
    }

  if (count_stdout)
    {
      static char buffer[1 << 16];
      ssize_t n;

      while ((n = read (out[0], buffer, sizeof buffer)) != 0)
        if (n > 0)
          result->stdout_bytes += (guint64) n;
        else if (errno != EINTR)
          break;
      close (out[0]);
    }

  while (wait4 (pid, &status, 0, &usage) < 0)
    if (errno != EINTR)
      {
        int saved = errno;

        g_set_error (error, G_SPAWN_ERROR, G_SPAWN_ERROR_FAILED,
                     "Cannot wait for %s: %s", argv[0], g_strerror (saved));
        return FALSE;
      }

  result->seconds = mr_bench_now () - start;
  result->peak_rss_mib = usage.ru_maxrss / 1024.0; /* KiB on Linux */
  result->status = WIFEXITED (status) ? WEXITSTATUS (status) : -1;
  return TRUE;
}

void
mr_bench_print_log (const char *log,
                    gsize       max)
{
  g_autofree char *text = NULL;
  gsize len = 0;

  if (!g_file_get_contents (log, &text, &len, NULL) || len == 0)
    return;
  if (len > max)
    text[len = max] = '\0';
  g_print ("%s%s", text, text[len - 1] != '\n' ? "\n" : "");
}

void
mr_bench_remove_dir (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (g_strcmp0 (g_getenv ("MR_BENCH_KEEP"), "1") == 0)
    {
      g_print ("kept %s\n", path);
      return;
    }

  if ((dir = g_dir_open (path, 0, NULL)) == NULL)
    return;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (path, name, NULL);

      if (g_unlink (file) != 0)
        g_printerr ("cannot remove %s: %s\n", file, g_strerror (errno));
    }
  if (g_rmdir (path) != 0)
    g_printerr ("cannot remove %s: %s\n", path, g_strerror (errno));
}

/* ── The figures ─────────────────────────────────────────────────────────────────── */

typedef struct
{
  char   *name;
  char   *value;
  char   *unit;
  char   *what;
  double  number;
  double  target;
} Figure;

struct _MrBenchReport
{
  GArray *figures;
};

static void
figure_clear (gpointer data)
{
  Figure *figure = data;

  g_free (figure->name);
  g_free (figure->value);
  g_free (figure->unit);
  g_free (figure->what);
}

MrBenchReport *
mr_bench_report_new (void)
{
  MrBenchReport *report = g_new0 (MrBenchReport, 1);

  report->figures = g_array_new (FALSE, TRUE, sizeof (Figure));
  g_array_set_clear_func (report->figures, figure_clear);
  return report;
}

void
mr_bench_report_free (MrBenchReport *report)
{
  g_array_unref (report->figures);
  g_free (report);
}

static void
add_figure (MrBenchReport *report,
            const char    *name,
            char          *text,
            double         value,
            const char    *unit,
            double         target,
            const char    *what)
{
  Figure figure = {
    .name = g_strdup (name),
    .value = text,
    .unit = g_strdup (unit != NULL ? unit : ""),
    .what = g_strdup (what != NULL ? what : ""),
    .number = value,
    .target = target,
  };

  g_array_append_val (report->figures, figure);
}

void
mr_bench_report_add (MrBenchReport *report,
                     const char    *name,
                     const char    *format,
                     double         value,
                     const char    *unit,
                     double         target,
                     const char    *what)
{
  char *text;

  if (isnan (value))
    text = g_strdup ("nan");
  else
    {
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
      text = g_strdup_printf (format, value);
#pragma GCC diagnostic pop
    }
  add_figure (report, name, text, value, unit, target, what);
}

static gboolean
figure_missed (const Figure *figure)
{
  return !isnan (figure->target) && (isnan (figure->number) || figure->number > figure->target);
}

guint
mr_bench_report_n_missed (MrBenchReport *report)
{
  guint n = 0;

  for (guint i = 0; i < report->figures->len; i++)
    n += figure_missed (&g_array_index (report->figures, Figure, i));
  return n;
}

/* name, value, unit, target ("" for none), what; tabs and line breaks never in them. */
static void
append_figures (MrBenchReport *report,
                const char    *path)
{
  g_autoptr(GString) lines = g_string_new (NULL);
  FILE *file;

  for (guint i = 0; i < report->figures->len; i++)
    {
      const Figure *figure = &g_array_index (report->figures, Figure, i);
      char target[G_ASCII_DTOSTR_BUF_SIZE] = "";

      if (!isnan (figure->target))
        g_ascii_dtostr (target, sizeof target, figure->target);
      g_string_append_printf (lines, "%s\t%s\t%s\t%s\t%s\n", figure->name, figure->value,
                              figure->unit, target, figure->what);
    }

  if ((file = fopen (path, "a")) == NULL ||
      fwrite (lines->str, 1, lines->len, file) != lines->len ||
      fclose (file) != 0)
    g_printerr ("cannot add the figures to %s: %s\n", path, g_strerror (errno));
}

gboolean
mr_bench_report_load (MrBenchReport  *report,
                      const char     *path,
                      GError        **error)
{
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;

  if (!g_file_get_contents (path, &text, NULL, error))
    return FALSE;

  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", 5);

      if (g_strv_length (fields) != 5)
        continue;
      add_figure (report, fields[0], g_strdup (fields[1]),
                  g_str_equal (fields[1], "nan") ? NAN : g_ascii_strtod (fields[1], NULL),
                  fields[2], fields[3][0] != '\0' ? g_ascii_strtod (fields[3], NULL) : NAN,
                  fields[4]);
    }
  return TRUE;
}

void
mr_bench_report_print (MrBenchReport *report)
{
  const char *figures_file = g_getenv ("MR_BENCH_FIGURES");
  int name_width = (int) strlen ("figure"), value_width = (int) strlen ("value");

  for (guint i = 0; i < report->figures->len; i++)
    {
      const Figure *figure = &g_array_index (report->figures, Figure, i);

      name_width = MAX (name_width, (int) strlen (figure->name));
      value_width = MAX (value_width, (int) strlen (figure->value));
    }

  g_print ("\n%-*s  %*s  %-4s  %-8s  %s\n", name_width, "figure", value_width, "value",
           "unit", "target", "what");
  for (guint i = 0; i < report->figures->len; i++)
    {
      const Figure *figure = &g_array_index (report->figures, Figure, i);
      g_autofree char *target = isnan (figure->target)
                                ? g_strdup ("")
                                : g_strdup_printf ("<= %g", figure->target);

      g_print ("%-*s  %*s  %-4s  %-8s  %s%s\n", name_width, figure->name, value_width,
               figure->value, figure->unit, target, figure->what,
               figure_missed (figure) ? "  MISSED" : "");
    }
  g_print ("\n");

  for (guint i = 0; i < report->figures->len; i++)
    {
      const Figure *figure = &g_array_index (report->figures, Figure, i);

      g_print ("%s=%s\n", figure->name, figure->value);
    }

  if (figures_file != NULL && figures_file[0] != '\0')
    append_figures (report, figures_file);
}
