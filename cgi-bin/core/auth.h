/*
 * auth.h - roles, passwords, sessions, CSRF tokens and login throttling.
 *
 * Passwords: argon2id through libsodium (crypto_pwhash_str), with the
 *   OWASP interactive parameters (t=2, m=19 MiB) so a login costs tens of
 *   milliseconds and a stolen table is expensive to attack.
 * Sessions: a 256-bit random token in an HttpOnly, SameSite=Lax cookie;
 *   the database stores only its SHA-256, so a read of the sessions table
 *   does not let anyone log in. Logout deletes the row.
 * CSRF: the token in every form is an HMAC-SHA256 under the server
 *   secret. Logged in, it is the HMAC of the session (its token's hash):
 *   a token from another session, or from a page seen before logging in,
 *   does not work, and a cookie planted from outside changes nothing.
 *   Not logged in (the login and registration forms), it is the HMAC of a
 *   random seed cookie every browser gets. A cross-site page can neither
 *   read the cookies nor compute the HMAC. On top, a POST whose Origin
 *   (or, without one, Referer) names another site is refused
 *   (auth_same_origin). Core checks both on every POST before its
 *   handler runs.
 * Throttling: failed logins are recorded per account and per address; past
 *   THROTTLE_PER_ACCOUNT / THROTTLE_PER_ADDRESS in THROTTLE_WINDOW_MIN
 *   minutes, logins answer 429 until the window passes. Each attempt is
 *   counted before its password is checked, one at a time per account and
 *   per address (auth_attempt_begin), so parallel attempts cannot all
 *   read the same count, and an attempt that cannot be counted is not made.
 */
#ifndef OPBAK_AUTH_H
#define OPBAK_AUTH_H

#include <stddef.h>

#include "request.h"

enum role {
	ROLE_NONE = 0,
	ROLE_MEMBER,
	ROLE_COUNSELLOR,
	ROLE_COACH,
	ROLE_EMPLOYER,
	ROLE_EDITOR,
	ROLE_ADMIN,
	ROLE_COUNT
};
#define ROLE_BIT(r) (1u << (r))

#define AUTH_SESSION_COOKIE "opbak_session"
#define AUTH_CSRF_COOKIE    "opbak_csrf"
#define AUTH_CSRF_FIELD     "csrf"
#define AUTH_HASH_MAX       128 /* bytes for an encoded password hash */

/* The stored role names, NULL-ended, in enum order from ROLE_MEMBER
 * (choices[i] names role i + 1): the choices of a role field. */
extern const char *const auth_role_choices[];
/* Name of a role as stored ("member"), or NULL. */
const char *auth_role_name(int role);
/* What a role is called on a page, in the reader's language ("Support
 * person" for counsellor), or NULL. */
const char *auth_role_label(int role);
/* Role from its name, or ROLE_NONE. */
int auth_role_parse(const char *name);
/* Rights an admin gives a support person (users.may_moderate,
 * users.inbox_lead, sql/017), as bits above every ROLE_BIT, so a route's
 * role mask may name a right: the route is his when the mask has his
 * role's bit or any of his rights (app.c). An admin holds every right
 * through his role; the rights count only for a support person. */
#define AUTH_RIGHT_MODERATE (1u << 16) /* moderates the community (/mod) */
#define AUTH_RIGHT_LEAD     (1u << 17) /* lead support person: reads every conversation */
_Static_assert(ROLE_COUNT <= 16, "the rights' bits are above every role's");
/* Who moderates the community: admins, and the support persons an admin
 * gave the right. They see what is pending or hidden and work the queue
 * at /mod. */
#define AUTH_MODERATORS (ROLE_BIT(ROLE_ADMIN) | AUTH_RIGHT_MODERATE)
/* The roles that answer members' questions in the inbox (cgi-bin/inbox). */
#define AUTH_SUPPORT (ROLE_BIT(ROLE_ADMIN) | ROLE_BIT(ROLE_COUNSELLOR))
/* Who writes without the limits on members (night hold, new-member and
 * hourly caps): the staff, moderating or not. */
#define AUTH_TRUSTED_WRITERS (AUTH_MODERATORS | AUTH_SUPPORT)
/* 1 when the logged-in user's role or rights meet mask (ROLE_BIT and
 * AUTH_RIGHT_ bits). */
