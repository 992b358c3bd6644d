// pages.mjs - every page of every executable (feed, post, account, inbox, media, goals), as
// each kind of person meets it: the one list test_every_page.mjs checks in
// every language. A new page joins here.
//
// PAGES[who] is a list of [name, how]: how is a path to GET, or a
// function (page, fx, open) that gets there as a person does and returns
// the response of the page's document, or { page, response } when the page
// to check is another person's (open() gives a new page for him, in the
// same language); a third element is the status the page answers (200
// unless said). fx holds the language and what the story made on the way
// (the member's pseudonym, his post). Forms are filled by field name, not
// label, so the same steps work in every language; a form is sent with
// form.submit() so the browser's own checks (required) do not stop a
// form meant to come back refused.
import { assert, BIRTH, newPseudonym, PASSWORD, url } from './lib.mjs';

// The demo content every stack loads (scripts/demo.sh, sql/demo).
export const DEMO = {
	post: 2, // a post with backings, a best one among them
	backing: 1, // a backing on it
	topic: 'family',
	member: 'mads',
	support: { handle: 'sofie_sp', password: 'demo-password-sofie' },
	admin: { handle: 'admin', password: 'demo-password-admin' },
};

export async function go(page, path) {
	const res = await page.goto(url(path), { waitUntil: 'load' });
	assert(res, `no response for ${path}`);
	return res;
}

// Fill FIELDS (name -> value) of the form in <main> posting to ACTION and
// send it; the response of the page it leads to (after redirects).
export async function submit(page, action, fields = {}) {
	const form = page.locator(`main form[action="${action}"]`).first();
	assert(await form.count(), `no form posting to ${action} on ${page.url()}`);
	for (const [name, value] of Object.entries(fields)) {
		const field = form.locator(`[name="${name}"]`);
		const kind = await field.first().evaluate((el) => `${el.tagName}:${el.type || ''}`);
		if (kind.startsWith('SELECT')) await field.selectOption(String(value));
		else if (kind.endsWith(':checkbox')) await field.setChecked(!!value);
		else if (kind.endsWith(':radio')) await form.locator(`[name="${name}"][value="${value}"]`).check();
		else await field.fill(String(value));
	}
	const [res] = await Promise.all([
		page.waitForNavigation({ waitUntil: 'load' }),
		form.evaluate((f) => f.submit()),
	]);
	assert(res, `no response to the form posting to ${action}`);
	return res;
}

export async function logIn(page, { handle, password }) {
	await go(page, '/account/login');
	const res = await submit(page, '/account/login', { handle, password });
	assert(new URL(page.url()).pathname !== '/account/login', `${handle} could not log in`);
	return res;
}

export async function join(page, fx) {
	fx.handle = newPseudonym('pg');
	await go(page, '/account/register');
	const res = await submit(page, '/account/register',
		{ handle: fx.handle, password: PASSWORD, password2: PASSWORD, birth_date: BIRTH });
	assert(new URL(page.url()).pathname === '/post/new', `joining as ${fx.handle} did not lead to /post/new`);
	return res;
}

// A post written through the form; its id goes to fx[key].
export async function writePost(page, fx, key, { title, body }) {
	await go(page, `/post/new?topic=${DEMO.topic}`);
	const res = await submit(page, '/post/new', { title, topic: DEMO.topic, body });
	const m = /^\/p\/(\d+)$/.exec(new URL(page.url()).pathname);
	assert(m, `writing "${title}" did not lead to the post: ${page.url()}`);
	fx[key] = Number(m[1]);
	return res;
}

// The action of the form ENDING (/hide, /keep) on the moderation queue's
// item about post POST, following "More reports" until it shows: other
// tests leave reports of their own, most urgent and oldest first.
async function queueAction(page, post, ending) {
	for (let i = 0; i < 100; i++) {
		const form = page.locator(`main article:has(a[href="/p/${post}"]) form[action$="${ending}"]`).first();
		if (await form.count()) return form.getAttribute('action');
		const more = page.locator('main a[href^="/mod?prio="]').first();
		if (!(await more.count())) break;
		await go(page, await more.getAttribute('href'));
	}
	throw new Error(`no ${ending} form for /p/${post} in the moderation queue`);
}

