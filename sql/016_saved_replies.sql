-- 016: saved replies for the support persons (cgi-bin/inbox/replies.c): a
-- text to start a reply from. owner_id NULL: shared, every support person
-- sees it (author_id says who wrote it: he or an admin may delete it);
-- otherwise personal, only its owner sees it.
CREATE TABLE saved_replies (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  owner_id INT UNSIGNED NULL,
  author_id INT UNSIGNED NULL,
  title VARCHAR(80) NOT NULL,
  body TEXT NOT NULL,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  KEY saved_replies_owner (owner_id, title),
  CONSTRAINT saved_replies_owner_fk FOREIGN KEY (owner_id) REFERENCES users (id)
    ON DELETE CASCADE,
  CONSTRAINT saved_replies_author_fk FOREIGN KEY (author_id) REFERENCES users (id)
    ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
