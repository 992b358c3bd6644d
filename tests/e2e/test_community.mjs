// A member writes a post and finds it on the front page; at night it
// waits for a moderator first. Each story sets the night window itself
// (withNightWindow), so every run checks both, whatever the hour.
import {
	accessibilityProblems, assert, assertEqual, assertNoHorizontalScroll, header, pathOf, register,
	visit, waitForPath, withNightWindow,
} from './lib.mjs';

// Write a post with the header's Write button; return its title and path.
async function writePost(page, handle, { heldNote }) {
	await visit(page, '/');
	await header(page).getByRole('link', { name: 'Write', exact: true }).click();
	await waitForPath(page, '/post/new');
	await assertNoHorizontalScroll(page);
	const problems = await accessibilityProblems(page);
	assert(problems.length === 0, '/post/new:\n' + problems.join('\n'));
	// While the window holds, the form says a moderator reads new posts first.
	const notes = await page.getByRole('note').filter({ hasText: /moderator/ }).count();
	assertEqual(notes > 0, heldNote, 'the form tells that a moderator reads new posts first');

	const title = `Homework piles up ${handle.slice(-6)}`;
	const body = 'My teacher gives a lot of homework and it piles up by Thursday.\n\n' +
		'What do you do when you fall behind? **Any** concrete tip helps.';
	await page.getByLabel('Title', { exact: true }).fill(title);
	await page.getByLabel('Topic', { exact: true }).selectOption({ label: 'School and work' });
	await page.getByLabel('Your post', { exact: true }).fill(body);
	await page.getByRole('button', { name: 'Post it', exact: true }).click();
	await page.waitForURL((u) => /^\/p\/\d+$/.test(new URL(u).pathname), { waitUntil: 'load' });
	const postPath = pathOf(page);

	// His post, rendered: the title as the page's heading, the Markdown
	// as HTML, the topic and his pseudonym.
	assertEqual((await page.getByRole('heading', { level: 1 }).innerText()).trim(), title, 'the post page heading');
	assertEqual(await page.locator('main strong', { hasText: 'Any' }).count(), 1, 'the **bold** word rendered as <strong>');
	const main = await page.locator('main').innerText();
	assert(main.includes('School and work') && main.includes(handle), `the post page lacks its topic or author: ${main.slice(0, 200)}`);
	await assertNoHorizontalScroll(page);
	const postProblems = await accessibilityProblems(page);
	assert(postProblems.length === 0, `${postPath}:\n` + postProblems.join('\n'));
	return { title, postPath, main };
}

export const stories = [
	['by day a member writes a post with the header\'s Write button and it is on the front page at once', async (t) => {
		await withNightWindow(t, { held: false }, async () => {
			const page = t.page;
			const handle = await register(page);
			const { title, postPath, main } = await writePost(page, handle, { heldNote: false });
			assert(!/waiting for approval/.test(main), `by day the post waits for approval: ${main.slice(0, 200)}`);

			await visit(page, '/');
			const own = page.locator('main').getByRole('link', { name: title, exact: true });
			assertEqual(await own.count(), 1, 'links to the new post on his own front page');
			const guest = await t.newPage();
			await visit(guest, '/');
			const guestLink = guest.locator('main').getByRole('link', { name: title, exact: true });
			assertEqual(await guestLink.count(), 1, 'links to the new post on a guest\'s front page');
			assertEqual(await guestLink.getAttribute('href'), postPath, 'the front page link');
			await guestLink.click();
			await waitForPath(guest, postPath);
			assertEqual((await guest.getByRole('heading', { level: 1 }).innerText()).trim(), title,
				'the post page heading for a guest');
		});
	}],

	['at night a member\'s post waits for a moderator: he sees it waiting, a guest does not see it', async (t) => {
		await withNightWindow(t, { held: true }, async () => {
			const page = t.page;
			const handle = await register(page);
			const { title, postPath, main } = await writePost(page, handle, { heldNote: true });
			assert(/waiting for approval/.test(main), `at night his post page does not say it waits: ${main.slice(0, 300)}`);

			const guest = await t.newPage();
			await visit(guest, '/');
			assertEqual(await guest.locator('main').getByRole('link', { name: title, exact: true }).count(), 0,
				'links to a post held for a moderator on a guest\'s front page');
			await visit(guest, postPath, 404);
		});
	}],
];
