/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-command-line"

#include "config.h"

#include <glib/gi18n.h>
#include <unistd.h>
#include <glib-unix.h>
#include <gio/gunixoutputstream.h>

#include "mr-command-line.h"
#include "mr-import-plan.h"
#include "mr-import-results.h"
#include "mr-json-export.h"
#include "mr-moment-settings.h"
#include "mr-refresh.h"
#include "mr-report.h"
#include "mr-secret.h"
#include "mr-store.h"
#include "mr-store-backup.h"
#include "mr-vetting-settings.h"
#include "mr-text-fold.h"

/* The headless modes never touch GTK, so they work without a display; every failure
 * ends in one line on stderr and a non-zero exit status. */

enum {
  EXIT_OK = 0,
  EXIT_FAILED = 1,
  EXIT_USAGE = 2,
  EXIT_UNMATCHED = 3,   /* results imported, but some rows matched no member */
};

static int
fail (int         status,
      const char *message)
{
  g_printerr ("microreach: %s\n", message);
  return status;
}

/* A damaged database is restored from the window, which can ask before it moves the
 * file aside; here the line says how. */
static int
fail_for_store (const char   *database,
                const GError *error)
{
  g_autoptr(GDateTime) backup_time = NULL;
  g_autofree char *name = NULL;
  g_autofree char *when = NULL;
  g_autofree char *message = NULL;

  if (!g_error_matches (error, MR_STORE_ERROR, MR_STORE_ERROR_CORRUPT) ||
      (backup_time = mr_store_backup_get_time (database)) == NULL)
    return fail (EXIT_FAILED, error->message);

  name = g_filename_display_name (database);
  when = mr_store_backup_format_time (backup_time);
  /* Translators: the second %s is when the backup was taken. */
  message = g_strdup_printf (_("“%s” is damaged. Open it in the Microreach window to restore its automatic backup from %s; the damaged file will be kept beside it."),
                             name, when);
  return fail (EXIT_FAILED, message);
}

gboolean
mr_command_line_is_headless (const MrCommandLine *cmd)
{
  g_return_val_if_fail (cmd != NULL, FALSE);

  return cmd->export_json || cmd->import || cmd->refresh || cmd->report != NULL;
}

static gboolean
has_files (const MrCommandLine *cmd)
{
  return cmd->files != NULL && cmd->files[0] != NULL;
}

/* Options that make no sense together, in window mode too; 0 when all is well. */
int
mr_command_line_check_usage (const MrCommandLine *cmd)
{
  guint modes;

  g_return_val_if_fail (cmd != NULL, EXIT_USAGE);

  modes = !!cmd->export_json + !!cmd->import + !!cmd->refresh + (cmd->report != NULL);
  if (modes > 1)
    return fail (EXIT_USAGE, _("Choose one of --import, --export-json, --report and --refresh."));
  if (cmd->output != NULL && cmd->report == NULL)
    return fail (EXIT_USAGE, _("--output only goes with --report."));
  if (cmd->creator != NULL && !cmd->import)
    return fail (EXIT_USAGE, _("--creator only goes with --import."));
  if (cmd->campaign != NULL && !cmd->import)
    return fail (EXIT_USAGE, _("--campaign only goes with --import."));
  if (cmd->campaign != NULL && cmd->creator != NULL)
    return fail (EXIT_USAGE, _("Give --campaign or --creator, not both: results go to a campaign’s members, statistics to a creator."));
  if (cmd->import && !has_files (cmd))
    return fail (EXIT_USAGE, _("--import needs the files or folders to import."));
  if (!cmd->import && has_files (cmd) && mr_command_line_is_headless (cmd))
    return fail (EXIT_USAGE, _("Files can only be given with --import, or without options to open them in the window."));
  if (cmd->report != NULL && cmd->output == NULL)
    return fail (EXIT_USAGE, _("--report needs --output=FILE.pdf."));

  return EXIT_OK;
}

/* Written while it is made, so a big database's export fits in memory; after a failure
 * part of it may have been printed, and only the exit status says it is incomplete. A
 * closed pipe ends the program with SIGPIPE, as it ends any filter. */
