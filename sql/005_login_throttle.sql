-- 005: login attempts are counted one at a time.
--
-- A login used to read the failures in its window, check the password
-- (argon2id: tens of milliseconds) and only then record a failure, so
-- attempts in parallel all read the same count: 24 wrong logins at once
-- got 8 answers before 429 began, where the limit is 5. Now an attempt
-- first takes the row lock of its account's key and then its address's
-- (INSERT ... ON DUPLICATE KEY UPDATE creates a key the first time),
-- counts the failures in the window, and records itself as a failure
-- before any password is checked, all in one short transaction; a right
-- password takes its failure back (core/auth.c, auth_attempt_begin).
-- Attempts on one account or from one address are thereby counted one
-- after another, and an attempt that cannot be recorded is never made.
--
-- throttle_key: 'h:' + pseudonym (3-20 of A-Z a-z 0-9 _, compared without
-- case like users.handle) or 'a:' + client address (up to 45 characters).
-- login_failures stays the record of failures; these rows only lock.
-- Rows untouched for a day are pruned.
CREATE TABLE login_throttle_keys (
  throttle_key VARCHAR(48) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL PRIMARY KEY,
  touched_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  KEY login_throttle_keys_touched (touched_at)
) ENGINE=InnoDB;
