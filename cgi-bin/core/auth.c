/*
 * auth.c - see auth.h for the design. SQL lives at the top, named.
 */
#include "auth.h"

#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "db.h"
#include "i18n.h"
#include "limits.h"
#include "log.h"
#include "response.h"
#include "text.h"

/* A page's request: the member, his unread count (the header's badge) and
 * the site's version (frag.h) in one statement, so a page made of kept
 * pieces needs no other. A POST answers with a redirect nearly always:
 * the member alone, and page_begin() asks for the count when it shows a
 * page after all (auth_unread). */
#define SESSION_COLUMNS                                                                            \
	"SELECT u.id AS user_id, u.handle AS handle, u.role AS role, u.lang AS lang, "             \
	"u.may_moderate AS may_moderate, u.inbox_lead AS inbox_lead "
#define SESSION_FROM                                                                               \
	"FROM sessions s JOIN users u ON u.id = s.user_id "                                        \
	"WHERE s.token_hash = ? AND s.expires_at > NOW()"
#define SQL_UNREAD_OF(user)                                                                        \
	"SELECT COUNT(*) AS unread FROM notifications n WHERE n.user_id = " user                   \
	" AND n.read_at IS NULL"
/* The goals' chats (sql/023): messages he has not read, and whether he
 * has a chat at all (the header's link), from his chat_members rows. */
#define SQL_CHAT_UNREAD_OF(user)                                                                   \
	"SELECT CAST(COALESCE(SUM(c.last_seq - m.last_read_seq), 0) AS SIGNED) "                   \
	"FROM chat_members m JOIN chats c ON c.id = m.chat_id WHERE m.user_id = " user
#define SQL_CHATS_OF(user) "SELECT COUNT(*) FROM chat_members m WHERE m.user_id = " user
/* clang-format off */
static const char SQL_SESSION[] = SESSION_COLUMNS
    ", (" SQL_UNREAD_OF("u.id") ") AS unread"
    ", (" SQL_CHAT_UNREAD_OF("u.id") ") AS chat_unread"
    ", (" SQL_CHATS_OF("u.id") ") AS chats"
    ", (SELECT CAST(COALESCE(SUM(n), 0) AS SIGNED) FROM site_changes) AS site_version "
    SESSION_FROM;
/* clang-format on */
static const char SQL_SESSION_POST[] = SESSION_COLUMNS SESSION_FROM;
static const char SQL_UNREAD[] =
    "SELECT (" SQL_UNREAD_OF("?") ") AS unread, "
                                  "(" SQL_CHAT_UNREAD_OF("?") ") AS chat_unread, "
                                                              "(" SQL_CHATS_OF("?") ") AS chats";
static const char SQL_SESSION_NEW[] = "INSERT INTO sessions (token_hash, user_id, expires_at) "
                                      "VALUES (?, ?, NOW() + INTERVAL ? DAY)";
static const char SQL_SESSION_DELETE[] = "DELETE FROM sessions WHERE token_hash = ?";
static const char SQL_SESSION_DELETE_USER[] =
    "DELETE FROM sessions WHERE user_id = ? AND token_hash <> ?";
static const char SQL_SESSION_EXPIRE[] = "DELETE FROM sessions WHERE expires_at < NOW() LIMIT 100";
/* Takes (or creates and takes) the row lock of the account's key, then
 * the address's, until the transaction ends (sql/005_login_throttle.sql).
 * Always in that order, so two attempts never wait for each other. */
static const char SQL_THROTTLE_LOCK[] =
    "INSERT INTO login_throttle_keys (throttle_key) VALUES (?), (?) "
    "ON DUPLICATE KEY UPDATE touched_at = NOW()";
static const char SQL_THROTTLE[] = "SELECT (SELECT COUNT(*) FROM login_failures WHERE handle = ? "
                                   "         AND at > NOW() - INTERVAL ? MINUTE) AS by_account, "
                                   "       (SELECT COUNT(*) FROM login_failures WHERE address = ? "
                                   "         AND at > NOW() - INTERVAL ? MINUTE) AS by_address";
static const char SQL_FAILURE_ADD[] = "INSERT INTO login_failures (handle, address) VALUES (?, ?)";
static const char SQL_FAILURE_FORGET[] = "DELETE FROM login_failures WHERE id = ?";
static const char SQL_FAILURE_PRUNE[] =
    "DELETE FROM login_failures WHERE at < NOW() - INTERVAL 1 DAY LIMIT 100";
