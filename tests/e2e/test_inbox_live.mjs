// The inbox, live (issue 11): a member has his conversation open and a
// support person's reply appears on it without a reload; a support person
// sees that a colleague is writing on the same question. nginx holds the
// EventSource connections (nchan); htdocs/js/live.js adds what arrives.
//
// The story measures the time from a reply's POST being answered (and
// from its being sent) to the message showing on the member's page, ten
// times, and prints the medians and the longest as a TAP comment (the
// closing note's figure; the app publishes after the commit and before it
// answers, so "from the answer" may be 0 or below). It asserts
// only that each one appears, within a generous bound.
import { assert, BASE, login, pathOf, register, visit } from './lib.mjs';

const SOFIE = { handle: 'sofie_sp', password: 'demo-password-sofie' };
const MAJA = { handle: 'maja_lead', password: 'demo-password-maja' }; // reads every conversation
const ROUNDS = 10;
const BOUND_MS = 10000;

// A word no other text holds (digits in a row would read as a phone number
// to the community's guards).
function word() {
	return Array.from({ length: 8 }, () => 'abcdefghijklmnopqrstuvwxyz'[Math.floor(Math.random() * 26)]).join('');
}

// A new member asks the first available support person; the id of his
// question, with his conversation open on page.
async function memberAsks(page) {
	await register(page);
	await visit(page, '/post/ask');
	await page.getByLabel('The first support person available').check();
	await page.getByLabel('Subject', { exact: true }).fill('Live ' + word());
	await page.getByLabel('Your question', { exact: true })
		.fill('My father and I argue every night. I do not know how to talk to him.');
	await Promise.all([
		page.waitForNavigation({ waitUntil: 'load' }),
		page.getByRole('button', { name: 'Send question' }).click(),
	]);
	const m = /^\/ask\/(\d+)$/.exec(pathOf(page));
	assert(m, `after asking he is on ${pathOf(page)}, not his conversation`);
	return Number(m[1]);
}

// A support person's page on question id, logged in, the question his.
async function staffOn(t, who, id, claim) {
	const page = await t.newPage();
	await login(page, who.handle, who.password);
	await visit(page, `/inbox/${id}`);
	if (claim) {
		await Promise.all([
			page.waitForNavigation({ waitUntil: 'load' }),
			page.getByRole('button', { name: 'Claim', exact: true }).click(),
		]);
	}
	return page;
}

// The EventSource is open once nginx has let it subscribe (live.js marks
// its section): wait for it, so a test does not race the subscription.
async function liveOpen(page) {
	await page.locator('[data-live][data-live-state="open"]').waitFor({ timeout: BOUND_MS });
}

function median(xs) {
	const s = [...xs].sort((a, b) => a - b);
	return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

export const stories = [
	['a support person\'s reply appears on the member\'s open conversation without a reload', async (t) => {
		const page = t.page;
		const id = await memberAsks(page);
		const sofie = await staffOn(t, SOFIE, id, true);
		const csrf = await sofie.locator('form[action$="/reply"] input[name=csrf]').inputValue();
		await page.evaluate(() => { window.opbakNotReloaded = true; });
		await liveOpen(page);
		const times = []; // from the POST's answer (negative: shown before it came back)
		const fromSent = []; // from the POST being sent (the transaction included)
		for (let i = 0; i < ROUNDS; i++) {
			const words = `Reply ${word()}: try asking him for a walk, just the two of you.`;
			// The member's page notes the moment the reply is there (the
			// same clock as the test's: one machine).
			const seen = page.evaluate(([text, bound]) => new Promise((resolve) => {
				const thread = document.querySelector('ol.thread');
				const has = () => [...thread.querySelectorAll('li.message')].some((li) => li.textContent.includes(text));
				const obs = new MutationObserver(() => { if (has()) { obs.disconnect(); resolve(Date.now()); } });
				obs.observe(thread, { childList: true, subtree: true });
				setTimeout(() => { obs.disconnect(); resolve(has() ? Date.now() : null); }, bound);
			}), [words, BOUND_MS]);
			await page.waitForTimeout(50); // the observer is in place
			const sent = Date.now();
			const res = await sofie.request.post(`${BASE}/inbox/${id}/reply`, {
				form: { csrf, body: words }, headers: { Origin: BASE }, maxRedirects: 0,
			});
			const answered = Date.now();
			assert(res.status() === 303, `reply ${i} answered ${res.status()}`);
			const at = await seen;
			assert(at !== null, `reply ${i} did not appear on the member's page within ${BOUND_MS} ms`);
			times.push(at - answered);
			fromSent.push(at - sent);
		}
		assert(await page.evaluate(() => window.opbakNotReloaded === true), 'the member\'s page was reloaded');
		// Each once, however often it came (a reconnect replays).
		const ids = await page.locator('ol.thread li.message[id]').evaluateAll((els) => els.map((e) => e.id));
		assert(new Set(ids).size === ids.length, `a message shown twice: ${ids.join(' ')}`);
		// Told politely to a screen reader.
		await page.locator('[data-live-notice]').filter({ hasText: /new message/i }).waitFor({ timeout: BOUND_MS });
		t.note(`reply to the member's open page, ${ROUNDS} replies: from the POST's answer median ` +
			`${median(times)} ms, max ${Math.max(...times)} ms; from the POST sent median ` +
			`${median(fromSent)} ms, max ${Math.max(...fromSent)} ms`);
	}],

	['a support person sees that a colleague is writing on the same question', async (t) => {
		const member = t.page;
		const id = await memberAsks(member);
		const sofie = await staffOn(t, SOFIE, id, true);
		const maja = await staffOn(t, MAJA, id, false);
		await liveOpen(maja);
		await liveOpen(sofie);
		await sofie.locator('form[action$="/reply"] textarea').pressSequentially('Hi, I read your', { delay: 20 });
		const notice = maja.locator('[data-typing-notice]');
		await notice.filter({ hasText: 'sofie_sp is writing' }).waitFor({ timeout: BOUND_MS });
		// Never about himself, and never on the member's page.
		assert(!(await sofie.locator('[data-typing-notice]').textContent()), 'Sofie is told that she is writing');
		assert(!/is writing/.test(await member.locator('main').textContent()), 'the member is told a support person is writing');
	}],
];
