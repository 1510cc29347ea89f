#include "CICUShim.h"

#include <unicode/ubrk.h>
#include <unicode/utext.h>

static _Thread_local UBreakIterator *sentence_iterator = NULL;

static UBreakIterator *thread_sentence_iterator(void) {
    if (sentence_iterator == NULL) {
        UErrorCode status = U_ZERO_ERROR;
        sentence_iterator = ubrk_open(UBRK_SENTENCE, "en_US@ss=standard", NULL, 0, &status);
        if (U_FAILURE(status)) {
            sentence_iterator = NULL;
        }
    }
    return sentence_iterator;
}

int64_t vb_icu_sentence_boundaries(const char *utf8, int64_t length, int32_t *out, int64_t capacity) {
    UBreakIterator *iterator = thread_sentence_iterator();
    if (iterator == NULL || length < 0 || length > INT32_MAX) {
        return -1;
    }
    UErrorCode status = U_ZERO_ERROR;
    /* A UText on the stack: no allocation per call. The iterator keeps its own shallow clone. */
    UText storage = UTEXT_INITIALIZER;
    UText *text = utext_openUTF8(&storage, utf8, length, &status);
    if (U_FAILURE(status)) {
        return -1;
    }
    ubrk_setUText(iterator, text, &status);
    if (U_FAILURE(status)) {
        utext_close(text);
        return -1;
    }
    int64_t count = 0;
    ubrk_first(iterator);
    for (int32_t boundary = ubrk_next(iterator); boundary != UBRK_DONE; boundary = ubrk_next(iterator)) {
        if (count < capacity) {
            out[count] = boundary;
        }
        count += 1;
    }
    utext_close(text);
    return count;
}