static const char SQL_THROTTLE_PRUNE[] =
    "DELETE FROM login_throttle_keys WHERE touched_at < NOW() - INTERVAL 1 DAY LIMIT 100";
static const char SQL_FAILURE_CLEAR[] = "DELETE FROM login_failures WHERE handle = ?";
static const char SQL_OWN_HASH[] = "SELECT password_hash FROM users WHERE id = ?";
static const char SQL_AUDIT[] = "INSERT INTO audit_log (actor_id, action, target_id, detail) "
                                "VALUES (NULLIF(?, 0), ?, NULLIF(?, 0), ?)";

/* Rounds of counting a login attempt when its transaction loses a lock
 * conflict, as core runs a ROUTE_TX handler (app.h TX_ATTEMPTS). */
#define AUTH_LOCK_ATTEMPTS 6

/* OWASP's argon2id recommendation: 19 MiB, 2 passes, 1 lane. */
#define PW_OPSLIMIT 2
#define PW_MEMLIMIT (19u * 1024u * 1024u)

/* Stored role names in enum order from ROLE_MEMBER (index + 1 = role). */
const char *const auth_role_choices[] = {
    "member", "counsellor", "coach", "employer", "editor", "admin", NULL,
};
_Static_assert(sizeof auth_role_choices / sizeof auth_role_choices[0] == ROLE_COUNT,
               "a name for every role");

/* Worker-lifetime: the server secret for CSRF tokens. */
static unsigned char secret[64];
static size_t secret_len;

const char *auth_role_name(int role)
{
	return role > ROLE_NONE && role < ROLE_COUNT ? auth_role_choices[role - 1] : NULL;
}

const char *auth_role_label(int role)
{
	/* In enum order from ROLE_MEMBER, as auth_role_choices. */
	static const char *const labels[] = {
	    N_("Member"),   N_("Support person"), N_("Coach"),
	    N_("Employer"), N_("Editor"),         N_("Admin"),
	};
	_Static_assert(sizeof labels / sizeof labels[0] == ROLE_COUNT - 1,
	               "a label for every role");
	return role > ROLE_NONE && role < ROLE_COUNT ? _(labels[role - 1]) : NULL;
}

int auth_role_parse(const char *name)
{
	for (int r = ROLE_MEMBER; name && r < ROLE_COUNT; r++)
		if (strcmp(name, auth_role_choices[r - 1]) == 0)
			return r;
	return ROLE_NONE;
}

int auth_allows(const struct request *req, unsigned mask)
{
	return req->user.id && (mask & (ROLE_BIT(req->user.role) | req->user.rights));
}

int auth_is_moderator(const struct request *req)
{
	return auth_allows(req, AUTH_MODERATORS);
}

void auth_set_secret(const unsigned char *s, size_t len)
{
	secret_len = len < sizeof secret ? len : sizeof secret;
	memcpy(secret, s, secret_len);
}

int auth_init(void)
{
	if (sodium_init() < 0)
		return -1;
	const char *path = getenv("OPBAK_SECRET_FILE");
	FILE *f = path ? fopen(path, "rb") : NULL;
	if (!f) {
		log_msg(NULL, "auth: OPBAK_SECRET_FILE is not set or cannot be read");
		return -1;
	}
	unsigned char s[sizeof secret];
	size_t n = fread(s, 1, sizeof s, f);
	fclose(f);
	if (n < 32) {
		log_msg(NULL, "auth: the secret file holds fewer than 32 bytes");
		return -1;
	}
	auth_set_secret(s, n);
	sodium_memzero(s, sizeof s);
	return 0;
}

int auth_password_hash(const char *pw, char *out)
{
	return crypto_pwhash_str_alg(out, pw, strlen(pw), PW_OPSLIMIT, PW_MEMLIMIT,
	                             crypto_pwhash_ALG_ARGON2ID13);
}

int auth_password_verify(const char *hash, const char *pw)
{
	return crypto_pwhash_str_verify(hash, pw, strlen(pw)) == 0 ? 0 : -1;
}

int auth_password_needs_rehash(const char *hash)
{
	return crypto_pwhash_str_needs_rehash(hash, PW_OPSLIMIT, PW_MEMLIMIT) != 0;
}

void auth_password_dummy(const char *pw)
{
	/* Same work as a real check, so timing does not tell whether an
	 * account exists. The hash is computed once per worker. */
	static char dummy[crypto_pwhash_STRBYTES];
	if (!dummy[0])
		auth_password_hash("opbak-dummy-password", dummy);
	(void)auth_password_verify(dummy, pw);
}

