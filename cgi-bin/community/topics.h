/*
 * topics.h - what a topic's address (its slug, /t/<slug>) may be: 2 to
 * LIMIT_TOPIC_SLUG_MAX of the letters a-z, the digits and '-'. The
 * column is ASCII (topics.slug): a slug outside the rule cannot exist,
 * so pages answer it (404, or the form's message) before any query;
 * asking MariaDB to compare a non-ASCII string with the ASCII column
 * fails (1267 "Illegal mix of collations") and used to answer 500.
 */
#ifndef OPBAK_TOPICS_H
#define OPBAK_TOPICS_H

/* 1 when s could be a topic's slug, 0 when no topic can have it. */
int topic_slug_valid(const char *s);

#endif
