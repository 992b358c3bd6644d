/*
 * chart.c - an indicator's trend as SVG numbers (chart.h). Integer
 * coordinates in a fixed viewBox: the browser scales the picture, so a
 * phone at 360 px and a desktop see the same chart, and the page holds
 * no floating point text to format.
 */
#include <math.h>
#include <stdlib.h>
#include <stdio.h>

#include "chart.h"
#include "goals.h"

#define DAY_SECONDS 86400LL

void chart_layout(struct chart *c, long long from, long long to)
{
	c->width = CHART_WIDTH;
	c->height = CHART_HEIGHT;
	c->left = CHART_LEFT;
	c->right = CHART_RIGHT;
	c->top = CHART_TOP;
	c->bottom = CHART_BOTTOM;
	c->nyticks = 0;
	for (int v = INDICATOR_SCALE_MIN; v <= INDICATOR_SCALE_MAX && c->nyticks < CHART_YTICKS_MAX;
	     v++) {
		struct chart_tick *k = &c->yticks[c->nyticks++];
		k->x = c->left;
		k->y = chart_y(c, v);
		k->t = 0;
		k->value = v;
	}
	c->nxticks = 0;
	if (to <= from)
		return;
	for (long long t = from; t <= to && c->nxticks < CHART_XTICKS_MAX; t += 7 * DAY_SECONDS) {
		struct chart_tick *k = &c->xticks[c->nxticks++];
		k->x = chart_x(c, t, from, to);
		k->y = c->bottom;
		k->t = t;
		k->value = 0;
	}
}

int chart_x(const struct chart *c, long long t, long long from, long long to)
{
	if (to <= from || t <= from)
		return c->left;
	if (t >= to)
		return c->right;
	/* (t - from) < 2^63 / width for any window a page asks about. */
	long double share = (long double)(t - from) / (long double)(to - from);
	return c->left + (int)lroundl(share * (c->right - c->left));
}

int chart_y(const struct chart *c, int value)
{
	if (value < INDICATOR_SCALE_MIN)
		value = INDICATOR_SCALE_MIN;
	if (value > INDICATOR_SCALE_MAX)
		value = INDICATOR_SCALE_MAX;
	int steps = INDICATOR_SCALE_MAX - INDICATOR_SCALE_MIN;
	int span = c->bottom - c->top;
	return c->bottom - (int)lround((double)(value - INDICATOR_SCALE_MIN) * span / steps);
}

void chart_points(const struct chart *c, const struct chart_point *p, size_t n, long long from,
                  long long to, struct buf *out)
{
	for (size_t i = 0; i < n; i++)
		buf_printf(out, "%s%d,%d", i ? " " : "", chart_x(c, p[i].t, from, to),
		           chart_y(c, p[i].value));
	if (!out->data)
		buf_puts(out, ""); /* an empty attribute, never NULL */
}

int chart_trend(double now, double before)
{
	long a = lround(now * 10), b = lround(before * 10);
	return a > b ? 1 : a < b ? -1 : 0;
}

void chart_average(double avg, char *out, size_t size)
{
	long tenths = lround(avg * 10);
	snprintf(out, size, "%ld.%ld", tenths / 10, labs(tenths % 10));
}
