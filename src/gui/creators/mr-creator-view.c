/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-creator-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "mr-accessible.h"
#include "mr-checklist-group.h"
#include "mr-creator-charts.h"
#include "mr-creator-view.h"
#include "mr-feedback.h"
#include "mr-flag-list.h"
#include "mr-metric-cards.h"
#include "mr-number-format.h"
#include "mr-score-components.h"
#include "mr-score-view.h"
#include "mr-window.h"

/* The page a marketer reads to decide: who the creator is, the verdict, what to look
 * at, the numbers with their reasons, the charts, and the marketer's own checklist.
 * It follows the creator: a change of the creator, their accounts or their metrics
 * (an import, a reload, the settings) shows again, once, when the main loop is idle. */
struct _MrCreatorView
{
  GtkWidget            parent_instance;

  MrStore             *store;
  MrCreator           *creator;
  GListModel          *accounts;
  GtkDropTarget       *drop_target;
  GPtrArray           *account_rows;
  guint                refresh_id;
  gboolean             refresh_charts;
  gboolean             showing_status;

  GtkStack            *stack;
  GtkWidget           *overlay;
  GtkScrolledWindow   *scroller;
  GtkWidget           *drop_highlight;
  GtkLabel            *drop_label;
  AdwAvatar           *avatar;
  GtkLabel            *name_label;
  GtkLabel            *subtitle_label;
  GtkDropDown         *status_drop_down;
  AdwPreferencesGroup *accounts_group;
  MrScoreView         *score_view;
  MrFlagList          *flag_list;
  MrMetricCards       *metric_cards;
  MrScoreComponents   *score_components;
  MrCreatorCharts     *charts;
  MrChecklistGroup    *checklist;
  GtkLabel            *drop_hint;
};

G_DEFINE_FINAL_TYPE (MrCreatorView, mr_creator_view, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_CREATOR, N_PROPS };
static GParamSpec *properties[N_PROPS];

GtkWidget *
mr_creator_view_new (void)
{
  return g_object_new (MR_TYPE_CREATOR_VIEW, NULL);
}

static void
show_error (MrCreatorView *self,
            const GError  *error)
{
  GtkWidget *window = gtk_widget_get_ancestor (GTK_WIDGET (self), MR_TYPE_WINDOW);

  if (window != NULL)
    mr_window_add_toast (MR_WINDOW (window), mr_feedback_toast_new (error->message));
  else
    g_warning ("%s", error->message);
}

/* ── Header and accounts ───────────────────────────────────────────────────────── */

static void
show_header (MrCreatorView *self)
{
  const char *name = mr_creator_get_name (self->creator);
  const char *parts[3] = { NULL };
  g_autofree char *subtitle = NULL;
  g_autofree char *hint = NULL;
  guint n = 0;

  /* A creator named after their handle gets the initial of the handle, not an "@". */
  adw_avatar_set_text (self->avatar, name[0] == '@' ? name + 1 : name);
  gtk_label_set_text (self->name_label, name);

  if (mr_creator_get_niche (self->creator) != NULL)
    parts[n++] = mr_creator_get_niche (self->creator);
  if (mr_creator_get_country (self->creator) != NULL)
    parts[n++] = mr_creator_get_country (self->creator);
  subtitle = g_strjoinv (" · ", (char **) parts);
  gtk_label_set_text (self->subtitle_label, subtitle);
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), n > 0);

  self->showing_status = TRUE;
  gtk_drop_down_set_selected (self->status_drop_down, mr_creator_get_status (self->creator));
  self->showing_status = FALSE;

  /* Translators: %s is a creator's name. */
  hint = g_strdup_printf (_("Drop exported statistics on this page to add them to %s."), name);
  gtk_label_set_text (self->drop_hint, hint);
}

static const char *
platform_icon (MrPlatform platform)
{
  switch (platform)
    {
    case MR_PLATFORM_TIKTOK:
      return "emblem-music-symbolic";
    case MR_PLATFORM_INSTAGRAM:
      return "camera-photo-symbolic";
    case MR_PLATFORM_YOUTUBE:
      return "camera-video-symbolic";
    case MR_PLATFORM_BLUESKY:
    case MR_PLATFORM_MASTODON:
      return "chat-message-new-symbolic";
    case MR_PLATFORM_OTHER:
    default:
      return "web-browser-symbolic";
    }
}

