/*
 * test_auth.c - the parts of auth.c that need no database: password
 * hashing (argon2id), session tokens, CSRF tokens and the CSRF check on a
 * hand-built request (bound to the session when there is one), the
 * Origin/Referer comparison, cookies kept off cacheable answers, and role
 * names.
 *
 * The group setup initialises libsodium and installs a fixed server
 * secret, as auth_init() would from OPBAK_SECRET_FILE.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>
#include <sodium.h>

#include "arena.h"
#include "auth.h"
#include "request.h"
#include "response.h"

static const unsigned char SECRET[32] = "0123456789abcdef0123456789abcdef";
static const unsigned char OTHER_SECRET[32] = "fedcba9876543210fedcba9876543210";

/* A valid-looking seed cookie: 64 lowercase hex characters. */
static const char SEED[] = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
static const char SEED2[] = "ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100";

static int setup(void **state)
{
	(void)state;
	if (sodium_init() < 0)
		return -1;
	auth_set_secret(SECRET, sizeof SECRET);
	return 0;
}

static int is_lower_hex(const char *s, size_t n)
{
	if (strlen(s) != n)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
			return 0;
	return 1;
}

/* ---- passwords ----------------------------------------------------------- */

static void test_password_hash_is_argon2id(void **state)
{
	(void)state;
	char h[AUTH_HASH_MAX];
	assert_int_equal(auth_password_hash("correct horse battery", h), 0);
	assert_true(strncmp(h, "$argon2id$", 10) == 0);
	assert_true(strlen(h) < AUTH_HASH_MAX);
	assert_null(strstr(h, "correct horse"));
}

static void test_password_verify_accepts_right_password(void **state)
{
	(void)state;
	char h[AUTH_HASH_MAX];
	assert_int_equal(auth_password_hash("correct horse battery", h), 0);
	assert_int_equal(auth_password_verify(h, "correct horse battery"), 0);
}

static void test_password_verify_rejects_wrong_password(void **state)
{
	(void)state;
	char h[AUTH_HASH_MAX];
	assert_int_equal(auth_password_hash("correct horse battery", h), 0);
	assert_int_equal(auth_password_verify(h, "correct horse batterY"), -1);
	assert_int_equal(auth_password_verify(h, "correct horse battery "), -1);
	assert_int_equal(auth_password_verify(h, ""), -1);
}

static void test_password_verify_rejects_garbage_hash(void **state)
{
	(void)state;
	assert_int_equal(auth_password_verify("not a hash", "anything"), -1);
	assert_int_equal(auth_password_verify("", ""), -1);
}

static void test_password_hashes_of_same_password_differ(void **state)
{
	(void)state;
	char h1[AUTH_HASH_MAX], h2[AUTH_HASH_MAX];
	assert_int_equal(auth_password_hash("same password", h1), 0);
	assert_int_equal(auth_password_hash("same password", h2), 0);
	assert_string_not_equal(h1, h2);
	assert_int_equal(auth_password_verify(h1, "same password"), 0);
	assert_int_equal(auth_password_verify(h2, "same password"), 0);
}

static void test_password_fresh_hash_needs_no_rehash(void **state)
{
	(void)state;
	char h[AUTH_HASH_MAX];
	assert_int_equal(auth_password_hash("another password", h), 0);
	assert_int_equal(auth_password_needs_rehash(h), 0);
}

static void test_password_weaker_hash_needs_rehash(void **state)
{
	(void)state;
	char h[crypto_pwhash_STRBYTES];
	assert_int_equal(crypto_pwhash_str_alg(h, "pw", 2, crypto_pwhash_OPSLIMIT_MIN,
					       crypto_pwhash_MEMLIMIT_MIN,
					       crypto_pwhash_ALG_ARGON2ID13),
			 0);
	assert_int_equal(auth_password_needs_rehash(h), 1);
}

/* ---- session tokens ------------------------------------------------------ */

static void test_new_token_is_64_lowercase_hex(void **state)
{
	(void)state;
	char t[65];
	auth_new_token(t);
	assert_true(is_lower_hex(t, 64));
}

