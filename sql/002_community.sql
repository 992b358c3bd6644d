-- 002: the community: topics, posts, backings, votes, the points ledger,
-- badges, notifications, reports and moderation, questions to support
-- persons, feedback to the team, and site settings.

-- Profiles: support persons tell their life experience; members may stay
-- off the leaderboard.
ALTER TABLE users
  ADD COLUMN life_experience VARCHAR(2000) NOT NULL DEFAULT '' AFTER bio,
  ADD COLUMN on_leaderboard TINYINT(1) NOT NULL DEFAULT 1 AFTER life_experience;

CREATE TABLE topics (
  id SMALLINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  slug VARCHAR(40) CHARACTER SET ascii NOT NULL,
  name VARCHAR(60) NOT NULL,
  description VARCHAR(300) NOT NULL DEFAULT '',
  position SMALLINT NOT NULL DEFAULT 0,
  UNIQUE KEY topics_slug (slug)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO topics (slug, name, description, position) VALUES
  ('girls-and-dating', 'Girls and dating', 'Crushes, dates, relationships and breakups.', 10),
  ('sex-and-body', 'Sex and body', 'Questions about sex, puberty and your body.', 20),
  ('looks-and-style', 'Looks and style', 'How you look, clothes, training, confidence.', 30),
  ('school-and-work', 'School and work', 'Exams, teachers, jobs, what comes next.', 40),
  ('family', 'Family', 'Parents, siblings, divorce, home.', 50),
  ('friends', 'Friends', 'Friendship, loneliness, being left out, bullying.', 60),
  ('mood-and-thoughts', 'Mood and thoughts', 'Feeling down, stress, anxiety, anger.', 70),
  ('gaming-and-free-time', 'Gaming and free time', 'Games, sport, hobbies, screen time.', 80),
  ('other', 'Other', 'Anything else on your mind.', 90);

-- The topics a support person knows well (shown on his profile).
CREATE TABLE user_topics (
  user_id INT UNSIGNED NOT NULL,
  topic_id SMALLINT UNSIGNED NOT NULL,
  PRIMARY KEY (user_id, topic_id),
  CONSTRAINT user_topics_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
  CONSTRAINT user_topics_topic_fk FOREIGN KEY (topic_id) REFERENCES topics (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- status: visible to all; pending = waiting for a moderator (night
-- pre-moderation), seen only by its author and moderators; hidden = taken
-- down by a moderator. body_html is the Markdown rendered safe at write
-- time, so reading a page renders nothing.
CREATE TABLE posts (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  user_id INT UNSIGNED NOT NULL,
  topic_id SMALLINT UNSIGNED NOT NULL,
  title VARCHAR(120) NOT NULL,
  body TEXT NOT NULL,
  body_html MEDIUMTEXT NOT NULL,
  status ENUM('visible', 'pending', 'hidden') NOT NULL DEFAULT 'visible',
  is_public TINYINT(1) NOT NULL DEFAULT 1,      -- may appear in RSS feeds
  crisis TINYINT(1) NOT NULL DEFAULT 0,         -- speaks of suicide or self-harm
  backing_count INT UNSIGNED NOT NULL DEFAULT 0, -- visible backings, kept in the same transaction
  support_answered TINYINT(1) NOT NULL DEFAULT 0,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at DATETIME NULL,
  KEY posts_status (status, id),
  KEY posts_topic (topic_id, status, id),
  KEY posts_user (user_id, id),
  FULLTEXT KEY posts_text (title, body),
  CONSTRAINT posts_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
  CONSTRAINT posts_topic_fk FOREIGN KEY (topic_id) REFERENCES topics (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE backings (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  post_id INT UNSIGNED NOT NULL,
  user_id INT UNSIGNED NOT NULL,
  body TEXT NOT NULL,
  body_html MEDIUMTEXT NOT NULL,
  status ENUM('visible', 'pending', 'hidden') NOT NULL DEFAULT 'visible',
  by_support TINYINT(1) NOT NULL DEFAULT 0,     -- written by a support person
  is_best TINYINT(1) NOT NULL DEFAULT 0,
  votes INT UNSIGNED NOT NULL DEFAULT 0,
  crisis TINYINT(1) NOT NULL DEFAULT 0,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  KEY backings_post (post_id, id),
  KEY backings_user (user_id, id),
  CONSTRAINT backings_post_fk FOREIGN KEY (post_id) REFERENCES posts (id) ON DELETE CASCADE,
  CONSTRAINT backings_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One up-vote per member per backing: the primary key says so.
CREATE TABLE votes (
  backing_id INT UNSIGNED NOT NULL,
  user_id INT UNSIGNED NOT NULL,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (backing_id, user_id),
  KEY votes_user (user_id),
  CONSTRAINT votes_backing_fk FOREIGN KEY (backing_id) REFERENCES backings (id) ON DELETE CASCADE,
  CONSTRAINT votes_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The points ledger. One row per reason and thing: a post written, a
-- backing given, a backing marked best, a vote received (voter_id set).
-- Hiding or deleting the thing deletes its rows; restoring puts them back
-- with the thing's own time, so the week and month stay right. The unique
-- key makes giving twice impossible. Leaderboards are sums over this.
CREATE TABLE points (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  user_id INT UNSIGNED NOT NULL,
  reason ENUM('post', 'backing', 'best', 'vote') NOT NULL,
  ref_id INT UNSIGNED NOT NULL,            -- the post or backing
  voter_id INT UNSIGNED NOT NULL DEFAULT 0,
  points SMALLINT NOT NULL,
  created_at DATETIME NOT NULL,
  UNIQUE KEY points_once (reason, ref_id, voter_id),
  KEY points_user (user_id, created_at),
  KEY points_time (created_at, user_id),
  CONSTRAINT points_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE badges (
  user_id INT UNSIGNED NOT NULL,
  badge VARCHAR(30) CHARACTER SET ascii NOT NULL,
  awarded_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (user_id, badge),
  CONSTRAINT badges_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE notifications (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  user_id INT UNSIGNED NOT NULL,
  kind ENUM('backing', 'best', 'support_answer', 'approved', 'hidden') NOT NULL,
  post_id INT UNSIGNED NULL,
  backing_id INT UNSIGNED NULL,
  actor_id INT UNSIGNED NULL,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  read_at DATETIME NULL,
  KEY notifications_user (user_id, id),
  KEY notifications_unread (user_id, read_at),
  CONSTRAINT notifications_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
  CONSTRAINT notifications_post_fk FOREIGN KEY (post_id) REFERENCES posts (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Reports of a post or a backing, and the moderation queue built on them.
-- A crisis post gets a report of its own (reason 'self_harm', reporter
-- NULL, priority 2) so it sits on top of the queue.
CREATE TABLE reports (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  reporter_id INT UNSIGNED NULL,
  post_id INT UNSIGNED NOT NULL,
  backing_id INT UNSIGNED NULL,
  reason ENUM('bullying', 'personal_info', 'sexual_minors', 'self_harm', 'spam', 'illegal', 'other')
    NOT NULL,
  note VARCHAR(500) NOT NULL DEFAULT '',
  priority TINYINT NOT NULL DEFAULT 0,
  status ENUM('open', 'hidden', 'restored', 'dismissed') NOT NULL DEFAULT 'open',
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  handled_by INT UNSIGNED NULL,
  handled_at DATETIME NULL,
  KEY reports_queue (status, priority, id),
  KEY reports_post (post_id),
  CONSTRAINT reports_post_fk FOREIGN KEY (post_id) REFERENCES posts (id) ON DELETE CASCADE,
  CONSTRAINT reports_backing_fk FOREIGN KEY (backing_id) REFERENCES backings (id) ON DELETE CASCADE,
  CONSTRAINT reports_reporter_fk FOREIGN KEY (reporter_id) REFERENCES users (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A question to a support person (a named one, or the first available:
-- counsellor_id NULL). The inbox issue adds the conversation.
CREATE TABLE questions (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  member_id INT UNSIGNED NOT NULL,
  counsellor_id INT UNSIGNED NULL,
  post_id INT UNSIGNED NULL,
  body TEXT NOT NULL,
  status ENUM('open', 'answered', 'closed') NOT NULL DEFAULT 'open',
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  answered_at DATETIME NULL,
  KEY questions_counsellor (counsellor_id, status, id),
  KEY questions_status (status, id),
  KEY questions_member (member_id, id),
  KEY questions_post (post_id),
  CONSTRAINT questions_member_fk FOREIGN KEY (member_id) REFERENCES users (id) ON DELETE CASCADE,
  CONSTRAINT questions_counsellor_fk FOREIGN KEY (counsellor_id) REFERENCES users (id) ON DELETE SET NULL,
  CONSTRAINT questions_post_fk FOREIGN KEY (post_id) REFERENCES posts (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE feedback (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  user_id INT UNSIGNED NULL,
  kind ENUM('good', 'better', 'problem') NOT NULL,
  body VARCHAR(3000) NOT NULL,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT feedback_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Site settings an admin changes without a deploy.
CREATE TABLE settings (
  name VARCHAR(40) CHARACTER SET ascii NOT NULL PRIMARY KEY,
  value VARCHAR(200) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO settings (name, value) VALUES
  ('premod_enabled', '1'),      -- night pre-moderation on
  ('premod_start', '22'),       -- from 22:00 ...
  ('premod_end', '9'),          -- ... to 09:00, site time
  ('site_timezone', 'Europe/Copenhagen');
