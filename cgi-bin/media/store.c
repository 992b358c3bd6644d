/*
 * store.c - files the editors upload, checked and kept (store.h).
 *
 * Each store_* sniffs the bytes (libmagic), checks them (filecheck.c,
 * TagLib, libgd, transcript.c), writes them under a temporary name in the
 * media folder, checks what needs a file (TagLib opens files), then
 * renames it to its own new name: a reader never sees half a file, and
 * nothing is left when a check fails. A stored file then follows the
 * handler's transaction (core/app.h "Uploads"): removed again when the
 * transaction is rolled back, so a refused form or a retry leaves no
 * orphan.
 */
#include "store.h"

#include <errno.h>
#include <fcntl.h>
#include <gd.h>
#include <magic.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <taglib/tag_c.h>
#include <unistd.h>

#include "app.h"
#include "filecheck.h"
#include "i18n.h"
#include "log.h"
#include "text.h"
#include "transcript.h"

const char *store_dir(void)
{
	const char *d = getenv("OPBAK_MEDIA_DIR");
	return d && *d ? d : NULL;
}

static int refuse(struct store_refusal *no, int status, const char *why)
{
	no->status = status;
	no->why = why;
	return -1;
}

/* libmagic's MIME type of the bytes. The database of types is loaded
 * once and kept for the worker's life. NULL when libmagic fails. */
static const char *sniff(struct request *req, const void *data, size_t len)
{
	static magic_t cookie;
	if (!cookie) {
		cookie = magic_open(MAGIC_MIME_TYPE);
		if (cookie && magic_load(cookie, NULL) != 0) {
			log_msg(req->id, "libmagic: %s", magic_error(cookie));
			magic_close(cookie);
			cookie = NULL;
		}
		if (!cookie)
			return NULL;
	}
	const char *type = magic_buffer(cookie, data, len);
	return type ? arena_strdup(req->arena, type) : NULL;
}

/* A new name: <kind>/<32 random hex>.<ext>, and the temporary one beside
 * it (".<hex>.<ext>.part", which nginx's /media/ never serves). */
struct place {
	const char *rel, *path, *temp;
};

static int new_place(struct request *req, const char *kind, const char *ext, struct place *p)
{
	const char *dir = store_dir();
	unsigned char raw[16];
	char hex[33];
	randombytes_buf(raw, sizeof raw);
	text_hex(raw, sizeof raw, hex);
	const char *folder = arena_printf(req->arena, "%s/%s", dir, kind);
	if (mkdir(folder, 0755) < 0 && errno != EEXIST) {
		log_msg(req->id, "cannot make %s: %s", folder, strerror(errno));
		return -1;
	}
	p->rel = arena_printf(req->arena, "%s/%s.%s", kind, hex, ext);
	p->path = arena_printf(req->arena, "%s/%s", dir, p->rel);
	p->temp = arena_printf(req->arena, "%s/.%s.%s.part", folder, hex, ext);
	return 0;
}

