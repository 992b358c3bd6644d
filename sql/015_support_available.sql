-- 015: a support person says when he is there (cgi-bin/inbox/support.c):
-- "available for the next 2 / 4 / 8 hours" sets available_until, "not
-- available" clears it. Available now = available_until > NOW(); nothing
-- has to run when the time is up. /support lists the available first.
ALTER TABLE users
  ADD COLUMN available_until DATETIME NULL AFTER life_experience;