// Ask a support person through the form, as the member on PAGE; the
// question's id goes to fx[key] (/post/ask leads to his conversation,
// /ask/<id>?sent=1, with &help=1 when his words call for the crisis box).
export async function ask(page, fx, key, { subject, body }) {
	await go(page, '/post/ask');
	const res = await submit(page, '/post/ask', { counsellor: 'any', subject, body });
	const m = /^\/ask\/(\d+)$/.exec(new URL(page.url()).pathname);
	assert(m, `asking "${subject}" did not lead to the conversation: ${page.url()}`);
	fx[key] = Number(m[1]);
	return res;
}

const TEXT = 'My teacher gives a lot of homework and it piles up by Thursday. What do you do when you fall behind?';

export const PAGES = {
	guest: [
		['the front page', '/'],
		['the front page, posts nobody has backed yet', '/?show=unanswered'],
		['a topic', `/t/${DEMO.topic}`],
		['a topic, most backed first', `/t/${DEMO.topic}?show=backed`],
		['a post with its backings', `/p/${DEMO.post}`],
		['a support person\'s profile', `/u/${DEMO.support.handle}`],
		['a member\'s profile', `/u/${DEMO.member}`],
		['the support persons', '/support'],
		['the articles', '/articles'],
		['an article', '/articles/when-your-parents-split-up'],
		['the podcast', '/podcast'],
		['a podcast episode', '/podcast/two-homes'],
		['the editor\'s desk: log in first', '/editor'],
		['search', '/search'],
		['search results', '/search?q=school'],
		['search with no result', '/search?q=qqqzzzq'],
		['the leaderboard', '/leaderboard'],
		['feedback', '/feedback'],
		['feedback refused', async (page) => {
			await go(page, '/feedback');
			return submit(page, '/feedback', { body: '' });
		}, 400],
		['feedback sent', '/feedback?thanks=1'],
		['log in', '/account/login'],
		['log in refused', async (page) => {
			await go(page, '/account/login');
			// A new name each time: five failures on one name in 15
			// minutes would make it 429 (THROTTLE_PER_ACCOUNT).
			return submit(page, '/account/login', { handle: newPseudonym('nobody'), password: 'not the password' });
		}, 403],
		['join', '/account/register'],
		['join refused', async (page) => {
			await go(page, '/account/register');
			return submit(page, '/account/register', { handle: 'x', password: 'short', password2: 'other', birth_date: '' });
		}, 400],
		['a deleted post', '/post/deleted'],
		['not found', '/no/such/page', 404],
		['a bad query', '/leaderboard?period=never', 400],
		// nginx's own pages, one per language (nginx/errors, made by make):
		// what it answers before any app can.
		...[400, 413, 414, 429, 502].map((code) =>
			[`nginx's own ${code} page`, (page, fx) => go(page, `/errors/${fx.lang}/${code}.html`)]),
	],

	member: [
		['joined: write your first post', (page, fx) => join(page, fx)],
		['the front page, logged in', '/'],
		['write a post', `/post/new?topic=${DEMO.topic}`],
		['write a post refused', async (page) => {
			await go(page, '/post/new');
			return submit(page, '/post/new', { title: '', body: '' });
		}, 400],
		['his post', (page, fx) => writePost(page, fx, 'own', { title: `Homework piles up and I fall behind ${fx.handle.slice(-5)}`, body: TEXT })],
		['his post, to edit', (page, fx) => go(page, `/post/${fx.own}/edit`)],
		['his post, to delete', (page, fx) => go(page, `/post/${fx.own}/delete`)],
		['his post, heavy words: where to find help', (page, fx) => writePost(page, fx, 'crisis', {
			title: `I cannot sleep at night ${fx.handle.slice(-5)}`,
			body: 'Some nights I think about how to end my life. I have not told anyone.',
		})],
		['a post with its backings, logged in', `/p/${DEMO.post}`],
		['back a post', `/post/${DEMO.post}/back`],
		['back a post refused', async (page) => {
			await go(page, `/post/${DEMO.post}/back`);
			return submit(page, `/post/${DEMO.post}/back`, { body: '' });
		}, 400],
		['report a post', `/post/report?post=${DEMO.post}`],
		['report a backing', `/post/report?post=${DEMO.post}&backing=${DEMO.backing}`],
		['report refused', async (page) => {
			await go(page, `/post/report?post=${DEMO.post}`);
			return submit(page, '/post/report', { note: 'x'.repeat(600) });
		}, 400],
		['ask a support person', '/post/ask'],
		['ask a support person about his post', (page, fx) => go(page, `/post/ask?post=${fx.own}`)],
		['ask a named support person', `/post/ask?counsellor=${DEMO.support.handle}`],
		['ask refused', async (page) => {
			await go(page, '/post/ask');
			return submit(page, '/post/ask', { subject: '', body: '' });
		}, 400],
		['question sent: his conversation', (page, fx) => ask(page, fx, 'question', {
			subject: 'Homework piles up',
			body: TEXT,
		})],
		['question sent, with where to find help', (page, fx) => ask(page, fx, 'crisisQuestion', {
			subject: 'I cannot sleep',
			body: 'Some nights I think about how to end my life. I have not told anyone.',
		})],
		['his questions', '/ask'],
		['his conversation', (page, fx) => go(page, `/ask/${fx.question}`)],
		['his conversation: a reply refused', async (page, fx) => {
			await go(page, `/ask/${fx.question}`);
			return submit(page, `/ask/${fx.question}/reply`, { body: '' });
		}, 400],
		['the inbox: not for him', '/inbox', 403],
		['the inbox statistics: not for him', '/inbox/stats', 403],
		['notifications', '/notifications'],
		['his profile', (page, fx) => go(page, `/u/${fx.handle}`)],
		['settings', '/account/settings'],
		['the moderation queue: not for him', '/mod', 403],
		['the users: not for him', '/admin/users', 403],
		// Your data (issue 14)
		['his data: what we keep', '/account/privacy'],
		['his export', '/account/privacy/export'],
		['his export made', async (page) => {
			await go(page, '/account/privacy/export');
			return submit(page, '/account/privacy/export');
		}],
		['his export, the readable page (sent by nginx)', '/account/privacy/export.html'],
		['who looked at his data', '/account/privacy/looked'],
		['his consents', '/account/privacy/consents'],
		['erase his account', '/account/privacy/erase'],
		['erase his account without a choice', async (page) => {
			await go(page, '/account/privacy/erase');
			return submit(page, '/account/privacy/erase', { password: PASSWORD });
		}, 400],
		['erase his account refused', async (page) => {
			await go(page, '/account/privacy/erase');
			return submit(page, '/account/privacy/erase', { mode: 'all', password: 'not the password' });
		}, 403],
		['his account erased', async (page) => {
			await go(page, '/account/privacy/erase');
			return submit(page, '/account/privacy/erase', { mode: 'all', password: PASSWORD });
		}],
	],

	support: [
		['logged in', (page) => logIn(page, DEMO.support)],
		['the moderation queue', '/mod'],
		['her profile', `/u/${DEMO.support.handle}`],
		['notifications', '/notifications'],
		['settings', '/account/settings'],
		['a post with its backings, as a moderator', `/p/${DEMO.post}`],
		['the night settings: not for her', '/mod/settings', 403],
		// The inbox: a new member asks; she takes his question, writes a
		// note for her colleagues and answers him; he reads the answer.
		['the inbox', '/inbox'],
		['available for 4 hours', async (page) => {
			await go(page, '/inbox');
			return submit(page, '/inbox/available', { hours: '4' });
		}],
		['the support persons, she available', '/support'],
		['not available any more', async (page) => {
			await go(page, '/inbox');
			return submit(page, '/inbox/available', { hours: 'off' });
		}],
		['a member\'s question in the inbox', async (page, fx, open) => {
			fx.asker = await open();
			await join(fx.asker, (fx.m = {}));
			await ask(fx.asker, fx.m, 'question', { subject: 'Falling behind at school', body: TEXT });
			return go(page, `/inbox/${fx.m.question}`);
		}],
		['the question claimed', async (page, fx) => {
			await go(page, `/inbox/${fx.m.question}`);
			return submit(page, `/inbox/${fx.m.question}/claim`);
		}],
		['an internal note written', async (page, fx) => {
			await go(page, `/inbox/${fx.m.question}`);
			return submit(page, `/inbox/${fx.m.question}/note`, { body: 'He may need a follow-up after the exams.' });
		}],
		['a reply refused', async (page, fx) => {
			await go(page, `/inbox/${fx.m.question}`);
			return submit(page, `/inbox/${fx.m.question}/reply`, { body: '' });
		}, 400],
		['the question answered', async (page, fx) => {
			await go(page, `/inbox/${fx.m.question}`);
			return submit(page, `/inbox/${fx.m.question}/reply`,
				{ body: 'Make a list of what is due this week and start with the smallest. Tell your teacher early.' });
		}],
		// Saved replies: one of her own, started from on his question, then
		// deleted again; the question handed over to a colleague.
		['her saved replies', '/inbox/replies'],
		['a saved reply refused', async (page) => {
			await go(page, '/inbox/replies');
			return submit(page, '/inbox/replies', { title: 'ab', body: '' });
		}, 400],
		['a saved reply added', async (page) => {
			await go(page, '/inbox/replies');
			return submit(page, '/inbox/replies',
				{ title: 'Exams: start small', body: 'Make a list of what is due this week and **start with the smallest**.' });
		}],
		['the question, a saved reply in the reply', async (page, fx) => {
			await go(page, `/inbox/${fx.m.question}`);
			const href = await page.locator('main nav.saved-replies a').first().getAttribute('href');
			return go(page, href);
		}],
		['a handover refused', async (page, fx) => {
			await go(page, `/inbox/${fx.m.question}`);
			return submit(page, `/inbox/${fx.m.question}/handover`, { to: '' });
		}, 400],
		['the question handed over', async (page, fx) => {
			await go(page, `/inbox/${fx.m.question}`);
			return submit(page, `/inbox/${fx.m.question}/handover`, { to: 'karim_sp' });
		}],
		['a saved reply deleted', async (page) => {
			await go(page, '/inbox/replies');
			const action = await page.locator('main form[action$="/delete"]').last().getAttribute('action');
			return submit(page, action);
		}],
		['the inbox, all questions: for leads only', '/inbox?view=all', 403],
		// An answered question whose member allowed publishing (demo):
		// the form, and the form refused; not published, so the demo
		// stays as it is for the pages after.
		['a question to publish anonymously', async (page, fx) => {
			await go(page, '/inbox?view=mine');
			fx.publish = await page.locator('main a', { hasText: 'My friends drink every weekend' })
				.first().getAttribute('href');
			return go(page, `${fx.publish}/publish`);
		}],
		['publishing refused', async (page, fx) => {
			await go(page, `${fx.publish}/publish`);
			return submit(page, `${fx.publish}/publish`, { title: '' });
		}, 400],
		['the editor\'s desk: not for her', '/editor', 403],
		['the inbox statistics', '/inbox/stats'],
		['the inbox statistics, a year', '/inbox/stats?weeks=52'],
		['his conversation with her answer', async (page, fx) =>
			({ page: fx.asker, response: await go(fx.asker, `/ask/${fx.m.question}`) })],
		['his notifications: a support person replied', async (page, fx) =>
			({ page: fx.asker, response: await go(fx.asker, '/notifications') })],
	],

	admin: [
		['logged in', (page) => logIn(page, DEMO.admin)],
		['the moderation queue', '/mod'],
		['the night settings', '/mod/settings'],
		['the night settings refused', async (page) => {
			await go(page, '/mod/settings');
			return submit(page, '/mod/settings', { premod_start: 'x' });
		}, 400],
		['feedback to the team', '/mod/feedback'],
		['the users', '/admin/users'],
		['one account, opened', async (page) => {
			await go(page, '/admin/users?q=mads');
			return go(page, await firstLink(page, /^\/admin\/users\/\d+$/));
		}],
		['how long what is kept', '/admin/retention'],
		['how long: a period refused', async (page) => {
			await go(page, '/admin/retention');
			return submit(page, '/admin/retention', { retention_audit_days: '2' });
		}, 400],
		['the inbox, all questions', '/inbox?view=all'],
		['a colleague\'s conversation, read by an admin', async (page) => {
			await go(page, '/inbox?view=all');
			const links = await page.locator('main a[href^="/inbox/"]').evaluateAll(
				(as) => as.map((a) => a.getAttribute('href')).filter((h) => /^\/inbox\/\d+$/.test(h)));
			assert(links.length, 'no conversation in the all view');
			return go(page, links[0]);
		}],
		['the editor\'s desk', '/editor'],
		['a new article', '/editor/new'],
		['the podcast\'s show', '/editor/show'],
		['a new episode', '/editor/episodes/new'],
		['a new article refused', async (page) => {
			await go(page, '/editor/new');
			return submit(page, '/editor/new', { title: '' });
		}, 400],
		['the users found', '/admin/users?q=s'],
		['the users: none found', '/admin/users?q=qqqzzzq'],
		['the topics', '/admin/topics'],
		['a new topic refused', async (page) => {
			await go(page, '/admin/topics');
			const form = page.locator('main form[action="/admin/topics"]').last();
			await form.locator('[name=slug]').fill('Not an address');
			await form.locator('[name=name]').fill('');
			const [res] = await Promise.all([
				page.waitForNavigation({ waitUntil: 'load' }),
				form.evaluate((f) => f.submit()),
			]);
			return res;
		}, 400],
		// A member's post hidden, from the report to his request for a new
		// look and the answer; by day, so his post is shown at once.
		['the night settings, pre-moderation off for a while', async (page, fx) => {
			await go(page, '/mod/settings');
			const form = page.locator('main form[action="/mod/settings"]');
			fx.night = {
				premod_enabled: await form.locator('[name=premod_enabled]').isChecked(),
				premod_start: await form.locator('[name=premod_start]').inputValue(),
				premod_end: await form.locator('[name=premod_end]').inputValue(),
			};
			return submit(page, '/mod/settings', { premod_enabled: false });
		}],
		['a member\'s post, reported', async (page, fx, open) => {
			fx.author = await open();
			await join(fx.author, (fx.a = {}));
			await writePost(fx.author, fx.a, 'post', { title: `Nobody to talk to about my dad ${fx.a.handle.slice(-5)}`, body: TEXT });
			await go(page, `/post/report?post=${fx.a.post}`);
			const reason = await page.locator('main input[name=reason]').first().getAttribute('value');
			return submit(page, '/post/report', { reason, note: 'Please look at this one.' });
		}],
		['the moderation queue with the report', '/mod'],
		['the moderation queue: the post hidden', async (page, fx) =>
			submit(page, await queueAction(page, fx.a.post, '/hide'))],
		['his hidden post, as he sees it: why, and asking for a new look', async (page, fx) =>
			({ page: fx.author, response: await go(fx.author, `/p/${fx.a.post}`) })],
		['his hidden post: a new look asked for', async (page, fx) =>
			({ page: fx.author, response: await submit(fx.author, `/post/${fx.a.post}/review`, { note: 'It was a joke.' }) })],
		['the moderation queue with his request', '/mod'],
		['the moderation queue: kept hidden', async (page, fx) =>
			submit(page, await queueAction(page, fx.a.post, '/keep'))],
		['his hidden post, kept hidden', async (page, fx) =>
			({ page: fx.author, response: await go(fx.author, `/p/${fx.a.post}`) })],
		['his notifications: hidden, and kept hidden', async (page, fx) =>
			({ page: fx.author, response: await go(fx.author, '/notifications') })],
		['the night settings as they were', async (page, fx) => {
			await go(page, '/mod/settings');
			return submit(page, '/mod/settings', fx.night);
		}],
	],
};

