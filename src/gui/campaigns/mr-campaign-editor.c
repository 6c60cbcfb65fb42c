/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-campaign-editor"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "mr-accessible.h"
#include "mr-campaign-editor.h"
#include "mr-campaign-format.h"
#include "mr-date-button.h"
#include "mr-number-format.h"

/* Making a campaign, or changing one: what it is for, when it runs, what it may cost
 * and what counts as a good result. Every field says what is wrong with it right under
 * it, and Save stays off until the campaign can be stored. When the database refuses,
 * the dialog stays open with everything typed, and the campaign keeps what is stored. */

#define N_PLATFORMS (MR_PLATFORM_OTHER + 1)

static const char * const currencies[] = {
  "EUR", "USD", "GBP", "CHF", "SEK", "DKK", "NOK", "PLN", "CAD", "AUD", NULL
};

struct _MrCampaignEditor
{
  AdwWindow       parent_instance;

  MrStore        *store;
  MrCampaign     *campaign;       /* NULL while making a new one */
  GtkStringList  *currency_list;
  GtkCheckButton *platform_checks[N_PLATFORMS];
  gboolean        name_touched;

  GtkButton      *save_button;
  GtkLabel       *error_label;
  AdwEntryRow    *name_row;
  AdwEntryRow    *brand_row;
  AdwComboRow    *goal_row;
  AdwComboRow    *kind_row;
  AdwExpanderRow *platforms_row;
  GtkLabel       *name_error;
  AdwEntryRow    *start_row;
  AdwEntryRow    *end_row;
  GtkLabel       *dates_error;
  AdwEntryRow    *budget_row;
  GtkDropDown    *currency_drop_down;
  GtkLabel       *budget_error;
  GtkSpinButton  *roas_spin;
  GtkSpinButton  *ctr_min_spin;
  GtkSpinButton  *ctr_max_spin;
  GtkLabel       *targets_error;
  GtkTextView    *notes_view;
};

G_DEFINE_FINAL_TYPE (MrCampaignEditor, mr_campaign_editor, ADW_TYPE_WINDOW)

enum {
  SIGNAL_SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ── What the campaign says, and what the form says ──────────────────────────────── */

typedef struct
{
  char           *name;
  char           *brand;
  MrCampaignGoal  goal;
  MrCampaignKind  kind;
  char           *platforms;
  char           *start_date;
  char           *end_date;
  double          budget;
  char           *currency;
  double          target_roas;
  double          target_ctr_min;
  double          target_ctr_max;
  char           *notes;
} CampaignValues;

static void
read_values (MrCampaign     *campaign,
             CampaignValues *values)
{
  values->name = g_strdup (mr_campaign_get_name (campaign));
  values->brand = g_strdup (mr_campaign_get_brand (campaign));
  values->goal = mr_campaign_get_goal (campaign);
  values->kind = mr_campaign_get_kind (campaign);
  values->platforms = g_strdup (mr_campaign_get_platforms (campaign));
  values->start_date = g_strdup (mr_campaign_get_start_date (campaign));
  values->end_date = g_strdup (mr_campaign_get_end_date (campaign));
  values->budget = mr_campaign_get_budget (campaign);
  values->currency = g_strdup (mr_campaign_get_currency (campaign));
  values->target_roas = mr_campaign_get_target_roas (campaign);
  values->target_ctr_min = mr_campaign_get_target_ctr_min (campaign);
  values->target_ctr_max = mr_campaign_get_target_ctr_max (campaign);
  values->notes = g_strdup (mr_campaign_get_notes (campaign));
}

static void
write_values (MrCampaign     *campaign,
              CampaignValues *values)
{
  g_object_freeze_notify (G_OBJECT (campaign));
  mr_campaign_set_name (campaign, values->name);
  mr_campaign_set_brand (campaign, values->brand);
  mr_campaign_set_goal (campaign, values->goal);
  mr_campaign_set_kind (campaign, values->kind);
  mr_campaign_set_platforms (campaign, values->platforms);
  mr_campaign_set_start_date (campaign, values->start_date);
  mr_campaign_set_end_date (campaign, values->end_date);
  mr_campaign_set_budget (campaign, values->budget);
  mr_campaign_set_currency (campaign, values->currency);
  mr_campaign_set_target_roas (campaign, values->target_roas);
  mr_campaign_set_target_ctr_min (campaign, values->target_ctr_min);
  mr_campaign_set_target_ctr_max (campaign, values->target_ctr_max);
  mr_campaign_set_notes (campaign, values->notes);
  g_object_thaw_notify (G_OBJECT (campaign));
}

static void
clear_values (CampaignValues *values)
{
  g_free (values->name);
  g_free (values->brand);
  g_free (values->platforms);
  g_free (values->start_date);
  g_free (values->end_date);
  g_free (values->currency);
  g_free (values->notes);
}

static char *
text_or_null (const char *text)
{
  g_autofree char *copy = g_strstrip (g_strdup (text != NULL ? text : ""));

  return copy[0] != '\0' ? g_steal_pointer (&copy) : NULL;
}

static char *
row_text (AdwEntryRow *row)
{
  return text_or_null (gtk_editable_get_text (GTK_EDITABLE (row)));
}

static char *
chosen_platforms (MrCampaignEditor *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) ids = NULL;

