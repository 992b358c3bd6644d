// How the pages look on a phone at night: dark mode follows the system,
// text stays readable, and screenshots for a person to look at
// (build/e2e-screenshots/, not committed).
import {
	assert, contrastProblems, fillRegister, luminance, parseColor, register, screenshot,
	smallTargets, visit,
} from './lib.mjs';

async function bodyColours(page) {
	const { bg, fg } = await page.evaluate(() => {
		const cs = getComputedStyle(document.body);
		return { bg: cs.backgroundColor, fg: cs.color };
	});
	return { bg, fg, bgL: luminance(parseColor(bg)), fgL: luminance(parseColor(fg)) };
}

// Pages in both modes: [name, path or how to get there].
const PAGES = [
	['home', async (page) => visit(page, '/')],
	['register', async (page) => visit(page, '/account/register')],
	['register-errors', async (page) => {
		await visit(page, '/account/register');
		await fillRegister(page, { handle: 'x y', password: 'short', password2: 'other' });
		await Promise.all([
			page.waitForNavigation({ waitUntil: 'load' }),
			page.locator('main').getByRole('button', { name: 'Join', exact: true }).click(),
		]);
	}],
	['settings', async (page) => register(page)],
	['home-member', async (page) => {
		await register(page);
		await visit(page, '/');
	}],
];

export const stories = [
	['dark mode: with prefers-color-scheme dark the page is dark with light text, and light otherwise', async (t) => {
		for (const path of ['/', '/account/register', '/account/login']) {
			const dark = await t.newPage({ colorScheme: 'dark' });
			await visit(dark, path);
			const d = await bodyColours(dark);
			assert(d.bgL < 0.05, `${path} in dark mode: the body background ${d.bg} is not dark (luminance ${d.bgL.toFixed(3)})`);
			assert(d.fgL > 0.5, `${path} in dark mode: the text ${d.fg} is not light (luminance ${d.fgL.toFixed(3)})`);

			const light = await t.newPage({ colorScheme: 'light' });
			await visit(light, path);
			const l = await bodyColours(light);
			assert(l.bgL > 0.7, `${path} in light mode: the body background ${l.bg} is not light (luminance ${l.bgL.toFixed(3)})`);
			assert(l.fgL < 0.1, `${path} in light mode: the text ${l.fg} is not dark (luminance ${l.fgL.toFixed(3)})`);
			// The form fields follow too (color-scheme), not white boxes on black.
			if (path !== '/') {
				const field = await dark.locator('main input:not([type=hidden])').first().evaluate((el) => getComputedStyle(el).backgroundColor);
				assert(luminance(parseColor(field)) < 0.2, `${path} in dark mode: the first field's background ${field} is light`);
			}
		}
	}],

	['text contrast is at least WCAG AA (4.5:1, large text 3:1) in light and dark mode', async (t) => {
		const problems = [];
		for (const scheme of ['light', 'dark']) {
			for (const [name, go] of PAGES) {
				const page = await t.newPage({ colorScheme: scheme });
				await go(page);
				for (const p of await contrastProblems(page)) problems.push(`${name} (${scheme}): ${p}`);
				await page.context().close();
			}
		}
		assert(problems.length === 0, problems.join('\n'));
	}],

	['tap targets are at least 24 by 24 px at 360 px (screenshots in build/e2e-screenshots/)', async (t) => {
		// WCAG 2.2 target size (minimum): links inside running text are
		// exempt. The screenshots are for a person to look at.
		const small = [];
		for (const scheme of ['light', 'dark']) {
			for (const [name, go] of PAGES) {
				const page = await t.newPage({ colorScheme: scheme, deviceScaleFactor: 2 });
				await go(page);
				t.note(await screenshot(page, `${name}-${scheme}`));
				if (scheme === 'light') {
					for (const s of await smallTargets(page))
						if (!s.endsWith('(inline in text)')) small.push(`${name}: ${s}`);
				}
				await page.context().close();
			}
		}
		assert(small.length === 0, 'targets under 24x24 px:\n' + small.join('\n'));
	}],
];