static int
export_json (MrStore *store)
{
  g_autoptr(GOutputStream) output = g_unix_output_stream_new (STDOUT_FILENO, FALSE);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (mr_json_export_write (store, output, TRUE, &error) &&
      g_output_stream_write_all (output, "\n", 1, NULL, NULL, &error))
    return EXIT_OK;

  /* Reading the store fails with an MrStoreError, which says what to do about it. */
  if (error->domain != G_IO_ERROR)
    return fail_for_store (mr_store_get_path (store), error);

  message = g_strdup_printf (_("Could not write the export to standard output (%s)."),
                             error->message);
  return fail (EXIT_FAILED, message);
}

/* Why @file is not there to import, or NULL when it is. */
static char *
describe_missing (GFile *file)
{
  g_autofree char *name = g_file_get_parse_name (file);

  /* A link is only still a link when following it failed. */
  switch (g_file_query_file_type (file, G_FILE_QUERY_INFO_NONE, NULL))
    {
    case G_FILE_TYPE_UNKNOWN:
      return g_strdup_printf (_("%s: no such file or folder"), name);
    case G_FILE_TYPE_SYMBOLIC_LINK:
      /* Translators: %s is a file given with --import */
      return g_strdup_printf (_("%s: a link that leads nowhere, or round in a circle"), name);
    default:
      return NULL;
    }
}

/* Whether any file of @plan is an export, even one imported before. */
static gboolean
has_export (MrImportPlan *plan)
{
  GListModel *items = mr_import_plan_get_items (plan);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(MrImportItem) item = g_list_model_get_item (items, i);

      if (mr_import_item_get_state (item) != MR_IMPORT_ITEM_UNRECOGNIZED)
        return TRUE;
    }
  return FALSE;
}

/* One line per file: what it is, how many rows, whose; on failure "FILE:LINE: reason"
 * and nothing of the command kept (the plan runs as one transaction). Many files in the
 * folders that are not exports make one line, and when there is no export at all the
 * command fails. */
static int
import_files (const MrCommandLine *cmd,
              MrStore             *store)
{
  g_autoptr(MrImportPlan) plan = mr_import_plan_new ();
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autofree char *left_out = NULL;
  GListModel *items;
  guint n_items;

  for (guint i = 0; cmd->files[i] != NULL; i++)
    {
      GFile *file = g_file_new_for_commandline_arg (cmd->files[i]);
      g_autofree char *message = describe_missing (file);

      if (message != NULL)
        {
          g_object_unref (file);
          return fail (EXIT_FAILED, message);
        }
      g_ptr_array_add (files, file);
    }

  mr_import_plan_set_creator (plan, cmd->creator);
  if (!mr_import_plan_add_files (plan, (GFile **) files->pdata, files->len, NULL, &error) ||
      !mr_import_plan_scan (plan, MR_IMPORT_SCAN_QUICK, mr_store_get_handle (store),
                            NULL, NULL, NULL, &error) ||
      !mr_import_plan_run (plan, mr_store_get_handle (store), NULL, NULL, NULL, &error))
    {
      /* "FILE:LINE: reason", as compilers say it, for editors and scripts to follow. */
      g_printerr ("%s\n", error->message);
      return EXIT_FAILED;
    }

  items = mr_import_plan_get_items (plan);
  n_items = g_list_model_get_n_items (items);
  left_out = mr_import_plan_describe_left_out (plan);
  if (n_items == 0 && left_out != NULL)
    {
      guint n_files = mr_import_plan_get_n_left_out (plan);
      g_autofree char *message =
        /* Translators: %u files were found in the folders given with --import */
        g_strdup_printf (ngettext ("Nothing was imported: the %u file found is not an export "
                                   "Microreach reads (TikTok Studio, Instagram, YouTube Studio, "
                                   "Search Console, Google Trends, a creator list or its own "
                                   "JSON export).",
                                   "Nothing was imported: none of the %u files found is an "
                                   "export Microreach reads (TikTok Studio, Instagram, YouTube "
                                   "Studio, Search Console, Google Trends, a creator list or its "
                                   "own JSON export).",
                                   n_files),
                         n_files);

      return fail (EXIT_FAILED, message);
    }

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(MrImportItem) item = g_list_model_get_item (items, i);
      g_autofree char *result = mr_import_plan_describe_item_result (plan, item);
      g_autofree char *name = g_file_get_parse_name (mr_import_item_get_file (item));

      g_print ("%s: %s\n", name, result != NULL ? result : "");
    }
  if (left_out != NULL)
    g_print ("%s\n", left_out);
  if (!has_export (plan))
    return fail (EXIT_FAILED,
                 n_items > 0 ? _("Nothing was imported: no file could be read (see above).")
                             : _("Nothing was imported: the folders hold no files."));

  /* As in the window: what spiked in the statistics just imported opens its moments. */
  if (mr_import_plan_get_counts (plan)->search > 0)
    {
      g_autoptr(GSettings) settings = mr_vetting_settings_new ();
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autoptr(GPtrArray) opened = NULL;

      mr_moment_settings_apply (settings, store);
      if (!mr_store_reload (store, &error) ||
          (opened = mr_store_detect_moments (store, now, &error)) == NULL)
        return fail (EXIT_FAILED, error->message);
      if (opened->len > 0)
        g_print (ngettext ("%u micro-moment opened\n", "%u micro-moments opened\n", opened->len),
                 opened->len);
    }
  return EXIT_OK;
}

