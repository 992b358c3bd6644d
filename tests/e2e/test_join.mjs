// A newcomer joins Opbak on his phone.
import {
	assert, assertEqual, assertNoHorizontalScroll, fillRegister, header, newPseudonym, openMenu,
	pathOf, PASSWORD, visit, waitForPath,
} from './lib.mjs';

export const stories = [
	['a newcomer on a 360 px phone follows Join, registers and lands on writing his first post, with how it works, logged in', async (t) => {
		const page = t.page;
		await visit(page, '/');
		await assertNoHorizontalScroll(page);

		await header(page).getByRole('link', { name: 'Join', exact: true }).click();
		await waitForPath(page, '/account/register');
		await assertNoHorizontalScroll(page);
		assertEqual(await page.getByRole('heading', { level: 1 }).innerText(), 'Join Opbak', 'the register page heading');

		const handle = newPseudonym('new');
		await fillRegister(page, { handle, birth: '2006-02-28' });
		assertEqual(await page.getByLabel('Date of birth', { exact: true }).inputValue(), '2006-02-28',
			'the date input after filling it');
		assertEqual(await page.getByLabel('Date of birth', { exact: true }).getAttribute('type'), 'date',
			'the date of birth field type');
		await page.locator('main').getByRole('button', { name: 'Join', exact: true }).tap();

		await waitForPath(page, '/post/new');
		assertEqual(await page.getByRole('heading', { level: 1 }).innerText(), 'Write a post', 'the heading he lands on');
		const welcome = await page.getByRole('status').innerText();
		assert(/Welcome to Opbak/.test(welcome), `no welcome on the page he lands on: ${welcome}`);
		assert(/support persons/.test(welcome) && /Settings/.test(welcome),
			`the welcome does not say how it works and where his settings are: ${welcome}`);
		await page.getByLabel('Title', { exact: true }).waitFor();
		// Logged in: his pseudonym and "Log out" in the header's menu, no "Join".
		await openMenu(page);
		await header(page).getByRole('link', { name: handle, exact: true }).waitFor();
		await header(page).getByRole('button', { name: 'Log out' }).waitFor();
		assertEqual(await header(page).getByRole('link', { name: 'Join', exact: true }).count(), 0,
			'"Join" links in the header of a member');
		await assertNoHorizontalScroll(page);

		// The session is a cookie the page's script cannot read.
		const cookies = await page.context().cookies();
		const session = cookies.find((c) => c.name === 'opbak_session');
		assert(session, 'no opbak_session cookie after joining');
		assert(session.httpOnly, 'the session cookie is not HttpOnly');
		assertEqual(session.sameSite, 'Lax', 'the session cookie SameSite');
	}],

	['the register form shown back with errors keeps the pseudonym and ties each error to its field', async (t) => {
		const page = t.page;
		await visit(page, '/account/register');
		const typed = 'no spaces';
		await fillRegister(page, { handle: typed, password: PASSWORD, password2: PASSWORD + ' typo' });
		const [res] = await Promise.all([
			page.waitForNavigation({ waitUntil: 'load' }),
			page.locator('main').getByRole('button', { name: 'Join', exact: true }).click(),
		]);
		assertEqual(res.status(), 400, 'status of the form shown back');
		assertEqual(pathOf(page), '/account/register', 'the page after a failed submit');

		const handle = page.getByLabel('Pseudonym', { exact: true });
		assertEqual(await handle.inputValue(), typed, 'the pseudonym field after the error');
		// Passwords are never sent back.
		assertEqual(await page.getByLabel('Password', { exact: true }).inputValue(), '', 'the password field');
		// The date he chose stays.
		assertEqual(await page.getByLabel('Date of birth', { exact: true }).inputValue(), '2004-05-17', 'the date field');

		for (const [id, label] of [['handle', 'Pseudonym'], ['password2', 'Repeat password']]) {
			const field = page.getByLabel(label, { exact: true });
			assertEqual(await field.getAttribute('aria-invalid'), 'true', `aria-invalid of ${label}`);
			const described = (await field.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
			const texts = [];
			for (const ref of described) texts.push((await page.locator(`[id="${ref}"]`).innerText()).trim());
			const error = texts.filter(Boolean).join(' | ');
			assert(described.includes(`${id}-error`), `${label}'s aria-describedby (${described}) leaves out #${id}-error`);
			const own = (await page.locator(`#${id}-error`).innerText()).trim();
			assert(own.length > 0, `#${id}-error is empty although ${label} is invalid`);
			assert(error.includes(own), `${label}'s description "${error}" lacks its error "${own}"`);
		}
		// Fields without an error are not marked.
		assertEqual(await page.getByLabel('Password', { exact: true }).getAttribute('aria-invalid'), null,
			'aria-invalid of Password');

		// The summary names every problem and links to its field.
		const summary = page.locator('main .errors, main [role=alert]').first();
		await summary.waitFor();
		const links = summary.getByRole('link');
		const n = await links.count();
		assert(n >= 2, `the error summary has ${n} links, want one per problem (2)`);
		const targets = [];
		for (let i = 0; i < n; i++) targets.push(await links.nth(i).getAttribute('href'));
		assert(targets.includes('#handle') && targets.includes('#password2'),
			`the summary links to ${targets.join(', ')}; want #handle and #password2`);
		for (const href of targets)
			assertEqual(await page.locator(href).count(), 1, `fields the summary link ${href} points to`);
		// Following a summary link brings the field into focus to be fixed.
		await links.filter({ hasText: /pseudonym/i }).first().click();
		assertEqual(await page.evaluate(() => document.activeElement && document.activeElement.id), 'handle',
			'the focused element after following the summary link');

		// Fixing it works: the same form, corrected, gets him in.
		const fixed = newPseudonym('fix');
		await fillRegister(page, { handle: fixed });
		await page.locator('main').getByRole('button', { name: 'Join', exact: true }).click();
		await waitForPath(page, '/post/new');
		await (await openMenu(page)).getByRole('link', { name: fixed, exact: true }).waitFor();
	}],
];
