/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Throws random and hostile text at every write function of the store: control characters,
 * text cut short by a NUL, megabyte strings, invalid UTF-8, surrogates, direction overrides,
 * SQL and spreadsheet-formula payloads, whitespace, long numbers and bad dates. Each call must
 * either succeed, and then read back exactly as the store keeps it, or fail with an error
 * that a user can read and leave the database exactly as it was.
 *
 * Every hostile string goes to every text parameter once; then random rounds mix them. The
 * seed is printed; KOERS_FUZZ_SEED repeats a run and KOERS_FUZZ_ROUNDS makes it longer. */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "koers-store-private.h"
#include "koers-test-utils.h"

#define TODAY "2026-06-15"
#define DEFAULT_ROUNDS 200
#define MEGABYTE (1024 * 1024)

typedef struct {
  char         *dir;
  char         *path;
  KoersStore   *store;
  sqlite3      *watch;        /* a connection of its own, to see what was committed */
  sqlite3_stmt *data_version;
  sqlite3_stmt *counts;
  GRand        *rand;
  guint32       seed;
  GPtrArray    *corpus;
  gint64        staff_id;
  gint64        p_id;         /* the participant whose record is changed */
  gint64        q_id;         /* the participant that collects what is added */
  gint64        obstacle_id;  /* an obstacle of P */
  gint64        goal_id;      /* a goal of Q, collecting actions */
  gint64        action_id;    /* an action of P */
  /* What is being tried, for the message when a check fails. */
  const char   *what;
  const char   *input;
  guint         n_calls;
  guint         n_saved;
} Fuzz;

typedef struct {
  gint64  data_version;
  char   *counts;
  char   *record;
} Snapshot;

static char *
describe (const char *text)
{
  g_autofree char *head = NULL;
  g_autofree char *escaped = NULL;
  gsize length;

  if (text == NULL)
    return g_strdup ("NULL");
  length = strlen (text);
  head = g_strndup (text, 80);
  escaped = g_strescape (head, NULL);
  return g_strdup_printf ("\"%s\"%s (%" G_GSIZE_FORMAT " bytes)", escaped,
                          length > 80 ? "…" : "", length);
}

static void fuzz_fail (Fuzz       *fz,
                       const char *file,
                       int         line,
                       const char *func,
                       const char *check,
                       const char *format,
                       ...) G_GNUC_PRINTF (6, 7);

static void
fuzz_fail (Fuzz       *fz,
           const char *file,
           int         line,
           const char *func,
           const char *check,
           const char *format,
           ...)
{
  va_list args;
  g_autofree char *detail = NULL;
  g_autofree char *input = describe (fz->input);
  g_autofree char *message = NULL;

  va_start (args, format);
  detail = g_strdup_vprintf (format, args);
  va_end (args);
  message = g_strdup_printf ("%s: %s\n  call: %s\n  input: %s\n  repeat with "
                             "KOERS_FUZZ_SEED=%u", check, detail, fz->what, input, fz->seed);
  g_assertion_message (NULL, file, line, func, message);
}

#define FUZZ_CHECK(fz, cond, ...) \
  G_STMT_START { \
    if (!(cond)) \
      fuzz_fail ((fz), __FILE__, __LINE__, G_STRFUNC, #cond, __VA_ARGS__); \
  } G_STMT_END

/* ---- the hostile strings ------------------------------------------------------------ */

static const char *const fixed_corpus[] = {
  /* empty and whitespace */
  "", " ", "   ", "\t", "\n", "\r\n", " \t\n\v\f\r ", "\xc2\xa0", "\xe3\x80\x80",
  /* ordinary and not so ordinary names */
  "Amina", "  Amina  ", "Émile Zoë Ñandú", "ሃይለ ገብረ", "محمد", "张伟", "👩🏽‍⚕️", "e\xcc\x81",
  /* SQL */
  "'); DROP TABLE participant;--", "\" OR 1=1 --", "' OR '1'='1",
  "Robert'); DELETE FROM staff WHERE ('1'='1", "%", "_", "\\", "%_\\'\"", "NULL", "?1", ":name",
  /* spreadsheet formulas */
  "=HYPERLINK(\"http://example.com\",\"click\")", "+31 6 12345678", "@SUM(1)", "-1+1", "=1+1",
  "=cmd|' /C calc'!A0",
  /* direction overrides and invisible characters */
  "\xe2\x80\xae" "gnp.exe", "\xe2\x80\x8f", "\xe2\x81\xa6x\xe2\x81\xa9", "\xef\xbb\xbf" "bom",
  "\xe2\x80\xa8", "zero\xe2\x80\x8bwidth",
  /* control characters; in C a NUL ends the string, so "abc\0def" arrives as "abc" */
  "a\x01" "b", "\x1b[31mred", "\x7f", "a\rb", "line\nbreak", "tab\there", "\xc2\x85", "\xc2\x9b",
  "abc\0def", "\0hidden",
  /* invalid UTF-8: stray bytes, truncated and overlong sequences, surrogates (alone and as a
   * CESU-8 pair), beyond U+10FFFF, five bytes */
  "\xff", "\xfe\xff", "\xc3\x28", "\xe2\x82", "caf\xe9", "\xc0\xaf", "\xe0\x80\xaf",
  "\xed\xa0\x80", "\xed\xbf\xbf", "\xed\xa0\xbd\xed\xb8\x80", "\xf4\x90\x80\x80",
  "\xf8\x88\x80\x80\x80", "ok\xff" "ok",
  /* numbers */
  "0", "-0", "-1", "4", "5", "100000000", "100000001", "99999999999999999999999999999",
  "9223372036854775807", "9223372036854775808", "-9223372036854775808", "1e308", "NaN",
  "0x7fffffff",
  /* dates, good and bad */
  TODAY, "2026-01-10", "2025-12-31", "2024-02-29", "2026-02-29", "2026-02-30", "31-12-2026",
  "9999-99-99", "9999-12-31", "0000-00-00", "0001-01-01", "2026-13-01", "2026-1-1",
  "2026-01-1", "+026-01-01", " 2026-01-01", "2026-01-01 ", "2026-01-01\n", "2026-01-+1",
  "2026-+1-01", "-001-01-01", "2026/01/01", "2026-01-01T00:00", "1990", "+990", " 990",
  "\xef\xbc\x91\xef\xbc\x99\xef\xbc\x99\xef\xbc\x90-01-01", "1990-01-01\0junk",
  /* country codes */
  "ER", "NL", "er", "XX", "E R", "ERI",
};

static char *
repeat (const char *unit,
        guint       times)
{
  GString *text = g_string_sized_new (strlen (unit) * times + 1);

  for (guint i = 0; i < times; i++)
    g_string_append (text, unit);
  return g_string_free (text, FALSE);
}

static GPtrArray *
make_corpus (void)
{
  static const guint limits[] = { 50, 200, 500, 2000, 10000 };
  GPtrArray *corpus = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < G_N_ELEMENTS (fixed_corpus); i++)
    g_ptr_array_add (corpus, g_strdup (fixed_corpus[i]));
  /* Exactly at each length limit of the store, and one over, in a two-byte character. */
  for (guint i = 0; i < G_N_ELEMENTS (limits); i++)
    {
      g_ptr_array_add (corpus, repeat ("ж", limits[i]));
      g_ptr_array_add (corpus, repeat ("ж", limits[i] + 1));
    }
  /* A megabyte (random rounds add some of other characters); many spaces around a word. */
  g_ptr_array_add (corpus, repeat ("A", MEGABYTE));
  {
    g_autofree char *spaces = repeat (" ", 64 * 1024);
    g_ptr_array_add (corpus, g_strconcat (spaces, "x", spaces, NULL));
  }
  g_ptr_array_add (corpus, repeat ("9", 5000));
  return corpus;
}

/* Appends @c as UTF-8, or as the bytes UTF-8 would use even where that is not valid
 * (surrogates, beyond U+10FFFF). */
