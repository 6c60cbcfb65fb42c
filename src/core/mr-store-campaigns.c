/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-store-campaigns"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "mr-store-private.h"

/* In statements shared by INSERT and UPDATE, ?1 is the member's campaign id and :id
 * the row's own id (see mr_store_write_row ()). */
static const char insert_campaign_sql[] =
  "INSERT INTO campaign (name, brand, goal, kind, platforms, start_date, end_date, budget,"
  "                      currency, target_roas, target_ctr_min, target_ctr_max, notes,"
  "                      archived)"
  "  VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)";
static const char update_campaign_sql[] =
  "UPDATE campaign SET name = ?1, brand = ?2, goal = ?3, kind = ?4, platforms = ?5,"
  "                    start_date = ?6, end_date = ?7, budget = ?8, currency = ?9,"
  "                    target_roas = ?10, target_ctr_min = ?11, target_ctr_max = ?12,"
  "                    notes = ?13, archived = ?14"
  "  WHERE id = :id";
static const char delete_campaign_sql[] = "DELETE FROM campaign WHERE id = :id";

static const char insert_member_sql[] =
  "INSERT INTO campaign_member (campaign_id, creator_id, account_id, fee, promo_code, link,"
  "                             status)"
  "  VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";
static const char update_member_sql[] =
  "UPDATE campaign_member SET creator_id = ?2, account_id = ?3, fee = ?4,"
  "                           promo_code = ?5, link = ?6, status = ?7"
  "  WHERE id = :id AND campaign_id = ?1";
static const char delete_member_sql[] = "DELETE FROM campaign_member WHERE id = :id";

static const char insert_deliverable_sql[] =
  "INSERT INTO campaign_deliverable (member_id, title, due_date, done)"
  "  VALUES (?1, ?2, ?3, ?4)";
static const char update_deliverable_sql[] =
  "UPDATE campaign_deliverable SET title = ?2, due_date = ?3, done = ?4 WHERE id = :id";
static const char delete_deliverable_sql[] = "DELETE FROM campaign_deliverable WHERE id = :id";

static void
bind_campaign (sqlite3_stmt *stmt,
               gpointer      object)
{
  MrCampaign *campaign = object;

  sqlite3_bind_text (stmt, 1, mr_campaign_get_name (campaign), -1, SQLITE_TRANSIENT);
  mr_store_bind_text (stmt, 2, mr_campaign_get_brand (campaign));
  sqlite3_bind_text (stmt, 3, mr_campaign_goal_to_string (mr_campaign_get_goal (campaign)),
                     -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, mr_campaign_kind_to_string (mr_campaign_get_kind (campaign)),
                     -1, SQLITE_STATIC);
  mr_store_bind_text (stmt, 5, mr_campaign_get_platforms (campaign));
  mr_store_bind_text (stmt, 6, mr_campaign_get_start_date (campaign));
  mr_store_bind_text (stmt, 7, mr_campaign_get_end_date (campaign));
  mr_store_bind_double (stmt, 8, mr_campaign_get_budget (campaign));
  sqlite3_bind_text (stmt, 9, mr_campaign_get_currency (campaign), -1, SQLITE_TRANSIENT);
  sqlite3_bind_double (stmt, 10, mr_campaign_get_target_roas (campaign));
  sqlite3_bind_double (stmt, 11, mr_campaign_get_target_ctr_min (campaign));
  sqlite3_bind_double (stmt, 12, mr_campaign_get_target_ctr_max (campaign));
  mr_store_bind_text (stmt, 13, mr_campaign_get_notes (campaign));
  sqlite3_bind_int (stmt, 14, mr_campaign_get_archived (campaign));
}

