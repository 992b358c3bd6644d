-- 018: a question to a support person, answered, that the member allowed
-- to be published (questions.allow_publish) becomes a public post with its
-- answer as a support person's backing, after a support person has edited
-- both (cgi-bin/inbox/publish.c).
--
-- posts.user_id stays NOT NULL: every published question is owned by one
-- reserved account, "anonym" (the word in Danish and Swedish, and read in
-- English too), so every page that joins a post to its author keeps
-- working and no page names the member. Nobody can be it:
--   * nobody can register the name: the unique key (case-insensitive)
--     holds it;
--   * nobody can log in as it: its password_hash '!' is no argon2id
--     string, so every password fails (libsodium refuses it), as for an
--     unknown pseudonym;
--   * it stays off the leaderboard (on_leaderboard 0) and gives no
--     backings.
-- The code finds it by its handle AND that hash, so a member who held the
-- name before this migration (INSERT IGNORE then leaves his account as it
-- is) is never made the owner of anything: publishing answers 503 until an
-- admin renames him and this insert is run again.
INSERT IGNORE INTO users (handle, password_hash, birth_date, role, bio, on_leaderboard)
VALUES ('anonym', '!', '1970-01-01', 'member', '', 0);

-- The post a question became (NULL: not published, or the post was deleted
-- since, and it may be published again). The post outlives the
-- conversation: the retention job deletes closed conversations, never what
-- was published from them.
ALTER TABLE questions
  ADD COLUMN published_post_id INT UNSIGNED NULL AFTER allow_publish,
  ADD CONSTRAINT questions_published_fk FOREIGN KEY (published_post_id) REFERENCES posts (id)
    ON DELETE SET NULL;

-- The member hears that his question was published: the notification links
-- to the post (post_id), not to the conversation, so it outlives it.
ALTER TABLE notifications
  MODIFY kind ENUM('backing', 'best', 'support_answer', 'approved', 'hidden',
                   'review_restored', 'review_kept', 'question_reply', 'question_pool',
                   'question_published') NOT NULL;
