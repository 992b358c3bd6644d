// catalogue.mjs - the message catalogue (po/opbak.pot, po/<lang>.po) read
// in node, and the test that a Danish or Swedish page shows no English the
// catalogue translates, nor English it does not know of.
//
// A page's words are its text nodes and the attributes a person meets
// (aria-label, placeholder, title, alt, a button's value), outside what
// people wrote: the elements pageWords() names (post titles, bodies and
// excerpts, bios, notes, feedback), a <textarea> or <code> (what one
// types), text quoted in the page's own sentences (“...”, »...«, „...“, ”...”, how
// the catalogue quotes a title: "Your backing on “{{post_title}}”"), and
// text whose language the template declares with lang= (a helpline's
// name; a topic an admin named in English only).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lib.mjs';

// po strings: "..." lines after a keyword, concatenated, C escapes undone.
function unquote(s) {
	return s.replace(/^"|"$/g, '').replace(/\\(["\\nt])/g, (_, c) => ({ n: '\n', t: '\t' })[c] || c);
}

// Entries of a .po or .pot file: { id, plural, strs: [..], fuzzy }. The
// header (msgid "") and obsolete entries (#~) are left out.
export function parsePo(file) {
	const entries = [];
	let e = null;
	let key = null;
	let fuzzy = false;
	const flush = () => {
		if (e && e.id) entries.push(e);
		e = null;
	};
	for (const line of readFileSync(file, 'utf8').split('\n')) {
		if (/^#,.*\bfuzzy\b/.test(line)) fuzzy = true;
		if (line.startsWith('#') || !line.trim()) continue;
		let m = /^(msgctxt|msgid|msgid_plural|msgstr)(?:\[(\d+)\])?\s+(".*")\s*$/.exec(line);
		if (m) {
			const [, kw, index, quoted] = m;
			if ((kw === 'msgctxt' || kw === 'msgid') && e && e.strs.length) flush();
			if (!e) {
				e = { id: '', plural: null, strs: [], fuzzy };
				fuzzy = false;
			}
			key = kw === 'msgstr' ? Number(index || 0) : kw;
			if (typeof key === 'number') e.strs[key] = unquote(quoted);
			else if (kw === 'msgid') e.id = unquote(quoted);
			else if (kw === 'msgid_plural') e.plural = unquote(quoted);
			continue;
		}
		m = /^(".*")\s*$/.exec(line);
		if (m && e) {
			if (typeof key === 'number') e.strs[key] += unquote(m[1]);
			else if (key === 'msgid') e.id += unquote(m[1]);
			else if (key === 'msgid_plural') e.plural += unquote(m[1]);
		}
	}
	flush();
	return entries;
}


const squash = (s) => s.replace(/\s+/g, ' ').trim();
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// printf conversions and {{template}} variables stand for any words.
const PLACEHOLDER = /%%|%(?:\d+\$)?[-+ #0]*\d*(?:\.\d+)?(?:hh|h|ll|l|z|j|t)?[diouxXsScfeEgG]|\{\{[^}]*\}\}/g;

// A regular expression source for the words of a message: its fixed text
// literally, each placeholder as "some words".
function pattern(text) {
	let out = '';
	let last = 0;
	for (const m of text.matchAll(PLACEHOLDER)) {
		out += escapeRe(text.slice(last, m.index));
		out += m[0] === '%%' ? '%' : '.+?';
		last = m.index + m[0].length;
	}
	out += escapeRe(text.slice(last));
	return out.replace(/\s+/g, '\\s+').trim();
}

// The English the catalogue translates into LANG: each message whose
// translation is missing, or differs from the English, as
// { english, full: RegExp (the whole text is this message), part: RegExp
// (the message inside a longer text; only for messages of two words or
// more, so a lone "or" or "by" matches no Danish word), translated }.
// Messages translated by the same words ("Leaderboard", "RSS") may show.
export function untranslatable(lang) {
	const pot = parsePo(join(ROOT, 'po', 'opbak.pot'));
	const po = new Map(parsePo(join(ROOT, 'po', `${lang}.po`)).filter((e) => !e.fuzzy).map((e) => [e.id, e]));
	const out = [];
	for (const e of pot) {
		const tr = po.get(e.id);
		const strs = tr ? tr.strs.filter((s) => s) : [];
		for (const english of [e.id, e.plural].filter(Boolean)) {
			if (strs.length && strs.some((s) => squash(s) === squash(english))) continue;
			const fixed = squash(english.replace(PLACEHOLDER, ' '));
			if (!/[A-Za-z]{2}/.test(fixed)) continue; // "%d", "·": no English in it
			const src = pattern(squash(english));
			out.push({
				english: squash(english),
				translated: strs.length ? squash(strs[0]) : null,
				full: new RegExp(`^${src}$`, 'u'),
				part: fixed.split(' ').length >= 2 ? new RegExp(`(?:^|[^\\p{L}\\p{N}_])${src}(?:$|[^\\p{L}\\p{N}_])`, 'u') : null,
			});
		}
	}
	// The longest first: a sentence is named by its own message, not by a
	// short one inside it.
	return out.sort((a, b) => b.english.length - a.english.length);
}

// Words that say "English" on a LANG page: every word of the catalogue's
// English (its msgids) and the common English words below, less every word
// the LANG translations use. So "Newest" or "Which posts" shows up even
// when the catalogue does not know it yet, while a word the translation
// itself uses ("have" in Danish, "just" in Swedish, "Leaderboard", "Opbak")
// never does. Words of the page that are in neither (a handle, a place
// name, a Danish topic name from the database) pass.
const COMMON = `the and you your yours with this that these those of have has had not what who whom
whose how why when where which there here it its on my mine can cannot could will would should shall
are was were been being an or from they them their our ours we he his him she if than then into about
only some any every each more most other others just also please yet again before after does did done
doing such because while until though own already still is to`.split(/\s+/);

const wordsOf = (s) => (s.toLowerCase().replace(PLACEHOLDER, ' ').match(/[\p{L}\p{N}_']+/gu) || [])
	.map((w) => w.replace(/^'+|'+$|'s$/g, '')).filter((w) => w && !/^\d+$/.test(w));

export function englishWords(lang) {
	const pot = parsePo(join(ROOT, 'po', 'opbak.pot'));
	const po = parsePo(join(ROOT, 'po', `${lang}.po`)).filter((e) => !e.fuzzy);
	const theirs = new Set(po.flatMap((e) => e.strs.flatMap(wordsOf)));
	const english = new Set([...COMMON, ...pot.flatMap((e) => [e.id, e.plural || ''].flatMap(wordsOf))]);
	return new Set([...english].filter((w) => !theirs.has(w)));
}

// Quoted text in the page's own sentences is a member's (a title).
const QUOTED = /“[^”]*”|„[^“”]*[“”]|»[^«]*«|”[^”]*”|"[^"]*"/g;

// Problems of one page's words (pageWords) in a language: "untranslated:
// ..." for a message of the catalogue (untranslatable) shown in English,
// "reads as English: ..." for other text with English words (englishWords).
export function englishProblems(words, messages, english) {
	const problems = [];
	const seen = new Set();
	for (const { text, where } of words) {
		const t = squash(text);
		if (!t || seen.has(t)) continue;
		seen.add(t);
		const hit = messages.find((m) => m.full.test(t)) || messages.find((m) => m.part && m.part.test(t));
		if (hit) {
			problems.push(`untranslated: "${t}" (${where}) is the catalogue's "${hit.english}"` +
				(hit.translated ? `, translated "${hit.translated}"` : ', which has no translation'));
			continue;
		}
		// Quotes are a member's words; an address (/t/girls-and-dating,
		// Europe/Copenhagen) is no sentence.
		const own = t.replace(QUOTED, ' ').replace(/\S*[/@]\S*/g, ' ');
		const found = [...new Set(wordsOf(own).filter((w) => english.has(w)))];
		if (found.length) problems.push(`reads as English: "${t}" (${where}): ${found.join(', ')}`);
	}
	return problems;
}

// Runs in the page: its words outside what members wrote, each with where
// it was found. Text that a member wrote and that the page repeats outside
// the marked element (a title in <title> or in a button's hidden label)
// is cut out too.
export function pageWords() {
	// What people wrote: marked data-user-text, or where the templates
	// already name it (the HTTP tests read that markup as it is): post
	// titles, excerpts and bodies, bios, a support person's experience,
	// text in the moderation queue and feedback, a post's title wherever a
	// list or a queue item links to it, and a pseudonym linking to its
	// profile. A new kind of content goes here, or gets data-user-text.
	const MARK = ['[data-user-text]', '.post-title', '.excerpt', '#post-title', '.body', '.bio',
		'.life-experience', '.experience', '.mod-text', '.rows a[href^="/p/"]', '.mod-item a[href^="/p/"]',
		'a[href^="/u/"]'].join(', ');
	// Text whose language the template declares (lang= on an element: a
	// helpline's name, a topic an admin named in English only) is what it
	// says it is, in any page's language.
	const foreign = (el) => {
		const l = el.closest('[lang]');
		return l && l !== document.documentElement;
	};
	const written = [...document.querySelectorAll(MARK)]
		.map((el) => el.textContent.replace(/\s+/g, ' ').trim())
		.filter((s) => s.length >= 2)
		.sort((a, b) => b.length - a.length);
	const cut = (s) => {
		let out = s.replace(/\s+/g, ' ');
		for (const w of written) out = out.split(w).join(' ');
		return out.trim();
	};
	const describe = (el) => {
		let s = el.tagName.toLowerCase();
		if (el.id) s += '#' + el.id;
		else if (typeof el.className === 'string' && el.className.trim()) s += '.' + el.className.trim().split(/\s+/).join('.');
		return s;
	};
	const out = [];
	const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
	for (let n = walker.nextNode(); n; n = walker.nextNode()) {
		const el = n.parentElement;
		// What one types (a <textarea>, <code>) is no sentence of the page.
		if (!el || el.closest(`script, style, textarea, code, kbd, samp, ${MARK}`) || foreign(el)) continue;
		const text = cut(n.textContent);
		if (text) out.push({ text, where: `text in <${describe(el)}>` });
	}
	const ATTRS = ['aria-label', 'placeholder', 'title', 'alt'];
	for (const el of document.querySelectorAll(ATTRS.map((a) => `[${a}]`).join(', ') + ', input[type=submit][value], input[type=button][value]')) {
		if (el.closest(MARK) || foreign(el)) continue;
		for (const a of [...ATTRS, 'value']) {
			if (a === 'value' && !(el.tagName === 'INPUT' && /^(submit|button)$/.test(el.type))) continue;
			const v = el.getAttribute(a);
			if (v && cut(v)) out.push({ text: cut(v), where: `${a} of <${describe(el)}>` });
		}
	}
	return out;
}