  for (MrPlatform p = 0; p < N_PLATFORMS; p++)
    if (gtk_check_button_get_active (self->platform_checks[p]))
      g_strv_builder_add (builder, mr_platform_to_string (p));
  ids = g_strv_builder_end (builder);

  return ids[0] != NULL ? g_strjoinv (",", ids) : NULL;
}

static char *
notes_text (MrCampaignEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  return text_or_null (text);
}

/* ── Checking the form ───────────────────────────────────────────────────────────── */

static void
show_field_error (GtkLabel   *label,
                  const char *message)
{
  if (message != NULL)
    gtk_label_set_text (label, message);
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
}

static void
mark_row (AdwEntryRow *row,
          gboolean     wrong)
{
  if (wrong)
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
}

/* What is wrong with the dates, or NULL. */
static char *
check_dates (MrCampaignEditor *self)
{
  g_autofree char *start = row_text (self->start_row);
  g_autofree char *end = row_text (self->end_row);
  GDate start_day, end_day;
  gboolean start_ok = start == NULL || mr_campaign_parse_date (start, &start_day);
  gboolean end_ok = end == NULL || mr_campaign_parse_date (end, &end_day);

  mark_row (self->start_row, !start_ok);
  mark_row (self->end_row, !end_ok);

  if (!start_ok)
    return g_strdup (_("Write the start as year-month-day, like 2024-06-01, or pick it from the calendar."));
  if (!end_ok)
    return g_strdup (_("Write the end as year-month-day, like 2024-06-30, or pick it from the calendar."));
  if (start != NULL && end != NULL && g_date_compare (&end_day, &start_day) < 0)
    {
      g_autofree char *first = mr_campaign_format_date (start, TRUE);

      mark_row (self->end_row, TRUE);
      /* Translators: under the campaign's dates; %s is its first day. */
      return g_strdup_printf (_("The campaign ends before it starts: pick an end on or after %s."),
                              first);
    }
  return NULL;
}

static char *
check_budget (MrCampaignEditor *self,
              double           *budget)
{
  g_autofree char *text = row_text (self->budget_row);
  g_autofree char *example = NULL;
  double value = NAN;

  if (text == NULL || mr_campaign_parse_amount (text, &value))
    {
      mark_row (self->budget_row, FALSE);
      if (budget != NULL)
        *budget = value;
      return NULL;
    }

  mark_row (self->budget_row, TRUE);
  example = mr_format_decimal (1500, 0);
  /* Translators: under the budget; %s is an example amount, such as 1,500. */
  return g_strdup_printf (_("Write the budget as a number, like %s, or leave it empty."), example);
}

static gboolean
check_targets (MrCampaignEditor *self)
{
  return gtk_spin_button_get_value (self->ctr_min_spin) <= gtk_spin_button_get_value (self->ctr_max_spin);
}

gboolean
mr_campaign_editor_can_save (MrCampaignEditor *self)
{
  g_autofree char *name = NULL;
  g_autofree char *dates = NULL;
  g_autofree char *budget = NULL;

  g_return_val_if_fail (MR_IS_CAMPAIGN_EDITOR (self), FALSE);

  name = row_text (self->name_row);
  dates = check_dates (self);
  budget = check_budget (self, NULL);
  return name != NULL && dates == NULL && budget == NULL && check_targets (self);
}