/* Write the bytes to the temporary name. 0, or -1 (nothing left). */
static int write_temp(struct request *req, const struct place *p, const char *data, size_t len)
{
	int fd = open(p->temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
	if (fd < 0) {
		log_msg(req->id, "cannot write %s: %s", p->temp, strerror(errno));
		return -1;
	}
	size_t done = 0;
	while (done < len) {
		ssize_t n = write(fd, data + done, len - done);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		done += (size_t)n;
	}
	if (done < len || fsync(fd) < 0 || close(fd) < 0) {
		log_msg(req->id, "cannot write %s: %s", p->temp, strerror(errno));
		if (done >= len)
			fd = -1;
		if (fd >= 0)
			close(fd);
		unlink(p->temp);
		return -1;
	}
	return 0;
}

/* Rename the checked temporary file into place and hand it to the
 * transaction (app_file_written). 0 and out's path, url, bytes; -1. */
static int keep(struct request *req, const struct place *p, size_t len, const char *type,
                struct stored *out)
{
	if (rename(p->temp, p->path) < 0) {
		log_msg(req->id, "cannot rename %s: %s", p->temp, strerror(errno));
		unlink(p->temp);
		return -1;
	}
	if (app_file_written(req, p->path) < 0) {
		unlink(p->path);
		return -1;
	}
	out->path = p->rel;
	out->url = arena_printf(req->arena, "/media/%s", p->rel);
	out->type = type;
	out->bytes = (long long)len;
	return 0;
}

static int not_set_up(struct store_refusal *no)
{
	return refuse(no, 400, _("Files cannot be uploaded on this server yet (no media folder)."));
}

static int failed(struct store_refusal *no)
{
	return refuse(no, 400, _("The file could not be saved on our side. Please try again."));
}

/* ---- audio ---------------------------------------------------------------- */

int store_audio(struct request *req, const struct upload *file, struct stored *out,
                struct store_refusal *no)
{
	memset(out, 0, sizeof *out);
	if (!store_dir())
		return not_set_up(no);
	if (!file || file->len == 0)
		return refuse(no, 400, _("Choose an audio file to upload."));
	if ((long long)file->len > STORE_AUDIO_MAX)
		return refuse(no, 413, _("The audio file is larger than 200 MB."));
	const unsigned char *bytes = (const unsigned char *)file->data;
	const char *magic = sniff(req, file->data, file->len);
	const char *type, *ext;
	TagLib_File_Type tag_type;
	if (magic && strcmp(magic, "audio/mpeg") == 0) {
		type = "audio/mpeg";
		ext = "mp3";
		tag_type = TagLib_File_MPEG;
		if (filecheck_mp3_cut_short(bytes, file->len))
			return refuse(no, 400,
			              _("The MP3 file is cut short: it ends before its own header "
			                "says it does. Upload the whole file again."));
	} else if (magic &&
	           (strcmp(magic, "audio/mp4") == 0 || strcmp(magic, "audio/x-m4a") == 0 ||
	            (strcmp(magic, "video/mp4") == 0 && filecheck_mp4_is_m4a(bytes, file->len)))) {
		type = "audio/mp4";
		ext = "m4a";
		tag_type = TagLib_File_MP4;
		if (filecheck_mp4_cut_short(bytes, file->len))
			return refuse(no, 400,
			              _("The M4A file is cut short: it ends inside one of its own "
			                "parts. Upload the whole file again."));
	} else {
		return refuse(no, 400,
		              _("This is not an MP3 or M4A audio file (whatever its name says). "
		                "Export the episode as MP3 or M4A and upload that."));
	}

	struct place p;
	if (new_place(req, "audio", ext, &p) < 0 || write_temp(req, &p, file->data, file->len) < 0)
		return failed(no);
	/* TagLib reads files: the temporary one, opened as the type found. */
	taglib_set_strings_unicode(1);
	TagLib_File *tf = taglib_file_new_type(p.temp, tag_type);
	int seconds = 0;
	if (tf && taglib_file_is_valid(tf)) {
		const TagLib_AudioProperties *ap = taglib_file_audioproperties(tf);
		seconds = ap ? taglib_audioproperties_length(ap) : 0;
	}
	if (tf)
		taglib_file_free(tf);
	if (seconds <= 0) {
		unlink(p.temp);
		return refuse(no, 400,
		              _("This audio file cannot be read: it has no length, or it is "
		                "damaged or cut short. Upload the whole file again."));
	}
	if (keep(req, &p, file->len, type, out) < 0)
		return failed(no);
	out->seconds = seconds;
	return 0;
}

/* ---- images --------------------------------------------------------------- */

int store_image(struct request *req, const struct upload *file, int square_min, struct stored *out,
                struct store_refusal *no)
{
	memset(out, 0, sizeof *out);
	if (!store_dir())
		return not_set_up(no);
	if (!file || file->len == 0)
		return refuse(no, 400, _("Choose an image to upload."));
	if ((long long)file->len > STORE_IMAGE_MAX)
		return refuse(no, 413, _("The image is larger than 10 MB."));
	const char *magic = sniff(req, file->data, file->len);
	int png = magic && strcmp(magic, "image/png") == 0;
	int jpeg = magic && strcmp(magic, "image/jpeg") == 0;
	if (!png && !jpeg)
		return refuse(no, 400,
		              _("This is not a JPEG or PNG image (whatever its name says)."));
	const unsigned char *bytes = (const unsigned char *)file->data;
	int w = 0, h = 0;
	if (filecheck_image_size(bytes, file->len, &w, &h) < 0)
		return refuse(no, 400, _("The image is damaged: its size cannot be read."));
	if (square_min > 0 && (w != h || w < square_min || w > STORE_ARTWORK_MAX))
		return refuse(no, 400,
		              arena_printf(req->arena,
		                           _("The image must be square, from %d x %d to %d x %d "
		                             "pixels. This one is %d x %d."),
		                           square_min, square_min, STORE_ARTWORK_MAX,
		                           STORE_ARTWORK_MAX, w, h));
	if (w > STORE_ARTWORK_MAX || h > STORE_ARTWORK_MAX)
		return refuse(no, 400,
		              arena_printf(req->arena,
		                           _("The image may be at most %d pixels wide and high. "
		                             "This one is %d x %d."),
		                           STORE_ARTWORK_MAX, w, h));
	/* Decoded whole by libgd: a damaged or cut-short image is refused
	 * (JPEG warnings such as a premature end count). */
	void *data = (void *)(size_t)file->data; /* libgd reads only */
	gdImagePtr im = png ? gdImageCreateFromPngPtr((int)file->len, data)
	                    : gdImageCreateFromJpegPtrEx((int)file->len, data, 0);
	if (!im)
		return refuse(no, 400,
		              _("The image is damaged or cut short: it cannot be opened."));
	int gw = gdImageSX(im), gh = gdImageSY(im);
	gdImageDestroy(im);
	if (gw != w || gh != h)
		return refuse(no, 400,
		              _("The image is damaged or cut short: it cannot be opened."));

	struct place p;
	const char *type = png ? "image/png" : "image/jpeg";
	if (new_place(req, "images", png ? "png" : "jpg", &p) < 0 ||
	    write_temp(req, &p, file->data, file->len) < 0 ||
	    keep(req, &p, file->len, type, out) < 0)
		return failed(no);
	out->width = w;
	out->height = h;
	return 0;
}

/* ---- transcripts ------------------------------------------------------------ */

int store_transcript(struct request *req, const struct upload *file, struct stored *out,
                     struct transcript *cues, struct store_refusal *no)
{
	memset(out, 0, sizeof *out);
	memset(cues, 0, sizeof *cues);
	if (!store_dir())
		return not_set_up(no);
	if (!file || file->len == 0)
		return refuse(no, 400, _("Choose a transcript file to upload."));
	if ((long long)file->len > STORE_TEXT_MAX)
		return refuse(no, 413, _("The transcript is larger than 2 MB."));
	if (transcript_parse(req->arena, file->data, file->len, cues) < 0)
		return refuse(no, 400,
		              _("This is not a transcript we can read. It must be WebVTT or SRT "
		                "in UTF-8, each cue with well-formed times, and no cue may start "
		                "before the one above it."));
	int vtt = cues->format == TRANSCRIPT_VTT;
	struct place p;
	if (new_place(req, "transcripts", vtt ? "vtt" : "srt", &p) < 0 ||
	    write_temp(req, &p, file->data, file->len) < 0 ||
	    keep(req, &p, file->len, vtt ? "text/vtt" : "application/x-subrip", out) < 0)
		return failed(no);
	return 0;
}

/* ---- removing --------------------------------------------------------------- */

/* A path as store_* made it: kind/<32 hex>.<ext>, nothing else. */
static int stored_name(const char *path)
{
	static const char *const kinds[] = {"audio/", "images/", "transcripts/", NULL};
	for (size_t k = 0; kinds[k]; k++) {
		size_t kl = strlen(kinds[k]);
		if (strncmp(path, kinds[k], kl) != 0)
			continue;
		const char *h = path + kl;
		for (int i = 0; i < 32; i++)
			if (!((h[i] >= '0' && h[i] <= '9') || (h[i] >= 'a' && h[i] <= 'f')))
				return 0;
		if (h[32] != '.')
			return 0;
		for (const char *e = h + 33; *e; e++)
			if (!(*e >= 'a' && *e <= 'z') && !(*e >= '0' && *e <= '9'))
				return 0;
		return h[33] != '\0';
	}
	return 0;
}

void store_remove(struct request *req, const char *path)
{
	const char *dir = store_dir();
	if (!dir || !path || !stored_name(path))
		return;
	const char *full = arena_printf(req->arena, "%s/%s", dir, path);
	/* Once the handler's transaction committed (app.h); at once when
	 * too many are already waiting. */
	if (app_file_unneeded(req, full) < 0 && unlink(full) < 0 && errno != ENOENT)
		log_msg(req->id, "cannot remove %s: %s", full, strerror(errno));
}