static char *
format_date (const GDate *date)
{
  char text[64];

  /* Translators: a day as strftime () writes it; keep it short ("3 Jun 2024"). */
  if (g_date_strftime (text, sizeof text, C_("short date", "%-d %b %Y"), date) == 0)
    return NULL;

  return g_strdup (text);
}

/* When the account's figures last came in: its own time stamp, else the newest day of
 * its follower history; NULL when neither is known. */
static char *
updated_on (MrCreatorView *self,
            MrAccount     *account)
{
  GDateTime *updated = mr_account_get_updated_at (account);
  g_autoptr(GDate) date = g_date_new ();

  if (updated != NULL)
    {
      g_autoptr(GDateTime) local = g_date_time_to_local (updated);

      g_date_set_dmy (date, g_date_time_get_day_of_month (local),
                      g_date_time_get_month (local), g_date_time_get_year (local));
    }
  else if (self->store != NULL && mr_account_get_id (account) > 0)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GArray) history = mr_store_list_follower_history (self->store,
                                                                  mr_account_get_id (account),
                                                                  &error);

      if (history == NULL)
        g_debug ("No follower history for the account's date: %s", error->message);
      else if (history->len > 0)
        g_date_set_parse (date, g_array_index (history, MrFollowerPoint, history->len - 1).date);
    }

  return g_date_valid (date) ? format_date (date) : NULL;
}

static GtkWidget *
account_row (MrCreatorView *self,
             MrAccount     *account,
             gboolean       primary)
{
  AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());
  const char *handle = mr_account_get_handle (account);
  const char *url = mr_account_get_url (account);
  MrPlatform platform = mr_account_get_platform (account);
  g_autofree char *title = g_str_has_prefix (handle, "@") || platform == MR_PLATFORM_OTHER
                           ? g_strdup (handle) : g_strconcat ("@", handle, NULL);
  g_autofree char *date = updated_on (self, account);
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *subtitle = NULL;
  GtkWidget *icon;

  g_ptr_array_add (parts, g_strdup (mr_platform_get_label (platform)));
  if (primary)
    g_ptr_array_add (parts, g_strdup (C_("account", "metrics shown")));
  if (mr_account_get_followers (account) >= 0)
    {
      g_autofree char *count = mr_format_count (mr_account_get_followers (account));

      /* Translators: %s is a number; the plural follows the count. */
      g_ptr_array_add (parts, g_strdup_printf (ngettext ("%s follower", "%s followers",
                                                         (gulong) mr_account_get_followers (account)),
                                               count));
    }
  if (date != NULL)
    /* Translators: %s is a day such as "3 Jun 2024": when the figures came in. */
    g_ptr_array_add (parts, g_strdup_printf (_("updated %s"), date));
  g_ptr_array_add (parts, NULL);
  subtitle = g_strjoinv (" · ", (char **) parts->pdata);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_title_lines (row, 1);
  adw_action_row_set_subtitle (row, subtitle);

  icon = gtk_image_new_from_icon_name (platform_icon (platform));
  gtk_widget_set_tooltip_text (icon, mr_platform_get_label (platform));
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  mr_platform_get_label (platform), -1);
  adw_action_row_add_prefix (row, icon);

  /* Only web addresses: an imported file could name anything as a profile. */
  if (url != NULL && (g_str_has_prefix (url, "https://") || g_str_has_prefix (url, "http://")))
    {
      GtkWidget *link = gtk_link_button_new (url);
      g_autofree char *accessible = NULL;

      gtk_button_set_icon_name (GTK_BUTTON (link), "adw-external-link-symbolic");
      gtk_widget_set_valign (link, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (link, "flat");
      gtk_widget_set_tooltip_text (link, url);
      /* Translators: a button's accessible name; %s is a handle such as "@anna". */
      accessible = g_strdup_printf (_("Open the profile of %s"), title);
      gtk_accessible_update_property (GTK_ACCESSIBLE (link), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      accessible, -1);
      adw_action_row_add_suffix (row, link);
    }

  return GTK_WIDGET (row);
}

static void
show_accounts (MrCreatorView *self)
{
  MrAccount *primary = mr_creator_get_primary_account (self->creator);
  guint n = g_list_model_get_n_items (self->accounts);

  for (guint i = 0; i < self->account_rows->len; i++)
    adw_preferences_group_remove (self->accounts_group, g_ptr_array_index (self->account_rows, i));
  g_ptr_array_set_size (self->account_rows, 0);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MrAccount) account = g_list_model_get_item (self->accounts, i);
      GtkWidget *row = account_row (self, account, n > 1 && account == primary);

      adw_preferences_group_add (self->accounts_group, row);
      g_ptr_array_add (self->account_rows, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->accounts_group), n > 0);
}

