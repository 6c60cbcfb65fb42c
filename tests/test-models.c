/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-models"

#include "config.h"

#include <math.h>

#include <glib/gstdio.h>

#include "mr-enum-types.h"
#include "mr-store.h"
#include "mr-test-util.h"

static GDateTime *
make_time (int day,
           int hour)
{
  return g_date_time_new_utc (2024, 5, day, hour, 30, 0);
}

/* Two different values for a property, whatever its type. */
static void
init_values (GParamSpec *pspec,
             GValue     *a,
             GValue     *b)
{
  g_value_init (a, pspec->value_type);
  g_value_init (b, pspec->value_type);

  switch (G_TYPE_FUNDAMENTAL (pspec->value_type))
    {
    case G_TYPE_INT64:
      g_value_set_int64 (a, 7);
      g_value_set_int64 (b, 8);
      break;
    case G_TYPE_STRING:
      g_value_set_string (a, "first");
      g_value_set_string (b, "second");
      break;
    case G_TYPE_DOUBLE:
      g_value_set_double (a, 1.5);
      g_value_set_double (b, 2.5);
      break;
    case G_TYPE_BOOLEAN:
      g_value_set_boolean (a, TRUE);
      g_value_set_boolean (b, FALSE);
      break;
    case G_TYPE_ENUM:
      {
        g_autoptr(GEnumClass) klass = g_type_class_ref (pspec->value_type);

        g_value_set_enum (a, klass->values[0].value);
        g_value_set_enum (b, klass->values[klass->n_values - 1].value);
      }
      break;
    case G_TYPE_BOXED:
      g_assert_true (pspec->value_type == G_TYPE_DATE_TIME);
      g_value_take_boxed (a, make_time (1, 9));
      g_value_take_boxed (b, make_time (2, 9));
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
record_notify (GObject    *object,
               GParamSpec *pspec,
               GPtrArray  *notified)
{
  g_ptr_array_add (notified, (gpointer) pspec->name);
}

static void
test_notify (gconstpointer data)
{
  GType type = GPOINTER_TO_SIZE (data);
  g_autoptr(GObject) object = g_object_new (type, NULL);
  g_autoptr(GPtrArray) notified = g_ptr_array_new ();
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;

  g_signal_connect (object, "notify", G_CALLBACK (record_notify), notified);
  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n_pspecs);
  g_assert_cmpuint (n_pspecs, >, 5);

  for (guint i = 0; i < n_pspecs; i++)
    {
      g_auto(GValue) a = G_VALUE_INIT;
      g_auto(GValue) b = G_VALUE_INIT;
      g_auto(GValue) b_again = G_VALUE_INIT;

      g_test_message ("%s:%s", g_type_name (type), pspecs[i]->name);
      g_assert_true (pspecs[i]->flags & G_PARAM_EXPLICIT_NOTIFY);
      /* Read-only properties follow the metrics; test-vetting counts their notifications. */
      if (!(pspecs[i]->flags & G_PARAM_WRITABLE))
        continue;
      init_values (pspecs[i], &a, &b);
      g_value_init (&b_again, pspecs[i]->value_type);
      g_value_copy (&b, &b_again);
      if (pspecs[i]->value_type == G_TYPE_DATE_TIME)
        g_value_take_boxed (&b_again, make_time (2, 9));  /* equal, not the same pointer */

      g_object_set_property (object, pspecs[i]->name, &a);
      g_ptr_array_set_size (notified, 0);

      g_object_set_property (object, pspecs[i]->name, &b);
      g_assert_cmpuint (notified->len, ==, 1);
      g_assert_cmpstr (g_ptr_array_index (notified, 0), ==, pspecs[i]->name);

      g_object_set_property (object, pspecs[i]->name, &b_again);
      g_assert_cmpuint (notified->len, ==, 1);

      g_object_set_property (object, pspecs[i]->name, &a);
      g_assert_cmpuint (notified->len, ==, 2);
    }
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_defaults (void)
{
  g_autoptr(MrCampaign) campaign = mr_campaign_new ("Pilot");
  g_autoptr(MrCampaignMember) member = mr_campaign_member_new (1);
  g_autoptr(MrAccount) account = mr_account_new (MR_PLATFORM_BLUESKY, "ada.bsky.social");
  g_autoptr(MrMoment) moment = mr_moment_new ("Rain gear");
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  guint notifies = 0;

  g_assert_true (isnan (mr_campaign_get_budget (campaign)));
  g_assert_cmpstr (mr_campaign_get_currency (campaign), ==, "EUR");
  g_assert_cmpfloat (mr_campaign_get_target_roas (campaign), ==, 3.0);
  g_assert_cmpfloat (mr_campaign_get_target_ctr_min (campaign), ==, 2.0);
  g_assert_cmpfloat (mr_campaign_get_target_ctr_max (campaign), ==, 5.0);
  g_assert_cmpint (mr_campaign_get_kind (campaign), ==, MR_CAMPAIGN_KIND_PILOT);
  g_assert_true (isnan (mr_campaign_member_get_fee (member)));
  g_assert_cmpint (mr_campaign_member_get_status (member), ==, MR_MEMBER_STATUS_INVITED);
  g_assert_cmpint (mr_account_get_followers (account), ==, MR_UNKNOWN_COUNT);
  g_assert_cmpint (mr_account_get_posts (account), ==, MR_UNKNOWN_COUNT);
  g_assert_cmpint (mr_account_get_platform (account), ==, MR_PLATFORM_BLUESKY);
  g_assert_null (mr_account_get_updated_at (account));

  g_assert_cmpint (mr_moment_get_status (moment), ==, MR_MOMENT_STATUS_OPEN);
  g_assert_cmpint (mr_moment_get_intent (moment), ==, MR_INTENT_NONE);
  g_assert_null (mr_moment_get_responded_at (moment));
  g_assert_cmpint (llabs (g_date_time_difference (mr_moment_get_detected_at (moment), now)),
                   <, 2 * G_TIME_SPAN_SECOND);
  g_assert_cmpint (g_date_time_difference (mr_moment_get_respond_by (moment),
                                           mr_moment_get_detected_at (moment)),
                   ==, 24 * G_TIME_SPAN_HOUR);

  /* "Not set" goes through properties (and so bindings) without warnings. */
  g_signal_connect (campaign, "notify::budget", G_CALLBACK (count_notify), &notifies);
  g_object_set (campaign, "budget", NAN, NULL);
  g_assert_cmpuint (notifies, ==, 0);
  g_object_set (campaign, "budget", 1200.0, NULL);
  g_assert_cmpuint (notifies, ==, 1);
  g_object_set (campaign, "budget", NAN, NULL);
  g_assert_cmpuint (notifies, ==, 2);
  g_assert_true (isnan (mr_campaign_get_budget (campaign)));
}

/* Every value: its id is the GEnum nick and reads back, its label is capitalised. */
#define ASSERT_ENUM_STRINGS(Type, TYPE, prefix)                                   \
  G_STMT_START {                                                                  \
    g_autoptr(GEnumClass) klass = g_type_class_ref (TYPE);                        \
    Type unchanged = (Type) klass->values[0].value;                               \
                                                                                  \
    for (guint v = 0; v < klass->n_values; v++)                                   \
      {                                                                           \
        Type value = (Type) klass->values[v].value;                               \
        const char *id = prefix##_to_string (value);                              \
        const char *label = prefix##_get_label (value);                           \
        Type parsed = (Type) -1;                                                  \
                                                                                  \
        g_assert_nonnull (label);                                                 \
        g_assert_true (g_unichar_isupper (g_utf8_get_char (label)));              \
        g_assert_true (prefix##_from_string (id, &parsed));                       \
        g_assert_cmpint (parsed, ==, value);                                      \
        if (id != NULL)                                                           \
          g_assert_cmpstr (id, ==, klass->values[v].value_nick);                  \
      }                                                                           \
    g_assert_false (prefix##_from_string ("no-such-value", &unchanged));          \
    g_assert_cmpint (unchanged, ==, klass->values[0].value);                      \
  } G_STMT_END

static void
test_enums (void)
{
  MrPlatform platform = MR_PLATFORM_OTHER;
  MrIntent intent = MR_INTENT_BUY;
  MrCampaignKind kind = MR_CAMPAIGN_KIND_PILOT;

  ASSERT_ENUM_STRINGS (MrPlatform, MR_TYPE_PLATFORM, mr_platform);
  ASSERT_ENUM_STRINGS (MrCreatorStatus, MR_TYPE_CREATOR_STATUS, mr_creator_status);
  ASSERT_ENUM_STRINGS (MrCampaignGoal, MR_TYPE_CAMPAIGN_GOAL, mr_campaign_goal);
  ASSERT_ENUM_STRINGS (MrCampaignKind, MR_TYPE_CAMPAIGN_KIND, mr_campaign_kind);
  ASSERT_ENUM_STRINGS (MrMemberStatus, MR_TYPE_MEMBER_STATUS, mr_member_status);
  ASSERT_ENUM_STRINGS (MrMomentStatus, MR_TYPE_MOMENT_STATUS, mr_moment_status);
  ASSERT_ENUM_STRINGS (MrIntent, MR_TYPE_INTENT, mr_intent);

  g_assert_cmpstr (mr_platform_to_string (MR_PLATFORM_TIKTOK), ==, "tiktok");
  g_assert_cmpstr (mr_campaign_kind_to_string (MR_CAMPAIGN_KIND_LONG_TERM), ==, "long-term");
  g_assert_cmpstr (mr_member_status_to_string (MR_MEMBER_STATUS_SUBMITTED), ==, "submitted");
  g_assert_cmpstr (mr_intent_to_string (MR_INTENT_KNOW), ==, "know");
  g_assert_null (mr_intent_to_string (MR_INTENT_NONE));
  g_assert_true (mr_intent_from_string (NULL, &intent));
  g_assert_cmpint (intent, ==, MR_INTENT_NONE);
  g_assert_true (mr_platform_from_string ("YouTube", &platform));
  g_assert_cmpint (platform, ==, MR_PLATFORM_YOUTUBE);
  g_assert_false (mr_platform_from_string (NULL, &platform));
  g_assert_false (mr_campaign_kind_from_string ("long_term", &kind));
  g_assert_cmpint (kind, ==, MR_CAMPAIGN_KIND_PILOT);

  g_assert_cmpstr (mr_platform_get_label (MR_PLATFORM_TIKTOK), ==, "TikTok");
  g_assert_cmpstr (mr_creator_status_get_label (MR_CREATOR_STATUS_PROSPECT), ==, "Prospect");
  g_assert_cmpstr (mr_campaign_kind_get_label (MR_CAMPAIGN_KIND_LONG_TERM), ==, "Long-term");
  g_assert_cmpstr (mr_member_status_get_label (MR_MEMBER_STATUS_SUBMITTED),
                   ==, "Content submitted");
  g_assert_cmpstr (mr_intent_get_label (MR_INTENT_BUY), ==, "I want to buy");
}

static MrAccount *
append_account (MrCreator *creator,
                gint64     id,
                gint64     followers)
{
  g_autoptr(MrAccount) account = mr_account_new (MR_PLATFORM_INSTAGRAM, "handle");

  mr_account_set_id (account, id);
  mr_account_set_followers (account, followers);
  g_list_store_append (G_LIST_STORE (mr_creator_get_accounts (creator)), account);

  return account;
}

static void
test_primary_account (void)
{
  g_autoptr(MrCreator) creator = mr_creator_new ("Yara");
  MrAccount *unknown, *small, *big, *big_too;

  g_assert_null (mr_creator_get_primary_account (creator));

  unknown = append_account (creator, 1, MR_UNKNOWN_COUNT);
  g_assert_true (mr_creator_get_primary_account (creator) == unknown);

  small = append_account (creator, 2, 500);
  big = append_account (creator, 3, 2000);
  big_too = append_account (creator, 4, 2000);
  g_assert_true (mr_creator_get_primary_account (creator) == big);

  mr_creator_set_primary_account_id (creator, mr_account_get_id (small));
  g_assert_true (mr_creator_get_primary_account (creator) == small);

  /* A primary that is not (or no longer) among the accounts falls back. */
  mr_creator_set_primary_account_id (creator, 99);
  g_assert_true (mr_creator_get_primary_account (creator) == big);
  g_assert_true (mr_creator_get_primary_account (creator) != big_too);
}

/* Every property of @a equals that of @b (NAN equals NAN, times by instant). */
static void
assert_same_properties (gpointer a,
                        gpointer b)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;

  g_assert_true (G_OBJECT_TYPE (a) == G_OBJECT_TYPE (b));
  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (a), &n_pspecs);

  for (guint i = 0; i < n_pspecs; i++)
    {
      g_auto(GValue) va = G_VALUE_INIT;
      g_auto(GValue) vb = G_VALUE_INIT;
      g_autofree char *sa = NULL;
      g_autofree char *sb = NULL;

      /* Read-only properties are computed (the metrics), not stored. */
      if (!(pspecs[i]->flags & G_PARAM_WRITABLE))
        continue;

      g_value_init (&va, pspecs[i]->value_type);
      g_value_init (&vb, pspecs[i]->value_type);
      g_object_get_property (a, pspecs[i]->name, &va);
      g_object_get_property (b, pspecs[i]->name, &vb);

      if (pspecs[i]->value_type == G_TYPE_DATE_TIME)
        {
          GDateTime *ta = g_value_get_boxed (&va);
          GDateTime *tb = g_value_get_boxed (&vb);

          if (ta != NULL && tb != NULL && g_date_time_equal (ta, tb))
            continue;
        }

      sa = g_strdup_value_contents (&va);
      sb = g_strdup_value_contents (&vb);
      if (g_strcmp0 (sa, sb) != 0)
        g_error ("%s:%s differs: %s vs %s", G_OBJECT_TYPE_NAME (a), pspecs[i]->name, sa, sb);
    }
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  g_autoptr(GObject) item = g_list_model_get_item (model, position);

  g_assert_nonnull (item);
  return item;
}

static void
count_items_changed (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     guint      *count)
{
  (*count)++;
}

static void
test_store_round_trip (void)
{
  g_autofree char *dir = mr_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "models.db", NULL);
  g_autoptr(GTimeZone) amsterdam_summer = g_time_zone_new_offset (2 * 60 * 60);
  g_autoptr(GDateTime) detected = g_date_time_new (amsterdam_summer, 2024, 5, 3, 10, 30, 0);
  g_autoptr(GDateTime) deadline = make_time (3, 18);
  g_autoptr(GDateTime) answered = make_time (3, 12);
  g_autoptr(GError) error = NULL;
  MrStore *store = mr_test_open_store (path);
  MrStore *reopened;
  MrCreator *creator = mr_creator_new ("Zoë de Vries");
  MrAccount *tiktok = mr_account_new (MR_PLATFORM_TIKTOK, "zoe.kookt");
  MrAccount *youtube = mr_account_new (MR_PLATFORM_YOUTUBE, "@zoekookt");
  MrCampaign *campaign = mr_campaign_new ("Summer grill");
  MrCampaignMember *member = NULL;
  MrMoment *moment = mr_moment_new ("“bbq saus maken” is rising");
  GListModel *creators = mr_store_get_creators (store);
  guint creators_changed = 0;

  g_signal_connect (creators, "items-changed", G_CALLBACK (count_items_changed), &creators_changed);

  g_object_set (creator, "status", MR_CREATOR_STATUS_VETTING, "niche", "food",
                "country", "NL", "language", "nl", "contact", "zoe@example.org",
                "notes", "Replies fast", NULL);
  mr_account_set_followers (tiktok, 48200);
  mr_account_set_following (tiktok, 310);
  mr_account_set_url (tiktok, "https://www.tiktok.com/@zoe.kookt");
  mr_account_set_updated_at (tiktok, detected);
  g_list_store_append (G_LIST_STORE (mr_creator_get_accounts (creator)), tiktok);
  g_assert_true (mr_store_add_creator (store, creator, &error));
  g_assert_no_error (error);
  g_assert_cmpint (mr_creator_get_id (creator), >, 0);
  g_assert_cmpint (mr_account_get_creator_id (tiktok), ==, mr_creator_get_id (creator));
  g_assert_cmpuint (creators_changed, ==, 1);
  g_assert_true (get_item (creators, 0) == creator);

  g_assert_true (mr_store_add_account (store, creator, youtube, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (mr_creator_get_accounts (creator)), ==, 2);
  g_assert_cmpuint (creators_changed, ==, 1);

  g_object_set (campaign, "brand", "Grillmeester", "goal", MR_CAMPAIGN_GOAL_CONVERSIONS,
                "kind", MR_CAMPAIGN_KIND_LONG_TERM, "platforms", "tiktok,youtube",
                "start-date", "2024-06-01", "end-date", "2024-08-31", "budget", 2500.0,
                "currency", "USD", "target-roas", 4.0, "target-ctr-min", 1.5,
                "target-ctr-max", 4.5, "notes", "Two waves", NULL);
  g_assert_true (mr_store_add_campaign (store, campaign, &error));
  member = mr_campaign_member_new (mr_creator_get_id (creator));
  g_object_set (member, "account-id", mr_account_get_id (tiktok),
                "promo-code", "ZOE10", "link", "https://example.org/?ref=zoe", NULL);
  g_assert_true (mr_store_add_member (store, campaign, member, &error));
  g_assert_no_error (error);
  {
    g_autoptr(MrDeliverable) later = mr_deliverable_new ("3 videos");
    g_autoptr(MrDeliverable) sooner = mr_deliverable_new ("1 story");
    g_autoptr(MrDeliverable) bad = mr_deliverable_new ("2 Reels");

    mr_deliverable_set_due_date (later, "2024-07-15");
    mr_deliverable_set_due_date (sooner, "2024-06-20");
    mr_deliverable_set_due_date (bad, "15-07-2024");
    g_assert_true (mr_store_add_deliverable (store, member, later, &error));
    g_assert_true (mr_store_add_deliverable (store, member, sooner, &error));
    g_assert_no_error (error);
    g_assert_false (mr_store_add_deliverable (store, member, bad, &error));
    g_assert_error (error, MR_STORE_ERROR, MR_STORE_ERROR_CONSTRAINT);
    g_clear_error (&error);
    /* Sorted by due date. */
    g_assert_true (get_item (mr_campaign_member_get_deliverables (member), 0) == sooner);
    mr_deliverable_set_done (sooner, TRUE);
    g_assert_true (mr_store_save_deliverable (store, sooner, &error));
    g_assert_no_error (error);
  }
  g_assert_cmpint (mr_campaign_member_get_campaign_id (member), ==, mr_campaign_get_id (campaign));
  g_assert_true (get_item (mr_campaign_get_members (campaign), 0) == member);

  g_object_set (moment, "intent", MR_INTENT_DO, "trigger", "+240 % clicks in 3 days",
                "source", "search-console", "detected-at", detected, "respond-by", deadline,
                "channel", "tiktok", "campaign-id", mr_campaign_get_id (campaign),
                "creator-id", mr_creator_get_id (creator), NULL);
  g_assert_true (mr_store_add_moment (store, moment, &error));
  g_assert_no_error (error);
  g_assert_true (get_item (mr_store_get_moments (store), 0) == moment);

  /* Changes are saved object by object. */
  mr_creator_set_status (creator, MR_CREATOR_STATUS_APPROVED);
  mr_creator_set_primary_account_id (creator, mr_account_get_id (youtube));
  g_assert_true (mr_store_save_creator (store, creator, &error));
  mr_account_set_followers (youtube, 12000);
  mr_account_set_posts (youtube, 85);
  g_assert_true (mr_store_save_account (store, youtube, &error));
  mr_campaign_set_archived (campaign, TRUE);
  mr_campaign_set_budget (campaign, NAN);
  g_assert_true (mr_store_save_campaign (store, campaign, &error));
  mr_campaign_member_set_status (member, MR_MEMBER_STATUS_PAID);
  mr_campaign_member_set_fee (member, 450.0);
  g_assert_true (mr_store_save_member (store, member, &error));
  mr_moment_set_status (moment, MR_MOMENT_STATUS_RESPONDED);
  mr_moment_set_responded_at (moment, answered);
  g_assert_true (mr_store_save_moment (store, moment, &error));
  g_assert_no_error (error);
  g_assert_true (mr_creator_get_primary_account (creator) == youtube);

  reopened = mr_test_open_store (path);
  assert_same_properties (creator, get_item (mr_store_get_creators (reopened), 0));
  assert_same_properties (tiktok, get_item (mr_creator_get_accounts (
                                    get_item (mr_store_get_creators (reopened), 0)), 0));
  assert_same_properties (youtube, get_item (mr_creator_get_accounts (
                                     get_item (mr_store_get_creators (reopened), 0)), 1));
  assert_same_properties (campaign, get_item (mr_store_get_campaigns (reopened), 0));
  assert_same_properties (member, get_item (mr_campaign_get_members (
                                    get_item (mr_store_get_campaigns (reopened), 0)), 0));
  assert_same_properties (moment, get_item (mr_store_get_moments (reopened), 0));
  {
    GListModel *deliverables = mr_campaign_member_get_deliverables (
      get_item (mr_campaign_get_members (get_item (mr_store_get_campaigns (reopened), 0)), 0));

    g_assert_cmpuint (g_list_model_get_n_items (deliverables), ==, 2);
    assert_same_properties (get_item (mr_campaign_member_get_deliverables (member), 0),
                            get_item (deliverables, 0));
    assert_same_properties (get_item (mr_campaign_member_get_deliverables (member), 1),
                            get_item (deliverables, 1));
    g_assert_true (mr_deliverable_get_done (get_item (deliverables, 0)));
  }
  g_assert_finalize_object (reopened);

  /* Removing takes the object out of its list, and out of the file. */
  g_assert_true (mr_store_remove_account (store, youtube, &error));
  g_assert_cmpuint (g_list_model_get_n_items (mr_creator_get_accounts (creator)), ==, 1);
  g_assert_cmpint (mr_creator_get_primary_account_id (creator), ==, 0);
  g_assert_true (mr_store_remove_member (store, member, &error));
  g_assert_cmpuint (g_list_model_get_n_items (mr_campaign_get_members (campaign)), ==, 0);
  g_assert_true (mr_store_remove_moment (store, moment, &error));
  g_assert_cmpuint (g_list_model_get_n_items (mr_store_get_moments (store)), ==, 0);
  g_assert_no_error (error);

  g_assert_finalize_object (store);

  store = mr_test_open_store (path);
  g_assert_cmpuint (g_list_model_get_n_items (mr_store_get_creators (store)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (mr_creator_get_accounts (
                      get_item (mr_store_get_creators (store), 0))), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (mr_campaign_get_members (
                      get_item (mr_store_get_campaigns (store), 0))), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (mr_store_get_moments (store)), ==, 0);
  g_assert_finalize_object (store);

  /* Nothing else holds on to the objects. */
  g_assert_finalize_object (moment);
  g_assert_finalize_object (member);
  g_assert_finalize_object (campaign);
  g_assert_finalize_object (youtube);
  g_assert_finalize_object (creator);
  g_assert_finalize_object (tiktok);

  mr_test_remove_temp_dir (dir);
}

static void
test_order (void)
{
  g_autofree char *dir = mr_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "order.db", NULL);
  g_autoptr(MrStore) store = mr_test_open_store (path);
  g_autoptr(GError) error = NULL;
  const char * const names[] = { "Daan", "Bram", "Cas", "Anna" };
  const int days[] = { 10, 13, 16, 12 };
  const char * const sorted[] = { "Anna", "Bram", "Cas", "Daan" };
  GListModel *creators = mr_store_get_creators (store);
  GListModel *moments = mr_store_get_moments (store);
  g_autoptr(MrCreator) daan = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(MrCreator) creator = mr_creator_new (names[i]);
      g_autoptr(MrMoment) moment = mr_moment_new (names[i]);
      g_autoptr(GDateTime) when = make_time (days[i], 8);

      g_assert_true (mr_store_add_creator (store, creator, &error));
      mr_moment_set_detected_at (moment, when);
      g_assert_true (mr_store_add_moment (store, moment, &error));
      g_assert_no_error (error);
    }

  for (guint i = 0; i < G_N_ELEMENTS (sorted); i++)
    g_assert_cmpstr (mr_creator_get_name (get_item (creators, i)), ==, sorted[i]);

  /* Newest first. */
  g_assert_cmpstr (mr_moment_get_title (get_item (moments, 0)), ==, "Cas");
  g_assert_cmpstr (mr_moment_get_title (get_item (moments, 1)), ==, "Bram");
  g_assert_cmpstr (mr_moment_get_title (get_item (moments, 2)), ==, "Anna");
  g_assert_cmpstr (mr_moment_get_title (get_item (moments, 3)), ==, "Daan");

  /* A rename moves the creator to its place. */
  daan = g_object_ref (get_item (creators, 3));
  mr_creator_set_name (daan, "Aaron");
  g_assert_true (mr_store_save_creator (store, daan, &error));
  g_assert_no_error (error);
  g_assert_true (get_item (creators, 0) == daan);
  g_assert_cmpstr (mr_creator_get_name (get_item (creators, 1)), ==, "Anna");

  g_clear_object (&store);
  mr_test_remove_temp_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_data_func ("/models/notify/creator", GSIZE_TO_POINTER (MR_TYPE_CREATOR), test_notify);
  g_test_add_data_func ("/models/notify/account", GSIZE_TO_POINTER (MR_TYPE_ACCOUNT), test_notify);
  g_test_add_data_func ("/models/notify/campaign", GSIZE_TO_POINTER (MR_TYPE_CAMPAIGN),
                        test_notify);
  g_test_add_data_func ("/models/notify/campaign-member",
                        GSIZE_TO_POINTER (MR_TYPE_CAMPAIGN_MEMBER), test_notify);
  g_test_add_data_func ("/models/notify/moment", GSIZE_TO_POINTER (MR_TYPE_MOMENT), test_notify);
  g_test_add_func ("/models/defaults", test_defaults);
  g_test_add_func ("/models/enums", test_enums);
  g_test_add_func ("/models/primary-account", test_primary_account);
  g_test_add_func ("/models/store-round-trip", test_store_round_trip);
  g_test_add_func ("/models/order", test_order);

  return g_test_run ();
}
