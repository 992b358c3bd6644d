/*
 * feed.h - the handlers of the feed executable (see main.c).
 */
#ifndef OPBAK_FEED_H
#define OPBAK_FEED_H

#include "request.h"

int home_fn(struct request *req);

#endif
