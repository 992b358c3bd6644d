/*
 * account.h - the handlers of the account executable (see main.c).
 */
#ifndef OPBAK_ACCOUNT_H
#define OPBAK_ACCOUNT_H

#include "form.h"
#include "request.h"

int register_form_fn(struct request *req);
int register_fn(struct request *req);
int login_form_fn(struct request *req);
int login_fn(struct request *req);
int logout_fn(struct request *req);
int settings_fn(struct request *req);
int profile_fn(struct request *req);
int password_fn(struct request *req);
int delete_form_fn(struct request *req);
int delete_fn(struct request *req);
extern const struct field delete_fields[];
int admin_users_fn(struct request *req);
int admin_role_fn(struct request *req);
int admin_rights_fn(struct request *req);
int admin_topics_fn(struct request *req);
int admin_topic_save_fn(struct request *req);
int language_fn(struct request *req);
int language_save_fn(struct request *req);

/* The fields each route declares (main.c), from the handlers' files. */
extern const struct field register_fields[];
extern const struct field login_fields[];
extern const struct field login_query_fields[];
extern const struct field settings_query_fields[];
extern const struct field profile_fields[];
extern const struct field password_fields[];
extern const struct field admin_users_query_fields[];
extern const struct field admin_role_fields[];
extern const struct field admin_rights_fields[];
extern const struct field admin_topics_query_fields[];
extern const struct field admin_topic_fields[];
extern const struct field language_query_fields[];
extern const struct field language_fields[];

/* A local path to return to after login: only "/x", never "//host". */
const char *account_safe_next(const char *next);

#endif
