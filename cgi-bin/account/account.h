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
/* GET /account/delete: 303 to /account/privacy/erase (erase.c). */
int delete_redirect_fn(struct request *req);
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

/* Your data (issue 14), under /account/privacy:
 *   privacy.c   GET  /account/privacy            what we keep (retention.h), and the way on
 *   export.c    GET  /account/privacy/export     make an export, download the last one
 *               POST /account/privacy/export
 *               GET  /account/privacy/export.json, .html  (X-Accel-Redirect to nginx)
 *   erase.c     GET/POST /account/privacy/erase   the two ways to leave (community/erase.h)
 *   looked.c    GET  /account/privacy/looked     who opened his data (the audit log)
 *   consents.c  GET  /account/privacy/consents, POST .../withdraw
 *   admin_user.c  GET /admin/users/<id>          an admin opens one account (audited)
 *   admin_retention.c  GET/POST /admin/retention  the retention periods */
int privacy_fn(struct request *req);
int export_page_fn(struct request *req);
int export_make_fn(struct request *req);
int export_json_fn(struct request *req);
int export_html_fn(struct request *req);
int erase_form_fn(struct request *req);
int erase_fn(struct request *req);
extern const struct field erase_fields[];
int looked_fn(struct request *req);
extern const struct field looked_query_fields[];
int consents_fn(struct request *req);
extern const struct field consents_query_fields[];
int consent_withdraw_fn(struct request *req);
extern const struct field consent_withdraw_fields[];
int admin_user_fn(struct request *req);
int admin_retention_fn(struct request *req);
int admin_retention_save_fn(struct request *req);
extern const struct field admin_retention_fields[];
extern const struct field admin_retention_query_fields[];

/* A local path to return to after login: only "/x", never "//host". */
const char *account_safe_next(const char *next);

#endif
