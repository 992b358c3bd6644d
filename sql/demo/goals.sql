-- Demo content of the goals part (sql/023, cgi-bin/goals): the programme
-- "Work Step" with coach_lars and three participants at different stages,
-- and "IPS Psychosis Care", still without participants.
--   amir_w    just starting: two goals Lars proposed wait for his answer,
--             one personal goal of his own.
--   tobias_w  mid-way: an agreed goal "Back to work 20 hours a week" with
--             sub-goals and dated activities over the coming weeks, some
--             done with Lars's feedback, one done sub-goal waiting for
--             it; a checklist; four indicators rated over eight weeks,
--             rising gently; linked with his consent to ella_work
--             (trainee at the bicycle workshop); his close relative
--             hanne_rel joined and encouraged him; chats with Lars and
--             with Ella.
--   daniel_w  quiet: nothing done for 20 days.
-- Every time is relative to now (UTC, as the app stores it), so the demo
-- stays current. An admin sees it all at /coach/programmes.
SET @now = UTC_TIMESTAMP();
SET @today = UTC_DATE();

INSERT INTO programmes (name, description) VALUES
  ('Work Step', 'Work training for people on long sick leave: small steps back to a job, with a coach and a workplace.'),
  ('IPS Psychosis Care', 'Individual placement and support for people in psychosis care: a job first, with support along the way.');
SET @prog = (SELECT id FROM programmes WHERE name = 'Work Step');

SET @lars = (SELECT id FROM users WHERE handle = 'coach_lars');
SET @ella = (SELECT id FROM users WHERE handle = 'ella_work');
SET @amir = (SELECT id FROM users WHERE handle = 'amir_w');
SET @tobias = (SELECT id FROM users WHERE handle = 'tobias_w');
SET @daniel = (SELECT id FROM users WHERE handle = 'daniel_w');
SET @hanne = (SELECT id FROM users WHERE handle = 'hanne_rel');

INSERT INTO coaches (user_id, programme_id) VALUES (@lars, @prog);
INSERT INTO participants (user_id, programme_id, coach_id, coach_seen_at, created_at) VALUES
  (@amir, @prog, @lars, @now - INTERVAL 2 DAY, @now - INTERVAL 4 DAY),
  (@tobias, @prog, @lars, @now - INTERVAL 3 DAY, @now - INTERVAL 70 DAY),
  (@daniel, @prog, @lars, @now - INTERVAL 21 DAY, @now - INTERVAL 45 DAY);
INSERT INTO coach_history (participant_id, coach_id, started_at) VALUES
  (@amir, @lars, @now - INTERVAL 4 DAY),
  (@tobias, @lars, @now - INTERVAL 70 DAY),
  (@daniel, @lars, @now - INTERVAL 45 DAY);

-- ---- amir_w: just starting -------------------------------------------
INSERT INTO goal_items (participant_id, level, title, description, due_date, status, agreed,
                        personal, created_by, created_at, updated_at)
VALUES (@amir, 1, 'Find out what kind of work suits you',
        'We look at what you liked in school and in jobs before, and visit two workplaces together.',
        @today + INTERVAL 6 WEEK, 'proposed', 0, 0, @lars, @now - INTERVAL 2 DAY, @now - INTERVAL 2 DAY);
SET @g = LAST_INSERT_ID();
UPDATE goal_items SET goal_id = id WHERE id = @g;
INSERT INTO notifications (user_id, kind, item_id, actor_id, created_at)
VALUES (@amir, 'goal_proposed', @g, @lars, @now - INTERVAL 2 DAY);
INSERT INTO goal_items (participant_id, level, title, description, due_date, status, agreed,
                        personal, created_by, created_at, updated_at)
VALUES (@amir, 1, 'A steady daily rhythm',
        'Get up at the same time on weekdays and have one small plan for each day.',
        @today + INTERVAL 4 WEEK, 'proposed', 0, 0, @lars, @now - INTERVAL 2 DAY, @now - INTERVAL 2 DAY);
SET @g = LAST_INSERT_ID();
UPDATE goal_items SET goal_id = id WHERE id = @g;
INSERT INTO notifications (user_id, kind, item_id, actor_id, created_at)
VALUES (@amir, 'goal_proposed', @g, @lars, @now - INTERVAL 2 DAY);
INSERT INTO goal_items (participant_id, level, title, description, status, agreed, personal,
                        created_by, created_at, updated_at)
VALUES (@amir, 1, 'Start running again', 'Twice a week, short rounds in the park.', 'active', 0, 1,
        @amir, @now - INTERVAL 1 DAY, @now - INTERVAL 1 DAY);
UPDATE goal_items SET goal_id = id WHERE id = LAST_INSERT_ID();

-- ---- tobias_w: mid-way ------------------------------------------------
INSERT INTO goal_items (participant_id, level, title, description, due_date, status, agreed,
                        personal, created_by, shared_employer_at, shared_relative_at, created_at,
                        updated_at)
