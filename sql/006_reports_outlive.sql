-- 006: a report outlives what it reports. Deleting a post (or an account,
-- whose posts and backings go with it) used to delete its reports by
-- foreign key: a boy who wrote about hurting himself, or a post reported
-- for sexual content involving minors, vanished from the moderation queue
-- when its author deleted it. A report now keeps what was reported and
-- stays in the queue until a moderator closes it.
--
-- post_id, backing_id and author_id are history, not references: no
-- foreign key, so no delete of a post, a backing or a user touches (or
-- locks) a report. Ids are never reused (InnoDB keeps AUTO_INCREMENT),
-- so a report whose post_id finds no post is about a deleted post; one
-- whose backing_id finds no backing, about a deleted backing; one whose
-- author_id finds no user, about an account deleted since.
--
-- title, author and text are the post's title, the author's pseudonym and
-- the reported text (the post's body or the backing's) as they were when
-- the report was made, copied by the trigger below whatever writes the
-- report (a member's report, an automatic crisis report), so an edit or a
-- deletion afterwards cannot take the evidence away. The queue shows the
-- live text while the thing exists and the kept text once it is gone.
--
-- 'closed': a moderator has seen the report of a deleted thing and done
-- what it needed (there is nothing left to hide, restore or dismiss).
ALTER TABLE reports
  DROP FOREIGN KEY reports_post_fk,
  DROP FOREIGN KEY reports_backing_fk;

ALTER TABLE reports
  ADD COLUMN author_id INT UNSIGNED NULL AFTER backing_id,
  ADD COLUMN author VARCHAR(20) NOT NULL DEFAULT '' AFTER author_id,
  ADD COLUMN title VARCHAR(120) NOT NULL DEFAULT '' AFTER author,
  ADD COLUMN text TEXT NULL AFTER title,
  MODIFY status ENUM('open', 'hidden', 'restored', 'dismissed', 'closed') NOT NULL DEFAULT 'open';

UPDATE reports r
  JOIN posts p ON p.id = r.post_id
  LEFT JOIN backings b ON b.id = r.backing_id
  JOIN users u ON u.id = IF(r.backing_id IS NULL, p.user_id, b.user_id)
SET r.author_id = u.id, r.author = u.handle, r.title = p.title,
    r.text = IF(r.backing_id IS NULL, p.body, b.body);

-- One statement: the assignments run left to right, so author_id is set
-- before the pseudonym is looked up by it.
CREATE TRIGGER reports_keep_text BEFORE INSERT ON reports FOR EACH ROW
  SET NEW.author_id = IF(NEW.backing_id IS NULL,
                         (SELECT user_id FROM posts WHERE id = NEW.post_id),
                         (SELECT user_id FROM backings WHERE id = NEW.backing_id)),
      NEW.author = IFNULL((SELECT handle FROM users WHERE id = NEW.author_id), ''),
      NEW.title = IFNULL((SELECT title FROM posts WHERE id = NEW.post_id), ''),
      NEW.text = IF(NEW.backing_id IS NULL,
                    (SELECT body FROM posts WHERE id = NEW.post_id),
                    (SELECT body FROM backings WHERE id = NEW.backing_id));