void auth_new_token(char out[65])
{
	unsigned char raw[32];
	randombytes_buf(raw, sizeof raw);
	text_hex(raw, sizeof raw, out);
}

void auth_token_hash(const char *token, char out[65])
{
	unsigned char h[crypto_hash_sha256_BYTES];
	crypto_hash_sha256(h, (const unsigned char *)token, strlen(token));
	text_hex(h, sizeof h, out);
}

/* HMAC-SHA256(secret, kind || value) in hex. The kinds differ, so a
 * seed's token is never a session's. */
static void csrf_mac(const char *kind, const char *value, char out[65])
{
	unsigned char mac[crypto_auth_hmacsha256_BYTES];
	crypto_auth_hmacsha256_state st;
	crypto_auth_hmacsha256_init(&st, secret, secret_len);
	crypto_auth_hmacsha256_update(&st, (const unsigned char *)kind, strlen(kind));
	crypto_auth_hmacsha256_update(&st, (const unsigned char *)value, strlen(value));
	crypto_auth_hmacsha256_final(&st, mac);
	text_hex(mac, sizeof mac, out);
}

void auth_csrf_for(const char *seed, char out[65])
{
	csrf_mac("csrf:", seed, out);
}

void auth_csrf_for_session(const char *session_hash, char out[65])
{
	csrf_mac("csrf-session:", session_hash, out);
}

void auth_mac(const char *purpose, const char *message, char out[65])
{
	char domain[64];
	snprintf(domain, sizeof domain, "mac-%s:", purpose);
	csrf_mac(domain, message, out);
}

static int is_hex64(const char *s)
{
	if (!s || strlen(s) != 64)
		return 0;
	for (; *s; s++)
		if (!((*s >= '0' && *s <= '9') || (*s >= 'a' && *s <= 'f')))
			return 0;
	return 1;
}

int auth_begin(struct request *req)
{
	/* A visitor's seed comes with the first page that shows him a form
	 * (auth_csrf_token), so pages without one set no cookie. */
	const char *seed = req_cookie(req, AUTH_CSRF_COOKIE);
	req->csrf_token = NULL; /* belongs to the seed chosen here */
	req->csrf_seed = is_hex64(seed) ? seed : NULL;

	const char *token = req_cookie(req, AUTH_SESSION_COOKIE);
	if (!is_hex64(token))
		return 0;
	char hash[65];
	auth_token_hash(token, hash);
	int post = strcmp(req->method, "POST") == 0;
	struct db_rows *r = db_query(req, post ? SQL_SESSION_POST : SQL_SESSION, db_text(hash));
	if (!r)
		return -1;
	if (r->nrows == 0) {
		res_cookie(req, AUTH_SESSION_COOKIE, "", 0); /* expired or logged out */
		return 0;
	}
	req->user.id = db_get_int(r, 0, "user_id");
	req->user.handle = db_get(r, 0, "handle");
	req->user.role = auth_role_parse(db_get(r, 0, "role"));
	/* A right is a support person's (sql/017): a role changed away
	 * from it leaves none behind, whatever the row says. */
	req->user.rights = 0;
	if (req->user.role == ROLE_COUNSELLOR) {
		if (db_get_int(r, 0, "may_moderate"))
			req->user.rights |= AUTH_RIGHT_MODERATE;
		if (db_get_int(r, 0, "inbox_lead"))
			req->user.rights |= AUTH_RIGHT_LEAD;
	}
	/* His own language, when he chose one, over the visitor's. */
	i18n_use(db_get(r, 0, "lang"));
	if (!post) {
		req->user.unread = db_get_int(r, 0, "unread");
		req->user.chat_unread = db_get_int(r, 0, "chat_unread");
		req->user.chats = db_get_int(r, 0, "chats");
		req->user.unread_known = 1;
		req->site_version = db_get_int(r, 0, "site_version");
		req->site_version_known = 1;
	}
	req->session_hash = arena_strdup(req->arena, hash);
	return 0;
}

long long auth_unread(struct request *req)
{
	if (req->user.id && !req->user.unread_known) {
		long long me = req->user.id;
		struct db_rows *r = db_query(req, SQL_UNREAD, db_int(me), db_int(me), db_int(me));
		int ok = r && r->nrows == 1;
		req->user.unread = ok ? db_get_int(r, 0, "unread") : 0;
		req->user.chat_unread = ok ? db_get_int(r, 0, "chat_unread") : 0;
		req->user.chats = ok ? db_get_int(r, 0, "chats") : 0;
		req->user.unread_known = 1;
	}
	return req->user.unread;
}

