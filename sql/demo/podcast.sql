-- Demo podcast (sql/021): the show and three episodes by the demo editor.
-- They are drafts here; scripts/demo.sh makes their audio (ffmpeg), the
-- show's artwork and a transcript in the media folder, sets the file
-- columns from what it made, and publishes two and schedules one. With
-- no ffmpeg they stay drafts (an episode without audio is never public).
-- guid: the show's is UUID v5 of the feed URL without its scheme, made by
-- the app on the first save; demo.sh sets it for the stack's own URL.
-- description_html is what md_render makes of the description.
INSERT INTO podcast_show (id, title, description, author, owner_name, owner_email, language,
  category, subcategory, explicit, copyright, locked)
VALUES (1, 'Opbak: the podcast',
  'Young men talk about what often comes up: parents who split up, friends, exams, feeling low, and finding your way. With the Opbak team and guests.',
  'The Opbak team', 'Opbak', 'podcast@opbak.example', 'en', 'Health & Fitness', 'Mental Health',
  0, '© 2026 Opbak', 1);

SET @now = UTC_TIMESTAMP();
INSERT INTO episodes (slug, guid, title, description, description_html, topic_id, season,
  episode_number, episode_type, explicit, chapters, chapters_json, author_id, created_at, updated_at)
SELECT 'two-homes', '6f1c8a52-4b7e-4f0a-9a51-0c2d8e7b1a01', 'Two homes, one you',
  'Frederik, 17, on a week here and a week there, and what made it work.\n\n- what to say about the schedule\n- how to keep *one thing that is yours*',
  '<p>Frederik, 17, on a week here and a week there, and what made it work.</p>\n<ul>\n<li>what to say about the schedule</li>\n<li>how to keep <em>one thing that is yours</em></li>\n</ul>\n',
  t.id, 1, 1, 'full', 0, '0:00 Intro\n0:05 A week here, a week there\n0:10 What helped',
  '{"version":"1.2.0","chapters":[{"startTime":0,"title":"Intro"},{"startTime":5,"title":"A week here, a week there"},{"startTime":10,"title":"What helped"}]}',
  u.id, @now - INTERVAL 20 DAY, @now - INTERVAL 20 DAY
FROM topics t, users u WHERE t.slug = 'family' AND u.handle = 'editor';
INSERT INTO episodes (slug, guid, title, description, description_html, topic_id, season,
  episode_number, episode_type, explicit, author_id, created_at, updated_at)
SELECT 'left-out', '6f1c8a52-4b7e-4f0a-9a51-0c2d8e7b1a02', 'When you are left out',
  'Karim was bullied through most of school. He tells how he found his people.',
  '<p>Karim was bullied through most of school. He tells how he found his people.</p>\n',
  t.id, 1, 2, 'full', 0, u.id, @now - INTERVAL 10 DAY, @now - INTERVAL 10 DAY
FROM topics t, users u WHERE t.slug = 'friends' AND u.handle = 'editor';
INSERT INTO episodes (slug, guid, title, description, description_html, topic_id, season,
  episode_number, episode_type, explicit, author_id, created_at, updated_at)
SELECT 'exam-nerves', '6f1c8a52-4b7e-4f0a-9a51-0c2d8e7b1a03', 'Exam nerves',
  'Three short tips for the night before an exam. Out soon.',
  '<p>Three short tips for the night before an exam. Out soon.</p>\n',
  NULL, 1, 3, 'full', 0, u.id, @now - INTERVAL 1 DAY, @now - INTERVAL 1 DAY
FROM users u WHERE u.handle = 'editor';
