-- Demo articles (sql/020): three published, one scheduled three days ahead,
-- one draft, all by the demo editor. body_html is what core's md_render
-- (libcmark, safe mode) makes of the body, written out here.
SET @now = UTC_TIMESTAMP();
INSERT INTO articles (slug, title, summary, body, body_html, topic_id, author_id, status, publish_at, published_at, created_at, updated_at)
SELECT 'when-your-parents-split-up', 'When your parents split up: what helps',
  'Divorce turns home upside down. Here is what other young men say helped them, and what you can do this week.',
  'Many of the posts on Opbak start the same way: *my parents told us they are splitting up*. If that is you, you are far from alone. Around a third of young people in Denmark and Sweden see their parents separate before they turn 18.

## It is not your fault

Parents split up because of things between the two of them. Nothing you did or did not do made it happen, and nothing you do now can fix it. That can be a relief to hear, even if part of you already knew.

## What helps, according to the guys who have been there

- **Keep one thing that is yours.** Training, gaming with a friend, a weekly walk. Something that stays the same when everything else moves.
- **Say what you need about the practical stuff.** Two homes means two sets of rules, two chargers, two schedules. It is fine to ask for a say in how the weeks are split.
- **Do not carry messages.** If your mum or dad asks you to pass something on, you can say: "Please tell them yourself."
- **Talk to someone outside the family.** A friend, a coach, a school counsellor, or one of our support persons.

## Younger siblings

If you have a little brother or sister, you may feel you have to be the strong one. Being there for them is great. Being their parent is not your job. Tell an adult if a sibling is having a very hard time.

## When it gets heavy

Anger, sadness and feeling nothing at all are all normal reactions. If it does not get lighter after a few months, or you stop wanting to do the things you used to like, tell someone. You can write a post in the Family topic or ask a support person directly.
',
  '<p>Many of the posts on Opbak start the same way: <em>my parents told us they are splitting up</em>. If that is you, you are far from alone. Around a third of young people in Denmark and Sweden see their parents separate before they turn 18.</p>
<h2>It is not your fault</h2>
<p>Parents split up because of things between the two of them. Nothing you did or did not do made it happen, and nothing you do now can fix it. That can be a relief to hear, even if part of you already knew.</p>
<h2>What helps, according to the guys who have been there</h2>
<ul>
<li><strong>Keep one thing that is yours.</strong> Training, gaming with a friend, a weekly walk. Something that stays the same when everything else moves.</li>
<li><strong>Say what you need about the practical stuff.</strong> Two homes means two sets of rules, two chargers, two schedules. It is fine to ask for a say in how the weeks are split.</li>
<li><strong>Do not carry messages.</strong> If your mum or dad asks you to pass something on, you can say: &quot;Please tell them yourself.&quot;</li>
<li><strong>Talk to someone outside the family.</strong> A friend, a coach, a school counsellor, or one of our support persons.</li>
</ul>
<h2>Younger siblings</h2>
<p>If you have a little brother or sister, you may feel you have to be the strong one. Being there for them is great. Being their parent is not your job. Tell an adult if a sibling is having a very hard time.</p>
<h2>When it gets heavy</h2>
<p>Anger, sadness and feeling nothing at all are all normal reactions. If it does not get lighter after a few months, or you stop wanting to do the things you used to like, tell someone. You can write a post in the Family topic or ask a support person directly.</p>
',
  t.id, u.id, 'published', NULL, @now - INTERVAL 10 DAY, @now - INTERVAL 14 DAY, @now - INTERVAL 10 DAY
FROM topics t, users u WHERE t.slug = 'family' AND u.handle = 'editor';
INSERT INTO articles (slug, title, summary, body, body_html, topic_id, author_id, status, publish_at, published_at, created_at, updated_at)
SELECT 'nervous-before-an-exam', 'Nervous before an exam? Five things that work',
  'Some nerves help you focus. Too many make your head go blank. Five concrete tricks for the days before and the minutes in the room.',
  'A bit of nerves before an exam is your body getting ready. The trouble starts when the nerves take over and your head goes blank. These five things are simple, and they work for a lot of people.

## 1. Practise the way you will be tested

Reading your notes again feels productive but teaches little. Close the book and **write down or say out loud** what you remember, then check. Do old exam questions with a timer.