/* ── --report ────────────────────────────────────────────────────────────────────── */

static gboolean
creator_matches (MrCreator  *creator,
                 const char *name,
                 const char *handle,
                 gboolean    exact)
{
  g_autofree char *creator_name = mr_text_fold (mr_creator_get_name (creator));
  GListModel *accounts = mr_creator_get_accounts (creator);

  if (exact ? g_str_equal (creator_name, name) : strstr (creator_name, name) != NULL)
    return TRUE;

  for (guint i = 0; i < g_list_model_get_n_items (accounts); i++)
    {
      g_autoptr(MrAccount) account = g_list_model_get_item (accounts, i);
      g_autofree char *account_handle = mr_text_fold (mr_account_get_handle (account));

      if (exact ? g_str_equal (account_handle, handle) : strstr (account_handle, handle) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* The creators @query names: those whose name or handle it is exactly, else those whose
 * name or handle holds it. */
static GPtrArray *
find_creators (GListModel *creators,
               const char *query)
{
  g_autofree char *name = mr_text_fold (query);
  g_autofree char *handle = mr_text_fold (query[0] == '@' ? query + 1 : query);
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);

  for (int exact = 1; exact >= 0 && found->len == 0; exact--)
    for (guint i = 0; i < g_list_model_get_n_items (creators); i++)
      {
        g_autoptr(MrCreator) creator = g_list_model_get_item (creators, i);

        if (creator_matches (creator, name, handle, exact))
          g_ptr_array_add (found, g_steal_pointer (&creator));
      }
  return found;
}

/* The campaigns @query names: those it names exactly, else those whose name holds it. */
static GPtrArray *
find_campaigns (GListModel *campaigns,
                const char *query)
{
  g_autofree char *name = mr_text_fold (query);
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);

  for (int exact = 1; exact >= 0 && found->len == 0; exact--)
    for (guint i = 0; i < g_list_model_get_n_items (campaigns); i++)
      {
        g_autoptr(MrCampaign) campaign = g_list_model_get_item (campaigns, i);
        g_autofree char *campaign_name = mr_text_fold (mr_campaign_get_name (campaign));

        if (exact ? g_str_equal (campaign_name, name) : strstr (campaign_name, name) != NULL)
          g_ptr_array_add (found, g_steal_pointer (&campaign));
      }
  return found;
}

typedef const char *(*GetName) (gpointer item);

/* "Lotte Jansen, Lotte Bakker", at most a handful of them. */
static char *
list_names (GPtrArray *items,
            GetName    get_name)
{
  GString *names = g_string_new (NULL);
  const guint shown = 5;

  for (guint i = 0; i < MIN (items->len, shown); i++)
    {
      if (i > 0)
        g_string_append (names, ", ");
      g_string_append (names, get_name (g_ptr_array_index (items, i)));
    }
  if (items->len > shown)
    g_string_append (names, ", …");
  return g_string_free (names, FALSE);
}

static int
write_pdf (const MrCommandLine *cmd,
           MrReport            *report)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (cmd->output);
  g_autoptr(GError) error = NULL;

  if (!mr_report_write_pdf_file (report, file, mr_report_paper_get_default (), NULL, &error))
    {
      g_autofree char *name = g_file_get_parse_name (file);
      /* Translators: %1$s is a file, %2$s the reason it could not be written. */
      g_autofree char *message = g_strdup_printf (_("%1$s: %2$s"), name, error->message);

      return fail (EXIT_FAILED, message);
    }
  return EXIT_OK;
}