static void
bind_member (sqlite3_stmt *stmt,
             gpointer      object)
{
  MrCampaignMember *member = object;

  mr_store_bind_id (stmt, 1, mr_campaign_member_get_campaign_id (member));
  mr_store_bind_id (stmt, 2, mr_campaign_member_get_creator_id (member));
  mr_store_bind_id (stmt, 3, mr_campaign_member_get_account_id (member));
  mr_store_bind_double (stmt, 4, mr_campaign_member_get_fee (member));
  mr_store_bind_text (stmt, 5, mr_campaign_member_get_promo_code (member));
  mr_store_bind_text (stmt, 6, mr_campaign_member_get_link (member));
  sqlite3_bind_text (stmt, 7, mr_member_status_to_string (mr_campaign_member_get_status (member)),
                     -1, SQLITE_STATIC);
}

static void
bind_deliverable (sqlite3_stmt *stmt,
                  gpointer      object)
{
  MrDeliverable *deliverable = object;

  mr_store_bind_id (stmt, 1, mr_deliverable_get_member_id (deliverable));
  mr_store_bind_text (stmt, 2, mr_deliverable_get_title (deliverable));
  mr_store_bind_text (stmt, 3, mr_deliverable_get_due_date (deliverable));
  sqlite3_bind_int (stmt, 4, mr_deliverable_get_done (deliverable));
}

static void
forget_campaign (MrStore *self,
                 gint64   campaign_id)
{
  guint n_moments = g_list_model_get_n_items (G_LIST_MODEL (self->moments));

  for (guint i = 0; i < n_moments; i++)
    {
      g_autoptr(MrMoment) moment = g_list_model_get_item (G_LIST_MODEL (self->moments), i);

      if (mr_moment_get_campaign_id (moment) == campaign_id)
        mr_moment_set_campaign_id (moment, 0);
    }
}

/* Writes the deliverables already in @member's list under @member_id, noting each new
 * id in @ids (one per deliverable, in list order) for apply_deliverable_ids (). */
static gboolean
insert_deliverables (MrStore           *self,
                     MrCampaignMember  *member,
                     gint64             member_id,
                     GArray            *ids,
                     GError           **error)
{
  GListModel *deliverables = mr_campaign_member_get_deliverables (member);

  for (guint i = 0; i < g_list_model_get_n_items (deliverables); i++)
    {
      g_autoptr(MrDeliverable) deliverable = g_list_model_get_item (deliverables, i);
      gint64 id = 0;

      if (!mr_store_write_row (self, insert_deliverable_sql, bind_deliverable, deliverable,
                               member_id, 0, &id, error))
        return FALSE;
      g_array_append_val (ids, id);
    }
  return TRUE;
}

/* Once the transaction is committed: the ids insert_deliverables () noted, from @next. */
static void
apply_deliverable_ids (MrCampaignMember *member,
                       GArray           *ids,
                       guint            *next)
{
  GListModel *deliverables = mr_campaign_member_get_deliverables (member);

  for (guint i = 0; i < g_list_model_get_n_items (deliverables); i++)
    {
      g_autoptr(MrDeliverable) deliverable = g_list_model_get_item (deliverables, i);

      mr_deliverable_set_id (deliverable, g_array_index (ids, gint64, (*next)++));
      mr_deliverable_set_member_id (deliverable, mr_campaign_member_get_id (member));
    }
}

/* Campaigns ----------------------------------------------------------------- */

