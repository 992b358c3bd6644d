// A member logs out with the header's button and back in again.
import {
	assert, assertEqual, header, login, openMenu, PASSWORD, pathOf, register, visit, waitForPath,
} from './lib.mjs';

async function assertLoggedIn(page, handle) {
	await openMenu(page);
	const me = header(page).getByRole('link', { name: handle, exact: true });
	await me.waitFor();
	assertEqual(await me.getAttribute('href'), `/u/${handle}`, 'the header link to his profile');
	await header(page).getByRole('button', { name: 'Log out' }).waitFor();
	assertEqual(await header(page).getByRole('link', { name: 'Log in', exact: true }).count(), 0,
		'"Log in" links in the header while logged in');
}

async function assertLoggedOut(page, handle) {
	await header(page).getByRole('link', { name: 'Log in', exact: true }).waitFor();
	await header(page).getByRole('link', { name: 'Join', exact: true }).waitFor();
	assertEqual(await header(page).getByText(handle, { exact: true }).count(), 0,
		'his pseudonym in the header after logging out');
	assertEqual(await header(page).getByRole('button', { name: 'Log out' }).count(), 0,
		'"Log out" buttons in the header of a guest');
}

export const stories = [
	['a member logs out via the header button and back in; the header shows his pseudonym only while logged in', async (t) => {
		const page = t.page;
		const handle = await register(page);
		await visit(page, '/');
		await assertLoggedIn(page, handle);

		await (await openMenu(page)).getByRole('button', { name: 'Log out' }).click();
		await page.waitForLoadState('load');
		await assertLoggedOut(page, handle);
		// The settings page is for members only now.
		await page.goto(new URL('/account/settings', page.url()).href);
		assert(pathOf(page) === '/account/login', `a guest at /account/settings ended on ${pathOf(page)}, not the login page`);
		await assertLoggedOut(page, handle);

		await header(page).getByRole('link', { name: 'Log in', exact: true }).click();
		await waitForPath(page, '/account/login');
		await login(page, handle);
		await assertLoggedIn(page, handle);

		// Still logged in on the next page he opens.
		await (await openMenu(page)).getByRole('link', { name: 'Settings', exact: true }).click();
		await waitForPath(page, '/account/settings');
		await assertLoggedIn(page, handle);
	}],

	['a member sent to log in from a members-only page comes back to it', async (t) => {
		const page = t.page;
		const handle = await register(page);
		await (await openMenu(page)).getByRole('button', { name: 'Log out' }).click();
		await page.waitForLoadState('load');
		await visit(page, '/account/settings');
		assertEqual(pathOf(page), '/account/login', 'where a guest asking for his settings lands');
		await page.getByLabel('Pseudonym', { exact: true }).fill(handle);
		await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
		await page.locator('main').getByRole('button', { name: 'Log in', exact: true }).click();
		await waitForPath(page, '/account/settings');
		await assertLoggedIn(page, handle);
	}],
];
