/*
 * show.c - the podcast's show at the desk: GET /editor/show (the form,
 * filled from the one row of podcast_show, sql/021), POST /editor/show
 * (saved, audited "podcast_show_save"). The artwork's upload form posts
 * to /editor/show/artwork (uploads.c), which comes back here.
 *
 * podcast:guid is made on the first save, as the Podcasting 2.0
 * namespace says: UUID v5 of the feed's URL without its scheme
 * (uuid.c). It never changes afterwards (an app follows a moved feed by
 * it), so a later save leaves it as it is.
 */
#include <string.h>

#include "app.h"
#include "db.h"
#include "form.h"
#include "i18n.h"
#include "limits.h"
#include "media.h"
#include "page.h"
#include "response.h"
#include "tmpl.h"

/* Apple Podcasts' categories (podcasters.apple.com, "Apple Podcasts
 * categories"): the ones that fit Opbak's show, each with its
 * subcategories; "" is the category alone. */
const struct apple_category apple_categories[] = {
    {"Health & Fitness", ""},
    {"Health & Fitness", "Mental Health"},
    {"Health & Fitness", "Sexuality"},
    {"Health & Fitness", "Fitness"},
    {"Health & Fitness", "Medicine"},
    {"Health & Fitness", "Nutrition"},
    {"Kids & Family", ""},
    {"Kids & Family", "Parenting"},
    {"Kids & Family", "Education for Kids"},
    {"Society & Culture", ""},
    {"Society & Culture", "Relationships"},
    {"Society & Culture", "Personal Journals"},
    {"Society & Culture", "Documentary"},
    {"Society & Culture", "Philosophy"},
    {"Education", ""},
    {"Education", "Self-Improvement"},
    {"Education", "How To"},
    {"Education", "Courses"},
    {"Religion & Spirituality", ""},
    {"Sports", ""},
    {"Leisure", ""},
    {"Leisure", "Video Games"},
    {"Business", ""},
    {"Business", "Careers"},
    {"News", ""},
    {NULL, NULL},
};

static const char *const languages[] = {"da", "en", "sv", NULL};

const struct field show_fields[] = {
    TEXT_FIELD("title", N_("Title"), 1, PODCAST_TITLE_MAX, 0),
    TEXT_FIELD("description", N_("Description"), 1, PODCAST_DESCRIPTION_MAX, FIELD_MULTILINE),
    TEXT_FIELD("author", N_("Author"), 1, PODCAST_NAME_MAX, 0),
    TEXT_FIELD("owner_name", N_("Owner's name"), 1, PODCAST_NAME_MAX, 0),
    TEXT_FIELD("owner_email", N_("Owner's e-mail"), 0, PODCAST_EMAIL_MAX, 0),
    CHOICE_FIELD("language", N_("Language"), languages, FIELD_REQUIRED),
    TEXT_FIELD("category", N_("Category"), 1, 130, 0),
    CHECK_FIELD("explicit", N_("Explicit")),
    TEXT_FIELD("copyright", N_("Copyright"), 1, PODCAST_COPYRIGHT_MAX, 0),
    CHECK_FIELD("locked", N_("Locked")),
    FIELDS_END,
};

static const char *const show_done_values[] = {"saved", NULL};

const struct field show_query[] = {
    CHOICE_FIELD("done", N_("Done"), show_done_values, 0),
    FIELDS_END,
};

static const char SQL_SHOW[] =
    "SELECT title, description, author, owner_name, owner_email, language, category, "
    "subcategory, explicit, copyright, artwork_path, artwork_type, guid, locked "
    "FROM podcast_show WHERE id = 1";
/* The first save makes the row and its guid; later ones keep the guid. */
static const char SQL_SAVE[] =
    "INSERT INTO podcast_show (id, title, description, author, owner_name, owner_email, "
    "language, category, subcategory, explicit, copyright, guid, locked) "
    "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE "
    "title = VALUES(title), description = VALUES(description), author = VALUES(author), "
    "owner_name = VALUES(owner_name), owner_email = VALUES(owner_email), "
    "language = VALUES(language), category = VALUES(category), "
    "subcategory = VALUES(subcategory), explicit = VALUES(explicit), "
    "copyright = VALUES(copyright), guid = COALESCE(guid, VALUES(guid)), "
    "locked = VALUES(locked), updated_at = NOW()";

/* "Category" or "Category/Subcategory": the value of a category option. */
static const char *category_value(struct arena *a, const struct apple_category *c)
{
	return *c->subcategory ? arena_printf(a, "%s/%s", c->category, c->subcategory)
	                       : c->category;
}

