-- 001: accounts, sessions, login throttling, audit log.
-- Times are UTC (every connection sets time_zone = '+00:00').

CREATE TABLE users (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  -- Pseudonym, 3-20 of [A-Za-z0-9_]; the case-insensitive collation makes
  -- "Anders" and "anders" the same name for the unique key.
  handle VARCHAR(20) NOT NULL COLLATE utf8mb4_unicode_ci,
  password_hash VARCHAR(128) CHARACTER SET ascii NOT NULL,
  birth_date DATE NOT NULL,
  role ENUM('member', 'counsellor', 'coach', 'employer', 'editor', 'admin')
    NOT NULL DEFAULT 'member',
  bio VARCHAR(500) NOT NULL DEFAULT '',
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  UNIQUE KEY users_handle (handle)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Only the SHA-256 of a session token is stored.
CREATE TABLE sessions (
  token_hash CHAR(64) CHARACTER SET ascii NOT NULL PRIMARY KEY,
  user_id INT UNSIGNED NOT NULL,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  expires_at DATETIME NOT NULL,
  KEY sessions_user (user_id),
  KEY sessions_expiry (expires_at),
  CONSTRAINT sessions_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Failed logins, per account name and per client address.
CREATE TABLE login_failures (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  handle VARCHAR(20) NOT NULL,
  address VARCHAR(45) CHARACTER SET ascii NOT NULL,
  at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  KEY login_failures_handle (handle, at),
  KEY login_failures_address (address, at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Who did what to whom. No foreign keys: the record outlives the account.
CREATE TABLE audit_log (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  actor_id INT UNSIGNED NULL,
  action VARCHAR(40) CHARACTER SET ascii NOT NULL,
  target_id INT UNSIGNED NULL,
  detail VARCHAR(255) NOT NULL DEFAULT '',
  KEY audit_target (target_id, id),
  KEY audit_actor (actor_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