static void
validate (MrCampaignEditor *self)
{
  g_autofree char *name = row_text (self->name_row);
  g_autofree char *dates = check_dates (self);
  g_autofree char *budget = check_budget (self, NULL);

  gtk_widget_set_visible (GTK_WIDGET (self->name_error), self->name_touched && name == NULL);
  mark_row (self->name_row, self->name_touched && name == NULL);
  show_field_error (self->dates_error, dates);
  show_field_error (self->budget_error, budget);
  gtk_widget_set_visible (GTK_WIDGET (self->targets_error), !check_targets (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "campaign-editor.save",
                                 mr_campaign_editor_can_save (self));
}

static void
on_name_changed (MrCampaignEditor *self)
{
  self->name_touched = TRUE;
  validate (self);
}

static void
on_kind_selected (MrCampaignEditor *self)
{
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->kind_row),
                               adw_combo_row_get_selected (self->kind_row) == MR_CAMPAIGN_KIND_PILOT
                               ? _("A few creators and a small budget, to learn what works before you commit")
                               : _("Scale up the partnerships that proved themselves"));
}

static void
on_platform_toggled (MrCampaignEditor *self)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autofree char *joined = NULL;

  for (MrPlatform p = 0; p < N_PLATFORMS; p++)
    if (gtk_check_button_get_active (self->platform_checks[p]))
      g_ptr_array_add (labels, (gpointer) mr_platform_get_label (p));
  g_ptr_array_add (labels, NULL);

  joined = g_strjoinv (", ", (char **) labels->pdata);
  /* Translators: a campaign for which no platform was chosen yet. */
  adw_expander_row_set_subtitle (self->platforms_row, joined[0] != '\0' ? joined : _("None chosen yet"));
}

/* ── Saving ──────────────────────────────────────────────────────────────────────── */

static void
show_error (MrCampaignEditor *self,
            const char       *message)
{
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
read_form (MrCampaignEditor *self,
           CampaignValues   *values)
{
  guint currency = gtk_drop_down_get_selected (self->currency_drop_down);
  g_autofree char *budget_error = NULL;

  values->name = row_text (self->name_row);
  values->brand = row_text (self->brand_row);
  values->goal = adw_combo_row_get_selected (self->goal_row);
  values->kind = adw_combo_row_get_selected (self->kind_row);
  values->platforms = chosen_platforms (self);
  values->start_date = row_text (self->start_row);
  values->end_date = row_text (self->end_row);
  values->budget = NAN;
  budget_error = check_budget (self, &values->budget);
  values->currency = g_strdup (gtk_string_list_get_string (self->currency_list, currency));
  values->target_roas = gtk_spin_button_get_value (self->roas_spin);
  values->target_ctr_min = gtk_spin_button_get_value (self->ctr_min_spin);
  values->target_ctr_max = gtk_spin_button_get_value (self->ctr_max_spin);
  values->notes = notes_text (self);
}

static gboolean
store_form (MrCampaignEditor  *self,
            CampaignValues    *form,
            GError           **error)
{
  g_autoptr(MrCampaign) campaign = NULL;
  CampaignValues old;
  gboolean ok;

  if (self->campaign == NULL)
    {
      campaign = mr_campaign_new (form->name);
      write_values (campaign, form);
      if (!mr_store_add_campaign (self->store, campaign, error))
        return FALSE;
      self->campaign = g_steal_pointer (&campaign);
      return TRUE;
    }

  read_values (self->campaign, &old);
  write_values (self->campaign, form);
  ok = mr_store_save_campaign (self->store, self->campaign, error);
  /* Not stored: the campaign says again what the database says. */
  if (!ok)
    write_values (self->campaign, &old);
  clear_values (&old);
  return ok;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MrCampaignEditor *self = MR_CAMPAIGN_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  CampaignValues form;
  gboolean ok;

  self->name_touched = TRUE;
  validate (self);
  if (!mr_campaign_editor_can_save (self))
    return;
  /* Deleted (with Undo still offered) while the dialog was open. */
  if (self->campaign != NULL && mr_campaign_get_id (self->campaign) == 0)
    {
      show_error (self, _("This campaign has been deleted meanwhile. Undo the deletion to edit it."));
      return;
    }

  read_form (self, &form);
  ok = store_form (self, &form, &error);
  clear_values (&form);
  if (!ok)
    {
      show_error (self, error->message);
      return;
    }

  show_error (self, NULL);
  g_signal_emit (self, signals[SIGNAL_SAVED], 0, self->campaign);
  gtk_window_close (GTK_WINDOW (self));
}

static void
on_entry_activated (MrCampaignEditor *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "campaign-editor.save", NULL);
}

/* ── Numbers in the user's language ──────────────────────────────────────────────── */

