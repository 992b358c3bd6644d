-- 012: the filters of the front page and the topics (?show=unanswered,
-- ?show=backed: cgi-bin/feed/home.c, topic.c), and the notification that
-- tells the author of a hidden post how a moderator answered his request
-- for a new look (cgi-bin/post/mod.c).
--
-- Unanswered is WHERE status = 'visible' AND backing_count = 0, newest
-- first; most backed is ORDER BY backing_count DESC, id DESC, paged by
-- the pair (backing_count, id) of the last row seen. With only
-- (status, id) and (topic_id, status, id) to go by, both read every
-- visible post and sort them (1,049,416 posts: a filesort of all of them
-- for most backed; unanswered walks posts_status skipping the backed
-- ones). Keyed by the count, a page reads PAGE_SIZE + 1 entries of a
-- range at any depth (EXPLAIN in the report of issue 10: range, no
-- filesort). backing_count changes with every backing shown or taken
-- down, so these two keys are updated with it: one more index entry moved
-- per key, in the backing's own transaction.
ALTER TABLE posts
  ADD KEY posts_backed (status, backing_count, id),
  ADD KEY posts_topic_backed (topic_id, status, backing_count, id);

-- A moderator answered the author's request (review_requests, sql/010):
-- he restored the post, or kept it hidden. New values at the end of an
-- ENUM change no row (an instant ALTER).
ALTER TABLE notifications
  MODIFY kind ENUM('backing', 'best', 'support_answer', 'approved', 'hidden',
                   'review_restored', 'review_kept') NOT NULL;
