/*
 * tmpl.cc - the only C++ in Opbak: ctemplate behind the C calls in tmpl.h.
 *
 * Keep it thin: no logic here beyond adapting types. Our ExpandEmitter
 * writes straight into the response buffer, so a page is not copied
 * through a std::string on its way out.
 */
#include "tmpl.h"

#include <dirent.h>
#include <libintl.h>
#include <stdio.h>
#include <string.h>

#include <ctemplate/template.h>
#include <ctemplate/template_cache.h>
#include <ctemplate/template_dictionary.h>
#include <ctemplate/template_emitter.h>
#include <string>

#include "i18n.h"

using ctemplate::TemplateDictionary;

static const ctemplate::Strip kStrip = ctemplate::STRIP_BLANK_LINES;

/* One template cache per language, each holding every template already
 * translated; includes are found in the cache that expands them. */
static ctemplate::TemplateCache *caches[I18N_MAX];

static ctemplate::TemplateCache *cache_of(int lang)
{
	if (!caches[lang])
		caches[lang] = new ctemplate::TemplateCache();
	return caches[lang];
}

namespace
{
class BufEmitter : public ctemplate::ExpandEmitter
{
      public:
	explicit BufEmitter(struct buf *b) : b_(b)
	{
	}
	void Emit(char c) override
	{
		buf_putc(b_, c);
	}
	void Emit(const std::string &s) override
	{
		buf_append(b_, s.data(), s.size());
	}
	void Emit(const char *s) override
	{
		buf_puts(b_, s);
	}
	void Emit(const char *s, size_t n) override
	{
		buf_append(b_, s, n);
	}

      private:
	struct buf *b_;
};
} // namespace

static TemplateDictionary *D(struct tmpl_dict *d)
{
	return reinterpret_cast<TemplateDictionary *>(d);
}

static struct tmpl_dict *C(TemplateDictionary *d)
{
	return reinterpret_cast<struct tmpl_dict *>(d);
}

extern "C" char *tmpl_translate(struct arena *a, const char *text, size_t len)
{
	struct buf out = {nullptr, 0, 0};
	size_t i = 0;
	while (i < len) {
		const char *open = static_cast<const char *>(memmem(text + i, len - i, "[[", 2));
		if (!open) {
			buf_append(&out, text + i, len - i);
			break;
		}
		size_t start = static_cast<size_t>(open - text);
		const char *close =
		    static_cast<const char *>(memmem(open + 2, len - start - 2, "]]", 2));
		if (!close) {
			buf_append(&out, text + i, len - i);
			break;
		}
		buf_append(&out, text + i, start - i);
		std::string msgid(open + 2, static_cast<size_t>(close - open - 2));
		/* gettext("") is the catalogue's header: never look it up. */
		buf_puts(&out, msgid.empty() ? "" : gettext(msgid.c_str()));
		i = static_cast<size_t>(close - text) + 2;
	}
	char *r = arena_strndup(a, out.data ? out.data : "", out.len);
	buf_free(&out);
	return r;
}

/* Translate and keep the template in every language this worker has
 * (English, as the C locale says it, even before i18n_init). */
extern "C" int tmpl_load_string(const char *name, const char *text, size_t len)
{
	const int was = i18n_index();
	bool ok = true;
	for (int i = 0; ok && i18n_languages[i].code; i++) {
		if (i18n_use(i18n_languages[i].code) < 0 && i > 0)
			continue;
		struct arena a = {nullptr, nullptr};
		char *t = tmpl_translate(&a, text, len);
		ok = cache_of(i)->StringToTemplateCache(name, t, strlen(t), kStrip);
		arena_free(&a);
		if (!ok)
			fprintf(stderr, "tmpl: cannot parse template %s (%s)\n", name,
			        i18n_languages[i].code);
	}
	i18n_use(i18n_languages[was].code);
	return ok ? 0 : -1;
}

extern "C" int tmpl_load_dir(const char *root, const char *dir)
{
	std::string path = std::string(root) + "/" + dir;
	DIR *dp = opendir(path.c_str());
	if (!dp) {
		fprintf(stderr, "tmpl: cannot open %s\n", path.c_str());
		return -1;
	}
	int rc = 0;
	while (struct dirent *e = readdir(dp)) {
		size_t n = strlen(e->d_name);
		if (n < 5 || strcmp(e->d_name + n - 4, ".tpl") != 0)
			continue;
		std::string file = path + "/" + e->d_name;
		FILE *f = fopen(file.c_str(), "rb");
		if (!f) {
			fprintf(stderr, "tmpl: cannot read %s\n", file.c_str());
			rc = -1;
			continue;
		}
		std::string text;
		char chunk[8192];
		size_t got;
		while ((got = fread(chunk, 1, sizeof chunk, f)) > 0)
			text.append(chunk, got);
		fclose(f);
		std::string name = std::string(dir) + "/" + e->d_name;
		if (tmpl_load_string(name.c_str(), text.data(), text.size()) < 0)
			rc = -1;
	}
	closedir(dp);
	return rc;
}

extern "C" struct tmpl_dict *tmpl_new(const char *name)
{
	return C(new TemplateDictionary(name));
}

extern "C" void tmpl_free(struct tmpl_dict *d)
{
	delete D(d);
}

extern "C" void tmpl_set(struct tmpl_dict *d, const char *key, const char *value)
{
	D(d)->SetValue(key, value ? value : "");
}

extern "C" void tmpl_setn(struct tmpl_dict *d, const char *key, const char *value, size_t len)
{
	D(d)->SetValue(key, ctemplate::TemplateString(value, len));
}

extern "C" void tmpl_set_int(struct tmpl_dict *d, const char *key, long long value)
{
	char s[32];
	snprintf(s, sizeof s, "%lld", value);
	D(d)->SetValue(key, s);
}

extern "C" void tmpl_show(struct tmpl_dict *d, const char *section)
{
	D(d)->ShowSection(section);
}

extern "C" struct tmpl_dict *tmpl_add(struct tmpl_dict *d, const char *section)
{
	return C(D(d)->AddSectionDictionary(section));
}

extern "C" struct tmpl_dict *tmpl_include(struct tmpl_dict *d, const char *marker, const char *name)
{
	TemplateDictionary *sub = D(d)->AddIncludeDictionary(marker);
	sub->SetFilename(name);
	return C(sub);
}

extern "C" int tmpl_expand(const char *name, const struct tmpl_dict *d, struct buf *out)
{
	BufEmitter emit(out);
	const TemplateDictionary *td = reinterpret_cast<const TemplateDictionary *>(d);
	return cache_of(i18n_index())->ExpandWithData(name, kStrip, td, nullptr, &emit) ? 0 : -1;
}