static void test_new_tokens_differ(void **state)
{
	(void)state;
	char t1[65], t2[65];
	auth_new_token(t1);
	auth_new_token(t2);
	assert_string_not_equal(t1, t2);
}

static void test_token_hash_is_deterministic_hex_and_not_the_token(void **state)
{
	(void)state;
	char t[65], h1[65], h2[65];
	auth_new_token(t);
	auth_token_hash(t, h1);
	auth_token_hash(t, h2);
	assert_true(is_lower_hex(h1, 64));
	assert_string_equal(h1, h2);
	assert_string_not_equal(h1, t);
}

static void test_token_hash_is_sha256(void **state)
{
	(void)state;
	char h[65];
	auth_token_hash("abc", h);
	assert_string_equal(h, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

/* ---- CSRF tokens --------------------------------------------------------- */

static void test_csrf_for_is_deterministic_per_seed(void **state)
{
	(void)state;
	char c1[65], c2[65];
	auth_csrf_for(SEED, c1);
	auth_csrf_for(SEED, c2);
	assert_true(is_lower_hex(c1, 64));
	assert_string_equal(c1, c2);
	assert_string_not_equal(c1, SEED);
}

static void test_csrf_for_differs_for_another_seed(void **state)
{
	(void)state;
	char c1[65], c2[65];
	auth_csrf_for(SEED, c1);
	auth_csrf_for(SEED2, c2);
	assert_string_not_equal(c1, c2);
}

static void test_csrf_for_differs_for_another_secret(void **state)
{
	(void)state;
	char c1[65], c2[65];
	auth_csrf_for(SEED, c1);
	auth_set_secret(OTHER_SECRET, sizeof OTHER_SECRET);
	auth_csrf_for(SEED, c2);
	auth_set_secret(SECRET, sizeof SECRET);
	assert_string_not_equal(c1, c2);
}

/* A POST request whose form holds only the csrf field (none when token
 * is NULL) and whose cookies hold only the seed (none when seed is NULL). */
struct csrf_request {
	struct arena arena;
	struct response res;
	struct kv form_item, cookie_item;
	struct request req;
};

static void csrf_request(struct csrf_request *c, const char *token, const char *seed)
{
	memset(c, 0, sizeof *c);
	c->req.arena = &c->arena;
	c->req.res = &c->res;
	c->req.method = "POST";
	c->req.path = "/";
	if (token) {
		c->form_item = (struct kv){AUTH_CSRF_FIELD, token, strlen(token)};
		c->req.form = (struct kvlist){&c->form_item, 1};
	}
	if (seed) {
		c->cookie_item = (struct kv){AUTH_CSRF_COOKIE, seed, strlen(seed)};
		c->req.cookies = (struct kvlist){&c->cookie_item, 1};
	}
}

static void test_csrf_check_accepts_right_token(void **state)
{
	(void)state;
	char tok[65];
	struct csrf_request c;
	auth_csrf_for(SEED, tok);
	csrf_request(&c, tok, SEED);
	assert_int_equal(auth_csrf_check(&c.req), 0);
	arena_free(&c.arena);
}

static void test_csrf_check_rejects_missing_token(void **state)
{
	(void)state;
	struct csrf_request c;
	csrf_request(&c, NULL, SEED);
	assert_int_equal(auth_csrf_check(&c.req), -1);
	arena_free(&c.arena);
}

static void test_csrf_check_rejects_empty_token(void **state)
{
	(void)state;
	struct csrf_request c;
	csrf_request(&c, "", SEED);
	assert_int_equal(auth_csrf_check(&c.req), -1);
	arena_free(&c.arena);
}

static void test_csrf_check_rejects_wrong_token(void **state)
{
	(void)state;
	char tok[65];
	struct csrf_request c;
	auth_csrf_for(SEED, tok);
	tok[10] = tok[10] == 'a' ? 'b' : 'a';
	csrf_request(&c, tok, SEED);
	assert_int_equal(auth_csrf_check(&c.req), -1);
	arena_free(&c.arena);
}

static void test_csrf_check_rejects_truncated_token(void **state)
{
	(void)state;
	char tok[65];
	struct csrf_request c;
	auth_csrf_for(SEED, tok);
	tok[63] = '\0';
	csrf_request(&c, tok, SEED);
	assert_int_equal(auth_csrf_check(&c.req), -1);
	arena_free(&c.arena);
}

static void test_csrf_check_rejects_token_for_another_seed(void **state)
{
	(void)state;
	char tok[65];
	struct csrf_request c;
	auth_csrf_for(SEED2, tok);
	csrf_request(&c, tok, SEED);
	assert_int_equal(auth_csrf_check(&c.req), -1);
	arena_free(&c.arena);
}

static void test_csrf_check_rejects_missing_seed_cookie(void **state)
{
	(void)state;
	char tok[65];
	struct csrf_request c;
	auth_csrf_for(SEED, tok);
	csrf_request(&c, tok, NULL);
	assert_int_equal(auth_csrf_check(&c.req), -1);
	arena_free(&c.arena);
}

static void test_csrf_check_rejects_short_seed_cookie(void **state)
{
	(void)state;
	/* The token is right for the short seed, but such a seed is never
	 * one we issued. */
	char tok[65];
	struct csrf_request c;
	auth_csrf_for("abc", tok);
	csrf_request(&c, tok, "abc");
	assert_int_equal(auth_csrf_check(&c.req), -1);
	auth_csrf_for("", tok);
	csrf_request(&c, tok, "");
	assert_int_equal(auth_csrf_check(&c.req), -1);
	arena_free(&c.arena);
}

static void test_csrf_check_rejects_non_hex_seed_cookie(void **state)
{
	(void)state;
	char seed[65], tok[65];
	struct csrf_request c;
	memcpy(seed, SEED, sizeof seed);
	seed[0] = 'G';
	auth_csrf_for(seed, tok);
	csrf_request(&c, tok, seed);
	assert_int_equal(auth_csrf_check(&c.req), -1);
	arena_free(&c.arena);
}

static void test_csrf_token_matches_check(void **state)
{
	(void)state;
	struct csrf_request c;
	csrf_request(&c, NULL, SEED);
	c.req.csrf_seed = SEED;
	const char *tok = auth_csrf_token(&c.req);
	c.form_item = (struct kv){AUTH_CSRF_FIELD, tok, strlen(tok)};
	c.req.form = (struct kvlist){&c.form_item, 1};
	assert_int_equal(auth_csrf_check(&c.req), 0);
	arena_free(&c.arena);
}

/* ---- CSRF bound to the session (issue 8, finding 6) ----------------------- */

static const char SESSION[] = "5e55105e55105e55105e55105e55105e55105e55105e55105e55105e55105e51";
static const char SESSION2[] = "abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789";

static void test_csrf_session_token_is_neither_the_seeds_nor_another_sessions(void **state)
{
	(void)state;
	char s1[65], s2[65], seed[65];
	auth_csrf_for_session(SESSION, s1);
	auth_csrf_for_session(SESSION2, s2);
	auth_csrf_for(SESSION, seed); /* the same text as a seed */
	assert_true(is_lower_hex(s1, 64));
	assert_string_not_equal(s1, s2);
	assert_string_not_equal(s1, seed);
}

static void test_csrf_check_logged_in_accepts_the_sessions_token(void **state)
{
	(void)state;
	char tok[65];
	struct csrf_request c;
	auth_csrf_for_session(SESSION, tok);
	csrf_request(&c, tok, SEED);
	c.req.session_hash = SESSION;
	assert_int_equal(auth_csrf_check(&c.req), 0);
	/* no seed cookie needed: the session is what the token is bound to */
	csrf_request(&c, tok, NULL);
	c.req.session_hash = SESSION;
	assert_int_equal(auth_csrf_check(&c.req), 0);
	arena_free(&c.arena);
}

static void test_csrf_check_logged_in_rejects_the_seeds_token_from_before_login(void **state)
{
	(void)state;
	char tok[65];
	struct csrf_request c;
	auth_csrf_for(SEED, tok); /* the token of the anonymous login page */
	csrf_request(&c, tok, SEED);
	c.req.session_hash = SESSION;
	assert_int_equal(auth_csrf_check(&c.req), -1);
	arena_free(&c.arena);
}

static void test_csrf_check_logged_in_rejects_another_sessions_token(void **state)
{
	(void)state;
	char tok[65];
	struct csrf_request c;
	auth_csrf_for_session(SESSION2, tok);
	csrf_request(&c, tok, SEED);
	c.req.session_hash = SESSION;
	assert_int_equal(auth_csrf_check(&c.req), -1);
	arena_free(&c.arena);
}

static void test_csrf_token_logged_in_is_the_sessions_and_matches_check(void **state)
{
	(void)state;
	struct csrf_request c;
	char want[65];
	csrf_request(&c, NULL, SEED);
	c.req.csrf_seed = SEED;
	c.req.session_hash = SESSION;
	const char *tok = auth_csrf_token(&c.req);
	auth_csrf_for_session(SESSION, want);
	assert_string_equal(tok, want);
	c.form_item = (struct kv){AUTH_CSRF_FIELD, tok, strlen(tok)};
	c.req.form = (struct kvlist){&c.form_item, 1};
	assert_int_equal(auth_csrf_check(&c.req), 0);
	arena_free(&c.arena);
}

/* ---- Origin and Referer (issue 8, finding 6) ------------------------------- */

static const char SITE[] = "http://127.0.0.1:18080";

static void test_same_origin_allows_the_sites_own_origin(void **state)
{
	(void)state;
	assert_true(auth_same_origin("http://127.0.0.1:18080", NULL, SITE));
	assert_true(auth_same_origin("HTTP://127.0.0.1:18080", NULL, SITE));
	assert_true(auth_same_origin(NULL, "http://127.0.0.1:18080/account/settings?x=1", SITE));
	assert_true(auth_same_origin("", "http://127.0.0.1:18080/", SITE));
	assert_true(
	    auth_same_origin("https://Opbak.Example.org", NULL, "https://opbak.example.org/"));
	assert_true(
	    auth_same_origin("https://opbak.example.org:443", NULL, "https://opbak.example.org"));
	assert_true(auth_same_origin("http://[::1]:8080", NULL, "http://[::1]:8080"));
	assert_true(auth_same_origin("http://a.example", NULL, "http://a.example:80/sub/"));
}

static void test_same_origin_allows_a_post_that_names_no_origin(void **state)
{
	(void)state;
	assert_true(auth_same_origin(NULL, NULL, SITE));
	assert_true(auth_same_origin("", "", SITE));
}

static void test_same_origin_refuses_another_site(void **state)
{
	(void)state;
	assert_false(auth_same_origin("http://evil.example", NULL, SITE));
	assert_false(auth_same_origin("http://evil.example:18080", NULL, SITE));
	assert_false(auth_same_origin("http://127.0.0.1:18081", NULL, SITE));
	assert_false(auth_same_origin("https://127.0.0.1:18080", NULL, SITE));
	assert_false(auth_same_origin("http://127.0.0.1", NULL, SITE));
	assert_false(auth_same_origin(NULL, "http://evil.example/page", SITE));
	assert_false(auth_same_origin(NULL, "http://127.0.0.1.evil.example:18080/", SITE));
	assert_false(auth_same_origin(NULL, "http://127.0.0.1:18080@evil.example/", SITE));
	/* Origin decides when both are sent */
	assert_false(auth_same_origin("http://evil.example", "http://127.0.0.1:18080/", SITE));
	assert_false(auth_same_origin("http://[::1]:18080", NULL, "http://[::2]:18080"));
}

static void test_same_origin_refuses_null_and_what_it_cannot_read(void **state)
{
	(void)state;
	assert_false(auth_same_origin("null", NULL, SITE));
	assert_false(auth_same_origin("file://", NULL, SITE));
	assert_false(auth_same_origin("http://", NULL, SITE));
	assert_false(auth_same_origin("http://127.0.0.1:", NULL, SITE));
	assert_false(auth_same_origin("http://127.0.0.1:18080x", NULL, SITE));
	assert_false(auth_same_origin("http://127.0.0.1:1808000", NULL, SITE));
	assert_false(auth_same_origin("http://127.0.0.1 :18080", NULL, SITE));
	assert_false(auth_same_origin(SITE, NULL, NULL));
	assert_false(auth_same_origin(SITE, NULL, "not a site"));
}

/* ---- cacheable answers carry no cookie (issue 8, finding 7) --------------- */

static void test_a_cacheable_answer_sends_no_cookie(void **state)
{
	(void)state;
	struct csrf_request c;
	struct buf out = {0};
	csrf_request(&c, NULL, NULL);
	res_cookie(&c.req, AUTH_CSRF_COOKIE, SEED, 60);
	res_header(&c.req, "X-Test", "1");
	res_serialize(&c.res, &out);
	assert_non_null(strstr(out.data, "Set-Cookie: opbak_csrf="));
	c.res.cacheable = 1;
	res_serialize(&c.res, &out);
	assert_null(strstr(out.data, "Set-Cookie"));
	assert_non_null(strstr(out.data, "X-Test: 1\r\n"));
	assert_non_null(strstr(out.data, "Cache-Control: public"));
	buf_free(&out);
	buf_free(&c.res.headers);
	buf_free(&c.res.body);
	arena_free(&c.arena);
}

static void test_a_cookie_cannot_be_set_as_a_plain_header(void **state)
{
	(void)state;
	struct csrf_request c;
	csrf_request(&c, NULL, NULL);
	assert_int_equal(res_header(&c.req, "Set-Cookie", "a=1"), -1);
	assert_int_equal(res_header(&c.req, "set-cookie", "a=1"), -1);
	assert_int_equal(c.res.headers.len, 0);
	arena_free(&c.arena);
}

/* ---- roles --------------------------------------------------------------- */

static void test_role_names_round_trip(void **state)
{
	(void)state;
	for (int r = ROLE_MEMBER; r < ROLE_COUNT; r++) {
		const char *name = auth_role_name(r);
		assert_non_null(name);
		assert_int_equal(auth_role_parse(name), r);
	}
	assert_string_equal(auth_role_name(ROLE_MEMBER), "member");
	assert_string_equal(auth_role_name(ROLE_ADMIN), "admin");
}

static void test_role_name_of_unknown_role_is_null(void **state)
{
	(void)state;
	assert_null(auth_role_name(ROLE_NONE));
	assert_null(auth_role_name(ROLE_COUNT));
	assert_null(auth_role_name(-1));
}

static void test_role_parse_rejects_unknown_names(void **state)
{
	(void)state;
	assert_int_equal(auth_role_parse("root"), ROLE_NONE);
	assert_int_equal(auth_role_parse("Admin"), ROLE_NONE);
	assert_int_equal(auth_role_parse("admin "), ROLE_NONE);
	assert_int_equal(auth_role_parse(""), ROLE_NONE);
	assert_int_equal(auth_role_parse(NULL), ROLE_NONE);
}

/* Staff rights (sql/017): a route's mask names roles and rights alike. */
static void test_a_support_person_moderates_only_with_the_right(void **state)
{
	(void)state;
	struct request req = {0};
	req.user.id = 7;
	req.user.role = ROLE_COUNSELLOR;
	assert_false(auth_is_moderator(&req));
	assert_true(auth_allows(&req, AUTH_SUPPORT));
	req.user.rights = AUTH_RIGHT_MODERATE;
	assert_true(auth_is_moderator(&req));
	assert_false(auth_allows(&req, AUTH_RIGHT_LEAD));
}

static void test_an_admin_moderates_through_his_role(void **state)
{
	(void)state;
	struct request req = {0};
	req.user.id = 1;
	req.user.role = ROLE_ADMIN;
	assert_true(auth_is_moderator(&req));
	assert_true(auth_allows(&req, ROLE_BIT(ROLE_ADMIN) | AUTH_RIGHT_LEAD));
}

static void test_nobody_logged_in_has_no_right(void **state)
{
	(void)state;
	struct request req = {0};
	req.user.rights = AUTH_RIGHT_MODERATE | AUTH_RIGHT_LEAD; /* no id: nobody */
	assert_false(auth_is_moderator(&req));
	assert_false(auth_allows(&req, AUTH_RIGHT_LEAD));
}

static void test_the_rights_bits_are_no_roles_bits(void **state)
{
	(void)state;
	for (int r = ROLE_NONE; r < ROLE_COUNT; r++)
		assert_int_equal(ROLE_BIT(r) & (AUTH_RIGHT_MODERATE | AUTH_RIGHT_LEAD), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_password_hash_is_argon2id),
		cmocka_unit_test(test_password_verify_accepts_right_password),
		cmocka_unit_test(test_password_verify_rejects_wrong_password),
		cmocka_unit_test(test_password_verify_rejects_garbage_hash),
		cmocka_unit_test(test_password_hashes_of_same_password_differ),
		cmocka_unit_test(test_password_fresh_hash_needs_no_rehash),
		cmocka_unit_test(test_password_weaker_hash_needs_rehash),
		cmocka_unit_test(test_new_token_is_64_lowercase_hex),
		cmocka_unit_test(test_new_tokens_differ),
		cmocka_unit_test(test_token_hash_is_deterministic_hex_and_not_the_token),
		cmocka_unit_test(test_token_hash_is_sha256),
		cmocka_unit_test(test_csrf_for_is_deterministic_per_seed),
		cmocka_unit_test(test_csrf_for_differs_for_another_seed),
		cmocka_unit_test(test_csrf_for_differs_for_another_secret),
		cmocka_unit_test(test_csrf_check_accepts_right_token),
		cmocka_unit_test(test_csrf_check_rejects_missing_token),
		cmocka_unit_test(test_csrf_check_rejects_empty_token),
		cmocka_unit_test(test_csrf_check_rejects_wrong_token),
		cmocka_unit_test(test_csrf_check_rejects_truncated_token),
		cmocka_unit_test(test_csrf_check_rejects_token_for_another_seed),
		cmocka_unit_test(test_csrf_check_rejects_missing_seed_cookie),
		cmocka_unit_test(test_csrf_check_rejects_short_seed_cookie),
		cmocka_unit_test(test_csrf_check_rejects_non_hex_seed_cookie),
		cmocka_unit_test(test_csrf_token_matches_check),
		cmocka_unit_test(test_csrf_session_token_is_neither_the_seeds_nor_another_sessions),
		cmocka_unit_test(test_csrf_check_logged_in_accepts_the_sessions_token),
		cmocka_unit_test(test_csrf_check_logged_in_rejects_the_seeds_token_from_before_login),
		cmocka_unit_test(test_csrf_check_logged_in_rejects_another_sessions_token),
		cmocka_unit_test(test_csrf_token_logged_in_is_the_sessions_and_matches_check),
		cmocka_unit_test(test_same_origin_allows_the_sites_own_origin),
		cmocka_unit_test(test_same_origin_allows_a_post_that_names_no_origin),
		cmocka_unit_test(test_same_origin_refuses_another_site),
		cmocka_unit_test(test_same_origin_refuses_null_and_what_it_cannot_read),
		cmocka_unit_test(test_a_cacheable_answer_sends_no_cookie),
		cmocka_unit_test(test_a_cookie_cannot_be_set_as_a_plain_header),
		cmocka_unit_test(test_role_names_round_trip),
		cmocka_unit_test(test_role_name_of_unknown_role_is_null),
		cmocka_unit_test(test_role_parse_rejects_unknown_names),
		cmocka_unit_test(test_a_support_person_moderates_only_with_the_right),
		cmocka_unit_test(test_an_admin_moderates_through_his_role),
		cmocka_unit_test(test_nobody_logged_in_has_no_right),
		cmocka_unit_test(test_the_rights_bits_are_no_roles_bits),
	};
	return cmocka_run_group_tests(tests, setup, NULL);
}