/* ── The metrics ───────────────────────────────────────────────────────────────── */

/* The creator's metrics as the store keeps them; computed here only while the store
 * has no settings yet (it then leaves them out). */
static MrVetting *
get_vetting (MrCreatorView *self)
{
  g_autoptr(GError) error = NULL;
  MrVetting *vetting = mr_creator_get_vetting (self->creator);

  if (vetting != NULL)
    return mr_vetting_ref (vetting);
  if (self->store == NULL)
    return NULL;

  vetting = mr_store_compute_vetting (self->store, self->creator,
                                      g_get_real_time () / G_USEC_PER_SEC, &error);
  if (vetting == NULL)
    show_error (self, error);

  return vetting;
}

static void
show_metrics (MrCreatorView *self)
{
  g_autoptr(MrVetting) vetting = get_vetting (self);
  MrTierScheme scheme = self->store != NULL ? mr_store_get_tier_scheme (self->store)
                                            : MR_TIER_SCHEME_DEFAULT;

  mr_score_view_show (self->score_view, vetting != NULL ? vetting->score : NULL);
  mr_flag_list_show (self->flag_list, vetting != NULL ? vetting->flags : NULL);
  mr_metric_cards_show (self->metric_cards, vetting, scheme);
  mr_score_components_show (self->score_components, vetting);
}

static void
show_checklist (MrCreatorView *self)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;

  if (self->store != NULL && mr_creator_get_id (self->creator) > 0)
    {
      entries = mr_store_list_checklist (self->store, mr_creator_get_id (self->creator), &error);
      if (entries == NULL)
        show_error (self, error);
    }
  mr_checklist_group_show (self->checklist, entries);
}

/* ── Showing, and following changes ────────────────────────────────────────────── */

static void
refresh (MrCreatorView *self)
{
  g_clear_handle_id (&self->refresh_id, g_source_remove);

  if (self->creator == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  show_header (self);
  show_accounts (self);
  show_metrics (self);
  if (self->refresh_charts)
    mr_creator_charts_show (self->charts, self->store, self->creator);
  self->refresh_charts = FALSE;
  gtk_stack_set_visible_child_name (self->stack, "creator");
}

static gboolean
refresh_when_idle (gpointer data)
{
  MrCreatorView *self = data;

  self->refresh_id = 0;
  refresh (self);

  return G_SOURCE_REMOVE;
}

static void
queue_refresh (MrCreatorView *self,
               gboolean       charts)
{
  self->refresh_charts |= charts;
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, refresh_when_idle, self, NULL);
}

static void
on_creator_notify (MrCreatorView *self)
{
  queue_refresh (self, FALSE);
}

/* A reload splices every creator's accounts: the figures may have changed. */
static void
on_accounts_changed (MrCreatorView *self)
{
  queue_refresh (self, TRUE);
}

/* A creator gone from the store (deleted, or an import undone) is shown no more. */
static void
on_creators_changed (MrCreatorView *self)
{
  if (self->creator != NULL &&
      !g_list_store_find (G_LIST_STORE (mr_store_get_creators (self->store)), self->creator, NULL))
    mr_creator_view_set_creator (self, NULL);
}

void
mr_creator_view_set_store (MrCreatorView *self,
                           MrStore       *store)
{
  g_return_if_fail (MR_IS_CREATOR_VIEW (self));
  g_return_if_fail (store == NULL || MR_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (mr_store_get_creators (self->store), self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (mr_store_get_creators (store), "items-changed",
                             G_CALLBACK (on_creators_changed), self, G_CONNECT_SWAPPED);

  if (self->creator != NULL)
    {
      show_checklist (self);
      self->refresh_charts = TRUE;
      refresh (self);
    }
}

void
mr_creator_view_set_creator (MrCreatorView *self,
                             MrCreator     *creator)
{
  g_return_if_fail (MR_IS_CREATOR_VIEW (self));
  g_return_if_fail (creator == NULL || MR_IS_CREATOR (creator));

  if (self->creator == creator)
    return;

  if (self->creator != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->creator, self);
      g_signal_handlers_disconnect_by_data (self->accounts, self);
    }
  g_set_object (&self->creator, creator);
  g_clear_object (&self->accounts);
  if (creator != NULL)
    {
      self->accounts = g_object_ref (mr_creator_get_accounts (creator));
      g_signal_connect_object (creator, "notify", G_CALLBACK (on_creator_notify), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (self->accounts, "items-changed", G_CALLBACK (on_accounts_changed),
                               self, G_CONNECT_SWAPPED);
      show_checklist (self);
      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0.0);
    }

  self->refresh_charts = TRUE;
  refresh (self);
  if (creator == NULL)
    mr_creator_charts_show (self->charts, self->store, NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATOR]);
}

