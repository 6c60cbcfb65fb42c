/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-moment-row"

#include "config.h"

#include <glib/gi18n.h>

#include "mr-moment-format.h"
#include "mr-moment-row.h"
#include "mr-search-series.h"

struct _MrMomentRow
{
  GtkListBoxRow  parent_instance;

  MrMoment      *moment;
  MrStore       *store;
  GDateTime     *now;

  GtkLabel      *title_label;
  GtkLabel      *meta_label;
  GtkLabel      *countdown_label;
  GtkLabel      *trigger_label;
  GtkLabel      *details_label;
  GtkWidget     *actions;
  GtkWidget     *edit_button;
  GtkWidget     *dismiss_button;
  GtkWidget     *respond_button;
};

G_DEFINE_FINAL_TYPE (MrMomentRow, mr_moment_row, GTK_TYPE_LIST_BOX_ROW)

/* How long after its deadline a moment still counts as waiting: it can be answered late,
 * and the user sees what they just missed before it goes to the history. */
#define OVERDUE_GRACE G_TIME_SPAN_DAY

gboolean
mr_moment_is_pending (MrMoment  *moment,
                      GDateTime *now)
{
  g_return_val_if_fail (MR_IS_MOMENT (moment), FALSE);
  g_return_val_if_fail (now != NULL, FALSE);

  switch (mr_moment_get_status (moment))
    {
    case MR_MOMENT_STATUS_OPEN:
      return TRUE;
    case MR_MOMENT_STATUS_EXPIRED:
      return g_date_time_difference (now, mr_moment_get_respond_by (moment)) < OVERDUE_GRACE;
    case MR_MOMENT_STATUS_RESPONDED:
    case MR_MOMENT_STATUS_DISMISSED:
    default:
      return FALSE;
    }
}

static const char *
source_name (MrMoment *moment)
{
  const char *source = mr_moment_get_source (moment);

  if (source == NULL || source[0] == '\0')
    /* Translators: where a moment came from when the user made it */
    return _("Added by hand");
  return mr_search_series_get_source_name (source);
}

static char *
describe_meta (MrMomentRow *self,
               gboolean     pending)
{
  MrMoment *moment = self->moment;
  MrIntent intent = mr_moment_get_intent (moment);
  g_autofree char *deadline = mr_moment_format_time (mr_moment_get_respond_by (moment), self->now);
  g_autofree char *what = NULL;
  GDateTime *responded_at = mr_moment_get_responded_at (moment);

  what = intent == MR_INTENT_NONE
         ? g_strdup (source_name (moment))
         /* Translators: a moment's intent and where it came from, as in
          * "I want to do · Google Trends" */
         : g_strdup_printf (C_("moment meta", "%s · %s"), mr_intent_get_label (intent),
                            source_name (moment));

  if (pending)
    /* Translators: "I want to do · Google Trends · respond by today 16:00" */
    return g_strdup_printf (_("%s · respond by %s"), what, deadline);

  switch (mr_moment_get_status (moment))
    {
    case MR_MOMENT_STATUS_RESPONDED:
      if (responded_at != NULL)
        {
          g_autofree char *took = mr_moment_format_duration (
            g_date_time_difference (responded_at, mr_moment_get_detected_at (moment)) / G_TIME_SPAN_SECOND);
          g_autofree char *when = mr_moment_format_time (responded_at, self->now);

          if (g_date_time_compare (responded_at, mr_moment_get_respond_by (moment)) <= 0)
            /* Translators: "Responded in 3 h 20 min, today 14:30 · I want to do · Google Trends" */
            return g_strdup_printf (_("Responded in %s, %s · %s"), took, when, what);
          /* Translators: "Responded in 30 h, after the deadline · …" */
          return g_strdup_printf (_("Responded in %s, after the deadline · %s"), took, what);
        }
      return g_strdup_printf (C_("moment meta", "%s · %s"),
                              mr_moment_status_get_label (MR_MOMENT_STATUS_RESPONDED), what);
    case MR_MOMENT_STATUS_EXPIRED:
      /* Translators: "Expired unanswered, yesterday 18:00 · Google Trends" */
      return g_strdup_printf (_("Expired unanswered, %s · %s"), deadline, what);
    case MR_MOMENT_STATUS_DISMISSED:
    case MR_MOMENT_STATUS_OPEN:
    default:
      return g_strdup_printf (C_("moment meta", "%s · %s"),
                              mr_moment_status_get_label (mr_moment_get_status (moment)), what);
    }
}