static void
append_raw_char (GString  *text,
                 guint32   c)
{
  if (c < 0x80)
    g_string_append_c (text, c);
  else if (c < 0x800)
    {
      g_string_append_c (text, 0xc0 | (c >> 6));
      g_string_append_c (text, 0x80 | (c & 0x3f));
    }
  else if (c < 0x10000)
    {
      g_string_append_c (text, 0xe0 | (c >> 12));
      g_string_append_c (text, 0x80 | ((c >> 6) & 0x3f));
      g_string_append_c (text, 0x80 | (c & 0x3f));
    }
  else
    {
      g_string_append_c (text, 0xf0 | ((c >> 18) & 0x07));
      g_string_append_c (text, 0x80 | ((c >> 12) & 0x3f));
      g_string_append_c (text, 0x80 | ((c >> 6) & 0x3f));
      g_string_append_c (text, 0x80 | (c & 0x3f));
    }
}

static guint32
random_char (GRand *rand)
{
  static const guint32 specials[] = {
    '\'', '"', ';', '-', '%', '_', '\\', '=', '+', '@', ' ', '\t', '\n', 0x00a0, 0x200b,
    0x200f, 0x202e, 0x2066, 0x2069, 0x2028, 0xfeff, 0xfffd, 0xffff, 0x1f600, 0x0301,
  };

  switch (g_rand_int_range (rand, 0, 8))
    {
    case 0:
      return g_rand_int_range (rand, 1, 0x20);            /* ASCII control */
    case 1:
      return g_rand_int_range (rand, 0x7f, 0xa0);         /* DEL and C1 controls */
    case 2:
      return g_rand_int_range (rand, 0xd800, 0xe000);     /* a lone surrogate */
    case 3:
      return g_rand_int_range (rand, 0x110000, 0x1fffff); /* beyond Unicode */
    case 4:
      return specials[g_rand_int_range (rand, 0, G_N_ELEMENTS (specials))];
    case 5:
      return g_rand_int_range (rand, 0x80, 0x10000);      /* anything in the BMP */
    default:
      return g_rand_int_range (rand, 0x20, 0x7f);         /* printable ASCII */
    }
}

static char *
random_date (GRand *rand)
{
  static const char *const pads[] = { "", "", "", " ", "+", "-", "0", "\t" };
  const char *pad = pads[g_rand_int_range (rand, 0, G_N_ELEMENTS (pads))];

  if (g_rand_boolean (rand))
    return g_strdup_printf ("%s%04d-%02d-%02d", pad, g_rand_int_range (rand, 2020, 2027),
                            g_rand_int_range (rand, 1, 13), g_rand_int_range (rand, 1, 32));
  return g_strdup_printf ("%d-%d-%d%s", g_rand_int_range (rand, -10, 10000),
                          g_rand_int_range (rand, -1, 100), g_rand_int_range (rand, -1, 100), pad);
}

/* A hostile string: from the corpus, random characters and bytes, pieces of the corpus run
 * together, a string around a length limit, or a date-like string. */
static char *
random_text (Fuzz *fz)
{
  GRand *rand = fz->rand;
  GString *text = g_string_new (NULL);
  guint n;

  switch (g_rand_int_range (rand, 0, 6))
    {
    case 0:
      g_string_assign (text, g_ptr_array_index (fz->corpus,
                                                g_rand_int_range (rand, 0, fz->corpus->len)));
      break;
    case 1:
      n = g_rand_int_range (rand, 0, 40);
      for (guint i = 0; i < n; i++)
        append_raw_char (text, random_char (rand));
      break;
    case 2:
      n = g_rand_int_range (rand, 1, 40);
      for (guint i = 0; i < n; i++)
        g_string_append_c (text, g_rand_int_range (rand, 1, 256));
      break;
    case 3:
      n = g_rand_int_range (rand, 2, 4);
      for (guint i = 0; i < n; i++)
        {
          const char *piece = fixed_corpus[g_rand_int_range (rand, 0, G_N_ELEMENTS (fixed_corpus))];
          g_string_append (text, piece);
          if (g_rand_boolean (rand))
            g_string_append_c (text, ' ');
        }
      break;
    case 4:
      {
        static const guint limits[] = { 50, 200, 500, 2000, 10000 };
        static const char *const units[] = { "x", "ж", "€", "😀", " " };
        guint limit = limits[g_rand_int_range (rand, 0, G_N_ELEMENTS (limits))];
        const char *unit = units[g_rand_int_range (rand, 0, G_N_ELEMENTS (units))];

        /* Now and then a megabyte. */
        n = g_rand_int_range (rand, 0, 10) == 0 ? MEGABYTE / strlen (unit)
                                                : limit + g_rand_int_range (rand, -1, 2);
        for (guint i = 0; i < n; i++)
          g_string_append (text, unit);
      }
      break;
    default:
      {
        g_autofree char *date = random_date (rand);
        g_string_assign (text, date);
      }
      break;
    }
  return g_string_free (text, FALSE);
}

/* ---- what the store must do with them ----------------------------------------------- */

static gboolean
has_control (const char *text,
             gboolean    lines_allowed)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_iscntrl (c) && !(lines_allowed && (c == '\n' || c == '\t')))
        return TRUE;
    }
  return FALSE;
}

static char *
trimmed (const char *text)
{
  return g_strstrip (g_strdup (text ? text : ""));
}

/* What the rules below need to know of a text; worked out once for each text, as the same
 * megabyte goes to every field in turn. */
typedef struct {
  char     *text;           /* a copy of the text these facts are about */
  gsize     length;
  gboolean  valid;          /* UTF-8 */
  gboolean  padded;         /* whitespace around it */
  gboolean  empty;          /* nothing but whitespace */
  gboolean  control;        /* a control character inside */
  gboolean  control_other;  /* one other than a line break or tab */
  glong     n_chars;        /* without the whitespace around it */
} Facts;

static Facts facts;

static const Facts *
facts_of (const char *text)
{
  gsize length = strlen (text);
  g_autofree char *inner = NULL;

  if (facts.text != NULL && facts.length == length && memcmp (facts.text, text, length) == 0)
    return &facts;
  g_free (facts.text);
  memset (&facts, 0, sizeof facts);
  facts.text = g_strdup (text);
  facts.length = length;
  facts.valid = g_utf8_validate (text, length, NULL);
  if (!facts.valid)
    return &facts;
  inner = trimmed (text);
  facts.padded = strcmp (inner, text) != 0;
  facts.empty = *inner == '\0';
  facts.control = has_control (inner, FALSE);
  facts.control_other = has_control (inner, TRUE);
  facts.n_chars = g_utf8_strlen (inner, -1);
  return &facts;
}

/* Text that no field may keep: invalid UTF-8, or control characters inside it. */
static gboolean
must_refuse (const char *text,
             gboolean    lines_allowed)
{
  const Facts *f;

  if (text == NULL)
    return FALSE;
  f = facts_of (text);
  return !f->valid || (lines_allowed ? f->control_other : f->control);
}

/* Text every free-text field of at most @max characters must keep exactly as it is,
 * however much it looks like SQL or a formula. */
static gboolean
must_keep (const char *text,
           guint       max,
           gboolean    required,
           gboolean    lines_allowed)
{
  const Facts *f;

  if (text == NULL)
    return FALSE;
  f = facts_of (text);
  return f->valid && !f->padded && !(required && f->empty) && f->n_chars <= (glong) max
         && !(lines_allowed ? f->control_other : f->control);
}

/* ---- looking at the database -------------------------------------------------------- */

static void
append_object (GString *out,
               GObject *object)
{
  guint n;
  g_autofree GParamSpec **specs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object),
                                                                  &n);

  for (guint i = 0; i < n; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;
      g_autofree char *contents = NULL;

      if (!(specs[i]->flags & G_PARAM_READABLE))
        continue;
      g_value_init (&value, specs[i]->value_type);
      g_object_get_property (object, specs[i]->name, &value);
      contents = g_strdup_value_contents (&value);
      g_string_append_printf (out, "%s=%s;", specs[i]->name, contents);
    }
  g_string_append_c (out, '\n');
}

static void
append_list (GString    *out,
             GListModel *list)
{
  for (guint i = 0; list != NULL && i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);
      append_object (out, item);
    }
}

