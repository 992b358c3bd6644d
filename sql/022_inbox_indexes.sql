-- 022: the inbox's pages with 100,000 questions (make bench, issue 11).
--
-- The pool is read urgent first, then oldest (desk.c SQL_POOL: ORDER BY
-- urgent DESC, id). An index in that order (MariaDB >= 10.8 keeps DESC
-- keys) lets the first page stop after LIMIT rows instead of sorting
-- every new question; counsellor_id in the key answers the "asked of
-- nobody or of me" filter, and the pool's count, from the index alone.
ALTER TABLE questions
  DROP KEY questions_pool,
  ADD KEY questions_pool (status, urgent DESC, id, counsellor_id);

-- The statistics read a period's questions (stats.c SQL_ROWS:
-- created_at >= the first Monday): a range instead of every question.
ALTER TABLE questions ADD KEY questions_created (created_at);

-- /support and the hand-over's list read the support persons by role:
-- a few rows from an index instead of every account.
ALTER TABLE users ADD KEY users_role (role);