const char *auth_csrf_token(struct request *req)
{
	/* A page puts it in the frame, the content and every form of a
	 * post's backings: one HMAC per request is enough. (A login or a
	 * logout answers with a redirect, never with a form, so the token
	 * kept here is never one of a session that began or ended since.) */
	if (!req->csrf_token) {
		char tok[65];
		if (!req->session_hash && !req->csrf_seed) {
			char fresh[65];
			auth_new_token(fresh);
			req->csrf_seed = arena_strdup(req->arena, fresh);
			res_cookie(req, AUTH_CSRF_COOKIE, fresh, 365L * 24 * 3600);
		}
		if (req->session_hash)
			auth_csrf_for_session(req->session_hash, tok);
		else
			auth_csrf_for(req->csrf_seed, tok);
		req->csrf_token = arena_strdup(req->arena, tok);
	}
	return req->csrf_token;
}

int auth_csrf_check(const struct request *req)
{
	const char *sent = req_form(req, AUTH_CSRF_FIELD);
	if (!sent)
		return -1;
	char want[65];
	if (req->session_hash) {
		auth_csrf_for_session(req->session_hash, want);
	} else {
		const char *seed = req_cookie(req, AUTH_CSRF_COOKIE);
		if (!is_hex64(seed))
			return -1;
		auth_csrf_for(seed, want);
	}
	return text_equal_ct(sent, want) ? 0 : -1;
}

/* The origin of an absolute http(s) URL, "scheme://host:port" in lower
 * case with the port always written, into out; -1 when url is none
 * (another scheme, user info, no host, a bad port, too long). */
static int origin_of(const char *url, char *out, size_t outlen)
{
	const char *scheme, *port;
	if (text_starts_ci(url, "http://")) {
		scheme = "http";
		port = "80";
		url += 7;
	} else if (text_starts_ci(url, "https://")) {
		scheme = "https";
		port = "443";
		url += 8;
	} else {
		return -1;
	}
	size_t hostlen = strcspn(url, "/?#");
	const char *colon = NULL;
	for (size_t i = 0; i < hostlen; i++) {
		char c = url[i];
		if (c == ']')
			colon = NULL; /* a colon inside [IPv6] is not the port's */
		else if (c == ':')
			colon = url + i;
		else if (c == '@' || (unsigned char)c <= ' ' || (unsigned char)c >= 0x7f)
			return -1;
	}
	size_t namelen = colon ? (size_t)(colon - url) : hostlen;
	char portbuf[6];
	if (colon) {
		size_t plen = hostlen - namelen - 1;
		if (plen == 0 || plen >= sizeof portbuf || strspn(colon + 1, "0123456789") < plen)
			return -1;
		memcpy(portbuf, colon + 1, plen);
		portbuf[plen] = '\0';
		port = portbuf;
		while (port[0] == '0' && port[1])
			port++;
	}
	if (namelen == 0 || strlen(scheme) + namelen + strlen(port) + 5 > outlen)
		return -1;
	int n = snprintf(out, outlen, "%s://%.*s:%s", scheme, (int)namelen, url, port);
	for (char *p = out; p < out + n; p++)
		if (*p >= 'A' && *p <= 'Z')
			*p = (char)(*p - 'A' + 'a');
	return 0;
}

int auth_same_origin(const char *origin, const char *referer, const char *site)
{
	const char *from = origin && *origin ? origin : referer;
	if (!from || !*from)
		return 1; /* sent by neither: nothing to compare (old browsers) */
	char theirs[300], ours[300];
	if (!site || origin_of(site, ours, sizeof ours) < 0 ||
	    origin_of(from, theirs, sizeof theirs) < 0)
		return 0; /* "null", another scheme, or garbage */
	return strcmp(theirs, ours) == 0;
}

int auth_login(struct request *req, long long user_id)
{
	char token[65], hash[65];
	auth_new_token(token);
	auth_token_hash(token, hash);
	if (db_exec(req, SQL_SESSION_NEW, db_text(hash), db_int(user_id), db_int(SESSION_DAYS)) < 0)
		return -1;
	db_exec(req, SQL_SESSION_EXPIRE);
	res_cookie(req, AUTH_SESSION_COOKIE, token, (long)SESSION_DAYS * 24 * 3600);
	req->session_hash = arena_strdup(req->arena, hash);
	return 0;
}

