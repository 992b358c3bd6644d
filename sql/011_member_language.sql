-- 011: each member's own language.
--
-- NULL: as his browser asks (the footer's choice, else Accept-Language,
-- else the site's default); else the code of a shipped language ("en",
-- "da", "sv": core/i18n.c), which wins over both. Read with the session
-- (core/auth.c), so it costs no statement of its own.
ALTER TABLE users
  ADD COLUMN lang VARCHAR(8) CHARACTER SET ascii NULL AFTER role;
