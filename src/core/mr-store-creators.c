/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-store-creators"

#include "config.h"

#include <glib/gi18n.h>

#include "mr-store-private.h"

/* In statements shared by INSERT and UPDATE, ?1 is an account's creator id and :id
 * the row's own id (see mr_store_write_row ()). */
static const char insert_creator_sql[] =
  "INSERT INTO creator (name, status, niche, country, language, contact, notes,"
  "                     primary_account_id)"
  "  VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";
static const char update_creator_sql[] =
  "UPDATE creator SET name = ?1, status = ?2, niche = ?3, country = ?4, language = ?5,"
  "                   contact = ?6, notes = ?7, primary_account_id = ?8"
  "  WHERE id = :id";
static const char delete_creator_sql[] = "DELETE FROM creator WHERE id = :id";
static const char campaign_of_creator_sql[] =
  "SELECT campaign.name FROM campaign_member"
  "  JOIN campaign ON campaign.id = campaign_member.campaign_id"
  " WHERE campaign_member.creator_id = ?1 ORDER BY campaign.id LIMIT 1";

static const char insert_account_sql[] =
  "INSERT INTO account (creator_id, platform, handle, url, followers, following, posts,"
  "                     updated_at)"
  "  VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";
static const char update_account_sql[] =
  "UPDATE account SET platform = ?2, handle = ?3, url = ?4, followers = ?5, following = ?6,"
  "                   posts = ?7, updated_at = ?8"
  "  WHERE id = :id AND creator_id = ?1";
static const char delete_account_sql[] = "DELETE FROM account WHERE id = :id";

static void
bind_creator (sqlite3_stmt *stmt,
              gpointer      object)
{
  MrCreator *creator = object;

  sqlite3_bind_text (stmt, 1, mr_creator_get_name (creator), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, mr_creator_status_to_string (mr_creator_get_status (creator)),
                     -1, SQLITE_STATIC);
  mr_store_bind_text (stmt, 3, mr_creator_get_niche (creator));
  mr_store_bind_text (stmt, 4, mr_creator_get_country (creator));
  mr_store_bind_text (stmt, 5, mr_creator_get_language (creator));
  mr_store_bind_text (stmt, 6, mr_creator_get_contact (creator));
  mr_store_bind_text (stmt, 7, mr_creator_get_notes (creator));
  mr_store_bind_id (stmt, 8, mr_creator_get_primary_account_id (creator));
}

static void
bind_account (sqlite3_stmt *stmt,
              gpointer      object)
{
  MrAccount *account = object;

  mr_store_bind_id (stmt, 1, mr_account_get_creator_id (account));
  sqlite3_bind_text (stmt, 2, mr_platform_to_string (mr_account_get_platform (account)),
                     -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, mr_account_get_handle (account), -1, SQLITE_TRANSIENT);
  mr_store_bind_text (stmt, 4, mr_account_get_url (account));
  mr_store_bind_count (stmt, 5, mr_account_get_followers (account));
  mr_store_bind_count (stmt, 6, mr_account_get_following (account));
  mr_store_bind_count (stmt, 7, mr_account_get_posts (account));
  mr_store_bind_date_time (stmt, 8, mr_account_get_updated_at (account));
}

/* The UNIQUE (platform, handle) rule, said in words. */
static gboolean
write_account (MrStore     *self,
               const char  *sql,
               MrAccount   *account,
               gint64       creator_id,
               gint64      *new_id,
               GError     **error)
{
  g_autoptr(GError) local_error = NULL;

  if (mr_store_write_row (self, sql, bind_account, account, creator_id, mr_account_get_id (account),
                          new_id, &local_error))
    return TRUE;

  if (sqlite3_extended_errcode (self->db) == SQLITE_CONSTRAINT_UNIQUE)
    g_set_error (error, MR_STORE_ERROR, MR_STORE_ERROR_CONSTRAINT,
                 /* Translators: the first %s is a platform (TikTok…), the second a handle. */
                 _("The %s account “%s” is already in Microreach. Open the creator it belongs to instead."),
                 mr_platform_get_label (mr_account_get_platform (account)),
                 mr_account_get_handle (account));
  else
    g_propagate_error (error, g_steal_pointer (&local_error));

  return FALSE;
}