// The goals part (cgi-bin/goals): the demo's participant mid-way, his
// coach, his employer and his close relative (sql/demo/goals.sql).
const GOALS = {
	participant: { handle: 'tobias_w', password: 'demo-password-tobias_w' },
	coach: { handle: 'coach_lars', password: 'demo-password-lars' },
	employer: { handle: 'ella_work', password: 'demo-password-ella' },
	relative: { handle: 'hanne_rel', password: 'demo-password-hanne' },
};

// The first link on the page whose address matches RE (a row's page).
async function firstLink(page, re) {
	const links = await page.locator('main a[href]').evaluateAll(
		(as) => as.map((a) => a.getAttribute('href')));
	const found = links.find((h) => re.test(h));
	assert(found, `no link matching ${re} on ${page.url()}`);
	return found;
}

PAGES.participant = [
	['logged in', (page) => logIn(page, GOALS.participant)],
	['today', '/goals'],
	['his goals', '/goals/all'],
	['a goal', async (page) => {
		await go(page, '/goals/all');
		return go(page, await firstLink(page, /^\/goals\/\d+$/));
	}],
	['a new goal', '/goals/new'],
	['a new goal refused: no title', async (page) => {
		await go(page, '/goals/new');
		return submit(page, '/goals/new', { title: '' });
	}, 400],
	['progress', '/goals/progress'],
	['checklists', '/goals/checklists'],
	['a checklist', async (page) => {
		await go(page, '/goals/checklists');
		return go(page, await firstLink(page, /^\/goals\/checklists\/\d+$/));
	}],
	['indicators', '/goals/indicators'],
	['an indicator and its chart', async (page) => {
		await go(page, '/goals/indicators');
		return go(page, await firstLink(page, /^\/goals\/indicators\/\d+$/));
	}],
	['the calendar', '/goals/calendar'],
	['his people', '/goals/people'],
	['his consents: goals shared, his employer, his relative', '/account/privacy/consents'],
	['who looked: his coach, his employer, his relative', '/account/privacy/looked'],
	['his chats', '/chat'],
	['the chat with his coach', async (page) => {
		await go(page, '/chat');
		return go(page, await firstLink(page, /^\/chat\/\d+$/));
	}],
	['the chat refused: an empty message', async (page) => {
		await go(page, '/chat');
		const chat = await firstLink(page, /^\/chat\/\d+$/);
		await go(page, chat);
		return submit(page, chat, { body: '' });
	}, 400],
];

