/*
 * transcript.h - WebVTT and SRT transcripts, and chapters (issue 12).
 * Parsers of outside text: each has a fuzz target (tests/fuzz).
 */
#ifndef OPBAK_MEDIA_TRANSCRIPT_H
#define OPBAK_MEDIA_TRANSCRIPT_H

#include <stddef.h>

#include "arena.h"

enum transcript_format { TRANSCRIPT_NONE = 0, TRANSCRIPT_VTT, TRANSCRIPT_SRT };

/* One cue: from and to in milliseconds, its text (tags of WebVTT
 * removed), in the arena. */
struct cue {
	long long from_ms, to_ms;
	const char *text;
};

struct transcript {
	enum transcript_format format;
	struct cue *cues;
	size_t count;
};

/* Parse data (len bytes, not NUL-terminated) as WebVTT ("WEBVTT" first)
 * or SRT. 0 and *t filled; -1 when it is neither, not UTF-8, a time is
 * malformed or goes backwards, or it has no cue. Never reads past len. */
int transcript_parse(struct arena *a, const char *data, size_t len, struct transcript *t);

/* Chapters as an editor types them, one per line: "H:MM:SS title" or
 * "MM:SS title", times rising, the first at 0:00. */
struct chapter {
	long long start_s;
	const char *title;
};
struct chapters {
	struct chapter *items;
	size_t count;
};
/* 0 and *c, or -1 with the 1-based line that is wrong in *bad_line. An
 * empty text is 0 chapters. At most 100 chapters, titles 1..120 chars. */
int chapters_parse(struct arena *a, const char *text, struct chapters *c, int *bad_line);
/* The Podcasting 2.0 JSON chapters document
 * ({"version":"1.2.0","chapters":[{"startTime":0,"title":"..."},...]}),
 * properly escaped, in the arena. */
const char *chapters_json(struct arena *a, const struct chapters *c);

#endif
