// The goals' chats, live (issue 13): the participant and his coach each
// have their chat open; what one sends appears on the other's page
// without a reload (nginx's nchan holds the EventSource connections;
// htdocs/js/live.js puts each message in its place by data-seq, once).
//
// Uses the demo's tobias_w and coach_lars (sql/demo/goals.sql). The
// first story measures the time from the coach's POST being sent (and
// from its answer) to the message showing on the participant's page,
// several times, and prints the medians as a TAP comment (the closing
// note's figure); it asserts only that each one appears within a
// generous bound.
import { assert, BASE, login, pathOf, visit } from './lib.mjs';

const TOBIAS = { handle: 'tobias_w', password: 'demo-password-tobias_w' };
const LARS = { handle: 'coach_lars', password: 'demo-password-lars' };
const ROUNDS = 7;
const BOUND_MS = 10000;

function word() {
	return Array.from({ length: 8 }, () => 'abcdefghijklmnopqrstuvwxyz'[Math.floor(Math.random() * 26)]).join('');
}

function median(xs) {
	const s = [...xs].sort((a, b) => a - b);
	return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

// Tobias's chat with his coach, opened from his list: its path.
async function tobiasOpensHisCoachChat(page) {
	await login(page, TOBIAS.handle, TOBIAS.password);
	await visit(page, '/chat');
	await Promise.all([
		page.waitForNavigation({ waitUntil: 'load' }),
		page.locator('.chat-list a', { hasText: 'coach_lars' }).click(),
	]);
	const path = pathOf(page);
	assert(/^\/chat\/\d+$/.test(path), `his coach's chat is at ${path}`);
	return path;
}

async function liveOpen(page) {
	await page.locator('[data-live][data-live-state="open"]').waitFor({ timeout: BOUND_MS });
}

// The moment a message holding text is in page's thread, or null.
function whenShown(page, text) {
	return page.evaluate(([t, bound]) => new Promise((resolve) => {
		const thread = document.querySelector('ol.thread');
		const has = () => [...thread.querySelectorAll('li.message')].some((li) => li.textContent.includes(t));
		const obs = new MutationObserver(() => { if (has()) { obs.disconnect(); resolve(Date.now()); } });
		obs.observe(thread, { childList: true, subtree: true });
		setTimeout(() => { obs.disconnect(); resolve(has() ? Date.now() : null); }, bound);
	}), [text, BOUND_MS]);
}

export const stories = [
	['the coach\'s message appears on the participant\'s open chat without a reload', async (t) => {
		const page = t.page;
		const path = await tobiasOpensHisCoachChat(page);
		const lars = await t.newPage();
		await login(lars, LARS.handle, LARS.password);
		await visit(lars, path);
		const csrf = await lars.locator(`form[action="${path}"] input[name=csrf]`).inputValue();
		await page.evaluate(() => { window.opbakNotReloaded = true; });
		await liveOpen(page);
		const fromSent = [];
		const fromAnswer = [];
		for (let i = 0; i < ROUNDS; i++) {
			const words = `How did today go? ${word()}`;
			const seen = whenShown(page, words);
			await page.waitForTimeout(50); // the observer is in place
			const sent = Date.now();
			const res = await lars.request.post(`${BASE}${path}`, {
				form: { csrf, body: words }, headers: { Origin: BASE }, maxRedirects: 0,
			});
			const answered = Date.now();
			assert(res.status() === 303, `message ${i} answered ${res.status()}`);
			const at = await seen;
			assert(at !== null, `message ${i} did not appear on the participant's page within ${BOUND_MS} ms`);
			fromSent.push(at - sent);
			fromAnswer.push(at - answered);
		}
		assert(await page.evaluate(() => window.opbakNotReloaded === true), 'the participant\'s page was reloaded');
		// each once, in seq order, the coach's as the other side's
		const seqs = await page.locator('ol.thread li.message[data-seq]')
			.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-seq'))));
		assert(new Set(seqs).size === seqs.length, `a message shown twice: ${seqs.join(' ')}`);
		assert(seqs.every((s, i) => i === 0 || s > seqs[i - 1]), `out of order: ${seqs.join(' ')}`);
		const last = page.locator('ol.thread li.message').last();
		assert((await last.getAttribute('class')).includes('by-other'), 'the coach\'s message is not marked as the other side\'s');
		await page.locator('[data-live-notice]').filter({ hasText: /new message/i }).waitFor({ timeout: BOUND_MS });
		t.note(`chat message to the other side's open page, ${ROUNDS} messages: from the POST sent median ` +
			`${median(fromSent)} ms, max ${Math.max(...fromSent)} ms; from its answer median ` +
			`${median(fromAnswer)} ms, max ${Math.max(...fromAnswer)} ms`);
	}],

	['the participant writes with the plain form and the coach\'s open page gets it', async (t) => {
		const page = t.page;
		const path = await tobiasOpensHisCoachChat(page);
		const lars = await t.newPage();
		await login(lars, LARS.handle, LARS.password);
		await visit(lars, path);
		await liveOpen(lars);
		await lars.evaluate(() => { window.opbakNotReloaded = true; });
		const words = `Thursday works for me ${word()}`;
		const seen = whenShown(lars, words);
		await page.getByLabel('Your message', { exact: true }).fill(words);
		await Promise.all([
			page.waitForNavigation({ waitUntil: 'load' }),
			page.locator(`form[action="${path}"]`).getByRole('button', { name: 'Send', exact: true }).click(),
		]);
		// back on the chat, at his own message, the box empty
		assert(pathOf(page) === path, `after sending he is on ${pathOf(page)}`);
		const mine = page.locator('ol.thread li.message.by-participant').last();
		assert((await mine.textContent()).includes(words), 'his message is not on his page');
		assert(await page.getByLabel('Your message', { exact: true }).inputValue() === '', 'the box was not emptied');
		assert(await seen !== null, 'the message did not reach the coach\'s open page');
		assert(await lars.evaluate(() => window.opbakNotReloaded === true), 'the coach\'s page was reloaded');
	}],
];
