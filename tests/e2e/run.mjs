// run.mjs - the browser tests: every story of every tests/e2e/test_*.mjs
// (or the files given) in Debian's headless Chromium against the live stack
// at $OPBAK_URL, printing TAP: "ok N - file: story" or "not ok N - ..." with
// the failure on "#" lines below. Exit status 1 if any story failed.
//
// A test file exports `stories`: an array of [name, async (t) => {...}],
// run in the order written (a file reads as a user's story). Each story
// gets a fresh browser context (no cookies), `t.page` in it, and the
// helpers of lib.mjs; it fails by throwing. One Chromium serves them all.
//
// Environment: OPBAK_URL (default http://127.0.0.1:8080), CHROMIUM (default
// /usr/bin/chromium), E2E_TIMEOUT_MS per story (default 60000),
// E2E_ARTIFACTS (default <root>/build) for screenshots, E2E_HEADED=1 for a
// visible window on a desktop.
import { readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchBrowser, SHOTS, Story } from './lib.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const timeoutMs = Number(process.env.E2E_TIMEOUT_MS || 60000);

const files = process.argv.length > 2
	? process.argv.slice(2).map((f) => resolve(f))
	: readdirSync(here).filter((f) => /^test_.*\.mjs$/.test(f)).sort().map((f) => join(here, f));

// A file that cannot be loaded, that exports no stories, or a story that
// is not [name, function] fails as a story of its own: a count that shrinks
// without a word would mean nothing.
const failing = (message) => () => {
	throw new Error(message);
};
const tests = [];
for (const file of files) {
	const label = basename(file, '.mjs');
	let mod;
	try {
		mod = await import(pathToFileURL(file).href);
	} catch (e) {
		tests.push({ label, name: 'loads', fn: failing('the file could not be loaded: ' + (e && e.stack ? e.stack : e)) });
		continue;
	}
	const stories = mod.stories;
	if (!Array.isArray(stories) || stories.length === 0) {
		tests.push({ label, name: 'has stories', fn: failing('the file exports no `stories` (a non-empty array of [name, async (t) => {...}])') });
		continue;
	}
	for (const [i, story] of stories.entries()) {
		const [name, fn] = Array.isArray(story) ? story : [];
		if (typeof name !== 'string' || !name || typeof fn !== 'function') {
			tests.push({ label, name: `story ${i + 1}`, fn: failing(`stories[${i}] is not [name, function]`) });
		} else {
			tests.push({ label, name, fn });
		}
	}
}

// A generator function's body runs only when iterated: called as a story
// it would return at once and "pass" without checking anything.
const GENERATORS = [function* () {}, async function* () {}].map((g) => Object.getPrototypeOf(g));
async function runStory(fn, story) {
	if (GENERATORS.includes(Object.getPrototypeOf(fn)))
		throw new Error('generator story never runs: the story is a function* (a stray yield?)');
	const result = await fn(story);
	if (result && (typeof result.next === 'function' || typeof result[Symbol.asyncIterator] === 'function'))
		throw new Error('generator story never runs: the story returned an iterator instead of running');
}

function comment(text) {
	for (const line of String(text).split('\n')) console.log('#   ' + line);
}

// Screenshots of the last run's failures would only mislead.
rmSync(join(SHOTS, 'failures'), { recursive: true, force: true });

console.log(`1..${tests.length}`);
const started = Date.now();
let browser;
try {
	browser = await launchBrowser();
} catch (e) {
	// Every story fails, each saying why, so the count stays honest.
	tests.forEach((t, i) => {
		console.log(`not ok ${i + 1} - ${t.label}: ${t.name}`);
		comment('could not start Chromium: ' + (e && e.message ? e.message : e));
	});
	process.exit(1);
}

let failed = 0;
for (const [i, t] of tests.entries()) {
	const story = new Story(browser, `${t.label}-${i + 1}`);
	const t0 = Date.now();
	let timer;
	let error = null;
	try {
		await story.open();
		await Promise.race([
			runStory(t.fn, story),
			new Promise((_, reject) => {
				timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
			}),
		]);
		// Whatever the story, the pages it saw logged no error and broke
		// no Content-Security-Policy rule.
		if (story.problems.length)
			throw new Error('the browser reported problems:\n' + story.problems.join('\n'));
	} catch (e) {
		error = e;
	} finally {
		clearTimeout(timer);
	}
	const ms = Date.now() - t0;
	if (error) {
		failed++;
		console.log(`not ok ${i + 1} - ${t.label}: ${t.name}`);
		comment(error && error.stack ? error.stack : String(error));
		const where = await story.failureScreenshot();
		if (where) comment('the page at failure: ' + where);
	} else {
		console.log(`ok ${i + 1} - ${t.label}: ${t.name}`);
	}
	for (const note of story.notes) comment(note);
	comment(`${ms} ms`);
	await story.close();
}
await browser.close().catch(() => {});
console.log(`# ${tests.length - failed} of ${tests.length} passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(failed ? 1 : 0);
