/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-benchmarks-page"

#include "config.h"

#include <glib/gi18n.h>

#include "mr-benchmarks.h"
#include "mr-benchmarks-page.h"

/* The typical engagement rate (by followers) a creator is compared with, for each
 * platform and tier: one spin button each, 0 for "no benchmark". What the user changes
 * is kept in GSettings as edits over the built-in table, so "Restore Defaults" is
 * simply no edits. */

static const MrPlatform platforms[] = {
  MR_PLATFORM_TIKTOK, MR_PLATFORM_INSTAGRAM, MR_PLATFORM_YOUTUBE,
  MR_PLATFORM_BLUESKY, MR_PLATFORM_MASTODON,
};

struct _MrBenchmarksPage
{
  AdwPreferencesPage  parent_instance;

  GSettings          *settings;
  MrBenchmarks       *benchmarks;
  GtkSpinButton      *spins[G_N_ELEMENTS (platforms)][MR_N_TIERS];
  gboolean            updating;
};

G_DEFINE_FINAL_TYPE (MrBenchmarksPage, mr_benchmarks_page, ADW_TYPE_PREFERENCES_PAGE)

static void
load (MrBenchmarksPage *self)
{
  g_autoptr(GVariant) edits = g_settings_get_value (self->settings, "benchmarks");

  g_clear_pointer (&self->benchmarks, mr_benchmarks_free);
  self->benchmarks = mr_benchmarks_new_from_variant (edits);

  self->updating = TRUE;
  for (guint p = 0; p < G_N_ELEMENTS (platforms); p++)
    for (MrTier tier = 0; tier < MR_N_TIERS; tier++)
      {
        double rate = 0.0;

        if (!mr_benchmarks_lookup (self->benchmarks, platforms[p], tier,
                                   MR_ENGAGEMENT_BY_FOLLOWERS, &rate))
          rate = 0.0;
        gtk_spin_button_set_value (self->spins[p][tier], rate);
      }
  self->updating = FALSE;
}

static void
on_value_changed (GtkSpinButton    *spin,
                  MrBenchmarksPage *self)
{
  g_autoptr(GVariant) edits = NULL;

  if (self->updating)
    return;

  for (guint p = 0; p < G_N_ELEMENTS (platforms); p++)
    for (MrTier tier = 0; tier < MR_N_TIERS; tier++)
      {
        double rate;

        if (self->spins[p][tier] != spin)
          continue;

        rate = gtk_spin_button_get_value (spin);
        if (rate > 0.0)
          mr_benchmarks_set (self->benchmarks, platforms[p], tier, MR_ENGAGEMENT_BY_FOLLOWERS, rate);
        else
          mr_benchmarks_unset (self->benchmarks, platforms[p], tier, MR_ENGAGEMENT_BY_FOLLOWERS);
      }

  edits = g_variant_ref_sink (mr_benchmarks_to_variant (self->benchmarks));
  g_settings_set_value (self->settings, "benchmarks", edits);
}

static void
restore_defaults_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  MrBenchmarksPage *self = MR_BENCHMARKS_PAGE (widget);

  g_settings_reset (self->settings, "benchmarks");
  load (self);
}

static GtkWidget *
build_row (MrBenchmarksPage *self,
           guint             p,
           MrTier            tier,
           MrTierScheme      scheme)
{
  GtkAdjustment *adjustment = gtk_adjustment_new (0.0, 0.0, 100.0, 0.05, 1.0, 0.0);
  g_autofree char *range = mr_tier_describe (scheme, platforms[p], tier);
  /* Translators: the accessible name of a rate field, e.g. "TikTok, Micro: typical engagement rate". */
  g_autofree char *name = g_strdup_printf (_("%s, %s: typical engagement rate"),
                                           mr_platform_get_label (platforms[p]),
                                           mr_tier_get_label (tier));
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new (adjustment, 0.05, 2);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), range);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  g_signal_connect (spin, "value-changed", G_CALLBACK (on_value_changed), self);
  self->spins[p][tier] = GTK_SPIN_BUTTON (spin);

  return row;
}

/* Benchmarks belong to the default scheme's tiers whatever scheme names the tiers
 * elsewhere, so the rows show the default ranges. */
static void
build (MrBenchmarksPage *self)
{
  const MrTierScheme scheme = MR_TIER_SCHEME_DEFAULT;
  GtkWidget *group;
  GtkWidget *button;

  for (guint p = 0; p < G_N_ELEMENTS (platforms); p++)
    {
      group = adw_preferences_group_new ();
      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group),
                                       mr_platform_get_label (platforms[p]));
      if (p == 0)
        adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
          _("The typical engagement rate in percent, (likes + comments) ÷ followers, that a creator is compared with. 0 means no benchmark: the comparison is left out."));
      for (MrTier tier = 0; tier < MR_N_TIERS; tier++)
        adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), build_row (self, p, tier, scheme));
      adw_preferences_page_add (ADW_PREFERENCES_PAGE (self), ADW_PREFERENCES_GROUP (group));
    }

  group = adw_preferences_group_new ();
  button = gtk_button_new_with_label (_("Restore Defaults"));
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "pill");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "benchmarks.restore-defaults");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), button);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self), ADW_PREFERENCES_GROUP (group));
}

MrBenchmarksPage *
mr_benchmarks_page_new (GSettings *settings)
{
  MrBenchmarksPage *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (MR_TYPE_BENCHMARKS_PAGE,
                       "title", _("Benchmarks"),
                       "icon-name", "mr-creators-symbolic",
                       NULL);
  self->settings = g_object_ref (settings);
  build (self);
  load (self);

  return self;
}

static void
mr_benchmarks_page_finalize (GObject *object)
{
  MrBenchmarksPage *self = MR_BENCHMARKS_PAGE (object);

  g_clear_object (&self->settings);
  g_clear_pointer (&self->benchmarks, mr_benchmarks_free);

  G_OBJECT_CLASS (mr_benchmarks_page_parent_class)->finalize (object);
}

static void
mr_benchmarks_page_class_init (MrBenchmarksPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = mr_benchmarks_page_finalize;

  gtk_widget_class_install_action (widget_class, "benchmarks.restore-defaults", NULL,
                                   restore_defaults_action);
}

static void
mr_benchmarks_page_init (MrBenchmarksPage *self)
{
}
