/*
 * test_app.c - the route is the door (app.c): what a request must get past
 * before a handler runs. Declared query and form fields are checked and
 * typed by core (a bad id, number or choice is 400 and the handler never
 * runs; text errors reach the handler for its form), "#" segments match
 * only ids, undeclared parameters are invisible to handlers, and a page
 * that needs a login sends a browser to the login address the executable
 * set (core knows no URL of its own).
 *
 * No database: these routes do not use one, and no session cookie is sent.
 * Templates come from ./cgi-bin (run from the project root, as
 * scripts/test.sh does).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "app.h"
#include "arena.h"
#include "auth.h"
#include "form.h"
#include "request.h"
#include "response.h"
#include "tmpl.h"

/* What the last handler saw. */
static struct {
	int ran;
	long long before, page, id, pick, tick;
	const char *q;
	const char *undeclared;
	int text_failed;
	const long long *list;
	size_t nlist;
} seen;

static int list_fn(struct request *req)
{
	seen.ran++;
	seen.before = req_int(req, "before");
	seen.page = req_int(req, "page");
	seen.pick = req_int(req, "sort");
	seen.tick = req_int(req, "done");
	seen.q = req_text(req, "q");
	seen.undeclared = req_text(req, "utm_source");
	seen.text_failed = req->query_in->failed;
	req->res->status = 200;
	return 200;
}

static int item_fn(struct request *req)
{
	seen.ran++;
	seen.id = req->ids[0];
	seen.list = req_ids(req, "tag", &seen.nlist);
	req->res->status = 200;
	return 200;
}

static const char *const sorts[] = {"new", "top", NULL};
static const struct field list_query[] = {
    ID_FIELD("before", "Older", 0),           INT_FIELD("page", "Page", 1, 50, 0),
    CHOICE_FIELD("sort", "Order", sorts, 0),  CHECK_FIELD("done", "Done"),
    TEXT_FIELD("q", "Search words", 0, 5, 0), FIELDS_END,
};
static const struct field item_form[] = {
    ID_FIELD("post", "Post", FIELD_REQUIRED),
    ID_LIST_FIELD("tag", "Tags", 3),
    FIELDS_END,
};

static const struct route routes[] = {
    {"GET", "/list", list_fn, 0, 0, list_query, NULL},
    {"GET", "/item/#", item_fn, 0, 0, NULL, NULL},
    {"POST", "/item/#", item_fn, 0, 0, NULL, item_form},
    {"GET", "/private", list_fn, ROUTE_LOGIN, 0, NULL, NULL},
};
static const char *const no_templates[] = {NULL};
static const struct app app = {"test", routes, 4, no_templates, "/somewhere/login", NULL};
static const struct app app_no_login = {"test", routes, 4, no_templates, NULL, NULL};

struct fixture {
	struct arena arena;
	struct response res;
	struct request req;
};

static int group_setup(void **state)
{
	(void)state;
	static const unsigned char secret[32] = {1};
	auth_set_secret(secret, sizeof secret);
	return tmpl_load_dir("./cgi-bin", "core");
}

static int setup(void **state)
{
	static struct fixture fx;
	memset(&fx, 0, sizeof fx);
	memset(&seen, 0, sizeof seen);
	*state = &fx;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *fx = *state;
	if (fx->req.layout)
		tmpl_free(fx->req.layout);
	arena_free(&fx->arena);
	buf_free(&fx->res.headers);
	buf_free(&fx->res.body);
	return 0;
}

/* Send method path?query (and a form body) through the pipeline. */
static int send(struct fixture *fx, const struct app *a, const char *method, const char *path,
                const char *query, const char *body)
{
	struct request *req = &fx->req;
	req->arena = &fx->arena;
	req->res = &fx->res;
	req->id = "test";
	req->method = method;
	req->path = path;
	req->remote_addr = "127.0.0.1";
	req->query_string = query;
	int status = 400;
	char err[256];
	assert_int_equal(req_parse_urlencoded(req->arena, query, strlen(query), &req->query,
	                                      &status, err, sizeof err),
	                 0);
	app_handle(a, req, "application/x-www-form-urlencoded", body, body ? strlen(body) : 0,
	           body ? (long long)strlen(body) : 0);
	return fx->res.status;
}

static const char *body_of(struct fixture *fx)
{
	return fx->res.body.data ? fx->res.body.data : ""; /* a buf is NUL-terminated */
}

/* The handler of /list ran once and saw these checked values. */
static void assert_list_saw(long long before, long long page, long long pick, long long tick,
                            const char *q)
{
	assert_int_equal(seen.ran, 1);
	assert_int_equal(seen.before, before);
	assert_int_equal(seen.page, page);
	assert_int_equal(seen.pick, pick);
	assert_int_equal(seen.tick, tick);
	assert_string_equal(seen.q, q);
}