/* NULL (not set) or a real "YYYY-MM-DD" date. */
static gboolean
is_date_or_unset (const char *text)
{
  unsigned int year, month, day;

  if (text == NULL || text[0] == '\0')
    return TRUE;

  if (strlen (text) != 10)
    return FALSE;
  for (guint i = 0; i < 10; i++)
    {
      if (i == 4 || i == 7 ? text[i] != '-' : !g_ascii_isdigit (text[i]))
        return FALSE;
    }

  return sscanf (text, "%4u-%2u-%2u", &year, &month, &day) == 3 &&
         g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

/* Says in words what the schema's CHECK constraints would refuse. */
static gboolean
validate_campaign (MrCampaign  *campaign,
                   GError     **error)
{
  const char *start = mr_campaign_get_start_date (campaign);
  const char *end = mr_campaign_get_end_date (campaign);
  const char *message = NULL;

  if (!mr_store_require_text (mr_campaign_get_name (campaign),
                              _("A campaign needs a name. Enter one and try again."), error) ||
      !mr_store_require_text (mr_campaign_get_currency (campaign),
                              _("A campaign needs a currency, such as EUR. Enter one and try again."),
                              error))
    return FALSE;

  if (!is_date_or_unset (start) || !is_date_or_unset (end))
    message = _("Campaign dates are written year-month-day, like 2024-06-01. Correct the date and try again.");
  else if (start != NULL && end != NULL && start[0] != '\0' && end[0] != '\0' &&
           strcmp (end, start) < 0)
    message = _("The campaign ends before it starts. Correct the dates and try again.");
  else if (mr_campaign_get_target_ctr_min (campaign) > mr_campaign_get_target_ctr_max (campaign))
    message = _("The lowest target click-through rate is above the highest. Correct them and try again.");

  if (message != NULL)
    {
      g_set_error_literal (error, MR_STORE_ERROR, MR_STORE_ERROR_CONSTRAINT, message);
      return FALSE;
    }

  return TRUE;
}

/**
 * mr_store_add_campaign:
 *
 * Stores a new campaign, with the members already in its list, and appends it
 * to mr_store_get_campaigns ().
 */
gboolean
mr_store_add_campaign (MrStore     *self,
                       MrCampaign  *campaign,
                       GError     **error)
{
  GListModel *members;
  g_autoptr(GArray) member_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) deliverable_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint next_deliverable = 0;
  gint64 id = 0;
  gboolean ok;
  guint n_members;

  g_return_val_if_fail (MR_IS_STORE (self), FALSE);
  g_return_val_if_fail (MR_IS_CAMPAIGN (campaign), FALSE);
  g_return_val_if_fail (mr_campaign_get_id (campaign) == 0, FALSE);

  members = mr_campaign_get_members (campaign);
  n_members = g_list_model_get_n_items (members);

  if (!validate_campaign (campaign, error))
    return FALSE;

  for (guint i = 0; i < n_members; i++)
    {
      g_autoptr(MrCampaignMember) member = g_list_model_get_item (members, i);

      g_return_val_if_fail (mr_campaign_member_get_id (member) == 0, FALSE);
    }

  if (!mr_store_begin (self, error))
    return FALSE;

  ok = mr_store_write_row (self, insert_campaign_sql, bind_campaign, campaign, 0, 0, &id, error);
  for (guint i = 0; ok && i < n_members; i++)
    {
      g_autoptr(MrCampaignMember) member = g_list_model_get_item (members, i);
      gint64 member_id = 0;

      ok = mr_store_write_row (self, insert_member_sql, bind_member, member, id, 0, &member_id,
                               error) &&
           insert_deliverables (self, member, member_id, deliverable_ids, error);
      g_array_append_val (member_ids, member_id);
    }

  if (!mr_store_finish (self, ok, error))
    return FALSE;

  mr_campaign_set_id (campaign, id);
  for (guint i = 0; i < n_members; i++)
    {
      g_autoptr(MrCampaignMember) member = g_list_model_get_item (members, i);

      mr_campaign_member_set_id (member, g_array_index (member_ids, gint64, i));
      mr_campaign_member_set_campaign_id (member, id);
      apply_deliverable_ids (member, deliverable_ids, &next_deliverable);
    }
  g_list_store_append (self->campaigns, campaign);
  mr_store_models_changed (self);

  return TRUE;
}

/**
 * mr_store_save_campaign:
 *
 * Writes the campaign's own properties (not its members: see mr_store_save_member ()).
 */
gboolean
mr_store_save_campaign (MrStore     *self,
                        MrCampaign  *campaign,
                        GError     **error)
{
  gboolean ok;

  g_return_val_if_fail (MR_IS_STORE (self), FALSE);
  g_return_val_if_fail (MR_IS_CAMPAIGN (campaign), FALSE);
  g_return_val_if_fail (mr_campaign_get_id (campaign) > 0, FALSE);

  if (!validate_campaign (campaign, error))
    return FALSE;

  if (!mr_store_begin (self, error))
    return FALSE;

  ok = mr_store_write_row (self, update_campaign_sql, bind_campaign, campaign, 0,
                           mr_campaign_get_id (campaign), NULL, error);
  if (!mr_store_finish (self, ok, error))
    return FALSE;

  mr_store_models_changed (self);

  return TRUE;
}

