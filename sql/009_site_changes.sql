-- The site's version: what many readers see alike (the lists of posts, the
-- topics) is rendered once per worker and kept until it moves
-- (cgi-bin/core/frag.h). Every change to posts, topics or a member's
-- handle moves it, in the same transaction, by trigger, so no code path
-- can forget it.
--
-- Counted in 64 rows, each writer connection on its own row
-- (CONNECTION_ID() % 64): a worker holds one connection and runs one
-- transaction at a time, so writers almost never wait for each other
-- here, and the row a transaction locks is released with its commit.
-- The version is SUM(n): every commit that changed something makes it
-- larger, and one statement reads it consistently.
CREATE TABLE site_changes (
  shard TINYINT UNSIGNED NOT NULL PRIMARY KEY,
  n BIGINT UNSIGNED NOT NULL DEFAULT 0
) ENGINE=InnoDB;

INSERT INTO site_changes (shard) SELECT seq FROM seq_0_to_63;

CREATE TRIGGER posts_changed_new AFTER INSERT ON posts FOR EACH ROW
  UPDATE site_changes SET n = n + 1 WHERE shard = CONNECTION_ID() % 64;
CREATE TRIGGER posts_changed AFTER UPDATE ON posts FOR EACH ROW
  UPDATE site_changes SET n = n + 1 WHERE shard = CONNECTION_ID() % 64;
CREATE TRIGGER posts_changed_gone AFTER DELETE ON posts FOR EACH ROW
  UPDATE site_changes SET n = n + 1 WHERE shard = CONNECTION_ID() % 64;

CREATE TRIGGER topics_changed_new AFTER INSERT ON topics FOR EACH ROW
  UPDATE site_changes SET n = n + 1 WHERE shard = CONNECTION_ID() % 64;
CREATE TRIGGER topics_changed AFTER UPDATE ON topics FOR EACH ROW
  UPDATE site_changes SET n = n + 1 WHERE shard = CONNECTION_ID() % 64;
CREATE TRIGGER topics_changed_gone AFTER DELETE ON topics FOR EACH ROW
  UPDATE site_changes SET n = n + 1 WHERE shard = CONNECTION_ID() % 64;

-- A member's handle is on every row of his posts; a deleted member's
-- posts go with him (their own triggers do not fire for a cascade).
CREATE TRIGGER users_renamed AFTER UPDATE ON users FOR EACH ROW
  UPDATE site_changes SET n = n + 1
  WHERE shard = CONNECTION_ID() % 64 AND NOT (OLD.handle <=> NEW.handle);
CREATE TRIGGER users_gone AFTER DELETE ON users FOR EACH ROW
  UPDATE site_changes SET n = n + 1 WHERE shard = CONNECTION_ID() % 64;
