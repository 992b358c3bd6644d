// A member writes a post and finds it on the front page.
import {
	accessibilityProblems, assert, assertEqual, assertNoHorizontalScroll, header, pathOf, register,
	visit, waitForPath,
} from './lib.mjs';

export const stories = [
	['a member writes a post with the header\'s Write button and sees it on the front page', async (t) => {
		const page = t.page;
		const handle = await register(page);
		await visit(page, '/');
		await header(page).getByRole('link', { name: 'Write', exact: true }).click();
		await waitForPath(page, '/post/new');
		await assertNoHorizontalScroll(page);
		const problems = await accessibilityProblems(page);
		assert(problems.length === 0, '/post/new:\n' + problems.join('\n'));
		// Between 22 and 9 (site time, pre-moderation on) a moderator reads
		// new posts first; the form says so, and the post waits.
		const night = await page.getByRole('note').filter({ hasText: /moderator/ }).count() > 0;

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

		// The front page, as a guest sees it (and, by day, as he does).
		const guest = await t.newPage();
		await visit(guest, '/');
		const guestLink = guest.locator('main').getByRole('link', { name: title, exact: true });
		if (night) {
			assertEqual(await guestLink.count(), 0, 'links to a post held for a moderator on a guest\'s front page');
		} else {
			await visit(page, '/');
			const own = page.locator('main').getByRole('link', { name: title, exact: true });
			assertEqual(await own.count(), 1, 'links to the new post on his own front page');
			assertEqual(await guestLink.count(), 1, 'links to the new post on a guest\'s front page');
			assertEqual(await guestLink.getAttribute('href'), postPath, 'the front page link');
			await guestLink.click();
			await waitForPath(guest, postPath);
			assertEqual((await guest.getByRole('heading', { level: 1 }).innerText()).trim(), title,
				'the post page heading for a guest');
		}
		t.note(night ? 'night: the post was held for a moderator (checked that guests do not see it yet)'
			: `day: the post ${postPath} is on the front page`);
	}],
];
