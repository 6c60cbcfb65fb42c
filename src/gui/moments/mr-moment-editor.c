/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-moment-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "mr-campaign.h"
#include "mr-intent.h"
#include "mr-moment-editor.h"

struct _MrMomentEditor
{
  AdwWindow      parent_instance;

  MrStore       *store;
  MrMoment      *moment;        /* NULL while making a new one */
  GArray        *creator_ids;   /* gint64 per row of creator_row; 0 for none */
  GArray        *campaign_ids;  /* likewise for campaign_row */
  gboolean       intent_chosen; /* the user picked one: no more guessing */
  gboolean       guessing;

  GtkLabel      *error_label;
  AdwEntryRow   *title_row;
  AdwComboRow   *intent_row;
  AdwActionRow  *hours_row;
  GtkSpinButton *hours_spin;
  AdwEntryRow   *channel_row;
  AdwComboRow   *creator_row;
  AdwComboRow   *campaign_row;
  GtkTextView   *notes_view;
};

G_DEFINE_FINAL_TYPE (MrMomentEditor, mr_moment_editor, ADW_TYPE_WINDOW)

static gint64
selected_id (AdwComboRow *row,
             GArray      *ids)
{
  guint selected = adw_combo_row_get_selected (row);

  return selected < ids->len ? g_array_index (ids, gint64, selected) : 0;
}

static void
select_id (AdwComboRow *row,
           GArray      *ids,
           gint64       id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      {
        adw_combo_row_set_selected (row, i);
        return;
      }
  adw_combo_row_set_selected (row, 0);
}

/* "None", the suggested creators, then everyone else in the roster's order. */
static void
fill_creators (MrMomentEditor *self)
{
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->title_row));
  gint64 keep = selected_id (self->creator_row, self->creator_ids);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) suggested = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *subtitle = NULL;
  GListModel *creators = mr_store_get_creators (self->store);

  if (self->creator_ids->len == 0 && self->moment != NULL)
    keep = mr_moment_get_creator_id (self->moment);

  suggested = mr_store_suggest_creators (self->store, query, &error);
  if (suggested == NULL)
    {
      g_warning ("Could not suggest creators: %s", error->message);
      suggested = g_ptr_array_new ();
    }

  g_array_set_size (self->creator_ids, 0);
  /* Translators: no creator linked to a moment */
  gtk_string_list_append (labels, C_("creator", "None"));
  g_array_append_val (self->creator_ids, (gint64) { 0 });
  for (guint i = 0; i < suggested->len; i++)
    {
      MrCreator *creator = g_ptr_array_index (suggested, i);
      g_autofree char *label = NULL;
      gint64 id = mr_creator_get_id (creator);

      /* Translators: a creator whose niche or captions fit the moment's search */
      label = g_strdup_printf (_("%s (suggested)"), mr_creator_get_name (creator));
      gtk_string_list_append (labels, label);
      g_array_append_val (self->creator_ids, id);
      g_ptr_array_add (names, (gpointer) mr_creator_get_name (creator));
    }
  for (guint i = 0; i < g_list_model_get_n_items (creators); i++)
    {
      g_autoptr(MrCreator) creator = g_list_model_get_item (creators, i);
      gint64 id = mr_creator_get_id (creator);

      if (g_ptr_array_find (suggested, creator, NULL))
        continue;
      gtk_string_list_append (labels, mr_creator_get_name (creator));
      g_array_append_val (self->creator_ids, id);
    }

  adw_combo_row_set_model (self->creator_row, G_LIST_MODEL (labels));
  select_id (self->creator_row, self->creator_ids, keep);

  g_ptr_array_add (names, NULL);
  if (suggested->len > 0)
    {
      g_autofree char *joined = g_strjoinv (", ", (char **) names->pdata);

      /* Translators: the creators whose niche or recent captions mention the search */
      subtitle = g_strdup_printf (_("Suggested: %s"), joined);
    }
  else if (query[0] != '\0')
    {
      subtitle = g_strdup (_("No creator’s niche or recent captions mention this search"));
    }
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->creator_row), subtitle != NULL ? subtitle : "");
}

