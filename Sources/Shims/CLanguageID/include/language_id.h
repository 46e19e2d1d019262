// Language identification through CLD2, behind a plain C interface: CLD2's
// C++ API would otherwise force C++ interop on every dependent Swift target.
#ifndef ND_LANGUAGE_ID_H
#define ND_LANGUAGE_ID_H

#ifdef __cplusplus
extern "C" {
#endif

typedef struct {
    char code[16];      // ISO 639-1 where one exists ("en", "de", "zh-Hant"), "un" when unknown
    int percent;        // share of the text in that language, 0-100
    int reliable;       // 1 when CLD2 calls its answer reliable
} nd_language_result;

// Detects the main language of valid UTF-8 plain text. `tld_hint` may be NULL.
nd_language_result nd_detect_language(const char *utf8, int length, const char *tld_hint);

#ifdef __cplusplus
}
#endif
#endif
