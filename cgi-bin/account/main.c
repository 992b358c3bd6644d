/*
 * account - register, log in and out, settings, delete my account, and
 * the admin's user list. The route table is the whole executable.
 */
#include "account.h"
#include "app.h"
#include "auth.h"
#include "retention.h"

static int account_fn(struct request *req);

static const struct route routes[] = {
    {"GET", "/account", account_fn, ROUTE_LOGIN, 0, NULL, NULL},
    {"GET", "/account/register", register_form_fn, 0, 0, NULL, NULL},
    {"POST", "/account/register", register_fn, ROUTE_TX, 0, NULL, register_fields},
    {"GET", "/account/login", login_form_fn, 0, 0, login_query_fields, NULL},
    {"POST", "/account/login", login_fn, 0, 0, NULL, login_fields},
    {"POST", "/account/logout", logout_fn, 0, 0, NULL, NULL},
    {"GET", "/account/settings", settings_fn, ROUTE_LOGIN, 0, settings_query_fields, NULL},
    {"POST", "/account/settings/profile", profile_fn, ROUTE_LOGIN | ROUTE_TX, 0, NULL,
     profile_fields},
    {"POST", "/account/settings/password", password_fn, ROUTE_LOGIN, 0, NULL, password_fields},
    {"POST", "/account/settings/language", language_save_fn, ROUTE_LOGIN | ROUTE_TX, 0, NULL,
     language_fields},
    {"GET", "/account/language", language_fn, 0, 0, language_query_fields, NULL},
    {"GET", "/account/delete", delete_redirect_fn, ROUTE_LOGIN, 0, NULL, NULL}, /* erase.c */
    /* Your data (account.h) */
    {"GET", "/account/privacy", privacy_fn, ROUTE_LOGIN, 0, NULL, NULL},
    {"GET", "/account/privacy/export", export_page_fn, ROUTE_LOGIN, 0, NULL, NULL},
    {"POST", "/account/privacy/export", export_make_fn, ROUTE_LOGIN, 0, NULL, NULL},
    {"GET", "/account/privacy/export.json", export_json_fn, ROUTE_LOGIN, 0, NULL, NULL},
    {"GET", "/account/privacy/export.html", export_html_fn, ROUTE_LOGIN, 0, NULL, NULL},
    {"GET", "/account/privacy/erase", erase_form_fn, ROUTE_LOGIN, 0, NULL, NULL},
    {"POST", "/account/privacy/erase", erase_fn, ROUTE_LOGIN, 0, NULL, erase_fields},
    {"GET", "/account/privacy/looked", looked_fn, ROUTE_LOGIN, 0, looked_query_fields, NULL},
    {"GET", "/account/privacy/consents", consents_fn, ROUTE_LOGIN, 0, consents_query_fields, NULL},
    {"POST", "/account/privacy/consents/withdraw", consent_withdraw_fn, ROUTE_LOGIN | ROUTE_TX, 0,
     NULL, consent_withdraw_fields},
    {"GET", "/admin/users", admin_users_fn, 0, ROLE_BIT(ROLE_ADMIN), admin_users_query_fields,
     NULL},
    {"POST", "/admin/users/role", admin_role_fn, ROUTE_TX, ROLE_BIT(ROLE_ADMIN), NULL,
     admin_role_fields},
    {"POST", "/admin/users/rights", admin_rights_fn, ROUTE_TX, ROLE_BIT(ROLE_ADMIN), NULL,
     admin_rights_fields},
    {"GET", "/admin/users/#", admin_user_fn, 0, ROLE_BIT(ROLE_ADMIN), NULL, NULL},
    {"GET", "/admin/retention", admin_retention_fn, 0, ROLE_BIT(ROLE_ADMIN),
     admin_retention_query_fields, NULL},
    {"POST", "/admin/retention", admin_retention_save_fn, ROUTE_TX, ROLE_BIT(ROLE_ADMIN), NULL,
     admin_retention_fields},
    {"GET", "/admin/topics", admin_topics_fn, 0, ROLE_BIT(ROLE_ADMIN), admin_topics_query_fields,
     NULL},
    {"POST", "/admin/topics", admin_topic_save_fn, ROUTE_TX, ROLE_BIT(ROLE_ADMIN), NULL,
     admin_topic_fields},
};

static const char *const templates[] = {"account", NULL};

static const struct app app = {
    "account", routes,           sizeof routes / sizeof routes[0],
    templates, "/account/login", retention_hourly, /* community/retention.h: on start, then daily */
};

#include "response.h"

static int account_fn(struct request *req)
{
	return res_redirect(req, "/account/settings");
}

int main(int argc, char **argv)
{
	return app_main(argc, argv, &app);
}