static int
write_creator_report (const MrCommandLine *cmd,
                      MrStore             *store,
                      const char          *query,
                      GPtrArray           *found)
{
  g_autoptr(MrReport) report = NULL;
  g_autoptr(GError) error = NULL;

  if (found->len == 0)
    {
      /* Translators: %s is what was given with --report. */
      g_autofree char *message = g_strdup_printf (_("No creator is called “%s” or has it as a handle."),
                                                  query);

      return fail (EXIT_FAILED, message);
    }
  if (found->len > 1)
    {
      g_autofree char *names = list_names (found, (GetName) mr_creator_get_name);
      /* Translators: %1$s is what was given with --report, %2$u how many creators it
       * matches, %3$s their names. */
      g_autofree char *message = g_strdup_printf (ngettext ("“%1$s” matches %2$u creator: %3$s; give a handle",
                                                           "“%1$s” matches %2$u creators: %3$s; give a handle",
                                                           found->len),
                                                  query, found->len, names);

      return fail (EXIT_FAILED, message);
    }

  if ((report = mr_report_new (store, (MrCreator **) found->pdata, 1, &error)) == NULL)
    return fail (EXIT_FAILED, error->message);
  return write_pdf (cmd, report);
}

static int
write_campaign_report (const MrCommandLine *cmd,
                       MrStore             *store,
                       const char          *query,
                       GPtrArray           *found)
{
  g_autoptr(MrReport) report = NULL;
  g_autoptr(GError) error = NULL;

  if (found->len == 0)
    {
      /* Translators: %s is what was given with --report. */
      g_autofree char *message = g_strdup_printf (_("No campaign is called “%s”."), query);

      return fail (EXIT_FAILED, message);
    }
  if (found->len > 1)
    {
      g_autofree char *names = list_names (found, (GetName) mr_campaign_get_name);
      /* Translators: %1$s is what was given with --report, %2$u how many campaigns it
       * matches, %3$s their names. */
      g_autofree char *message = g_strdup_printf (ngettext ("“%1$s” matches %2$u campaign: %3$s; give its full name",
                                                           "“%1$s” matches %2$u campaigns: %3$s; give its full name",
                                                           found->len),
                                                  query, found->len, names);

      return fail (EXIT_FAILED, message);
    }

  if ((report = mr_report_new_for_campaign (store, g_ptr_array_index (found, 0), &error)) == NULL)
    return fail (EXIT_FAILED, error->message);
  return write_pdf (cmd, report);
}

/* --report=NAME names a creator (by name or handle) or a campaign (by name);
 * "creator:NAME" and "campaign:NAME" say which when a name could be either. */
static int
write_report (const MrCommandLine *cmd,
              MrStore             *store)
{
  const char *query = cmd->report;
  g_autoptr(GPtrArray) creators = NULL;
  g_autoptr(GPtrArray) campaigns = NULL;

  if (g_ascii_strncasecmp (query, "creator:", strlen ("creator:")) == 0)
    {
      query += strlen ("creator:");
      creators = find_creators (mr_store_get_creators (store), query);
      return write_creator_report (cmd, store, query, creators);
    }
  if (g_ascii_strncasecmp (query, "campaign:", strlen ("campaign:")) == 0)
    {
      query += strlen ("campaign:");
      campaigns = find_campaigns (mr_store_get_campaigns (store), query);
      return write_campaign_report (cmd, store, query, campaigns);
    }

  creators = find_creators (mr_store_get_creators (store), query);
  campaigns = find_campaigns (mr_store_get_campaigns (store), query);
  if (creators->len > 0 && campaigns->len > 0)
    {
      /* Translators: %1$s is what was given with --report; keep "creator:" and
       * "campaign:" as they are, the command line takes them in English. */
      g_autofree char *message = g_strdup_printf (_("“%1$s” matches both a creator and a campaign; use --report=creator:%1$s or --report=campaign:%1$s"),
                                                  query);

      return fail (EXIT_FAILED, message);
    }
  if (creators->len == 0 && campaigns->len == 0)
    {
      /* Translators: %s is what was given with --report. */
      g_autofree char *message = g_strdup_printf (_("No creator or campaign is called “%s”, and no creator has it as a handle."),
                                                  query);

      return fail (EXIT_FAILED, message);
    }
  if (campaigns->len > 0)
    return write_campaign_report (cmd, store, query, campaigns);
  return write_creator_report (cmd, store, query, creators);
}

