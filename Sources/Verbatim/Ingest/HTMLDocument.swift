import CLibXMLShim

/// An HTML page parsed by libxml2, recovering from broken markup. Nodes are valid while the document lives.
final class HTMLDocument {
    private let handle: OpaquePointer

    /// Parses `bytes`. A page that is valid UTF-8 is read as UTF-8 whatever it declares; otherwise libxml2 follows
    /// the page's declared charset, falling back to windows-1252.
    init(bytes: [UInt8]) throws(ArticleError) {
        let isUTF8 = String(validating: bytes, as: UTF8.self) != nil
        let declared = Self.declaresCharset(bytes)
        let encoding: String? = isUTF8 ? "UTF-8" : (declared ? nil : "windows-1252")
        let parsed: OpaquePointer? = bytes.withUnsafeBufferPointer { buffer in
            let base = UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self)
            if let encoding {
                return encoding.withCString { vb_html_parse(base, Int64(buffer.count), $0) }
            }
            return vb_html_parse(base, Int64(buffer.count), nil)
        }
        guard let parsed else {
            throw ArticleError(.unparsableHTML, "libxml2 could not parse the page: check that it is HTML, or pass it with --format text")
        }
        handle = parsed
    }

    deinit {
        vb_html_free(handle)
    }

    var root: HTMLNode? { HTMLNode(vb_html_root(handle)) }

    private static func declaresCharset(_ bytes: [UInt8]) -> Bool {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
        return head.contains("charset=") || head.contains("charset =") || head.contains("encoding=")
    }
}

/// A node of an `HTMLDocument`.
struct HTMLNode {
    let pointer: UnsafeRawPointer

    init?(_ pointer: UnsafeRawPointer?) {
        guard let pointer else { return nil }
        self.pointer = pointer
    }

    var kind: Int32 { vb_html_kind(pointer) }
    var isElement: Bool { kind == Int32(VB_HTML_ELEMENT) }
    var isText: Bool { kind == Int32(VB_HTML_TEXT) || kind == Int32(VB_HTML_CDATA) }
    var firstChild: HTMLNode? { HTMLNode(vb_html_first_child(pointer)) }
    var nextSibling: HTMLNode? { HTMLNode(vb_html_next_sibling(pointer)) }
    var parent: HTMLNode? { HTMLNode(vb_html_parent(pointer)) }

    /// The element name in lower case, or "" for non-elements.
    var name: String { vb_html_name(pointer).map { String(cString: $0).lowercased() } ?? "" }
    /// The text of a text node, or "".
    var content: String { vb_html_content(pointer).map { String(cString: $0) } ?? "" }

    /// The raw lower-case element name (owned by the document), or nil for non-elements.
    var rawName: UnsafePointer<CChar>? { vb_html_name(pointer) }
    /// The raw text of a text node (owned by the document), or nil.
    var rawContent: UnsafePointer<CChar>? { vb_html_content(pointer) }

    /// Calls `body` with each attribute's raw name and value (owned by the document), without copying.
    func forEachAttribute(_ body: (UnsafePointer<CChar>, UnsafePointer<CChar>) -> Void) {
        var attribute = vb_html_first_attribute(pointer)
        while let current = attribute {
            if let name = vb_html_attribute_name(current) {
                if let value = vb_html_attribute_value(current) {
                    body(name, value)
                } else if let copied = vb_html_attribute(pointer, name) {
                    body(name, UnsafePointer(copied))
                    vb_html_string_free(copied)
                }
            }
            attribute = vb_html_next_attribute(current)
        }
    }

    func attribute(_ name: String) -> String? {
        guard let value = vb_html_attribute(pointer, name) else { return nil }
        defer { vb_html_string_free(value) }
        return String(cString: value)
    }
}
