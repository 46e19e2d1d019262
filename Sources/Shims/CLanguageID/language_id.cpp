#include <cstdio>
#include <cstring>
#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>
#include <cld2/internal/lang_script.h>
#include "language_id.h"

extern "C" nd_language_result nd_detect_language(const char *utf8, int length, const char *tld_hint) {
    nd_language_result result;
    std::memset(&result, 0, sizeof result);
    CLD2::CLDHints hints = {nullptr, tld_hint, CLD2::UNKNOWN_ENCODING, CLD2::UNKNOWN_LANGUAGE};
    CLD2::Language language3[3];
    int percent3[3];
    double scores3[3];
    int textBytes = 0;
    int validPrefix = 0;
    bool reliable = false;
    CLD2::Language lang = CLD2::ExtDetectLanguageSummaryCheckUTF8(
        utf8, length, true, &hints, CLD2::kCLDFlagBestEffort,
        language3, percent3, scores3, nullptr, &textBytes, &reliable, &validPrefix);
    const char *code = CLD2::LanguageCode(lang);
    std::snprintf(result.code, sizeof result.code, "%s", code ? code : "un");
    result.percent = percent3[0];
    result.reliable = reliable ? 1 : 0;
    return result;
}