/**
 * mr_store_remove_campaign:
 *
 * Deletes the campaign with its members and their results; moments about it
 * stay, without the campaign.
 */
gboolean
mr_store_remove_campaign (MrStore     *self,
                          MrCampaign  *campaign,
                          GError     **error)
{
  GListModel *members;
  gint64 id;
  gboolean ok;

  g_return_val_if_fail (MR_IS_STORE (self), FALSE);
  g_return_val_if_fail (MR_IS_CAMPAIGN (campaign), FALSE);
  g_return_val_if_fail (mr_campaign_get_id (campaign) > 0, FALSE);

  id = mr_campaign_get_id (campaign);
  if (!mr_store_begin (self, error))
    return FALSE;

  ok = mr_store_write_row (self, delete_campaign_sql, NULL, NULL, 0, id, NULL, error);
  if (!mr_store_finish (self, ok, error))
    return FALSE;

  mr_store_remove_from (G_LIST_MODEL (self->campaigns), campaign);
  forget_campaign (self, id);
  mr_campaign_set_id (campaign, 0);
  members = mr_campaign_get_members (campaign);
  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(MrCampaignMember) member = g_list_model_get_item (members, i);

      mr_campaign_member_set_id (member, 0);
      mr_campaign_member_set_campaign_id (member, 0);
    }
  mr_store_models_changed (self);

  return TRUE;
}

/* Members ------------------------------------------------------------------- */

gboolean
mr_store_add_member (MrStore           *self,
                     MrCampaign        *campaign,
                     MrCampaignMember  *member,
                     GError           **error)
{
  g_autoptr(GArray) deliverable_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint next_deliverable = 0;
  gint64 campaign_id;
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (MR_IS_STORE (self), FALSE);
  g_return_val_if_fail (MR_IS_CAMPAIGN (campaign), FALSE);
  g_return_val_if_fail (MR_IS_CAMPAIGN_MEMBER (member), FALSE);
  g_return_val_if_fail (mr_campaign_get_id (campaign) > 0, FALSE);
  g_return_val_if_fail (mr_campaign_member_get_id (member) == 0, FALSE);

  campaign_id = mr_campaign_get_id (campaign);
  if (!mr_store_begin (self, error))
    return FALSE;

  ok = mr_store_write_row (self, insert_member_sql, bind_member, member, campaign_id, 0, &id,
                           error) &&
       insert_deliverables (self, member, id, deliverable_ids, error);
  if (!mr_store_finish (self, ok, error))
    return FALSE;

  mr_campaign_member_set_id (member, id);
  mr_campaign_member_set_campaign_id (member, campaign_id);
  apply_deliverable_ids (member, deliverable_ids, &next_deliverable);
  g_list_store_append (G_LIST_STORE (mr_campaign_get_members (campaign)), member);
  mr_store_models_changed (self);

  return TRUE;
}

/**
 * mr_store_save_member:
 *
 * Writes the member's properties; its campaign-id cannot change this way.
 */
gboolean
mr_store_save_member (MrStore           *self,
                      MrCampaignMember  *member,
                      GError           **error)
{
  gboolean ok;

  g_return_val_if_fail (MR_IS_STORE (self), FALSE);
  g_return_val_if_fail (MR_IS_CAMPAIGN_MEMBER (member), FALSE);
  g_return_val_if_fail (mr_campaign_member_get_id (member) > 0, FALSE);

  if (!mr_store_begin (self, error))
    return FALSE;

  ok = mr_store_write_row (self, update_member_sql, bind_member, member, 0,
                           mr_campaign_member_get_id (member), NULL, error);
  if (!mr_store_finish (self, ok, error))
    return FALSE;

  mr_store_models_changed (self);

  return TRUE;
}

