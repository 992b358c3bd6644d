// The header on a phone and on a wide screen: on a phone the brand, Search
// and Write stay in one short bar and the rest is in a menu (a <details>,
// no script); on a wide screen the same links show in one row.
import {
	accessibilityProblems, ADMIN, assert, assertEqual, assertNoHorizontalScroll, header, login, smallTargets, url, visit,
} from './lib.mjs';

const WIDE = { width: 1280, height: 800 };
const MENU_LINKS = ['Leaderboard', 'Settings', 'Moderation', 'Admin', ADMIN.handle];

async function height(page) {
	return (await header(page).boundingBox()).height;
}

async function visible(page, role, name) {
	return header(page).getByRole(role, { name, exact: true }).isVisible();
}

export const stories = [
	['on a phone an admin\'s header is one short bar with Write; the menu opens on a tap and holds the rest', async (t) => {
		const page = t.page;
		await login(page, ADMIN.handle, ADMIN.password);
		await visit(page, '/');
		const h = await height(page);
		assert(h <= 90, `the header is ${h} px tall at 360 px with the menu closed (at most 90)`);
		assert(await visible(page, 'link', 'Write'), '"Write" is not visible in the header');
		assert(await visible(page, 'link', 'Search'), '"Search" is not visible in the header');
		assert(!(await visible(page, 'button', 'Log out')), '"Log out" shows with the menu closed');
		const summary = header(page).locator('details.menu > summary');
		assert(await summary.isVisible(), 'no visible "Menu" in the header');
		assert(/^Menu/.test(await summary.innerText()), `the summary reads "${await summary.innerText()}"`);
		await assertNoHorizontalScroll(page);

		await summary.click();
		assert(await visible(page, 'button', 'Log out'), '"Log out" is not visible after opening the menu');
		for (const name of MENU_LINKS)
			assert(await visible(page, 'link', name), `"${name}" is not visible after opening the menu`);
		assert(await header(page).getByRole('link', { name: /^Notifications/ }).isVisible(),
			'"Notifications" is not visible after opening the menu');
		// The open menu hangs over the page; the bar itself does not grow.
		assertEqual(await height(page), h, 'the header\'s height with the menu open');
		const problems = await accessibilityProblems(page);
		assert(problems.length === 0, 'with the menu open:\n' + problems.join('\n'));
		const small = (await smallTargets(page)).filter((s) => !s.includes('(inline in text)'));
		assertEqual(small.length, 0, `targets under 24 px: ${small.join('; ')}`);
		await assertNoHorizontalScroll(page);

		// Settings in the open menu takes him there.
		await header(page).getByRole('link', { name: 'Settings', exact: true }).click();
		await page.waitForURL(/\/account\/settings$/);
		assert(await visible(page, 'link', 'Write'), '"Write" is not visible on the settings page');
	}],

	['on a wide screen every link of the header shows in one row without opening anything', async (t) => {
		const page = await t.newPage({ viewport: WIDE, isMobile: false, hasTouch: false });
		await login(page, ADMIN.handle, ADMIN.password);
		await visit(page, '/');
		assert(!(await header(page).locator('details.menu > summary').isVisible()), '"Menu" shows on a wide screen');
		const tops = [];
		for (const name of ['Search', 'Write', ...MENU_LINKS]) {
			const link = header(page).getByRole('link', { name, exact: true });
			assert(await link.isVisible(), `"${name}" is not visible at 1280 px`);
			tops.push((await link.boundingBox()).y + (await link.boundingBox()).height / 2);
		}
		const logout = header(page).getByRole('button', { name: 'Log out' });
		assert(await logout.isVisible(), '"Log out" is not visible at 1280 px');
		assert(await header(page).getByRole('link', { name: /^Notifications/ }).isVisible(), '"Notifications" is not visible at 1280 px');
		const h = await height(page);
		assert(h <= 60, `the header is ${h} px tall at 1280 px: not one row`);
		const problems = await accessibilityProblems(page);
		assert(problems.length === 0, 'at 1280 px:\n' + problems.join('\n'));
		assert(Math.max(...tops) - Math.min(...tops) < 4, `the header's links are not in one row: centres at ${tops.join(', ')}`);
	}],

	['a visitor on a phone sees Search, Log in and Join in one row in every language; the leaderboard is in the footer', async (t) => {
		const page = t.page;
		// [language, Search, Log in, Join, Leaderboard] as each page says them.
		const WORDS = [['en', 'Search', 'Log in', 'Join', 'Leaderboard'],
			['da', 'Søg', 'Log ind', 'Bliv medlem', 'Leaderboard'],
			['sv', 'Sök', 'Logga in', 'Bli medlem', 'Leaderboard']];
		for (const [lang, ...names] of WORDS) {
			await page.context().addCookies([{ name: 'opbak_lang', value: lang, url: url('/') }]);
			await visit(page, '/');
			assertEqual(await page.getAttribute('html', 'lang'), lang, '<html lang>');
			for (const name of names.slice(0, 3))
				assert(await visible(page, 'link', name), `${lang}: "${name}" is not visible to a visitor at 360 px`);
			assert(!(await visible(page, 'link', names[3])), `${lang}: the leaderboard takes room in the phone's header`);
			assert(await page.locator('footer').getByRole('link', { name: names[3], exact: true }).isVisible(),
				`${lang}: no leaderboard in the footer`);
			assertEqual(await header(page).locator('details').count(), 0, 'menus in a visitor\'s header');
			const h = await height(page);
			assert(h <= 60, `${lang}: a visitor's header is ${h} px tall at 360 px (one row: at most 60)`);
			await assertNoHorizontalScroll(page);
		}
		await page.context().clearCookies();
		await visit(page, '/');
		await header(page).getByRole('link', { name: 'Search', exact: true }).click();
		await page.waitForURL(/\/search$/);
	}],

	['a visitor switches language in the footer and stays on his page', async (t) => {
		const page = t.page;
		await visit(page, '/search?q=school');
		const nav = page.locator('footer').getByRole('navigation', { name: 'Language' });
		assertEqual(await nav.locator('[aria-current="true"]').innerText(), 'English', 'the language in use');
		await nav.getByRole('link', { name: 'Dansk', exact: true }).click();
		await page.waitForURL(/\/search\?q=school$/);
		assertEqual(await page.getAttribute('html', 'lang'), 'da', '<html lang> after choosing Dansk');
		const dansk = page.locator('footer').getByRole('navigation', { name: 'Sprog' });
		assertEqual(await dansk.locator('[aria-current="true"]').innerText(), 'Dansk', 'the language in use');
		await visit(page, '/leaderboard');
		assertEqual(await page.getAttribute('html', 'lang'), 'da', '<html lang> on the next page');
		await page.locator('footer').getByRole('link', { name: 'Svenska', exact: true }).click();
		await page.waitForURL(/\/leaderboard$/);
		assertEqual(await page.getAttribute('html', 'lang'), 'sv', '<html lang> after choosing Svenska');
	}],
];
