/*
 * crisis.h - crisis words: whether a member's text speaks of suicide or
 * self-harm, in English, Danish or Swedish (a guard, see guard.h).
 */
#ifndef OPBAK_CRISIS_H
#define OPBAK_CRISIS_H

/*
 * Whether text speaks of suicide or self-harm (1) or not (0), in English,
 * Danish or Swedish, matching whole words case-insensitively (Æ Ø Å Ä Ö
 * included), so "skilled" never matches "kill". Errs towards 1: a false
 * alarm costs a help box, a miss costs far more. A NULL text gives 0.
 */
int guard_crisis(const char *text);

#endif
