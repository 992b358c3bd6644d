/*
 * users.h - the rules of an account, shared by the account pages and the
 * opbak-user command-line tool. They are the community's rules (who may
 * join, under which name), so they live in the community layer, not core.
 *
 * Pseudonyms are 3-20 of A-Z a-z 0-9 _ and unique whatever their case
 * (the column's collation compares case-insensitively). No e-mail and no
 * real name are asked for. A date of birth is, so that nobody under
 * LIMIT_MIN_AGE joins and later parts can protect minors.
 */
#ifndef OPBAK_USERS_H
#define OPBAK_USERS_H

#include <time.h>

#include "request.h"

/* The reserved account that owns every question published from the
 * inbox (sql/018): its pseudonym, and the password hash no password
 * matches, by which it is told from a member who might hold the name. */
#define USERS_RESERVED_HANDLE "anonym"
#define USERS_RESERVED_HASH   "!"

/* NULL when the handle is acceptable, else why not (translated). */
const char *users_check_handle(const char *handle);
/* NULL when the password is acceptable, else why not (translated). */
const char *users_check_password(const char *password);
/* Age in whole years on `today` of someone born on iso (YYYY-MM-DD), or -1
 * when iso is not a real date, -2 when it lies in the future. */
int users_age(const char *iso, time_t today);
/* NULL when a birth date lets this person join, else why not. */
const char *users_check_birth(const char *iso, time_t today);

/* Create a user; returns the new id, 0 when the handle is taken, -1 on
 * database failure. The password is hashed here. */
long long users_create(struct request *req, const char *handle, const char *password,
                       const char *birth, int role);

#endif