/* GET /list?query is 400 from core, naming label (unless NULL); the handler never ran. */
static void assert_list_refused(struct fixture *fx, const char *query, const char *label)
{
	assert_int_equal(send(fx, &app, "GET", "/list", query, NULL), 400);
	assert_int_equal(seen.ran, 0);
	if (label)
		assert_non_null(strstr(body_of(fx), label));
}

static void test_declared_query_values_arrive_typed(void **state)
{
	struct fixture *fx = *state;
	assert_int_equal(
	    send(fx, &app, "GET", "/list", "before=42&page=7&sort=top&done=1&q=hej", NULL), 200);
	assert_int_equal(seen.ran, 1);
	assert_list_saw(42, 7, 1, 1, "hej");
}

static void test_absent_query_values_have_one_spelling(void **state)
{
	struct fixture *fx = *state;
	assert_int_equal(send(fx, &app, "GET", "/list", "", NULL), 200);
	assert_list_saw(0, 0, -1, 0, "");
}

static void test_bad_id_in_query_is_400_naming_field_and_handler_never_runs(void **state)
{
	struct fixture *fx = *state;
	assert_list_refused(fx, "before=abc", "Older");
}

static void test_id_out_of_range_is_400(void **state)
{
	struct fixture *fx = *state;
	assert_list_refused(fx, "before=4294967296", NULL);
	assert_list_refused(fx, "before=0", NULL);
	assert_list_refused(fx, "before=-1", NULL);
}

static void test_number_outside_its_range_is_400(void **state)
{
	struct fixture *fx = *state;
	assert_list_refused(fx, "page=51", NULL);
	assert_list_refused(fx, "page=0", NULL);
	assert_list_refused(fx, "page=1x", "Page");
}

static void test_choice_not_offered_is_400(void **state)
{
	struct fixture *fx = *state;
	assert_list_refused(fx, "sort=oldest", NULL);
}

static void test_checkbox_with_other_value_is_400(void **state)
{
	struct fixture *fx = *state;
	assert_list_refused(fx, "done=yes", NULL);
}

static void test_text_error_reaches_handler_to_refill_its_form(void **state)
{
	struct fixture *fx = *state;
	assert_int_equal(send(fx, &app, "GET", "/list", "q=toolongtext", NULL), 200);
	assert_int_equal(seen.ran, 1);
	assert_int_equal(seen.text_failed, 1);
}

static void test_undeclared_parameter_is_invisible_to_handler(void **state)
{
	struct fixture *fx = *state;
	assert_int_equal(send(fx, &app, "GET", "/list", "utm_source=x&before=3", NULL), 200);
	assert_string_equal(seen.undeclared, "");
	assert_int_equal(seen.before, 3);
}

static void test_hash_segment_matches_only_an_id(void **state)
{
	struct fixture *fx = *state;
	assert_int_equal(send(fx, &app, "GET", "/item/17", "", NULL), 200);
	assert_int_equal(seen.id, 17);
	seen.ran = 0;
	assert_int_equal(send(fx, &app, "GET", "/item/abc", "", NULL), 404);
	assert_int_equal(send(fx, &app, "GET", "/item/0", "", NULL), 404);
	assert_int_equal(send(fx, &app, "GET", "/item/99999999999", "", NULL), 404);
	assert_int_equal(seen.ran, 0);
}

/* A POST to /item/5 with this browser's CSRF token and fields. */
static int post_item(struct fixture *fx, const char *fields)
{
	static char seed[65];
	static struct kv cookie;
	char token[65], body[300];
	memset(seed, 'a', 64);
	seed[64] = '\0';
	auth_csrf_for(seed, token);
	cookie = (struct kv){AUTH_CSRF_COOKIE, seed, 64};
	fx->req.cookies.items = &cookie;
	fx->req.cookies.count = 1;
	snprintf(body, sizeof body, "csrf=%s&%s", token, fields);
	return send(fx, &app, "POST", "/item/5", "", body);
}

static void test_bad_id_in_form_is_400_before_handler(void **state)
{
	struct fixture *fx = *state;
	assert_int_equal(post_item(fx, "post=abc"), 400);
	assert_int_equal(seen.ran, 0);
	assert_int_equal(post_item(fx, ""), 400);
	assert_non_null(strstr(body_of(fx), "Post"));
	assert_int_equal(seen.ran, 0);
}

static void test_repeated_ids_arrive_as_a_list_in_order(void **state)
{
	struct fixture *fx = *state;
	assert_int_equal(post_item(fx, "post=1&tag=9&tag=4&tag=7"), 200);
	assert_int_equal(seen.nlist, 3);
	assert_int_equal(seen.list[0], 9);
	assert_int_equal(seen.list[1], 4);
	assert_int_equal(seen.list[2], 7);
	assert_int_equal(post_item(fx, "post=1"), 200);
	assert_int_equal(seen.nlist, 0);
}

