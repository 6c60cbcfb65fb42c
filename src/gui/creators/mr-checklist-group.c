/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-checklist-group"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "mr-accessible.h"
#include "mr-checklist-group.h"
#include "mr-store.h"

typedef struct
{
  const char *id;
  const char *label;
  const char *question;
} Criterion;

static const Criterion criteria[] = {
  { "content-quality", N_("Content quality"),
    N_("Well made, and worth a brand’s name beside it?") },
  { "brand-fit", N_("Brand fit"),
    N_("Do the values, tone and topics suit the brand?") },
  { "comment-credibility", N_("Credible comments"),
    N_("Real conversations, not strings of emoji or bots?") },
  { "brand-collaborations", N_("Earlier brand collaborations"),
    N_("Were earlier sponsored posts clear, disclosed and well received?") },
  { "professional-contact", N_("Professional contact"),
    N_("Quick to reply, and clear about rates and agreements?") },
  { "audience-match", N_("Audience match"),
    N_("Are the followers the people the brand wants to reach?") },
};

#define N_CRITERIA G_N_ELEMENTS (criteria)

struct _MrChecklistGroup
{
  GtkWidget        parent_instance;

  GtkWidget       *group;
  AdwExpanderRow  *rows[N_CRITERIA];
  GtkDropDown     *ratings[N_CRITERIA];
  AdwEntryRow     *notes[N_CRITERIA];
  char            *saved_notes[N_CRITERIA];
  gboolean         loading;
};

G_DEFINE_FINAL_TYPE (MrChecklistGroup, mr_checklist_group, GTK_TYPE_WIDGET)

enum { CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

guint
mr_checklist_get_n_criteria (void)
{
  return N_CRITERIA;
}

const char *
mr_checklist_get_criterion (guint index)
{
  g_return_val_if_fail (index < N_CRITERIA, NULL);

  return criteria[index].id;
}

const char *
mr_checklist_get_criterion_label (guint index)
{
  g_return_val_if_fail (index < N_CRITERIA, NULL);

  return _(criteria[index].label);
}

GtkWidget *
mr_checklist_group_new (void)
{
  return g_object_new (MR_TYPE_CHECKLIST_GROUP, NULL);
}

/* Collapsed, a row shows the note; without one, the question it asks. */
static void
update_subtitle (MrChecklistGroup *self,
                 guint             i)
{
  const char *note = self->saved_notes[i];

  adw_expander_row_set_subtitle (self->rows[i],
                                 note != NULL && note[0] != '\0' ? note : _(criteria[i].question));
}

static int
selected_rating (MrChecklistGroup *self,
                 guint             i)
{
  /* Item 0 is "Not rated", item n + 1 the rating n. */
  return (int) gtk_drop_down_get_selected (self->ratings[i]) - 1;
}

static void
emit_changed (MrChecklistGroup *self,
              guint             i)
{
  g_signal_emit (self, signals[CHANGED], 0, criteria[i].id, selected_rating (self, i),
                 self->saved_notes[i]);
}

static guint
index_of (GtkWidget *widget,
          GtkWidget * const *widgets)
{
  for (guint i = 0; i < N_CRITERIA; i++)
    if (widgets[i] == widget)
      return i;

  g_assert_not_reached ();
}

static void
on_rating_selected (GtkDropDown      *drop_down,
                    GParamSpec       *pspec,
                    MrChecklistGroup *self)
{
  guint i = index_of (GTK_WIDGET (drop_down), (GtkWidget * const *) self->ratings);

  mr_accessible_name_drop_down (drop_down, _(criteria[i].label));
  if (!self->loading)
    emit_changed (self, i);
}

static void
on_note_applied (AdwEntryRow      *entry,
                 MrChecklistGroup *self)
{
  guint i = index_of (GTK_WIDGET (entry), (GtkWidget * const *) self->notes);
  g_autofree char *note = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));

  g_free (self->saved_notes[i]);
  self->saved_notes[i] = note[0] != '\0' ? g_steal_pointer (&note) : NULL;
  update_subtitle (self, i);
  emit_changed (self, i);
}