/* Everything the store shows of participant P, read through its own getters. */
static char *
read_record (Fuzz *fz)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersParticipant) p = koers_store_get_participant (fz->store, fz->p_id, &error);
  g_autoptr(GListModel) obstacles = koers_store_list_obstacles (fz->store, fz->p_id, &error);
  g_autoptr(GListModel) notes = koers_store_list_notes (fz->store, fz->p_id, &error);
  g_autoptr(GVariant) plan = koers_store_list_plan (fz->store, fz->p_id, &error);
  g_autofree char *printed_plan = NULL;
  g_autofree char *idea = NULL, *sector = NULL, *place = NULL, *funding = NULL;
  gint64 cents;
  KoersBusinessStatus business_status;

  g_assert_no_error (error);
  append_object (out, G_OBJECT (p));
  append_list (out, obstacles);
  append_list (out, notes);
  printed_plan = g_variant_print (plan, FALSE);
  g_string_append (out, printed_plan);
  g_assert_true (koers_store_get_business_plan (fz->store, fz->p_id, &idea, &sector, &place,
                                                &cents, &funding, &business_status, &error));
  g_string_append_printf (out, "\n%s|%s|%s|%" G_GINT64_FORMAT "|%s|%d\n", idea, sector, place,
                          cents, funding, business_status);
  for (int kind = 0; kind <= KOERS_DOCUMENT_KIND_OTHER; kind++)
    {
      KoersDocumentStatus status;
      g_autofree char *requested = NULL, *obtained = NULL, *note = NULL;

      g_assert_true (koers_store_get_document (fz->store, fz->p_id, kind, &status, &requested,
                                               &obtained, &note, &error));
      g_string_append_printf (out, "%d|%s|%s|%s\n", status, requested, obtained, note);
    }
  return g_compute_checksum_for_string (G_CHECKSUM_SHA256, out->str, out->len);
}

static void
snapshot_take (Fuzz     *fz,
               Snapshot *s)
{
  g_assert_cmpint (sqlite3_step (fz->data_version), ==, SQLITE_ROW);
  s->data_version = sqlite3_column_int64 (fz->data_version, 0);
  sqlite3_reset (fz->data_version);
  g_assert_cmpint (sqlite3_step (fz->counts), ==, SQLITE_ROW);
  s->counts = g_strdup ((const char *) sqlite3_column_text (fz->counts, 0));
  sqlite3_reset (fz->counts);
  s->record = read_record (fz);
}

static void
snapshot_clear (Snapshot *s)
{
  g_clear_pointer (&s->counts, g_free);
  g_clear_pointer (&s->record, g_free);
}

static void
assert_unchanged (Fuzz           *fz,
                  const Snapshot *before,
                  const char     *why)
{
  Snapshot after = { 0 };

  snapshot_take (fz, &after);
  FUZZ_CHECK (fz, after.data_version == before->data_version,
              "something was committed although %s", why);
  FUZZ_CHECK (fz, strcmp (after.counts, before->counts) == 0,
              "rows were added although %s: %s → %s", why, before->counts, after.counts);
  FUZZ_CHECK (fz, strcmp (after.record, before->record) == 0,
              "the participant's record changed although %s", why);
  snapshot_clear (&after);
}

/* A message a user can read: valid UTF-8, short, no control characters, no SQL internals. */
static void
check_message (Fuzz       *fz,
               const char *message)
{
  FUZZ_CHECK (fz, g_utf8_validate (message, -1, NULL), "the message is not valid UTF-8");
  FUZZ_CHECK (fz, strlen (message) < 400, "the message is %" G_GSIZE_FORMAT " bytes long",
              strlen (message));
  FUZZ_CHECK (fz, !has_control (message, FALSE), "the message has a control character: %s",
              message);
  FUZZ_CHECK (fz, strstr (message, "constraint") == NULL && strstr (message, "SQL") == NULL,
              "the message shows the database's internals: %s", message);
}

/* The common rules for every call: TRUE without an error or FALSE with one, no transaction
 * left open, and a refused call leaves everything as it was. */
static void
check_outcome (Fuzz           *fz,
               gboolean        ok,
               const GError   *error,
               const Snapshot *before)
{
  fz->n_calls++;
  FUZZ_CHECK (fz, ok == (error == NULL), "returned %s with error “%s”", ok ? "TRUE" : "FALSE",
              error ? error->message : "(none)");
  FUZZ_CHECK (fz, fz->store->transaction_depth == 0 && sqlite3_get_autocommit (fz->store->db),
              "a transaction was left open");
  if (ok)
    {
      fz->n_saved++;
      return;
    }
  FUZZ_CHECK (fz, error->domain == KOERS_STORE_ERROR
                  && (error->code == KOERS_STORE_ERROR_INVALID
                      || error->code == KOERS_STORE_ERROR_NOT_FOUND),
              "refused with an error that blames the database or the disk: %s (%s %d)",
              error->message, g_quark_to_string (error->domain), error->code);
  check_message (fz, error->message);
  FUZZ_CHECK (fz, koers_store_error_get_advice (error) != NULL, "no advice");
  assert_unchanged (fz, before, error->message);
}

static void
check_expectation (Fuzz       *fz,
                   gboolean    ok,
                   gboolean    refuse,
                   gboolean    keep)
{
  FUZZ_CHECK (fz, !(ok && refuse), "the store kept text that no field may hold");
  FUZZ_CHECK (fz, ok || !keep, "the store refused plain text");
}

#define CHECK_TEXT(fz, got, expected) \
  FUZZ_CHECK ((fz), g_strcmp0 ((got), (expected)) == 0, "read back %s", describe (got))

/* ---- the write functions ------------------------------------------------------------- */

static void
try_add_staff (Fuzz       *fz,
               const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) staff = NULL;
  g_autofree char *expected = NULL;
  Snapshot before = { 0 };
  gint64 id;
  gboolean found = FALSE;

  fz->what = "koers_store_add_staff (name)";
  fz->input = text;
  snapshot_take (fz, &before);
  id = koers_store_add_staff (fz->store, text, KOERS_STAFF_ROLE_VOLUNTEER, &error);
  check_outcome (fz, id > 0, error, &before);
  check_expectation (fz, id > 0, must_refuse (text, FALSE), must_keep (text, 200, TRUE, FALSE));
  snapshot_clear (&before);
  if (id <= 0)
    return;
  expected = trimmed (text);
  staff = koers_store_list_staff (fz->store, &error);
  for (guint i = 0; i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(KoersStaff) member = g_list_model_get_item (staff, i);
      if (koers_staff_get_id (member) == id)
        {
          CHECK_TEXT (fz, koers_staff_get_name (member), expected);
          found = TRUE;
        }
    }
  FUZZ_CHECK (fz, found, "the new staff member is not in the list");
}

typedef enum {
  TEXT,       /* free text, trimmed */
  REQUIRED,   /* free text that may not be empty */
  RAW,        /* dates and codes, kept as given; empty is none */
} FieldKind;

static const struct {
  const char *property;
  guint       max;
  FieldKind   kind;
} new_fields[] = {
  { "given-name", 200, REQUIRED },
  { "family-name", 200, TEXT },
  { "alias", 200, TEXT },
  { "birth-date", 0, RAW },
  { "country", 0, RAW },
  { "nationality", 0, RAW },
  { "languages", 500, TEXT },
  { "phone", 50, TEXT },
  { "referrer", 200, TEXT },
  { "phase-since", 0, RAW },
};

static char *
get_string (gpointer    object,
            const char *property)
{
  char *value = NULL;

  g_object_get (object, property, &value, NULL);
  return value;
}

static void
try_add_participant (Fuzz       *fz,
                     guint       field,
                     const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersParticipant) p = g_object_new (KOERS_TYPE_PARTICIPANT, "given-name", "Fuzz",
                                                "phase-since", "2026-01-05", NULL);
  g_autoptr(KoersParticipant) loaded = NULL;
  g_autofree char *what = g_strdup_printf ("koers_store_add_participant (%s)",
                                           new_fields[field].property);
  g_autofree char *got = NULL;
  g_autofree char *expected = NULL;
  Snapshot before = { 0 };
  gboolean ok;

  fz->what = what;
  fz->input = text;
  g_object_set (p, new_fields[field].property, text, NULL);
  snapshot_take (fz, &before);
  ok = koers_store_add_participant (fz->store, p, &error);
  check_outcome (fz, ok, error, &before);
  check_expectation (fz, ok, must_refuse (text, FALSE),
                     new_fields[field].kind != RAW
                     && must_keep (text, new_fields[field].max,
                                   new_fields[field].kind == REQUIRED, FALSE));
  snapshot_clear (&before);
  fz->what = NULL;
  if (!ok)
    return;

  loaded = koers_store_get_participant (fz->store, koers_participant_get_id (p), &error);
  g_assert_no_error (error);
  got = get_string (loaded, new_fields[field].property);
  if (new_fields[field].kind != RAW)
    expected = trimmed (text);
  else if (text != NULL && *text != '\0')
    expected = g_strdup (text);
  else if (strcmp (new_fields[field].property, "phase-since") == 0)
    expected = g_strdup (TODAY);
  fz->what = what;
  CHECK_TEXT (fz, got, expected);
}

