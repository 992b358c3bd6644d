-- Demo content, generated once from a script; plain text bodies, so
-- body_html is the text in a paragraph (what md_render makes of it).
SET @now = UTC_TIMESTAMP();
INSERT INTO posts (id, user_id, topic_id, title, body, body_html, created_at) SELECT 1, u.id, t.id, 'Religion and my parents', 'I do not believe in the same things as my parents anymore. How do I tell them?', '<p>I do not believe in the same things as my parents anymore. How do I tell them?</p>
', @now - INTERVAL 566 HOUR FROM users u, topics t WHERE u.handle = 'mads' AND t.slug = 'other';
UPDATE posts SET backing_count = 0, support_answered = 0 WHERE id = 1;
INSERT INTO posts (id, user_id, topic_id, title, body, body_html, created_at) SELECT 2, u.id, t.id, 'My friend only talks about himself', 'My oldest friend only talks about his own problems and never asks about mine. Should I say it or find new friends?', '<p>My oldest friend only talks about his own problems and never asks about mine. Should I say it or find new friends?</p>
', @now - INTERVAL 558 HOUR FROM users u, topics t WHERE u.handle = 'jonas_17' AND t.slug = 'friends';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 1, 2, id, 'Thank you for asking. Concretely: write down when it happens and what came right before. After a week you will often see a pattern, and then you know where to start.', '<p>Thank you for asking. Concretely: write down when it happens and what came right before. After a week you will often see a pattern, and then you know where to start.</p>
', 1, 0, 4, @now - INTERVAL 554 HOUR FROM users WHERE handle = 'sofie_sp';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 1, id, @now - INTERVAL 554 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 1, id, @now - INTERVAL 554 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 1, id, @now - INTERVAL 554 HOUR FROM users WHERE handle = 'viktor_se';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 1, id, @now - INTERVAL 554 HOUR FROM users WHERE handle = 'oskar_s';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 2, 2, id, 'Put your phone in another room for an hour. Sounds simple but it works.', '<p>Put your phone in another room for an hour. Sounds simple but it works.</p>
', 0, 0, 1, @now - INTERVAL 552 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 2, id, @now - INTERVAL 552 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 3, 2, id, 'I was in the same place last year. What worked for me was to talk to one person I trust first, just to say it out loud.', '<p>I was in the same place last year. What worked for me was to talk to one person I trust first, just to say it out loud.</p>
', 0, 0, 2, @now - INTERVAL 546 HOUR FROM users WHERE handle = 'oskar_s';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 3, id, @now - INTERVAL 546 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 3, id, @now - INTERVAL 546 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 4, 2, id, 'Write it in a message if saying it face to face is too hard. That is totally fine.', '<p>Write it in a message if saying it face to face is too hard. That is totally fine.</p>
', 0, 0, 2, @now - INTERVAL 547 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 4, id, @now - INTERVAL 547 HOUR FROM users WHERE handle = 'jonas_17';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 4, id, @now - INTERVAL 547 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 5, 2, id, 'You are not the only one. Most guys I know felt like that at some point.', '<p>You are not the only one. Most guys I know felt like that at some point.</p>
', 0, 0, 2, @now - INTERVAL 551 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 5, id, @now - INTERVAL 551 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 5, id, @now - INTERVAL 551 HOUR FROM users WHERE handle = 'viktor_se';
UPDATE posts SET backing_count = 5, support_answered = 1 WHERE id = 2;
INSERT INTO posts (id, user_id, topic_id, title, body, body_html, created_at) SELECT 3, u.id, t.id, 'I hate how I look in photos', 'Every time someone takes a photo I look weird. I have started avoiding parties because of it. Anyone else?', '<p>Every time someone takes a photo I look weird. I have started avoiding parties because of it. Anyone else?</p>
', @now - INTERVAL 545 HOUR FROM users u, topics t WHERE u.handle = 'ali_b' AND t.slug = 'looks-and-style';
UPDATE posts SET backing_count = 0, support_answered = 0 WHERE id = 3;
INSERT INTO posts (id, user_id, topic_id, title, body, body_html, created_at) SELECT 4, u.id, t.id, 'Stressed all the time', 'School, handball, a job at the weekend. I feel stressed every single day. What can I drop?', '<p>School, handball, a job at the weekend. I feel stressed every single day. What can I drop?</p>
', @now - INTERVAL 529 HOUR FROM users u, topics t WHERE u.handle = 'frederik' AND t.slug = 'mood-and-thoughts';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 6, 4, id, 'Put your phone in another room for an hour. Sounds simple but it works.', '<p>Put your phone in another room for an hour. Sounds simple but it works.</p>
', 0, 0, 4, @now - INTERVAL 523 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 6, id, @now - INTERVAL 523 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 6, id, @now - INTERVAL 523 HOUR FROM users WHERE handle = 'jonas_17';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 6, id, @now - INTERVAL 523 HOUR FROM users WHERE handle = 'viktor_se';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 6, id, @now - INTERVAL 523 HOUR FROM users WHERE handle = 'mads';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 7, 4, id, 'Ask a friend to come with you the first few times. It is much easier together.', '<p>Ask a friend to come with you the first few times. It is much easier together.</p>
', 0, 0, 0, @now - INTERVAL 526 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 8, 4, id, 'Say it the way it is: I feel left out. Real friends will want to know.', '<p>Say it the way it is: I feel left out. Real friends will want to know.</p>
', 0, 0, 3, @now - INTERVAL 517 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 8, id, @now - INTERVAL 517 HOUR FROM users WHERE handle = 'oskar_s';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 8, id, @now - INTERVAL 517 HOUR FROM users WHERE handle = 'viktor_se';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 8, id, @now - INTERVAL 517 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 9, 4, id, 'Try writing down three things you could say before you talk to her. It helped me to have a plan.', '<p>Try writing down three things you could say before you talk to her. It helped me to have a plan.</p>
', 0, 0, 2, @now - INTERVAL 518 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 9, id, @now - INTERVAL 518 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 9, id, @now - INTERVAL 518 HOUR FROM users WHERE handle = 'jonas_17';
UPDATE posts SET backing_count = 4, support_answered = 0 WHERE id = 4;
INSERT INTO posts (id, user_id, topic_id, title, body, body_html, created_at) SELECT 5, u.id, t.id, 'Watching too much porn?', 'I think I watch porn more than I want to. It takes a lot of my time. How do I cut down?', '<p>I think I watch porn more than I want to. It takes a lot of my time. How do I cut down?</p>
', @now - INTERVAL 524 HOUR FROM users u, topics t WHERE u.handle = 'oskar_s' AND t.slug = 'sex-and-body';
UPDATE posts SET backing_count = 0, support_answered = 0 WHERE id = 5;
INSERT INTO posts (id, user_id, topic_id, title, body, body_html, created_at) SELECT 6, u.id, t.id, 'Where to start with cooking', 'I only eat frozen pizza. What are easy meals a beginner can cook?', '<p>I only eat frozen pizza. What are easy meals a beginner can cook?</p>
', @now - INTERVAL 509 HOUR FROM users u, topics t WHERE u.handle = 'emil99' AND t.slug = 'other';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 10, 6, id, 'I grew up with a lot of the same. What helped me was to separate what I can change from what I cannot. You cannot change the adults, but you can choose who you talk to. Write to me if you want to go through it together.', '<p>I grew up with a lot of the same. What helped me was to separate what I can change from what I cannot. You cannot change the adults, but you can choose who you talk to. Write to me if you want to go through it together.</p>
', 1, 0, 3, @now - INTERVAL 502 HOUR FROM users WHERE handle = 'sofie_sp';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 10, id, @now - INTERVAL 502 HOUR FROM users WHERE handle = 'jonas_17';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 10, id, @now - INTERVAL 502 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 10, id, @now - INTERVAL 502 HOUR FROM users WHERE handle = 'viktor_se';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 11, 6, id, 'Make a list of what you actually enjoy and what you only do because you feel you must. Drop one thing from the second list.', '<p>Make a list of what you actually enjoy and what you only do because you feel you must. Drop one thing from the second list.</p>
', 0, 0, 1, @now - INTERVAL 503 HOUR FROM users WHERE handle = 'viktor_se';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 11, id, @now - INTERVAL 503 HOUR FROM users WHERE handle = 'noah_k';
UPDATE posts SET backing_count = 2, support_answered = 1 WHERE id = 6;
INSERT INTO posts (id, user_id, topic_id, title, body, body_html, created_at) SELECT 7, u.id, t.id, 'Starting at the gym as a skinny guy', 'I am 16 and really skinny. I want to start training but I do not know anyone at the gym and I am afraid people will look at me. How do I start?', '<p>I am 16 and really skinny. I want to start training but I do not know anyone at the gym and I am afraid people will look at me. How do I start?</p>
', @now - INTERVAL 503 HOUR FROM users u, topics t WHERE u.handle = 'noah_k' AND t.slug = 'looks-and-style';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 12, 7, id, 'Say it the way it is: I feel left out. Real friends will want to know.', '<p>Say it the way it is: I feel left out. Real friends will want to know.</p>
', 0, 0, 1, @now - INTERVAL 496 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 12, id, @now - INTERVAL 496 HOUR FROM users WHERE handle = 'jonas_17';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 13, 7, id, 'Give it a week and then ask directly, but kindly. If the answer is no, at least you know.', '<p>Give it a week and then ask directly, but kindly. If the answer is no, at least you know.</p>
', 0, 0, 1, @now - INTERVAL 498 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 13, id, @now - INTERVAL 498 HOUR FROM users WHERE handle = 'mads';
UPDATE posts SET backing_count = 2, support_answered = 0 WHERE id = 7;
INSERT INTO posts (id, user_id, topic_id, title, body, body_html, created_at) SELECT 8, u.id, t.id, 'Exam stress is killing my sleep', 'I have exams in three weeks and I lie awake every night thinking about them. How do you calm down enough to sleep?', '<p>I have exams in three weeks and I lie awake every night thinking about them. How do you calm down enough to sleep?</p>
', @now - INTERVAL 491 HOUR FROM users u, topics t WHERE u.handle = 'viktor_se' AND t.slug = 'school-and-work';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 14, 8, id, 'It is good that you write about it. What you describe is something many young men feel, and it usually gets better with small steps. Try to pick one person this week you can say one sentence to about how you feel. If it gets heavy, you are welcome to ask me directly.', '<p>It is good that you write about it. What you describe is something many young men feel, and it usually gets better with small steps. Try to pick one person this week you can say one sentence to about how you feel. If it gets heavy, you are welcome to ask me directly.</p>
', 1, 0, 2, @now - INTERVAL 488 HOUR FROM users WHERE handle = 'karim_sp';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 14, id, @now - INTERVAL 488 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 14, id, @now - INTERVAL 488 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 15, 8, id, 'Write it in a message if saying it face to face is too hard. That is totally fine.', '<p>Write it in a message if saying it face to face is too hard. That is totally fine.</p>
', 0, 0, 4, @now - INTERVAL 481 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 15, id, @now - INTERVAL 481 HOUR FROM users WHERE handle = 'mads';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 15, id, @now - INTERVAL 481 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 15, id, @now - INTERVAL 481 HOUR FROM users WHERE handle = 'viktor_se';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 15, id, @now - INTERVAL 481 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 16, 8, id, 'You are not the only one. Most guys I know felt like that at some point.', '<p>You are not the only one. Most guys I know felt like that at some point.</p>
', 0, 0, 3, @now - INTERVAL 482 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 16, id, @now - INTERVAL 482 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 16, id, @now - INTERVAL 482 HOUR FROM users WHERE handle = 'jonas_17';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 16, id, @now - INTERVAL 482 HOUR FROM users WHERE handle = 'frederik';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 17, 8, id, 'Try writing down three things you could say before you talk to her. It helped me to have a plan.', '<p>Try writing down three things you could say before you talk to her. It helped me to have a plan.</p>
', 0, 0, 0, @now - INTERVAL 484 HOUR FROM users WHERE handle = 'noah_k';
UPDATE posts SET backing_count = 4, support_answered = 1 WHERE id = 8;
INSERT INTO posts (id, user_id, topic_id, title, body, body_html, created_at) SELECT 9, u.id, t.id, 'Being bullied at school', 'A group of guys in my year take my stuff and call me names every day. I have not told anyone. What should I do?', '<p>A group of guys in my year take my stuff and call me names every day. I have not told anyone. What should I do?</p>
', @now - INTERVAL 476 HOUR FROM users u, topics t WHERE u.handle = 'lucas_m' AND t.slug = 'friends';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 18, 9, id, 'Thank you for asking. Concretely: write down when it happens and what came right before. After a week you will often see a pattern, and then you know where to start.', '<p>Thank you for asking. Concretely: write down when it happens and what came right before. After a week you will often see a pattern, and then you know where to start.</p>
', 1, 1, 4, @now - INTERVAL 475 HOUR FROM users WHERE handle = 'karim_sp';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 18, id, @now - INTERVAL 475 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 18, id, @now - INTERVAL 475 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 18, id, @now - INTERVAL 475 HOUR FROM users WHERE handle = 'jonas_17';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 18, id, @now - INTERVAL 475 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 19, 9, id, 'I was in the same place last year. What worked for me was to talk to one person I trust first, just to say it out loud.', '<p>I was in the same place last year. What worked for me was to talk to one person I trust first, just to say it out loud.</p>
', 0, 0, 4, @now - INTERVAL 471 HOUR FROM users WHERE handle = 'mads';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 19, id, @now - INTERVAL 471 HOUR FROM users WHERE handle = 'viktor_se';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 19, id, @now - INTERVAL 471 HOUR FROM users WHERE handle = 'frederik';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 19, id, @now - INTERVAL 471 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 19, id, @now - INTERVAL 471 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 20, 9, id, 'Sleep first. When I started going to bed at the same time every night everything else got easier.', '<p>Sleep first. When I started going to bed at the same time every night everything else got easier.</p>
', 0, 0, 3, @now - INTERVAL 468 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 20, id, @now - INTERVAL 468 HOUR FROM users WHERE handle = 'jonas_17';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 20, id, @now - INTERVAL 468 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 20, id, @now - INTERVAL 468 HOUR FROM users WHERE handle = 'viktor_se';
UPDATE posts SET backing_count = 3, support_answered = 1 WHERE id = 9;
INSERT INTO posts (id, user_id, topic_id, title, body, body_html, created_at) SELECT 10, u.id, t.id, 'How do you make friends at 19?', 'I moved for my studies and I do not know anyone. Everyone already seems to have their groups. How do adults even make friends?', '<p>I moved for my studies and I do not know anyone. Everyone already seems to have their groups. How do adults even make friends?</p>
', @now - INTERVAL 469 HOUR FROM users u, topics t WHERE u.handle = 'sebastian' AND t.slug = 'friends';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 21, 10, id, 'I was in the same place last year. What worked for me was to talk to one person I trust first, just to say it out loud.', '<p>I was in the same place last year. What worked for me was to talk to one person I trust first, just to say it out loud.</p>
', 0, 1, 2, @now - INTERVAL 466 HOUR FROM users WHERE handle = 'oskar_s';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 21, id, @now - INTERVAL 466 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 21, id, @now - INTERVAL 466 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 22, 10, id, 'Make a list of what you actually enjoy and what you only do because you feel you must. Drop one thing from the second list.', '<p>Make a list of what you actually enjoy and what you only do because you feel you must. Drop one thing from the second list.</p>
', 0, 0, 1, @now - INTERVAL 467 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 22, id, @now - INTERVAL 467 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 23, 10, id, 'Give it a week and then ask directly, but kindly. If the answer is no, at least you know.', '<p>Give it a week and then ask directly, but kindly. If the answer is no, at least you know.</p>
', 0, 0, 0, @now - INTERVAL 458 HOUR FROM users WHERE handle = 'emil99';
UPDATE posts SET backing_count = 3, support_answered = 0 WHERE id = 10;
INSERT INTO posts (id, user_id, topic_id, title, body, body_html, created_at) SELECT 11, u.id, t.id, 'Lost a lot of money on skins', 'I spent my savings on skins and loot boxes. I feel stupid. How do I stop?', '<p>I spent my savings on skins and loot boxes. I feel stupid. How do I stop?</p>
', @now - INTERVAL 459 HOUR FROM users u, topics t WHERE u.handle = 'mads' AND t.slug = 'gaming-and-free-time';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 24, 11, id, 'Write it in a message if saying it face to face is too hard. That is totally fine.', '<p>Write it in a message if saying it face to face is too hard. That is totally fine.</p>
', 0, 0, 1, @now - INTERVAL 454 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 24, id, @now - INTERVAL 454 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 25, 11, id, 'Make a list of what you actually enjoy and what you only do because you feel you must. Drop one thing from the second list.', '<p>Make a list of what you actually enjoy and what you only do because you feel you must. Drop one thing from the second list.</p>
', 0, 0, 4, @now - INTERVAL 449 HOUR FROM users WHERE handle = 'oskar_s';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 25, id, @now - INTERVAL 449 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 25, id, @now - INTERVAL 449 HOUR FROM users WHERE handle = 'frederik';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 25, id, @now - INTERVAL 449 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 25, id, @now - INTERVAL 449 HOUR FROM users WHERE handle = 'jonas_17';
UPDATE posts SET backing_count = 2, support_answered = 0 WHERE id = 11;
INSERT INTO posts (id, user_id, topic_id, title, body, body_html, created_at) SELECT 12, u.id, t.id, 'Lonely in the weekends', 'During the week I am fine, but in the weekends I sit alone in my room. Everyone else seems to be out.', '<p>During the week I am fine, but in the weekends I sit alone in my room. Everyone else seems to be out.</p>
', @now - INTERVAL 443 HOUR FROM users u, topics t WHERE u.handle = 'jonas_17' AND t.slug = 'friends';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 26, 12, id, 'Start small: ten minutes a day. After two weeks it will feel normal.', '<p>Start small: ten minutes a day. After two weeks it will feel normal.</p>
', 0, 0, 0, @now - INTERVAL 434 HOUR FROM users WHERE handle = 'oskar_s';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 27, 12, id, 'Take a walk when it starts. Ten minutes outside helps me more than anything.', '<p>Take a walk when it starts. Ten minutes outside helps me more than anything.</p>
', 0, 0, 3, @now - INTERVAL 437 HOUR FROM users WHERE handle = 'mads';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 27, id, @now - INTERVAL 437 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 27, id, @now - INTERVAL 437 HOUR FROM users WHERE handle = 'oskar_s';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 27, id, @now - INTERVAL 437 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 28, 12, id, 'Ask a friend to come with you the first few times. It is much easier together.', '<p>Ask a friend to come with you the first few times. It is much easier together.</p>
', 0, 0, 2, @now - INTERVAL 435 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 28, id, @now - INTERVAL 435 HOUR FROM users WHERE handle = 'jonas_17';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 28, id, @now - INTERVAL 435 HOUR FROM users WHERE handle = 'frederik';
UPDATE posts SET backing_count = 3, support_answered = 0 WHERE id = 12;
INSERT INTO posts (id, user_id, topic_id, title, body, body_html, created_at) SELECT 13, u.id, t.id, 'Should I get a dog?', 'I live alone and I am thinking about getting a dog. Is it too much with a full-time job?', '<p>I live alone and I am thinking about getting a dog. Is it too much with a full-time job?</p>
', @now - INTERVAL 430 HOUR FROM users u, topics t WHERE u.handle = 'ali_b' AND t.slug = 'other';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 29, 13, id, 'Start small: ten minutes a day. After two weeks it will feel normal.', '<p>Start small: ten minutes a day. After two weeks it will feel normal.</p>
', 0, 0, 4, @now - INTERVAL 422 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 29, id, @now - INTERVAL 422 HOUR FROM users WHERE handle = 'mads';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 29, id, @now - INTERVAL 422 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 29, id, @now - INTERVAL 422 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 29, id, @now - INTERVAL 422 HOUR FROM users WHERE handle = 'ali_b';
UPDATE posts SET backing_count = 1, support_answered = 0 WHERE id = 13;
INSERT INTO posts (id, user_id, topic_id, title, body, body_html, created_at) SELECT 14, u.id, t.id, 'Spots everywhere', 'My face and back are full of spots. I have tried washing more but it does not help. What actually works?', '<p>My face and back are full of spots. I have tried washing more but it does not help. What actually works?</p>
', @now - INTERVAL 419 HOUR FROM users u, topics t WHERE u.handle = 'frederik' AND t.slug = 'sex-and-body';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 30, 14, id, 'Thank you for asking. Concretely: write down when it happens and what came right before. After a week you will often see a pattern, and then you know where to start.', '<p>Thank you for asking. Concretely: write down when it happens and what came right before. After a week you will often see a pattern, and then you know where to start.</p>
', 1, 0, 1, @now - INTERVAL 415 HOUR FROM users WHERE handle = 'karim_sp';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 30, id, @now - INTERVAL 415 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 31, 14, id, 'I was in the same place last year. What worked for me was to talk to one person I trust first, just to say it out loud.', '<p>I was in the same place last year. What worked for me was to talk to one person I trust first, just to say it out loud.</p>
', 0, 0, 3, @now - INTERVAL 411 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 31, id, @now - INTERVAL 411 HOUR FROM users WHERE handle = 'viktor_se';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 31, id, @now - INTERVAL 411 HOUR FROM users WHERE handle = 'jonas_17';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 31, id, @now - INTERVAL 411 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 32, 14, id, 'Give it a week and then ask directly, but kindly. If the answer is no, at least you know.', '<p>Give it a week and then ask directly, but kindly. If the answer is no, at least you know.</p>
', 0, 0, 0, @now - INTERVAL 414 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 33, 14, id, 'Sleep first. When I started going to bed at the same time every night everything else got easier.', '<p>Sleep first. When I started going to bed at the same time every night everything else got easier.</p>
', 0, 0, 1, @now - INTERVAL 408 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 33, id, @now - INTERVAL 408 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 34, 14, id, 'Give it a week and then ask directly, but kindly. If the answer is no, at least you know.', '<p>Give it a week and then ask directly, but kindly. If the answer is no, at least you know.</p>
', 0, 0, 4, @now - INTERVAL 406 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 34, id, @now - INTERVAL 406 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 34, id, @now - INTERVAL 406 HOUR FROM users WHERE handle = 'mads';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 34, id, @now - INTERVAL 406 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 34, id, @now - INTERVAL 406 HOUR FROM users WHERE handle = 'emil99';
UPDATE posts SET backing_count = 5, support_answered = 1 WHERE id = 14;
INSERT INTO posts (id, user_id, topic_id, title, body, body_html, created_at) SELECT 15, u.id, t.id, 'How do I tell her I like her?', 'There is a girl in my class I have liked since summer. We talk a bit in breaks but I freeze when I try to say more. How do I tell her without making it weird if she says no?', '<p>There is a girl in my class I have liked since summer. We talk a bit in breaks but I freeze when I try to say more. How do I tell her without making it weird if she says no?</p>
', @now - INTERVAL 408 HOUR FROM users u, topics t WHERE u.handle = 'oskar_s' AND t.slug = 'girls-and-dating';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 35, 15, id, 'You are not the only one. Most guys I know felt like that at some point.', '<p>You are not the only one. Most guys I know felt like that at some point.</p>
', 0, 0, 1, @now - INTERVAL 404 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 35, id, @now - INTERVAL 404 HOUR FROM users WHERE handle = 'mads';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 36, 15, id, 'Start small: ten minutes a day. After two weeks it will feel normal.', '<p>Start small: ten minutes a day. After two weeks it will feel normal.</p>
', 0, 0, 4, @now - INTERVAL 402 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 36, id, @now - INTERVAL 402 HOUR FROM users WHERE handle = 'frederik';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 36, id, @now - INTERVAL 402 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 36, id, @now - INTERVAL 402 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 36, id, @now - INTERVAL 402 HOUR FROM users WHERE handle = 'oskar_s';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 37, 15, id, 'Nobody notices as much as you think. Everyone is busy thinking about themselves.', '<p>Nobody notices as much as you think. Everyone is busy thinking about themselves.</p>
', 0, 0, 0, @now - INTERVAL 403 HOUR FROM users WHERE handle = 'viktor_se';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 38, 15, id, 'Ask a friend to come with you the first few times. It is much easier together.', '<p>Ask a friend to come with you the first few times. It is much easier together.</p>
', 0, 0, 4, @now - INTERVAL 395 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 38, id, @now - INTERVAL 395 HOUR FROM users WHERE handle = 'viktor_se';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 38, id, @now - INTERVAL 395 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 38, id, @now - INTERVAL 395 HOUR FROM users WHERE handle = 'oskar_s';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 38, id, @now - INTERVAL 395 HOUR FROM users WHERE handle = 'jonas_17';
UPDATE posts SET backing_count = 4, support_answered = 0 WHERE id = 15;
INSERT INTO posts (id, user_id, topic_id, title, body, body_html, created_at) SELECT 16, u.id, t.id, 'Little brother gets all the attention', 'My little brother has ADHD and my parents spend all their energy on him. I feel invisible at home.', '<p>My little brother has ADHD and my parents spend all their energy on him. I feel invisible at home.</p>
', @now - INTERVAL 404 HOUR FROM users u, topics t WHERE u.handle = 'emil99' AND t.slug = 'family';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 39, 16, id, 'It is good that you write about it. What you describe is something many young men feel, and it usually gets better with small steps. Try to pick one person this week you can say one sentence to about how you feel. If it gets heavy, you are welcome to ask me directly.', '<p>It is good that you write about it. What you describe is something many young men feel, and it usually gets better with small steps. Try to pick one person this week you can say one sentence to about how you feel. If it gets heavy, you are welcome to ask me directly.</p>
', 1, 1, 1, @now - INTERVAL 394 HOUR FROM users WHERE handle = 'karim_sp';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 39, id, @now - INTERVAL 394 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 40, 16, id, 'Ask a friend to come with you the first few times. It is much easier together.', '<p>Ask a friend to come with you the first few times. It is much easier together.</p>
', 0, 0, 0, @now - INTERVAL 393 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 41, 16, id, 'Try writing down three things you could say before you talk to her. It helped me to have a plan.', '<p>Try writing down three things you could say before you talk to her. It helped me to have a plan.</p>
', 0, 0, 4, @now - INTERVAL 396 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 41, id, @now - INTERVAL 396 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 41, id, @now - INTERVAL 396 HOUR FROM users WHERE handle = 'viktor_se';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 41, id, @now - INTERVAL 396 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 41, id, @now - INTERVAL 396 HOUR FROM users WHERE handle = 'mads';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 42, 16, id, 'Try writing down three things you could say before you talk to her. It helped me to have a plan.', '<p>Try writing down three things you could say before you talk to her. It helped me to have a plan.</p>
', 0, 0, 1, @now - INTERVAL 397 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 42, id, @now - INTERVAL 397 HOUR FROM users WHERE handle = 'oskar_s';
UPDATE posts SET backing_count = 4, support_answered = 1 WHERE id = 16;
INSERT INTO posts (id, user_id, topic_id, title, body, body_html, created_at) SELECT 17, u.id, t.id, 'My parents are getting divorced', 'My parents told us yesterday they are getting divorced. I have to choose where to live most of the time. I do not want to hurt either of them.', '<p>My parents told us yesterday they are getting divorced. I have to choose where to live most of the time. I do not want to hurt either of them.</p>
', @now - INTERVAL 385 HOUR FROM users u, topics t WHERE u.handle = 'noah_k' AND t.slug = 'family';
UPDATE posts SET backing_count = 0, support_answered = 0 WHERE id = 17;
INSERT INTO posts (id, user_id, topic_id, title, body, body_html, created_at) SELECT 18, u.id, t.id, 'Going bald at 21', 'My hair is getting thin on top and I am only 21. It makes me feel old. Should I shave it or try something?', '<p>My hair is getting thin on top and I am only 21. It makes me feel old. Should I shave it or try something?</p>
', @now - INTERVAL 382 HOUR FROM users u, topics t WHERE u.handle = 'viktor_se' AND t.slug = 'looks-and-style';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 43, 18, id, 'Ask a friend to come with you the first few times. It is much easier together.', '<p>Ask a friend to come with you the first few times. It is much easier together.</p>
', 0, 0, 4, @now - INTERVAL 376 HOUR FROM users WHERE handle = 'jonas_17';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 43, id, @now - INTERVAL 376 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 43, id, @now - INTERVAL 376 HOUR FROM users WHERE handle = 'oskar_s';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 43, id, @now - INTERVAL 376 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 43, id, @now - INTERVAL 376 HOUR FROM users WHERE handle = 'frederik';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 44, 18, id, 'Make a list of what you actually enjoy and what you only do because you feel you must. Drop one thing from the second list.', '<p>Make a list of what you actually enjoy and what you only do because you feel you must. Drop one thing from the second list.</p>
', 0, 0, 3, @now - INTERVAL 372 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 44, id, @now - INTERVAL 372 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 44, id, @now - INTERVAL 372 HOUR FROM users WHERE handle = 'frederik';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 44, id, @now - INTERVAL 372 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 45, 18, id, 'Talk to the school counsellor. They have heard it all before and it stays between you.', '<p>Talk to the school counsellor. They have heard it all before and it stays between you.</p>
', 0, 0, 1, @now - INTERVAL 371 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 45, id, @now - INTERVAL 371 HOUR FROM users WHERE handle = 'viktor_se';
UPDATE posts SET backing_count = 3, support_answered = 0 WHERE id = 18;
INSERT INTO posts (id, user_id, topic_id, title, body, body_html, created_at) SELECT 19, u.id, t.id, 'First job and I keep making mistakes', 'I started at a warehouse two weeks ago and I keep making mistakes. My boss sighs at me. Will it get better?', '<p>I started at a warehouse two weeks ago and I keep making mistakes. My boss sighs at me. Will it get better?</p>
', @now - INTERVAL 365 HOUR FROM users u, topics t WHERE u.handle = 'lucas_m' AND t.slug = 'school-and-work';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 46, 19, id, 'I grew up with a lot of the same. What helped me was to separate what I can change from what I cannot. You cannot change the adults, but you can choose who you talk to. Write to me if you want to go through it together.', '<p>I grew up with a lot of the same. What helped me was to separate what I can change from what I cannot. You cannot change the adults, but you can choose who you talk to. Write to me if you want to go through it together.</p>
', 1, 0, 3, @now - INTERVAL 363 HOUR FROM users WHERE handle = 'karim_sp';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 46, id, @now - INTERVAL 363 HOUR FROM users WHERE handle = 'jonas_17';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 46, id, @now - INTERVAL 363 HOUR FROM users WHERE handle = 'frederik';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 46, id, @now - INTERVAL 363 HOUR FROM users WHERE handle = 'oskar_s';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 47, 19, id, 'Take a walk when it starts. Ten minutes outside helps me more than anything.', '<p>Take a walk when it starts. Ten minutes outside helps me more than anything.</p>
', 0, 0, 2, @now - INTERVAL 361 HOUR FROM users WHERE handle = 'jonas_17';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 47, id, @now - INTERVAL 361 HOUR FROM users WHERE handle = 'frederik';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 47, id, @now - INTERVAL 361 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 48, 19, id, 'Ask a friend to come with you the first few times. It is much easier together.', '<p>Ask a friend to come with you the first few times. It is much easier together.</p>
', 0, 0, 0, @now - INTERVAL 359 HOUR FROM users WHERE handle = 'ali_b';
UPDATE posts SET backing_count = 3, support_answered = 1 WHERE id = 19;
INSERT INTO posts (id, user_id, topic_id, title, body, body_html, created_at) SELECT 20, u.id, t.id, 'No idea what to study', 'Everyone seems to know what they want to be. I have no idea. Is it okay to take a year off?', '<p>Everyone seems to know what they want to be. I have no idea. Is it okay to take a year off?</p>
', @now - INTERVAL 358 HOUR FROM users u, topics t WHERE u.handle = 'sebastian' AND t.slug = 'school-and-work';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 49, 20, id, 'It is good that you write about it. What you describe is something many young men feel, and it usually gets better with small steps. Try to pick one person this week you can say one sentence to about how you feel. If it gets heavy, you are welcome to ask me directly.', '<p>It is good that you write about it. What you describe is something many young men feel, and it usually gets better with small steps. Try to pick one person this week you can say one sentence to about how you feel. If it gets heavy, you are welcome to ask me directly.</p>
', 1, 0, 3, @now - INTERVAL 351 HOUR FROM users WHERE handle = 'sofie_sp';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 49, id, @now - INTERVAL 351 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 49, id, @now - INTERVAL 351 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 49, id, @now - INTERVAL 351 HOUR FROM users WHERE handle = 'frederik';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 50, 20, id, 'Put your phone in another room for an hour. Sounds simple but it works.', '<p>Put your phone in another room for an hour. Sounds simple but it works.</p>
', 0, 0, 2, @now - INTERVAL 355 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 50, id, @now - INTERVAL 355 HOUR FROM users WHERE handle = 'mads';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 50, id, @now - INTERVAL 355 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 51, 20, id, 'Ask a friend to come with you the first few times. It is much easier together.', '<p>Ask a friend to come with you the first few times. It is much easier together.</p>
', 0, 0, 0, @now - INTERVAL 348 HOUR FROM users WHERE handle = 'lucas_m';
UPDATE posts SET backing_count = 3, support_answered = 1 WHERE id = 20;
INSERT INTO posts (id, user_id, topic_id, title, body, body_html, created_at) SELECT 21, u.id, t.id, 'Left out of the group chat', 'I found out my friends have a group chat without me. They make plans there and I only hear about it after. Should I say something?', '<p>I found out my friends have a group chat without me. They make plans there and I only hear about it after. Should I say something?</p>
', @now - INTERVAL 347 HOUR FROM users u, topics t WHERE u.handle = 'mads' AND t.slug = 'friends';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 52, 21, id, 'Make a list of what you actually enjoy and what you only do because you feel you must. Drop one thing from the second list.', '<p>Make a list of what you actually enjoy and what you only do because you feel you must. Drop one thing from the second list.</p>
', 0, 1, 1, @now - INTERVAL 345 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 52, id, @now - INTERVAL 345 HOUR FROM users WHERE handle = 'jonas_17';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 53, 21, id, 'Talk to the school counsellor. They have heard it all before and it stays between you.', '<p>Talk to the school counsellor. They have heard it all before and it stays between you.</p>
', 0, 0, 0, @now - INTERVAL 341 HOUR FROM users WHERE handle = 'ali_b';
UPDATE posts SET backing_count = 2, support_answered = 0 WHERE id = 21;
INSERT INTO posts (id, user_id, topic_id, title, body, body_html, created_at) SELECT 22, u.id, t.id, 'Anger I cannot control', 'I get so angry that I punch walls. Afterwards I feel stupid. How do I stop before it happens?', '<p>I get so angry that I punch walls. Afterwards I feel stupid. How do I stop before it happens?</p>
', @now - INTERVAL 332 HOUR FROM users u, topics t WHERE u.handle = 'jonas_17' AND t.slug = 'mood-and-thoughts';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 54, 22, id, 'Nobody notices as much as you think. Everyone is busy thinking about themselves.', '<p>Nobody notices as much as you think. Everyone is busy thinking about themselves.</p>
', 0, 0, 4, @now - INTERVAL 327 HOUR FROM users WHERE handle = 'viktor_se';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 54, id, @now - INTERVAL 327 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 54, id, @now - INTERVAL 327 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 54, id, @now - INTERVAL 327 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 54, id, @now - INTERVAL 327 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 55, 22, id, 'Talk to the school counsellor. They have heard it all before and it stays between you.', '<p>Talk to the school counsellor. They have heard it all before and it stays between you.</p>
', 0, 0, 1, @now - INTERVAL 330 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 55, id, @now - INTERVAL 330 HOUR FROM users WHERE handle = 'viktor_se';
UPDATE posts SET backing_count = 2, support_answered = 0 WHERE id = 22;
INSERT INTO posts (id, user_id, topic_id, title, body, body_html, created_at) SELECT 23, u.id, t.id, 'New hobby ideas?', 'I am bored of just gaming. What hobbies did you start that you actually stuck with?', '<p>I am bored of just gaming. What hobbies did you start that you actually stuck with?</p>
', @now - INTERVAL 320 HOUR FROM users u, topics t WHERE u.handle = 'ali_b' AND t.slug = 'gaming-and-free-time';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 56, 23, id, 'Take a walk when it starts. Ten minutes outside helps me more than anything.', '<p>Take a walk when it starts. Ten minutes outside helps me more than anything.</p>
', 0, 1, 1, @now - INTERVAL 315 HOUR FROM users WHERE handle = 'jonas_17';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 56, id, @now - INTERVAL 315 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 57, 23, id, 'Nobody notices as much as you think. Everyone is busy thinking about themselves.', '<p>Nobody notices as much as you think. Everyone is busy thinking about themselves.</p>
', 0, 0, 3, @now - INTERVAL 317 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 57, id, @now - INTERVAL 317 HOUR FROM users WHERE handle = 'mads';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 57, id, @now - INTERVAL 317 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 57, id, @now - INTERVAL 317 HOUR FROM users WHERE handle = 'oskar_s';
UPDATE posts SET backing_count = 2, support_answered = 0 WHERE id = 23;
INSERT INTO posts (id, user_id, topic_id, title, body, body_html, created_at) SELECT 24, u.id, t.id, 'Got a fine on the train', 'I got a fine for not having a ticket. It is a lot of money. Can I do anything?', '<p>I got a fine for not having a ticket. It is a lot of money. Can I do anything?</p>
', @now - INTERVAL 314 HOUR FROM users u, topics t WHERE u.handle = 'frederik' AND t.slug = 'other';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 58, 24, id, 'Make a list of what you actually enjoy and what you only do because you feel you must. Drop one thing from the second list.', '<p>Make a list of what you actually enjoy and what you only do because you feel you must. Drop one thing from the second list.</p>
', 0, 0, 1, @now - INTERVAL 310 HOUR FROM users WHERE handle = 'mads';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 58, id, @now - INTERVAL 310 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 59, 24, id, 'Give it a week and then ask directly, but kindly. If the answer is no, at least you know.', '<p>Give it a week and then ask directly, but kindly. If the answer is no, at least you know.</p>
', 0, 0, 2, @now - INTERVAL 309 HOUR FROM users WHERE handle = 'mads';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 59, id, @now - INTERVAL 309 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 59, id, @now - INTERVAL 309 HOUR FROM users WHERE handle = 'oskar_s';
UPDATE posts SET backing_count = 2, support_answered = 0 WHERE id = 24;
INSERT INTO posts (id, user_id, topic_id, title, body, body_html, created_at) SELECT 25, u.id, t.id, 'Nervous about the first time', 'My girlfriend and I have talked about sleeping together. I want to but I am really nervous it will go wrong. How do we make it good for both of us?', '<p>My girlfriend and I have talked about sleeping together. I want to but I am really nervous it will go wrong. How do we make it good for both of us?</p>
', @now - INTERVAL 301 HOUR FROM users u, topics t WHERE u.handle = 'oskar_s' AND t.slug = 'sex-and-body';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 60, 25, id, 'Talk to the school counsellor. They have heard it all before and it stays between you.', '<p>Talk to the school counsellor. They have heard it all before and it stays between you.</p>
', 0, 0, 2, @now - INTERVAL 295 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 60, id, @now - INTERVAL 295 HOUR FROM users WHERE handle = 'mads';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 60, id, @now - INTERVAL 295 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 61, 25, id, 'Write it in a message if saying it face to face is too hard. That is totally fine.', '<p>Write it in a message if saying it face to face is too hard. That is totally fine.</p>
', 0, 0, 4, @now - INTERVAL 291 HOUR FROM users WHERE handle = 'mads';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 61, id, @now - INTERVAL 291 HOUR FROM users WHERE handle = 'oskar_s';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 61, id, @now - INTERVAL 291 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 61, id, @now - INTERVAL 291 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 61, id, @now - INTERVAL 291 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 62, 25, id, 'Say it the way it is: I feel left out. Real friends will want to know.', '<p>Say it the way it is: I feel left out. Real friends will want to know.</p>
', 0, 0, 3, @now - INTERVAL 292 HOUR FROM users WHERE handle = 'jonas_17';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 62, id, @now - INTERVAL 292 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 62, id, @now - INTERVAL 292 HOUR FROM users WHERE handle = 'viktor_se';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 62, id, @now - INTERVAL 292 HOUR FROM users WHERE handle = 'emil99';
UPDATE posts SET backing_count = 3, support_answered = 0 WHERE id = 25;
INSERT INTO posts (id, user_id, topic_id, title, body, body_html, created_at) SELECT 26, u.id, t.id, 'Gaming until 4 in the morning', 'I play until late most nights and then I am dead at school. I want to cut down but my friends are online at night.', '<p>I play until late most nights and then I am dead at school. I want to cut down but my friends are online at night.</p>
', @now - INTERVAL 290 HOUR FROM users u, topics t WHERE u.handle = 'emil99' AND t.slug = 'gaming-and-free-time';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 63, 26, id, 'I grew up with a lot of the same. What helped me was to separate what I can change from what I cannot. You cannot change the adults, but you can choose who you talk to. Write to me if you want to go through it together.', '<p>I grew up with a lot of the same. What helped me was to separate what I can change from what I cannot. You cannot change the adults, but you can choose who you talk to. Write to me if you want to go through it together.</p>
', 1, 0, 1, @now - INTERVAL 286 HOUR FROM users WHERE handle = 'sofie_sp';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 63, id, @now - INTERVAL 286 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 64, 26, id, 'Try writing down three things you could say before you talk to her. It helped me to have a plan.', '<p>Try writing down three things you could say before you talk to her. It helped me to have a plan.</p>
', 0, 0, 0, @now - INTERVAL 286 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 65, 26, id, 'Say it the way it is: I feel left out. Real friends will want to know.', '<p>Say it the way it is: I feel left out. Real friends will want to know.</p>
', 0, 0, 3, @now - INTERVAL 283 HOUR FROM users WHERE handle = 'jonas_17';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 65, id, @now - INTERVAL 283 HOUR FROM users WHERE handle = 'frederik';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 65, id, @now - INTERVAL 283 HOUR FROM users WHERE handle = 'mads';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 65, id, @now - INTERVAL 283 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 66, 26, id, 'Nobody notices as much as you think. Everyone is busy thinking about themselves.', '<p>Nobody notices as much as you think. Everyone is busy thinking about themselves.</p>
', 0, 0, 2, @now - INTERVAL 278 HOUR FROM users WHERE handle = 'viktor_se';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 66, id, @now - INTERVAL 278 HOUR FROM users WHERE handle = 'frederik';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 66, id, @now - INTERVAL 278 HOUR FROM users WHERE handle = 'oskar_s';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 67, 26, id, 'Ask a friend to come with you the first few times. It is much easier together.', '<p>Ask a friend to come with you the first few times. It is much easier together.</p>
', 0, 0, 1, @now - INTERVAL 283 HOUR FROM users WHERE handle = 'mads';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 67, id, @now - INTERVAL 283 HOUR FROM users WHERE handle = 'emil99';
UPDATE posts SET backing_count = 5, support_answered = 1 WHERE id = 26;
INSERT INTO posts (id, user_id, topic_id, title, body, body_html, created_at) SELECT 27, u.id, t.id, 'My teacher picks on me', 'One teacher always asks me questions I cannot answer in front of the class. I think he does it on purpose. What can I do?', '<p>One teacher always asks me questions I cannot answer in front of the class. I think he does it on purpose. What can I do?</p>
', @now - INTERVAL 282 HOUR FROM users u, topics t WHERE u.handle = 'noah_k' AND t.slug = 'school-and-work';
UPDATE posts SET backing_count = 0, support_answered = 0 WHERE id = 27;
INSERT INTO posts (id, user_id, topic_id, title, body, body_html, created_at) SELECT 28, u.id, t.id, 'Running for the first time', 'I want to start running but I get out of breath after two minutes. How did you start?', '<p>I want to start running but I get out of breath after two minutes. How did you start?</p>
', @now - INTERVAL 268 HOUR FROM users u, topics t WHERE u.handle = 'viktor_se' AND t.slug = 'gaming-and-free-time';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 68, 28, id, 'Put your phone in another room for an hour. Sounds simple but it works.', '<p>Put your phone in another room for an hour. Sounds simple but it works.</p>
', 0, 1, 2, @now - INTERVAL 264 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 68, id, @now - INTERVAL 264 HOUR FROM users WHERE handle = 'frederik';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 68, id, @now - INTERVAL 264 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 69, 28, id, 'Try writing down three things you could say before you talk to her. It helped me to have a plan.', '<p>Try writing down three things you could say before you talk to her. It helped me to have a plan.</p>
', 0, 0, 3, @now - INTERVAL 261 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 69, id, @now - INTERVAL 261 HOUR FROM users WHERE handle = 'jonas_17';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 69, id, @now - INTERVAL 261 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 69, id, @now - INTERVAL 261 HOUR FROM users WHERE handle = 'frederik';
UPDATE posts SET backing_count = 2, support_answered = 0 WHERE id = 28;
INSERT INTO posts (id, user_id, topic_id, title, body, body_html, created_at) SELECT 29, u.id, t.id, 'She stopped answering my messages', 'We texted every day for two weeks and now she reads my messages but does not answer. Should I write again or just leave it?', '<p>We texted every day for two weeks and now she reads my messages but does not answer. Should I write again or just leave it?</p>
', @now - INTERVAL 261 HOUR FROM users u, topics t WHERE u.handle = 'lucas_m' AND t.slug = 'girls-and-dating';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 70, 29, id, 'It is good that you write about it. What you describe is something many young men feel, and it usually gets better with small steps. Try to pick one person this week you can say one sentence to about how you feel. If it gets heavy, you are welcome to ask me directly.', '<p>It is good that you write about it. What you describe is something many young men feel, and it usually gets better with small steps. Try to pick one person this week you can say one sentence to about how you feel. If it gets heavy, you are welcome to ask me directly.</p>
', 1, 0, 1, @now - INTERVAL 256 HOUR FROM users WHERE handle = 'sofie_sp';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 70, id, @now - INTERVAL 256 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 71, 29, id, 'You are not the only one. Most guys I know felt like that at some point.', '<p>You are not the only one. Most guys I know felt like that at some point.</p>
', 0, 0, 2, @now - INTERVAL 259 HOUR FROM users WHERE handle = 'mads';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 71, id, @now - INTERVAL 259 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 71, id, @now - INTERVAL 259 HOUR FROM users WHERE handle = 'oskar_s';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 72, 29, id, 'Sleep first. When I started going to bed at the same time every night everything else got easier.', '<p>Sleep first. When I started going to bed at the same time every night everything else got easier.</p>
', 0, 0, 1, @now - INTERVAL 250 HOUR FROM users WHERE handle = 'jonas_17';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 72, id, @now - INTERVAL 250 HOUR FROM users WHERE handle = 'viktor_se';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 73, 29, id, 'Write it in a message if saying it face to face is too hard. That is totally fine.', '<p>Write it in a message if saying it face to face is too hard. That is totally fine.</p>
', 0, 0, 1, @now - INTERVAL 250 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 73, id, @now - INTERVAL 250 HOUR FROM users WHERE handle = 'oskar_s';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 74, 29, id, 'Try writing down three things you could say before you talk to her. It helped me to have a plan.', '<p>Try writing down three things you could say before you talk to her. It helped me to have a plan.</p>
', 0, 0, 3, @now - INTERVAL 248 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 74, id, @now - INTERVAL 248 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 74, id, @now - INTERVAL 248 HOUR FROM users WHERE handle = 'frederik';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 74, id, @now - INTERVAL 248 HOUR FROM users WHERE handle = 'emil99';
UPDATE posts SET backing_count = 5, support_answered = 1 WHERE id = 29;
INSERT INTO posts (id, user_id, topic_id, title, body, body_html, created_at) SELECT 30, u.id, t.id, 'Is it okay to cry?', 'My dad always says boys do not cry. Sometimes I really need to. Is something wrong with me?', '<p>My dad always says boys do not cry. Sometimes I really need to. Is something wrong with me?</p>
', @now - INTERVAL 250 HOUR FROM users u, topics t WHERE u.handle = 'sebastian' AND t.slug = 'mood-and-thoughts';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 75, 30, id, 'Nobody notices as much as you think. Everyone is busy thinking about themselves.', '<p>Nobody notices as much as you think. Everyone is busy thinking about themselves.</p>
', 0, 0, 1, @now - INTERVAL 240 HOUR FROM users WHERE handle = 'mads';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 75, id, @now - INTERVAL 240 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 76, 30, id, 'Try writing down three things you could say before you talk to her. It helped me to have a plan.', '<p>Try writing down three things you could say before you talk to her. It helped me to have a plan.</p>
', 0, 0, 2, @now - INTERVAL 246 HOUR FROM users WHERE handle = 'mads';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 76, id, @now - INTERVAL 246 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 76, id, @now - INTERVAL 246 HOUR FROM users WHERE handle = 'viktor_se';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 77, 30, id, 'Make a list of what you actually enjoy and what you only do because you feel you must. Drop one thing from the second list.', '<p>Make a list of what you actually enjoy and what you only do because you feel you must. Drop one thing from the second list.</p>
', 0, 0, 0, @now - INTERVAL 247 HOUR FROM users WHERE handle = 'viktor_se';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 78, 30, id, 'Say it the way it is: I feel left out. Real friends will want to know.', '<p>Say it the way it is: I feel left out. Real friends will want to know.</p>
', 0, 0, 3, @now - INTERVAL 243 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 78, id, @now - INTERVAL 243 HOUR FROM users WHERE handle = 'oskar_s';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 78, id, @now - INTERVAL 243 HOUR FROM users WHERE handle = 'mads';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 78, id, @now - INTERVAL 243 HOUR FROM users WHERE handle = 'frederik';
UPDATE posts SET backing_count = 4, support_answered = 0 WHERE id = 30;
INSERT INTO posts (id, user_id, topic_id, title, body, body_html, created_at) SELECT 31, u.id, t.id, 'Dropping out of gymnasium?', 'I am in my second year and I hate it. I want to start an apprenticeship as an electrician instead. My parents say I will regret it. What would you do?', '<p>I am in my second year and I hate it. I want to start an apprenticeship as an electrician instead. My parents say I will regret it. What would you do?</p>
', @now - INTERVAL 232 HOUR FROM users u, topics t WHERE u.handle = 'mads' AND t.slug = 'school-and-work';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 79, 31, id, 'I was in the same place last year. What worked for me was to talk to one person I trust first, just to say it out loud.', '<p>I was in the same place last year. What worked for me was to talk to one person I trust first, just to say it out loud.</p>
', 0, 1, 3, @now - INTERVAL 223 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 79, id, @now - INTERVAL 223 HOUR FROM users WHERE handle = 'oskar_s';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 79, id, @now - INTERVAL 223 HOUR FROM users WHERE handle = 'jonas_17';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 79, id, @now - INTERVAL 223 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 80, 31, id, 'Start small: ten minutes a day. After two weeks it will feel normal.', '<p>Start small: ten minutes a day. After two weeks it will feel normal.</p>
', 0, 0, 1, @now - INTERVAL 227 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 80, id, @now - INTERVAL 227 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 81, 31, id, 'Nobody notices as much as you think. Everyone is busy thinking about themselves.', '<p>Nobody notices as much as you think. Everyone is busy thinking about themselves.</p>
', 0, 0, 0, @now - INTERVAL 223 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 82, 31, id, 'Say it the way it is: I feel left out. Real friends will want to know.', '<p>Say it the way it is: I feel left out. Real friends will want to know.</p>
', 0, 0, 0, @now - INTERVAL 224 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 83, 31, id, 'I was in the same place last year. What worked for me was to talk to one person I trust first, just to say it out loud.', '<p>I was in the same place last year. What worked for me was to talk to one person I trust first, just to say it out loud.</p>
', 0, 0, 1, @now - INTERVAL 218 HOUR FROM users WHERE handle = 'oskar_s';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 83, id, @now - INTERVAL 218 HOUR FROM users WHERE handle = 'noah_k';
UPDATE posts SET backing_count = 5, support_answered = 0 WHERE id = 31;
INSERT INTO posts (id, user_id, topic_id, title, body, body_html, created_at) SELECT 32, u.id, t.id, 'Anxiety before parties', 'I want to go to parties but the day before I get stomach ache and often cancel. How do I get over it?', '<p>I want to go to parties but the day before I get stomach ache and often cancel. How do I get over it?</p>
', @now - INTERVAL 224 HOUR FROM users u, topics t WHERE u.handle = 'jonas_17' AND t.slug = 'mood-and-thoughts';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 84, 32, id, 'Sleep first. When I started going to bed at the same time every night everything else got easier.', '<p>Sleep first. When I started going to bed at the same time every night everything else got easier.</p>
', 0, 1, 3, @now - INTERVAL 214 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 84, id, @now - INTERVAL 214 HOUR FROM users WHERE handle = 'mads';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 84, id, @now - INTERVAL 214 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 84, id, @now - INTERVAL 214 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 85, 32, id, 'Write it in a message if saying it face to face is too hard. That is totally fine.', '<p>Write it in a message if saying it face to face is too hard. That is totally fine.</p>
', 0, 0, 3, @now - INTERVAL 219 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 85, id, @now - INTERVAL 219 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 85, id, @now - INTERVAL 219 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 85, id, @now - INTERVAL 219 HOUR FROM users WHERE handle = 'oskar_s';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 86, 32, id, 'Ask a friend to come with you the first few times. It is much easier together.', '<p>Ask a friend to come with you the first few times. It is much easier together.</p>
', 0, 0, 4, @now - INTERVAL 220 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 86, id, @now - INTERVAL 220 HOUR FROM users WHERE handle = 'frederik';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 86, id, @now - INTERVAL 220 HOUR FROM users WHERE handle = 'oskar_s';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 86, id, @now - INTERVAL 220 HOUR FROM users WHERE handle = 'mads';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 86, id, @now - INTERVAL 220 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 87, 32, id, 'Talk to the school counsellor. They have heard it all before and it stays between you.', '<p>Talk to the school counsellor. They have heard it all before and it stays between you.</p>
', 0, 0, 0, @now - INTERVAL 213 HOUR FROM users WHERE handle = 'mads';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 88, 32, id, 'Ask a friend to come with you the first few times. It is much easier together.', '<p>Ask a friend to come with you the first few times. It is much easier together.</p>
', 0, 0, 3, @now - INTERVAL 215 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 88, id, @now - INTERVAL 215 HOUR FROM users WHERE handle = 'frederik';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 88, id, @now - INTERVAL 215 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 88, id, @now - INTERVAL 215 HOUR FROM users WHERE handle = 'mads';
UPDATE posts SET backing_count = 5, support_answered = 0 WHERE id = 32;
INSERT INTO posts (id, user_id, topic_id, title, body, body_html, created_at) SELECT 33, u.id, t.id, 'Braces at 15', 'I am getting braces next month and I am dreading it. Did braces change how people treated you?', '<p>I am getting braces next month and I am dreading it. Did braces change how people treated you?</p>
', @now - INTERVAL 218 HOUR FROM users u, topics t WHERE u.handle = 'ali_b' AND t.slug = 'looks-and-style';
UPDATE posts SET backing_count = 0, support_answered = 0 WHERE id = 33;
INSERT INTO posts (id, user_id, topic_id, title, body, body_html, created_at) SELECT 34, u.id, t.id, 'Money for my first apartment', 'I am moving out soon. How much money do I need before I move, and how do you make a budget?', '<p>I am moving out soon. How much money do I need before I move, and how do you make a budget?</p>
', @now - INTERVAL 200 HOUR FROM users u, topics t WHERE u.handle = 'frederik' AND t.slug = 'other';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 89, 34, id, 'Give it a week and then ask directly, but kindly. If the answer is no, at least you know.', '<p>Give it a week and then ask directly, but kindly. If the answer is no, at least you know.</p>
', 0, 0, 4, @now - INTERVAL 190 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 89, id, @now - INTERVAL 190 HOUR FROM users WHERE handle = 'oskar_s';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 89, id, @now - INTERVAL 190 HOUR FROM users WHERE handle = 'jonas_17';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 89, id, @now - INTERVAL 190 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 89, id, @now - INTERVAL 190 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 90, 34, id, 'Ask a friend to come with you the first few times. It is much easier together.', '<p>Ask a friend to come with you the first few times. It is much easier together.</p>
', 0, 0, 3, @now - INTERVAL 191 HOUR FROM users WHERE handle = 'oskar_s';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 90, id, @now - INTERVAL 191 HOUR FROM users WHERE handle = 'mads';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 90, id, @now - INTERVAL 191 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 90, id, @now - INTERVAL 191 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 91, 34, id, 'Say it the way it is: I feel left out. Real friends will want to know.', '<p>Say it the way it is: I feel left out. Real friends will want to know.</p>
', 0, 0, 3, @now - INTERVAL 190 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 91, id, @now - INTERVAL 190 HOUR FROM users WHERE handle = 'oskar_s';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 91, id, @now - INTERVAL 190 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 91, id, @now - INTERVAL 190 HOUR FROM users WHERE handle = 'frederik';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 92, 34, id, 'You are not the only one. Most guys I know felt like that at some point.', '<p>You are not the only one. Most guys I know felt like that at some point.</p>
', 0, 0, 0, @now - INTERVAL 191 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 93, 34, id, 'Try writing down three things you could say before you talk to her. It helped me to have a plan.', '<p>Try writing down three things you could say before you talk to her. It helped me to have a plan.</p>
', 0, 0, 2, @now - INTERVAL 190 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 93, id, @now - INTERVAL 190 HOUR FROM users WHERE handle = 'viktor_se';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 93, id, @now - INTERVAL 190 HOUR FROM users WHERE handle = 'jonas_17';
UPDATE posts SET backing_count = 5, support_answered = 0 WHERE id = 34;
INSERT INTO posts (id, user_id, topic_id, title, body, body_html, created_at) SELECT 35, u.id, t.id, 'Grandfather is sick', 'My grandfather has cancer and the doctors say he does not have long. I do not know what to say when I visit him.', '<p>My grandfather has cancer and the doctors say he does not have long. I do not know what to say when I visit him.</p>
', @now - INTERVAL 190 HOUR FROM users u, topics t WHERE u.handle = 'oskar_s' AND t.slug = 'family';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 94, 35, id, 'I grew up with a lot of the same. What helped me was to separate what I can change from what I cannot. You cannot change the adults, but you can choose who you talk to. Write to me if you want to go through it together.', '<p>I grew up with a lot of the same. What helped me was to separate what I can change from what I cannot. You cannot change the adults, but you can choose who you talk to. Write to me if you want to go through it together.</p>
', 1, 1, 3, @now - INTERVAL 184 HOUR FROM users WHERE handle = 'karim_sp';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 94, id, @now - INTERVAL 184 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 94, id, @now - INTERVAL 184 HOUR FROM users WHERE handle = 'jonas_17';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 94, id, @now - INTERVAL 184 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 95, 35, id, 'Take a walk when it starts. Ten minutes outside helps me more than anything.', '<p>Take a walk when it starts. Ten minutes outside helps me more than anything.</p>
', 0, 0, 0, @now - INTERVAL 184 HOUR FROM users WHERE handle = 'viktor_se';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 96, 35, id, 'I was in the same place last year. What worked for me was to talk to one person I trust first, just to say it out loud.', '<p>I was in the same place last year. What worked for me was to talk to one person I trust first, just to say it out loud.</p>
', 0, 0, 2, @now - INTERVAL 187 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 96, id, @now - INTERVAL 187 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 96, id, @now - INTERVAL 187 HOUR FROM users WHERE handle = 'frederik';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 97, 35, id, 'You are not the only one. Most guys I know felt like that at some point.', '<p>You are not the only one. Most guys I know felt like that at some point.</p>
', 0, 0, 2, @now - INTERVAL 178 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 97, id, @now - INTERVAL 178 HOUR FROM users WHERE handle = 'frederik';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 97, id, @now - INTERVAL 178 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 98, 35, id, 'Try writing down three things you could say before you talk to her. It helped me to have a plan.', '<p>Try writing down three things you could say before you talk to her. It helped me to have a plan.</p>
', 0, 0, 4, @now - INTERVAL 179 HOUR FROM users WHERE handle = 'viktor_se';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 98, id, @now - INTERVAL 179 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 98, id, @now - INTERVAL 179 HOUR FROM users WHERE handle = 'frederik';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 98, id, @now - INTERVAL 179 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 98, id, @now - INTERVAL 179 HOUR FROM users WHERE handle = 'mads';
UPDATE posts SET backing_count = 5, support_answered = 1 WHERE id = 35;
INSERT INTO posts (id, user_id, topic_id, title, body, body_html, created_at) SELECT 36, u.id, t.id, 'Moving to a new city', 'We are moving in the summer because of my mum''s job. I will have to start in a new class where I know nobody.', '<p>We are moving in the summer because of my mum''s job. I will have to start in a new class where I know nobody.</p>
', @now - INTERVAL 176 HOUR FROM users u, topics t WHERE u.handle = 'emil99' AND t.slug = 'family';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 99, 36, id, 'Say it the way it is: I feel left out. Real friends will want to know.', '<p>Say it the way it is: I feel left out. Real friends will want to know.</p>
', 0, 0, 4, @now - INTERVAL 171 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 99, id, @now - INTERVAL 171 HOUR FROM users WHERE handle = 'frederik';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 99, id, @now - INTERVAL 171 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 99, id, @now - INTERVAL 171 HOUR FROM users WHERE handle = 'oskar_s';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 99, id, @now - INTERVAL 171 HOUR FROM users WHERE handle = 'viktor_se';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 100, 36, id, 'Talk to the school counsellor. They have heard it all before and it stays between you.', '<p>Talk to the school counsellor. They have heard it all before and it stays between you.</p>
', 0, 0, 2, @now - INTERVAL 170 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 100, id, @now - INTERVAL 170 HOUR FROM users WHERE handle = 'oskar_s';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 100, id, @now - INTERVAL 170 HOUR FROM users WHERE handle = 'viktor_se';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 101, 36, id, 'Talk to the school counsellor. They have heard it all before and it stays between you.', '<p>Talk to the school counsellor. They have heard it all before and it stays between you.</p>
', 0, 0, 4, @now - INTERVAL 166 HOUR FROM users WHERE handle = 'frederik';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 101, id, @now - INTERVAL 166 HOUR FROM users WHERE handle = 'viktor_se';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 101, id, @now - INTERVAL 166 HOUR FROM users WHERE handle = 'jonas_17';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 101, id, @now - INTERVAL 166 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 101, id, @now - INTERVAL 166 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 102, 36, id, 'I was in the same place last year. What worked for me was to talk to one person I trust first, just to say it out loud.', '<p>I was in the same place last year. What worked for me was to talk to one person I trust first, just to say it out loud.</p>
', 0, 0, 4, @now - INTERVAL 169 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 102, id, @now - INTERVAL 169 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 102, id, @now - INTERVAL 169 HOUR FROM users WHERE handle = 'oskar_s';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 102, id, @now - INTERVAL 169 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 102, id, @now - INTERVAL 169 HOUR FROM users WHERE handle = 'frederik';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 103, 36, id, 'You are not the only one. Most guys I know felt like that at some point.', '<p>You are not the only one. Most guys I know felt like that at some point.</p>
', 0, 0, 4, @now - INTERVAL 169 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 103, id, @now - INTERVAL 169 HOUR FROM users WHERE handle = 'frederik';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 103, id, @now - INTERVAL 169 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 103, id, @now - INTERVAL 169 HOUR FROM users WHERE handle = 'mads';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 103, id, @now - INTERVAL 169 HOUR FROM users WHERE handle = 'jonas_17';
UPDATE posts SET backing_count = 5, support_answered = 0 WHERE id = 36;
INSERT INTO posts (id, user_id, topic_id, title, body, body_html, created_at) SELECT 37, u.id, t.id, 'My friend is dating the girl I like', 'My best friend started dating the girl I have liked for a long time. He did not know. Should I tell him or keep it to myself?', '<p>My best friend started dating the girl I have liked for a long time. He did not know. Should I tell him or keep it to myself?</p>
', @now - INTERVAL 170 HOUR FROM users u, topics t WHERE u.handle = 'noah_k' AND t.slug = 'girls-and-dating';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 104, 37, id, 'I grew up with a lot of the same. What helped me was to separate what I can change from what I cannot. You cannot change the adults, but you can choose who you talk to. Write to me if you want to go through it together.', '<p>I grew up with a lot of the same. What helped me was to separate what I can change from what I cannot. You cannot change the adults, but you can choose who you talk to. Write to me if you want to go through it together.</p>
', 1, 0, 1, @now - INTERVAL 165 HOUR FROM users WHERE handle = 'sofie_sp';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 104, id, @now - INTERVAL 165 HOUR FROM users WHERE handle = 'mads';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 105, 37, id, 'You are not the only one. Most guys I know felt like that at some point.', '<p>You are not the only one. Most guys I know felt like that at some point.</p>
', 0, 0, 4, @now - INTERVAL 162 HOUR FROM users WHERE handle = 'viktor_se';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 105, id, @now - INTERVAL 162 HOUR FROM users WHERE handle = 'frederik';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 105, id, @now - INTERVAL 162 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 105, id, @now - INTERVAL 162 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 105, id, @now - INTERVAL 162 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 106, 37, id, 'Ask a friend to come with you the first few times. It is much easier together.', '<p>Ask a friend to come with you the first few times. It is much easier together.</p>
', 0, 0, 4, @now - INTERVAL 163 HOUR FROM users WHERE handle = 'mads';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 106, id, @now - INTERVAL 163 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 106, id, @now - INTERVAL 163 HOUR FROM users WHERE handle = 'frederik';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 106, id, @now - INTERVAL 163 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 106, id, @now - INTERVAL 163 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 107, 37, id, 'Say it the way it is: I feel left out. Real friends will want to know.', '<p>Say it the way it is: I feel left out. Real friends will want to know.</p>
', 0, 0, 0, @now - INTERVAL 163 HOUR FROM users WHERE handle = 'sebastian';
UPDATE posts SET backing_count = 4, support_answered = 1 WHERE id = 37;
INSERT INTO posts (id, user_id, topic_id, title, body, body_html, created_at) SELECT 38, u.id, t.id, 'First date tips?', 'I finally asked a girl out and she said yes. We are going to the cinema on Saturday. I have never been on a date. What do I do before and after the film?', '<p>I finally asked a girl out and she said yes. We are going to the cinema on Saturday. I have never been on a date. What do I do before and after the film?</p>
', @now - INTERVAL 158 HOUR FROM users u, topics t WHERE u.handle = 'viktor_se' AND t.slug = 'girls-and-dating';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 108, 38, id, 'You are not the only one. Most guys I know felt like that at some point.', '<p>You are not the only one. Most guys I know felt like that at some point.</p>
', 0, 0, 0, @now - INTERVAL 153 HOUR FROM users WHERE handle = 'lucas_m';
UPDATE posts SET backing_count = 1, support_answered = 0 WHERE id = 38;
INSERT INTO posts (id, user_id, topic_id, title, body, body_html, created_at) SELECT 39, u.id, t.id, 'What to wear to a job interview', 'I have my first job interview at a supermarket next week. What should I wear? I do not own a suit.', '<p>I have my first job interview at a supermarket next week. What should I wear? I do not own a suit.</p>
', @now - INTERVAL 145 HOUR FROM users u, topics t WHERE u.handle = 'lucas_m' AND t.slug = 'looks-and-style';
UPDATE posts SET backing_count = 0, support_answered = 0 WHERE id = 39;
INSERT INTO posts (id, user_id, topic_id, title, body, body_html, created_at) SELECT 40, u.id, t.id, 'Friend is saying he wants to disappear', 'My friend wrote to me that he wants to disappear and that nobody would miss him. I do not know how serious it is. What do I do?', '<p>My friend wrote to me that he wants to disappear and that nobody would miss him. I do not know how serious it is. What do I do?</p>
', @now - INTERVAL 138 HOUR FROM users u, topics t WHERE u.handle = 'sebastian' AND t.slug = 'friends';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 109, 40, id, 'Sleep first. When I started going to bed at the same time every night everything else got easier.', '<p>Sleep first. When I started going to bed at the same time every night everything else got easier.</p>
', 0, 1, 3, @now - INTERVAL 130 HOUR FROM users WHERE handle = 'viktor_se';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 109, id, @now - INTERVAL 130 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 109, id, @now - INTERVAL 130 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 109, id, @now - INTERVAL 130 HOUR FROM users WHERE handle = 'frederik';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 110, 40, id, 'Take a walk when it starts. Ten minutes outside helps me more than anything.', '<p>Take a walk when it starts. Ten minutes outside helps me more than anything.</p>
', 0, 0, 1, @now - INTERVAL 135 HOUR FROM users WHERE handle = 'frederik';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 110, id, @now - INTERVAL 135 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 111, 40, id, 'Make a list of what you actually enjoy and what you only do because you feel you must. Drop one thing from the second list.', '<p>Make a list of what you actually enjoy and what you only do because you feel you must. Drop one thing from the second list.</p>
', 0, 0, 3, @now - INTERVAL 134 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 111, id, @now - INTERVAL 134 HOUR FROM users WHERE handle = 'jonas_17';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 111, id, @now - INTERVAL 134 HOUR FROM users WHERE handle = 'mads';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 111, id, @now - INTERVAL 134 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 112, 40, id, 'Start small: ten minutes a day. After two weeks it will feel normal.', '<p>Start small: ten minutes a day. After two weeks it will feel normal.</p>
', 0, 0, 0, @now - INTERVAL 125 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 113, 40, id, 'Give it a week and then ask directly, but kindly. If the answer is no, at least you know.', '<p>Give it a week and then ask directly, but kindly. If the answer is no, at least you know.</p>
', 0, 0, 4, @now - INTERVAL 129 HOUR FROM users WHERE handle = 'oskar_s';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 113, id, @now - INTERVAL 129 HOUR FROM users WHERE handle = 'viktor_se';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 113, id, @now - INTERVAL 129 HOUR FROM users WHERE handle = 'jonas_17';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 113, id, @now - INTERVAL 129 HOUR FROM users WHERE handle = 'mads';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 113, id, @now - INTERVAL 129 HOUR FROM users WHERE handle = 'sebastian';
UPDATE posts SET backing_count = 5, support_answered = 0 WHERE id = 40;
INSERT INTO posts (id, user_id, topic_id, title, body, body_html, created_at) SELECT 41, u.id, t.id, 'Afraid of the driving test', 'My driving test is next month. I failed the theory once. Any tips for the nerves?', '<p>My driving test is next month. I failed the theory once. Any tips for the nerves?</p>
', @now - INTERVAL 125 HOUR FROM users u, topics t WHERE u.handle = 'mads' AND t.slug = 'other';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 114, 41, id, 'You are not the only one. Most guys I know felt like that at some point.', '<p>You are not the only one. Most guys I know felt like that at some point.</p>
', 0, 1, 4, @now - INTERVAL 120 HOUR FROM users WHERE handle = 'oskar_s';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 114, id, @now - INTERVAL 120 HOUR FROM users WHERE handle = 'mads';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 114, id, @now - INTERVAL 120 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 114, id, @now - INTERVAL 120 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 114, id, @now - INTERVAL 120 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 115, 41, id, 'Talk to the school counsellor. They have heard it all before and it stays between you.', '<p>Talk to the school counsellor. They have heard it all before and it stays between you.</p>
', 0, 0, 1, @now - INTERVAL 118 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 115, id, @now - INTERVAL 118 HOUR FROM users WHERE handle = 'viktor_se';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 116, 41, id, 'Start small: ten minutes a day. After two weeks it will feel normal.', '<p>Start small: ten minutes a day. After two weeks it will feel normal.</p>
', 0, 0, 1, @now - INTERVAL 114 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 116, id, @now - INTERVAL 114 HOUR FROM users WHERE handle = 'mads';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 117, 41, id, 'Write it in a message if saying it face to face is too hard. That is totally fine.', '<p>Write it in a message if saying it face to face is too hard. That is totally fine.</p>
', 0, 0, 0, @now - INTERVAL 117 HOUR FROM users WHERE handle = 'viktor_se';
UPDATE posts SET backing_count = 4, support_answered = 0 WHERE id = 41;
INSERT INTO posts (id, user_id, topic_id, title, body, body_html, created_at) SELECT 42, u.id, t.id, 'Overthinking everything I say', 'After every conversation I replay what I said and think I sounded stupid. How do I stop overthinking?', '<p>After every conversation I replay what I said and think I sounded stupid. How do I stop overthinking?</p>
', @now - INTERVAL 110 HOUR FROM users u, topics t WHERE u.handle = 'jonas_17' AND t.slug = 'mood-and-thoughts';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 118, 42, id, 'I was in the same place last year. What worked for me was to talk to one person I trust first, just to say it out loud.', '<p>I was in the same place last year. What worked for me was to talk to one person I trust first, just to say it out loud.</p>
', 0, 1, 3, @now - INTERVAL 105 HOUR FROM users WHERE handle = 'viktor_se';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 118, id, @now - INTERVAL 105 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 118, id, @now - INTERVAL 105 HOUR FROM users WHERE handle = 'frederik';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 118, id, @now - INTERVAL 105 HOUR FROM users WHERE handle = 'lucas_m';
UPDATE posts SET backing_count = 1, support_answered = 0 WHERE id = 42;
INSERT INTO posts (id, user_id, topic_id, title, body, body_html, created_at) SELECT 43, u.id, t.id, 'Dad drinks too much', 'My dad drinks most evenings and gets angry. My mum pretends it is fine. I do not know who to talk to.', '<p>My dad drinks most evenings and gets angry. My mum pretends it is fine. I do not know who to talk to.</p>
', @now - INTERVAL 99 HOUR FROM users u, topics t WHERE u.handle = 'ali_b' AND t.slug = 'family';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 119, 43, id, 'I grew up with a lot of the same. What helped me was to separate what I can change from what I cannot. You cannot change the adults, but you can choose who you talk to. Write to me if you want to go through it together.', '<p>I grew up with a lot of the same. What helped me was to separate what I can change from what I cannot. You cannot change the adults, but you can choose who you talk to. Write to me if you want to go through it together.</p>
', 1, 1, 2, @now - INTERVAL 92 HOUR FROM users WHERE handle = 'karim_sp';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 119, id, @now - INTERVAL 92 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 119, id, @now - INTERVAL 92 HOUR FROM users WHERE handle = 'jonas_17';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 120, 43, id, 'Ask a friend to come with you the first few times. It is much easier together.', '<p>Ask a friend to come with you the first few times. It is much easier together.</p>
', 0, 0, 2, @now - INTERVAL 94 HOUR FROM users WHERE handle = 'oskar_s';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 120, id, @now - INTERVAL 94 HOUR FROM users WHERE handle = 'frederik';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 120, id, @now - INTERVAL 94 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 121, 43, id, 'Start small: ten minutes a day. After two weeks it will feel normal.', '<p>Start small: ten minutes a day. After two weeks it will feel normal.</p>
', 0, 0, 2, @now - INTERVAL 92 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 121, id, @now - INTERVAL 92 HOUR FROM users WHERE handle = 'jonas_17';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 121, id, @now - INTERVAL 92 HOUR FROM users WHERE handle = 'viktor_se';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 122, 43, id, 'Start small: ten minutes a day. After two weeks it will feel normal.', '<p>Start small: ten minutes a day. After two weeks it will feel normal.</p>
', 0, 0, 3, @now - INTERVAL 88 HOUR FROM users WHERE handle = 'frederik';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 122, id, @now - INTERVAL 88 HOUR FROM users WHERE handle = 'mads';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 122, id, @now - INTERVAL 88 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 122, id, @now - INTERVAL 88 HOUR FROM users WHERE handle = 'oskar_s';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 123, 43, id, 'Start small: ten minutes a day. After two weeks it will feel normal.', '<p>Start small: ten minutes a day. After two weeks it will feel normal.</p>
', 0, 0, 4, @now - INTERVAL 94 HOUR FROM users WHERE handle = 'mads';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 123, id, @now - INTERVAL 94 HOUR FROM users WHERE handle = 'frederik';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 123, id, @now - INTERVAL 94 HOUR FROM users WHERE handle = 'viktor_se';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 123, id, @now - INTERVAL 94 HOUR FROM users WHERE handle = 'jonas_17';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 123, id, @now - INTERVAL 94 HOUR FROM users WHERE handle = 'noah_k';
UPDATE posts SET backing_count = 5, support_answered = 1 WHERE id = 43;
INSERT INTO posts (id, user_id, topic_id, title, body, body_html, created_at) SELECT 44, u.id, t.id, 'Am I too small?', 'In the changing room after football I feel like everyone is bigger than me. I am 14. Will it change or is this how I will be?', '<p>In the changing room after football I feel like everyone is bigger than me. I am 14. Will it change or is this how I will be?</p>
', @now - INTERVAL 88 HOUR FROM users u, topics t WHERE u.handle = 'frederik' AND t.slug = 'sex-and-body';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 124, 44, id, 'Write it in a message if saying it face to face is too hard. That is totally fine.', '<p>Write it in a message if saying it face to face is too hard. That is totally fine.</p>
', 0, 0, 1, @now - INTERVAL 86 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 124, id, @now - INTERVAL 86 HOUR FROM users WHERE handle = 'emil99';
UPDATE posts SET backing_count = 1, support_answered = 0 WHERE id = 44;
INSERT INTO posts (id, user_id, topic_id, title, body, body_html, created_at) SELECT 45, u.id, t.id, 'Feeling down for no reason', 'For a few months I have felt flat. Nothing is really wrong but nothing is fun either. Is this depression?', '<p>For a few months I have felt flat. Nothing is really wrong but nothing is fun either. Is this depression?</p>
', @now - INTERVAL 80 HOUR FROM users u, topics t WHERE u.handle = 'oskar_s' AND t.slug = 'mood-and-thoughts';
INSERT INTO backings (id, post_id, user_id, body, body_html, by_support, is_best, votes, created_at) SELECT 125, 45, id, 'Write it in a message if saying it face to face is too hard. That is totally fine.', '<p>Write it in a message if saying it face to face is too hard. That is totally fine.</p>
', 0, 1, 3, @now - INTERVAL 72 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 125, id, @now - INTERVAL 72 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 125, id, @now - INTERVAL 72 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO votes (backing_id, user_id, created_at) SELECT 125, id, @now - INTERVAL 72 HOUR FROM users WHERE handle = 'frederik';
UPDATE posts SET backing_count = 1, support_answered = 0 WHERE id = 45;
INSERT INTO posts (id, user_id, topic_id, title, body, body_html, created_at) SELECT 46, u.id, t.id, 'Breakup after two years', 'My girlfriend broke up with me last week. We were together for two years. I cannot sleep and I check her profile all the time. How do you get over it?', '<p>My girlfriend broke up with me last week. We were together for two years. I cannot sleep and I check her profile all the time. How do you get over it?</p>
', @now - INTERVAL 68 HOUR FROM users u, topics t WHERE u.handle = 'emil99' AND t.slug = 'girls-and-dating';
UPDATE posts SET backing_count = 0, support_answered = 0 WHERE id = 46;
INSERT INTO posts (id, user_id, topic_id, title, body, body_html, created_at) SELECT 47, u.id, t.id, 'Is it normal to never have had a girlfriend at 17?', 'All my friends have had girlfriends and I have not. Sometimes I feel like something is wrong with me. Is it normal?', '<p>All my friends have had girlfriends and I have not. Sometimes I feel like something is wrong with me. Is it normal?</p>
', @now - INTERVAL 55 HOUR FROM users u, topics t WHERE u.handle = 'noah_k' AND t.slug = 'girls-and-dating';
UPDATE posts SET backing_count = 0, support_answered = 0 WHERE id = 47;
INSERT INTO posts (id, user_id, topic_id, title, body, body_html, created_at) SELECT 48, u.id, t.id, 'Quit football after ten years', 'I want to quit football but I have played since I was six and my dad is the coach. How do I tell him?', '<p>I want to quit football but I have played since I was six and my dad is the coach. How do I tell him?</p>
', @now - INTERVAL 48 HOUR FROM users u, topics t WHERE u.handle = 'viktor_se' AND t.slug = 'gaming-and-free-time';
UPDATE posts SET backing_count = 0, support_answered = 0 WHERE id = 48;
INSERT INTO posts (id, user_id, topic_id, title, body, body_html, created_at) SELECT 49, u.id, t.id, 'Arguing with my mum about everything', 'Every conversation with my mum ends in a fight. Curfew, school, my friends. How do I talk to her without it blowing up?', '<p>Every conversation with my mum ends in a fight. Curfew, school, my friends. How do I talk to her without it blowing up?</p>
', @now - INTERVAL 38 HOUR FROM users u, topics t WHERE u.handle = 'lucas_m' AND t.slug = 'family';
UPDATE posts SET backing_count = 0, support_answered = 0 WHERE id = 49;
INSERT INTO posts (id, user_id, topic_id, title, body, body_html, created_at) SELECT 50, u.id, t.id, 'Voice keeps cracking', 'My voice cracks when I talk in class and people laugh. How long does this last?', '<p>My voice cracks when I talk in class and people laugh. How long does this last?</p>
', @now - INTERVAL 28 HOUR FROM users u, topics t WHERE u.handle = 'sebastian' AND t.slug = 'sex-and-body';
UPDATE posts SET backing_count = 0, support_answered = 0 WHERE id = 50;
INSERT INTO posts (id, user_id, topic_id, title, body, body_html, created_at) SELECT 51, u.id, t.id, 'Cannot focus on homework', 'I sit down to do homework and after five minutes I am on my phone. How do you actually focus?', '<p>I sit down to do homework and after five minutes I am on my phone. How do you actually focus?</p>
', @now - INTERVAL 12 HOUR FROM users u, topics t WHERE u.handle = 'mads' AND t.slug = 'school-and-work';
UPDATE posts SET backing_count = 0, support_answered = 0 WHERE id = 51;
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'post', 1, 0, 2, @now - INTERVAL 566 HOUR FROM users WHERE handle = 'mads';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'post', 2, 0, 2, @now - INTERVAL 558 HOUR FROM users WHERE handle = 'jonas_17';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 1, 0, 5, @now - INTERVAL 554 HOUR FROM users WHERE handle = 'sofie_sp';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 1, (SELECT id FROM users WHERE handle = 'noah_k'), 1, @now - INTERVAL 554 HOUR FROM users WHERE handle = 'sofie_sp';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 1, (SELECT id FROM users WHERE handle = 'emil99'), 1, @now - INTERVAL 554 HOUR FROM users WHERE handle = 'sofie_sp';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 1, (SELECT id FROM users WHERE handle = 'viktor_se'), 1, @now - INTERVAL 554 HOUR FROM users WHERE handle = 'sofie_sp';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 1, (SELECT id FROM users WHERE handle = 'oskar_s'), 1, @now - INTERVAL 554 HOUR FROM users WHERE handle = 'sofie_sp';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 2, 0, 5, @now - INTERVAL 552 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 2, (SELECT id FROM users WHERE handle = 'ali_b'), 1, @now - INTERVAL 552 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 3, 0, 5, @now - INTERVAL 546 HOUR FROM users WHERE handle = 'oskar_s';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 3, (SELECT id FROM users WHERE handle = 'sebastian'), 1, @now - INTERVAL 546 HOUR FROM users WHERE handle = 'oskar_s';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 3, (SELECT id FROM users WHERE handle = 'lucas_m'), 1, @now - INTERVAL 546 HOUR FROM users WHERE handle = 'oskar_s';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 4, 0, 5, @now - INTERVAL 547 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 4, (SELECT id FROM users WHERE handle = 'jonas_17'), 1, @now - INTERVAL 547 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 4, (SELECT id FROM users WHERE handle = 'sebastian'), 1, @now - INTERVAL 547 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 5, 0, 5, @now - INTERVAL 551 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 5, (SELECT id FROM users WHERE handle = 'ali_b'), 1, @now - INTERVAL 551 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 5, (SELECT id FROM users WHERE handle = 'viktor_se'), 1, @now - INTERVAL 551 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'post', 3, 0, 2, @now - INTERVAL 545 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'post', 4, 0, 2, @now - INTERVAL 529 HOUR FROM users WHERE handle = 'frederik';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 6, 0, 5, @now - INTERVAL 523 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 6, (SELECT id FROM users WHERE handle = 'lucas_m'), 1, @now - INTERVAL 523 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 6, (SELECT id FROM users WHERE handle = 'jonas_17'), 1, @now - INTERVAL 523 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 6, (SELECT id FROM users WHERE handle = 'viktor_se'), 1, @now - INTERVAL 523 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 6, (SELECT id FROM users WHERE handle = 'mads'), 1, @now - INTERVAL 523 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 7, 0, 5, @now - INTERVAL 526 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 8, 0, 5, @now - INTERVAL 517 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 8, (SELECT id FROM users WHERE handle = 'oskar_s'), 1, @now - INTERVAL 517 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 8, (SELECT id FROM users WHERE handle = 'viktor_se'), 1, @now - INTERVAL 517 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 8, (SELECT id FROM users WHERE handle = 'noah_k'), 1, @now - INTERVAL 517 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 9, 0, 5, @now - INTERVAL 518 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 9, (SELECT id FROM users WHERE handle = 'ali_b'), 1, @now - INTERVAL 518 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 9, (SELECT id FROM users WHERE handle = 'jonas_17'), 1, @now - INTERVAL 518 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'post', 5, 0, 2, @now - INTERVAL 524 HOUR FROM users WHERE handle = 'oskar_s';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'post', 6, 0, 2, @now - INTERVAL 509 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 10, 0, 5, @now - INTERVAL 502 HOUR FROM users WHERE handle = 'sofie_sp';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 10, (SELECT id FROM users WHERE handle = 'jonas_17'), 1, @now - INTERVAL 502 HOUR FROM users WHERE handle = 'sofie_sp';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 10, (SELECT id FROM users WHERE handle = 'ali_b'), 1, @now - INTERVAL 502 HOUR FROM users WHERE handle = 'sofie_sp';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 10, (SELECT id FROM users WHERE handle = 'viktor_se'), 1, @now - INTERVAL 502 HOUR FROM users WHERE handle = 'sofie_sp';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 11, 0, 5, @now - INTERVAL 503 HOUR FROM users WHERE handle = 'viktor_se';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 11, (SELECT id FROM users WHERE handle = 'noah_k'), 1, @now - INTERVAL 503 HOUR FROM users WHERE handle = 'viktor_se';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'post', 7, 0, 2, @now - INTERVAL 503 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 12, 0, 5, @now - INTERVAL 496 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 12, (SELECT id FROM users WHERE handle = 'jonas_17'), 1, @now - INTERVAL 496 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 13, 0, 5, @now - INTERVAL 498 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 13, (SELECT id FROM users WHERE handle = 'mads'), 1, @now - INTERVAL 498 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'post', 8, 0, 2, @now - INTERVAL 491 HOUR FROM users WHERE handle = 'viktor_se';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 14, 0, 5, @now - INTERVAL 488 HOUR FROM users WHERE handle = 'karim_sp';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 14, (SELECT id FROM users WHERE handle = 'sebastian'), 1, @now - INTERVAL 488 HOUR FROM users WHERE handle = 'karim_sp';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 14, (SELECT id FROM users WHERE handle = 'emil99'), 1, @now - INTERVAL 488 HOUR FROM users WHERE handle = 'karim_sp';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 15, 0, 5, @now - INTERVAL 481 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 15, (SELECT id FROM users WHERE handle = 'mads'), 1, @now - INTERVAL 481 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 15, (SELECT id FROM users WHERE handle = 'lucas_m'), 1, @now - INTERVAL 481 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 15, (SELECT id FROM users WHERE handle = 'viktor_se'), 1, @now - INTERVAL 481 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 15, (SELECT id FROM users WHERE handle = 'noah_k'), 1, @now - INTERVAL 481 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 16, 0, 5, @now - INTERVAL 482 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 16, (SELECT id FROM users WHERE handle = 'noah_k'), 1, @now - INTERVAL 482 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 16, (SELECT id FROM users WHERE handle = 'jonas_17'), 1, @now - INTERVAL 482 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 16, (SELECT id FROM users WHERE handle = 'frederik'), 1, @now - INTERVAL 482 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 17, 0, 5, @now - INTERVAL 484 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'post', 9, 0, 2, @now - INTERVAL 476 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 18, 0, 5, @now - INTERVAL 475 HOUR FROM users WHERE handle = 'karim_sp';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'best', 18, 0, 10, @now - INTERVAL 475 HOUR FROM users WHERE handle = 'karim_sp';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 18, (SELECT id FROM users WHERE handle = 'ali_b'), 1, @now - INTERVAL 475 HOUR FROM users WHERE handle = 'karim_sp';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 18, (SELECT id FROM users WHERE handle = 'lucas_m'), 1, @now - INTERVAL 475 HOUR FROM users WHERE handle = 'karim_sp';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 18, (SELECT id FROM users WHERE handle = 'jonas_17'), 1, @now - INTERVAL 475 HOUR FROM users WHERE handle = 'karim_sp';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 18, (SELECT id FROM users WHERE handle = 'sebastian'), 1, @now - INTERVAL 475 HOUR FROM users WHERE handle = 'karim_sp';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 19, 0, 5, @now - INTERVAL 471 HOUR FROM users WHERE handle = 'mads';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 19, (SELECT id FROM users WHERE handle = 'viktor_se'), 1, @now - INTERVAL 471 HOUR FROM users WHERE handle = 'mads';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 19, (SELECT id FROM users WHERE handle = 'frederik'), 1, @now - INTERVAL 471 HOUR FROM users WHERE handle = 'mads';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 19, (SELECT id FROM users WHERE handle = 'noah_k'), 1, @now - INTERVAL 471 HOUR FROM users WHERE handle = 'mads';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 19, (SELECT id FROM users WHERE handle = 'lucas_m'), 1, @now - INTERVAL 471 HOUR FROM users WHERE handle = 'mads';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 20, 0, 5, @now - INTERVAL 468 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 20, (SELECT id FROM users WHERE handle = 'jonas_17'), 1, @now - INTERVAL 468 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 20, (SELECT id FROM users WHERE handle = 'sebastian'), 1, @now - INTERVAL 468 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 20, (SELECT id FROM users WHERE handle = 'viktor_se'), 1, @now - INTERVAL 468 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'post', 10, 0, 2, @now - INTERVAL 469 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 21, 0, 5, @now - INTERVAL 466 HOUR FROM users WHERE handle = 'oskar_s';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'best', 21, 0, 10, @now - INTERVAL 466 HOUR FROM users WHERE handle = 'oskar_s';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 21, (SELECT id FROM users WHERE handle = 'emil99'), 1, @now - INTERVAL 466 HOUR FROM users WHERE handle = 'oskar_s';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 21, (SELECT id FROM users WHERE handle = 'lucas_m'), 1, @now - INTERVAL 466 HOUR FROM users WHERE handle = 'oskar_s';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 22, 0, 5, @now - INTERVAL 467 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 22, (SELECT id FROM users WHERE handle = 'sebastian'), 1, @now - INTERVAL 467 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 23, 0, 5, @now - INTERVAL 458 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'post', 11, 0, 2, @now - INTERVAL 459 HOUR FROM users WHERE handle = 'mads';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 24, 0, 5, @now - INTERVAL 454 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 24, (SELECT id FROM users WHERE handle = 'noah_k'), 1, @now - INTERVAL 454 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 25, 0, 5, @now - INTERVAL 449 HOUR FROM users WHERE handle = 'oskar_s';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 25, (SELECT id FROM users WHERE handle = 'noah_k'), 1, @now - INTERVAL 449 HOUR FROM users WHERE handle = 'oskar_s';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 25, (SELECT id FROM users WHERE handle = 'frederik'), 1, @now - INTERVAL 449 HOUR FROM users WHERE handle = 'oskar_s';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 25, (SELECT id FROM users WHERE handle = 'emil99'), 1, @now - INTERVAL 449 HOUR FROM users WHERE handle = 'oskar_s';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 25, (SELECT id FROM users WHERE handle = 'jonas_17'), 1, @now - INTERVAL 449 HOUR FROM users WHERE handle = 'oskar_s';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'post', 12, 0, 2, @now - INTERVAL 443 HOUR FROM users WHERE handle = 'jonas_17';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 26, 0, 5, @now - INTERVAL 434 HOUR FROM users WHERE handle = 'oskar_s';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 27, 0, 5, @now - INTERVAL 437 HOUR FROM users WHERE handle = 'mads';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 27, (SELECT id FROM users WHERE handle = 'emil99'), 1, @now - INTERVAL 437 HOUR FROM users WHERE handle = 'mads';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 27, (SELECT id FROM users WHERE handle = 'oskar_s'), 1, @now - INTERVAL 437 HOUR FROM users WHERE handle = 'mads';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 27, (SELECT id FROM users WHERE handle = 'noah_k'), 1, @now - INTERVAL 437 HOUR FROM users WHERE handle = 'mads';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 28, 0, 5, @now - INTERVAL 435 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 28, (SELECT id FROM users WHERE handle = 'jonas_17'), 1, @now - INTERVAL 435 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 28, (SELECT id FROM users WHERE handle = 'frederik'), 1, @now - INTERVAL 435 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'post', 13, 0, 2, @now - INTERVAL 430 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 29, 0, 5, @now - INTERVAL 422 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 29, (SELECT id FROM users WHERE handle = 'mads'), 1, @now - INTERVAL 422 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 29, (SELECT id FROM users WHERE handle = 'lucas_m'), 1, @now - INTERVAL 422 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 29, (SELECT id FROM users WHERE handle = 'emil99'), 1, @now - INTERVAL 422 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 29, (SELECT id FROM users WHERE handle = 'ali_b'), 1, @now - INTERVAL 422 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'post', 14, 0, 2, @now - INTERVAL 419 HOUR FROM users WHERE handle = 'frederik';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 30, 0, 5, @now - INTERVAL 415 HOUR FROM users WHERE handle = 'karim_sp';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 30, (SELECT id FROM users WHERE handle = 'noah_k'), 1, @now - INTERVAL 415 HOUR FROM users WHERE handle = 'karim_sp';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 31, 0, 5, @now - INTERVAL 411 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 31, (SELECT id FROM users WHERE handle = 'viktor_se'), 1, @now - INTERVAL 411 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 31, (SELECT id FROM users WHERE handle = 'jonas_17'), 1, @now - INTERVAL 411 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 31, (SELECT id FROM users WHERE handle = 'emil99'), 1, @now - INTERVAL 411 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 32, 0, 5, @now - INTERVAL 414 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 33, 0, 5, @now - INTERVAL 408 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 33, (SELECT id FROM users WHERE handle = 'lucas_m'), 1, @now - INTERVAL 408 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 34, 0, 5, @now - INTERVAL 406 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 34, (SELECT id FROM users WHERE handle = 'ali_b'), 1, @now - INTERVAL 406 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 34, (SELECT id FROM users WHERE handle = 'mads'), 1, @now - INTERVAL 406 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 34, (SELECT id FROM users WHERE handle = 'lucas_m'), 1, @now - INTERVAL 406 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 34, (SELECT id FROM users WHERE handle = 'emil99'), 1, @now - INTERVAL 406 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'post', 15, 0, 2, @now - INTERVAL 408 HOUR FROM users WHERE handle = 'oskar_s';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 35, 0, 5, @now - INTERVAL 404 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 35, (SELECT id FROM users WHERE handle = 'mads'), 1, @now - INTERVAL 404 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 36, 0, 5, @now - INTERVAL 402 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 36, (SELECT id FROM users WHERE handle = 'frederik'), 1, @now - INTERVAL 402 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 36, (SELECT id FROM users WHERE handle = 'noah_k'), 1, @now - INTERVAL 402 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 36, (SELECT id FROM users WHERE handle = 'ali_b'), 1, @now - INTERVAL 402 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 36, (SELECT id FROM users WHERE handle = 'oskar_s'), 1, @now - INTERVAL 402 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 37, 0, 5, @now - INTERVAL 403 HOUR FROM users WHERE handle = 'viktor_se';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 38, 0, 5, @now - INTERVAL 395 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 38, (SELECT id FROM users WHERE handle = 'viktor_se'), 1, @now - INTERVAL 395 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 38, (SELECT id FROM users WHERE handle = 'ali_b'), 1, @now - INTERVAL 395 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 38, (SELECT id FROM users WHERE handle = 'oskar_s'), 1, @now - INTERVAL 395 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 38, (SELECT id FROM users WHERE handle = 'jonas_17'), 1, @now - INTERVAL 395 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'post', 16, 0, 2, @now - INTERVAL 404 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 39, 0, 5, @now - INTERVAL 394 HOUR FROM users WHERE handle = 'karim_sp';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'best', 39, 0, 10, @now - INTERVAL 394 HOUR FROM users WHERE handle = 'karim_sp';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 39, (SELECT id FROM users WHERE handle = 'ali_b'), 1, @now - INTERVAL 394 HOUR FROM users WHERE handle = 'karim_sp';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 40, 0, 5, @now - INTERVAL 393 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 41, 0, 5, @now - INTERVAL 396 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 41, (SELECT id FROM users WHERE handle = 'lucas_m'), 1, @now - INTERVAL 396 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 41, (SELECT id FROM users WHERE handle = 'viktor_se'), 1, @now - INTERVAL 396 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 41, (SELECT id FROM users WHERE handle = 'noah_k'), 1, @now - INTERVAL 396 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 41, (SELECT id FROM users WHERE handle = 'mads'), 1, @now - INTERVAL 396 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 42, 0, 5, @now - INTERVAL 397 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 42, (SELECT id FROM users WHERE handle = 'oskar_s'), 1, @now - INTERVAL 397 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'post', 17, 0, 2, @now - INTERVAL 385 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'post', 18, 0, 2, @now - INTERVAL 382 HOUR FROM users WHERE handle = 'viktor_se';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 43, 0, 5, @now - INTERVAL 376 HOUR FROM users WHERE handle = 'jonas_17';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 43, (SELECT id FROM users WHERE handle = 'sebastian'), 1, @now - INTERVAL 376 HOUR FROM users WHERE handle = 'jonas_17';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 43, (SELECT id FROM users WHERE handle = 'oskar_s'), 1, @now - INTERVAL 376 HOUR FROM users WHERE handle = 'jonas_17';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 43, (SELECT id FROM users WHERE handle = 'noah_k'), 1, @now - INTERVAL 376 HOUR FROM users WHERE handle = 'jonas_17';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 43, (SELECT id FROM users WHERE handle = 'frederik'), 1, @now - INTERVAL 376 HOUR FROM users WHERE handle = 'jonas_17';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 44, 0, 5, @now - INTERVAL 372 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 44, (SELECT id FROM users WHERE handle = 'sebastian'), 1, @now - INTERVAL 372 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 44, (SELECT id FROM users WHERE handle = 'frederik'), 1, @now - INTERVAL 372 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 44, (SELECT id FROM users WHERE handle = 'emil99'), 1, @now - INTERVAL 372 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 45, 0, 5, @now - INTERVAL 371 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 45, (SELECT id FROM users WHERE handle = 'viktor_se'), 1, @now - INTERVAL 371 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'post', 19, 0, 2, @now - INTERVAL 365 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 46, 0, 5, @now - INTERVAL 363 HOUR FROM users WHERE handle = 'karim_sp';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 46, (SELECT id FROM users WHERE handle = 'jonas_17'), 1, @now - INTERVAL 363 HOUR FROM users WHERE handle = 'karim_sp';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 46, (SELECT id FROM users WHERE handle = 'frederik'), 1, @now - INTERVAL 363 HOUR FROM users WHERE handle = 'karim_sp';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 46, (SELECT id FROM users WHERE handle = 'oskar_s'), 1, @now - INTERVAL 363 HOUR FROM users WHERE handle = 'karim_sp';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 47, 0, 5, @now - INTERVAL 361 HOUR FROM users WHERE handle = 'jonas_17';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 47, (SELECT id FROM users WHERE handle = 'frederik'), 1, @now - INTERVAL 361 HOUR FROM users WHERE handle = 'jonas_17';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 47, (SELECT id FROM users WHERE handle = 'emil99'), 1, @now - INTERVAL 361 HOUR FROM users WHERE handle = 'jonas_17';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 48, 0, 5, @now - INTERVAL 359 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'post', 20, 0, 2, @now - INTERVAL 358 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 49, 0, 5, @now - INTERVAL 351 HOUR FROM users WHERE handle = 'sofie_sp';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 49, (SELECT id FROM users WHERE handle = 'emil99'), 1, @now - INTERVAL 351 HOUR FROM users WHERE handle = 'sofie_sp';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 49, (SELECT id FROM users WHERE handle = 'noah_k'), 1, @now - INTERVAL 351 HOUR FROM users WHERE handle = 'sofie_sp';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 49, (SELECT id FROM users WHERE handle = 'frederik'), 1, @now - INTERVAL 351 HOUR FROM users WHERE handle = 'sofie_sp';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 50, 0, 5, @now - INTERVAL 355 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 50, (SELECT id FROM users WHERE handle = 'mads'), 1, @now - INTERVAL 355 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 50, (SELECT id FROM users WHERE handle = 'noah_k'), 1, @now - INTERVAL 355 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 51, 0, 5, @now - INTERVAL 348 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'post', 21, 0, 2, @now - INTERVAL 347 HOUR FROM users WHERE handle = 'mads';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 52, 0, 5, @now - INTERVAL 345 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'best', 52, 0, 10, @now - INTERVAL 345 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 52, (SELECT id FROM users WHERE handle = 'jonas_17'), 1, @now - INTERVAL 345 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 53, 0, 5, @now - INTERVAL 341 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'post', 22, 0, 2, @now - INTERVAL 332 HOUR FROM users WHERE handle = 'jonas_17';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 54, 0, 5, @now - INTERVAL 327 HOUR FROM users WHERE handle = 'viktor_se';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 54, (SELECT id FROM users WHERE handle = 'sebastian'), 1, @now - INTERVAL 327 HOUR FROM users WHERE handle = 'viktor_se';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 54, (SELECT id FROM users WHERE handle = 'lucas_m'), 1, @now - INTERVAL 327 HOUR FROM users WHERE handle = 'viktor_se';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 54, (SELECT id FROM users WHERE handle = 'emil99'), 1, @now - INTERVAL 327 HOUR FROM users WHERE handle = 'viktor_se';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 54, (SELECT id FROM users WHERE handle = 'ali_b'), 1, @now - INTERVAL 327 HOUR FROM users WHERE handle = 'viktor_se';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 55, 0, 5, @now - INTERVAL 330 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 55, (SELECT id FROM users WHERE handle = 'viktor_se'), 1, @now - INTERVAL 330 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'post', 23, 0, 2, @now - INTERVAL 320 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 56, 0, 5, @now - INTERVAL 315 HOUR FROM users WHERE handle = 'jonas_17';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'best', 56, 0, 10, @now - INTERVAL 315 HOUR FROM users WHERE handle = 'jonas_17';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 56, (SELECT id FROM users WHERE handle = 'ali_b'), 1, @now - INTERVAL 315 HOUR FROM users WHERE handle = 'jonas_17';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 57, 0, 5, @now - INTERVAL 317 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 57, (SELECT id FROM users WHERE handle = 'mads'), 1, @now - INTERVAL 317 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 57, (SELECT id FROM users WHERE handle = 'noah_k'), 1, @now - INTERVAL 317 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 57, (SELECT id FROM users WHERE handle = 'oskar_s'), 1, @now - INTERVAL 317 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'post', 24, 0, 2, @now - INTERVAL 314 HOUR FROM users WHERE handle = 'frederik';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 58, 0, 5, @now - INTERVAL 310 HOUR FROM users WHERE handle = 'mads';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 58, (SELECT id FROM users WHERE handle = 'emil99'), 1, @now - INTERVAL 310 HOUR FROM users WHERE handle = 'mads';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 59, 0, 5, @now - INTERVAL 309 HOUR FROM users WHERE handle = 'mads';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 59, (SELECT id FROM users WHERE handle = 'emil99'), 1, @now - INTERVAL 309 HOUR FROM users WHERE handle = 'mads';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 59, (SELECT id FROM users WHERE handle = 'oskar_s'), 1, @now - INTERVAL 309 HOUR FROM users WHERE handle = 'mads';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'post', 25, 0, 2, @now - INTERVAL 301 HOUR FROM users WHERE handle = 'oskar_s';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 60, 0, 5, @now - INTERVAL 295 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 60, (SELECT id FROM users WHERE handle = 'mads'), 1, @now - INTERVAL 295 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 60, (SELECT id FROM users WHERE handle = 'sebastian'), 1, @now - INTERVAL 295 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 61, 0, 5, @now - INTERVAL 291 HOUR FROM users WHERE handle = 'mads';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 61, (SELECT id FROM users WHERE handle = 'oskar_s'), 1, @now - INTERVAL 291 HOUR FROM users WHERE handle = 'mads';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 61, (SELECT id FROM users WHERE handle = 'lucas_m'), 1, @now - INTERVAL 291 HOUR FROM users WHERE handle = 'mads';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 61, (SELECT id FROM users WHERE handle = 'ali_b'), 1, @now - INTERVAL 291 HOUR FROM users WHERE handle = 'mads';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 61, (SELECT id FROM users WHERE handle = 'sebastian'), 1, @now - INTERVAL 291 HOUR FROM users WHERE handle = 'mads';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 62, 0, 5, @now - INTERVAL 292 HOUR FROM users WHERE handle = 'jonas_17';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 62, (SELECT id FROM users WHERE handle = 'sebastian'), 1, @now - INTERVAL 292 HOUR FROM users WHERE handle = 'jonas_17';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 62, (SELECT id FROM users WHERE handle = 'viktor_se'), 1, @now - INTERVAL 292 HOUR FROM users WHERE handle = 'jonas_17';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 62, (SELECT id FROM users WHERE handle = 'emil99'), 1, @now - INTERVAL 292 HOUR FROM users WHERE handle = 'jonas_17';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'post', 26, 0, 2, @now - INTERVAL 290 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 63, 0, 5, @now - INTERVAL 286 HOUR FROM users WHERE handle = 'sofie_sp';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 63, (SELECT id FROM users WHERE handle = 'noah_k'), 1, @now - INTERVAL 286 HOUR FROM users WHERE handle = 'sofie_sp';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 64, 0, 5, @now - INTERVAL 286 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 65, 0, 5, @now - INTERVAL 283 HOUR FROM users WHERE handle = 'jonas_17';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 65, (SELECT id FROM users WHERE handle = 'frederik'), 1, @now - INTERVAL 283 HOUR FROM users WHERE handle = 'jonas_17';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 65, (SELECT id FROM users WHERE handle = 'mads'), 1, @now - INTERVAL 283 HOUR FROM users WHERE handle = 'jonas_17';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 65, (SELECT id FROM users WHERE handle = 'lucas_m'), 1, @now - INTERVAL 283 HOUR FROM users WHERE handle = 'jonas_17';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 66, 0, 5, @now - INTERVAL 278 HOUR FROM users WHERE handle = 'viktor_se';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 66, (SELECT id FROM users WHERE handle = 'frederik'), 1, @now - INTERVAL 278 HOUR FROM users WHERE handle = 'viktor_se';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 66, (SELECT id FROM users WHERE handle = 'oskar_s'), 1, @now - INTERVAL 278 HOUR FROM users WHERE handle = 'viktor_se';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 67, 0, 5, @now - INTERVAL 283 HOUR FROM users WHERE handle = 'mads';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 67, (SELECT id FROM users WHERE handle = 'emil99'), 1, @now - INTERVAL 283 HOUR FROM users WHERE handle = 'mads';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'post', 27, 0, 2, @now - INTERVAL 282 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'post', 28, 0, 2, @now - INTERVAL 268 HOUR FROM users WHERE handle = 'viktor_se';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 68, 0, 5, @now - INTERVAL 264 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'best', 68, 0, 10, @now - INTERVAL 264 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 68, (SELECT id FROM users WHERE handle = 'frederik'), 1, @now - INTERVAL 264 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 68, (SELECT id FROM users WHERE handle = 'emil99'), 1, @now - INTERVAL 264 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 69, 0, 5, @now - INTERVAL 261 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 69, (SELECT id FROM users WHERE handle = 'jonas_17'), 1, @now - INTERVAL 261 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 69, (SELECT id FROM users WHERE handle = 'lucas_m'), 1, @now - INTERVAL 261 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 69, (SELECT id FROM users WHERE handle = 'frederik'), 1, @now - INTERVAL 261 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'post', 29, 0, 2, @now - INTERVAL 261 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 70, 0, 5, @now - INTERVAL 256 HOUR FROM users WHERE handle = 'sofie_sp';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 70, (SELECT id FROM users WHERE handle = 'noah_k'), 1, @now - INTERVAL 256 HOUR FROM users WHERE handle = 'sofie_sp';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 71, 0, 5, @now - INTERVAL 259 HOUR FROM users WHERE handle = 'mads';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 71, (SELECT id FROM users WHERE handle = 'emil99'), 1, @now - INTERVAL 259 HOUR FROM users WHERE handle = 'mads';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 71, (SELECT id FROM users WHERE handle = 'oskar_s'), 1, @now - INTERVAL 259 HOUR FROM users WHERE handle = 'mads';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 72, 0, 5, @now - INTERVAL 250 HOUR FROM users WHERE handle = 'jonas_17';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 72, (SELECT id FROM users WHERE handle = 'viktor_se'), 1, @now - INTERVAL 250 HOUR FROM users WHERE handle = 'jonas_17';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 73, 0, 5, @now - INTERVAL 250 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 73, (SELECT id FROM users WHERE handle = 'oskar_s'), 1, @now - INTERVAL 250 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 74, 0, 5, @now - INTERVAL 248 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 74, (SELECT id FROM users WHERE handle = 'sebastian'), 1, @now - INTERVAL 248 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 74, (SELECT id FROM users WHERE handle = 'frederik'), 1, @now - INTERVAL 248 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 74, (SELECT id FROM users WHERE handle = 'emil99'), 1, @now - INTERVAL 248 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'post', 30, 0, 2, @now - INTERVAL 250 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 75, 0, 5, @now - INTERVAL 240 HOUR FROM users WHERE handle = 'mads';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 75, (SELECT id FROM users WHERE handle = 'ali_b'), 1, @now - INTERVAL 240 HOUR FROM users WHERE handle = 'mads';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 76, 0, 5, @now - INTERVAL 246 HOUR FROM users WHERE handle = 'mads';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 76, (SELECT id FROM users WHERE handle = 'ali_b'), 1, @now - INTERVAL 246 HOUR FROM users WHERE handle = 'mads';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 76, (SELECT id FROM users WHERE handle = 'viktor_se'), 1, @now - INTERVAL 246 HOUR FROM users WHERE handle = 'mads';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 77, 0, 5, @now - INTERVAL 247 HOUR FROM users WHERE handle = 'viktor_se';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 78, 0, 5, @now - INTERVAL 243 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 78, (SELECT id FROM users WHERE handle = 'oskar_s'), 1, @now - INTERVAL 243 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 78, (SELECT id FROM users WHERE handle = 'mads'), 1, @now - INTERVAL 243 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 78, (SELECT id FROM users WHERE handle = 'frederik'), 1, @now - INTERVAL 243 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'post', 31, 0, 2, @now - INTERVAL 232 HOUR FROM users WHERE handle = 'mads';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 79, 0, 5, @now - INTERVAL 223 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'best', 79, 0, 10, @now - INTERVAL 223 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 79, (SELECT id FROM users WHERE handle = 'oskar_s'), 1, @now - INTERVAL 223 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 79, (SELECT id FROM users WHERE handle = 'jonas_17'), 1, @now - INTERVAL 223 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 79, (SELECT id FROM users WHERE handle = 'noah_k'), 1, @now - INTERVAL 223 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 80, 0, 5, @now - INTERVAL 227 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 80, (SELECT id FROM users WHERE handle = 'lucas_m'), 1, @now - INTERVAL 227 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 81, 0, 5, @now - INTERVAL 223 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 82, 0, 5, @now - INTERVAL 224 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 83, 0, 5, @now - INTERVAL 218 HOUR FROM users WHERE handle = 'oskar_s';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 83, (SELECT id FROM users WHERE handle = 'noah_k'), 1, @now - INTERVAL 218 HOUR FROM users WHERE handle = 'oskar_s';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'post', 32, 0, 2, @now - INTERVAL 224 HOUR FROM users WHERE handle = 'jonas_17';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 84, 0, 5, @now - INTERVAL 214 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'best', 84, 0, 10, @now - INTERVAL 214 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 84, (SELECT id FROM users WHERE handle = 'mads'), 1, @now - INTERVAL 214 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 84, (SELECT id FROM users WHERE handle = 'lucas_m'), 1, @now - INTERVAL 214 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 84, (SELECT id FROM users WHERE handle = 'ali_b'), 1, @now - INTERVAL 214 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 85, 0, 5, @now - INTERVAL 219 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 85, (SELECT id FROM users WHERE handle = 'emil99'), 1, @now - INTERVAL 219 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 85, (SELECT id FROM users WHERE handle = 'sebastian'), 1, @now - INTERVAL 219 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 85, (SELECT id FROM users WHERE handle = 'oskar_s'), 1, @now - INTERVAL 219 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 86, 0, 5, @now - INTERVAL 220 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 86, (SELECT id FROM users WHERE handle = 'frederik'), 1, @now - INTERVAL 220 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 86, (SELECT id FROM users WHERE handle = 'oskar_s'), 1, @now - INTERVAL 220 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 86, (SELECT id FROM users WHERE handle = 'mads'), 1, @now - INTERVAL 220 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 86, (SELECT id FROM users WHERE handle = 'sebastian'), 1, @now - INTERVAL 220 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 87, 0, 5, @now - INTERVAL 213 HOUR FROM users WHERE handle = 'mads';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 88, 0, 5, @now - INTERVAL 215 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 88, (SELECT id FROM users WHERE handle = 'frederik'), 1, @now - INTERVAL 215 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 88, (SELECT id FROM users WHERE handle = 'lucas_m'), 1, @now - INTERVAL 215 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 88, (SELECT id FROM users WHERE handle = 'mads'), 1, @now - INTERVAL 215 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'post', 33, 0, 2, @now - INTERVAL 218 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'post', 34, 0, 2, @now - INTERVAL 200 HOUR FROM users WHERE handle = 'frederik';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 89, 0, 5, @now - INTERVAL 190 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 89, (SELECT id FROM users WHERE handle = 'oskar_s'), 1, @now - INTERVAL 190 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 89, (SELECT id FROM users WHERE handle = 'jonas_17'), 1, @now - INTERVAL 190 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 89, (SELECT id FROM users WHERE handle = 'emil99'), 1, @now - INTERVAL 190 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 89, (SELECT id FROM users WHERE handle = 'ali_b'), 1, @now - INTERVAL 190 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 90, 0, 5, @now - INTERVAL 191 HOUR FROM users WHERE handle = 'oskar_s';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 90, (SELECT id FROM users WHERE handle = 'mads'), 1, @now - INTERVAL 191 HOUR FROM users WHERE handle = 'oskar_s';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 90, (SELECT id FROM users WHERE handle = 'ali_b'), 1, @now - INTERVAL 191 HOUR FROM users WHERE handle = 'oskar_s';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 90, (SELECT id FROM users WHERE handle = 'sebastian'), 1, @now - INTERVAL 191 HOUR FROM users WHERE handle = 'oskar_s';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 91, 0, 5, @now - INTERVAL 190 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 91, (SELECT id FROM users WHERE handle = 'oskar_s'), 1, @now - INTERVAL 190 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 91, (SELECT id FROM users WHERE handle = 'ali_b'), 1, @now - INTERVAL 190 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 91, (SELECT id FROM users WHERE handle = 'frederik'), 1, @now - INTERVAL 190 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 92, 0, 5, @now - INTERVAL 191 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 93, 0, 5, @now - INTERVAL 190 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 93, (SELECT id FROM users WHERE handle = 'viktor_se'), 1, @now - INTERVAL 190 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 93, (SELECT id FROM users WHERE handle = 'jonas_17'), 1, @now - INTERVAL 190 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'post', 35, 0, 2, @now - INTERVAL 190 HOUR FROM users WHERE handle = 'oskar_s';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 94, 0, 5, @now - INTERVAL 184 HOUR FROM users WHERE handle = 'karim_sp';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'best', 94, 0, 10, @now - INTERVAL 184 HOUR FROM users WHERE handle = 'karim_sp';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 94, (SELECT id FROM users WHERE handle = 'sebastian'), 1, @now - INTERVAL 184 HOUR FROM users WHERE handle = 'karim_sp';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 94, (SELECT id FROM users WHERE handle = 'jonas_17'), 1, @now - INTERVAL 184 HOUR FROM users WHERE handle = 'karim_sp';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 94, (SELECT id FROM users WHERE handle = 'emil99'), 1, @now - INTERVAL 184 HOUR FROM users WHERE handle = 'karim_sp';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 95, 0, 5, @now - INTERVAL 184 HOUR FROM users WHERE handle = 'viktor_se';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 96, 0, 5, @now - INTERVAL 187 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 96, (SELECT id FROM users WHERE handle = 'ali_b'), 1, @now - INTERVAL 187 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 96, (SELECT id FROM users WHERE handle = 'frederik'), 1, @now - INTERVAL 187 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 97, 0, 5, @now - INTERVAL 178 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 97, (SELECT id FROM users WHERE handle = 'frederik'), 1, @now - INTERVAL 178 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 97, (SELECT id FROM users WHERE handle = 'noah_k'), 1, @now - INTERVAL 178 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 98, 0, 5, @now - INTERVAL 179 HOUR FROM users WHERE handle = 'viktor_se';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 98, (SELECT id FROM users WHERE handle = 'sebastian'), 1, @now - INTERVAL 179 HOUR FROM users WHERE handle = 'viktor_se';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 98, (SELECT id FROM users WHERE handle = 'frederik'), 1, @now - INTERVAL 179 HOUR FROM users WHERE handle = 'viktor_se';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 98, (SELECT id FROM users WHERE handle = 'emil99'), 1, @now - INTERVAL 179 HOUR FROM users WHERE handle = 'viktor_se';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 98, (SELECT id FROM users WHERE handle = 'mads'), 1, @now - INTERVAL 179 HOUR FROM users WHERE handle = 'viktor_se';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'post', 36, 0, 2, @now - INTERVAL 176 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 99, 0, 5, @now - INTERVAL 171 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 99, (SELECT id FROM users WHERE handle = 'frederik'), 1, @now - INTERVAL 171 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 99, (SELECT id FROM users WHERE handle = 'sebastian'), 1, @now - INTERVAL 171 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 99, (SELECT id FROM users WHERE handle = 'oskar_s'), 1, @now - INTERVAL 171 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 99, (SELECT id FROM users WHERE handle = 'viktor_se'), 1, @now - INTERVAL 171 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 100, 0, 5, @now - INTERVAL 170 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 100, (SELECT id FROM users WHERE handle = 'oskar_s'), 1, @now - INTERVAL 170 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 100, (SELECT id FROM users WHERE handle = 'viktor_se'), 1, @now - INTERVAL 170 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 101, 0, 5, @now - INTERVAL 166 HOUR FROM users WHERE handle = 'frederik';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 101, (SELECT id FROM users WHERE handle = 'viktor_se'), 1, @now - INTERVAL 166 HOUR FROM users WHERE handle = 'frederik';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 101, (SELECT id FROM users WHERE handle = 'jonas_17'), 1, @now - INTERVAL 166 HOUR FROM users WHERE handle = 'frederik';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 101, (SELECT id FROM users WHERE handle = 'lucas_m'), 1, @now - INTERVAL 166 HOUR FROM users WHERE handle = 'frederik';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 101, (SELECT id FROM users WHERE handle = 'noah_k'), 1, @now - INTERVAL 166 HOUR FROM users WHERE handle = 'frederik';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 102, 0, 5, @now - INTERVAL 169 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 102, (SELECT id FROM users WHERE handle = 'lucas_m'), 1, @now - INTERVAL 169 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 102, (SELECT id FROM users WHERE handle = 'oskar_s'), 1, @now - INTERVAL 169 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 102, (SELECT id FROM users WHERE handle = 'sebastian'), 1, @now - INTERVAL 169 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 102, (SELECT id FROM users WHERE handle = 'frederik'), 1, @now - INTERVAL 169 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 103, 0, 5, @now - INTERVAL 169 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 103, (SELECT id FROM users WHERE handle = 'frederik'), 1, @now - INTERVAL 169 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 103, (SELECT id FROM users WHERE handle = 'sebastian'), 1, @now - INTERVAL 169 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 103, (SELECT id FROM users WHERE handle = 'mads'), 1, @now - INTERVAL 169 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 103, (SELECT id FROM users WHERE handle = 'jonas_17'), 1, @now - INTERVAL 169 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'post', 37, 0, 2, @now - INTERVAL 170 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 104, 0, 5, @now - INTERVAL 165 HOUR FROM users WHERE handle = 'sofie_sp';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 104, (SELECT id FROM users WHERE handle = 'mads'), 1, @now - INTERVAL 165 HOUR FROM users WHERE handle = 'sofie_sp';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 105, 0, 5, @now - INTERVAL 162 HOUR FROM users WHERE handle = 'viktor_se';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 105, (SELECT id FROM users WHERE handle = 'frederik'), 1, @now - INTERVAL 162 HOUR FROM users WHERE handle = 'viktor_se';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 105, (SELECT id FROM users WHERE handle = 'noah_k'), 1, @now - INTERVAL 162 HOUR FROM users WHERE handle = 'viktor_se';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 105, (SELECT id FROM users WHERE handle = 'ali_b'), 1, @now - INTERVAL 162 HOUR FROM users WHERE handle = 'viktor_se';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 105, (SELECT id FROM users WHERE handle = 'lucas_m'), 1, @now - INTERVAL 162 HOUR FROM users WHERE handle = 'viktor_se';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 106, 0, 5, @now - INTERVAL 163 HOUR FROM users WHERE handle = 'mads';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 106, (SELECT id FROM users WHERE handle = 'noah_k'), 1, @now - INTERVAL 163 HOUR FROM users WHERE handle = 'mads';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 106, (SELECT id FROM users WHERE handle = 'frederik'), 1, @now - INTERVAL 163 HOUR FROM users WHERE handle = 'mads';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 106, (SELECT id FROM users WHERE handle = 'sebastian'), 1, @now - INTERVAL 163 HOUR FROM users WHERE handle = 'mads';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 106, (SELECT id FROM users WHERE handle = 'emil99'), 1, @now - INTERVAL 163 HOUR FROM users WHERE handle = 'mads';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 107, 0, 5, @now - INTERVAL 163 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'post', 38, 0, 2, @now - INTERVAL 158 HOUR FROM users WHERE handle = 'viktor_se';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 108, 0, 5, @now - INTERVAL 153 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'post', 39, 0, 2, @now - INTERVAL 145 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'post', 40, 0, 2, @now - INTERVAL 138 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 109, 0, 5, @now - INTERVAL 130 HOUR FROM users WHERE handle = 'viktor_se';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'best', 109, 0, 10, @now - INTERVAL 130 HOUR FROM users WHERE handle = 'viktor_se';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 109, (SELECT id FROM users WHERE handle = 'sebastian'), 1, @now - INTERVAL 130 HOUR FROM users WHERE handle = 'viktor_se';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 109, (SELECT id FROM users WHERE handle = 'lucas_m'), 1, @now - INTERVAL 130 HOUR FROM users WHERE handle = 'viktor_se';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 109, (SELECT id FROM users WHERE handle = 'frederik'), 1, @now - INTERVAL 130 HOUR FROM users WHERE handle = 'viktor_se';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 110, 0, 5, @now - INTERVAL 135 HOUR FROM users WHERE handle = 'frederik';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 110, (SELECT id FROM users WHERE handle = 'ali_b'), 1, @now - INTERVAL 135 HOUR FROM users WHERE handle = 'frederik';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 111, 0, 5, @now - INTERVAL 134 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 111, (SELECT id FROM users WHERE handle = 'jonas_17'), 1, @now - INTERVAL 134 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 111, (SELECT id FROM users WHERE handle = 'mads'), 1, @now - INTERVAL 134 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 111, (SELECT id FROM users WHERE handle = 'lucas_m'), 1, @now - INTERVAL 134 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 112, 0, 5, @now - INTERVAL 125 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 113, 0, 5, @now - INTERVAL 129 HOUR FROM users WHERE handle = 'oskar_s';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 113, (SELECT id FROM users WHERE handle = 'viktor_se'), 1, @now - INTERVAL 129 HOUR FROM users WHERE handle = 'oskar_s';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 113, (SELECT id FROM users WHERE handle = 'jonas_17'), 1, @now - INTERVAL 129 HOUR FROM users WHERE handle = 'oskar_s';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 113, (SELECT id FROM users WHERE handle = 'mads'), 1, @now - INTERVAL 129 HOUR FROM users WHERE handle = 'oskar_s';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 113, (SELECT id FROM users WHERE handle = 'sebastian'), 1, @now - INTERVAL 129 HOUR FROM users WHERE handle = 'oskar_s';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'post', 41, 0, 2, @now - INTERVAL 125 HOUR FROM users WHERE handle = 'mads';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 114, 0, 5, @now - INTERVAL 120 HOUR FROM users WHERE handle = 'oskar_s';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'best', 114, 0, 10, @now - INTERVAL 120 HOUR FROM users WHERE handle = 'oskar_s';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 114, (SELECT id FROM users WHERE handle = 'mads'), 1, @now - INTERVAL 120 HOUR FROM users WHERE handle = 'oskar_s';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 114, (SELECT id FROM users WHERE handle = 'sebastian'), 1, @now - INTERVAL 120 HOUR FROM users WHERE handle = 'oskar_s';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 114, (SELECT id FROM users WHERE handle = 'emil99'), 1, @now - INTERVAL 120 HOUR FROM users WHERE handle = 'oskar_s';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 114, (SELECT id FROM users WHERE handle = 'ali_b'), 1, @now - INTERVAL 120 HOUR FROM users WHERE handle = 'oskar_s';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 115, 0, 5, @now - INTERVAL 118 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 115, (SELECT id FROM users WHERE handle = 'viktor_se'), 1, @now - INTERVAL 118 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 116, 0, 5, @now - INTERVAL 114 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 116, (SELECT id FROM users WHERE handle = 'mads'), 1, @now - INTERVAL 114 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 117, 0, 5, @now - INTERVAL 117 HOUR FROM users WHERE handle = 'viktor_se';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'post', 42, 0, 2, @now - INTERVAL 110 HOUR FROM users WHERE handle = 'jonas_17';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 118, 0, 5, @now - INTERVAL 105 HOUR FROM users WHERE handle = 'viktor_se';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'best', 118, 0, 10, @now - INTERVAL 105 HOUR FROM users WHERE handle = 'viktor_se';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 118, (SELECT id FROM users WHERE handle = 'emil99'), 1, @now - INTERVAL 105 HOUR FROM users WHERE handle = 'viktor_se';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 118, (SELECT id FROM users WHERE handle = 'frederik'), 1, @now - INTERVAL 105 HOUR FROM users WHERE handle = 'viktor_se';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 118, (SELECT id FROM users WHERE handle = 'lucas_m'), 1, @now - INTERVAL 105 HOUR FROM users WHERE handle = 'viktor_se';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'post', 43, 0, 2, @now - INTERVAL 99 HOUR FROM users WHERE handle = 'ali_b';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 119, 0, 5, @now - INTERVAL 92 HOUR FROM users WHERE handle = 'karim_sp';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'best', 119, 0, 10, @now - INTERVAL 92 HOUR FROM users WHERE handle = 'karim_sp';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 119, (SELECT id FROM users WHERE handle = 'lucas_m'), 1, @now - INTERVAL 92 HOUR FROM users WHERE handle = 'karim_sp';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 119, (SELECT id FROM users WHERE handle = 'jonas_17'), 1, @now - INTERVAL 92 HOUR FROM users WHERE handle = 'karim_sp';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 120, 0, 5, @now - INTERVAL 94 HOUR FROM users WHERE handle = 'oskar_s';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 120, (SELECT id FROM users WHERE handle = 'frederik'), 1, @now - INTERVAL 94 HOUR FROM users WHERE handle = 'oskar_s';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 120, (SELECT id FROM users WHERE handle = 'sebastian'), 1, @now - INTERVAL 94 HOUR FROM users WHERE handle = 'oskar_s';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 121, 0, 5, @now - INTERVAL 92 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 121, (SELECT id FROM users WHERE handle = 'jonas_17'), 1, @now - INTERVAL 92 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 121, (SELECT id FROM users WHERE handle = 'viktor_se'), 1, @now - INTERVAL 92 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 122, 0, 5, @now - INTERVAL 88 HOUR FROM users WHERE handle = 'frederik';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 122, (SELECT id FROM users WHERE handle = 'mads'), 1, @now - INTERVAL 88 HOUR FROM users WHERE handle = 'frederik';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 122, (SELECT id FROM users WHERE handle = 'ali_b'), 1, @now - INTERVAL 88 HOUR FROM users WHERE handle = 'frederik';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 122, (SELECT id FROM users WHERE handle = 'oskar_s'), 1, @now - INTERVAL 88 HOUR FROM users WHERE handle = 'frederik';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 123, 0, 5, @now - INTERVAL 94 HOUR FROM users WHERE handle = 'mads';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 123, (SELECT id FROM users WHERE handle = 'frederik'), 1, @now - INTERVAL 94 HOUR FROM users WHERE handle = 'mads';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 123, (SELECT id FROM users WHERE handle = 'viktor_se'), 1, @now - INTERVAL 94 HOUR FROM users WHERE handle = 'mads';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 123, (SELECT id FROM users WHERE handle = 'jonas_17'), 1, @now - INTERVAL 94 HOUR FROM users WHERE handle = 'mads';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 123, (SELECT id FROM users WHERE handle = 'noah_k'), 1, @now - INTERVAL 94 HOUR FROM users WHERE handle = 'mads';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'post', 44, 0, 2, @now - INTERVAL 88 HOUR FROM users WHERE handle = 'frederik';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 124, 0, 5, @now - INTERVAL 86 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 124, (SELECT id FROM users WHERE handle = 'emil99'), 1, @now - INTERVAL 86 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'post', 45, 0, 2, @now - INTERVAL 80 HOUR FROM users WHERE handle = 'oskar_s';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'backing', 125, 0, 5, @now - INTERVAL 72 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'best', 125, 0, 10, @now - INTERVAL 72 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 125, (SELECT id FROM users WHERE handle = 'emil99'), 1, @now - INTERVAL 72 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 125, (SELECT id FROM users WHERE handle = 'lucas_m'), 1, @now - INTERVAL 72 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'vote', 125, (SELECT id FROM users WHERE handle = 'frederik'), 1, @now - INTERVAL 72 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'post', 46, 0, 2, @now - INTERVAL 68 HOUR FROM users WHERE handle = 'emil99';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'post', 47, 0, 2, @now - INTERVAL 55 HOUR FROM users WHERE handle = 'noah_k';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'post', 48, 0, 2, @now - INTERVAL 48 HOUR FROM users WHERE handle = 'viktor_se';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'post', 49, 0, 2, @now - INTERVAL 38 HOUR FROM users WHERE handle = 'lucas_m';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'post', 50, 0, 2, @now - INTERVAL 28 HOUR FROM users WHERE handle = 'sebastian';
INSERT INTO points (user_id, reason, ref_id, voter_id, points, created_at) SELECT id, 'post', 51, 0, 2, @now - INTERVAL 12 HOUR FROM users WHERE handle = 'mads';
INSERT IGNORE INTO badges (user_id, badge) SELECT user_id, 'first_post' FROM points WHERE reason = 'post' GROUP BY user_id;
INSERT IGNORE INTO badges (user_id, badge) SELECT user_id, 'first_backing' FROM points WHERE reason = 'backing' GROUP BY user_id;
INSERT IGNORE INTO badges (user_id, badge) SELECT user_id, 'ten_backings' FROM points WHERE reason = 'backing' GROUP BY user_id HAVING COUNT(*) >= 10;
INSERT IGNORE INTO badges (user_id, badge) SELECT user_id, 'first_best' FROM points WHERE reason = 'best' GROUP BY user_id;
INSERT IGNORE INTO badges (user_id, badge) SELECT user_id, 'five_best' FROM points WHERE reason = 'best' GROUP BY user_id HAVING COUNT(*) >= 5;
INSERT IGNORE INTO badges (user_id, badge) SELECT user_id, 'ten_votes' FROM points WHERE reason = 'vote' GROUP BY user_id HAVING COUNT(*) >= 10;
INSERT IGNORE INTO user_topics (user_id, topic_id) SELECT u.id, t.id FROM users u, topics t
  WHERE (u.handle = 'sofie_sp' AND t.slug IN ('family', 'girls-and-dating', 'mood-and-thoughts'))
     OR (u.handle = 'karim_sp' AND t.slug IN ('friends', 'school-and-work', 'gaming-and-free-time'));
