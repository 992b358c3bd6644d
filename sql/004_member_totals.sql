-- 004: per-member totals of the points ledger, all time and per week and
-- month, kept in the same transaction as the ledger by triggers, so that
-- badges, medals and the leaderboard read a few rows instead of summing a
-- member's whole history (the sum grew with every post: 5.3 ms per backing
-- and deadlocks between writers counting the same ledger rows).
--
-- One row per member and period: kind 'all' (period 1970-01-01), 'week'
-- (period = that ISO week's Monday, UTC) or 'month' (the 1st). A ledger
-- row counts in the periods of its own created_at (the thing's time, as
-- the ledger dates it), so a restored backing goes back into its week.
-- counts: ledger rows by reason; points: their sum.
--
-- Invariant (checked by the tests): for every member and period, the row
-- equals the sums over `points` in that period. The ledger (community/
-- ledger.c) is the only writer of `points`; these triggers are the only
-- writers of member_totals. A member's rows go with him (foreign key);
-- cascaded deletes of `points` do not fire triggers, which is right only
-- because a member's points cascade together with his totals.
CREATE TABLE member_totals (
  user_id INT UNSIGNED NOT NULL,
  kind ENUM('all', 'week', 'month') NOT NULL,
  period DATE NOT NULL,
  points INT NOT NULL DEFAULT 0,
  posts INT NOT NULL DEFAULT 0,
  backings INT NOT NULL DEFAULT 0,
  best INT NOT NULL DEFAULT 0,
  votes INT NOT NULL DEFAULT 0,
  PRIMARY KEY (user_id, kind, period),
  KEY member_totals_rank (kind, period, points DESC, backings DESC, user_id),
  CONSTRAINT member_totals_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO member_totals (user_id, kind, period, points, posts, backings, best, votes)
SELECT user_id, 'all', '1970-01-01', SUM(points), SUM(reason = 'post'), SUM(reason = 'backing'),
       SUM(reason = 'best'), SUM(reason = 'vote')
FROM points GROUP BY user_id;

INSERT INTO member_totals (user_id, kind, period, points, posts, backings, best, votes)
SELECT user_id, 'week', DATE(created_at) - INTERVAL WEEKDAY(created_at) DAY, SUM(points),
       SUM(reason = 'post'), SUM(reason = 'backing'), SUM(reason = 'best'), SUM(reason = 'vote')
FROM points GROUP BY user_id, DATE(created_at) - INTERVAL WEEKDAY(created_at) DAY;

INSERT INTO member_totals (user_id, kind, period, points, posts, backings, best, votes)
SELECT user_id, 'month', DATE_FORMAT(created_at, '%Y-%m-01'), SUM(points),
       SUM(reason = 'post'), SUM(reason = 'backing'), SUM(reason = 'best'), SUM(reason = 'vote')
FROM points GROUP BY user_id, DATE_FORMAT(created_at, '%Y-%m-01');

CREATE TRIGGER points_counted AFTER INSERT ON points FOR EACH ROW
  INSERT INTO member_totals (user_id, kind, period, points, posts, backings, best, votes)
  VALUES
    (NEW.user_id, 'all', '1970-01-01', NEW.points, NEW.reason = 'post', NEW.reason = 'backing',
     NEW.reason = 'best', NEW.reason = 'vote'),
    (NEW.user_id, 'week', DATE(NEW.created_at) - INTERVAL WEEKDAY(NEW.created_at) DAY, NEW.points,
     NEW.reason = 'post', NEW.reason = 'backing', NEW.reason = 'best', NEW.reason = 'vote'),
    (NEW.user_id, 'month', DATE_FORMAT(NEW.created_at, '%Y-%m-01'), NEW.points,
     NEW.reason = 'post', NEW.reason = 'backing', NEW.reason = 'best', NEW.reason = 'vote')
  ON DUPLICATE KEY UPDATE
    points = points + VALUES(points), posts = posts + VALUES(posts),
    backings = backings + VALUES(backings), best = best + VALUES(best),
    votes = votes + VALUES(votes);

CREATE TRIGGER points_uncounted AFTER DELETE ON points FOR EACH ROW
  UPDATE member_totals
  SET points = points - OLD.points, posts = posts - (OLD.reason = 'post'),
      backings = backings - (OLD.reason = 'backing'), best = best - (OLD.reason = 'best'),
      votes = votes - (OLD.reason = 'vote')
  WHERE user_id = OLD.user_id
    AND ((kind = 'all' AND period = '1970-01-01')
      OR (kind = 'week' AND period = DATE(OLD.created_at) - INTERVAL WEEKDAY(OLD.created_at) DAY)
      OR (kind = 'month' AND period = DATE_FORMAT(OLD.created_at, '%Y-%m-01')));
