/*
 * store.h - files the editors upload, checked and kept (issue 12).
 *
 * CONTRACT between the two halves of the podcast slice (written first,
 * implemented by store.c; the episode and show pages call it):
 *
 * A large upload (audio up to 200 MB) never passes through a worker's
 * memory as a request body: nginx writes the whole body to a file
 * (client_body_in_file_only, nginx/opbak.conf.in, the upload locations
 * of /editor), core maps that file read-only for a ROUTE_UPLOAD route and
 * parses its multipart parts in place (core/app.h, request.h:
 * req->uploads items point into the map; the CSRF field is read as
 * always). A handler then calls one of the store_* functions below with
 * the upload (struct upload, request.h).
 *
 * Each function sniffs what the bytes are (libmagic, never the name or
 * the browser's content type), checks them with a Debian library, and
 * only then writes them into the media folder (OPBAK_MEDIA_DIR, served
 * by nginx itself at /media/ with byte ranges and a year's cache: every
 * stored name is new, <kind>/<random>.<ext>, so a file never changes
 * under its URL). Nothing is written when a check fails (a file half
 * written is removed). The answer to a refusal is a sentence for the
 * form (translated), with the HTTP status to answer (400, or 413 for
 * too big).
 */
#ifndef OPBAK_MEDIA_STORE_H
#define OPBAK_MEDIA_STORE_H

#include <stddef.h>

#include "request.h"

struct transcript;

#define STORE_AUDIO_MAX   (200LL * 1024 * 1024) /* bytes */
#define STORE_IMAGE_MAX   (10LL * 1024 * 1024)  /* bytes */
#define STORE_TEXT_MAX    (2LL * 1024 * 1024)   /* bytes: a transcript */
#define STORE_ARTWORK_MIN 1400                  /* px, the show's square artwork */
#define STORE_ARTWORK_MAX 3000                  /* px */

/* What was stored. Strings in the request's arena. */
struct stored {
	const char *path;  /* relative to the media folder: "audio/3f9c...e1.mp3" */
	const char *url;   /* "/media/audio/3f9c...e1.mp3" (prefix the base URL for feeds) */
	const char *type;  /* "audio/mpeg", "audio/mp4" (M4A), "image/jpeg", "image/png",
	                      "text/vtt", "application/x-subrip" */
	long long bytes;   /* the stored file's size */
	long long seconds; /* audio: its duration, whole seconds (TagLib) */
	int width, height; /* images: pixels */
};

/* A refusal: the status to answer and why, for the form. */
struct store_refusal {
	int status;      /* 400 or 413 */
	const char *why; /* translated sentence */
};

/* The upload routes (uploads.c; POST /editor/episodes/<id>/audio, /image,
 * /transcript, /editor/show/artwork, /editor/articles/<id>/cover; the
 * form's file field is "file"): done, a 303 back to the edit page
 * (/editor/episodes/<id>?done=uploaded, /editor/show, /editor/<id>); a
 * refusal answers its status (400, 413; 404 for no such row) with the
 * page saying what and why (page_error), and stores nothing. They send
 * no ?upload_error= code. */

/* MP3 or M4A (AAC) audio, up to STORE_AUDIO_MAX: the type by libmagic,
 * the duration by TagLib's C API opened with that type; a file that is
 * no audio, has no duration, or is cut short (e.g. an MP3 whose Xing/Info
 * header counts more bytes than there are, an M4A TagLib cannot read)
 * is refused. 0 and *out, or -1 and *no. */
int store_audio(struct request *req, const struct upload *file, struct stored *out,
                struct store_refusal *no);

/* A JPEG or PNG image (libmagic, then decoded by libgd to know it is
 * whole and its size). square_min > 0: it must be square, square_min to
 * STORE_ARTWORK_MAX px on a side (the show's artwork, an episode's
 * image); 0: any size up to STORE_ARTWORK_MAX (an article's cover). */
int store_image(struct request *req, const struct upload *file, int square_min, struct stored *out,
                struct store_refusal *no);

/* A transcript: WebVTT or SRT (checked by transcript.c's parser: cues
 * with well-formed times in order, UTF-8 text), up to STORE_TEXT_MAX.
 * Stored, *cues holds what the parser read (in the request's arena), so
 * the caller need not parse it again. */
int store_transcript(struct request *req, const struct upload *file, struct stored *out,
                     struct transcript *cues, struct store_refusal *no);

/* Remove a stored file (a replaced or deleted episode's); path as in
 * struct stored. Quietly ignores one that is not there, or a path that is
 * not a stored name. The file goes once the handler's transaction
 * commits, never when it is rolled back (core/app.h "Uploads"); likewise
 * a file a store_* function stored is removed again when the handler's
 * transaction is rolled back (a later refusal, -1, a retry). */
void store_remove(struct request *req, const char *path);

/* The media folder (OPBAK_MEDIA_DIR); NULL when unset (refuse uploads). */
const char *store_dir(void);

#endif
