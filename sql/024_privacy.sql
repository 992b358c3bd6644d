-- 024: your data (issue 14): export, erase, who looked, consents,
-- retention and minimisation. What each part does is in
-- cgi-bin/community/retention.h (the rules and their settings),
-- cgi-bin/community/erase.h (the two ways to leave) and cgi-bin/account/
-- (the pages under /account/privacy).

-- When the member last logged in (login.c sets it), and when he was told
-- that his account will be deleted for want of a login (the retention
-- job sets it a month before; a login clears it). Accounts that existed
-- before this migration count as logged in now: nobody is deleted
-- because a column is new.
ALTER TABLE users
  ADD COLUMN last_login_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP AFTER created_at,
  ADD COLUMN inactive_warned_at DATETIME NULL AFTER last_login_at,
  ADD KEY users_last_login (last_login_at);

-- The reserved account that keeps the posts and backings of a member who
-- left and chose to leave his advice behind ("a former member"). Nobody
-- can be it, for the reasons given for "anonym" in sql/018: the unique
-- handle, the hash '!' that no password matches, off the leaderboard.
INSERT IGNORE INTO users (handle, password_hash, birth_date, role, bio, on_leaderboard)
VALUES ('former_member', '!', '1970-01-01', 'member', '', 0);

-- An export of a member's data: two files, <name>.json and <name>.html,
-- in the export folder (OPBAK_EXPORT_DIR), handed out by nginx from an
-- internal location after the account executable has checked that the
-- one asking is their owner (X-Accel-Redirect). name is 32 random hex
-- characters, never shown. The retention job deletes rows and files
-- after a day; erasing the account deletes both at once.
CREATE TABLE exports (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  user_id INT UNSIGNED NOT NULL,
  name CHAR(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  json_bytes BIGINT UNSIGNED NOT NULL DEFAULT 0,
  html_bytes BIGINT UNSIGNED NOT NULL DEFAULT 0,
  UNIQUE KEY exports_name (name),
  KEY exports_user (user_id, id),
  KEY exports_created (created_at),
  CONSTRAINT exports_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Retention periods an admin sets at /admin/retention (defaults from the
-- issue). Closed conversations keep their older setting,
-- inbox_retention_days (sql/014). retention_ran_at: when the job last
-- ran (it runs daily; cgi-bin/community/retention.c).
INSERT IGNORE INTO settings (name, value) VALUES
  ('retention_audit_days', '730'),
  ('retention_throttle_minutes', '15'),
  ('retention_notifications_days', '90'),
  ('retention_inactive_days', '1095'),
  ('retention_ran_at', '1970-01-01 00:00:00');

-- The header tells a member whose account will be deleted for want of a
-- login (the job's warning, a month before).
ALTER TABLE notifications
  MODIFY kind ENUM('backing', 'best', 'support_answer', 'approved', 'hidden',
                   'review_restored', 'review_kept', 'question_reply', 'question_pool',
                   'question_published', 'goal_proposed', 'goal_accepted', 'goal_change',
                   'goal_feedback', 'goal_comment', 'goal_encouragement', 'goal_due',
                   'employer_link', 'account_inactive') NOT NULL;

-- Retention deletes audit entries and notifications by age.
ALTER TABLE audit_log ADD KEY audit_at (at);
ALTER TABLE notifications ADD KEY notifications_created (created_at);