PAGES.coach = [
	['logged in', (page) => logIn(page, GOALS.coach)],
	['the caseload', '/coach'],
	['a participant', async (page) => {
		await go(page, '/coach');
		return go(page, await firstLink(page, /^\/coach\/p\/\d+$/));
	}],
	['a proposal for him', async (page) => {
		await go(page, '/coach');
		return go(page, (await firstLink(page, /^\/coach\/p\/\d+$/)) + '/propose');
	}],
	['a proposal refused: no title', async (page) => {
		await go(page, '/coach');
		const action = (await firstLink(page, /^\/coach\/p\/\d+$/)) + '/propose';
		await go(page, action);
		return submit(page, action, { title: '' });
	}, 400],
	['his chats', '/chat'],
	['the programmes: not for him', '/coach/programmes', 403],
];

PAGES.employer = [
	['logged in', (page) => logIn(page, GOALS.employer)],
	['his participants', '/employer'],
	['a participant\'s shared goals', async (page) => {
		await go(page, '/employer');
		return go(page, await firstLink(page, /^\/employer\/p\/\d+$/));
	}],
	['his chats', '/chat'],
	['the caseload: not for him', '/coach', 403],
];

PAGES.relative = [
	['logged in', (page) => logIn(page, GOALS.relative)],
	['whom she supports', '/supporter'],
	['what he shares with her', async (page) => {
		await go(page, '/supporter');
		return go(page, await firstLink(page, /^\/supporter\/p\/\d+$/));
	}],
	['a code that does not work', async (page) => {
		await go(page, '/supporter');
		return submit(page, '/supporter/join', { code: 'NOTACODE22' });
	}, 400],
];

PAGES.admin.push(
	['the programmes', '/coach/programmes'],
	['a programme', async (page) => {
		await go(page, '/coach/programmes');
		return go(page, await firstLink(page, /^\/coach\/programmes\/\d+$/));
	}],
);

export const WHO = {
	guest: 'a guest',
	member: 'a new member',
	support: 'a support person (a moderator)',
	admin: 'an admin',
	participant: 'a participant of the goals part',
	coach: 'a coach',
	employer: 'an employer',
	relative: 'a close relative',
};
