-- 021: the podcast (cgi-bin/media): the show (one row) and its episodes.
-- Written at the editor's desk (/editor/show, /editor/episodes), heard at
-- /podcast and followed in any podcast app at /podcast/feed.xml.
--
-- Files (audio, images, transcripts) are stored by cgi-bin/media/store.c
-- in the media folder and served by nginx at /media/; a row keeps the
-- path relative to that folder, and what the server itself found out
-- about the file (type by libmagic, bytes, duration by TagLib, pixels by
-- libgd), never what the browser said.

CREATE TABLE podcast_show (
  id TINYINT UNSIGNED NOT NULL PRIMARY KEY,          -- always 1
  title VARCHAR(120) NOT NULL,
  description TEXT NOT NULL,                          -- plain text (Apple: no HTML needed)
  author VARCHAR(120) NOT NULL,                       -- itunes:author
  owner_name VARCHAR(120) NOT NULL,                   -- itunes:owner/itunes:name
  owner_email VARCHAR(254) NOT NULL DEFAULT '',       -- itunes:owner/itunes:email ('' = left out)
  language VARCHAR(8) CHARACTER SET ascii NOT NULL,   -- "da", "en", "sv"
  category VARCHAR(60) NOT NULL,                      -- an Apple category, e.g. "Health & Fitness"
  subcategory VARCHAR(60) NOT NULL DEFAULT '',        -- e.g. "Mental Health" ('' = none)
  explicit TINYINT(1) NOT NULL DEFAULT 0,
  copyright VARCHAR(200) NOT NULL,
  artwork_path VARCHAR(200) CHARACTER SET ascii NULL, -- square JPEG/PNG, 1400-3000 px
  artwork_type VARCHAR(20) CHARACTER SET ascii NULL,
  -- podcast:guid: UUIDv5 of the feed URL without scheme (the namespace's
  -- rule), made once by the app on the show's first save, never changed.
  guid CHAR(36) CHARACTER SET ascii NULL,
  locked TINYINT(1) NOT NULL DEFAULT 1,               -- podcast:locked
  updated_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- status and public_at as for articles (sql/020): public when
-- public_at <= NOW(), a scheduled episode public when its time has come.
CREATE TABLE episodes (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  slug VARCHAR(80) CHARACTER SET ascii NOT NULL,
  -- The item's guid in the feed: made when the episode is made (a UUID
  -- v4 from the app), never changed, so apps never see it twice.
  guid CHAR(36) CHARACTER SET ascii NOT NULL,
  title VARCHAR(120) NOT NULL,
  description MEDIUMTEXT NOT NULL,                    -- Markdown
  description_html MEDIUMTEXT NOT NULL,               -- rendered safe (core markdown)
  topic_id SMALLINT UNSIGNED NULL,
  season SMALLINT UNSIGNED NULL,
  episode_number SMALLINT UNSIGNED NULL,
  episode_type ENUM('full', 'trailer', 'bonus') NOT NULL DEFAULT 'full',
  explicit TINYINT(1) NOT NULL DEFAULT 0,
  audio_path VARCHAR(200) CHARACTER SET ascii NULL,   -- NULL: no audio yet (cannot be published)
  audio_type VARCHAR(20) CHARACTER SET ascii NULL,    -- audio/mpeg, audio/mp4
  audio_bytes BIGINT UNSIGNED NULL,
  duration_s INT UNSIGNED NULL,
  image_path VARCHAR(200) CHARACTER SET ascii NULL,
  image_type VARCHAR(20) CHARACTER SET ascii NULL,
  transcript_path VARCHAR(200) CHARACTER SET ascii NULL,
  transcript_type VARCHAR(30) CHARACTER SET ascii NULL, -- text/vtt, application/x-subrip
  transcript_text MEDIUMTEXT NULL,                    -- the cues' text, for the page
  chapters TEXT NULL,                                 -- as typed: "0:00 Intro" per line
  chapters_json TEXT NULL,                            -- Podcasting 2.0 JSON (served by the app)
  author_id INT UNSIGNED NULL,
  status ENUM('draft', 'scheduled', 'published', 'unpublished') NOT NULL DEFAULT 'draft',
  publish_at DATETIME NULL,
  published_at DATETIME NULL,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  public_at DATETIME AS (CASE status WHEN 'published' THEN published_at
                                     WHEN 'scheduled' THEN publish_at END) PERSISTENT,
  UNIQUE KEY episodes_slug (slug),
  UNIQUE KEY episodes_guid (guid),
  KEY episodes_public (public_at, id),
  KEY episodes_topic (topic_id, public_at, id),
  KEY episodes_desk (status, updated_at),
  CONSTRAINT episodes_topic_fk FOREIGN KEY (topic_id) REFERENCES topics (id),
  CONSTRAINT episodes_author_fk FOREIGN KEY (author_id) REFERENCES users (id)
    ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A topic's page shows its newest episode in its kept piece (as articles).
CREATE TRIGGER episodes_changed_new AFTER INSERT ON episodes FOR EACH ROW
  UPDATE site_changes SET n = n + 1 WHERE shard = CONNECTION_ID() % 64;
CREATE TRIGGER episodes_changed AFTER UPDATE ON episodes FOR EACH ROW
  UPDATE site_changes SET n = n + 1 WHERE shard = CONNECTION_ID() % 64;
CREATE TRIGGER episodes_changed_gone AFTER DELETE ON episodes FOR EACH ROW
  UPDATE site_changes SET n = n + 1 WHERE shard = CONNECTION_ID() % 64;

-- Articles get a cover image (issue 12), stored as above.
ALTER TABLE articles
  ADD COLUMN cover_path VARCHAR(200) CHARACTER SET ascii NULL AFTER topic_id,
  ADD COLUMN cover_type VARCHAR(20) CHARACTER SET ascii NULL AFTER cover_path;
