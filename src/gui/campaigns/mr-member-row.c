/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-member-row"

#include "config.h"

#include <math.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "mr-accessible.h"
#include "mr-campaign-format.h"
#include "mr-feedback.h"
#include "mr-member-row.h"
#include "mr-number-format.h"

#define AVATAR_SIZE 36
/* Below this, the status and the buttons go under the creator rather than beside. */
#define NARROW_WIDTH 500

struct _MrMemberRow
{
  GtkListBoxRow     parent_instance;

  MrStore          *store;
  MrCampaign       *campaign;
  MrCampaignMember *member;
  MrCreator        *creator;       /* NULL when the roster no longer has them */
  GPtrArray        *watched;       /* the deliverables whose changes update the row */
  gboolean          showing;       /* the drop-down follows the member, not the user */
  guint             layout_source;

  GtkBox           *layout;
  GtkWidget        *controls;
  AdwAvatar        *avatar;
  GtkLabel         *name_label;
  GtkLabel         *detail_label;
  GtkLabel         *due_label;
  GtkDropDown      *status_drop_down;
  GtkButton        *edit_button;
  GtkButton        *remove_button;
};

G_DEFINE_FINAL_TYPE (MrMemberRow, mr_member_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  SIGNAL_EDIT,
  SIGNAL_REMOVE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ── Words about a member ────────────────────────────────────────────────────────── */

MrCreator *
mr_member_find_creator (MrStore          *store,
                        MrCampaignMember *member)
{
  GListModel *creators = mr_store_get_creators (store);
  gint64 id = mr_campaign_member_get_creator_id (member);

  for (guint i = 0; i < g_list_model_get_n_items (creators); i++)
    {
      g_autoptr(MrCreator) creator = g_list_model_get_item (creators, i);

      if (mr_creator_get_id (creator) == id)
        return creator;
    }
  return NULL;
}

static MrAccount *
find_account (MrCampaignMember *member,
              MrCreator        *creator)
{
  GListModel *accounts = mr_creator_get_accounts (creator);
  gint64 id = mr_campaign_member_get_account_id (member);

  for (guint i = 0; id > 0 && i < g_list_model_get_n_items (accounts); i++)
    {
      g_autoptr(MrAccount) account = g_list_model_get_item (accounts, i);

      if (mr_account_get_id (account) == id)
        return account;
    }
  return mr_creator_get_primary_account (creator);
}

char *
mr_member_describe_account (MrCampaignMember *member,
                            MrCreator        *creator)
{
  MrAccount *account;

  g_return_val_if_fail (MR_IS_CAMPAIGN_MEMBER (member), NULL);

  if (creator == NULL || (account = find_account (member, creator)) == NULL)
    return NULL;

  /* Translators: a creator's account; %1$s is the platform, %2$s the handle. */
  return g_strdup_printf (C_("account", "%1$s @%2$s"),
                          mr_platform_get_label (mr_account_get_platform (account)),
                          mr_account_get_handle (account));
}

char *
mr_member_describe_next_due (MrCampaignMember *member,
                             guint32           today,
                             gboolean         *overdue)
{
  GListModel *deliverables = mr_campaign_member_get_deliverables (member);
  guint n = g_list_model_get_n_items (deliverables);
  MrDeliverable *next = NULL;
  MrDeliverable *undated = NULL;
  g_autoptr(GDate) today_date = g_date_new_julian (today);
  g_autofree char *day = NULL;
  GDate due;
  guint n_done = 0;

  *overdue = FALSE;
  if (n == 0)
    return g_strdup (_("No deliverables agreed yet"));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MrDeliverable) deliverable = g_list_model_get_item (deliverables, i);

      if (mr_deliverable_get_done (deliverable))
        n_done++;
      else if (mr_campaign_parse_date (mr_deliverable_get_due_date (deliverable), &due))
        {
          if (next == NULL ||
              g_strcmp0 (mr_deliverable_get_due_date (deliverable), mr_deliverable_get_due_date (next)) < 0)
            next = deliverable;
        }
      else if (undated == NULL)
        undated = deliverable;
    }

  if (n_done == n)
    /* Translators: every deliverable of a campaign member is done. */
    return g_strdup_printf (ngettext ("%u deliverable, done", "All %u deliverables done", n), n);

  if (next == NULL)
    /* Translators: a deliverable without a due day, such as "1 Reel, no day agreed". */
    return g_strdup_printf (_("%s, no day agreed"), mr_deliverable_get_title (undated));

  mr_campaign_parse_date (mr_deliverable_get_due_date (next), &due);
  day = mr_format_day (g_date_get_julian (&due), g_date_get_year (&due) != g_date_get_year (today_date));
  if (g_date_get_julian (&due) < today)
    {
      *overdue = TRUE;
      /* Translators: an overdue deliverable; %1$s is what, %2$s the day it was due. */
      return g_strdup_printf (_("%1$s was due %2$s"), mr_deliverable_get_title (next), day);
    }
  if (g_date_get_julian (&due) == today)
    /* Translators: a deliverable due today; %s is what. */
    return g_strdup_printf (_("%s due today"), mr_deliverable_get_title (next));
  /* Translators: the next deliverable; %1$s is what, %2$s the day it is due. */
  return g_strdup_printf (_("%1$s due %2$s"), mr_deliverable_get_title (next), day);
}

