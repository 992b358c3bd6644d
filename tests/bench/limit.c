/*
 * limit.c - the FastCGI limit of make bench: what nginx and libfcgi allow
 * for a page when the page costs nothing. At start it loads every file of
 * a folder into memory; /__bench/limit/<name> is then answered with the
 * headers in <name>.head (what the site sent, less Date and cookies) and
 * the bytes of <name>, nothing else. Same worker count as the site.
 *
 *   bench-limit SOCKET FOLDER WORKERS
 */
#include <dirent.h>
#include <fcgiapp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#define MAX_FILES 256

struct file {
	char name[128];
	char *bytes;
	long size;
};

static struct file files[MAX_FILES];
static int nfiles;

static char *slurp(const char *path, long *size)
{
	FILE *f = fopen(path, "rb");
	struct stat st;
	char *bytes = NULL;
	if (f && fstat(fileno(f), &st) == 0 && (bytes = malloc((size_t)st.st_size + 1)) &&
	    fread(bytes, 1, (size_t)st.st_size, f) == (size_t)st.st_size) {
		bytes[st.st_size] = '\0';
		*size = st.st_size;
	} else {
		free(bytes);
		bytes = NULL;
	}
	if (f)
		fclose(f);
	return bytes;
}

static const struct file *find(const char *name)
{
	for (int i = 0; i < nfiles; i++)
		if (strcmp(files[i].name, name) == 0)
			return &files[i];
	return NULL;
}

static void serve(void)
{
	FCGX_Request r;
	FCGX_InitRequest(&r, 0, 0);
	while (FCGX_Accept_r(&r) == 0) {
		const char *uri = FCGX_GetParam("DOCUMENT_URI", r.envp);
		const char *name = uri && strrchr(uri, '/') ? strrchr(uri, '/') + 1 : "";
		char head_name[160];
		snprintf(head_name, sizeof head_name, "%s.head", name);
		const struct file *body = find(name), *head = find(head_name);
		if (body && head) {
			FCGX_PutStr(head->bytes, (int)head->size, r.out);
			FCGX_PutStr("\r\n", 2, r.out);
			FCGX_PutStr(body->bytes, (int)body->size, r.out);
		} else {
			FCGX_FPrintF(r.out,
			             "Status: 404 Not Found\r\nContent-Type: text/plain\r\n\r\n"
			             "no such page\n");
		}
		FCGX_Finish_r(&r);
	}
}

int main(int argc, char **argv)
{
	if (argc != 4 || atoi(argv[3]) < 1) {
		fprintf(stderr, "usage: bench-limit SOCKET FOLDER WORKERS\n");
		return 2;
	}
	DIR *d = opendir(argv[2]);
	struct dirent *e;
	while (d && (e = readdir(d)) && nfiles < MAX_FILES) {
		char path[4096];
		if (e->d_name[0] == '.' || strlen(e->d_name) >= sizeof files[0].name)
			continue;
		snprintf(path, sizeof path, "%s/%s", argv[2], e->d_name);
		files[nfiles].bytes = slurp(path, &files[nfiles].size);
		if (files[nfiles].bytes)
			strcpy(files[nfiles++].name, e->d_name);
	}
	if (d)
		closedir(d);
	if (FCGX_Init() != 0)
		return 1;
	int fd = FCGX_OpenSocket(argv[1], 256) /* as the site (core/app.c) */;
	if (fd < 0) {
		fprintf(stderr, "bench-limit: cannot listen on %s\n", argv[1]);
		return 1;
	}
	dup2(fd, 0); /* FCGX_InitRequest(&r, 0, 0) accepts on fd 0 */
	for (int i = 0; i < atoi(argv[3]); i++)
		if (fork() == 0) {
			serve();
			return 0;
		}
	signal(SIGTERM, SIG_DFL);
	while (wait(NULL) > 0) /* the workers end with the group (stack stop) */
		;
	return 0;
}
