// lib.mjs - what the browser stories share: starting Chromium, a fresh
// context per story, the people who use the site (register, log in, log
// out), and checks that read the page as a browser sees it.
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(here, '..', '..');
export const BASE = (process.env.OPBAK_URL || 'http://127.0.0.1:8080').replace(/\/+$/, '');
export const ARTIFACTS = process.env.E2E_ARTIFACTS || join(ROOT, 'build');
export const SHOTS = join(ARTIFACTS, 'e2e-screenshots');

// A phone, as most members read: 360 CSS pixels wide.
export const PHONE = { width: 360, height: 740 };

// The flags Chromium needs on these machines (no sandbox as root, no GPU,
// and nothing that reaches for the network beyond the stack).
const FLAGS = [
	'--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
	'--disable-background-networking', '--disable-component-update', '--disable-sync',
	'--disable-dev-shm-usage',
];

export async function launchBrowser() {
	// playwright-core gives every launch a new empty --user-data-dir.
	return chromium.launch({
		executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
		headless: process.env.E2E_HEADED !== '1',
		args: process.env.E2E_HEADED === '1' ? FLAGS.filter((f) => f !== '--headless') : FLAGS,
		timeout: 30000,
	});
}

export function assert(cond, message) {
	if (!cond) throw new Error(message);
}