static const struct {
  KoersParticipantField field;
  const char           *property;
  guint                 max;
  enum { FREE, REQUIRED_FREE, OPTIONAL, NOT_TEXT } kind;
} update_fields[] = {
  { KOERS_PARTICIPANT_FIELD_GIVEN_NAME, "given-name", 200, REQUIRED_FREE },
  { KOERS_PARTICIPANT_FIELD_FAMILY_NAME, "family-name", 200, FREE },
  { KOERS_PARTICIPANT_FIELD_ALIAS, "alias", 200, FREE },
  { KOERS_PARTICIPANT_FIELD_SEX, "sex", 0, NOT_TEXT },
  { KOERS_PARTICIPANT_FIELD_BIRTH_DATE, "birth-date", 0, OPTIONAL },
  { KOERS_PARTICIPANT_FIELD_COUNTRY, "country", 0, OPTIONAL },
  { KOERS_PARTICIPANT_FIELD_NATIONALITY, "nationality", 0, OPTIONAL },
  { KOERS_PARTICIPANT_FIELD_LANGUAGES, "languages", 500, FREE },
  { KOERS_PARTICIPANT_FIELD_PHONE, "phone", 50, FREE },
  { KOERS_PARTICIPANT_FIELD_SITUATION, "situation", 0, NOT_TEXT },
  { KOERS_PARTICIPANT_FIELD_REFERRER, "referrer", 200, FREE },
  { KOERS_PARTICIPANT_FIELD_TARGET_GROUP, "target-group", 0, NOT_TEXT },
  { KOERS_PARTICIPANT_FIELD_CASE_MANAGER, "case-manager-id", 0, NOT_TEXT },
  { KOERS_PARTICIPANT_FIELD_TRAJECTORY_HOLDER, "trajectory-holder-id", 0, NOT_TEXT },
  { KOERS_PARTICIPANT_FIELD_BUDDY, "buddy-id", 0, NOT_TEXT },
  { KOERS_PARTICIPANT_FIELD_COMMITMENT_DATE, "commitment-date", 0, OPTIONAL },
  { KOERS_PARTICIPANT_FIELD_PLANNED_DEPARTURE, "planned-departure", 0, OPTIONAL },
};

/* Undoing a change and redoing it brings back exactly what was there, hostile text too. */
static void
check_undo_redo (Fuzz           *fz,
                 const Snapshot *before_change,
                 gint64          change_before)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *after_change = read_record (fz);
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;

  /* Setting the same value again changes nothing a person sees: nothing to undo either. */
  if (strcmp (after_change, before_change->record) == 0)
    {
      FUZZ_CHECK (fz, koers_store_get_last_change (fz->store) == change_before,
                  "saving the same value put an empty change on the undo stack");
      return;
    }
  if (!koers_store_can_undo (fz->store)
      || koers_store_get_last_change (fz->store) == change_before)
    return;
  FUZZ_CHECK (fz, koers_store_undo (fz->store, NULL, &error), "undo failed: %s",
              error ? error->message : "");
  undone = read_record (fz);
  FUZZ_CHECK (fz, strcmp (undone, before_change->record) == 0, "undo did not restore the record");
  FUZZ_CHECK (fz, koers_store_redo (fz->store, NULL, &error), "redo failed: %s",
              error ? error->message : "");
  redone = read_record (fz);
  FUZZ_CHECK (fz, strcmp (redone, after_change) == 0, "redo did not bring the change back");
}

static void
try_update_value (Fuzz         *fz,
                  guint         field,
                  const GValue *value,
                  const char   *text,
                  gboolean      undo_redo)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersParticipant) loaded = NULL;
  g_autofree char *what = g_strdup_printf ("koers_store_update_participant (%s, %s)",
                                           update_fields[field].property,
                                           g_type_name (G_VALUE_TYPE (value)));
  g_autofree char *shown = text ? NULL : g_strdup_value_contents (value);
  Snapshot before = { 0 };
  gboolean ok;
  gboolean is_string = G_VALUE_HOLDS_STRING (value);
  gint64 change_before = koers_store_get_last_change (fz->store);

  fz->what = what;
  fz->input = text ? text : shown;
  snapshot_take (fz, &before);
  ok = koers_store_update_participant (fz->store, fz->p_id, update_fields[field].field, value,
                                       &error);
  check_outcome (fz, ok, error, &before);
  if (is_string)
    check_expectation (fz, ok,
                       must_refuse (text, FALSE) || update_fields[field].kind == NOT_TEXT,
                       (update_fields[field].kind == FREE
                        || update_fields[field].kind == REQUIRED_FREE)
                       && must_keep (text, update_fields[field].max,
                                     update_fields[field].kind == REQUIRED_FREE, FALSE));
  if (ok && is_string)
    {
      g_autofree char *got = NULL;
      g_autofree char *expected = trimmed (text);

      loaded = koers_store_get_participant (fz->store, fz->p_id, &error);
      g_assert_no_error (error);
      got = get_string (loaded, update_fields[field].property);
      if (update_fields[field].kind == OPTIONAL && *expected == '\0')
        g_clear_pointer (&expected, g_free);
      CHECK_TEXT (fz, got, expected);
    }
  if (ok && undo_redo)
    check_undo_redo (fz, &before, change_before);
  snapshot_clear (&before);
}

static void
try_update_participant (Fuzz       *fz,
                        guint       field,
                        const char *text,
                        gboolean    undo_redo)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, text);
  try_update_value (fz, field, &value, text, undo_redo);
}

/* Values of the wrong type or out of range, which a caller might pass by mistake. */
static void
try_update_wrong_type (Fuzz *fz,
                       guint field,
                       guint which)
{
  g_auto(GValue) value = G_VALUE_INIT;

  switch (which % 9)
    {
    case 0:
      g_value_init (&value, G_TYPE_INT);
      g_value_set_int (&value, 42);
      break;
    case 1:
      g_value_init (&value, G_TYPE_INT64);
      g_value_set_int64 (&value, -5);
      break;
    case 2:
      g_value_init (&value, G_TYPE_INT64);
      g_value_set_int64 (&value, G_MAXINT64);
      break;
    case 3:
      g_value_init (&value, G_TYPE_BOOLEAN);
      g_value_set_boolean (&value, TRUE);
      break;
    case 4:
      g_value_init (&value, G_TYPE_DOUBLE);
      g_value_set_double (&value, 1e308);
      break;
    case 5:
      g_value_init (&value, KOERS_TYPE_SEX);
      g_value_set_enum (&value, 99);
      break;
    case 6:
      g_value_init (&value, KOERS_TYPE_PHASE);
      g_value_set_enum (&value, KOERS_PHASE_CLOSED);
      break;
    case 7:
      g_value_init (&value, G_TYPE_POINTER);
      g_value_set_pointer (&value, fz);
      break;
    default:
      g_value_init (&value, G_TYPE_OBJECT);
      break;
    }
  try_update_value (fz, field, &value, NULL, FALSE);
}

/* Puts P back in an active trajectory, so that ending it can be tried again. */
static void
reactivate (Fuzz *fz)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersParticipant) p = koers_store_get_participant (fz->store, fz->p_id, &error);

  g_assert_no_error (error);
  if (koers_participant_get_status (p) != KOERS_STATUS_ACTIVE)
    {
      g_assert_true (koers_store_reopen_trajectory (fz->store, fz->p_id, &error));
      g_assert_no_error (error);
    }
}

static void
try_move_phase (Fuzz       *fz,
                const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersParticipant) p = koers_store_get_participant (fz->store, fz->p_id, &error);
  KoersPhase phase = (koers_participant_get_phase (p) + 1) % KOERS_N_PHASES;
  Snapshot before = { 0 };
  gboolean ok;

  fz->what = "koers_store_move_phase (date)";
  fz->input = text;
  snapshot_take (fz, &before);
  ok = koers_store_move_phase (fz->store, fz->p_id, phase, text, &error);
  check_outcome (fz, ok, error, &before);
  check_expectation (fz, ok, must_refuse (text, FALSE), FALSE);
  snapshot_clear (&before);
  if (ok)
    {
      g_autoptr(KoersParticipant) loaded = koers_store_get_participant (fz->store, fz->p_id, NULL);
      g_autofree char *expected = text ? g_strdup (text) : g_strdup (TODAY);

      FUZZ_CHECK (fz, koers_participant_get_phase (loaded) == phase, "the phase did not change");
      CHECK_TEXT (fz, koers_participant_get_phase_since (loaded), expected);
    }
}

