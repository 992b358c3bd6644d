-- 010: the author of a hidden post may ask a moderator to look again.
--
-- One request per post (post_id is the key): the author asks once, with a
-- short note if he likes; the /mod queue shows the open ones (handled_at
-- NULL) with the reason of the report that hid the post. A moderator
-- restores the post (POST /mod/<report>/restore) or keeps it hidden
-- (POST /mod/<report>/keep); either closes the request (handled_by,
-- handled_at). The request goes with its post or its author's account.
CREATE TABLE review_requests (
  post_id INT UNSIGNED NOT NULL PRIMARY KEY,
  author_id INT UNSIGNED NOT NULL,
  note VARCHAR(500) NOT NULL DEFAULT '',
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  handled_by INT UNSIGNED NULL,
  handled_at DATETIME NULL,
  KEY review_requests_open (handled_at, created_at),
  KEY review_requests_author (author_id),
  KEY review_requests_handler (handled_by),
  CONSTRAINT review_requests_post_fk FOREIGN KEY (post_id) REFERENCES posts (id) ON DELETE CASCADE,
  CONSTRAINT review_requests_author_fk FOREIGN KEY (author_id) REFERENCES users (id) ON DELETE CASCADE,
  CONSTRAINT review_requests_handler_fk FOREIGN KEY (handled_by) REFERENCES users (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