export function assertEqual(actual, expected, what) {
	if (actual !== expected)
		throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

let counter = 0;
// A pseudonym nobody has yet: 3-20 of A-Z a-z 0-9 _.
export function newPseudonym(prefix = 'e2e') {
	counter++;
	const stamp = Date.now().toString(36).slice(-5);
	const rnd = Math.random().toString(36).slice(2, 6);
	return `${prefix}_${stamp}${rnd}${counter}`.slice(0, 20);
}

export const PASSWORD = 'correct horse battery';
export const BIRTH = '2004-05-17';

// One story: a fresh browser context (no cookies, phone-sized unless the
// story asks otherwise), the console and CSP reports of its pages, and
// the helpers the stories use.
export class Story {
	constructor(browser, slug) {
		this.browser = browser;
		this.slug = slug.replace(/[^A-Za-z0-9_-]+/g, '_');
		this.contexts = [];
		this.pages = [];
		this.page = null;
		this.problems = []; // console errors, CSP violations, page errors
		this.notes = []; // printed as TAP comments after the result
	}

	async open() {
		this.page = await this.newPage();
	}

	// A new context and page; options go to browser.newContext (e.g.
	// { colorScheme: 'dark' } or another viewport).
	async newPage(options = {}) {
		const context = await this.browser.newContext({
			viewport: PHONE,
			deviceScaleFactor: 1,
			isMobile: true,
			hasTouch: true,
			locale: 'en-US',
			colorScheme: 'light',
			...options,
		});
		context.setDefaultTimeout(15000);
		context.setDefaultNavigationTimeout(20000);
		// The page itself reports CSP violations to the console, where
		// the listener below collects them with every other error. An init
		// script runs through the DevTools protocol: the page's CSP does
		// not apply to it, and it adds no script to the page.
		await context.addInitScript(() => {
			document.addEventListener('securitypolicyviolation', (e) => {
				console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || '(inline)'}` +
					` at ${e.sourceFile || e.documentURI}:${e.lineNumber}`);
			});
		});
		this.contexts.push(context);
		const page = await context.newPage();
		this.pages.push(page);
		// Chromium logs "Failed to load resource" for a page that answers
		// 4xx, such as a form shown back with errors (400): the stories
		// check those statuses themselves, so only a sub-resource's failure
		// (a stylesheet, an image) counts here.
		const documents = new Set();
		page.on('response', (res) => {
			const req = res.request();
			if (req.isNavigationRequest() && req.frame() === page.mainFrame()) documents.add(res.url());
		});
		page.on('console', (msg) => {
			if (msg.type() !== 'error') return;
			const loc = msg.location() || {};
			if (/^Failed to load resource: the server responded/.test(msg.text()) && documents.has(loc.url)) return;
			this.problems.push(`console error on ${page.url()}: ${msg.text()}` +
				(loc.url ? ` (${loc.url}:${loc.lineNumber})` : ''));
		});
		page.on('pageerror', (err) => this.problems.push(`uncaught exception on ${page.url()}: ${err.message}`));
		return page;
	}

	async close() {
		for (const c of this.contexts) await c.close().catch(() => {});
		this.contexts = [];
	}

	// The page the story last opened that is still open.
	lastPage() {
		return [...this.pages].reverse().find((p) => !p.isClosed()) || null;
	}

	async failureScreenshot() {
		const page = this.lastPage();
		if (!page) return null;
		const file = join(SHOTS, 'failures', `${this.slug}.png`);
		try {
			mkdirSync(dirname(file), { recursive: true });
			await page.screenshot({ path: file, fullPage: true, timeout: 5000 });
			return `${file} (${page.url()})`;
		} catch {
			return null;
		}
	}

	note(text) {
		this.notes.push(text);
	}
}

export function url(path) {
	return BASE + path;
}

// goto PATH and insist on a 200 and the HTML of our layout.
export async function visit(page, path, status = 200) {
	const res = await page.goto(url(path), { waitUntil: 'load' });
	assert(res, `no response for ${path}`);
	assertEqual(res.status(), status, `status of GET ${path}`);
	return res;
}

export function pathOf(page) {
	return new URL(page.url()).pathname;
}

// Wait until the page's path is PATH (after a click that navigates).
export async function waitForPath(page, path) {
	await page.waitForURL((u) => new URL(u).pathname === path, { waitUntil: 'load' });
}

// Fill the register form the way a person does: label by label.
export async function fillRegister(page, { handle, password = PASSWORD, password2 = password, birth = BIRTH }) {
	await page.getByLabel('Pseudonym', { exact: true }).fill(handle);
	await page.getByLabel('Password', { exact: true }).fill(password);
	await page.getByLabel('Repeat password', { exact: true }).fill(password2);
	// A real <input type="date">: fill() sets it as the date picker would.
	await page.getByLabel('Date of birth', { exact: true }).fill(birth);
}

// A new member, registered through the form; the page ends on writing
// his first post, logged in. Returns his pseudonym.
export async function register(page, handle = newPseudonym()) {
	await visit(page, '/account/register');
	await fillRegister(page, { handle });
	await page.locator('main').getByRole('button', { name: 'Join', exact: true }).click();
	await waitForPath(page, '/post/new');
	return handle;
}

export async function login(page, handle, password = PASSWORD) {
	await visit(page, '/account/login');
	await page.getByLabel('Pseudonym', { exact: true }).fill(handle);
	await page.getByLabel('Password', { exact: true }).fill(password);
	await Promise.all([
		page.waitForNavigation({ waitUntil: 'load' }),
		page.locator('main').getByRole('button', { name: 'Log in', exact: true }).click(),
	]);
	assert(pathOf(page) !== '/account/login',
		`log-in as ${handle} stayed on the login page: ${await mainText(page)}`);
}

// The demo content's admin (scripts/demo.sh).
export const ADMIN = { handle: 'admin', password: 'demo-password-admin' };

// Night pre-moderation, set by the admin at /mod/settings for the length
// of fn, so a story checks the same thing whatever the hour: held: true
// puts the site's current hour inside the window (two hours wide, so a
// story that crosses the hour stays inside), held: false leaves it
// outside. The settings as they were come back afterwards, even when fn
// fails. Returns what fn returns.
export async function withNightWindow(t, { held }, fn) {
	const admin = await t.newPage();
	await login(admin, ADMIN.handle, ADMIN.password);
	await visit(admin, '/mod/settings');
	const before = {
		enabled: await admin.getByLabel('Hold posts and backings at night').isChecked(),
		start: await admin.getByLabel(/^From hour/).inputValue(),
		end: await admin.getByLabel(/^Until hour/).inputValue(),
	};
	const text = await admin.locator('main').innerText();
	const m = /It is now (\d+):00 in /.exec(text);
	assert(m, `/mod/settings does not tell the site's hour: ${text.slice(0, 300)}`);
	const hour = Number(m[1]);
	const window = held ? [hour, (hour + 2) % 24] : [(hour + 3) % 24, (hour + 4) % 24];
	await saveNightWindow(admin, { enabled: true, start: window[0], end: window[1] });
	const now = await admin.locator('main').innerText();
	const want = held ? 'New posts are held right now.' : 'New posts are shown at once right now.';
	assert(now.includes(want), `after setting the night window ${window.join('-')} at ${hour}:00 the page does not say "${want}"`);
	try {
		return await fn();
	} finally {
		await saveNightWindow(admin, before);
	}
}

async function saveNightWindow(page, { enabled, start, end }) {
	await visit(page, '/mod/settings');
	await page.getByLabel('Hold posts and backings at night').setChecked(enabled);
	await page.getByLabel(/^From hour/).fill(String(start));
	await page.getByLabel(/^Until hour/).fill(String(end));
	await Promise.all([
		page.waitForNavigation({ waitUntil: 'load' }),
		page.locator('main').getByRole('button', { name: 'Save', exact: true }).click(),
	]);
	assert((await page.locator('main').innerText()).includes('Saved.'),
		`the night window ${start}-${end} was not saved: ${await mainText(page)}`);
}

export async function mainText(page) {
	return (await page.locator('main').innerText().catch(() => '')).replace(/\s+/g, ' ').slice(0, 300);
}

export function header(page) {
	return page.locator('header');
}

// Open the header's menu (a <details> on a phone) as a person does, by
// tapping "Menu"; on a wide screen its links show without it. Returns the
// header.
export async function openMenu(page) {
	const menu = page.locator('header details.menu');
	if (await menu.count() && !(await menu.evaluate((d) => d.open)) && await menu.locator('summary').isVisible())
		await menu.locator('summary').click();
	return header(page);
}

// Horizontal scrolling: the document is wider than the viewport.
export async function assertNoHorizontalScroll(page, width = PHONE.width) {
	const { scrollWidth, culprits } = await page.evaluate((w) => {
		const out = [];
		for (const el of document.querySelectorAll('body *')) {
			const r = el.getBoundingClientRect();
			if (r.right > w + 0.5 && r.width > 0) {
				const id = el.id ? '#' + el.id : '';
				const cls = el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : '';
				out.push(`${el.tagName.toLowerCase()}${id}${cls} (right edge ${Math.round(r.right)} px)`);
			}
		}
		return { scrollWidth: document.documentElement.scrollWidth, culprits: out.slice(0, 5) };
	}, width);
	assert(scrollWidth <= width,
		`${pathOf(page)} scrolls sideways at ${width} px: scrollWidth ${scrollWidth}; too wide: ${culprits.join(', ')}`);
}

// The accessibility basics a browser can see on its own. Returns a list of
// problems (empty when all is well).
export async function accessibilityProblems(page) {
	return page.evaluate(() => {
		const problems = [];
		const describe = (el) => {
			let s = el.tagName.toLowerCase();
			if (el.id) s += '#' + el.id;
			else if (el.getAttribute('name')) s += `[name="${el.getAttribute('name')}"]`;
			if (el.type && el.tagName === 'INPUT') s += `[type=${el.type}]`;
			return s;
		};
		const idExists = (id) => !!document.getElementById(id);

		const lang = document.documentElement.getAttribute('lang');
		if (!lang || !lang.trim()) problems.push('<html> has no lang');

		if (!document.title.trim()) problems.push('the page has no <title>');

		for (const el of document.querySelectorAll('input, select, textarea')) {
			if (el.tagName === 'INPUT' && el.type === 'hidden') continue;
			const byFor = el.id && [...document.querySelectorAll('label[for]')]
				.some((l) => l.htmlFor === el.id && l.textContent.trim());
			const wrapped = el.closest('label') && el.closest('label').textContent.trim();
			const aria = (el.getAttribute('aria-label') || '').trim();
			const labelledby = (el.getAttribute('aria-labelledby') || '').split(/\s+/).filter(Boolean);
			const byLabelledby = labelledby.length && labelledby.every(idExists);
			if (!byFor && !wrapped && !aria && !byLabelledby) problems.push(`${describe(el)} has no label`);
		}

		for (const attr of ['aria-describedby', 'aria-labelledby', 'aria-controls']) {
			for (const el of document.querySelectorAll(`[${attr}]`)) {
				for (const id of el.getAttribute(attr).split(/\s+/).filter(Boolean))
					if (!idExists(id)) problems.push(`${describe(el)} ${attr} points to missing #${id}`);
			}
		}

		const seen = new Map();
		for (const el of document.querySelectorAll('[id]')) seen.set(el.id, (seen.get(el.id) || 0) + 1);
		for (const [id, n] of seen) if (n > 1) problems.push(`id "${id}" is used ${n} times`);

		const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')];
		const h1s = headings.filter((h) => h.tagName === 'H1');
		if (h1s.length !== 1) problems.push(`${h1s.length} <h1> elements (want exactly one)`);
		let prev = 0;
		for (const h of headings) {
			const level = Number(h.tagName[1]);
			if (prev === 0 && level !== 1) problems.push(`the first heading is <${h.tagName.toLowerCase()}> "${h.textContent.trim()}", not <h1>`);
			if (prev && level > prev + 1)
				problems.push(`heading skips a level: <h${prev}> then <h${level}> "${h.textContent.trim()}"`);
			if (!h.textContent.trim()) problems.push(`empty <h${level}>`);
			prev = level;
		}

		for (const img of document.querySelectorAll('img')) {
			if (!img.hasAttribute('alt')) problems.push(`<img src="${img.getAttribute('src')}"> has no alt`);
		}
		for (const el of document.querySelectorAll('input[type=image]')) {
			if (!(el.getAttribute('alt') || '').trim()) problems.push(`${describe(el)} has no alt`);
		}

		for (const el of document.querySelectorAll('a[href], button')) {
			const name = (el.textContent + ' ' + (el.getAttribute('aria-label') || '') + ' ' +
				[...el.querySelectorAll('img[alt]')].map((i) => i.alt).join(' ')).trim();
			if (!name) problems.push(`${describe(el)} has no accessible name`);
		}

		if (!document.querySelector('main')) problems.push('the page has no <main>');
		return problems;
	});
}

// WCAG relative luminance and contrast of CSS rgb()/rgba() colours.
export function parseColor(css) {
	const m = css.match(/rgba?\(\s*([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)/);
	if (!m) return null;
	let a = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
	return { r: +m[1], g: +m[2], b: +m[3], a };
}

export function luminance({ r, g, b }) {
	const lin = (c) => {
		c /= 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrast(c1, c2) {
	const [hi, lo] = [luminance(c1), luminance(c2)].sort((x, y) => y - x);
	return (hi + 0.05) / (lo + 0.05);
}

// Every visible piece of text on the page with its colour and the colour
// behind it (the nearest ancestor with an opaque background).
export async function textColours(page) {
	return page.evaluate(() => {
		const out = [];
		const opaqueBg = (el) => {
			for (let e = el; e; e = e.parentElement) {
				const bg = getComputedStyle(e).backgroundColor;
				const m = bg.match(/rgba?\(([^)]*)\)/);
				if (m) {
					const parts = m[1].split(/[ ,/]+/).filter(Boolean);
					const a = parts.length > 3 ? parseFloat(parts[3]) : 1;
					if (a > 0.5) return bg;
				}
			}
			return 'rgb(255, 255, 255)';
		};
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		const seen = new Set();
		for (let n = walker.nextNode(); n; n = walker.nextNode()) {
			if (!n.textContent.trim()) continue;
			const el = n.parentElement;
			if (!el || seen.has(el)) continue;
			seen.add(el);
			const r = el.getBoundingClientRect();
			const cs = getComputedStyle(el);
			if (r.width === 0 || r.height === 0 || cs.visibility === 'hidden' || cs.display === 'none') continue;
			// Visually hidden text (the clip pattern) is for screen readers.
			if (r.width <= 1 && r.height <= 1) continue;
			if (cs.clip === 'rect(0px, 0px, 0px, 0px)' || cs.clipPath === 'inset(50%)') continue;
			let sel = el.tagName.toLowerCase();
			if (el.id) sel += '#' + el.id;
			else if (typeof el.className === 'string' && el.className.trim()) sel += '.' + el.className.trim().split(/\s+/).join('.');
			out.push({
				sel,
				text: n.textContent.trim().slice(0, 40),
				color: cs.color,
				bg: opaqueBg(el),
				size: parseFloat(cs.fontSize),
				bold: Number(cs.fontWeight) >= 700,
			});
		}
		return out;
	});
}

// Text whose contrast is below WCAG AA (4.5:1, or 3:1 for large text).
export async function contrastProblems(page) {
	const problems = [];
	for (const t of await textColours(page)) {
		const fg = parseColor(t.color);
		const bg = parseColor(t.bg);
		if (!fg || !bg) continue;
		const large = t.size >= 24 || (t.bold && t.size >= 18.66);
		const need = large ? 3 : 4.5;
		const ratio = contrast(fg, bg);
		if (ratio < need)
			problems.push(`${t.sel} "${t.text}": ${t.color} on ${t.bg} is ${ratio.toFixed(2)}:1 (needs ${need}:1)`);
	}
	return problems;
}

// Links, buttons and fields smaller than 24 x 24 CSS px (WCAG 2.2 AA's
// minimum target size); links inside a sentence are exempt there, so they
// are reported apart.
export async function smallTargets(page, min = 24) {
	return page.evaluate((min) => {
		const out = [];
		for (const el of document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary')) {
			const r = el.getBoundingClientRect();
			const cs = getComputedStyle(el);
			if (r.width === 0 || r.height === 0 || cs.visibility === 'hidden') continue;
			if (r.width <= 1 && r.height <= 1) continue;
			if (r.width >= min && r.height >= min) continue;
			const p = el.parentElement;
			const inline = el.tagName === 'A' && p && ['P', 'LI', 'DD', 'TD'].includes(p.tagName) &&
				p.textContent.trim().length > el.textContent.trim().length + 10;
			let sel = el.tagName.toLowerCase();
			if (el.id) sel += '#' + el.id;
			else if (typeof el.className === 'string' && el.className.trim()) sel += '.' + el.className.trim().split(/\s+/).join('.');
			if (el.getAttribute('href')) sel += `[href="${el.getAttribute('href')}"]`;
			out.push(`${sel} "${el.textContent.trim().slice(0, 30)}" ${Math.round(r.width)}x${Math.round(r.height)}${inline ? ' (inline in text)' : ''}`);
		}
		return out;
	}, min);
}

export async function screenshot(page, name) {
	mkdirSync(SHOTS, { recursive: true });
	const file = join(SHOTS, `${name}.png`);
	await page.screenshot({ path: file, fullPage: true });
	return file;
}