/* ── --import --campaign ─────────────────────────────────────────────────────────── */

/* The campaign called @name, in any case; a results file goes to the campaign the user
 * named, never to the nearest name. NULL with a one-line @message naming candidates. */
static MrCampaign *
find_campaign_named (GListModel  *campaigns,
                     const char  *name,
                     char       **message)
{
  g_autofree char *wanted = mr_text_fold (name);
  g_autoptr(GPtrArray) exact = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) near = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *names = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (campaigns); i++)
    {
      g_autoptr(MrCampaign) campaign = g_list_model_get_item (campaigns, i);
      g_autofree char *campaign_name = mr_text_fold (mr_campaign_get_name (campaign));

      if (g_str_equal (campaign_name, wanted))
        g_ptr_array_add (exact, g_object_ref (campaign));
      else if (strstr (campaign_name, wanted) != NULL)
        g_ptr_array_add (near, g_object_ref (campaign));
      g_ptr_array_add (all, g_steal_pointer (&campaign));
    }

  if (exact->len == 1)
    return g_object_ref (g_ptr_array_index (exact, 0));
  if (exact->len > 1)
    {
      names = list_names (exact, (GetName) mr_campaign_get_name);
      /* Translators: %1$u is how many campaigns have the name %2$s (in some case), %3$s
       * lists them */
      *message = g_strdup_printf (ngettext ("%1$u campaign is called “%2$s” (%3$s): rename one of them first",
                                            "%1$u campaigns are called “%2$s” (%3$s): rename one of them first",
                                            exact->len),
                                  exact->len, name, names);
    }
  else if (near->len > 0)
    {
      names = list_names (near, (GetName) mr_campaign_get_name);
      /* Translators: %1$s is what was given with --campaign, %2$s campaigns whose name
       * holds it */
      *message = g_strdup_printf (_("No campaign is called “%1$s”; give the full name of one of these: %2$s"),
                                  name, names);
    }
  else if (all->len > 0)
    {
      names = list_names (all, (GetName) mr_campaign_get_name);
      /* Translators: %1$s is what was given with --campaign, %2$s the campaigns there are */
      *message = g_strdup_printf (_("No campaign is called “%1$s”; the campaigns are: %2$s"),
                                  name, names);
    }
  else
    /* Translators: %s is what was given with --campaign */
    *message = g_strdup_printf (_("No campaign is called “%s”: there are no campaigns yet."),
                                name);
  return NULL;
}

/* "results.csv: 12 rows for 3 members; 2 unmatched rows:" and the rows that are not
 * imported, one a line as "FILE:LINE: reason", for editors and scripts to follow. */
static void
print_results (MrResultsImport *import,
               const char      *name)
{
  g_autofree char *summary = mr_results_import_describe (import);
  guint n_unmatched = mr_results_import_get_n_unmatched (import);
  guint n_left_out = mr_results_import_get_n_left_out (import);
  g_autoptr(GString) line = g_string_new (NULL);

  g_string_printf (line, "%s: %s", name, summary);
  if (mr_results_import_get_batch_id (import) == 0 &&
      mr_results_import_get_problem (import) == NULL)
    g_string_append_printf (line, "; %s", _("already imported, nothing changed"));
  if (n_unmatched > 0)
    g_string_append_printf (line, ngettext ("; %u unmatched row", "; %u unmatched rows",
                                            n_unmatched), n_unmatched);
  if (n_left_out > 0)
    g_string_append_printf (line, ngettext ("; %u row without a date left out",
                                            "; %u rows without a date left out", n_left_out),
                            n_left_out);
  g_print ("%s%s\n", line->str, n_unmatched + n_left_out > 0 ? ":" : "");

  for (guint i = 0; i < mr_results_import_get_n_rows (import); i++)
    {
      const MrResultsImportRow *row = mr_results_import_get_row (import, i);

      if (row->reason != NULL)
        g_print ("  %s:%u: %s\n", mr_results_import_get_display_name (import), row->line,
                 row->reason);
    }
}

