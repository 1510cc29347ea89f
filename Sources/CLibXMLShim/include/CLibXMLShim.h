#ifndef VERBATIM_CLIBXMLSHIM_H
#define VERBATIM_CLIBXMLSHIM_H

#include <stdint.h>

/// An HTML document parsed by libxml2 (recovering from broken markup). Opaque to Swift.
typedef struct vb_html_document vb_html_document;
/// A node inside a `vb_html_document`; valid while the document lives.
typedef const void *vb_html_node;

/// Node kinds, as libxml2 numbers them.
enum {
    VB_HTML_ELEMENT = 1,
    VB_HTML_TEXT = 3,
    VB_HTML_CDATA = 4,
    VB_HTML_COMMENT = 8
};

/// Parses `length` bytes of HTML, however deeply nested. `encoding` may be NULL to let libxml2 read the page's
/// declared charset; a given encoding overrides the declared one. Returns NULL when nothing could be parsed.
vb_html_document *vb_html_parse(const char *bytes, int64_t length, const char *encoding);
void vb_html_free(vb_html_document *document);

/// The root element (`<html>`), or NULL.
vb_html_node vb_html_root(const vb_html_document *document);
vb_html_node vb_html_first_child(vb_html_node node);
vb_html_node vb_html_next_sibling(vb_html_node node);
vb_html_node vb_html_parent(vb_html_node node);
int vb_html_kind(vb_html_node node);
/// The lower-case element name as UTF-8 (owned by the document), or NULL.
const char *vb_html_name(vb_html_node node);
/// The text of a text, CDATA or comment node as UTF-8 (owned by the document), or NULL.
const char *vb_html_content(vb_html_node node);
/// The value of attribute `name`, as newly allocated UTF-8 to release with `vb_html_string_free`, or NULL.
char *vb_html_attribute(vb_html_node node, const char *name);
void vb_html_string_free(char *string);

/// An attribute of an element; valid while the document lives.
typedef const void *vb_html_attr;
/// The first attribute of an element, or NULL.
vb_html_attr vb_html_first_attribute(vb_html_node node);
vb_html_attr vb_html_next_attribute(vb_html_attr attribute);
/// The attribute's name as UTF-8 (owned by the document), or NULL.
const char *vb_html_attribute_name(vb_html_attr attribute);
/// The attribute's value as UTF-8 (owned by the document) when it is held as one text node (the HTML parser's
/// normal case), else NULL; `vb_html_attribute` reads any value.
const char *vb_html_attribute_value(vb_html_attr attribute);

#endif