static void category_options(struct request *req, struct tmpl_dict *d, const char *chosen)
{
	for (const struct apple_category *c = apple_categories; c->category; c++) {
		struct tmpl_dict *o = tmpl_add(d, "category_option");
		const char *v = category_value(req->arena, c);
		tmpl_set(o, "value", v);
		tmpl_set(o, "label",
		         *c->subcategory
		             ? arena_printf(req->arena, "%s › %s", c->category, c->subcategory)
		             : c->category);
		if (chosen && strcmp(v, chosen) == 0)
			tmpl_show(o, "selected");
	}
}

/* A simple check of an e-mail address: one '@', something before it, a
 * dot after it, no spaces. */
static int email_ok(const char *s)
{
	const char *at = strchr(s, '@');
	return at && at > s && !strchr(at + 1, '@') && strchr(at + 1, '.') &&
	       at[strlen(at) - 1] != '.' && !strpbrk(s, " \t<>\"(),;:");
}

static int show_form(struct request *req, int status, int refill)
{
	struct db_rows *r = db_query(req, SQL_SHOW);
	if (!r)
		return -1;
	struct tmpl_dict *d = page_begin(req, _("The podcast's show"), "media/show_edit.tpl");
	const char *category = NULL;
	const char *lang = "da";
	int explicit_ = 0, locked = 1;
	if (r->nrows == 1) {
		page_row(d, r, 0);
		const char *sub = db_get(r, 0, "subcategory");
		category = sub && *sub
		               ? arena_printf(req->arena, "%s/%s", db_get(r, 0, "category"), sub)
		               : db_get(r, 0, "category");
		lang = db_get(r, 0, "language");
		explicit_ = (int)db_get_int(r, 0, "explicit");
		locked = (int)db_get_int(r, 0, "locked");
		tmpl_show(d, "saved_before");
		if (db_get(r, 0, "artwork_path"))
			tmpl_show(d, "has_artwork");
		else
			tmpl_show(d, "no_artwork");
	} else {
		tmpl_show(d, "first_time");
		tmpl_show(d, "no_artwork");
	}
	if (refill) {
		form_fill(req->form_in, d);
		category = req_text(req, "category");
		lang = languages[req_int(req, "language") < 0 ? 0 : req_int(req, "language")];
		explicit_ = (int)req_int(req, "explicit");
		locked = (int)req_int(req, "locked");
	} else if (*req_text(req, "done")) {
		tmpl_show(d, "done");
	}
	category_options(req, d, category);
	for (size_t i = 0; languages[i]; i++) {
		struct tmpl_dict *o = tmpl_add(d, "language_option");
		tmpl_set(o, "code", languages[i]);
		tmpl_set(o, "name", i == 0 ? "Dansk" : i == 1 ? "English" : "Svenska");
		if (strcmp(languages[i], lang) == 0)
			tmpl_show(o, "selected");
	}
	if (explicit_)
		tmpl_show(d, "explicit_checked");
	if (locked)
		tmpl_show(d, "locked_checked");
	tmpl_set(d, "feed_url", arena_printf(req->arena, "%s/podcast/feed.xml", req->base_url));
	tmpl_set_int(d, "artwork_min", 1400);
	tmpl_set_int(d, "artwork_max", 3000);
	return page_end(req, status);
}

int show_edit_fn(struct request *req)
{
	return show_form(req, 200, 0);
}

int show_save_fn(struct request *req)
{
	struct form *f = req->form_in;
	const char *category = req_text(req, "category");
	const struct apple_category *found = NULL;
	for (const struct apple_category *c = apple_categories; c->category && !found; c++)
		if (strcmp(category_value(req->arena, c), category) == 0)
			found = c;
	if (*category && !found)
		form_error(f, "category", _("Choose one of Apple's categories."));
	const char *email = req_text(req, "owner_email");
	if (*email && !email_ok(email))
		form_error(f, "owner_email",
		           _("This is not an e-mail address. Leave it empty or "
		             "write one like name@example.com."));
	if (f->failed)
		return show_form(req, 400, 1);
	char guid[UUID_TEXT];
	podcast_guid(arena_printf(req->arena, "%s/podcast/feed.xml", req->base_url), guid);
	if (db_exec(req, SQL_SAVE, db_text(req_text(req, "title")),
	            db_text(req_text(req, "description")), db_text(req_text(req, "author")),
	            db_text(req_text(req, "owner_name")), db_text(email),
	            db_text(languages[req_int(req, "language")]), db_text(found->category),
	            db_text(found->subcategory), db_int(req_int(req, "explicit")),
	            db_text(req_text(req, "copyright")), db_text(guid),
	            db_int(req_int(req, "locked"))) < 0 ||
	    auth_audit(req, "podcast_show_save", 0, req_text(req, "title")) < 0)
		return -1;
	return res_redirect(req, "/editor/show?done=saved");
}
