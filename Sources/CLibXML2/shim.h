#include <libxml/xmlversion.h>
// Debian's libxml2 is built with ICU; its <unicode/...> headers clash with
// Foundation's private ICU copy in any Swift module that sees both.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlreader.h>

/// xmlFree is a mutable global function pointer; Swift 6 rejects reading it directly.
static inline void vncite_xmlFree(void *p) { xmlFree(p); }