static void
try_end_trajectory (Fuzz       *fz,
                    const char *date,
                    const char *reason)
{
  g_autoptr(GError) error = NULL;
  Snapshot before = { 0 };
  gboolean ok;

  reactivate (fz);
  fz->what = date ? "koers_store_end_trajectory (date)" : "koers_store_end_trajectory (reason)";
  fz->input = date ? date : reason;
  snapshot_take (fz, &before);
  ok = koers_store_end_trajectory (fz->store, fz->p_id, KOERS_STATUS_LOST_CONTACT, date, reason,
                                   &error);
  check_outcome (fz, ok, error, &before);
  check_expectation (fz, ok, must_refuse (fz->input, FALSE),
                     date == NULL && must_keep (reason, 2000, TRUE, FALSE));
  snapshot_clear (&before);
  if (ok)
    {
      g_autoptr(KoersParticipant) loaded = koers_store_get_participant (fz->store, fz->p_id, NULL);
      g_autofree char *expected_reason = trimmed (reason);

      CHECK_TEXT (fz, koers_participant_get_exit_reason (loaded), expected_reason);
      CHECK_TEXT (fz, koers_participant_get_exit_date (loaded), date ? date : TODAY);
    }
}

static KoersObstacle *
find_obstacle (Fuzz   *fz,
               gint64  participant_id,
               gint64  id)
{
  g_autoptr(GListModel) obstacles = koers_store_list_obstacles (fz->store, participant_id, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (obstacles); i++)
    {
      g_autoptr(KoersObstacle) obstacle = g_list_model_get_item (obstacles, i);
      if (koers_obstacle_get_id (obstacle) == id)
        return g_steal_pointer (&obstacle);
    }
  return NULL;
}

static void
try_add_obstacle (Fuzz       *fz,
                  const char *description,
                  const char *date)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersObstacle) obstacle = NULL;
  g_autofree char *expected = NULL;
  Snapshot before = { 0 };
  gint64 id;

  fz->what = date ? "koers_store_add_obstacle (opened date)" : "koers_store_add_obstacle (description)";
  fz->input = date ? date : description;
  snapshot_take (fz, &before);
  id = koers_store_add_obstacle (fz->store, fz->q_id, KOERS_OBSTACLE_KIND_HOUSING, description,
                                 date, &error);
  check_outcome (fz, id > 0, error, &before);
  check_expectation (fz, id > 0, must_refuse (fz->input, FALSE),
                     date == NULL && must_keep (description, 2000, TRUE, FALSE));
  snapshot_clear (&before);
  if (id <= 0)
    return;
  expected = trimmed (description);
  obstacle = find_obstacle (fz, fz->q_id, id);
  FUZZ_CHECK (fz, obstacle != NULL, "the obstacle is not in the list");
  CHECK_TEXT (fz, koers_obstacle_get_description (obstacle), expected);
  CHECK_TEXT (fz, koers_obstacle_get_opened_date (obstacle), date ? date : TODAY);
}

static void
try_resolve_obstacle (Fuzz       *fz,
                      const char *date)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KoersObstacle) obstacle = NULL;
  Snapshot before = { 0 };
  gboolean ok;

  fz->what = "koers_store_set_obstacle_status (resolved date)";
  fz->input = date;
  snapshot_take (fz, &before);
  ok = koers_store_set_obstacle_status (fz->store, fz->obstacle_id,
                                        KOERS_OBSTACLE_STATUS_RESOLVED, date, &error);
  check_outcome (fz, ok, error, &before);
  check_expectation (fz, ok, must_refuse (date, FALSE), FALSE);
  snapshot_clear (&before);
  if (!ok)
    return;
  obstacle = find_obstacle (fz, fz->p_id, fz->obstacle_id);
  CHECK_TEXT (fz, koers_obstacle_get_resolved_date (obstacle), date ? date : TODAY);
}

typedef enum {
  DOCUMENT_NOTE,
  DOCUMENT_REQUESTED,
  DOCUMENT_OBTAINED,
} DocumentPart;

static void
try_set_document (Fuzz         *fz,
                  DocumentPart  part,
                  const char   *text)
{
  static const char *const whats[] = {
    "koers_store_set_document (note)", "koers_store_set_document (requested date)",
    "koers_store_set_document (obtained date)",
  };
  g_autoptr(GError) error = NULL;
  KoersDocumentKind kind = g_rand_int_range (fz->rand, 0, KOERS_DOCUMENT_KIND_OTHER + 1);
  KoersDocumentStatus status = g_rand_int_range (fz->rand, KOERS_DOCUMENT_STATUS_PRESENT,
                                                 KOERS_DOCUMENT_STATUS_NOT_OBTAINABLE + 1);
  const char *requested = part == DOCUMENT_REQUESTED ? text : NULL;
  const char *obtained = part == DOCUMENT_OBTAINED ? text : NULL;
  const char *note = part == DOCUMENT_NOTE ? text : "checked";
  Snapshot before = { 0 };
  gboolean ok;

  fz->what = whats[part];
  fz->input = text;
  snapshot_take (fz, &before);
  ok = koers_store_set_document (fz->store, fz->p_id, kind, status, requested, obtained, note,
                                 &error);
  check_outcome (fz, ok, error, &before);
  check_expectation (fz, ok, must_refuse (text, FALSE),
                     part == DOCUMENT_NOTE && must_keep (text, 2000, FALSE, FALSE));
  snapshot_clear (&before);
  if (ok)
    {
      KoersDocumentStatus got_status;
      g_autofree char *got_requested = NULL, *got_obtained = NULL, *got_note = NULL;
      g_autofree char *expected_note = trimmed (note);

      g_assert_true (koers_store_get_document (fz->store, fz->p_id, kind, &got_status,
                                               &got_requested, &got_obtained, &got_note, NULL));
      FUZZ_CHECK (fz, got_status == status, "the status did not change");
      CHECK_TEXT (fz, got_note, expected_note);
      CHECK_TEXT (fz, got_requested, requested && *requested ? requested : NULL);
      CHECK_TEXT (fz, got_obtained, obtained && *obtained ? obtained : NULL);
    }
}

static void
try_business_text (Fuzz               *fz,
                   KoersBusinessField  field,
                   const char         *text)
{
  static const char *const whats[] = {
    [KOERS_BUSINESS_FIELD_IDEA] = "koers_store_set_business_field (idea)",
    [KOERS_BUSINESS_FIELD_SECTOR] = "koers_store_set_business_field (sector)",
    [KOERS_BUSINESS_FIELD_PLACE] = "koers_store_set_business_field (place)",
    [KOERS_BUSINESS_FIELD_FUNDING] = "koers_store_set_business_field (funding)",
  };
  g_autoptr(GError) error = NULL;
  guint max = field == KOERS_BUSINESS_FIELD_IDEA || field == KOERS_BUSINESS_FIELD_FUNDING
              ? 2000 : 200;
  Snapshot before = { 0 };
  gboolean ok;

  fz->what = whats[field];
  fz->input = text;
  snapshot_take (fz, &before);
  ok = koers_store_set_business_field (fz->store, fz->p_id, field, text, 0, &error);
  check_outcome (fz, ok, error, &before);
  check_expectation (fz, ok, must_refuse (text, FALSE), must_keep (text, max, FALSE, FALSE));
  snapshot_clear (&before);
  if (ok)
    {
      g_autofree char *idea = NULL, *sector = NULL, *place = NULL, *funding = NULL;
      g_autofree char *expected = trimmed (text);
      gint64 cents;
      KoersBusinessStatus status;
      const char *got;

      g_assert_true (koers_store_get_business_plan (fz->store, fz->p_id, &idea, &sector, &place,
                                                    &cents, &funding, &status, NULL));
      got = field == KOERS_BUSINESS_FIELD_IDEA ? idea
            : field == KOERS_BUSINESS_FIELD_SECTOR ? sector
            : field == KOERS_BUSINESS_FIELD_PLACE ? place : funding;
      CHECK_TEXT (fz, got, expected);
    }
}

