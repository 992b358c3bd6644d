// Every page of every executable (pages.mjs), in every shipped language
// (chosen with the opbak_lang cookie, as the footer's links do):
//   - axe-core finds no violation, at 360 px (a phone) and at 1280 px;
//   - the Nu Html Checker (vnu) finds no error in the HTML as served: the
//     pages are kept and checked in one run at the end (one JVM start);
//   - on the Danish and Swedish pages no English shows (catalogue.mjs):
//     no message of po/opbak.pot in English where the language translates
//     it, and no English words outside what members wrote.
// Environment: E2E_LANGS (default "en da sv") to check fewer languages;
// JAVA (default java) for vnu.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { englishProblems, englishWords, pageWords, untranslatable } from './catalogue.mjs';
import { assertNoHorizontalScroll, BASE, url } from './lib.mjs';
import { go, PAGES, WHO } from './pages.mjs';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const VNU = String(require('vnu-jar')); // the path of vnu.jar

export const LANGS = (process.env.E2E_LANGS || 'en da sv').split(/\s+/).filter(Boolean);
export const WIDTHS = [360, 1280];

// The pages' HTML for vnu: one file each, named after the page, in a
// folder made by the first story.
let kept = null;
const keptPages = new Map(); // file name -> "lang: who: page (path)"
const counted = { pages: 0, axeRuns: 0, axeMs: 0, wordsMs: 0 };

function fileName(lang, who, name) {
	return `${lang}-${who}-${name}`.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/-+$/, '') + '.html';
}