/* The name of the campaign or creator @id in @model, NULL when none is linked. */
static char *
find_name (GListModel *model,
           gint64      id)
{
  for (guint i = 0; id > 0 && i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) object = g_list_model_get_item (model, i);
      char *name = NULL;
      gint64 object_id = 0;

      g_object_get (object, "id", &object_id, NULL);
      if (object_id != id)
        continue;
      g_object_get (object, "name", &name, NULL);
      return name;
    }
  return NULL;
}

static char *
describe_details (MrMomentRow *self)
{
  MrMoment *moment = self->moment;
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char *channel = mr_moment_get_channel (moment);
  const char *notes = mr_moment_get_notes (moment);
  g_autofree char *creator = NULL;
  g_autofree char *campaign = NULL;

  if (self->store != NULL)
    {
      creator = find_name (mr_store_get_creators (self->store), mr_moment_get_creator_id (moment));
      campaign = find_name (mr_store_get_campaigns (self->store),
                            mr_moment_get_campaign_id (moment));
    }

  if (channel != NULL && channel[0] != '\0')
    /* Translators: where the answer goes, as in "Channel: Instagram Reel" */
    g_ptr_array_add (parts, g_strdup_printf (_("Channel: %s"), channel));
  if (creator != NULL)
    g_ptr_array_add (parts, g_strdup_printf (_("Creator: %s"), creator));
  if (campaign != NULL)
    g_ptr_array_add (parts, g_strdup_printf (_("Campaign: %s"), campaign));
  if (notes != NULL && notes[0] != '\0')
    g_ptr_array_add (parts, g_strdup (notes));
  g_ptr_array_add (parts, NULL);

  /* Translators: what separates a moment's channel, creator, campaign and notes */
  return g_strjoinv (C_("moment details", " · "), (char **) parts->pdata);
}

/* @label: (transfer full) */
static void
set_accessible_label (GtkWidget *button,
                      char      *label)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_free (label);
}

static void
update (MrMomentRow *self)
{
  MrMoment *moment = self->moment;
  const char *title = mr_moment_get_title (moment);
  const char *trigger = mr_moment_get_trigger (moment);
  gboolean pending = mr_moment_is_pending (moment, self->now);
  GTimeSpan left = g_date_time_difference (mr_moment_get_respond_by (moment), self->now);
  g_autofree char *meta = describe_meta (self, pending);
  g_autofree char *details = describe_details (self);
  g_autoptr(GVariant) target = g_variant_ref_sink (g_variant_new_int64 (mr_moment_get_id (moment)));

  gtk_label_set_label (self->title_label, title);
  gtk_label_set_label (self->meta_label, meta);
  gtk_label_set_label (self->trigger_label, trigger);
  gtk_widget_set_visible (GTK_WIDGET (self->trigger_label), trigger != NULL && trigger[0] != '\0');
  gtk_label_set_label (self->details_label, details);
  gtk_widget_set_visible (GTK_WIDGET (self->details_label), details[0] != '\0');

  gtk_widget_set_visible (GTK_WIDGET (self->countdown_label), pending);
  if (pending)
    {
      g_autofree char *countdown = mr_moment_format_countdown (left / G_TIME_SPAN_SECOND);

      gtk_label_set_label (self->countdown_label, countdown);
      if (left <= 0)
        gtk_widget_add_css_class (GTK_WIDGET (self->countdown_label), "error");
      else
        gtk_widget_remove_css_class (GTK_WIDGET (self->countdown_label), "error");
    }

  gtk_widget_set_visible (self->actions, pending);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->respond_button), target);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->dismiss_button), target);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->edit_button), target);
  /* Translators: a button's name for screen readers, as in "Respond to “koffie”" */
  set_accessible_label (self->respond_button, g_strdup_printf (_("Respond to “%s”"), title));
  /* Translators: a button's name for screen readers, as in "Dismiss “koffie”" */
  set_accessible_label (self->dismiss_button, g_strdup_printf (_("Dismiss “%s”"), title));
  /* Translators: a button's name for screen readers, as in "Edit “koffie”" */
  set_accessible_label (self->edit_button, g_strdup_printf (_("Edit “%s”"), title));
}