static guint32
julian_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  return g_date_get_julian (&date);
}

/* ── Showing the member ──────────────────────────────────────────────────────────── */

static void
update (MrMemberRow *self)
{
  const char *name = self->creator != NULL ? mr_creator_get_name (self->creator) : _("A deleted creator");
  g_autoptr(GPtrArray) details = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *detail = NULL;
  g_autofree char *due = NULL;
  g_autofree char *edit_label = NULL;
  g_autofree char *remove_label = NULL;
  char *account = mr_member_describe_account (self->member, self->creator);
  double fee = mr_campaign_member_get_fee (self->member);
  gboolean overdue;

  adw_avatar_set_text (self->avatar, name);
  gtk_label_set_text (self->name_label, name);

  if (account != NULL)
    g_ptr_array_add (details, account);
  if (isnan (fee))
    g_ptr_array_add (details, g_strdup (_("No fee agreed yet")));
  else
    g_ptr_array_add (details, mr_campaign_format_money (fee, mr_campaign_get_currency (self->campaign)));
  if (mr_campaign_member_get_promo_code (self->member) != NULL)
    /* Translators: a campaign member's promo code, such as "Code LOTTE10". */
    g_ptr_array_add (details, g_strdup_printf (_("Code %s"), mr_campaign_member_get_promo_code (self->member)));
  g_ptr_array_add (details, NULL);
  detail = g_strjoinv (" · ", (char **) details->pdata);
  gtk_label_set_text (self->detail_label, detail);

  due = mr_member_describe_next_due (self->member, julian_today (), &overdue);
  gtk_label_set_text (self->due_label, due);
  if (overdue)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->due_label), "error");
      gtk_widget_remove_css_class (GTK_WIDGET (self->due_label), "dim-label");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->due_label), "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->due_label), "dim-label");
    }

  self->showing = TRUE;
  gtk_drop_down_set_selected (self->status_drop_down, mr_campaign_member_get_status (self->member));
  self->showing = FALSE;
  mr_accessible_name_drop_down (self->status_drop_down, _("Status"));

  /* Translators: a button's name for screen readers; %s is a creator's name. */
  edit_label = g_strdup_printf (_("Edit %s’s Fee, Deliverables and Link"), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->edit_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, edit_label, -1);
  /* Translators: a button's name for screen readers; %s is a creator's name. */
  remove_label = g_strdup_printf (_("Remove %s from the Campaign"), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->remove_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label, -1);
}

static void
watch_deliverables (MrMemberRow *self)
{
  GListModel *deliverables = mr_campaign_member_get_deliverables (self->member);

  for (guint i = 0; i < self->watched->len; i++)
    g_signal_handlers_disconnect_by_data (g_ptr_array_index (self->watched, i), self);
  g_ptr_array_set_size (self->watched, 0);

  for (guint i = 0; i < g_list_model_get_n_items (deliverables); i++)
    {
      MrDeliverable *deliverable = g_list_model_get_item (deliverables, i);

      g_signal_connect_swapped (deliverable, "notify", G_CALLBACK (update), self);
      g_ptr_array_add (self->watched, deliverable);
    }
  update (self);
}