/* Start-up costs and status are numbers: a long number typed in the field arrives as the
 * nearest gint64. */
static void
try_business_number (Fuzz               *fz,
                     KoersBusinessField  field,
                     const char         *text)
{
  g_autoptr(GError) error = NULL;
  gint64 number = g_ascii_strtoll (text ? text : "", NULL, 10);
  gboolean valid = field == KOERS_BUSINESS_FIELD_STARTUP_COSTS
                   ? number >= -1 && number <= 100000000
                   : number >= KOERS_BUSINESS_STATUS_IDEA && number <= KOERS_BUSINESS_STATUS_STARTED;
  Snapshot before = { 0 };
  gboolean ok;

  fz->what = field == KOERS_BUSINESS_FIELD_STARTUP_COSTS
             ? "koers_store_set_business_field (start-up costs)"
             : "koers_store_set_business_field (status)";
  fz->input = text;
  snapshot_take (fz, &before);
  ok = koers_store_set_business_field (fz->store, fz->p_id, field, NULL, number, &error);
  check_outcome (fz, ok, error, &before);
  FUZZ_CHECK (fz, ok == valid, "%" G_GINT64_FORMAT " was %s", number,
              ok ? "accepted" : "refused");
  snapshot_clear (&before);
  if (ok)
    {
      g_autofree char *idea = NULL, *sector = NULL, *place = NULL, *funding = NULL;
      gint64 cents;
      KoersBusinessStatus status;

      g_assert_true (koers_store_get_business_plan (fz->store, fz->p_id, &idea, &sector, &place,
                                                    &cents, &funding, &status, NULL));
      if (field == KOERS_BUSINESS_FIELD_STARTUP_COSTS)
        FUZZ_CHECK (fz, cents == MAX (number, -1), "read back %" G_GINT64_FORMAT, cents);
      else
        FUZZ_CHECK (fz, status == number, "read back %d", status);
    }
}

/* The goal @goal_id of @participant_id in the plan, or NULL. */
static GVariant *
find_goal (Fuzz   *fz,
           gint64  participant_id,
           gint64  goal_id)
{
  g_autoptr(GVariant) plan = koers_store_list_plan (fz->store, participant_id, NULL);

  for (gsize i = 0; i < g_variant_n_children (plan); i++)
    {
      g_autoptr(GVariant) goal = g_variant_get_child_value (plan, i);
      gint64 id;

      g_variant_get_child (goal, 0, "x", &id);
      if (id == goal_id)
        return g_steal_pointer (&goal);
    }
  return NULL;
}

static void
try_add_goal (Fuzz       *fz,
              const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) goal = NULL;
  g_autofree char *expected = NULL;
  const char *title = NULL;
  Snapshot before = { 0 };
  gint64 id;

  fz->what = "koers_store_add_goal (title)";
  fz->input = text;
  snapshot_take (fz, &before);
  id = koers_store_add_goal (fz->store, fz->q_id, text, &error);
  check_outcome (fz, id > 0, error, &before);
  check_expectation (fz, id > 0, must_refuse (text, FALSE), must_keep (text, 500, TRUE, FALSE));
  snapshot_clear (&before);
  if (id <= 0)
    return;
  expected = trimmed (text);
  goal = find_goal (fz, fz->q_id, id);
  FUZZ_CHECK (fz, goal != NULL, "the goal is not in the plan");
  g_variant_get_child (goal, 1, "&s", &title);
  CHECK_TEXT (fz, title, expected);
}

typedef enum {
  ACTION_DESCRIPTION,
  ACTION_OWNER,
  ACTION_DUE,
} ActionPart;

static void
try_add_action (Fuzz       *fz,
                ActionPart  part,
                const char *text)
{
  static const char *const whats[] = {
    "koers_store_add_action (description)", "koers_store_add_action (owner)",
    "koers_store_add_action (due date)",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) goal = NULL;
  g_autoptr(GVariant) actions = NULL;
  const char *description = part == ACTION_DESCRIPTION ? text : "Call the embassy";
  const char *owner = part == ACTION_OWNER ? text : "Sanne";
  const char *due = part == ACTION_DUE ? text : NULL;
  Snapshot before = { 0 };
  gboolean found = FALSE;
  gint64 id;

  fz->what = whats[part];
  fz->input = text;
  snapshot_take (fz, &before);
  id = koers_store_add_action (fz->store, fz->goal_id, description, owner, due, &error);
  check_outcome (fz, id > 0, error, &before);
  check_expectation (fz, id > 0, must_refuse (text, FALSE),
                     (part == ACTION_DESCRIPTION && must_keep (text, 2000, TRUE, FALSE))
                     || (part == ACTION_OWNER && must_keep (text, 200, FALSE, FALSE)));
  snapshot_clear (&before);
  if (id <= 0)
    return;
  goal = find_goal (fz, fz->q_id, fz->goal_id);
  actions = g_variant_get_child_value (goal, 2);
  for (gsize i = 0; i < g_variant_n_children (actions); i++)
    {
      gint64 action_id;
      const char *got_description, *got_owner, *got_due;
      g_autofree char *expected_description = trimmed (description);
      g_autofree char *expected_owner = trimmed (owner);

      g_variant_get_child (actions, i, "(x&s&s&sm&s)", &action_id, &got_description, &got_owner,
                           &got_due, NULL);
      if (action_id != id)
        continue;
      found = TRUE;
      CHECK_TEXT (fz, got_description, expected_description);
      CHECK_TEXT (fz, got_owner, expected_owner);
      CHECK_TEXT (fz, got_due, due ? due : "");
    }
  FUZZ_CHECK (fz, found, "the action is not in the plan");
}

static void
try_add_note (Fuzz       *fz,
              const char *date,
              const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) notes = NULL;
  g_autofree char *expected = NULL;
  Snapshot before = { 0 };
  gboolean found = FALSE;
  gint64 id;

  fz->what = date ? "koers_store_add_note (date)" : "koers_store_add_note (text)";
  fz->input = date ? date : text;
  snapshot_take (fz, &before);
  id = koers_store_add_note (fz->store, fz->q_id, date, KOERS_NOTE_KIND_CALL, fz->staff_id, text,
                             &error);
  check_outcome (fz, id > 0, error, &before);
  check_expectation (fz, id > 0, must_refuse (fz->input, date == NULL),
                     date == NULL && must_keep (text, 10000, TRUE, TRUE));
  snapshot_clear (&before);
  if (id <= 0)
    return;
  expected = trimmed (text);
  notes = koers_store_list_notes (fz->store, fz->q_id, &error);
  for (guint i = 0; i < g_list_model_get_n_items (notes) && !found; i++)
    {
      g_autoptr(KoersNote) note = g_list_model_get_item (notes, i);
      if (koers_note_get_id (note) != id)
        continue;
      found = TRUE;
      CHECK_TEXT (fz, koers_note_get_text (note), expected);
      CHECK_TEXT (fz, koers_note_get_date (note), date ? date : TODAY);
    }
  FUZZ_CHECK (fz, found, "the note is not in the contact log");
}

/* The name written in the audit trail; the change it signs must still be saved whole. */
static void
try_actor (Fuzz       *fz,
           const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *alias = g_strdup_printf ("alias %u", fz->n_calls);
  Snapshot before = { 0 };
  gboolean ok;
  g_auto(GValue) value = G_VALUE_INIT;

  fz->what = "koers_store_set_actor (), then a change";
  fz->input = text;
  koers_store_set_actor (fz->store, text);
  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, alias);
  snapshot_take (fz, &before);
  ok = koers_store_update_participant (fz->store, fz->p_id, KOERS_PARTICIPANT_FIELD_ALIAS, &value,
                                       &error);
  check_outcome (fz, ok, error, &before);
  FUZZ_CHECK (fz, ok, "a change was refused for the name of who made it");
  snapshot_clear (&before);
  koers_store_set_actor (fz->store, NULL);
}

/* Write functions that take only ids, with ids that do not exist: nothing may change. */
static const char *const missing_ids[] = {
  "0", "-1", "-9223372036854775808", "9223372036854775807", "999999999",
};