gboolean
mr_store_remove_member (MrStore           *self,
                        MrCampaignMember  *member,
                        GError           **error)
{
  MrCampaign *campaign;
  gint64 id;
  gboolean ok;

  g_return_val_if_fail (MR_IS_STORE (self), FALSE);
  g_return_val_if_fail (MR_IS_CAMPAIGN_MEMBER (member), FALSE);
  g_return_val_if_fail (mr_campaign_member_get_id (member) > 0, FALSE);

  id = mr_campaign_member_get_id (member);
  if (!mr_store_begin (self, error))
    return FALSE;

  ok = mr_store_write_row (self, delete_member_sql, NULL, NULL, 0, id, NULL, error);
  if (!mr_store_finish (self, ok, error))
    return FALSE;

  campaign = mr_store_find_by_id (G_LIST_MODEL (self->campaigns),
                                  mr_campaign_member_get_campaign_id (member));
  if (campaign != NULL)
    mr_store_remove_from (mr_campaign_get_members (campaign), member);
  mr_campaign_member_set_id (member, 0);
  mr_campaign_member_set_campaign_id (member, 0);
  mr_store_models_changed (self);

  return TRUE;
}

/* Deliverables -------------------------------------------------------------- */

static gboolean
validate_deliverable (MrDeliverable  *deliverable,
                      GError        **error)
{
  const char *title = mr_deliverable_get_title (deliverable);

  if (title == NULL || title[strspn (title, " \t")] == '\0')
    {
      g_set_error_literal (error, MR_STORE_ERROR, MR_STORE_ERROR_CONSTRAINT,
                           _("A deliverable needs a description, such as “1 Reel”."));
      return FALSE;
    }
  if (!is_date_or_unset (mr_deliverable_get_due_date (deliverable)))
    {
      g_set_error (error, MR_STORE_ERROR, MR_STORE_ERROR_CONSTRAINT,
                   _("“%s” is not a date: use YYYY-MM-DD."),
                   mr_deliverable_get_due_date (deliverable));
      return FALSE;
    }
  return TRUE;
}

static void
emit_results_changed (MrStore *self,
                      gint64   member_id)
{
  guint n_campaigns = g_list_model_get_n_items (G_LIST_MODEL (self->campaigns));

  for (guint i = 0; i < n_campaigns; i++)
    {
      g_autoptr(MrCampaign) campaign = g_list_model_get_item (G_LIST_MODEL (self->campaigns), i);

      if (mr_store_find_by_id (mr_campaign_get_members (campaign), member_id) != NULL)
        {
          mr_store_emit_results_changed (self, mr_campaign_get_id (campaign));
          return;
        }
    }
}

/* Keeps the member's list in the order the store loads it: by due date, undated last. */
static int
compare_deliverables (gconstpointer a,
                      gconstpointer b,
                      gpointer      user_data)
{
  MrDeliverable *first = MR_DELIVERABLE ((gpointer) a);
  MrDeliverable *second = MR_DELIVERABLE ((gpointer) b);
  const char *due_a = mr_deliverable_get_due_date (first);
  const char *due_b = mr_deliverable_get_due_date (second);
  int order;

  if ((due_a == NULL) != (due_b == NULL))
    return due_a == NULL ? 1 : -1;
  if ((order = g_strcmp0 (due_a, due_b)) != 0)
    return order;
  if ((order = g_strcmp0 (mr_deliverable_get_title (first),
                          mr_deliverable_get_title (second))) != 0)
    return order;
  return (mr_deliverable_get_id (first) > mr_deliverable_get_id (second)) -
         (mr_deliverable_get_id (first) < mr_deliverable_get_id (second));
}

static MrCampaignMember *
find_member (MrStore *self,
             gint64   member_id)
{
  guint n_campaigns = g_list_model_get_n_items (G_LIST_MODEL (self->campaigns));

  for (guint i = 0; i < n_campaigns; i++)
    {
      g_autoptr(MrCampaign) campaign = g_list_model_get_item (G_LIST_MODEL (self->campaigns), i);
      MrCampaignMember *member = mr_store_find_by_id (mr_campaign_get_members (campaign),
                                                      member_id);

      if (member != NULL)
        return member;
    }
  return NULL;
}