static void
show_error (MrMemberRow *self,
            const char  *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *title = NULL;

  if (overlay == NULL)
    {
      g_warning ("%s", message);
      return;
    }
  /* Translators: a toast; %s says why the change was not stored. */
  title = g_strdup_printf (_("The status was not changed: %s"), message);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), mr_feedback_toast_new (title));
}

static void
on_status_selected (MrMemberRow *self)
{
  MrMemberStatus old = mr_campaign_member_get_status (self->member);
  MrMemberStatus chosen = gtk_drop_down_get_selected (self->status_drop_down);
  g_autoptr(GError) error = NULL;

  if (self->showing || chosen == old || chosen > MR_MEMBER_STATUS_PAID)
    return;

  mr_campaign_member_set_status (self->member, chosen);
  if (!mr_store_save_member (self->store, self->member, &error))
    {
      mr_campaign_member_set_status (self->member, old);
      show_error (self, error->message);
    }
}

static void
on_edit_clicked (MrMemberRow *self)
{
  g_signal_emit (self, signals[SIGNAL_EDIT], 0);
}

static void
on_remove_clicked (MrMemberRow *self)
{
  g_signal_emit (self, signals[SIGNAL_REMOVE], 0);
}

MrCampaignMember *
mr_member_row_get_member (MrMemberRow *self)
{
  g_return_val_if_fail (MR_IS_MEMBER_ROW (self), NULL);

  return self->member;
}

void
mr_member_row_focus_status (MrMemberRow *self)
{
  g_return_if_fail (MR_IS_MEMBER_ROW (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->status_drop_down));
}

