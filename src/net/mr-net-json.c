/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mr-net-json"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "mr-net.h"
#include "mr-net-json.h"

static char *
field_name (const char *path,
            const char *member)
{
  return path == NULL || *path == '\0' ? g_strdup (member)
                                       : g_strconcat (path, ".", member, NULL);
}

static gboolean
set_wrong_type (const char  *path,
                const char  *member,
                const char  *expected,
                GError     **error)
{
  g_autofree char *field = field_name (path, member);

  g_set_error (error, MR_NET_ERROR, MR_NET_ERROR_MALFORMED,
               /* Translators: %1$s is a field of the server's JSON answer
                * ("feed[3].post.likeCount"), %2$s what it should be ("a number"). */
               _("The server’s answer is not as expected: “%1$s” is not %2$s"),
               field, expected);
  return FALSE;
}

/* The member's node, NULL when it is missing (or null) and not required. */
static gboolean
get_node (JsonObject  *object,
          const char  *path,
          const char  *member,
          gboolean     required,
          JsonNode   **out,
          GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      g_autofree char *field = NULL;

      *out = NULL;
      if (!required)
        return TRUE;
      field = field_name (path, member);
      g_set_error (error, MR_NET_ERROR, MR_NET_ERROR_MALFORMED,
                   /* Translators: %s is a field of the server's JSON answer. */
                   _("The server’s answer is not as expected: “%s” is missing"), field);
      return FALSE;
    }
  *out = node;
  return TRUE;
}

gboolean
mr_net_json_root_object (JsonNode    *root,
                         JsonObject **out,
                         GError     **error)
{
  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, MR_NET_ERROR, MR_NET_ERROR_MALFORMED, "%s",
                   _("The server’s answer is not as expected: it is not a JSON object"));
      return FALSE;
    }
  *out = json_node_get_object (root);
  return TRUE;
}

gboolean
mr_net_json_get_object (JsonObject  *object,
                        const char  *path,
                        const char  *member,
                        gboolean     required,
                        JsonObject **out,
                        GError     **error)
{
  JsonNode *node;

  if (!get_node (object, path, member, required, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    /* Translators: what a field of a JSON answer should be. */
    return set_wrong_type (path, member, _("an object"), error);
  *out = json_node_get_object (node);
  return TRUE;
}

gboolean
mr_net_json_get_array (JsonObject  *object,
                       const char  *path,
                       const char  *member,
                       gboolean     required,
                       JsonArray  **out,
                       GError     **error)
{
  JsonNode *node;

  if (!get_node (object, path, member, required, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    /* Translators: what a field of a JSON answer should be. */
    return set_wrong_type (path, member, _("a list"), error);
  *out = json_node_get_array (node);
  return TRUE;
}

gboolean
mr_net_json_get_string (JsonObject  *object,
                        const char  *path,
                        const char  *member,
                        gboolean     required,
                        const char **out,
                        GError     **error)
{
  JsonNode *node;

  if (!get_node (object, path, member, required, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    /* Translators: what a field of a JSON answer should be. */
    return set_wrong_type (path, member, _("text"), error);
  *out = json_node_get_string (node);
  return TRUE;
}

gboolean
mr_net_json_get_count (JsonObject  *object,
                       const char  *path,
                       const char  *member,
                       gboolean     required,
                       gint64      *out,
                       GError     **error)
{
  JsonNode *node;
  gint64 value;

  if (!get_node (object, path, member, required, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node))
    goto wrong;
  if (json_node_get_value_type (node) == G_TYPE_INT64)
    value = json_node_get_int (node);
  else if (json_node_get_value_type (node) == G_TYPE_DOUBLE
           && json_node_get_double (node) == floor (json_node_get_double (node))
           && fabs (json_node_get_double (node)) < 9e15)
    value = (gint64) json_node_get_double (node);
  else
    goto wrong;
  if (value < 0)
    goto wrong;
  *out = value;
  return TRUE;

wrong:
  /* Translators: what a field of a JSON answer should be. */
  return set_wrong_type (path, member, _("a whole number of 0 or more"), error);
}

gboolean
mr_net_json_get_time (JsonObject  *object,
                      const char  *path,
                      const char  *member,
                      gboolean     required,
                      gint64      *out,
                      GError     **error)
{
  const char *text = NULL;
  g_autoptr(GDateTime) time = NULL;

  if (!mr_net_json_get_string (object, path, member, required, &text, error))
    return FALSE;
  if (text == NULL)
    return TRUE;
  time = g_date_time_new_from_iso8601 (text, NULL);
  if (time == NULL)
    /* Translators: what a field of a JSON answer should be. */
    return set_wrong_type (path, member, _("a date and time"), error);
  *out = g_date_time_to_unix (time);
  return TRUE;
}