MrMoment *
mr_moment_row_get_moment (MrMomentRow *self)
{
  g_return_val_if_fail (MR_IS_MOMENT_ROW (self), NULL);

  return self->moment;
}

void
mr_moment_row_set_now (MrMomentRow *self,
                       GDateTime   *now)
{
  g_return_if_fail (MR_IS_MOMENT_ROW (self));
  g_return_if_fail (now != NULL);

  g_date_time_unref (self->now);
  self->now = g_date_time_ref (now);
  update (self);
}

GtkWidget *
mr_moment_row_new (MrMoment  *moment,
                   MrStore   *store,
                   GDateTime *now)
{
  MrMomentRow *self;

  g_return_val_if_fail (MR_IS_MOMENT (moment), NULL);
  g_return_val_if_fail (store == NULL || MR_IS_STORE (store), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  self = g_object_new (MR_TYPE_MOMENT_ROW, NULL);
  self->moment = g_object_ref (moment);
  g_set_weak_pointer (&self->store, store);
  self->now = g_date_time_ref (now);
  g_signal_connect_object (moment, "notify", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  update (self);
  /* Only now that they have their targets: the actions take the moment's id. */
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->respond_button), "moments.respond");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->dismiss_button), "moments.dismiss");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->edit_button), "moments.edit");

  return GTK_WIDGET (self);
}

static void
mr_moment_row_dispose (GObject *object)
{
  MrMomentRow *self = MR_MOMENT_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MR_TYPE_MOMENT_ROW);
  g_clear_object (&self->moment);
  g_clear_weak_pointer (&self->store);

  G_OBJECT_CLASS (mr_moment_row_parent_class)->dispose (object);
}

static void
mr_moment_row_finalize (GObject *object)
{
  MrMomentRow *self = MR_MOMENT_ROW (object);

  g_clear_pointer (&self->now, g_date_time_unref);

  G_OBJECT_CLASS (mr_moment_row_parent_class)->finalize (object);
}

static void
mr_moment_row_class_init (MrMomentRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mr_moment_row_dispose;
  object_class->finalize = mr_moment_row_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/moments/mr-moment-row.ui");
  gtk_widget_class_bind_template_child (widget_class, MrMomentRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, MrMomentRow, meta_label);
  gtk_widget_class_bind_template_child (widget_class, MrMomentRow, countdown_label);
  gtk_widget_class_bind_template_child (widget_class, MrMomentRow, trigger_label);
  gtk_widget_class_bind_template_child (widget_class, MrMomentRow, details_label);
  gtk_widget_class_bind_template_child (widget_class, MrMomentRow, actions);
  gtk_widget_class_bind_template_child (widget_class, MrMomentRow, edit_button);
  gtk_widget_class_bind_template_child (widget_class, MrMomentRow, dismiss_button);
  gtk_widget_class_bind_template_child (widget_class, MrMomentRow, respond_button);
}

static void
mr_moment_row_init (MrMomentRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
