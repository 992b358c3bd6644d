/*
 * users.c - account rules and creation: the community's rules for who
 * may join and under which name (see users.h).
 */
#include "users.h"

#include <stdio.h>
#include <string.h>

#include "auth.h"
#include "db.h"
#include "i18n.h"
#include "limits.h"
#include "text.h"

static const char SQL_USER_ADD[] =
    "INSERT INTO users (handle, password_hash, birth_date, role) VALUES (?, ?, ?, ?)";

const char *users_check_handle(const char *h)
{
	size_t n = strlen(h);
	if (n < LIMIT_HANDLE_MIN || n > LIMIT_HANDLE_MAX)
		return _("must be 3 to 20 characters long");
	for (const char *p = h; *p; p++) {
		char c = *p;
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		      c == '_'))
			return _("may only hold the letters A-Z and a-z, the digits 0-9 and _");
	}
	return NULL;
}

const char *users_check_password(const char *pw)
{
	long chars = utf8_count(pw, strlen(pw));
	if (chars < LIMIT_PASSWORD_MIN)
		return _("must be at least 10 characters long");
	if (chars > LIMIT_PASSWORD_MAX)
		return _("must be at most 200 characters long");
	return NULL;
}

static int parse_date(const char *s, int *y, int *m, int *d)
{
	if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return -1;
	for (int i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
			return -1;
	*y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
	*m = (s[5] - '0') * 10 + (s[6] - '0');
	*d = (s[8] - '0') * 10 + (s[9] - '0');
	static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (*y < 1900 || *m < 1 || *m > 12 || *d < 1 || *d > days[*m - 1])
		return -1;
	int leap = (*y % 4 == 0 && *y % 100 != 0) || *y % 400 == 0;
	if (*m == 2 && *d == 29 && !leap)
		return -1;
	return 0;
}

int users_age(const char *iso, time_t today)
{
	int y, m, d;
	if (!iso || parse_date(iso, &y, &m, &d) < 0)
		return -1;
	struct tm t;
	gmtime_r(&today, &t);
	int ty = t.tm_year + 1900, tm_ = t.tm_mon + 1, td = t.tm_mday;
	if (y > ty || (y == ty && (m > tm_ || (m == tm_ && d > td))))
		return -2;
	int age = ty - y;
	if (tm_ < m || (tm_ == m && td < d))
		age--;
	return age;
}

const char *users_check_birth(const char *iso, time_t today)
{
	int age = users_age(iso, today);
	if (age == -1)
		return _("is not a date (use the form YYYY-MM-DD)");
	if (age == -2)
		return _("lies in the future");
	if (age > 120)
		return _("is more than 120 years ago");
	if (age < LIMIT_MIN_AGE)
		return _("says you are under 13. Opbak is for people aged 13 and over, so you "
		         "cannot join yet. If you need someone to talk to now, call "
		         "BørneTelefonen (Denmark) or BRIS (Sweden) on 116 111: free and "
		         "anonymous.");
	return NULL;
}

long long users_create(struct request *req, const char *handle, const char *password,
                       const char *birth, int role)
{
	char hash[AUTH_HASH_MAX];
	if (auth_password_hash(password, hash) < 0)
		return -1;
	if (db_exec(req, SQL_USER_ADD, db_text(handle), db_text(hash), db_text(birth),
	            db_text(auth_role_name(role))) < 0)
		return db_errno() == DB_ER_DUP_ENTRY ? 0 : -1;
	return db_last_id();
}