static gboolean
on_spin_output (GtkSpinButton *spin)
{
  g_autofree char *text = mr_format_decimal (gtk_adjustment_get_value (gtk_spin_button_get_adjustment (spin)), 1);

  if (g_strcmp0 (text, gtk_editable_get_text (GTK_EDITABLE (spin))) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

static int
on_spin_input (GtkSpinButton *spin,
               double        *value)
{
  double parsed;

  if (!mr_campaign_parse_amount (gtk_editable_get_text (GTK_EDITABLE (spin)), &parsed))
    return GTK_INPUT_ERROR;
  *value = parsed;
  return TRUE;
}

static void
speak_numbers_like_the_user (GtkSpinButton *spin)
{
  g_signal_connect (spin, "output", G_CALLBACK (on_spin_output), NULL);
  g_signal_connect (spin, "input", G_CALLBACK (on_spin_input), NULL);
  on_spin_output (spin);
}

static void
on_currency_selected (MrCampaignEditor *self)
{
  mr_accessible_name_drop_down (self->currency_drop_down, _("Currency"));
}

/* ── Filling the form ────────────────────────────────────────────────────────────── */

static void
fill_choices (MrCampaignEditor *self)
{
  g_autoptr(GtkStringList) goals = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  for (MrCampaignGoal goal = MR_CAMPAIGN_GOAL_AWARENESS; goal <= MR_CAMPAIGN_GOAL_CONVERSIONS; goal++)
    gtk_string_list_append (goals, mr_campaign_goal_get_label (goal));
  adw_combo_row_set_model (self->goal_row, G_LIST_MODEL (goals));
  for (MrCampaignKind kind = MR_CAMPAIGN_KIND_PILOT; kind <= MR_CAMPAIGN_KIND_LONG_TERM; kind++)
    gtk_string_list_append (kinds, mr_campaign_kind_get_label (kind));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));

  self->currency_list = gtk_string_list_new (currencies);
  gtk_drop_down_set_model (self->currency_drop_down, G_LIST_MODEL (self->currency_list));
  g_signal_connect_swapped (self->currency_drop_down, "notify::selected",
                            G_CALLBACK (on_currency_selected), self);

  for (MrPlatform p = 0; p < N_PLATFORMS; p++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), mr_platform_get_label (p));
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, mr_platform_get_label (p), -1);
      g_signal_connect_swapped (check, "toggled", G_CALLBACK (on_platform_toggled), self);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      adw_expander_row_add_row (self->platforms_row, row);
      self->platform_checks[p] = GTK_CHECK_BUTTON (check);
    }

  adw_entry_row_add_suffix (self->start_row,
                            mr_date_button_new (GTK_EDITABLE (self->start_row), _("Pick the Start Day")));
  adw_entry_row_add_suffix (self->end_row,
                            mr_date_button_new (GTK_EDITABLE (self->end_row), _("Pick the End Day")));

  speak_numbers_like_the_user (self->roas_spin);
  speak_numbers_like_the_user (self->ctr_min_spin);
  speak_numbers_like_the_user (self->ctr_max_spin);
}

static void
select_currency (MrCampaignEditor *self,
                 const char       *currency)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->currency_list));

  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (gtk_string_list_get_string (self->currency_list, i), currency) == 0)
      {
        gtk_drop_down_set_selected (self->currency_drop_down, i);
        return;
      }

  /* A currency the list does not offer stays what it is. */
  gtk_string_list_append (self->currency_list, currency);
  gtk_drop_down_set_selected (self->currency_drop_down, n);
}