void
mr_checklist_group_show (MrChecklistGroup *self,
                         GPtrArray        *entries)
{
  g_return_if_fail (MR_IS_CHECKLIST_GROUP (self));

  self->loading = TRUE;
  for (guint i = 0; i < N_CRITERIA; i++)
    {
      const MrChecklistEntry *found = NULL;

      for (guint j = 0; entries != NULL && j < entries->len; j++)
        {
          const MrChecklistEntry *entry = g_ptr_array_index (entries, j);

          if (g_strcmp0 (entry->criterion, criteria[i].id) == 0)
            found = entry;
        }

      g_clear_pointer (&self->saved_notes[i], g_free);
      if (found != NULL && found->note != NULL && found->note[0] != '\0')
        self->saved_notes[i] = g_strdup (found->note);
      gtk_drop_down_set_selected (self->ratings[i],
                                  found != NULL && found->rating >= 0 ? (guint) MIN (found->rating, 5) + 1 : 0);
      /* Off and on again: a note typed for the previous creator and never applied is
       * dropped with its apply button, not offered for this one. */
      adw_entry_row_set_show_apply_button (self->notes[i], FALSE);
      gtk_editable_set_text (GTK_EDITABLE (self->notes[i]),
                             self->saved_notes[i] != NULL ? self->saved_notes[i] : "");
      adw_entry_row_set_show_apply_button (self->notes[i], TRUE);
      update_subtitle (self, i);
    }
  self->loading = FALSE;
}

static void
mr_checklist_group_dispose (GObject *object)
{
  MrChecklistGroup *self = MR_CHECKLIST_GROUP (object);

  g_clear_pointer (&self->group, gtk_widget_unparent);

  G_OBJECT_CLASS (mr_checklist_group_parent_class)->dispose (object);
}

static void
mr_checklist_group_finalize (GObject *object)
{
  MrChecklistGroup *self = MR_CHECKLIST_GROUP (object);

  for (guint i = 0; i < N_CRITERIA; i++)
    g_free (self->saved_notes[i]);

  G_OBJECT_CLASS (mr_checklist_group_parent_class)->finalize (object);
}

static void
mr_checklist_group_class_init (MrChecklistGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mr_checklist_group_dispose;
  object_class->finalize = mr_checklist_group_finalize;
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);

  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3, G_TYPE_STRING, G_TYPE_INT, G_TYPE_STRING);
}

static GtkStringList *
rating_choices (void)
{
  const char * const choices[] = {
    C_("checklist rating", "Not rated"),
    C_("checklist rating", "0 – Fails"),
    C_("checklist rating", "1 – Poor"),
    C_("checklist rating", "2 – Weak"),
    C_("checklist rating", "3 – Fair"),
    C_("checklist rating", "4 – Good"),
    C_("checklist rating", "5 – Excellent"),
    NULL
  };

  return gtk_string_list_new (choices);
}

static void
mr_checklist_group_init (MrChecklistGroup *self)
{
  self->group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->group), _("Checklist"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->group),
                                         _("Your own judgement of what the numbers cannot show. Rate each point from 0 (fails) to 5 (excellent); the ratings count in the score."));
  gtk_widget_set_parent (self->group, GTK_WIDGET (self));

  for (guint i = 0; i < N_CRITERIA; i++)
    {
      g_autofree char *note_name = g_strconcat (criteria[i].id, "-note", NULL);
      g_autofree char *note_label = NULL;

      self->rows[i] = ADW_EXPANDER_ROW (adw_expander_row_new ());
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->rows[i]), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->rows[i]), _(criteria[i].label));

      self->ratings[i] = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (rating_choices ()), NULL));
      gtk_widget_set_name (GTK_WIDGET (self->ratings[i]), criteria[i].id);
      gtk_widget_set_valign (GTK_WIDGET (self->ratings[i]), GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->ratings[i]), _(criteria[i].question));
      mr_accessible_name_drop_down (self->ratings[i], _(criteria[i].label));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->ratings[i]),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, _(criteria[i].question),
                                      -1);
      g_signal_connect (self->ratings[i], "notify::selected", G_CALLBACK (on_rating_selected), self);
      adw_expander_row_add_action (self->rows[i], GTK_WIDGET (self->ratings[i]));

      self->notes[i] = ADW_ENTRY_ROW (adw_entry_row_new ());
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->notes[i]), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->notes[i]), C_("checklist", "Note"));
      adw_entry_row_set_show_apply_button (self->notes[i], TRUE);
      gtk_widget_set_name (GTK_WIDGET (self->notes[i]), note_name);
      /* Translators: the accessible name of a note's entry; %s is a criterion. */
      note_label = g_strdup_printf (_("Note on %s"), _(criteria[i].label));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->notes[i]),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, note_label, -1);
      g_signal_connect (self->notes[i], "apply", G_CALLBACK (on_note_applied), self);
      adw_expander_row_add_row (self->rows[i], GTK_WIDGET (self->notes[i]));

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->group), GTK_WIDGET (self->rows[i]));
      update_subtitle (self, i);
    }
}
