-- 003: the moderation queue lists held (pending) backings newest first;
-- without this index that list scans every backing.
ALTER TABLE backings ADD KEY backings_status (status, id);