static void
try_missing_ids (Fuzz       *fz,
                 const char *text)
{
  gint64 id = g_ascii_strtoll (text ? text : "", NULL, 10);
  g_autoptr(GError) error = NULL;
  Snapshot before = { 0 };
  gboolean ok;

  /* Only ids that are certainly not in use. */
  if (id > 0 && id < 1000000000)
    id = g_ascii_strtoll (missing_ids[g_rand_int_range (fz->rand, 0, G_N_ELEMENTS (missing_ids))],
                          NULL, 10);
  fz->input = text;

#define TRY(name, call) \
  G_STMT_START { \
    fz->what = name; \
    snapshot_take (fz, &before); \
    ok = (call); \
    check_outcome (fz, ok, error, &before); \
    assert_unchanged (fz, &before, "the id does not exist"); \
    snapshot_clear (&before); \
    g_clear_error (&error); \
  } G_STMT_END

  TRY ("koers_store_reopen_trajectory (missing id)",
       koers_store_reopen_trajectory (fz->store, id, &error));
  TRY ("koers_store_set_obstacle_status (missing id)",
       koers_store_set_obstacle_status (fz->store, id, KOERS_OBSTACLE_STATUS_IN_PROGRESS, NULL,
                                        &error));
  {
    g_autoptr(KoersObstacle) gone = NULL;
    TRY ("koers_store_delete_obstacle (missing id)",
         (gone = koers_store_delete_obstacle (fz->store, id, &error)) != NULL);
  }
  {
    g_autoptr(KoersNote) gone = NULL;
    TRY ("koers_store_delete_note (missing id)",
         (gone = koers_store_delete_note (fz->store, id, &error)) != NULL);
  }
  TRY ("koers_store_set_action_done (missing id)",
       koers_store_set_action_done (fz->store, id, TRUE, &error));
  TRY ("koers_store_delete_goal (missing id)", koers_store_delete_goal (fz->store, id, &error));
  TRY ("koers_store_add_note (missing participant)",
       koers_store_add_note (fz->store, id, NULL, KOERS_NOTE_KIND_CALL, 0, "Hello", &error) > 0);
  TRY ("koers_store_add_goal (missing participant)",
       koers_store_add_goal (fz->store, id, "Hello", &error) > 0);
  TRY ("koers_store_add_action (missing goal)",
       koers_store_add_action (fz->store, id, "Hello", NULL, NULL, &error) > 0);
  TRY ("koers_store_add_obstacle (missing participant)",
       koers_store_add_obstacle (fz->store, id, KOERS_OBSTACLE_KIND_OTHER, "Hello", NULL,
                                 &error) > 0);
  TRY ("koers_store_set_document (missing participant)",
       koers_store_set_document (fz->store, id, KOERS_DOCUMENT_KIND_PASSPORT,
                                 KOERS_DOCUMENT_STATUS_PRESENT, NULL, NULL, NULL, &error));
  TRY ("koers_store_set_business_field (missing participant)",
       koers_store_set_business_field (fz->store, id, KOERS_BUSINESS_FIELD_IDEA, "Hello", 0,
                                       &error));
  TRY ("koers_store_move_phase (missing participant)",
       koers_store_move_phase (fz->store, id, KOERS_PHASE_INTAKE, NULL, &error));
  TRY ("koers_store_end_trajectory (missing participant)",
       koers_store_end_trajectory (fz->store, id, KOERS_STATUS_LOST_CONTACT, NULL, "Gone",
                                   &error));
  TRY ("koers_store_erase_participant (missing participant)",
       koers_store_erase_participant (fz->store, id, &error));
#undef TRY
}

/* A copy of the database under a hostile file name. */
static void
try_backup_to (Fuzz       *fz,
               const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strndup (text ? text : "", 200);
  g_autofree char *path = NULL;
  gboolean ok;

  g_strdelimit (name, "/", '_');
  path = g_build_filename (fz->dir, "copies", name, NULL);
  fz->what = "koers_store_backup_to (destination)";
  fz->input = text;
  ok = koers_store_backup_to (fz->store, path, &error);
  FUZZ_CHECK (fz, ok == (error == NULL), "returned %s with error “%s”", ok ? "TRUE" : "FALSE",
              error ? error->message : "(none)");
  if (!ok)
    {
      check_message (fz, error->message);
      return;
    }
  FUZZ_CHECK (fz, koers_test_query_int (path, "SELECT count(*) FROM participant")
                  == koers_store_count_participants (fz->store, NULL),
              "the copy is not complete");
  g_unlink (path);
}

/* ---- the run ------------------------------------------------------------------------- */

typedef enum {
  T_STAFF,
  T_NEW_PARTICIPANT,
  T_UPDATE = T_NEW_PARTICIPANT + G_N_ELEMENTS (new_fields),
  T_MOVE_PHASE = T_UPDATE + G_N_ELEMENTS (update_fields),
  T_END_REASON,
  T_END_DATE,
  T_OBSTACLE_DESCRIPTION,
  T_OBSTACLE_DATE,
  T_OBSTACLE_RESOLVED,
  T_DOCUMENT_NOTE,
  T_DOCUMENT_REQUESTED,
  T_DOCUMENT_OBTAINED,
  T_IDEA,
  T_SECTOR,
  T_PLACE,
  T_FUNDING,
  T_STARTUP_COSTS,
  T_BUSINESS_STATUS,
  T_GOAL,
  T_ACTION_DESCRIPTION,
  T_ACTION_OWNER,
  T_ACTION_DUE,
  T_NOTE_TEXT,
  T_NOTE_DATE,
  T_ACTOR,
  T_MISSING_IDS,
  N_TARGETS
} Target;

static void
try_target (Fuzz       *fz,
            guint       target,
            const char *text,
            gboolean    undo_redo)
{
  if (target < T_NEW_PARTICIPANT)
    try_add_staff (fz, text);
  else if (target < T_UPDATE)
    try_add_participant (fz, target - T_NEW_PARTICIPANT, text);
  else if (target < T_MOVE_PHASE)
    try_update_participant (fz, target - T_UPDATE, text, undo_redo);
  else
    switch ((Target) target)
      {
      case T_MOVE_PHASE: try_move_phase (fz, text); break;
      case T_END_REASON: try_end_trajectory (fz, NULL, text); break;
      case T_END_DATE: try_end_trajectory (fz, text, "Lost contact"); break;
      case T_OBSTACLE_DESCRIPTION: try_add_obstacle (fz, text, NULL); break;
      case T_OBSTACLE_DATE: try_add_obstacle (fz, "No room", text); break;
      case T_OBSTACLE_RESOLVED: try_resolve_obstacle (fz, text); break;
      case T_DOCUMENT_NOTE: try_set_document (fz, DOCUMENT_NOTE, text); break;
      case T_DOCUMENT_REQUESTED: try_set_document (fz, DOCUMENT_REQUESTED, text); break;
      case T_DOCUMENT_OBTAINED: try_set_document (fz, DOCUMENT_OBTAINED, text); break;
      case T_IDEA: try_business_text (fz, KOERS_BUSINESS_FIELD_IDEA, text); break;
      case T_SECTOR: try_business_text (fz, KOERS_BUSINESS_FIELD_SECTOR, text); break;
      case T_PLACE: try_business_text (fz, KOERS_BUSINESS_FIELD_PLACE, text); break;
      case T_FUNDING: try_business_text (fz, KOERS_BUSINESS_FIELD_FUNDING, text); break;
      case T_STARTUP_COSTS: try_business_number (fz, KOERS_BUSINESS_FIELD_STARTUP_COSTS, text); break;
      case T_BUSINESS_STATUS: try_business_number (fz, KOERS_BUSINESS_FIELD_STATUS, text); break;
      case T_GOAL: try_add_goal (fz, text); break;
      case T_ACTION_DESCRIPTION: try_add_action (fz, ACTION_DESCRIPTION, text); break;
      case T_ACTION_OWNER: try_add_action (fz, ACTION_OWNER, text); break;
      case T_ACTION_DUE: try_add_action (fz, ACTION_DUE, text); break;
      case T_NOTE_TEXT: try_add_note (fz, NULL, text); break;
      case T_NOTE_DATE: try_add_note (fz, text, "Called about the passport"); break;
      case T_ACTOR: try_actor (fz, text); break;
      case T_MISSING_IDS: try_missing_ids (fz, text); break;
      default: g_assert_not_reached ();
      }
  fz->what = NULL;
  fz->input = NULL;
}