static int
import_results_file (MrStore    *store,
                     MrCampaign *campaign,
                     const char *arg)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (arg);
  g_autofree char *name = g_file_get_parse_name (file);
  g_autoptr(MrResultsImport) import = NULL;
  g_autoptr(GError) error = NULL;
  const GError *problem;

  switch (g_file_query_file_type (file, G_FILE_QUERY_INFO_NONE, NULL))
    {
    case G_FILE_TYPE_UNKNOWN:
      {
        g_autofree char *message = g_strdup_printf (_("%s: no such file or folder"), name);

        return fail (EXIT_FAILED, message);
      }
    case G_FILE_TYPE_DIRECTORY:
      {
        /* Translators: %s is a folder given with --import --campaign */
        g_autofree char *message = g_strdup_printf (_("%s: a folder; give the results files in it instead"),
                                                    name);

        return fail (EXIT_FAILED, message);
      }
    default:
      break;
    }

  import = mr_results_import_scan (store, campaign, file, &error);
  if (import == NULL)
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILED;
    }
  problem = mr_results_import_get_problem (import);
  if (problem != NULL)
    {
      /* When no row fits, the rows and their reasons say what to change. */
      if (g_error_matches (problem, MR_IMPORT_ERROR, MR_IMPORT_ERROR_FAILED))
        print_results (import, name);
      g_printerr ("%s\n", problem->message);
      return EXIT_FAILED;
    }
  if (!mr_results_import_run (import, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILED;
    }
  print_results (import, name);
  return mr_results_import_get_n_unmatched (import) > 0 ? EXIT_UNMATCHED : EXIT_OK;
}

/* Each file is its own import, all or nothing; the first that fails stops the command,
 * and the lines printed before it say which files are in. */
static int
import_results (const MrCommandLine *cmd,
                MrStore             *store)
{
  g_autofree char *message = NULL;
  g_autoptr(MrCampaign) campaign = find_campaign_named (mr_store_get_campaigns (store),
                                                        cmd->campaign, &message);
  int status = EXIT_OK;

  if (campaign == NULL)
    return fail (EXIT_FAILED, message);

  for (guint i = 0; cmd->files[i] != NULL; i++)
    {
      int file_status = import_results_file (store, campaign, cmd->files[i]);

      if (file_status == EXIT_FAILED)
        return EXIT_FAILED;
      if (file_status != EXIT_OK)
        status = file_status;
    }
  return status;
}

/* ── --refresh ───────────────────────────────────────────────────────────────────── */

typedef struct {
  GMainLoop    *loop;
  GAsyncResult *result;
} Wait;

static void
on_refreshed (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  Wait *wait = user_data;

  wait->result = g_object_ref (result);
  g_main_loop_quit (wait->loop);
}

static gboolean
on_interrupt (gpointer cancellable)
{
  g_cancellable_cancel (cancellable);
  return G_SOURCE_CONTINUE;
}

static gboolean
has_platform (MrRefresh  *refresh,
              MrPlatform  platform)
{
  for (guint i = 0; i < mr_refresh_get_n_entries (refresh); i++)
    if (mr_refresh_get_entry (refresh, i)->platform == platform)
      return TRUE;
  return FALSE;
}

/* Refreshes every account that has a public source; one line per account on stdout,
 * and, when any failed, a line on stderr naming them. Ctrl+C stops the fetching and
 * keeps what came before. */