VALUES (@tobias, 1, 'Back to work 20 hours a week',
        'Step by step from a few hours at the bicycle workshop to 20 hours a week, at a pace that holds.',
        @today + INTERVAL 10 WEEK, 'active', 1, 0, @lars, @now - INTERVAL 40 DAY,
        @now - INTERVAL 30 DAY, @now - INTERVAL 60 DAY, @now - INTERVAL 60 DAY);
SET @goal = LAST_INSERT_ID();
UPDATE goal_items SET goal_id = id WHERE id = @goal;

-- sub-goal 1: done, with Lars's feedback
INSERT INTO goal_items (participant_id, goal_id, parent_id, level, title, description, due_date,
                        status, agreed, created_by, done_at, created_at, updated_at)
VALUES (@tobias, @goal, @goal, 2, 'Work 10 hours a week at the workshop',
        'Two mornings and one afternoon a week.', @today - INTERVAL 12 DAY, 'done', 1, @lars,
        @now - INTERVAL 12 DAY, @now - INTERVAL 55 DAY, @now - INTERVAL 12 DAY);
SET @sub1 = LAST_INSERT_ID();
INSERT INTO goal_items (participant_id, goal_id, parent_id, level, title, due_date, due_time,
                        status, agreed, created_by, done_at, created_at, updated_at)
VALUES (@tobias, @goal, @sub1, 3, 'First morning at the workshop', @today - INTERVAL 40 DAY,
        '08:00', 'done', 1, @lars, @now - INTERVAL 40 DAY, @now - INTERVAL 50 DAY, @now - INTERVAL 40 DAY),
       (@tobias, @goal, @sub1, 3, 'Three weeks in a row with all 10 hours', @today - INTERVAL 12 DAY,
        NULL, 'done', 1, @lars, @now - INTERVAL 12 DAY, @now - INTERVAL 45 DAY, @now - INTERVAL 12 DAY);
INSERT INTO goal_comments (participant_id, item_id, author_id, kind, body, created_at)
VALUES (@tobias, @sub1, @lars, 'feedback',
        'Really well done, Tobias. Three weeks in a row is what counts. Ella says you are a calm hand in the workshop.',
        @now - INTERVAL 11 DAY);
INSERT INTO notifications (user_id, kind, item_id, actor_id, created_at, read_at)
VALUES (@tobias, 'goal_feedback', @sub1, @lars, @now - INTERVAL 11 DAY, @now - INTERVAL 10 DAY);

-- sub-goal 2: done two days ago, waiting for Lars's feedback
INSERT INTO goal_items (participant_id, goal_id, parent_id, level, title, description, due_date,
                        status, agreed, created_by, done_at, created_at, updated_at)
VALUES (@tobias, @goal, @goal, 2, 'Take the bus to work on my own',
        'Without a lift, three days in a row.', @today - INTERVAL 1 DAY, 'done', 1, @lars,
        @now - INTERVAL 2 DAY, @now - INTERVAL 30 DAY, @now - INTERVAL 2 DAY);
SET @sub2 = LAST_INSERT_ID();
INSERT INTO goal_items (participant_id, goal_id, parent_id, level, title, due_date, status,
                        agreed, created_by, done_at, created_at, updated_at)
VALUES (@tobias, @goal, @sub2, 3, 'Bus three days in a row', @today - INTERVAL 2 DAY, 'done', 1,
        @lars, @now - INTERVAL 2 DAY, @now - INTERVAL 30 DAY, @now - INTERVAL 2 DAY);

-- sub-goal 3: under way, with dated activities over the coming weeks
INSERT INTO goal_items (participant_id, goal_id, parent_id, level, title, description, due_date,
                        status, agreed, created_by, created_at, updated_at)
VALUES (@tobias, @goal, @goal, 2, 'Work 15 hours a week',
        'One more morning, once the 10 hours feel easy.', @today + INTERVAL 4 WEEK, 'active', 1,
        @lars, @now - INTERVAL 10 DAY, @now - INTERVAL 10 DAY);
SET @sub3 = LAST_INSERT_ID();
INSERT INTO goal_items (participant_id, goal_id, parent_id, level, title, description, due_date,
                        due_time, remind_minutes, status, agreed, created_by, created_at, updated_at)
