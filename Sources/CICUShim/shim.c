#include "CICUShim.h"

#include <stdlib.h>
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

/* Paragraphs up to this many bytes are converted to UTF-16, which ICU's break iterator reads faster than UTF-8;
   longer ones are read as UTF-8 in place, so memory stays bounded on a huge single-paragraph page. */
#define UTF16_LIMIT (1 << 20)

/* The thread's UTF-16 copy of the current paragraph, and the UTF-8 offset where each UTF-16 unit starts. */
static _Thread_local UChar *utf16_units = NULL;
static _Thread_local int32_t *utf16_offsets = NULL;
static _Thread_local int64_t utf16_capacity = 0;

/* Converts `length` bytes of UTF-8 into the thread's buffers. Returns the number of UTF-16 units, or -1 when the
   bytes are not well-formed UTF-8 (the caller then reads them as UTF-8, as ICU would). */
static int64_t to_utf16(const unsigned char *bytes, int64_t length) {
    if (length + 1 > utf16_capacity) {
        UChar *units = realloc(utf16_units, (size_t)(length + 1) * sizeof(UChar));
        if (units == NULL) return -1;
        utf16_units = units;
        int32_t *offsets = realloc(utf16_offsets, (size_t)(length + 1) * sizeof(int32_t));
        if (offsets == NULL) return -1;
        utf16_offsets = offsets;
        utf16_capacity = length + 1;
    }
    int64_t count = 0;
    int64_t index = 0;
    while (index < length) {
        unsigned char lead = bytes[index];
        uint32_t scalar;
        int size;
        if (lead < 0x80) {
            utf16_units[count] = lead;
            utf16_offsets[count] = (int32_t)index;
            count += 1;
            index += 1;
            continue;
        } else if (lead >= 0xC2 && lead <= 0xDF) {
            size = 2;
            scalar = lead & 0x1F;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            size = 3;
            scalar = lead & 0x0F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            size = 4;
            scalar = lead & 0x07;
        } else {
            return -1;
        }
        if (index + size > length) return -1;
        for (int offset = 1; offset < size; offset++) {
            unsigned char next = bytes[index + offset];
            if ((next & 0xC0) != 0x80) return -1;
            scalar = scalar << 6 | (next & 0x3F);
        }
        /* Overlong forms, surrogates and values past U+10FFFF are not well-formed. */
        if ((size == 3 && scalar < 0x800) || (size == 4 && (scalar < 0x10000 || scalar > 0x10FFFF))
            || (scalar >= 0xD800 && scalar <= 0xDFFF)) {
            return -1;
        }
        if (scalar >= 0x10000) {
            scalar -= 0x10000;
            utf16_units[count] = (UChar)(0xD800 | (scalar >> 10));
            utf16_offsets[count] = (int32_t)index;
            utf16_units[count + 1] = (UChar)(0xDC00 | (scalar & 0x3FF));
            utf16_offsets[count + 1] = (int32_t)index;
            count += 2;
        } else {
            utf16_units[count] = (UChar)scalar;
            utf16_offsets[count] = (int32_t)index;
            count += 1;
        }
        index += size;
    }
    utf16_offsets[count] = (int32_t)length;
    return count;
}

/* Runs the iterator over the text it was given, writing boundaries (mapped through `offsets` when not NULL). */
static int64_t collect(UBreakIterator *iterator, const int32_t *offsets, int32_t *out, int64_t capacity) {
    int64_t count = 0;
    ubrk_first(iterator);
    for (int32_t boundary = ubrk_next(iterator); boundary != UBRK_DONE; boundary = ubrk_next(iterator)) {
        if (count < capacity) {
            out[count] = offsets == NULL ? boundary : offsets[boundary];
        }
        count += 1;
    }
    return count;
}

int64_t vb_icu_sentence_boundaries(const char *utf8, int64_t length, int32_t *out, int64_t capacity) {
    UBreakIterator *iterator = thread_sentence_iterator();
    if (iterator == NULL || length < 0 || length > INT32_MAX) {
        return -1;
    }
    UErrorCode status = U_ZERO_ERROR;
    if (length <= UTF16_LIMIT) {
        int64_t units = to_utf16((const unsigned char *)utf8, length);
        if (units >= 0) {
            ubrk_setText(iterator, utf16_units, (int32_t)units, &status);
            if (U_FAILURE(status)) {
                return -1;
            }
            return collect(iterator, utf16_offsets, out, capacity);
        }
    }
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
    int64_t count = collect(iterator, NULL, out, capacity);
    utext_close(text);
    return count;
}