/**
 * mr_store_add_deliverable:
 *
 * Stores a new deliverable of @member and adds it to the member's list.
 */
gboolean
mr_store_add_deliverable (MrStore           *self,
                          MrCampaignMember  *member,
                          MrDeliverable     *deliverable,
                          GError           **error)
{
  GListStore *list;
  gint64 member_id;
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (MR_IS_STORE (self), FALSE);
  g_return_val_if_fail (MR_IS_CAMPAIGN_MEMBER (member), FALSE);
  g_return_val_if_fail (MR_IS_DELIVERABLE (deliverable), FALSE);
  g_return_val_if_fail (mr_campaign_member_get_id (member) > 0, FALSE);
  g_return_val_if_fail (mr_deliverable_get_id (deliverable) == 0, FALSE);

  if (!validate_deliverable (deliverable, error))
    return FALSE;

  member_id = mr_campaign_member_get_id (member);
  if (!mr_store_begin (self, error))
    return FALSE;
  ok = mr_store_write_row (self, insert_deliverable_sql, bind_deliverable, deliverable,
                           member_id, 0, &id, error);
  if (!mr_store_finish (self, ok, error))
    return FALSE;

  mr_deliverable_set_id (deliverable, id);
  mr_deliverable_set_member_id (deliverable, member_id);
  list = G_LIST_STORE (mr_campaign_member_get_deliverables (member));
  g_list_store_insert_sorted (list, deliverable, compare_deliverables, NULL);
  mr_store_models_changed (self);
  emit_results_changed (self, member_id);

  return TRUE;
}

/**
 * mr_store_save_deliverable:
 *
 * Writes the deliverable's title, due date and whether it is done.
 */
gboolean
mr_store_save_deliverable (MrStore        *self,
                           MrDeliverable  *deliverable,
                           GError        **error)
{
  MrCampaignMember *member;
  gboolean ok;

  g_return_val_if_fail (MR_IS_STORE (self), FALSE);
  g_return_val_if_fail (MR_IS_DELIVERABLE (deliverable), FALSE);
  g_return_val_if_fail (mr_deliverable_get_id (deliverable) > 0, FALSE);

  if (!validate_deliverable (deliverable, error))
    return FALSE;

  if (!mr_store_begin (self, error))
    return FALSE;
  ok = mr_store_write_row (self, update_deliverable_sql, bind_deliverable, deliverable, 0,
                           mr_deliverable_get_id (deliverable), NULL, error);
  if (!mr_store_finish (self, ok, error))
    return FALSE;

  member = find_member (self, mr_deliverable_get_member_id (deliverable));
  if (member != NULL)
    mr_store_keep_sorted (G_LIST_STORE (mr_campaign_member_get_deliverables (member)),
                          deliverable, compare_deliverables);
  mr_store_models_changed (self);
  emit_results_changed (self, mr_deliverable_get_member_id (deliverable));

  return TRUE;
}

gboolean
mr_store_remove_deliverable (MrStore        *self,
                             MrDeliverable  *deliverable,
                             GError        **error)
{
  MrCampaignMember *member;
  gint64 member_id;
  gboolean ok;

  g_return_val_if_fail (MR_IS_STORE (self), FALSE);
  g_return_val_if_fail (MR_IS_DELIVERABLE (deliverable), FALSE);
  g_return_val_if_fail (mr_deliverable_get_id (deliverable) > 0, FALSE);

  if (!mr_store_begin (self, error))
    return FALSE;
  ok = mr_store_write_row (self, delete_deliverable_sql, NULL, NULL, 0,
                           mr_deliverable_get_id (deliverable), NULL, error);
  if (!mr_store_finish (self, ok, error))
    return FALSE;

  member_id = mr_deliverable_get_member_id (deliverable);
  member = find_member (self, member_id);
  if (member != NULL)
    mr_store_remove_from (mr_campaign_member_get_deliverables (member), deliverable);
  mr_deliverable_set_id (deliverable, 0);
  mr_store_models_changed (self);
  emit_results_changed (self, member_id);

  return TRUE;
}