GtkWidget *
mr_member_row_new (MrStore          *store,
                   MrCampaign       *campaign,
                   MrCampaignMember *member)
{
  MrMemberRow *self;

  g_return_val_if_fail (MR_IS_STORE (store), NULL);
  g_return_val_if_fail (MR_IS_CAMPAIGN (campaign), NULL);
  g_return_val_if_fail (MR_IS_CAMPAIGN_MEMBER (member), NULL);

  self = g_object_new (MR_TYPE_MEMBER_ROW, NULL);
  self->store = g_object_ref (store);
  self->campaign = g_object_ref (campaign);
  self->member = g_object_ref (member);
  self->creator = mr_member_find_creator (store, member);
  if (self->creator != NULL)
    {
      g_object_ref (self->creator);
      g_signal_connect_object (self->creator, "notify::name", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
    }

  g_signal_connect_object (member, "notify", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (campaign, "notify::currency", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (mr_campaign_member_get_deliverables (member), "items-changed",
                           G_CALLBACK (watch_deliverables), self, G_CONNECT_SWAPPED);
  watch_deliverables (self);

  return GTK_WIDGET (self);
}

static GtkOrientation
orientation_for_width (int width)
{
  return width < NARROW_WIDTH ? GTK_ORIENTATION_VERTICAL : GTK_ORIENTATION_HORIZONTAL;
}

static void
apply_layout (gpointer data)
{
  MrMemberRow *self = data;
  GtkOrientation orientation = orientation_for_width (gtk_widget_get_width (GTK_WIDGET (self)));

  self->layout_source = 0;
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self->layout), orientation);
  gtk_widget_set_halign (self->controls, orientation == GTK_ORIENTATION_VERTICAL ? GTK_ALIGN_END
                                                                                : GTK_ALIGN_FILL);
}

/* The row lays its child out itself, to see its width: a layout manager would keep the
 * row's size_allocate from being called. */
static void
mr_member_row_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  MrMemberRow *self = MR_MEMBER_ROW (widget);

  gtk_widget_measure (GTK_WIDGET (self->layout), orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

static void
mr_member_row_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  MrMemberRow *self = MR_MEMBER_ROW (widget);

  gtk_widget_allocate (GTK_WIDGET (self->layout), width, height, baseline, NULL);

  /* The layout cannot change during an allocation: right after it, then. */
  if (self->layout_source == 0 &&
      orientation_for_width (width) != gtk_orientable_get_orientation (GTK_ORIENTABLE (self->layout)))
    self->layout_source = g_idle_add_once (apply_layout, self);
}

static void
mr_member_row_dispose (GObject *object)
{
  MrMemberRow *self = MR_MEMBER_ROW (object);

  g_clear_handle_id (&self->layout_source, g_source_remove);

  if (self->watched != NULL)
    for (guint i = 0; i < self->watched->len; i++)
      g_signal_handlers_disconnect_by_data (g_ptr_array_index (self->watched, i), self);
  g_clear_pointer (&self->watched, g_ptr_array_unref);
  g_clear_object (&self->creator);
  g_clear_object (&self->member);
  g_clear_object (&self->campaign);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (mr_member_row_parent_class)->dispose (object);
}

static void
mr_member_row_class_init (MrMemberRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mr_member_row_dispose;
  widget_class->measure = mr_member_row_measure;
  widget_class->size_allocate = mr_member_row_size_allocate;

  signals[SIGNAL_EDIT] = g_signal_new ("edit", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                       0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[SIGNAL_REMOVE] = g_signal_new ("remove", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static GtkLabel *
add_label (GtkBox     *box,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (label, css_class);
  gtk_box_append (box, label);
  return GTK_LABEL (label);
}

static GtkButton *
add_icon_button (GtkBox     *box,
                 const char *icon_name,
                 const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_add_css_class (button, "flat");
  gtk_box_append (box, button);
  return GTK_BUTTON (button);
}

static void
mr_member_row_init (MrMemberRow *self)
{
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  GtkWidget *layout = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *controls = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 2);

  self->watched = g_ptr_array_new_with_free_func (g_object_unref);
  gtk_widget_set_layout_manager (GTK_WIDGET (self), NULL);

  gtk_widget_set_margin_top (layout, 8);
  gtk_widget_set_margin_bottom (layout, 8);
  gtk_widget_set_margin_start (layout, 12);
  gtk_widget_set_margin_end (layout, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), layout);
  self->layout = GTK_BOX (layout);
  gtk_widget_set_hexpand (box, TRUE);
  gtk_box_append (GTK_BOX (layout), box);

  self->avatar = ADW_AVATAR (adw_avatar_new (AVATAR_SIZE, NULL, TRUE));
  gtk_widget_set_valign (GTK_WIDGET (self->avatar), GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->avatar));

  gtk_widget_set_hexpand (texts, TRUE);
  gtk_widget_set_valign (texts, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), texts);
  self->name_label = add_label (GTK_BOX (texts), "heading");
  self->detail_label = add_label (GTK_BOX (texts), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (self->detail_label), "caption");
  self->due_label = add_label (GTK_BOX (texts), "caption");

  gtk_widget_set_valign (controls, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (layout), controls);
  self->controls = controls;

  for (MrMemberStatus s = MR_MEMBER_STATUS_INVITED; s <= MR_MEMBER_STATUS_PAID; s++)
    gtk_string_list_append (statuses, mr_member_status_get_label (s));
  self->status_drop_down = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (statuses)), NULL));
  gtk_widget_set_valign (GTK_WIDGET (self->status_drop_down), GTK_ALIGN_CENTER);
  g_signal_connect_swapped (self->status_drop_down, "notify::selected", G_CALLBACK (on_status_selected), self);
  gtk_box_append (GTK_BOX (controls), GTK_WIDGET (self->status_drop_down));

  self->edit_button = add_icon_button (GTK_BOX (controls), "document-edit-symbolic",
                                       _("Edit Fee, Deliverables and Link…"));
  g_signal_connect_swapped (self->edit_button, "clicked", G_CALLBACK (on_edit_clicked), self);
  self->remove_button = add_icon_button (GTK_BOX (controls), "list-remove-symbolic",
                                         _("Remove from the Campaign"));
  g_signal_connect_swapped (self->remove_button, "clicked", G_CALLBACK (on_remove_clicked), self);
}
