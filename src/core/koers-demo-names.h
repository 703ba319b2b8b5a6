/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Name and country pools for the deterministic demo data generator.
 * Every person built from these pools is fictional: the pools only hold
 * common given and family names, never combinations of real people. */
#pragma once
#include <glib.h>
G_BEGIN_DECLS

typedef struct {
  const char *const *female;   /* NULL-terminated given names */
  const char *const *male;     /* NULL-terminated given names */
  const char *const *family;   /* NULL-terminated family names (may be patronymic-style second names) */
  const char *const *alias;    /* NULL-terminated short nicknames/aliases, may be empty list {NULL} */
} KoersDemoNamePool;

typedef struct {
  const char *country;        /* ISO 3166-1 alpha-2, upper case, e.g. "ER" */
  guint weight;               /* relative frequency in the demo population */
  const KoersDemoNamePool *latin;   /* names in Latin script (transliterated), never NULL */
  const KoersDemoNamePool *native;  /* names in the native script (Arabic, Ge'ez, ...) or NULL */
  guint native_percent;       /* chance 0..100 that a person from this country is written in native script */
  const char *languages;      /* comma-separated languages spoken, English names, e.g. "Tigrinya, Arabic, English" */
} KoersDemoCountry;

/* The table of countries, terminated by an entry with country == NULL. */
const KoersDemoCountry *koers_demo_countries (void);

/* Dutch-sounding fictional staff names (given + family), NULL-terminated, at least 12. */
const char *const *koers_demo_staff_names (void);

/* Fictional referrers (organisation kinds, not real people): e.g. "Night shelter staff",
 * "Legal aid volunteer", "Church community", ... NULL-terminated, at least 8, in English. */
const char *const *koers_demo_referrers (void);

G_END_DECLS
