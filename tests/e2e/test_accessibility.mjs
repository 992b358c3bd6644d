// Accessibility a browser sees beyond what axe-core checks. Every page of
// every executable, in every language, is checked by axe-core at two
// widths, for one <h1>, for no sideways scrolling and, like every story,
// for no CSP violation and no console error in test_every_page.mjs; here
// are a refused form's errors as a screen reader tells them, and the guard
// of the CSP listener all those checks rely on.
import { assert, assertEqual, fillRegister, pathOf, visit } from './lib.mjs';

// What the register form says to { handle: 'x', password: 'short', birth: '' }.
const REGISTER_ERRORS = [
	['handle', 'Pseudonym must be 3 to 20 characters long'],
	['password', 'Password must be at least 10 characters long'],
	['birth_date', 'Date of birth is required'],
];

export const stories = [
	['a refused register form says why, field by field, in a way a screen reader tells', async (t) => {
		const page = t.page;
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

	['the CSP listener itself works: a blocked image is reported', async (t) => {
		// Guards the guard: if this stops failing the page, no story's
		// "no CSP violation" proves anything.
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