VALUES (@tobias, @goal, @sub3, 3, 'Talk with Ella about a fourth morning', 'Ask which day suits the workshop.',
        @today + INTERVAL 2 DAY, '10:00', 30, 'active', 1, @lars, @now - INTERVAL 9 DAY, @now - INTERVAL 9 DAY),
       (@tobias, @goal, @sub3, 3, 'Try a four-hour day on Tuesday', '',
        @today + INTERVAL 6 DAY, '08:00', 60, 'active', 1, @lars, @now - INTERVAL 9 DAY, @now - INTERVAL 9 DAY),
       (@tobias, @goal, @sub3, 3, 'Check in with Lars: how did the longer week go?', '',
        @today + INTERVAL 9 DAY, '13:00', 30, 'active', 1, @lars, @now - INTERVAL 9 DAY, @now - INTERVAL 9 DAY),
       (@tobias, @goal, @sub3, 3, 'Two weeks with 15 hours', '',
        @today + INTERVAL 4 WEEK, NULL, NULL, 'active', 1, @lars, @now - INTERVAL 9 DAY, @now - INTERVAL 9 DAY);

-- a personal goal of his own (nobody sees it)
INSERT INTO goal_items (participant_id, level, title, description, status, agreed, personal,
                        created_by, created_at, updated_at)
VALUES (@tobias, 1, 'Sleep before midnight', 'Phone away at 23:00.', 'active', 0, 1, @tobias,
        @now - INTERVAL 20 DAY, @now - INTERVAL 20 DAY);
UPDATE goal_items SET goal_id = id WHERE id = LAST_INSERT_ID();

-- his checklist: ticked this morning, but for the bus card
INSERT INTO checklists (participant_id, title, reset, created_at)
VALUES (@tobias, 'Morning before work', 'daily', @now - INTERVAL 35 DAY);
SET @list = LAST_INSERT_ID();
INSERT INTO checklist_items (checklist_id, text, position, done_on) VALUES
  (@list, 'Alarm at 6:30, up at the first ring', 1, @today),
  (@list, 'Breakfast', 2, @today),
  (@list, 'Pack lunch and water', 3, @today),
  (@list, 'Bus card in the jacket', 4, NULL),
  (@list, 'Leave at 7:25', 5, NULL);

-- indicators, shared with Lars, rated every other day for eight weeks,
-- rising gently from about 2 to about 4 (with small ups and downs)
INSERT INTO indicators (participant_id, name, shared_coach_at, created_at) VALUES
  (@tobias, 'Energy', @now - INTERVAL 56 DAY, @now - INTERVAL 57 DAY),
  (@tobias, 'Mood', @now - INTERVAL 56 DAY, @now - INTERVAL 57 DAY),
  (@tobias, 'Sleep', @now - INTERVAL 56 DAY, @now - INTERVAL 57 DAY),
  (@tobias, 'Readiness for work', @now - INTERVAL 56 DAY, @now - INTERVAL 57 DAY);
INSERT INTO indicator_ratings (indicator_id, rating, rated_at)
SELECT i.id,
       LEAST(5, GREATEST(1, ROUND(2 + s.seq / 14 + (CAST((s.seq * 7 + i.id) % 3 AS SIGNED) - 1) * 0.5))),
       @now - INTERVAL (56 - 2 * s.seq) DAY - INTERVAL (8 + i.id % 5) HOUR
FROM indicators i JOIN seq_0_to_28 s
WHERE i.participant_id = @tobias;

-- linked with his consent to Ella's workshop; Ella commented
INSERT INTO employer_links (participant_id, employer_id, placement, proposed_by, proposed_at,
                            consent_at)
VALUES (@tobias, @ella, 'Trainee at the bicycle workshop', @lars, @now - INTERVAL 42 DAY,
        @now - INTERVAL 41 DAY);
INSERT INTO goal_comments (participant_id, item_id, author_id, kind, body, created_at)
VALUES (@tobias, @goal, @ella, 'comment',
        'Good to have you in the workshop, Tobias. The customers like how carefully you check the brakes.',
        @now - INTERVAL 6 DAY);

-- his close relative joined with his code and sent encouragement
INSERT INTO relatives (participant_id, relative_id, consent_at, joined_at)
VALUES (@tobias, @hanne, @now - INTERVAL 30 DAY, @now - INTERVAL 29 DAY);
INSERT INTO goal_comments (participant_id, item_id, author_id, kind, body, created_at)
VALUES (@tobias, NULL, @hanne, 'encouragement',
        'I am so proud of you for taking the bus on your own. Dinner on Sunday is on me!',
        @now - INTERVAL 1 DAY);
INSERT INTO notifications (user_id, kind, actor_id, created_at)
VALUES (@tobias, 'goal_encouragement', @hanne, @now - INTERVAL 1 DAY);