// axe's findings, one line per rule, naming the nodes.
function describeViolations(violations) {
	return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n` + v.nodes.slice(0, 5).map((n) =>
		`      ${n.target.join(' ')}: ${n.html.replace(/\s+/g, ' ').slice(0, 160)}` +
		(n.failureSummary ? `\n        ${n.failureSummary.replace(/\s+/g, ' ').slice(0, 240)}` : '')).join('\n') +
		(v.nodes.length > 5 ? `\n      ... and ${v.nodes.length - 5} more` : ''));
}

// What axe leaves to us: exactly one <h1>, and it comes first (axe asks
// for at least one, and for no skipped level), and at a phone's width
// nothing scrolls sideways (the page is at that width now).
async function beyondAxe(page) {
	const problems = await page.evaluate(() => {
		const out = [];
		const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')];
		const h1s = headings.filter((h) => h.tagName === 'H1').length;
		if (h1s !== 1) out.push(`${h1s} <h1> elements (want exactly one)`);
		if (headings.length && headings[0].tagName !== 'H1')
			out.push(`the first heading is <${headings[0].tagName.toLowerCase()}> "${headings[0].textContent.trim()}", not <h1>`);
		return out;
	});
	try {
		await assertNoHorizontalScroll(page, WIDTHS[0]);
	} catch (e) {
		problems.push(e.message);
	}
	return problems;
}

// Visit every page of PAGES[who] in LANG; all that is wrong, page by page.
async function checkPages(t, lang, who) {
	// One context per person for the whole visit (a member stays logged
	// in), a desktop one: the width changes per check, the layout follows.
	const open = async () => {
		const page = await t.newPage({ viewport: { width: WIDTHS[0], height: 800 }, isMobile: false, hasTouch: false });
		await page.context().addCookies([{ name: 'opbak_lang', value: lang, url: BASE }]);
		// axe comes in through the DevTools protocol before the page's
		// own code: an init script is no script of the page, so the page's
		// CSP (script-src) neither blocks it nor is loosened for it.
		await page.context().addInitScript({ path: AXE });
		return page;
	};
	const main = await open();
	const messages = lang === 'en' ? null : untranslatable(lang);
	const english = lang === 'en' ? null : englishWords(lang);
	const fx = { lang };
	const problems = [];
	for (const [name, how, status = 200] of PAGES[who]) {
		const label = `${lang}: ${WHO[who]}: ${name}`;
		let res;
		let page = main;
		try {
			res = typeof how === 'string' ? await go(page, how) : await how(page, fx, open);
			if (res && res.response) ({ page, response: res } = res);
		} catch (e) {
			problems.push(`${label}: could not get there: ${e.message.split('\n')[0]}`);
			continue;
		}
		const path = new URL(page.url()).pathname + new URL(page.url()).search;
		const where = `${label} (${path})`;
		counted.pages++;
		if (res.status() !== status) problems.push(`${where}: status ${res.status()}, expected ${status}`);
		const htmlLang = await page.evaluate(() => document.documentElement.lang);
		if (htmlLang !== lang) {
			problems.push(`${where}: <html lang="${htmlLang}">: the cookie opbak_lang=${lang} did not choose the language`);
			continue;
		}
		kept ??= mkdtempSync(join(tmpdir(), 'opbak-pages-'));
		const file = fileName(lang, who, name);
		writeFileSync(join(kept, file), await res.body());
		keptPages.set(file, where);

		for (const width of WIDTHS) {
			await page.setViewportSize({ width, height: 800 });
			const t0 = Date.now();
			const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
			counted.axeMs += Date.now() - t0;
			counted.axeRuns++;
			if (result.violations.length)
				problems.push(`${where} at ${width} px: axe: ${result.violations.length} rule(s) violated:\n    ` +
					describeViolations(result.violations).join('\n    '));
		}
		await page.setViewportSize({ width: WIDTHS[0], height: 800 });
		for (const p of await beyondAxe(page)) problems.push(`${where}: ${p}`);

		if (messages) {
			const t0 = Date.now();
			const found = englishProblems(await page.evaluate(pageWords), messages, english);
			counted.wordsMs += Date.now() - t0;
			if (found.length) problems.push(`${where}: English on the page:\n    ${found.join('\n    ')}`);
		}
	}
	return problems;
}

// vnu over every kept page in one run; its errors, by page and line. A
// page with a known error goes along, so a run that checked nothing (no
// file read, no JSON) cannot pass: it must be found, and only it is then
// left out.
const CANARY = 'canary-select-without-empty-option.html';
function vnuErrors() {
	if (!keptPages.size) return Promise.resolve(['no page was kept for the Nu Html Checker']);
	writeFileSync(join(kept, CANARY), '<!doctype html><html lang="en"><title>canary</title>' +
		'<select required aria-label="x"><option value="1">a</option></select></html>\n');
	const files = [CANARY, ...keptPages.keys()].map((f) => join(kept, f));
	return new Promise((resolve) => {
		execFile(process.env.JAVA || 'java', ['-jar', VNU, '--format', 'json', '--errors-only', ...files],
			{ maxBuffer: 64 << 20, timeout: 300000 }, (err, stdout, stderr) => {
				let report;
				try {
					report = JSON.parse(stderr || stdout);
				} catch {
					resolve([`vnu did not answer JSON (${err ? err.message : 'no error'}): ${(stderr || stdout).slice(0, 500)}`]);
					return;
				}
				const errors = report.messages.filter((m) => m.type !== 'info')
					.map((m) => ({ ...m, file: m.url ? basename(decodeURIComponent(m.url)) : '?' }));
				const out = errors.filter((m) => m.file !== CANARY).map((m) =>
					`${keptPages.get(m.file) || m.file} line ${m.lastLine ?? '?'}: ${m.message}` +
					(m.extract ? `\n    ${m.extract.replace(/\s+/g, ' ').slice(0, 200)}` : ''));
				if (!errors.some((m) => m.file === CANARY))
					out.push(`vnu did not find the known error in ${CANARY}: did it check anything? ${(stderr || stdout).slice(0, 300)}`);
				resolve(out);
			});
	});
}

export const stories = [
	...LANGS.flatMap((lang) => Object.keys(PAGES).map((who) => [
		`${lang}: every page ${WHO[who]} sees: no axe violation at ${WIDTHS.join(' and ')} px` +
			(lang === 'en' ? '' : ', no English'),
		async (t) => {
			const problems = await checkPages(t, lang, who);
			if (problems.length) throw new Error(`${problems.length} problem(s):\n` + problems.join('\n'));
		},
	])),

	['the Nu Html Checker finds no error on any of those pages', async (t) => {
		const started = Date.now();
		try {
			const errors = await vnuErrors();
			t.note(`vnu checked ${keptPages.size} pages in ${Date.now() - started} ms; axe ran ${counted.axeRuns} times on ${counted.pages} pages in ${counted.axeMs} ms; the English check took ${counted.wordsMs} ms`);
			if (errors.length) throw new Error(`${errors.length} error(s):\n` + errors.join('\n'));
		} finally {
			if (kept) rmSync(kept, { recursive: true, force: true });
		}
	}],
];

// For a quick look by hand: node test_every_page.mjs prints the page list.
if (process.argv[1] && process.argv[1].endsWith('test_every_page.mjs'))
	for (const who of Object.keys(PAGES)) for (const [name, how] of PAGES[who])
		console.log(`${who}\t${name}\t${typeof how === 'string' ? url(how) : '(steps)'}`);