static void test_a_bad_or_excess_id_in_a_list_is_400(void **state)
{
	struct fixture *fx = *state;
	assert_int_equal(post_item(fx, "post=1&tag=9&tag=x"), 400);
	assert_non_null(strstr(body_of(fx), "Tags is not a valid reference"));
	assert_int_equal(post_item(fx, "post=1&tag=1&tag=2&tag=3&tag=4"), 400);
	assert_non_null(strstr(body_of(fx), "Tags has too many choices: at most 3"));
	assert_int_equal(seen.ran, 0);
}

static void test_a_refused_choice_names_the_choices(void **state)
{
	struct fixture *fx = *state;
	assert_int_equal(send(fx, &app, "GET", "/list", "sort=oldest", NULL), 400);
	assert_non_null(strstr(body_of(fx), "Order must be one of: “new”, “top”"));
}

static void test_login_goes_to_the_executables_login_address(void **state)
{
	struct fixture *fx = *state;
	assert_int_equal(send(fx, &app, "GET", "/private", "a=1", NULL), 303);
	assert_int_equal(seen.ran, 0);
	assert_non_null(
	    strstr(fx->res.headers.data, "Location: /somewhere/login?next=/private%3Fa%3D1"));
}

static void test_without_login_address_a_login_page_is_403(void **state)
{
	struct fixture *fx = *state;
	assert_int_equal(send(fx, &app_no_login, "GET", "/private", "", NULL), 403);
	assert_int_equal(seen.ran, 0);
}

/* ---- uploads (app.h "Uploads") ---- */

static struct {
	int ran, status;
	size_t nfiles;
	int in_map;
	const char *field;
	const char *write, *unneeded; /* files the handler names */
} up;

static int upload_fn(struct request *req)
{
	up.ran++;
	up.nfiles = req->uploads.count;
	up.field = req_form(req, "title");
	if (req->uploads.count) {
		const char *d = req->uploads.items[0].data;
		const char *m = req->body_map;
		up.in_map = m && d >= m && d + req->uploads.items[0].len <= m + req->body_map_len;
	}
	if (up.write) {
		FILE *f = fopen(up.write, "w");
		fclose(f);
		app_file_written(req, up.write);
	}
	if (up.unneeded)
		app_file_unneeded(req, up.unneeded);
	req->res->status = up.status;
	return up.status;
}

static const struct route upload_routes[] = {
    {"POST", "/up", upload_fn, ROUTE_UPLOAD, 0, NULL, NULL},
    {"POST", "/plain", upload_fn, 0, 0, NULL, NULL},
};
static const struct app upload_app = {"test", upload_routes, 2, no_templates, NULL, NULL};

static char upload_dir[] = "/tmp/opbak-test-uploadsXXXXXX";

#define BOUNDARY "b0undary"
static const char multipart_body[] = "--" BOUNDARY "\r\n"
                                     "Content-Disposition: form-data; name=\"title\"\r\n\r\n"
                                     "Hello\r\n"
                                     "--" BOUNDARY "\r\n"
                                     "Content-Disposition: form-data; name=\"file\"; "
                                     "filename=\"a.mp3\"\r\n\r\n"
                                     "ID3 and the rest\r\n"
                                     "--" BOUNDARY "--\r\n";

/* Write the multipart body (with a valid CSRF token field first) to
 * path, and send POST route with body_file = path. */
static int send_file(struct fixture *fx, const char *route, const char *path)
{
	static char seed[65];
	static struct kv cookie;
	char token[65];
	memset(seed, 'a', 64);
	seed[64] = '\0';
	auth_csrf_for(seed, token);
	cookie = (struct kv){AUTH_CSRF_COOKIE, seed, 64};
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	fprintf(f, "--" BOUNDARY "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n%s\r\n",
	        token);
	fputs(multipart_body, f);
	fclose(f);
	struct request *req = &fx->req;
	if (req->layout)
		tmpl_free(req->layout);
	memset(req, 0, sizeof *req);
	res_reset(&fx->res);
	req->arena = &fx->arena;
	req->res = &fx->res;
	req->id = "test";
	req->method = "POST";
	req->path = route;
	req->remote_addr = "127.0.0.1";
	req->query_string = "";
	req->cookies.items = &cookie;
	req->cookies.count = 1;
	req->body_file = path;
	app_handle(&upload_app, req, "multipart/form-data; boundary=" BOUNDARY, NULL, 0, 0);
	return fx->res.status;
}

static const char *in_dir(const char *name)
{
	static char path[4][256];
	static int i;
	i = (i + 1) % 4;
	snprintf(path[i], sizeof path[i], "%s/%s", upload_dir, name);
	return path[i];
}