int auth_logout(struct request *req)
{
	res_cookie(req, AUTH_SESSION_COOKIE, "", 0);
	if (!req->session_hash)
		return 0;
	return db_exec(req, SQL_SESSION_DELETE, db_text(req->session_hash)) < 0 ? -1 : 0;
}

int auth_logout_everywhere(struct request *req, long long user_id, const char *keep_hash)
{
	return db_exec(req, SQL_SESSION_DELETE_USER, db_int(user_id),
	               db_text(keep_hash ? keep_hash : "")) < 0
	           ? -1
	           : 0;
}

/* Inside the transaction of auth_attempt_begin: lock both keys, count,
 * and record the attempt. 0, minutes to wait, or -1. */
static int count_attempt(struct request *req, const char *handle, const char *addr,
                         long long *attempt)
{
	const char *by_address = arena_printf(req->arena, "a:%s", addr);
	/* Without a pseudonym the address's key stands in for the account's:
	 * locking it twice in one statement is locking it once. */
	const char *by_account = *handle ? arena_printf(req->arena, "h:%s", handle) : by_address;
	if (db_exec(req, SQL_THROTTLE_LOCK, db_text(by_account), db_text(by_address)) < 0)
		return -1;
	struct db_rows *r =
	    db_query(req, SQL_THROTTLE, db_text(handle), db_int(THROTTLE_WINDOW_MIN), db_text(addr),
	             db_int(THROTTLE_WINDOW_MIN));
	if (!r)
		return -1;
	if ((*handle && db_get_int(r, 0, "by_account") >= THROTTLE_PER_ACCOUNT) ||
	    db_get_int(r, 0, "by_address") >= THROTTLE_PER_ADDRESS)
		return THROTTLE_WINDOW_MIN;
	if (db_exec(req, SQL_FAILURE_ADD, db_text(handle), db_text(addr)) < 0)
		return -1;
	*attempt = db_last_id();
	return 0;
}

int auth_attempt_begin(struct request *req, const char *handle, long long *attempt)
{
	const char *addr = req->remote_addr ? req->remote_addr : "";
	*attempt = 0;
	for (int round = 1;; round++) {
		if (db_begin(req) < 0)
			return -1;
		int wait = count_attempt(req, handle ? handle : "", addr, attempt);
		if (wait >= 0 && db_commit(req) == 0) {
			/* Old rows go a few at a time, outside the locks. */
			db_exec(req, SQL_FAILURE_PRUNE);
			db_exec(req, SQL_THROTTLE_PRUNE);
			req->db_failed = 0; /* a prune that failed changes nothing */
			return wait;
		}
		if (wait < 0)
			db_rollback(req);
		if (!db_must_retry() || round == AUTH_LOCK_ATTEMPTS)
			return -1;
		/* A lock conflict (not expected with one lock order, but
		 * InnoDB may choose a victim): count again from the start. */
		log_msg(req->id, "auth: lock conflict counting a login attempt (%d)", round);
		db_request_done(req);
		req->db_failed = 0;
		*attempt = 0;
		usleep(200 + randombytes_uniform(1000u << round));
	}
}

/* The password was right: the attempt is not a failure after all. */
static void attempt_forget(struct request *req, long long attempt)
{
	if (attempt > 0)
		db_exec(req, SQL_FAILURE_FORGET, db_int(attempt));
}

void auth_clear_failures(struct request *req, const char *handle)
{
	db_exec(req, SQL_FAILURE_CLEAR, db_text(handle));
}

int auth_confirm_password(struct request *req, const char *password)
{
	long long attempt;
	int wait = auth_attempt_begin(req, req->user.handle, &attempt);
	if (wait != 0)
		return wait < 0 ? -1 : 429;
	struct db_rows *r = db_query(req, SQL_OWN_HASH, db_int(req->user.id));
	if (!r || r->nrows != 1)
		return -1;
	if (auth_password_verify(db_get(r, 0, "password_hash"), password) < 0)
		return 403; /* counted already */
	attempt_forget(req, attempt);
	return 0;
}

int auth_audit(struct request *req, const char *action, long long target_user, const char *detail)
{
	return db_exec(req, SQL_AUDIT, db_int(req->user.id), db_text(action), db_int(target_user),
	               db_text(detail ? detail : "")) < 0
	           ? -1
	           : 0;
}
