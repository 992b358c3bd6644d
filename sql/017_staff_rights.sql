-- 017: staff rights (issue 11, "Staff roles" and "Supervision").
-- Answering questions and moderating the community are different jobs:
-- a support person (role counsellor) moderates only when an admin gives
-- him may_moderate; a lead support person (inbox_lead) reads every
-- conversation of the inbox to follow up on quality (each opening is
-- audited, inbox.open). Admins set both at /admin/users; an admin has
-- every right through his role, and the rights count only for a support
-- person (auth.c reads them with the session). Changing a user's role
-- away from counsellor clears them.
ALTER TABLE users
  ADD COLUMN may_moderate TINYINT(1) NOT NULL DEFAULT 0 AFTER role,
  ADD COLUMN inbox_lead TINYINT(1) NOT NULL DEFAULT 0 AFTER may_moderate;

-- Until now every support person moderated: a running site keeps its
-- moderators. An admin takes the right away where it is not wanted.
UPDATE users SET may_moderate = 1 WHERE role = 'counsellor';
