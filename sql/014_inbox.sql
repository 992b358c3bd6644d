-- 014: the inbox (cgi-bin/inbox): a question to a support person becomes a
-- private conversation between the member and the support persons.
--
-- A question's states: new (in the pool, or waiting for the support person
-- it was asked of) -> claimed (a support person has taken it) -> answered
-- (he replied; waiting for the member) -> closed. A member's reply opens
-- an answered or closed question again (claimed, with the same support
-- person). urgent: its text speaks of suicide or self-harm (the crisis
-- matcher): first in the pool. last_activity_at orders the member's list.
ALTER TABLE questions
  MODIFY status ENUM('open', 'answered', 'closed', 'new', 'claimed') NOT NULL DEFAULT 'new';
UPDATE questions SET status = 'new' WHERE status = 'open';
ALTER TABLE questions
  MODIFY status ENUM('new', 'claimed', 'answered', 'closed') NOT NULL DEFAULT 'new',
  ADD COLUMN subject VARCHAR(120) NOT NULL DEFAULT '' AFTER post_id,
  ADD COLUMN allow_publish TINYINT(1) NOT NULL DEFAULT 0 AFTER body,
  ADD COLUMN urgent TINYINT(1) NOT NULL DEFAULT 0 AFTER allow_publish,
  ADD COLUMN claimed_by INT UNSIGNED NULL AFTER counsellor_id,
  ADD COLUMN claimed_at DATETIME NULL AFTER claimed_by,
  ADD COLUMN last_activity_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  ADD COLUMN closed_at DATETIME NULL,
  ADD KEY questions_pool (status, urgent, id),
  ADD KEY questions_claimed (claimed_by, status, id),
  ADD KEY questions_activity (member_id, last_activity_at, id),
  ADD CONSTRAINT questions_claimed_fk FOREIGN KEY (claimed_by) REFERENCES users (id)
    ON DELETE SET NULL;
UPDATE questions SET last_activity_at = created_at;

-- The inbox's two settings (admins, /mod/settings): hours a question asked
-- of one support person waits for him before it goes to all of them, and
-- days a closed conversation is kept before it is deleted.
INSERT IGNORE INTO settings (name, value) VALUES
  ('inbox_claim_hours', '24'),
  ('inbox_retention_days', '180');

-- What is said in a conversation after the question itself (questions.body):
-- messages between the member and the support persons, and internal notes
-- (kind 'note') that only support persons ever see. body_html is the
-- Markdown rendered safe at write time, as for posts.
CREATE TABLE question_messages (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  question_id INT UNSIGNED NOT NULL,
  author_id INT UNSIGNED NULL,
  kind ENUM('message', 'note') NOT NULL DEFAULT 'message',
  body TEXT NOT NULL,
  body_html MEDIUMTEXT NOT NULL,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  KEY question_messages_thread (question_id, id),
  KEY question_messages_author (author_id),
  CONSTRAINT question_messages_question_fk FOREIGN KEY (question_id) REFERENCES questions (id)
    ON DELETE CASCADE,
  CONSTRAINT question_messages_author_fk FOREIGN KEY (author_id) REFERENCES users (id)
    ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A support person replied, or the support person a question was asked
-- of did not take it in time and it went to all of them: the member's
-- notification links to his conversation (/ask/<question>), never to a
-- public page.
ALTER TABLE notifications
  ADD COLUMN question_id INT UNSIGNED NULL AFTER backing_id,
  MODIFY kind ENUM('backing', 'best', 'support_answer', 'approved', 'hidden',
                   'review_restored', 'review_kept', 'question_reply', 'question_pool') NOT NULL,
  ADD CONSTRAINT notifications_question_fk FOREIGN KEY (question_id) REFERENCES questions (id)
    ON DELETE CASCADE;