/* The schema's ON DELETE rules, applied to the loaded objects. */
static void
forget_creator (MrStore *self,
                gint64   creator_id)
{
  guint n_moments = g_list_model_get_n_items (G_LIST_MODEL (self->moments));

  for (guint i = 0; i < n_moments; i++)
    {
      g_autoptr(MrMoment) moment = g_list_model_get_item (G_LIST_MODEL (self->moments), i);

      if (mr_moment_get_creator_id (moment) == creator_id)
        mr_moment_set_creator_id (moment, 0);
    }
}

/* A campaign's fees and results are its history; a creator who took part stays in the
 * roster (as alumni) rather than taking them along. */
static gboolean
check_not_in_campaign (MrStore    *self,
                       MrCreator  *creator,
                       GError    **error)
{
  sqlite3_stmt *stmt = mr_store_prepare (self, campaign_of_creator_sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, mr_creator_get_id (creator));
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    g_set_error (error, MR_STORE_ERROR, MR_STORE_ERROR_CONSTRAINT,
                 /* Translators: the first %s is a creator's name, the second a campaign's. */
                 _("%s takes part in the campaign “%s”, whose results would be lost. Remove them from the campaign first, or set their status to Alumni."),
                 mr_creator_get_name (creator), (const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);

  if (rc == SQLITE_ROW)
    return FALSE;
  if (rc != SQLITE_DONE)
    return mr_store_fail (self, rc, error);

  return TRUE;
}

static void
forget_account (MrStore *self,
                gint64   account_id)
{
  guint n_campaigns = g_list_model_get_n_items (G_LIST_MODEL (self->campaigns));

  for (guint i = 0; i < n_campaigns; i++)
    {
      g_autoptr(MrCampaign) campaign = g_list_model_get_item (G_LIST_MODEL (self->campaigns), i);
      GListModel *members = mr_campaign_get_members (campaign);
      guint n_members = g_list_model_get_n_items (members);

      for (guint j = 0; j < n_members; j++)
        {
          g_autoptr(MrCampaignMember) member = g_list_model_get_item (members, j);

          if (mr_campaign_member_get_account_id (member) == account_id)
            mr_campaign_member_set_account_id (member, 0);
        }
    }
}

/* Creators ------------------------------------------------------------------ */

/* A creator's metrics follow their accounts. Failing to compute them does not undo a
 * change that is already stored; the next reload tries again. */
static void
refresh_vetting (MrStore   *self,
                 MrCreator *creator)
{
  g_autoptr(GError) error = NULL;

  if (creator != NULL && !mr_store_update_vetting (self, creator, &error))
    g_warning ("The metrics of “%s” could not be computed: %s",
               mr_creator_get_name (creator), error->message);
}

/**
 * mr_store_add_creator:
 *
 * Stores a new creator, with the accounts already in its list, and adds it to
 * mr_store_get_creators (). On failure nothing is stored and nothing changes.
 */
gboolean
mr_store_add_creator (MrStore    *self,
                      MrCreator  *creator,
                      GError    **error)
{
  GListModel *accounts;
  g_autoptr(GArray) account_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 id = 0;
  gboolean ok;
  guint n_accounts;

  g_return_val_if_fail (MR_IS_STORE (self), FALSE);
  g_return_val_if_fail (MR_IS_CREATOR (creator), FALSE);
  g_return_val_if_fail (mr_creator_get_id (creator) == 0, FALSE);

  accounts = mr_creator_get_accounts (creator);
  n_accounts = g_list_model_get_n_items (accounts);

  if (!mr_store_require_text (mr_creator_get_name (creator),
                              _("A creator needs a name. Enter one and try again."), error))
    return FALSE;

  for (guint i = 0; i < n_accounts; i++)
    {
      g_autoptr(MrAccount) account = g_list_model_get_item (accounts, i);

      g_return_val_if_fail (mr_account_get_id (account) == 0, FALSE);
      if (!mr_store_require_text (mr_account_get_handle (account),
                                  _("An account needs a handle. Enter one and try again."), error))
        return FALSE;
    }

  if (!mr_store_begin (self, error))
    return FALSE;

  ok = mr_store_write_row (self, insert_creator_sql, bind_creator, creator, 0, 0, &id, error);
  for (guint i = 0; ok && i < n_accounts; i++)
    {
      g_autoptr(MrAccount) account = g_list_model_get_item (accounts, i);
      gint64 account_id = 0;

      ok = write_account (self, insert_account_sql, account, id, &account_id, error);
      g_array_append_val (account_ids, account_id);
    }

  if (!mr_store_finish (self, ok, error))
    return FALSE;

  mr_creator_set_id (creator, id);
  for (guint i = 0; i < n_accounts; i++)
    {
      g_autoptr(MrAccount) account = g_list_model_get_item (accounts, i);

      mr_account_set_id (account, g_array_index (account_ids, gint64, i));
      mr_account_set_creator_id (account, id);
    }
  g_list_store_insert_sorted (self->creators, creator, mr_store_compare_creators, NULL);
  refresh_vetting (self, creator);
  mr_store_models_changed (self);

  return TRUE;
}

/**
 * mr_store_save_creator:
 *
 * Writes the creator's own properties (not its accounts: see mr_store_save_account ()).
 */
gboolean
mr_store_save_creator (MrStore    *self,
                       MrCreator  *creator,
                       GError    **error)
{
  gboolean ok;

  g_return_val_if_fail (MR_IS_STORE (self), FALSE);
  g_return_val_if_fail (MR_IS_CREATOR (creator), FALSE);
  g_return_val_if_fail (mr_creator_get_id (creator) > 0, FALSE);

  if (!mr_store_require_text (mr_creator_get_name (creator),
                              _("A creator needs a name. Enter one and try again."), error))
    return FALSE;

  if (!mr_store_begin (self, error))
    return FALSE;

  ok = mr_store_write_row (self, update_creator_sql, bind_creator, creator, 0,
                           mr_creator_get_id (creator), NULL, error);
  if (!mr_store_finish (self, ok, error))
    return FALSE;

  mr_store_keep_sorted (self->creators, creator, mr_store_compare_creators);
  refresh_vetting (self, creator);
  mr_store_models_changed (self);

  return TRUE;
}

/**
 * mr_store_remove_creator:
 *
 * Deletes the creator with everything that belongs to them (accounts and their
 * history, checklist). A creator who takes part in a campaign is refused with
 * MR_STORE_ERROR_CONSTRAINT. Afterwards the creator and its accounts have id 0
 * again, so the same object can be added back.
 */
gboolean
mr_store_remove_creator (MrStore    *self,
                         MrCreator  *creator,
                         GError    **error)
{
  GListModel *accounts;
  gint64 id;
  gboolean ok;

  g_return_val_if_fail (MR_IS_STORE (self), FALSE);
  g_return_val_if_fail (MR_IS_CREATOR (creator), FALSE);
  g_return_val_if_fail (mr_creator_get_id (creator) > 0, FALSE);

  id = mr_creator_get_id (creator);
  if (!mr_store_begin (self, error))
    return FALSE;

  ok = check_not_in_campaign (self, creator, error) &&
       mr_store_write_row (self, delete_creator_sql, NULL, NULL, 0, id, NULL, error);
  if (!mr_store_finish (self, ok, error))
    return FALSE;

  mr_store_remove_from (G_LIST_MODEL (self->creators), creator);
  forget_creator (self, id);
  mr_creator_set_id (creator, 0);
  mr_creator_set_primary_account_id (creator, 0);
  accounts = mr_creator_get_accounts (creator);
  for (guint i = 0; i < g_list_model_get_n_items (accounts); i++)
    {
      g_autoptr(MrAccount) account = g_list_model_get_item (accounts, i);

      mr_account_set_id (account, 0);
      mr_account_set_creator_id (account, 0);
    }
  mr_store_models_changed (self);

  return TRUE;
}

/* Accounts ------------------------------------------------------------------ */

gboolean
mr_store_add_account (MrStore    *self,
                      MrCreator  *creator,
                      MrAccount  *account,
                      GError    **error)
{
  gint64 creator_id;
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (MR_IS_STORE (self), FALSE);
  g_return_val_if_fail (MR_IS_CREATOR (creator), FALSE);
  g_return_val_if_fail (MR_IS_ACCOUNT (account), FALSE);
  g_return_val_if_fail (mr_creator_get_id (creator) > 0, FALSE);
  g_return_val_if_fail (mr_account_get_id (account) == 0, FALSE);

  creator_id = mr_creator_get_id (creator);
  if (!mr_store_require_text (mr_account_get_handle (account),
                              _("An account needs a handle. Enter one and try again."), error))
    return FALSE;

  if (!mr_store_begin (self, error))
    return FALSE;

  ok = write_account (self, insert_account_sql, account, creator_id, &id, error);
  if (!mr_store_finish (self, ok, error))
    return FALSE;

  mr_account_set_id (account, id);
  mr_account_set_creator_id (account, creator_id);
  g_list_store_append (G_LIST_STORE (mr_creator_get_accounts (creator)), account);
  refresh_vetting (self, creator);
  mr_store_models_changed (self);

  return TRUE;
}

/**
 * mr_store_save_account:
 *
 * Writes the account's properties; its creator-id cannot change this way.
 */
gboolean
mr_store_save_account (MrStore    *self,
                       MrAccount  *account,
                       GError    **error)
{
  gboolean ok;

  g_return_val_if_fail (MR_IS_STORE (self), FALSE);
  g_return_val_if_fail (MR_IS_ACCOUNT (account), FALSE);
  g_return_val_if_fail (mr_account_get_id (account) > 0, FALSE);

  if (!mr_store_require_text (mr_account_get_handle (account),
                              _("An account needs a handle. Enter one and try again."), error))
    return FALSE;

  if (!mr_store_begin (self, error))
    return FALSE;

  ok = write_account (self, update_account_sql, account, 0, NULL, error);
  if (!mr_store_finish (self, ok, error))
    return FALSE;

  refresh_vetting (self, mr_store_find_by_id (G_LIST_MODEL (self->creators),
                                               mr_account_get_creator_id (account)));
  mr_store_models_changed (self);

  return TRUE;
}

gboolean
mr_store_remove_account (MrStore    *self,
                         MrAccount  *account,
                         GError    **error)
{
  MrCreator *creator;
  gint64 id;
  gboolean ok;

  g_return_val_if_fail (MR_IS_STORE (self), FALSE);
  g_return_val_if_fail (MR_IS_ACCOUNT (account), FALSE);
  g_return_val_if_fail (mr_account_get_id (account) > 0, FALSE);

  id = mr_account_get_id (account);
  if (!mr_store_begin (self, error))
    return FALSE;

  ok = mr_store_write_row (self, delete_account_sql, NULL, NULL, 0, id, NULL, error);
  if (!mr_store_finish (self, ok, error))
    return FALSE;

  creator = mr_store_find_by_id (G_LIST_MODEL (self->creators),
                                 mr_account_get_creator_id (account));
  if (creator != NULL)
    {
      mr_store_remove_from (mr_creator_get_accounts (creator), account);
      if (mr_creator_get_primary_account_id (creator) == id)
        mr_creator_set_primary_account_id (creator, 0);
    }
  forget_account (self, id);
  mr_account_set_id (account, 0);
  mr_account_set_creator_id (account, 0);
  refresh_vetting (self, creator);
  mr_store_models_changed (self);

  return TRUE;
}
