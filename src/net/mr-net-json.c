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

/* @expected says what the field should be, untranslated (N_()). */
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
               field, _(expected));
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

/* @message says what the answer is not, untranslated (N_()). */
static gboolean
check_root (JsonNode      *root,
            JsonNodeType   type,
            const char    *message,
            GError       **error)
{
  if (JSON_NODE_TYPE (root) == type)
    return TRUE;
  g_set_error_literal (error, MR_NET_ERROR, MR_NET_ERROR_MALFORMED, _(message));
  return FALSE;
}

gboolean
mr_net_json_root_object (JsonNode    *root,
                         JsonObject **out,
                         GError     **error)
{
  if (!check_root (root, JSON_NODE_OBJECT,
                   N_("The server’s answer is not as expected: it is not a JSON object"), error))
    return FALSE;
  *out = json_node_get_object (root);
  return TRUE;
}

gboolean
mr_net_json_root_array (JsonNode   *root,
                        JsonArray **out,
                        GError    **error)
{
  if (!check_root (root, JSON_NODE_ARRAY,
                   N_("The server’s answer is not as expected: it is not a JSON list"), error))
    return FALSE;
  *out = json_node_get_array (root);
  return TRUE;
}

/* The member's node, of @type (and for a value, of @value_type); NULL when it is
 * missing and not required. */
static gboolean
get_typed_node (JsonObject    *object,
                const char    *path,
                const char    *member,
                gboolean       required,
                JsonNodeType   type,
                GType          value_type,
                const char    *expected,
                JsonNode     **out,
                GError       **error)
{
  if (!get_node (object, path, member, required, out, error))
    return FALSE;
  if (*out != NULL
      && (JSON_NODE_TYPE (*out) != type
          || (type == JSON_NODE_VALUE && json_node_get_value_type (*out) != value_type)))
    return set_wrong_type (path, member, expected, error);
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

  if (!get_typed_node (object, path, member, required, JSON_NODE_OBJECT, G_TYPE_INVALID,
                       /* Translators: what a field of a JSON answer should be. */
                       N_("an object"), &node, error))
    return FALSE;
  if (node != NULL)
    *out = json_node_get_object (node);
  return TRUE;
}

gboolean
mr_net_json_get_element (JsonArray   *array,
                         const char  *path,
                         guint        index,
                         char       **element_path,
                         JsonObject **out,
                         GError     **error)
{
  g_autoptr(JsonObject) wrapper = json_object_new ();

  /* As a member of an object, the element is named and checked like any field. */
  *element_path = g_strdup_printf ("%s[%u]", path, index);
  json_object_set_member (wrapper, *element_path,
                          json_node_ref (json_array_get_element (array, index)));
  return mr_net_json_get_object (wrapper, "", *element_path, TRUE, out, error);
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

  if (!get_typed_node (object, path, member, required, JSON_NODE_ARRAY, G_TYPE_INVALID,
                       /* Translators: what a field of a JSON answer should be. */
                       N_("a list"), &node, error))
    return FALSE;
  if (node != NULL)
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

  if (!get_typed_node (object, path, member, required, JSON_NODE_VALUE, G_TYPE_STRING,
                       /* Translators: what a field of a JSON answer should be. */
                       N_("text"), &node, error))
    return FALSE;
  if (node != NULL)
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
  return set_wrong_type (path, member, N_("a whole number of 0 or more"), error);
}

gboolean
mr_net_json_get_count_text (JsonObject  *object,
                            const char  *path,
                            const char  *member,
                            gboolean     required,
                            gint64      *out,
                            GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);
  const char *text = NULL;
  guint64 value;

  if (node != NULL && JSON_NODE_HOLDS_VALUE (node)
      && json_node_get_value_type (node) != G_TYPE_STRING)
    return mr_net_json_get_count (object, path, member, required, out, error);
  if (!mr_net_json_get_string (object, path, member, required, &text, error))
    return FALSE;
  if (text == NULL)
    return TRUE;

  /* Strict: no sign, no spaces, nothing after the digits. */
  if (!g_ascii_string_to_unsigned (text, 10, 0, G_MAXINT64, &value, NULL))
    /* Translators: what a field of a JSON answer should be. */
    return set_wrong_type (path, member, N_("a whole number of 0 or more"), error);
  *out = (gint64) value;
  return TRUE;
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
    return set_wrong_type (path, member, N_("a date and time"), error);
  *out = g_date_time_to_unix (time);
  return TRUE;
}
