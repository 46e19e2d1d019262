// Charset detection and conversion through ICU, behind a C interface that
// exposes no ICU types (ICU's renaming macros and its clash with Foundation's
// bundled copy stay inside this target).
#ifndef ND_CHARSET_H
#define ND_CHARSET_H
#include <stddef.h>

// Guesses the charset of `bytes`. Writes its canonical name into `name`
// and returns ICU's confidence (0-100), or -1 when nothing was detected.
int nd_detect_charset(const char *bytes, int length, char *name, int name_capacity);

// As nd_detect_charset; when `strip_markup` is non-zero, <...> tags are ignored
// so that the text of an HTML page decides the guess.
int nd_detect_charset_filtered(const char *bytes, int length, int strip_markup, char *name, int name_capacity);

// Converts `length` bytes in charset `from` to UTF-8 in `out` (capacity `out_capacity`).
// Returns the number of bytes written, or -1 when the charset is unknown,
// or -2 when `out` was too small. Invalid sequences become U+FFFD.
long nd_convert_to_utf8(const char *from, const char *bytes, long length, char *out, long out_capacity);

// 1 when ICU knows a converter of that name or alias, 0 otherwise.
int nd_charset_known(const char *name);

#endif
