/*
 * log.c - timestamped log lines, escaped (see log.h) and written with one
 * write() so lines from several workers never interleave.
 */
#include "log.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>

#include "text.h"

#define LOG_MESSAGE 1024 /* bytes of a message before escaping */

/* Code points written escaped although they are valid UTF-8: C1 controls,
 * and the separators and bidirectional controls that end a line or
 * reorder it on a terminal or in a log viewer. */
static int escaped_code_point(uint32_t c)
{
	return c < 0x20 || c == '\\' || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 ||
	       (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E ||
	       c == 0x200F || c == 0x061C;
}

size_t log_escape(char *out, size_t outlen, const char *in)
{
	static const char hex[] = "0123456789abcdef";
	size_t o = 0;
	if (!outlen)
		return 0;
	while (*in) {
		uint32_t c;
		size_t n = utf8_next(in, &c);
		int bad = (c == 0xFFFD && n == 1) || escaped_code_point(c);
		size_t need = bad ? 4 * n : n;
		if (o + need >= outlen)
			break;
		for (size_t i = 0; i < n; i++) {
			unsigned char b = (unsigned char)in[i];
			if (bad) {
				out[o++] = '\\';
				out[o++] = 'x';
				out[o++] = hex[b >> 4];
				out[o++] = hex[b & 15];
			} else {
				out[o++] = (char)b;
			}
		}
		in += n;
	}
	out[o] = '\0';
	return o;
}

void log_msg(const char *id, const char *fmt, ...)
{
	char message[LOG_MESSAGE];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(message, sizeof message, fmt, ap);
	va_end(ap);

	/* Room for every byte of the message escaped, the prefix and "\n". */
	char line[4 * LOG_MESSAGE + 128];
	time_t now = time(NULL);
	struct tm tm;
	gmtime_r(&now, &tm);
	size_t n = strftime(line, sizeof line, "%Y-%m-%dT%H:%M:%SZ ", &tm);
	char ident[40];
	log_escape(ident, sizeof ident, id ? id : "-");
	n += (size_t)snprintf(line + n, sizeof line - n, "[%d] [%s] ", (int)getpid(), ident);
	n += log_escape(line + n, sizeof line - n - 1, message);
	line[n++] = '\n';
	ssize_t w = write(STDERR_FILENO, line, n);
	(void)w;
}