static int upload_setup(void **state)
{
	setup(state);
	memset(&up, 0, sizeof up);
	up.status = 303;
	setenv("OPBAK_UPLOAD_DIR", upload_dir, 1);
	return 0;
}

static void test_a_path_inside_is_below_the_folder_itself(void **state)
{
	(void)state;
	assert_true(app_path_inside("/var/up", "/var/up/0000001"));
	assert_true(app_path_inside("/var/up/", "/var/up/x"));
	assert_false(app_path_inside("/var/up", "/var/up"));
	assert_false(app_path_inside("/var/up", "/var/up/"));
	assert_false(app_path_inside("/var/up", "/var/upload/x"));
	assert_false(app_path_inside("/var/up", "/var/u"));
	assert_false(app_path_inside("/var/up", "/etc/passwd"));
}

static void test_an_upload_body_file_is_parsed_in_place(void **state)
{
	struct fixture *fx = *state;
	assert_int_equal(send_file(fx, "/up", in_dir("0000000001")), 303);
	assert_int_equal(up.ran, 1);
	assert_int_equal(up.nfiles, 1);
	assert_true(up.in_map); /* the upload's bytes are the map's, not a copy */
	assert_string_equal(up.field, "Hello");
	assert_null(fx->req.body_map); /* unmapped when the request ended */
}

static void test_a_body_file_outside_the_upload_folder_is_400(void **state)
{
	struct fixture *fx = *state;
	assert_int_equal(send_file(fx, "/up", "/tmp/opbak-test-outside"), 400);
	unlink("/tmp/opbak-test-outside");
	/* nor through a link inside that points out */
	assert_int_equal(symlink("/tmp/opbak-test-target", in_dir("link")), 0);
	assert_int_equal(send_file(fx, "/up", in_dir("link")), 400);
	unlink(in_dir("link"));
	unlink("/tmp/opbak-test-target");
	assert_int_equal(up.ran, 0);
}

static void test_a_body_file_for_a_route_without_uploads_is_400(void **state)
{
	struct fixture *fx = *state;
	assert_int_equal(send_file(fx, "/plain", in_dir("0000000002")), 400);
	assert_int_equal(up.ran, 0);
}

static void test_files_follow_the_handlers_answer(void **state)
{
	struct fixture *fx = *state;
	const char *written = in_dir("written"), *old = in_dir("old");
	FILE *f = fopen(old, "w");
	fclose(f);
	up.write = written;
	up.unneeded = old;
	up.status = 400; /* refused: what it wrote goes, what it replaced stays */
	send_file(fx, "/up", in_dir("0000000003"));
	assert_int_equal(access(written, F_OK), -1);
	assert_int_equal(access(old, F_OK), 0);
	up.status = 303;
	send_file(fx, "/up", in_dir("0000000004")); /* done: the reverse */
	assert_int_equal(access(written, F_OK), 0);
	assert_int_equal(access(old, F_OK), -1);
	unlink(written);
}

#define T(name) cmocka_unit_test_setup_teardown(name, setup, teardown)
#define U(name) cmocka_unit_test_setup_teardown(name, upload_setup, teardown)

int main(void)
{
	const struct CMUnitTest tests[] = {
	    T(test_declared_query_values_arrive_typed),
	    T(test_absent_query_values_have_one_spelling),
	    T(test_bad_id_in_query_is_400_naming_field_and_handler_never_runs),
	    T(test_id_out_of_range_is_400),
	    T(test_number_outside_its_range_is_400),
	    T(test_choice_not_offered_is_400),
	    T(test_checkbox_with_other_value_is_400),
	    T(test_text_error_reaches_handler_to_refill_its_form),
	    T(test_undeclared_parameter_is_invisible_to_handler),
	    T(test_hash_segment_matches_only_an_id),
	    T(test_bad_id_in_form_is_400_before_handler),
	    T(test_repeated_ids_arrive_as_a_list_in_order),
	    T(test_a_bad_or_excess_id_in_a_list_is_400),
	    T(test_a_refused_choice_names_the_choices),
	    T(test_login_goes_to_the_executables_login_address),
	    T(test_without_login_address_a_login_page_is_403),
	    T(test_a_path_inside_is_below_the_folder_itself),
	    U(test_an_upload_body_file_is_parsed_in_place),
	    U(test_a_body_file_outside_the_upload_folder_is_400),
	    U(test_a_body_file_for_a_route_without_uploads_is_400),
	    U(test_files_follow_the_handlers_answer),
	};
	if (!mkdtemp(upload_dir))
		return 1;
	int failed = cmocka_run_group_tests(tests, group_setup, NULL);
	char rm[128];
	snprintf(rm, sizeof rm, "rm -rf -- '%s'", upload_dir);
	if (system(rm) != 0)
		return 1;
	return failed;
}