MrCreator *
mr_creator_view_get_creator (MrCreatorView *self)
{
  g_return_val_if_fail (MR_IS_CREATOR_VIEW (self), NULL);

  return self->creator;
}

GtkDropTarget *
mr_creator_view_get_drop_target (MrCreatorView *self)
{
  g_return_val_if_fail (MR_IS_CREATOR_VIEW (self), NULL);

  return self->drop_target;
}

/* ── Editing: status and checklist ─────────────────────────────────────────────── */

static void
on_status_selected (MrCreatorView *self)
{
  MrCreatorStatus status = gtk_drop_down_get_selected (self->status_drop_down);
  MrCreatorStatus before;
  g_autoptr(GError) error = NULL;

  mr_accessible_name_drop_down (self->status_drop_down, _("Status"));
  if (self->showing_status || self->creator == NULL || self->store == NULL)
    return;
  before = mr_creator_get_status (self->creator);
  if (status == before)
    return;

  mr_creator_set_status (self->creator, status);
  if (!mr_store_save_creator (self->store, self->creator, &error))
    {
      mr_creator_set_status (self->creator, before);
      show_header (self);
      show_error (self, error);
    }
}

static void
on_checklist_changed (MrCreatorView *self,
                      const char    *criterion,
                      int            rating,
                      const char    *note)
{
  g_autoptr(GError) error = NULL;

  if (self->creator == NULL || self->store == NULL)
    return;

  if (!mr_store_save_checklist_entry (self->store, self->creator, criterion, rating, note, &error))
    {
      show_error (self, error);
      show_checklist (self);
    }
  /* The score may stay the same while its parts change: show them now either way. */
  show_metrics (self);
}

/* ── Dropping an export onto the page ──────────────────────────────────────────── */

static GdkDragAction
on_drop_enter (GtkDropTarget *target,
               double         x,
               double         y,
               MrCreatorView *self)
{
  g_autofree char *text = NULL;

  if (self->creator == NULL)
    return 0;

  /* Translators: shown while files are dragged over a creator's page; %s is a name. */
  text = g_strdup_printf (_("Add to %s"), mr_creator_get_name (self->creator));
  gtk_label_set_text (self->drop_label, text);
  gtk_widget_set_visible (self->drop_highlight, TRUE);

  return GDK_ACTION_COPY;
}

