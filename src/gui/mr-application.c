/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-application"

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "mr-application-private.h"
#include "mr-command-line.h"
#include "mr-preferences-window.h"
#include "mr-vetting-settings.h"
#include "mr-window.h"

#define SETTINGS_DELAY_MS 150

G_DEFINE_FINAL_TYPE (MrApplication, mr_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "database", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Use the database at PATH instead of the default one"), N_("PATH") },
  { "import", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Import the files and folders given, without opening a window"), NULL },
  { "creator", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Attach imported files to this creator (a name or @handle)"), N_("NAME") },
  { "campaign", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Import the files as results of the campaign called NAME (exit status 3 when some "
       "rows match none of its members)"), N_("NAME") },
  { "export-json", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print everything in the database, with metrics, as JSON"), NULL },
  { "report", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Write the vetting report of CREATOR (a name or handle) as PDF"), N_("CREATOR") },
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, NULL,
    N_("The file the report is written to"), N_("FILE.pdf") },
  { "refresh", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Fetch public profile numbers for every account that has a public source"), NULL },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Show the version and exit"), NULL },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, N_("[FILE…]") },
  { NULL }
};

void
mr_application_init_i18n (void)
{
  const char *localedir = g_getenv ("MICROREACH_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

MrApplication *
mr_application_new (void)
{
  return g_object_new (MR_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}

const char *
mr_application_get_database_path (MrApplication *self)
{
  g_return_val_if_fail (MR_IS_APPLICATION (self), NULL);

  if (self->database_path == NULL)
    self->database_path = mr_store_get_default_path ();

  return self->database_path;
}

void
mr_application_set_database_path (MrApplication *self,
                                  const char    *path)
{
  g_return_if_fail (MR_IS_APPLICATION (self));
  g_return_if_fail (self->store == NULL);

  g_free (self->database_path);
  self->database_path = path != NULL ? g_canonicalize_filename (path, NULL) : NULL;
}

static gboolean
apply_settings (gpointer user_data)
{
  MrApplication *self = user_data;
  g_autoptr(GError) error = NULL;

  self->apply_source = 0;
  if (self->store != NULL && !mr_vetting_settings_apply (self->settings, self->store, &error))
    g_warning ("The metrics could not be computed again: %s", error->message);

  return G_SOURCE_REMOVE;
}

/* Changes come in bursts (a spin button held down): the metrics of every creator are
 * computed again once the burst is over. */
static void
on_settings_changed (GSettings     *settings,
                     const char    *key,
                     MrApplication *self)
{
  if (g_strcmp0 (key, "tier-scheme") != 0 && g_strcmp0 (key, "benchmarks") != 0 &&
      g_strcmp0 (key, "default-currency") != 0)
    return;

  g_clear_handle_id (&self->apply_source, g_source_remove);
  self->apply_source = g_timeout_add (SETTINGS_DELAY_MS, apply_settings, self);
}

static void
mr_application_activate (GApplication *app)
{
  MrWindow *window = mr_application_ensure_window (MR_APPLICATION (app));

  if (window != NULL)
    gtk_window_present (GTK_WINDOW (window));
}

static void
mr_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  MrWindow *window = mr_application_ensure_window (MR_APPLICATION (app));

  if (window == NULL)
    return;

  gtk_window_present (GTK_WINDOW (window));
  mr_window_import_files (window, files, n_files);
}

static int
mr_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  MrApplication *self = MR_APPLICATION (app);
  MrCommandLine cmd = { 0 };
  g_autofree char *database = NULL;
  g_autofree char *creator = NULL;
  g_autofree char *campaign = NULL;
  g_autofree char *report = NULL;
  g_autofree char *output = NULL;
  g_auto(GStrv) files = NULL;
  g_autoptr(GPtrArray) gfiles = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("microreach %s\n", PACKAGE_VERSION);
      return 0;
    }

  g_variant_dict_lookup (options, "database", "^ay", &database);
  g_variant_dict_lookup (options, "creator", "s", &creator);
  g_variant_dict_lookup (options, "campaign", "s", &campaign);
  g_variant_dict_lookup (options, "report", "s", &report);
  g_variant_dict_lookup (options, "output", "^ay", &output);
  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^aay", &files);

  if (database != NULL)
    mr_application_set_database_path (self, database);

  cmd.database = mr_application_get_database_path (self);
  cmd.export_json = g_variant_dict_contains (options, "export-json");
  cmd.import = g_variant_dict_contains (options, "import");
  cmd.refresh = g_variant_dict_contains (options, "refresh");
  cmd.report = report;
  cmd.output = output;
  cmd.creator = creator;
  cmd.campaign = campaign;
  cmd.files = (const char * const *) files;

  if (mr_command_line_is_headless (&cmd))
    return mr_command_line_run (&cmd);
  if ((status = mr_command_line_check_usage (&cmd)) != 0)
    return status;

  /* A window on a database chosen for this launch is an instance of its own: never
   * hand it to the one that has the default database open. */
  if (database != NULL || g_getenv ("MICROREACH_DATABASE") != NULL)
    g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);

  if (files == NULL || files[0] == NULL)
    return -1;

  if (!g_application_register (app, NULL, &error))
    {
      g_printerr ("microreach: %s\n", error->message);
      return 1;
    }

  gfiles = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; files[i] != NULL; i++)
    g_ptr_array_add (gfiles, g_file_new_for_commandline_arg (files[i]));
  g_application_open (app, (GFile **) gfiles->pdata, gfiles->len, "");

  return g_application_get_is_remote (app) ? 0 : -1;
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  MrApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  MrPreferencesWindow *preferences;

  if (self->store == NULL)
    return;

  preferences = mr_preferences_window_new (parent, self->store);
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  MrApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  const char *developers[] = { _("The Microreach developers"), NULL };

  adw_show_about_window (parent,
                         "application-name", _("Microreach"),
                         "application-icon", APP_ID,
                         "developer-name", _("The Microreach developers"),
                         "version", PACKAGE_VERSION,
                         "website", "https://example.org/microreach",
                         "issue-url", "https://example.org/microreach/issues",
                         "comments", _("Vet micro-influencers, run creator campaigns and catch "
                                       "micro-moments — from the statistics you already have, "
                                       "on your own computer."),
                         "developers", developers,
                         /* Translators: put your names here, one per line. */
                         "translator-credits", _("translator-credits"),
                         "copyright", "© 2026 The Microreach developers",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         NULL);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GtkApplication *app = user_data;
  g_autoptr(GPtrArray) windows = g_ptr_array_new_with_free_func (g_object_unref);

  for (GList *l = gtk_application_get_windows (app); l != NULL; l = l->next)
    g_ptr_array_add (windows, g_object_ref (l->data));

  /* Closing (rather than destroying) lets each window save its state first; the
   * references keep the list valid while closing one window destroys others. */
  for (guint i = 0; i < windows->len; i++)
    gtk_window_close (g_ptr_array_index (windows, i));
}