static void
set_row_text (AdwEntryRow *row,
              const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

static void
fill_form (MrCampaignEditor *self)
{
  CampaignValues values;
  g_autofree char *budget = NULL;
  g_auto(GStrv) platforms = NULL;

  if (self->campaign != NULL)
    {
      read_values (self->campaign, &values);
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Campaign"));
      gtk_button_set_label (self->save_button, _("_Save"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->save_button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Save"), -1);
    }
  else
    {
      g_autoptr(MrCampaign) defaults = mr_campaign_new (NULL);
      g_autoptr(GSettings) settings = g_settings_new (APP_ID);
      g_autofree char *currency = g_settings_get_string (settings, "default-currency");

      mr_campaign_set_currency (defaults, currency[0] != '\0' ? currency : "EUR");
      read_values (defaults, &values);
      gtk_window_set_title (GTK_WINDOW (self), _("New Campaign"));
      gtk_button_set_label (self->save_button, _("C_reate"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->save_button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Create"), -1);
    }

  set_row_text (self->name_row, values.name);
  set_row_text (self->brand_row, values.brand);
  adw_combo_row_set_selected (self->goal_row, values.goal);
  adw_combo_row_set_selected (self->kind_row, values.kind);
  on_kind_selected (self);
  platforms = g_strsplit (values.platforms != NULL ? values.platforms : "", ",", -1);
  for (guint i = 0; platforms[i] != NULL; i++)
    {
      MrPlatform platform;

      if (mr_platform_from_string (g_strstrip (platforms[i]), &platform))
        gtk_check_button_set_active (self->platform_checks[platform], TRUE);
    }
  on_platform_toggled (self);
  set_row_text (self->start_row, values.start_date);
  set_row_text (self->end_row, values.end_date);
  budget = mr_campaign_format_amount (values.budget);
  set_row_text (self->budget_row, budget);
  select_currency (self, values.currency);
  on_currency_selected (self);
  gtk_spin_button_set_value (self->roas_spin, values.target_roas);
  gtk_spin_button_set_value (self->ctr_min_spin, values.target_ctr_min);
  gtk_spin_button_set_value (self->ctr_max_spin, values.target_ctr_max);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view),
                            values.notes != NULL ? values.notes : "", -1);
  clear_values (&values);

  self->name_touched = FALSE;
  validate (self);
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->name_row));
}

/* ── Object ──────────────────────────────────────────────────────────────────────── */

MrCampaignEditor *
mr_campaign_editor_new (GtkWindow  *parent,
                        MrStore    *store,
                        MrCampaign *campaign)
{
  MrCampaignEditor *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (MR_IS_STORE (store), NULL);
  g_return_val_if_fail (campaign == NULL || MR_IS_CAMPAIGN (campaign), NULL);

  self = g_object_new (MR_TYPE_CAMPAIGN_EDITOR, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->campaign = campaign != NULL ? g_object_ref (campaign) : NULL;
  fill_form (self);

  return self;
}

static void
mr_campaign_editor_dispose (GObject *object)
{
  MrCampaignEditor *self = MR_CAMPAIGN_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MR_TYPE_CAMPAIGN_EDITOR);
  g_clear_object (&self->currency_list);
  g_clear_object (&self->campaign);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (mr_campaign_editor_parent_class)->dispose (object);
}

static void
mr_campaign_editor_class_init (MrCampaignEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mr_campaign_editor_dispose;

  signals[SIGNAL_SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 1, MR_TYPE_CAMPAIGN);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/campaigns/mr-campaign-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, MrCampaignEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, MrCampaignEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, MrCampaignEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, MrCampaignEditor, brand_row);
  gtk_widget_class_bind_template_child (widget_class, MrCampaignEditor, goal_row);
  gtk_widget_class_bind_template_child (widget_class, MrCampaignEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, MrCampaignEditor, platforms_row);
  gtk_widget_class_bind_template_child (widget_class, MrCampaignEditor, name_error);
  gtk_widget_class_bind_template_child (widget_class, MrCampaignEditor, start_row);
  gtk_widget_class_bind_template_child (widget_class, MrCampaignEditor, end_row);
  gtk_widget_class_bind_template_child (widget_class, MrCampaignEditor, dates_error);
  gtk_widget_class_bind_template_child (widget_class, MrCampaignEditor, budget_row);
  gtk_widget_class_bind_template_child (widget_class, MrCampaignEditor, currency_drop_down);
  gtk_widget_class_bind_template_child (widget_class, MrCampaignEditor, budget_error);
  gtk_widget_class_bind_template_child (widget_class, MrCampaignEditor, roas_spin);
  gtk_widget_class_bind_template_child (widget_class, MrCampaignEditor, ctr_min_spin);
  gtk_widget_class_bind_template_child (widget_class, MrCampaignEditor, ctr_max_spin);
  gtk_widget_class_bind_template_child (widget_class, MrCampaignEditor, targets_error);
  gtk_widget_class_bind_template_child (widget_class, MrCampaignEditor, notes_view);
  gtk_widget_class_bind_template_callback (widget_class, validate);
  gtk_widget_class_bind_template_callback (widget_class, on_name_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_kind_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated);

  gtk_widget_class_install_action (widget_class, "campaign-editor.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mr_campaign_editor_init (MrCampaignEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  fill_choices (self);
}
