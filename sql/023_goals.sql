-- 023: the goals companion (issue 13, cgi-bin/goals/goals.h).
--
-- A participant is an account with a row in participants: any member
-- may keep personal goals, checklists and indicators (the row is made on
-- his first visit to /goals); an admin puts him in a programme with a
-- coach. Everything he owns carries participant_id, so every page checks
-- one column against the viewer (goals.h, "Access").

-- Programmes coaches work in (a work-training service, IPS in psychosis
-- care). An admin manages them at /coach/programmes.
CREATE TABLE programmes (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(80) NOT NULL,
  description VARCHAR(500) NOT NULL DEFAULT '',
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  UNIQUE KEY programmes_name (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A coach (users.role 'coach') belongs to one programme.
CREATE TABLE coaches (
  user_id INT UNSIGNED NOT NULL PRIMARY KEY,
  programme_id INT UNSIGNED NOT NULL,
  KEY coaches_programme (programme_id),
  CONSTRAINT coaches_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
  CONSTRAINT coaches_programme_fk FOREIGN KEY (programme_id) REFERENCES programmes (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The participant. coach_id NULL: no coach (yet). calendar_generation
-- is part of his calendar feed's secret address (calendar.c): renewing
-- it adds one, and every older address stops working. coach_seen_at:
-- when his coach last opened him (the caseload's "since you looked").
CREATE TABLE participants (
  user_id INT UNSIGNED NOT NULL PRIMARY KEY,
  programme_id INT UNSIGNED NULL,
  coach_id INT UNSIGNED NULL,
  coach_seen_at DATETIME NULL,
  calendar_generation INT UNSIGNED NOT NULL DEFAULT 1,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  KEY participants_coach (coach_id),
  CONSTRAINT participants_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
  CONSTRAINT participants_programme_fk FOREIGN KEY (programme_id) REFERENCES programmes (id)
    ON DELETE SET NULL,
  CONSTRAINT participants_coach_fk FOREIGN KEY (coach_id) REFERENCES users (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Who coached whom, and when: a new coach reads the same goals; this
-- keeps who was his coach before (shown to the participant and the admin).
CREATE TABLE coach_history (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  participant_id INT UNSIGNED NOT NULL,
  coach_id INT UNSIGNED NULL,
  started_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  ended_at DATETIME NULL,
  KEY coach_history_participant (participant_id, id),
  CONSTRAINT coach_history_participant_fk FOREIGN KEY (participant_id) REFERENCES participants (user_id)
    ON DELETE CASCADE,
  CONSTRAINT coach_history_coach_fk FOREIGN KEY (coach_id) REFERENCES users (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Goals, sub-goals and activities: one table, level 1, 2, 3, each below
-- its parent (parent_id NULL only for a goal). goal_id is the goal an
-- item belongs to (itself for a goal): sharing is chosen goal by goal.
-- agreed: agreed with the coach; such an item changes only together (a
-- coach's change goes back to 'proposed' for the participant to accept;
-- the participant asks for a change). personal: the participant's own;
-- nobody else sees it unless its goal is shared. shared_*_at: when the
-- participant shared this goal (level 1 only) with his coach, employer,
-- close relative (NULL: not shared) - the consent and its time.
-- change_request: what the participant asked to change in a proposal.
CREATE TABLE goal_items (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  participant_id INT UNSIGNED NOT NULL,
  goal_id INT UNSIGNED NULL,
  parent_id INT UNSIGNED NULL,
  level TINYINT UNSIGNED NOT NULL,
  title VARCHAR(120) NOT NULL,
  description VARCHAR(2000) NOT NULL DEFAULT '',
  due_date DATE NULL,
  due_time TIME NULL,
  remind_minutes SMALLINT UNSIGNED NULL,
  status ENUM('proposed', 'active', 'on_hold', 'done', 'dropped') NOT NULL DEFAULT 'active',
  agreed TINYINT(1) NOT NULL DEFAULT 0,
  personal TINYINT(1) NOT NULL DEFAULT 0,
  created_by INT UNSIGNED NULL,
  change_request VARCHAR(1000) NULL,
  shared_coach_at DATETIME NULL,
  shared_employer_at DATETIME NULL,
  shared_relative_at DATETIME NULL,
  done_at DATETIME NULL,
  -- the day the participant was told in the header that it is due
  -- (jobs.c: once per item and day)
  reminded_on DATE NULL,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  KEY goal_items_participant (participant_id, level, status),
  KEY goal_items_due_day (due_date, status),
  KEY goal_items_due (participant_id, status, due_date),
  KEY goal_items_done (participant_id, done_at),
  KEY goal_items_goal (goal_id),
  KEY goal_items_parent (parent_id),
  CONSTRAINT goal_items_participant_fk FOREIGN KEY (participant_id) REFERENCES participants (user_id)
    ON DELETE CASCADE,
  CONSTRAINT goal_items_parent_fk FOREIGN KEY (parent_id) REFERENCES goal_items (id) ON DELETE CASCADE,
  CONSTRAINT goal_items_goal_fk FOREIGN KEY (goal_id) REFERENCES goal_items (id) ON DELETE CASCADE,
  CONSTRAINT goal_items_creator_fk FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What others write on a participant's goals: a coach's feedback on a
-- completed sub-goal, an employer's comment, a close relative's
-- encouragement (item_id NULL: on no goal in particular), a
-- participant's request for a change of an agreed item.
CREATE TABLE goal_comments (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  participant_id INT UNSIGNED NOT NULL,
  item_id INT UNSIGNED NULL,
  author_id INT UNSIGNED NULL,
  kind ENUM('feedback', 'comment', 'encouragement', 'change') NOT NULL,
  body VARCHAR(2000) NOT NULL,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  KEY goal_comments_participant (participant_id, id),
  KEY goal_comments_item (item_id, id),
  CONSTRAINT goal_comments_participant_fk FOREIGN KEY (participant_id) REFERENCES participants (user_id)
    ON DELETE CASCADE,
  CONSTRAINT goal_comments_item_fk FOREIGN KEY (item_id) REFERENCES goal_items (id) ON DELETE CASCADE,
  CONSTRAINT goal_comments_author_fk FOREIGN KEY (author_id) REFERENCES users (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Checklists for everyday life. reset 'daily': an item counts as ticked
-- only on the day it was ticked (done_on = today, site time); 'manual':
-- until the participant resets the list.
CREATE TABLE checklists (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  participant_id INT UNSIGNED NOT NULL,
  title VARCHAR(120) NOT NULL,
  reset ENUM('daily', 'manual') NOT NULL DEFAULT 'daily',
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  KEY checklists_participant (participant_id, id),
  CONSTRAINT checklists_participant_fk FOREIGN KEY (participant_id) REFERENCES participants (user_id)
    ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE checklist_items (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  checklist_id INT UNSIGNED NOT NULL,
  text VARCHAR(200) NOT NULL,
  position SMALLINT UNSIGNED NOT NULL DEFAULT 0,
  done_on DATE NULL,
  KEY checklist_items_list (checklist_id, position, id),
  CONSTRAINT checklist_items_list_fk FOREIGN KEY (checklist_id) REFERENCES checklists (id)
    ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Indicators the participant rates (energy, mood, sleep, readiness for
-- work), 1 to 5, as often as he likes. shared_coach_at: the coach sees
-- the trend (NULL: he does not).
CREATE TABLE indicators (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  participant_id INT UNSIGNED NOT NULL,
  name VARCHAR(60) NOT NULL,
  shared_coach_at DATETIME NULL,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  KEY indicators_participant (participant_id, id),
  CONSTRAINT indicators_participant_fk FOREIGN KEY (participant_id) REFERENCES participants (user_id)
    ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE indicator_ratings (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  indicator_id INT UNSIGNED NOT NULL,
  rating TINYINT UNSIGNED NOT NULL,
  rated_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  KEY indicator_ratings_indicator (indicator_id, rated_at),
  CONSTRAINT indicator_ratings_indicator_fk FOREIGN KEY (indicator_id) REFERENCES indicators (id)
    ON DELETE CASCADE,
  CONSTRAINT indicator_ratings_scale CHECK (rating BETWEEN 1 AND 5)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A participant linked to an employer (a work-trial placement). The
-- coach proposes it (proposed_by); it counts only once the participant
-- consented (consent_at); ended_at: unlinked by either. At most one
-- open link per participant and employer (open_key is NULL once ended).
CREATE TABLE employer_links (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  participant_id INT UNSIGNED NOT NULL,
  employer_id INT UNSIGNED NOT NULL,
  placement VARCHAR(120) NOT NULL DEFAULT '',
  proposed_by INT UNSIGNED NULL,
  proposed_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  consent_at DATETIME NULL,
  ended_at DATETIME NULL,
  open_key TINYINT(1) GENERATED ALWAYS AS (IF(ended_at IS NULL, 1, NULL)) STORED,
  UNIQUE KEY employer_links_open (participant_id, employer_id, open_key),
  KEY employer_links_employer (employer_id, ended_at),
  CONSTRAINT employer_links_participant_fk FOREIGN KEY (participant_id) REFERENCES participants (user_id)
    ON DELETE CASCADE,
  CONSTRAINT employer_links_employer_fk FOREIGN KEY (employer_id) REFERENCES users (id) ON DELETE CASCADE,
  CONSTRAINT employer_links_proposer_fk FOREIGN KEY (proposed_by) REFERENCES users (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A close relative: the participant makes a one-time code (only its
-- SHA-256 kept, valid LIMIT_RELATIVE_CODE_DAYS), the relative enters it
-- logged in at /supporter; relative_id and joined_at are set then.
-- consent_at: when the participant made the code (his consent).
CREATE TABLE relatives (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  participant_id INT UNSIGNED NOT NULL,
  relative_id INT UNSIGNED NULL,
  code_hash CHAR(64) CHARACTER SET ascii NULL,
  code_expires_at DATETIME NULL,
  consent_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  joined_at DATETIME NULL,
  ended_at DATETIME NULL,
  UNIQUE KEY relatives_code (code_hash),
  KEY relatives_participant (participant_id),
  KEY relatives_relative (relative_id, ended_at),
  CONSTRAINT relatives_participant_fk FOREIGN KEY (participant_id) REFERENCES participants (user_id)
    ON DELETE CASCADE,
  CONSTRAINT relatives_relative_fk FOREIGN KEY (relative_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Chat: one conversation between a participant and his coach, one
-- between him and each employer he is linked to (kind). Messages are in
-- the order of seq, given under the conversation's row lock (last_seq),
-- so two writers at once never share or swap a place, whatever order
-- AUTO_INCREMENT gives (a Galera cluster interleaves it).
CREATE TABLE chats (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  participant_id INT UNSIGNED NOT NULL,
  other_id INT UNSIGNED NOT NULL,
  kind ENUM('coach', 'employer') NOT NULL,
  last_seq INT UNSIGNED NOT NULL DEFAULT 0,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  UNIQUE KEY chats_pair (participant_id, other_id, kind),
  KEY chats_other (other_id),
  CONSTRAINT chats_participant_fk FOREIGN KEY (participant_id) REFERENCES participants (user_id)
    ON DELETE CASCADE,
  CONSTRAINT chats_other_fk FOREIGN KEY (other_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE chat_messages (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  chat_id INT UNSIGNED NOT NULL,
  seq INT UNSIGNED NOT NULL,
  author_id INT UNSIGNED NULL,
  body VARCHAR(2000) NOT NULL,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  UNIQUE KEY chat_messages_order (chat_id, seq),
  CONSTRAINT chat_messages_chat_fk FOREIGN KEY (chat_id) REFERENCES chats (id) ON DELETE CASCADE,
  CONSTRAINT chat_messages_author_fk FOREIGN KEY (author_id) REFERENCES users (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Each side's place in a conversation: unread = chats.last_seq -
-- last_read_seq, summed for the header's badge with the session's one
-- statement (core/auth.c). A row per side, made with the conversation.
CREATE TABLE chat_members (
  chat_id INT UNSIGNED NOT NULL,
  user_id INT UNSIGNED NOT NULL,
  last_read_seq INT UNSIGNED NOT NULL DEFAULT 0,
  PRIMARY KEY (user_id, chat_id),
  KEY chat_members_chat (chat_id),
  CONSTRAINT chat_members_chat_fk FOREIGN KEY (chat_id) REFERENCES chats (id) ON DELETE CASCADE,
  CONSTRAINT chat_members_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What the goals part tells people in the header's notifications.
-- item_id: the goal item it is about (NULL: a chat or a link).
ALTER TABLE notifications
  MODIFY kind ENUM('backing', 'best', 'support_answer', 'approved', 'hidden',
                   'review_restored', 'review_kept', 'question_reply', 'question_pool',
                   'question_published', 'goal_proposed', 'goal_accepted', 'goal_change',
                   'goal_feedback', 'goal_comment', 'goal_encouragement', 'goal_due',
                   'employer_link') NOT NULL,
  ADD COLUMN item_id INT UNSIGNED NULL,
  ADD CONSTRAINT notifications_item_fk FOREIGN KEY (item_id) REFERENCES goal_items (id)
    ON DELETE CASCADE;

-- Feedback to the team says where it was written ('goals': the form on
-- every goals page).
ALTER TABLE feedback ADD COLUMN area ENUM('community', 'goals') NOT NULL DEFAULT 'community';
