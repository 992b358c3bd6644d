/*
 * chart.h - an indicator's trend as the numbers of an inline SVG, drawn
 * on the server (indicators.c fills goals/indicator_charts.tpl with
 * them), so the chart needs no JavaScript and every value in it is a
 * number this file made.
 *
 * Pure: ratings (time, value) in, coordinates out. The picture is a
 * fixed viewBox CHART_WIDTH x CHART_HEIGHT: the scale INDICATOR_SCALE_MIN
 * (bottom) to INDICATOR_SCALE_MAX (top) on the left, the window of days
 * [from, to] left to right with a tick each week.
 */
#ifndef OPBAK_GOALS_CHART_H
#define OPBAK_GOALS_CHART_H

#include <stddef.h>

#include "arena.h"

#define CHART_WIDTH      600
#define CHART_HEIGHT     220
#define CHART_LEFT       40 /* room for the scale's numbers */
#define CHART_RIGHT      590
#define CHART_TOP        15  /* the top of the scale */
#define CHART_BOTTOM     185 /* the bottom of the scale; the dates below */
#define CHART_DAYS       56  /* the window: the last 8 weeks */
#define CHART_POINTS_MAX 400 /* ratings drawn per indicator (the newest) */
#define CHART_XTICKS_MAX 16
#define CHART_YTICKS_MAX 10

struct chart_point {
	long long t; /* seconds since the epoch */
	int value;   /* INDICATOR_SCALE_MIN..MAX (others are clamped) */
};

struct chart_tick {
	int x, y;    /* where it stands (x for a date, y for a value) */
	long long t; /* x ticks: the time it stands for */
	int value;   /* y ticks: the value */
};

struct chart {
	int width, height;                          /* the viewBox: 0 0 width height */
	int left, right, top, bottom;               /* the plot area */
	struct chart_tick xticks[CHART_XTICKS_MAX]; /* one a week, from `from` */
	size_t nxticks;
	struct chart_tick yticks[CHART_YTICKS_MAX]; /* one per value of the scale */
	size_t nyticks;
};

/* Lay the chart out for the window [from, to] (seconds; to > from). */
void chart_layout(struct chart *c, long long from, long long to);
/* Where a rating stands in the chart laid out for [from, to]: times
 * outside the window are clamped to its edges, values to the scale. */
int chart_x(const struct chart *c, long long t, long long from, long long to);
int chart_y(const struct chart *c, int value);
/* The polyline's points attribute "x,y x,y ..." for n ratings in the
 * order given (oldest first), appended to out. */
void chart_points(const struct chart *c, const struct chart_point *p, size_t n, long long from,
                  long long to, struct buf *out);
/* How an average compares with the one before, both rounded to one
 * decimal as shown: 1 up, -1 down, 0 the same. */
int chart_trend(double now, double before);
/* An average as shown: one decimal ("3.4"), into out (at least 8 bytes). */
void chart_average(double avg, char *out, size_t size);

#endif
