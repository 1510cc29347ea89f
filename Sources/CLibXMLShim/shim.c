#include "CLibXMLShim.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlmemory.h>

struct vb_html_document {
    htmlDocPtr doc;
};

static void silent_error(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}

vb_html_document *vb_html_parse(const char *bytes, int64_t length, const char *encoding) {
    if (bytes == NULL || length <= 0 || length > INT32_MAX) return NULL;
    xmlSetGenericErrorFunc(NULL, silent_error);
    /* XML_PARSE_HUGE lifts libxml2's nesting limit of 256 levels (past it the parser stops and drops the rest of
       the page); the tree is walked without recursion, so depth costs nothing but memory. */
    int options = HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_RECOVER |
                  HTML_PARSE_NOBLANKS | HTML_PARSE_COMPACT | XML_PARSE_HUGE;
    /* An encoding chosen by the caller (who has read the bytes) wins over what the page declares. */
    if (encoding != NULL) options |= HTML_PARSE_IGNORE_ENC;
    htmlDocPtr doc = htmlReadMemory(bytes, (int)length, NULL, encoding, options);
    if (doc == NULL) return NULL;
    vb_html_document *document = xmlMalloc(sizeof(vb_html_document));
    if (document == NULL) {
        xmlFreeDoc(doc);
        return NULL;
    }
    document->doc = doc;
    return document;
}

void vb_html_free(vb_html_document *document) {
    if (document == NULL) return;
    xmlFreeDoc(document->doc);
    xmlFree(document);
}

vb_html_node vb_html_root(const vb_html_document *document) {
    return document ? xmlDocGetRootElement(document->doc) : NULL;
}

vb_html_node vb_html_first_child(vb_html_node node) { return node ? ((xmlNodePtr)node)->children : NULL; }
vb_html_node vb_html_next_sibling(vb_html_node node) { return node ? ((xmlNodePtr)node)->next : NULL; }
vb_html_node vb_html_parent(vb_html_node node) { return node ? ((xmlNodePtr)node)->parent : NULL; }
int vb_html_kind(vb_html_node node) { return node ? (int)((xmlNodePtr)node)->type : 0; }

const char *vb_html_name(vb_html_node node) {
    if (node == NULL || ((xmlNodePtr)node)->type != XML_ELEMENT_NODE) return NULL;
    return (const char *)((xmlNodePtr)node)->name;
}

const char *vb_html_content(vb_html_node node) {
    if (node == NULL) return NULL;
    xmlNodePtr n = (xmlNodePtr)node;
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE || n->type == XML_COMMENT_NODE) {
        return (const char *)n->content;
    }
    return NULL;
}

char *vb_html_attribute(vb_html_node node, const char *name) {
    if (node == NULL || ((xmlNodePtr)node)->type != XML_ELEMENT_NODE) return NULL;
    return (char *)xmlGetProp((xmlNodePtr)node, (const xmlChar *)name);
}

void vb_html_string_free(char *string) {
    if (string) xmlFree(string);
}

vb_html_attr vb_html_first_attribute(vb_html_node node) {
    if (node == NULL || ((xmlNodePtr)node)->type != XML_ELEMENT_NODE) return NULL;
    return ((xmlNodePtr)node)->properties;
}

vb_html_attr vb_html_next_attribute(vb_html_attr attribute) {
    return attribute ? ((xmlAttrPtr)attribute)->next : NULL;
}

const char *vb_html_attribute_name(vb_html_attr attribute) {
    return attribute ? (const char *)((xmlAttrPtr)attribute)->name : NULL;
}

const char *vb_html_attribute_value(vb_html_attr attribute) {
    if (attribute == NULL) return NULL;
    xmlNodePtr child = ((xmlAttrPtr)attribute)->children;
    if (child == NULL) return "";
    if (child->next != NULL || child->type != XML_TEXT_NODE) return NULL;
    return (const char *)child->content;
}
