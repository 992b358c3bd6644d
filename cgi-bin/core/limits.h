/*
 * limits.h - every bound on input from outside, named once.
 *
 * Anything a client controls (sizes, counts, lengths) is checked against a
 * constant from this file. Change a limit here and nowhere else.
 */
#ifndef OPBAK_LIMITS_H
#define OPBAK_LIMITS_H

/* Request bodies. nginx accepts up to 16 MiB; the apps answer 413 above these. */
#define LIMIT_FORM_BODY      (256 * 1024)      /* application/x-www-form-urlencoded */
#define LIMIT_MULTIPART_BODY (8 * 1024 * 1024) /* multipart/form-data (uploads) */
/* A body nginx wrote to a file (ROUTE_UPLOAD, core/app.h): the largest
 * upload (STORE_AUDIO_MAX, media/store.h: 200 MB) and a little for the
 * form's other fields and the part headers. nginx refuses above 210 MB. */
#define LIMIT_UPLOAD_BODY (201LL * 1024 * 1024)

/* Parsed fields: per request, in the query string, body and cookie header. */
#define LIMIT_FIELDS            200         /* name=value pairs in one query string or body */
#define LIMIT_FIELD_NAME        64          /* bytes in a field name */
#define LIMIT_FIELD_VALUE       (64 * 1024) /* bytes in one decoded field value */
#define LIMIT_COOKIES           50          /* cookies in the Cookie header */
#define LIMIT_COOKIE_VALUE      4096        /* bytes in one cookie value */
#define LIMIT_MULTIPART_PARTS   50          /* parts in one multipart body */
#define LIMIT_MULTIPART_HEADERS 1024        /* bytes of headers in one part */
#define LIMIT_PATH              2048        /* bytes in the request path */
#define LIMIT_QUERY             8192        /* bytes in the query string */
#define LIMIT_PATH_ARGS         4           /* captured segments in a route pattern */

/* Accounts. */
#define LIMIT_HANDLE_MIN          3
#define LIMIT_HANDLE_MAX          20
#define LIMIT_PASSWORD_MIN        10   /* characters */
#define LIMIT_PASSWORD_MAX        200  /* characters; argon2id hashes any length, we bound work */
#define LIMIT_BIO_MAX             500  /* characters */
#define LIMIT_LIFE_EXPERIENCE_MAX 2000 /* characters, support persons' profiles */
#define LIMIT_MIN_AGE             13   /* years; younger cannot join */

/* Sessions and throttling. */
#define SESSION_DAYS         30 /* a session lives this long after login */
#define THROTTLE_WINDOW_MIN  15 /* minutes that failed logins are remembered */
#define THROTTLE_PER_ACCOUNT 5  /* failures per account in the window */
#define THROTTLE_PER_ADDRESS 30 /* failures per client address in the window */

/* Topics. */
#define LIMIT_TOPIC_SLUG_MAX        40
#define LIMIT_TOPIC_NAME_MIN        2
#define LIMIT_TOPIC_NAME_MAX        60
#define LIMIT_TOPIC_DESCRIPTION_MAX 300

/* Pages. */
#define PAGE_SIZE 20 /* rows per page in every list */
/* "No cursor": the first page of a list paged by key (WHERE id < ?).
 * Larger than any id (ids are INT UNSIGNED), so one spelling serves
 * every list; an absent ?before= becomes this. */
#define CURSOR_NONE 4294967296LL

/* Community */
#define LIMIT_TITLE_MIN                5     /* characters in a post's title */
#define LIMIT_TITLE_MAX                120   /* characters (posts.title) */
#define LIMIT_POST_BODY_MAX            10000 /* characters of Markdown in a post */
#define LIMIT_BACKING_MAX              5000  /* characters of Markdown in a backing */
#define LIMIT_REPORT_NOTE_MAX          500   /* characters in a report's note (reports.note) */
#define LIMIT_QUESTION_MIN             20    /* characters in a question to a support person */
#define LIMIT_QUESTION_MAX             2000  /* characters */
#define LIMIT_INBOX_CLAIM_HOURS_MAX    720   /* hours a question may wait for one person */
#define LIMIT_INBOX_RETENTION_DAYS_MAX 3650  /* days a closed conversation may be kept */
#define LIMIT_SUBJECT_MIN              3     /* characters in a question's subject */
#define LIMIT_SUBJECT_MAX              120   /* characters (questions.subject) */
#define LIMIT_FEEDBACK_MIN             10    /* characters in feedback to the team */
#define LIMIT_FEEDBACK_MAX             3000  /* characters (feedback.body) */
#define LIMIT_ID_DIGITS                10    /* digits in an id sent in a form */
#define LIMIT_INT_DIGITS               11    /* characters in a whole number (sign and 10 digits) */
#define LIMIT_HOUR_DIGITS              2     /* digits in an hour of the day (0-23) */
#define LIMIT_CHOICE_MAX               20    /* characters in a value picked from a list */
#define LIMIT_CHECKBOX                 1     /* characters in a ticked checkbox's value ("1") */
#define NEW_MEMBER_HOURS               24    /* an account this young is a new member */
#define NEW_MEMBER_POSTS_HOUR          3     /* posts a new member may write per hour */
#define NEW_MEMBER_BACKINGS_HOUR       10    /* backings a new member may write per hour */
#define NEW_MEMBER_QUESTIONS_HOUR      3     /* questions a new member may ask per hour */
#define QUESTIONS_PER_HOUR             6 /* questions any member may ask per hour (staff: no cap) */
#define REPORTS_PER_HOUR               20 /* reports a member may send per hour */
#define FEEDBACK_PER_HOUR              5 /* feedback per member, or per visitor's address, an hour */
#define MOD_PAGE_SIZE                  50  /* rows per section of the moderation queue */
#define LIMIT_SEARCH_MAX               100 /* characters in a search */
#define LEADERBOARD_SIZE               50  /* places on the leaderboard */
#define PROFILE_BACKINGS               5   /* latest backings listed on a profile */
#define RSS_ITEMS                      20  /* items in an RSS feed */

/* Articles (cgi-bin/media) */
#define LIMIT_ARTICLE_TITLE_MIN   5     /* characters in an article's title */
#define LIMIT_ARTICLE_TITLE_MAX   120   /* characters (articles.title) */
#define LIMIT_ARTICLE_SLUG_MIN    2     /* characters in its address (/articles/<slug>) */
#define LIMIT_ARTICLE_SLUG_MAX    80    /* characters (articles.slug, ASCII) */
#define LIMIT_ARTICLE_SUMMARY_MIN 10    /* characters in its summary */
#define LIMIT_ARTICLE_SUMMARY_MAX 300   /* characters (articles.summary) */
#define LIMIT_ARTICLE_BODY_MAX    20000 /* characters of Markdown (fits LIMIT_FIELD_VALUE) */
#define LIMIT_DATETIME_MIN        16    /* "2026-12-02T14:30", as <input type=datetime-local> */
#define LIMIT_DATETIME_MAX        19    /* the same with seconds */
#define ARTICLES_DESK_ROWS        200   /* articles on the editor's desk, last changed first */

#endif