static int
refresh (MrStore *store)
{
  g_autoptr(MrRefresh) refresh = mr_refresh_new (store, mr_net_get_session ());
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GMainLoop) loop = NULL;
  g_autoptr(GPtrArray) failed = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  Wait wait = { 0 };
  guint interrupt;
  gboolean stored;

  if (mr_refresh_add_all (refresh) == 0)
    {
      g_autofree char *message = mr_refresh_describe (refresh);

      g_print ("%s\n", message);
      return EXIT_OK;
    }

  if (has_platform (refresh, MR_PLATFORM_YOUTUBE))
    {
      g_autofree char *key = mr_secret_lookup_youtube_key_sync (NULL, &error);

      if (error != NULL)
        {
          /* "Could not read your API key from the keyring: …"; YouTube accounts fail. */
          g_printerr ("microreach: %s\n", error->message);
          g_clear_error (&error);
        }
      mr_refresh_set_youtube_key (refresh, key);
    }

  loop = g_main_loop_new (NULL, FALSE);
  wait.loop = loop;
  interrupt = g_unix_signal_add (SIGINT, on_interrupt, cancellable);
  mr_refresh_run_async (refresh, cancellable, on_refreshed, &wait);
  g_main_loop_run (loop);
  g_source_remove (interrupt);
  stored = mr_refresh_run_finish (refresh, wait.result, &error);
  g_clear_object (&wait.result);

  for (guint i = 0; i < mr_refresh_get_n_entries (refresh); i++)
    {
      const MrRefreshEntry *entry = mr_refresh_get_entry (refresh, i);
      g_autofree char *account = mr_refresh_entry_describe_account (entry);
      g_autofree char *outcome = mr_refresh_entry_describe_outcome (entry);

      if (entry->outcome == MR_REFRESH_FAILED)
        {
          /* Translators: a failed account's line, e.g. "@x (Mastodon): failed: no such account" */
          g_print (_("%s: failed: %s\n"), account, outcome);
          g_ptr_array_add (failed, g_steal_pointer (&account));
        }
      else
        g_print ("%s: %s\n", account, outcome);
    }

  if (!stored)
    return fail (EXIT_FAILED, error->message);
  if (failed->len > 0)
    {
      g_autofree char *names = NULL;
      g_autofree char *message = NULL;

      g_ptr_array_add (failed, NULL);
      names = g_strjoinv (", ", (char **) failed->pdata);
      message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%u of %u accounts could not be refreshed: %s",
                                              "%u of %u accounts could not be refreshed: %s",
                                              mr_refresh_get_n_entries (refresh)),
                                 failed->len - 1, mr_refresh_get_n_entries (refresh), names);
      return fail (EXIT_FAILED, message);
    }
  if (g_cancellable_is_cancelled (cancellable))
    return fail (EXIT_FAILED, _("Stopped: the accounts not refreshed are listed above."));
  return EXIT_OK;
}

int
mr_command_line_run (const MrCommandLine *cmd)
{
  g_autoptr(MrStore) store = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_return_val_if_fail (cmd != NULL, EXIT_FAILED);
  g_return_val_if_fail (cmd->database != NULL, EXIT_FAILED);

  if ((status = mr_command_line_check_usage (cmd)) != EXIT_OK)
    return status;

  store = mr_store_open (cmd->database, &error);
  if (store == NULL)
    return fail_for_store (cmd->database, error);

  /* Only reading works on a read-only file: say so before anything is fetched or read. */
  if ((cmd->refresh || cmd->import) && mr_store_get_read_only (store))
    {
      mr_store_set_error_from_sqlite (&error, mr_store_get_handle (store), SQLITE_READONLY);
      return fail (EXIT_FAILED, error->message);
    }

  if (cmd->refresh)
    return refresh (store);
  if (cmd->import && cmd->campaign != NULL)
    return import_results (cmd, store);
  if (cmd->import)
    return import_files (cmd, store);

  settings = mr_vetting_settings_new ();
  if (!mr_vetting_settings_apply (settings, store, &error))
    return fail (EXIT_FAILED, error->message);
  if (cmd->report != NULL)
    return write_report (cmd, store);
  /* A moment whose deadline passed is exported as expired, and stays so. */
  mr_moment_settings_apply (settings, store);
  now = g_date_time_new_now_local ();
  if (!mr_store_get_read_only (store) && !mr_store_expire_moments (store, now, NULL, &error))
    return fail (EXIT_FAILED, error->message);

  return export_json (store);
}
