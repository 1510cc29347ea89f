#ifndef VERBATIM_CICUSHIM_H
#define VERBATIM_CICUSHIM_H

#include <stdint.h>

/// Finds ICU sentence boundaries (locale `en_US@ss=standard`) in UTF-8 text.
///
/// Writes the UTF-8 byte offsets of every boundary after the first (so the last one is `length`) into `out`,
/// up to `capacity` of them, and returns how many boundaries there are in total (which may exceed `capacity`:
/// call again with a larger buffer). Returns -1 when ICU fails (the text is then treated as one sentence).
/// Thread-safe: each thread keeps its own break iterator.
int64_t vb_icu_sentence_boundaries(const char *utf8, int64_t length, int32_t *out, int64_t capacity);

#endif
