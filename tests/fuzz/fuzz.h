/*
 * fuzz.h - the one entry point every fuzz target defines (libFuzzer's),
 * called by libFuzzer under `make fuzz` and by replay.c under `make test`.
 */
#ifndef OPBAK_FUZZ_H
#define OPBAK_FUZZ_H

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#endif
