#include <string.h>
#include <stdio.h>
#include <unicode/ucsdet.h>
#include <unicode/ucnv.h>
#include "charset.h"

int nd_detect_charset_filtered(const char *bytes, int length, int strip_markup, char *name, int name_capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UCharsetDetector *detector = ucsdet_open(&status);
    if (U_FAILURE(status)) return -1;
    // Tag names and attributes are ASCII and would dilute the statistics of
    // the text between them, so markup is skipped when asked.
    ucsdet_enableInputFilter(detector, strip_markup ? 1 : 0);
    ucsdet_setText(detector, bytes, length, &status);
    const UCharsetMatch *match = ucsdet_detect(detector, &status);
    int confidence = -1;
    if (U_SUCCESS(status) && match) {
        const char *found = ucsdet_getName(match, &status);
        if (U_SUCCESS(status) && found) {
            snprintf(name, (size_t)name_capacity, "%s", found);
            confidence = ucsdet_getConfidence(match, &status);
        }
    }
    ucsdet_close(detector);
    return confidence;
}

int nd_detect_charset(const char *bytes, int length, char *name, int name_capacity) {
    return nd_detect_charset_filtered(bytes, length, 0, name, name_capacity);
}

long nd_convert_to_utf8(const char *from, const char *bytes, long length, char *out, long out_capacity) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t written = ucnv_convert("UTF-8", from, out, (int32_t)out_capacity, bytes, (int32_t)length, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) return -2;
    if (U_FAILURE(status)) return -1;
    return written;
}

int nd_charset_known(const char *name) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(name, &status);
    if (U_FAILURE(status) || !converter) return 0;
    ucnv_close(converter);
    return 1;
}
