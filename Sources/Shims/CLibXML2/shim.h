// libxml2 for XML feeds and the HTML entity table.
// Debian's libxml2 headers pull in ICU headers that clash with Foundation's
// copy, so ICU support is switched off before the parser headers are read.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/HTMLparser.h>

// xmlFree is a global function pointer, which Swift 6 flags as shared mutable state.
static inline void nd_xml_free(void *p) { xmlFree(p); }
