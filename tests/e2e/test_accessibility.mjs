// Every page a newcomer meets, read by a browser: labels, headings, lang,
// alt text; and no Content-Security-Policy violation or console error.
import {
	accessibilityProblems, assert, assertEqual, assertNoHorizontalScroll, fillRegister, pathOf, register,
	visit,
} from './lib.mjs';

// What the register form says to { handle: 'x', password: 'short', birth: '' }.
const REGISTER_ERRORS = [
	['handle', 'Pseudonym must be 3 to 20 characters long'],
	['password', 'Password must be at least 10 characters long'],
	['birth_date', 'Date of birth is required'],
];

// [name, how to get there]. Each runs in a fresh context.
const PAGES = [
	['/ (guest)', async (page) => visit(page, '/')],
	['/account/login', async (page) => visit(page, '/account/login')],
	['/account/register', async (page) => visit(page, '/account/register')],
	['/account/register shown back with errors', async (page) => {
		await visit(page, '/account/register');
		await fillRegister(page, { handle: 'x', password: 'short', password2: 'other', birth: '' });
		const [res] = await Promise.all([
			page.waitForNavigation({ waitUntil: 'load' }),
			page.locator('main').getByRole('button', { name: 'Join', exact: true }).click(),
		]);
		// The form came back refused, saying why, field by field, in a way
		// a screen reader tells: the summary, each field marked invalid and
		// described by its own message.
		assertEqual(res && res.status(), 400, 'status of the refused register form');
		assertEqual(pathOf(page), '/account/register', 'the refused form\'s address');
		const summary = page.locator('main [role="alert"]');
		assertEqual(await summary.count(), 1, 'error summaries (role=alert)');
		for (const [field, message] of REGISTER_ERRORS) {
			const link = summary.getByRole('link', { name: message, exact: true });
			assertEqual(await link.count(), 1, `the summary's link "${message}"`);
			assertEqual(await link.getAttribute('href'), `#${field}`, `where "${message}" leads`);
			const input = page.locator(`main #${field}`);
			assertEqual(await input.getAttribute('aria-invalid'), 'true', `aria-invalid of ${field}`);
			const described = await input.evaluate((el) => (el.getAttribute('aria-describedby') || '')
				.split(/\s+/).map((id) => document.getElementById(id)?.textContent.trim() || ''));
			assert(described.includes(message), `${field} is not described by "${message}": ${JSON.stringify(described)}`);
		}
		assertEqual(await page.getByLabel('Pseudonym', { exact: true }).inputValue(), 'x', 'the pseudonym kept');
	}],
	['/account/settings (member)', async (page) => {
		await register(page);
		await visit(page, '/account/settings');
	}],
	['/ (member)', async (page) => {
		await register(page);
		await visit(page, '/');
	}],
	// The community, on the demo content every stack loads.
	['/p/1 (a post with its backings)', async (page) => visit(page, '/p/1')],
	['/t/family', async (page) => visit(page, '/t/family')],
	['/search?q=school', async (page) => visit(page, '/search?q=school')],
	['/leaderboard', async (page) => visit(page, '/leaderboard?period=all')],
	['/u/sofie_sp (a support person)', async (page) => visit(page, '/u/sofie_sp')],
	['/feedback', async (page) => visit(page, '/feedback')],
	['/post/new (member)', async (page) => {
		await register(page);
		await visit(page, '/post/new');
	}],
	['/notifications (member)', async (page) => {
		await register(page);
		await visit(page, '/notifications');
	}],
];

export const stories = [
	...PAGES.map(([name, go]) => [`accessibility basics on ${name}`, async (t) => {
		await go(t.page);
		const problems = await accessibilityProblems(t.page);
		assert(problems.length === 0, `${name}:\n` + problems.join('\n'));
		await assertNoHorizontalScroll(t.page);
	}]),

	['no CSP violation and no console error on any of those pages', async (t) => {
		for (const [name, go] of PAGES) {
			const page = await t.newPage();
			await go(page);
			// Let late sub-resources (icon, fonts) arrive and report.
			await page.waitForLoadState('networkidle');
			assert(t.problems.length === 0, `after ${name}:\n` + t.problems.join('\n'));
			await page.context().close();
		}
	}],

	['the CSP listener itself works: a blocked image is reported', async (t) => {
		// Guards the guard: if this stops failing the page, the check
		// above proves nothing.
		await visit(t.page, '/');
		await t.page.evaluate((src) => {
			const img = document.createElement('img');
			img.src = src;
			img.alt = '';
			document.body.append(img);
		}, 'http://opbak.invalid/blocked.png'); // refused by img-src 'self' before any request
		for (let i = 0; i < 50 && !t.problems.some((p) => /CSP violation: img-src/.test(p)); i++)
			await t.page.waitForTimeout(20);
		const seen = t.problems.some((p) => /CSP violation: img-src/.test(p));
		t.problems.length = 0;
		assert(seen, 'an image from another origin was not reported as a CSP violation');
	}],
];
