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

/*
 * A topic's words in the request's language (sql/013): join topics t to
 * TOPIC_TEXTS_JOIN, whose one parameter is the language
 * (db_text(i18n_lang())), and select TOPIC_NAME("x") for a column x with
 * the name and a column x_lang with the language it is in: a topic with
 * no words in this language shows its default ones, which are English
 * (the admin's "Name" and "Description"), and a page marks them so
 * (lang="{{x_lang}}") for screen readers and the untranslated-text check.
 */
#define TOPIC_TEXTS_JOIN "LEFT JOIN topic_texts tt ON tt.topic_id = t.id AND tt.lang = ? "
#define TOPIC_NAME(as)                                                                             \
	"COALESCE(tt.name, t.name) AS " as ", IF(tt.name IS NULL, 'en', tt.lang) AS " as "_lang "
#define TOPIC_DESCRIPTION(as)                                                                      \
	"COALESCE(tt.description, t.description) AS " as                                           \
	", IF(tt.description IS NULL, 'en', tt.lang) AS " as "_lang "

#endif