static void
fuzz_set_up (Fuzz *fz)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) counts = g_string_new ("SELECT ''");
  g_autoptr(KoersParticipant) p = NULL;
  g_autoptr(KoersParticipant) q = NULL;
  g_autofree char *copies = NULL;
  sqlite3_stmt *tables = NULL;

  fz->dir = koers_test_make_dir ();
  fz->path = g_build_filename (fz->dir, "fuzz.db", NULL);
  copies = g_build_filename (fz->dir, "copies", NULL);
  g_assert_cmpint (g_mkdir (copies, 0755), ==, 0);
  fz->store = koers_store_open (fz->path, &error);
  g_assert_no_error (error);
  /* Durability is test-crash's business; here every commit need not wait for the disk. */
  g_assert_cmpint (sqlite3_exec (fz->store->db, "PRAGMA synchronous = OFF", NULL, NULL, NULL),
                   ==, SQLITE_OK);

  fz->staff_id = koers_store_add_staff (fz->store, "Sanne de Vries",
                                        KOERS_STAFF_ROLE_CASE_MANAGER, &error);
  p = g_object_new (KOERS_TYPE_PARTICIPANT, "given-name", "Pieter", "family-name", "Fuzz",
                    "country", "ER", "phase-since", "2026-01-05", NULL);
  q = g_object_new (KOERS_TYPE_PARTICIPANT, "given-name", "Quinten", "phase-since", "2026-01-05",
                    NULL);
  g_assert_true (koers_store_add_participant (fz->store, p, &error));
  g_assert_true (koers_store_add_participant (fz->store, q, &error));
  fz->p_id = koers_participant_get_id (p);
  fz->q_id = koers_participant_get_id (q);
  fz->obstacle_id = koers_store_add_obstacle (fz->store, fz->p_id, KOERS_OBSTACLE_KIND_DEBTS,
                                              "Debts", "2026-01-10", &error);
  g_assert_cmpint (koers_store_add_goal (fz->store, fz->p_id, "Passport", &error), >, 0);
  fz->goal_id = koers_store_add_goal (fz->store, fz->q_id, "Work", &error);
  g_assert_cmpint (koers_store_add_note (fz->store, fz->p_id, "2026-01-06",
                                         KOERS_NOTE_KIND_MEETING, fz->staff_id, "Intake",
                                         &error), >, 0);
  g_assert_no_error (error);

  /* A connection of its own sees every commit (data_version), and the newest row of every
   * table: counting them all before and after each call would take minutes. */
  g_assert_cmpint (sqlite3_open_v2 (fz->path, &fz->watch, SQLITE_OPEN_READONLY, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (fz->watch, "PRAGMA data_version", -1, &fz->data_version,
                                       NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (fz->watch, "SELECT name FROM sqlite_schema WHERE type ="
                                       " 'table' ORDER BY name", -1, &tables, NULL), ==,
                   SQLITE_OK);
  while (sqlite3_step (tables) == SQLITE_ROW)
    g_string_append_printf (counts, " || ' %1$s:' || (SELECT coalesce (max(rowid), 0)"
                                    " FROM \"%1$s\")",
                            (const char *) sqlite3_column_text (tables, 0));
  sqlite3_finalize (tables);
  g_assert_cmpint (sqlite3_prepare_v2 (fz->watch, counts->str, -1, &fz->counts, NULL), ==,
                   SQLITE_OK);
}

/* Nothing in the file that is not valid UTF-8, nor any control character but the line
 * breaks and tabs of notes; and the file is intact. */
static void
check_whole_file (Fuzz *fz)
{
  sqlite3_stmt *stmt = NULL;
  sqlite3_stmt *tables = NULL;
  g_autofree char *check = NULL;
  guint n_values = 0;

  g_assert_cmpint (sqlite3_prepare_v2 (fz->watch, "SELECT name FROM sqlite_schema WHERE type ="
                                       " 'table' AND name NOT LIKE 'sqlite%'", -1, &tables,
                                       NULL), ==, SQLITE_OK);
  while (sqlite3_step (tables) == SQLITE_ROW)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\"",
                                              (const char *) sqlite3_column_text (tables, 0));

      g_assert_cmpint (sqlite3_prepare_v2 (fz->watch, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        for (int c = 0; c < sqlite3_column_count (stmt); c++)
          {
            const char *value = (const char *) sqlite3_column_text (stmt, c);

            if (sqlite3_column_type (stmt, c) != SQLITE_TEXT)
              continue;
            n_values++;
            fz->what = sql;
            fz->input = value;
            FUZZ_CHECK (fz, g_utf8_validate (value, sqlite3_column_bytes (stmt, c), NULL),
                        "column %s holds text that is not UTF-8", sqlite3_column_name (stmt, c));
            FUZZ_CHECK (fz, !has_control (value, TRUE), "column %s holds a control character",
                        sqlite3_column_name (stmt, c));
          }
      sqlite3_finalize (stmt);
    }
  sqlite3_finalize (tables);
  fz->what = NULL;
  fz->input = NULL;
  g_test_message ("%u text values in the file, all valid", n_values);

  check = koers_test_integrity_check (fz->path);
  g_assert_cmpstr (check, ==, "ok");
  g_assert_cmpint (koers_test_query_int (fz->path, "SELECT count(*) FROM pragma_foreign_key_check"),
                   ==, 0);
}

static void
test_fuzz (void)
{
  Fuzz fz = { 0 };
  const char *seed_env = g_getenv ("KOERS_FUZZ_SEED");
  const char *rounds_env = g_getenv ("KOERS_FUZZ_ROUNDS");
  guint rounds = rounds_env ? (guint) atoi (rounds_env) : DEFAULT_ROUNDS;
  gint64 start = g_get_monotonic_time ();

  g_setenv ("KOERS_TODAY", TODAY, TRUE);
  fz.seed = seed_env ? (guint32) strtoul (seed_env, NULL, 10) : g_random_int ();
  fz.rand = g_rand_new_with_seed (fz.seed);
  fz.corpus = make_corpus ();
  g_test_message ("seed %u (KOERS_FUZZ_SEED=%u repeats this run), %u random rounds", fz.seed,
                  fz.seed, rounds);
  fuzz_set_up (&fz);

  /* Every hostile string at every text parameter... */
  for (guint i = 0; i < fz.corpus->len; i++)
    for (guint target = 0; target < T_MISSING_IDS; target++)
      try_target (&fz, target, g_ptr_array_index (fz.corpus, i), FALSE);
  /* ...ids that do not exist at every function that takes one... */
  for (guint i = 0; i < G_N_ELEMENTS (missing_ids); i++)
    try_missing_ids (&fz, missing_ids[i]);
  /* ...and values of the wrong type at every field... */
  for (guint field = 0; field < G_N_ELEMENTS (update_fields); field++)
    for (guint which = 0; which < 9; which++)
      try_update_wrong_type (&fz, field, which);
  /* ...and NULL where the functions allow it. */
  for (guint target = 0; target < N_TARGETS; target++)
    try_target (&fz, target, NULL, FALSE);

  /* Then random strings at random places; some changes are undone and redone. */
  for (guint round = 0; round < rounds; round++)
    {
      g_autofree char *text = random_text (&fz);
      guint target = g_rand_int_range (fz.rand, 0, N_TARGETS);

      try_target (&fz, target, text, g_rand_int_range (fz.rand, 0, 4) == 0);
      if (g_rand_int_range (fz.rand, 0, 20) == 0)
        try_backup_to (&fz, text);
    }
  for (guint i = 0; i < 20; i++)
    try_backup_to (&fz, g_ptr_array_index (fz.corpus, g_rand_int_range (fz.rand, 0,
                                                                         fz.corpus->len)));

  check_whole_file (&fz);
  g_test_message ("%u calls, %u saved, %u refused, in %.1f s", fz.n_calls, fz.n_saved,
                  fz.n_calls - fz.n_saved, (g_get_monotonic_time () - start) / 1e6);

  sqlite3_finalize (fz.data_version);
  sqlite3_finalize (fz.counts);
  sqlite3_close (fz.watch);
  g_clear_object (&fz.store);
  koers_test_remove_dir (fz.dir);
  g_free (fz.dir);
  g_free (fz.path);
  g_ptr_array_unref (fz.corpus);
  g_clear_pointer (&facts.text, g_free);
  g_rand_free (fz.rand);
  g_unsetenv ("KOERS_TODAY");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/store/fuzz", test_fuzz);
  return g_test_run ();
}