static const GActionEntry app_actions[] = {
  { "preferences", preferences_action },
  { "about", about_action },
  { "quit", quit_action },
};

static void
mr_application_startup (GApplication *app)
{
  MrApplication *self = MR_APPLICATION (app);
  static const struct { const char *action; const char *accels[3]; } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "app.preferences", { "<Control>comma", NULL } },
    { "window.close", { "<Control>w", NULL } },
    { "win.import", { "<Control>o", NULL } },
    { "win.refresh-public-data", { "<Control>r", "F5", NULL } },
    { "win.show-page::creators", { "<Alt>1", NULL } },
    { "win.show-page::campaigns", { "<Alt>2", NULL } },
    { "win.show-page::moments", { "<Alt>3", NULL } },
  };

  G_APPLICATION_CLASS (mr_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (app),
                                           accels[i].action, accels[i].accels);

  gtk_window_set_default_icon_name (APP_ID);

  self->settings = g_settings_new (APP_ID);
  g_signal_connect (self->settings, "changed", G_CALLBACK (on_settings_changed), self);
}

static void
mr_application_window_removed_cb (GtkApplication *app,
                                  GtkWindow      *window)
{
  GTK_APPLICATION_CLASS (mr_application_parent_class)->window_removed (app, window);
  mr_application_window_removed (MR_APPLICATION (app));
}

static void
mr_application_finalize (GObject *object)
{
  MrApplication *self = MR_APPLICATION (object);

  mr_application_dispose_database (self);
  g_clear_handle_id (&self->apply_source, g_source_remove);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->database_path, g_free);

  G_OBJECT_CLASS (mr_application_parent_class)->finalize (object);
}

static void
mr_application_class_init (MrApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);
  GtkApplicationClass *gtk_app_class = GTK_APPLICATION_CLASS (klass);

  object_class->finalize = mr_application_finalize;
  gtk_app_class->window_removed = mr_application_window_removed_cb;

  app_class->startup = mr_application_startup;
  app_class->activate = mr_application_activate;
  app_class->open = mr_application_open;
  app_class->handle_local_options = mr_application_handle_local_options;
}

static void
mr_application_init (MrApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
    _("Without options, opens the window; FILEs given are imported into it."));
  g_application_set_option_context_description (G_APPLICATION (self),
    _("Exit status: 0 when all went well; 1 when something failed, with the reason on "
      "standard error; 2 for options that do not go together; 3 when results were "
      "imported but some rows matched no member of the campaign (they are listed on "
      "standard output)."));
}