-- his chats, as chat_ensure() makes them (cgi-bin/goals/chat.c)
INSERT INTO chats (participant_id, other_id, kind, last_seq, created_at)
VALUES (@tobias, @lars, 'coach', 4, @now - INTERVAL 60 DAY);
SET @chat = LAST_INSERT_ID();
INSERT INTO chat_messages (chat_id, seq, author_id, body, created_at) VALUES
  (@chat, 1, @lars, 'Hi Tobias. How did the first week with 10 hours feel?', @now - INTERVAL 20 DAY),
  (@chat, 2, @tobias, 'Tiring, but good. Wednesday afternoon was hard.', @now - INTERVAL 20 DAY + INTERVAL 2 HOUR),
  (@chat, 3, @lars, 'That is normal. Let us keep Wednesday short for now and look at it on Thursday.', @now - INTERVAL 19 DAY),
  (@chat, 4, @tobias, 'I took the bus on my own three days in a row!', @now - INTERVAL 2 DAY);
INSERT INTO chat_members (chat_id, user_id, last_read_seq) VALUES (@chat, @tobias, 4), (@chat, @lars, 3);
INSERT INTO chats (participant_id, other_id, kind, last_seq, created_at)
VALUES (@tobias, @ella, 'employer', 3, @now - INTERVAL 41 DAY);
SET @chat = LAST_INSERT_ID();
INSERT INTO chat_messages (chat_id, seq, author_id, body, created_at) VALUES
  (@chat, 1, @ella, 'Welcome, Tobias. We start at 8 on Monday. Bring shoes you do not mind getting oily.', @now - INTERVAL 40 DAY),
  (@chat, 2, @tobias, 'Thank you, see you Monday.', @now - INTERVAL 40 DAY + INTERVAL 1 HOUR),
  (@chat, 3, @ella, 'Could you come at 9 instead of 8 tomorrow? The delivery is late.', @now - INTERVAL 3 HOUR);
INSERT INTO chat_members (chat_id, user_id, last_read_seq) VALUES (@chat, @tobias, 2), (@chat, @ella, 3);

-- Amir's chat with Lars: a welcome
INSERT INTO chats (participant_id, other_id, kind, last_seq, created_at)
VALUES (@amir, @lars, 'coach', 1, @now - INTERVAL 4 DAY);
SET @chat = LAST_INSERT_ID();
INSERT INTO chat_messages (chat_id, seq, author_id, body, created_at) VALUES
  (@chat, 1, @lars, 'Welcome, Amir. I have proposed two goals for us. Have a look, and tell me what you think.', @now - INTERVAL 2 DAY);
INSERT INTO chat_members (chat_id, user_id, last_read_seq) VALUES (@chat, @amir, 0), (@chat, @lars, 1);

-- ---- daniel_w: quiet for 20 days --------------------------------------
INSERT INTO goal_items (participant_id, level, title, description, due_date, status, agreed,
                        personal, created_by, created_at, updated_at)
VALUES (@daniel, 1, 'Apply for three work trials',
        'Places near home where you could try a few hours a week.', @today + INTERVAL 3 WEEK,
        'active', 1, 0, @lars, @now - INTERVAL 40 DAY, @now - INTERVAL 40 DAY);
SET @goal = LAST_INSERT_ID();
UPDATE goal_items SET goal_id = id WHERE id = @goal;
INSERT INTO goal_items (participant_id, goal_id, parent_id, level, title, due_date, status, agreed,
                        created_by, done_at, created_at, updated_at)
VALUES (@daniel, @goal, @goal, 2, 'Write a short CV', @today - INTERVAL 22 DAY, 'done', 1, @lars,
        @now - INTERVAL 20 DAY, @now - INTERVAL 40 DAY, @now - INTERVAL 20 DAY);
INSERT INTO goal_items (participant_id, goal_id, parent_id, level, title, due_date, status, agreed,
                        created_by, created_at, updated_at)
VALUES (@daniel, @goal, @goal, 2, 'Send the first application', @today - INTERVAL 6 DAY, 'active',
        1, @lars, @now - INTERVAL 40 DAY, @now - INTERVAL 40 DAY);
SET @sub = LAST_INSERT_ID();
INSERT INTO goal_items (participant_id, goal_id, parent_id, level, title, due_date, due_time,
                        status, agreed, created_by, created_at, updated_at)
VALUES (@daniel, @goal, @sub, 3, 'Call the supermarket about a trial', @today - INTERVAL 8 DAY,
        '11:00', 'active', 1, @lars, @now - INTERVAL 30 DAY, @now - INTERVAL 30 DAY);
INSERT INTO chats (participant_id, other_id, kind, last_seq, created_at)
VALUES (@daniel, @lars, 'coach', 2, @now - INTERVAL 45 DAY);
SET @chat = LAST_INSERT_ID();
INSERT INTO chat_messages (chat_id, seq, author_id, body, created_at) VALUES
  (@chat, 1, @daniel, 'My CV is done.', @now - INTERVAL 20 DAY),
  (@chat, 2, @lars, 'Great, Daniel. How is it going with the supermarket? No rush, just tell me how you are.', @now - INTERVAL 5 DAY);
INSERT INTO chat_members (chat_id, user_id, last_read_seq) VALUES (@chat, @daniel, 1), (@chat, @lars, 2);
