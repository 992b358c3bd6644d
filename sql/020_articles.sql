-- 020: articles by the team (cgi-bin/media): written and published at the
-- editor's desk (/editor), read by everyone at /articles.
--
-- status: draft (being written, only at the desk), scheduled (public from
-- publish_at on), published (public since published_at), unpublished
-- (taken down; its slug stays taken, so an old link never points at a
-- different article).
--
-- public_at says when an article is (or will be) public, computed by the
-- database from the status, so no code path and no job has to move it:
--   published   -> published_at
--   scheduled   -> publish_at
--   otherwise   -> NULL (not public)
-- Every public query asks `public_at <= NOW()`: the same as
-- "status = 'published' OR (status = 'scheduled' AND publish_at <= NOW())",
-- but one indexed range, newest first, with no filesort and no OR across
-- two columns (articles_public, articles_topic). A scheduled article is
-- public the moment its time has come, with nothing run.
--
-- slug: the article's address (/articles/<slug>), set when the article is
-- made and changed only while it is a draft that was never public; a new
-- title never moves it (the slug is not derived again).
--
-- Later slices (podcast, covers) add their own tables and a cover column;
-- nothing here needs to change for them.
CREATE TABLE articles (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  slug VARCHAR(80) CHARACTER SET ascii NOT NULL,
  title VARCHAR(120) NOT NULL,
  summary VARCHAR(300) NOT NULL,
  body MEDIUMTEXT NOT NULL,
  body_html MEDIUMTEXT NOT NULL,
  topic_id SMALLINT UNSIGNED NOT NULL,
  author_id INT UNSIGNED NULL,
  status ENUM('draft', 'scheduled', 'published', 'unpublished') NOT NULL DEFAULT 'draft',
  publish_at DATETIME NULL,
  published_at DATETIME NULL,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  public_at DATETIME AS (CASE status WHEN 'published' THEN published_at
                                     WHEN 'scheduled' THEN publish_at END) PERSISTENT,
  UNIQUE KEY articles_slug (slug),
  KEY articles_public (public_at, id),
  KEY articles_topic (topic_id, public_at, id),
  KEY articles_desk (status, author_id, updated_at),
  CONSTRAINT articles_topic_fk FOREIGN KEY (topic_id) REFERENCES topics (id),
  CONSTRAINT articles_author_fk FOREIGN KEY (author_id) REFERENCES users (id)
    ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A topic's page shows its newest article inside a piece kept until the
-- site's version moves (cgi-bin/core/frag.h, sql/009): every change to an
-- article moves it too. A scheduled article whose time comes moves
-- nothing; the piece is made again when the minute turns, so it shows
-- there within a minute (on /articles at once).
CREATE TRIGGER articles_changed_new AFTER INSERT ON articles FOR EACH ROW
  UPDATE site_changes SET n = n + 1 WHERE shard = CONNECTION_ID() % 64;
CREATE TRIGGER articles_changed AFTER UPDATE ON articles FOR EACH ROW
  UPDATE site_changes SET n = n + 1 WHERE shard = CONNECTION_ID() % 64;
CREATE TRIGGER articles_changed_gone AFTER DELETE ON articles FOR EACH ROW
  UPDATE site_changes SET n = n + 1 WHERE shard = CONNECTION_ID() % 64;
