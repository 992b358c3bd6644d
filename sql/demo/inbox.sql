-- Demo conversations in the inbox (sql/014), one in each state. Plain
-- text bodies, so body_html is the text in paragraphs.
SET @now = UTC_TIMESTAMP();

-- Staff rights (sql/017): Sofie also moderates the community, Karim only
-- answers questions, Maja is the lead support person who reads every
-- conversation to follow up on quality (and does not moderate).
UPDATE users SET may_moderate = 1, inbox_lead = 0 WHERE handle = 'sofie_sp';
UPDATE users SET may_moderate = 0, inbox_lead = 0 WHERE handle = 'karim_sp';
UPDATE users SET may_moderate = 0, inbox_lead = 1 WHERE handle = 'maja_lead';

-- answered: mads asked Sofie by name; she answered; waiting for him
INSERT INTO questions (member_id, counsellor_id, claimed_by, claimed_at, subject, body, status,
                       created_at, last_activity_at)
SELECT m.id, s.id, s.id, @now - INTERVAL 47 HOUR, 'My parents are splitting up',
       'My parents told us last week that they are getting divorced. My little sister cries every night and I do not know what to say to her. I also just want to be at training all the time. Is that wrong?',
       'answered', @now - INTERVAL 48 HOUR, @now - INTERVAL 30 HOUR
FROM users m, users s WHERE m.handle = 'mads' AND s.handle = 'sofie_sp';
SET @q = LAST_INSERT_ID();
INSERT INTO question_messages (question_id, author_id, kind, body, body_html, created_at)
SELECT @q, id, 'message',
       'It is not wrong at all. Training is a good place to be when home is hard. For your sister: you do not have to find the right words. Sit with her, and say that it is not her fault and not yours. Would you like to tell me how things are between you and each of your parents?',
       '<p>It is not wrong at all. Training is a good place to be when home is hard. For your sister: you do not have to find the right words. Sit with her, and say that it is not her fault and not yours. Would you like to tell me how things are between you and each of your parents?</p>\n',
       @now - INTERVAL 30 HOUR FROM users WHERE handle = 'sofie_sp';
INSERT INTO notifications (user_id, kind, question_id, created_at)
SELECT id, 'question_reply', @q, @now - INTERVAL 30 HOUR FROM users WHERE handle = 'mads';

-- claimed: jonas_17 asked the first available; Karim took it and wrote a
-- note for his colleagues
INSERT INTO questions (member_id, claimed_by, claimed_at, subject, body, status, created_at,
                       last_activity_at)
SELECT m.id, k.id, @now - INTERVAL 3 HOUR, 'Nobody talks to me in my new class',
       'I changed school after the summer and nobody in my new class talks to me. I eat lunch alone. How do people make friends when everybody already has their group?',
       'claimed', @now - INTERVAL 5 HOUR, @now - INTERVAL 3 HOUR
FROM users m, users k WHERE m.handle = 'jonas_17' AND k.handle = 'karim_sp';
SET @q = LAST_INSERT_ID();
INSERT INTO question_messages (question_id, author_id, kind, body, body_html, created_at)
SELECT @q, id, 'note', 'New school since August. I will suggest the handball club, he mentioned sports in an earlier post.',
       '<p>New school since August. I will suggest the handball club, he mentioned sports in an earlier post.</p>\n',
       @now - INTERVAL 3 HOUR FROM users WHERE handle = 'karim_sp';

-- closed: ali_b asked Karim; answered, thanked, closed
INSERT INTO questions (member_id, counsellor_id, claimed_by, claimed_at, subject, body, status,
                       created_at, last_activity_at, closed_at)
SELECT m.id, k.id, k.id, @now - INTERVAL 9 DAY, 'Should I tell my coach?',
       'Some older guys on my team make fun of me in the changing room. It is every week now. Should I tell the coach or will it get worse?',
       'closed', @now - INTERVAL 10 DAY, @now - INTERVAL 8 DAY, @now - INTERVAL 8 DAY
FROM users m, users k WHERE m.handle = 'ali_b' AND k.handle = 'karim_sp';
SET @q = LAST_INSERT_ID();
INSERT INTO question_messages (question_id, author_id, kind, body, body_html, created_at)
SELECT @q, id, 'message',
       'Tell him. A good coach wants to know, and it is his job to stop it, not yours. If you like, write down what happened and when, and show him that.',
       '<p>Tell him. A good coach wants to know, and it is his job to stop it, not yours. If you like, write down what happened and when, and show him that.</p>\n',
       @now - INTERVAL 9 DAY FROM users WHERE handle = 'karim_sp';
INSERT INTO question_messages (question_id, author_id, kind, body, body_html, created_at)
SELECT @q, id, 'message', 'I told him and he talked to them. It is better now. Thanks!',
       '<p>I told him and he talked to them. It is better now. Thanks!</p>\n',
       @now - INTERVAL 8 DAY FROM users WHERE handle = 'ali_b';

-- new: frederik asked the first available; it waits in the pool
INSERT INTO questions (member_id, subject, body, status, created_at, last_activity_at)
SELECT id, 'I cannot sleep before exams',
       'Every time there is an exam I lie awake the whole night before, and then I do badly because I am so tired. What can I do the evening before?',
       'new', @now - INTERVAL 2 HOUR, @now - INTERVAL 2 HOUR FROM users WHERE handle = 'frederik';

-- answered, publishing allowed: noah_k asked the first available and
-- allowed his question to be published anonymously; Sofie answered. A
-- support person can publish it from /inbox/<id> (cgi-bin/inbox/publish.c).
INSERT INTO questions (member_id, claimed_by, claimed_at, subject, body, allow_publish, status,
                       created_at, last_activity_at)
SELECT m.id, s.id, @now - INTERVAL 20 HOUR, 'My friends drink every weekend',
       'All my friends drink at parties every weekend and I do not want to. Last time they laughed at me for drinking cola. How do I say no without losing them?',
       1, 'answered', @now - INTERVAL 22 HOUR, @now - INTERVAL 19 HOUR
FROM users m, users s WHERE m.handle = 'noah_k' AND s.handle = 'sofie_sp';
SET @q = LAST_INSERT_ID();
INSERT INTO question_messages (question_id, author_id, kind, body, body_html, created_at)
SELECT @q, id, 'message',
       'Saying no takes more courage than saying yes, and good friends get used to it. Keep it short: "No thanks, I am fine." You do not owe anyone a reason. Maybe there is one friend who feels the same; ask him before the next party, and it is easier with two.',
       '<p>Saying no takes more courage than saying yes, and good friends get used to it. Keep it short: &quot;No thanks, I am fine.&quot; You do not owe anyone a reason. Maybe there is one friend who feels the same; ask him before the next party, and it is easier with two.</p>\n',
       @now - INTERVAL 19 HOUR FROM users WHERE handle = 'sofie_sp';
INSERT INTO notifications (user_id, kind, question_id, created_at)
SELECT id, 'question_reply', @q, @now - INTERVAL 19 HOUR FROM users WHERE handle = 'noah_k';