## 2. Sleep beats the last night of reading

Your brain stores what you learned while you sleep. A night of seven or eight hours before the exam is worth more than three extra hours of reading at 2 am.

## 3. Have a plan for the first five minutes

Decide beforehand: read all the questions, start with one you can answer, write something. A plan gives the nerves something to do.

## 4. Breathe out longer than you breathe in

Breathe in for four, out for six or eight, a few times. A long out-breath tells your body that there is no danger. Nobody in the room will notice.

## 5. One bad exam is one bad exam

It does not decide your life. There are re-sits, other schools, other ways in. Many of the adults you know had an exam go wrong.

If the worry is there every day, not only before exams, write about it in the Mood and thoughts topic or ask a support person. You do not have to sort it out alone.
',
  '<p>A bit of nerves before an exam is your body getting ready. The trouble starts when the nerves take over and your head goes blank. These five things are simple, and they work for a lot of people.</p>
<h2>1. Practise the way you will be tested</h2>
<p>Reading your notes again feels productive but teaches little. Close the book and <strong>write down or say out loud</strong> what you remember, then check. Do old exam questions with a timer.</p>
<h2>2. Sleep beats the last night of reading</h2>
<p>Your brain stores what you learned while you sleep. A night of seven or eight hours before the exam is worth more than three extra hours of reading at 2 am.</p>
<h2>3. Have a plan for the first five minutes</h2>
<p>Decide beforehand: read all the questions, start with one you can answer, write something. A plan gives the nerves something to do.</p>
<h2>4. Breathe out longer than you breathe in</h2>
<p>Breathe in for four, out for six or eight, a few times. A long out-breath tells your body that there is no danger. Nobody in the room will notice.</p>
<h2>5. One bad exam is one bad exam</h2>
<p>It does not decide your life. There are re-sits, other schools, other ways in. Many of the adults you know had an exam go wrong.</p>
<p>If the worry is there every day, not only before exams, write about it in the Mood and thoughts topic or ask a support person. You do not have to sort it out alone.</p>
',
  t.id, u.id, 'published', NULL, @now - INTERVAL 3 DAY, @now - INTERVAL 14 DAY, @now - INTERVAL 3 DAY
FROM topics t, users u WHERE t.slug = 'school-and-work' AND u.handle = 'editor';
INSERT INTO articles (slug, title, summary, body, body_html, topic_id, author_id, status, publish_at, published_at, created_at, updated_at)
SELECT 'lonely-after-changing-school', 'Lonely after changing school',
  'New school, new town, nobody to sit with. Loneliness is common and it usually passes. Here is how to speed that up.',
  'Starting over at a new school or in a new town can be lonely, even if you were never lonely before. Everyone else seems to have their group already. That feeling is very common, and it usually passes within months, not years.

## Small steps count

- **Say yes** to the things you are asked to, even the boring ones. Friendships grow from time spent together.
- **Ask one question.** "What did you get on question three?" is enough to start. Most people like to be asked.
- **Join something with a fixed time.** A club, a team, a volunteer job. Seeing the same people every week does the work for you.
- **Keep in touch with old friends,** but do not spend every evening on them. You need room for new ones.

## Online counts too

Friends you game or chat with are real friends. Just make sure you also have a few people you can see in person.

## When it does not pass

If you feel left out on purpose, or someone is making fun of you, that is not loneliness, it is bullying, and a teacher should know. Write about it in the Friends topic, or ask a support person. Talking about it is the first step, not a sign of weakness.
',
  '<p>Starting over at a new school or in a new town can be lonely, even if you were never lonely before. Everyone else seems to have their group already. That feeling is very common, and it usually passes within months, not years.</p>
<h2>Small steps count</h2>
<ul>
<li><strong>Say yes</strong> to the things you are asked to, even the boring ones. Friendships grow from time spent together.</li>
<li><strong>Ask one question.</strong> &quot;What did you get on question three?&quot; is enough to start. Most people like to be asked.</li>
<li><strong>Join something with a fixed time.</strong> A club, a team, a volunteer job. Seeing the same people every week does the work for you.</li>
<li><strong>Keep in touch with old friends,</strong> but do not spend every evening on them. You need room for new ones.</li>
</ul>
<h2>Online counts too</h2>
<p>Friends you game or chat with are real friends. Just make sure you also have a few people you can see in person.</p>
<h2>When it does not pass</h2>
<p>If you feel left out on purpose, or someone is making fun of you, that is not loneliness, it is bullying, and a teacher should know. Write about it in the Friends topic, or ask a support person. Talking about it is the first step, not a sign of weakness.</p>
',
  t.id, u.id, 'published', NULL, @now - INTERVAL 1 DAY, @now - INTERVAL 14 DAY, @now - INTERVAL 1 DAY
