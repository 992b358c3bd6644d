-- 008: the hourly caps on questions and reports (rules_over_hour) count a
-- member's rows of the last hour. With only (member_id, id) and
-- (reporter_id) to go by, that count read every question or report he
-- ever sent: a cost that grew with his history on every write. Keyed by
-- time, it reads the hour's rows and no more. The reporter's new key also
-- serves its foreign key, so the old one goes.
ALTER TABLE questions ADD KEY questions_member_time (member_id, created_at);

ALTER TABLE reports
  ADD KEY reports_reporter_time (reporter_id, created_at),
  DROP KEY reports_reporter_fk;