int auth_allows(const struct request *req, unsigned mask);
/* 1 when the logged-in user moderates (AUTH_MODERATORS). */
int auth_is_moderator(const struct request *req);

/* Initialise libsodium and read the server secret (at least 32 bytes)
 * from the file named by OPBAK_SECRET_FILE. -1 if unusable. */
int auth_init(void);
/* Use this secret instead (tests). */
void auth_set_secret(const unsigned char *secret, size_t len);

/* argon2id hash of pw into out (AUTH_HASH_MAX bytes). */
int auth_password_hash(const char *pw, char *out);
/* 0 when pw matches hash. */
int auth_password_verify(const char *hash, const char *pw);
/* 1 when a hash was made with other parameters than today's. */
int auth_password_needs_rehash(const char *hash);
/* Spend the time of a verification (for unknown accounts). */
void auth_password_dummy(const char *pw);

/* A new random token (64 hex chars + NUL). */
void auth_new_token(char out[65]);
/* Hex SHA-256 of a token: what the database stores. */
void auth_token_hash(const char *token, char out[65]);

/* The CSRF token of a browser not logged in, for its seed cookie, and of
 * a session, for its token's hash (64 hex chars + NUL each). */
void auth_csrf_for(const char *seed, char out[65]);
void auth_csrf_for_session(const char *session_hash, char out[65]);
/* An HMAC-SHA256 (64 hex chars + NUL) of message under the server
 * secret, for a purpose of its own (a short name, e.g. "calendar"): a
 * secret address the server can check without storing it. Two purposes
 * never give the same MAC for one message, nor a CSRF token's. */
void auth_mac(const char *purpose, const char *message, char out[65]);

/* Start of request: read the browser's CSRF seed, if it has one, and
 * look up the session cookie. -1 only if the database failed. */
int auth_begin(struct request *req);
/* The logged-in member's unread notifications (the header's badge): read
 * with the session, or on first use (a POST's session has no count). */
long long auth_unread(struct request *req);
/* The token to put in this page's forms: the session's when logged in,
 * else the seed's; a browser without a seed gets one (a cookie) here. */
const char *auth_csrf_token(struct request *req);
/* 0 when the POSTed token is this session's (logged in) or this
 * browser's seed's (not logged in). */
int auth_csrf_check(const struct request *req);
/* 1 when a POST may come from where it says it comes from: its Origin
 * header, or without one its Referer, names site (scheme://host[:port],
 * compared without path, default ports ignored), or neither header was
 * sent (older browsers). 0 for another site, "null" or an address that
 * cannot be read. Pure, for tests. */
int auth_same_origin(const char *origin, const char *referer, const char *site);

/* Create a session for user_id, set the cookie. */
int auth_login(struct request *req, long long user_id);
/* Delete this session server-side and clear the cookie. */
int auth_logout(struct request *req);
/* Delete every session of a user (password change keeps `keep_hash`). */
int auth_logout_everywhere(struct request *req, long long user_id, const char *keep_hash);

/* Before a password is checked for handle (a valid pseudonym, or NULL
 * when what was typed is none: then only the address counts): count the
 * attempt as a failure of this account and this address, in a
 * transaction of its own that holds both throttle keys, so parallel
 * attempts are counted one after another. 0 when the password may be
 * checked (*attempt names the failure recorded); minutes to wait while
 * throttled (nothing recorded); -1 when the database failed (nothing may
 * be checked: fail closed). */
int auth_attempt_begin(struct request *req, const char *handle, long long *attempt);
/* A login succeeded: forget every failure of the account. */
void auth_clear_failures(struct request *req, const char *handle);

/* The logged-in user confirms his password again (before a password
 * change, deleting his account, ...), throttled like a login and counted
 * against the same account and address. 0 when it is right; 429 while
 * throttled; 403 when wrong (the failure recorded); -1 on database
 * failure. Not inside a transaction of the caller's (it commits its own). */
int auth_confirm_password(struct request *req, const char *password);

/* Append an audit record: who did what to whom. */
int auth_audit(struct request *req, const char *action, long long target_user, const char *detail);

#endif