static void
fill_campaigns (MrMomentEditor *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GListModel *campaigns = mr_store_get_campaigns (self->store);

  /* Translators: no campaign linked to a moment */
  gtk_string_list_append (labels, C_("campaign", "None"));
  g_array_append_val (self->campaign_ids, (gint64) { 0 });
  for (guint i = 0; i < g_list_model_get_n_items (campaigns); i++)
    {
      g_autoptr(MrCampaign) campaign = g_list_model_get_item (campaigns, i);
      gint64 id = mr_campaign_get_id (campaign);

      gtk_string_list_append (labels, mr_campaign_get_name (campaign));
      g_array_append_val (self->campaign_ids, id);
    }
  adw_combo_row_set_model (self->campaign_row, G_LIST_MODEL (labels));
  select_id (self->campaign_row, self->campaign_ids,
             self->moment != NULL ? mr_moment_get_campaign_id (self->moment) : 0);
}

static void
on_title_changed (MrMomentEditor *self)
{
  const char *title = gtk_editable_get_text (GTK_EDITABLE (self->title_row));

  if (!self->intent_chosen)
    {
      self->guessing = TRUE;
      adw_combo_row_set_selected (self->intent_row, mr_intent_classify (title).intent);
      self->guessing = FALSE;
    }
  fill_creators (self);
}

static void
on_intent_selected (MrMomentEditor *self)
{
  if (!self->guessing)
    self->intent_chosen = TRUE;
}