static void
on_drop_leave (GtkDropTarget *target,
               MrCreatorView *self)
{
  gtk_widget_set_visible (self->drop_highlight, FALSE);
}

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         MrCreatorView *self)
{
  GtkWidget *window = gtk_widget_get_ancestor (GTK_WIDGET (self), MR_TYPE_WINDOW);
  g_autoptr(GPtrArray) files = g_ptr_array_new ();
  GSList *list;

  gtk_widget_set_visible (self->drop_highlight, FALSE);
  if (self->creator == NULL || window == NULL || !G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  /* The list is ours, its files are the value's. */
  list = gdk_file_list_get_files (g_value_get_boxed (value));
  for (GSList *l = list; l != NULL; l = l->next)
    g_ptr_array_add (files, l->data);
  g_slist_free (list);
  if (files->len == 0)
    return FALSE;

  /* By name: the import gives each file to the creator's account on its platform. */
  mr_window_import_files_for_creator (MR_WINDOW (window), (GFile **) files->pdata,
                                      (int) files->len, mr_creator_get_name (self->creator));
  return TRUE;
}

/* ── GObject ───────────────────────────────────────────────────────────────────── */

static void
mr_creator_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  MrCreatorView *self = MR_CREATOR_VIEW (object);

  switch (prop_id)
    {
    case PROP_CREATOR:
      g_value_set_object (value, self->creator);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mr_creator_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  MrCreatorView *self = MR_CREATOR_VIEW (object);

  switch (prop_id)
    {
    case PROP_CREATOR:
      mr_creator_view_set_creator (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mr_creator_view_dispose (GObject *object)
{
  MrCreatorView *self = MR_CREATOR_VIEW (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (mr_store_get_creators (self->store), self);
  if (self->creator != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->creator, self);
      g_signal_handlers_disconnect_by_data (self->accounts, self);
    }
  gtk_widget_dispose_template (GTK_WIDGET (object), MR_TYPE_CREATOR_VIEW);
  g_clear_object (&self->store);
  g_clear_object (&self->creator);
  g_clear_object (&self->accounts);

  G_OBJECT_CLASS (mr_creator_view_parent_class)->dispose (object);
}

static void
mr_creator_view_finalize (GObject *object)
{
  MrCreatorView *self = MR_CREATOR_VIEW (object);

  g_ptr_array_unref (self->account_rows);

  G_OBJECT_CLASS (mr_creator_view_parent_class)->finalize (object);
}

static void
mr_creator_view_class_init (MrCreatorViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mr_creator_view_dispose;
  object_class->finalize = mr_creator_view_finalize;
  object_class->get_property = mr_creator_view_get_property;
  object_class->set_property = mr_creator_view_set_property;

  properties[PROP_CREATOR] =
    g_param_spec_object ("creator", NULL, NULL, MR_TYPE_CREATOR,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (MR_TYPE_SCORE_VIEW);
  g_type_ensure (MR_TYPE_FLAG_LIST);
  g_type_ensure (MR_TYPE_METRIC_CARDS);
  g_type_ensure (MR_TYPE_SCORE_COMPONENTS);
  g_type_ensure (MR_TYPE_CREATOR_CHARTS);
  g_type_ensure (MR_TYPE_CHECKLIST_GROUP);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/creators/mr-creator-view.ui");
  gtk_widget_class_bind_template_child (widget_class, MrCreatorView, stack);
  gtk_widget_class_bind_template_child (widget_class, MrCreatorView, overlay);
  gtk_widget_class_bind_template_child (widget_class, MrCreatorView, scroller);
  gtk_widget_class_bind_template_child (widget_class, MrCreatorView, drop_highlight);
  gtk_widget_class_bind_template_child (widget_class, MrCreatorView, drop_label);
  gtk_widget_class_bind_template_child (widget_class, MrCreatorView, avatar);
  gtk_widget_class_bind_template_child (widget_class, MrCreatorView, name_label);
  gtk_widget_class_bind_template_child (widget_class, MrCreatorView, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, MrCreatorView, status_drop_down);
  gtk_widget_class_bind_template_child (widget_class, MrCreatorView, accounts_group);
  gtk_widget_class_bind_template_child (widget_class, MrCreatorView, score_view);
  gtk_widget_class_bind_template_child (widget_class, MrCreatorView, flag_list);
  gtk_widget_class_bind_template_child (widget_class, MrCreatorView, metric_cards);
  gtk_widget_class_bind_template_child (widget_class, MrCreatorView, score_components);
  gtk_widget_class_bind_template_child (widget_class, MrCreatorView, charts);
  gtk_widget_class_bind_template_child (widget_class, MrCreatorView, checklist);
  gtk_widget_class_bind_template_child (widget_class, MrCreatorView, drop_hint);
  gtk_widget_class_bind_template_callback (widget_class, on_checklist_changed);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static GListModel *
status_choices (void)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (MrCreatorStatus s = MR_CREATOR_STATUS_PROSPECT; s <= MR_CREATOR_STATUS_ALUMNI; s++)
    gtk_string_list_append (list, mr_creator_status_get_label (s));

  return G_LIST_MODEL (list);
}

static void
mr_creator_view_init (MrCreatorView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->account_rows = g_ptr_array_new ();
  gtk_drop_down_set_model (self->status_drop_down, status_choices ());
  g_object_unref (gtk_drop_down_get_model (self->status_drop_down));
  mr_accessible_name_drop_down (self->status_drop_down, _("Status"));
  g_signal_connect_swapped (self->status_drop_down, "notify::selected",
                            G_CALLBACK (on_status_selected), self);

  /* On the creator's page only: on the empty state a drop is the window's. */
  self->drop_target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (self->drop_target, "enter", G_CALLBACK (on_drop_enter), self);
  g_signal_connect (self->drop_target, "leave", G_CALLBACK (on_drop_leave), self);
  g_signal_connect (self->drop_target, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (self->overlay, GTK_EVENT_CONTROLLER (self->drop_target));

  gtk_stack_set_visible_child_name (self->stack, "empty");
}
