-- Anonymous feedback is capped per sender (issue 8, finding 9: a script
-- stored 392 rows unhindered), without keeping the sender's address:
-- sender is a keyed hash (HMAC with the site's secret) of the address and
-- the day, so a copy of the database does not give the address away, and
-- one sender's feedback can be told apart only within one day. Members'
-- feedback is capped by user_id and has no sender.
ALTER TABLE feedback
  ADD COLUMN sender CHAR(32) CHARACTER SET ascii COLLATE ascii_bin NULL AFTER user_id,
  ADD KEY feedback_sender (sender, created_at),
  ADD KEY feedback_user_time (user_id, created_at);