FROM topics t, users u WHERE t.slug = 'friends' AND u.handle = 'editor';
INSERT INTO articles (slug, title, summary, body, body_html, topic_id, author_id, status, publish_at, published_at, created_at, updated_at)
SELECT 'asking-someone-out', 'Asking someone out without making it weird',
  'A clear, friendly question is less awkward than months of hints. How to ask, and how to take any answer.',
  'Most guys who write about crushes on Opbak are stuck on the same thing: how do I ask without making it weird? The short answer is that a clear, friendly question is far less awkward than months of hints.

## Before you ask

Talk to them about normal things first. You want them to know who you are. If the two of you already chat easily, you are ready.

## How to ask

Keep it simple and specific: "Do you want to get a coffee with me on Saturday?" A concrete plan is easier to say yes to than "we should hang out sometime".

## Any answer is an answer

- **Yes:** great, pick a time and place.
- **Maybe or not now:** take it at face value and leave the next step to them.
- **No:** say "OK, no problem" and mean it. You asked, which takes courage. A no is not a judgement of who you are.

Never keep asking after a no, and never share private messages with others. Respect is what makes you someone people like to say yes to.
',
  '<p>Most guys who write about crushes on Opbak are stuck on the same thing: how do I ask without making it weird? The short answer is that a clear, friendly question is far less awkward than months of hints.</p>
<h2>Before you ask</h2>
<p>Talk to them about normal things first. You want them to know who you are. If the two of you already chat easily, you are ready.</p>
<h2>How to ask</h2>
<p>Keep it simple and specific: &quot;Do you want to get a coffee with me on Saturday?&quot; A concrete plan is easier to say yes to than &quot;we should hang out sometime&quot;.</p>
<h2>Any answer is an answer</h2>
<ul>
<li><strong>Yes:</strong> great, pick a time and place.</li>
<li><strong>Maybe or not now:</strong> take it at face value and leave the next step to them.</li>
<li><strong>No:</strong> say &quot;OK, no problem&quot; and mean it. You asked, which takes courage. A no is not a judgement of who you are.</li>
</ul>
<p>Never keep asking after a no, and never share private messages with others. Respect is what makes you someone people like to say yes to.</p>
',
  t.id, u.id, 'scheduled', @now + INTERVAL 3 DAY, NULL, @now - INTERVAL 14 DAY, @now - INTERVAL 1 HOUR
FROM topics t, users u WHERE t.slug = 'girls-and-dating' AND u.handle = 'editor';
INSERT INTO articles (slug, title, summary, body, body_html, topic_id, author_id, status, publish_at, published_at, created_at, updated_at)
SELECT 'sleep-screens-and-mood', 'Sleep, screens and your mood',
  'Why the phone at 1 am makes the next day harder, and a few changes that do not mean giving it up.',
  '*Draft, not finished.*

Short nights make everything feel heavier: school, friends, your own thoughts. Screens are not evil, but they are very good at keeping you awake.

## Ideas to try

- Charge the phone outside the bed, or at least out of reach.
- Stop the last game an hour before you want to sleep.
- Get up at about the same time every day, also at weekends.
',
  '<p><em>Draft, not finished.</em></p>
<p>Short nights make everything feel heavier: school, friends, your own thoughts. Screens are not evil, but they are very good at keeping you awake.</p>
<h2>Ideas to try</h2>
<ul>
<li>Charge the phone outside the bed, or at least out of reach.</li>
<li>Stop the last game an hour before you want to sleep.</li>
<li>Get up at about the same time every day, also at weekends.</li>
</ul>
',
  t.id, u.id, 'draft', NULL, NULL, @now - INTERVAL 14 DAY, @now - INTERVAL 1 HOUR
FROM topics t, users u WHERE t.slug = 'mood-and-thoughts' AND u.handle = 'editor';