static char *
text_or_null (const char *text)
{
  g_autofree char *copy = g_strstrip (g_strdup (text != NULL ? text : ""));

  return copy[0] != '\0' ? g_steal_pointer (&copy) : NULL;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MrMomentEditor *self = MR_MOMENT_EDITOR (widget);
  g_autoptr(MrMoment) moment = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = text_or_null (gtk_editable_get_text (GTK_EDITABLE (self->title_row)));
  g_autofree char *channel = text_or_null (gtk_editable_get_text (GTK_EDITABLE (self->channel_row)));
  g_autofree char *notes = NULL;
  g_autofree char *notes_text = NULL;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start, end;
  gboolean ok;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  notes_text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  notes = text_or_null (notes_text);

  moment = self->moment != NULL ? g_object_ref (self->moment) : mr_moment_new (NULL);
  g_object_freeze_notify (G_OBJECT (moment));
  if (self->moment == NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autoptr(GDateTime) detected_at = g_date_time_new_from_unix_local (g_date_time_to_unix (now));
      g_autoptr(GDateTime) respond_by =
        g_date_time_add_hours (detected_at, gtk_spin_button_get_value_as_int (self->hours_spin));

      mr_moment_set_detected_at (moment, detected_at);
      mr_moment_set_respond_by (moment, respond_by);
    }
  if (gtk_editable_get_editable (GTK_EDITABLE (self->title_row)))
    mr_moment_set_title (moment, title);
  mr_moment_set_intent (moment, (MrIntent) MIN (adw_combo_row_get_selected (self->intent_row),
                                                MR_INTENT_BUY));
  mr_moment_set_channel (moment, channel);
  mr_moment_set_notes (moment, notes);
  mr_moment_set_creator_id (moment, selected_id (self->creator_row, self->creator_ids));
  mr_moment_set_campaign_id (moment, selected_id (self->campaign_row, self->campaign_ids));
  g_object_thaw_notify (G_OBJECT (moment));

  if (self->moment == NULL)
    ok = mr_store_add_moment (self->store, moment, &error);
  else
    ok = mr_store_save_moment (self->store, moment, &error);

  if (!ok)
    {
      /* What the moment now says was not stored: read it back as it is. */
      if (self->moment != NULL)
        mr_store_reload (self->store, NULL);
      gtk_label_set_label (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }
  gtk_window_close (GTK_WINDOW (self));
}

static void
fill_intents (MrMomentEditor *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  for (MrIntent intent = MR_INTENT_NONE; intent <= MR_INTENT_BUY; intent++)
    gtk_string_list_append (labels, mr_intent_get_label (intent));
  adw_combo_row_set_model (self->intent_row, G_LIST_MODEL (labels));
}

MrMomentEditor *
mr_moment_editor_new (GtkWindow *parent,
                      MrStore   *store,
                      MrMoment  *moment)
{
  MrMomentEditor *self;
  MrMomentSettings settings;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (MR_IS_STORE (store), NULL);
  g_return_val_if_fail (moment == NULL || MR_IS_MOMENT (moment), NULL);

  self = g_object_new (MR_TYPE_MOMENT_EDITOR, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->moment = moment != NULL ? g_object_ref (moment) : NULL;

  fill_campaigns (self);
  if (moment != NULL)
    {
      const char *notes = mr_moment_get_notes (moment);

      gtk_window_set_title (GTK_WINDOW (self), _("Edit Moment"));
      gtk_editable_set_text (GTK_EDITABLE (self->title_row), mr_moment_get_title (moment));
      /* A detected moment is named after its search: that is how detecting again knows
       * it. */
      gtk_editable_set_editable (GTK_EDITABLE (self->title_row), mr_moment_get_source (moment) == NULL);
      adw_combo_row_set_selected (self->intent_row, mr_moment_get_intent (moment));
      self->intent_chosen = TRUE;
      gtk_widget_set_visible (GTK_WIDGET (self->hours_row), FALSE);
      gtk_editable_set_text (GTK_EDITABLE (self->channel_row), mr_moment_get_channel (moment) ?: "");
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view), notes ?: "", -1);
    }
  else
    {
      gtk_window_set_title (GTK_WINDOW (self), _("New Moment"));
      mr_store_get_moment_settings (store, &settings);
      gtk_spin_button_set_value (self->hours_spin, settings.response_hours);
      gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->title_row));
    }
  fill_creators (self);

  g_signal_connect_swapped (self->title_row, "changed", G_CALLBACK (on_title_changed), self);
  g_signal_connect_swapped (self->intent_row, "notify::selected", G_CALLBACK (on_intent_selected), self);

  return self;
}

static void
mr_moment_editor_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), MR_TYPE_MOMENT_EDITOR);

  G_OBJECT_CLASS (mr_moment_editor_parent_class)->dispose (object);
}

static void
mr_moment_editor_finalize (GObject *object)
{
  MrMomentEditor *self = MR_MOMENT_EDITOR (object);

  g_clear_object (&self->store);
  g_clear_object (&self->moment);
  g_clear_pointer (&self->creator_ids, g_array_unref);
  g_clear_pointer (&self->campaign_ids, g_array_unref);

  G_OBJECT_CLASS (mr_moment_editor_parent_class)->finalize (object);
}

static void
mr_moment_editor_class_init (MrMomentEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mr_moment_editor_dispose;
  object_class->finalize = mr_moment_editor_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/moments/mr-moment-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, MrMomentEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, MrMomentEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, MrMomentEditor, intent_row);
  gtk_widget_class_bind_template_child (widget_class, MrMomentEditor, hours_row);
  gtk_widget_class_bind_template_child (widget_class, MrMomentEditor, hours_spin);
  gtk_widget_class_bind_template_child (widget_class, MrMomentEditor, channel_row);
  gtk_widget_class_bind_template_child (widget_class, MrMomentEditor, creator_row);
  gtk_widget_class_bind_template_child (widget_class, MrMomentEditor, campaign_row);
  gtk_widget_class_bind_template_child (widget_class, MrMomentEditor, notes_view);

  gtk_widget_class_install_action (widget_class, "moment-editor.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mr_moment_editor_init (MrMomentEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->creator_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->campaign_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  fill_intents (self);
}
