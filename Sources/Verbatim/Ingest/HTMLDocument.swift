import CLibXMLShim

/// An HTML page parsed by libxml2, recovering from broken markup. Nodes are valid while the document lives.
final class HTMLDocument {
    private let handle: OpaquePointer

    /// Parses `bytes`. UTF-16 and UTF-32 pages (by byte order mark, or by their zero-byte pattern) are decoded first.
    /// A page that is valid UTF-8 is read as UTF-8 whatever it declares. Otherwise libxml2 follows the page's
    /// declared charset, except that a page declaring UTF-8, Latin-1 or ASCII (or nothing) is read as windows-1252,
    /// as browsers do, so curly quotes in its bytes 0x80-0x9F stay curly quotes.
    init(bytes: [UInt8]) throws(ArticleError) {
        var bytes = bytes
        let encoding: String?
        if let (form, mark) = UnicodeSniffer.detect(bytes[...]) {
            guard let text = UnicodeSniffer.decode(bytes, form: form, markLength: mark) else {
                throw ArticleError(.unparsableHTML, "the page looks like \(form.rawValue) but is not valid \(form.rawValue): re-encode it as UTF-8, e.g. 'iconv -f \(form.rawValue) -t utf-8'")
            }
            bytes = Array(text.utf8)
            encoding = "UTF-8"
        } else if String(validating: bytes, as: UTF8.self) != nil {
            encoding = "UTF-8"
        } else {
            switch Self.declaredCharset(bytes) {
            case nil, "utf-8", "utf8":
                // Mostly good UTF-8 with a few bad bytes is UTF-8 (bad bytes become U+FFFD); otherwise the bytes
                // are a single-byte charset mislabelled, read as windows-1252.
                let repaired = String(decoding: bytes, as: UTF8.self)
                var wide = 0, replaced = 0
                for scalar in repaired.unicodeScalars where scalar.value > 0x7F {
                    if scalar == "\u{FFFD}" { replaced += 1 } else { wide += 1 }
                }
                if wide > replaced {
                    bytes = Array(repaired.utf8)
                    encoding = "UTF-8"
                } else {
                    encoding = "windows-1252"
                }
            case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii", "windows-1252", "cp1252":
                encoding = "windows-1252"
            default:
                encoding = nil
            }
        }
        guard !bytes.isEmpty else {
            throw ArticleError(.emptyArticle, "the page is empty: check that the crawl stored the page body")
        }
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

    /// The charset the page declares (`<meta charset>`, `http-equiv` content, or an XML declaration's encoding) in
    /// its first 4 KiB, lower-cased, or nil.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let head = Array(String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased().utf8)
        for marker in [Array("charset".utf8), Array("encoding".utf8)] {
            var start = 0
            while let found = Self.find(marker, in: head, from: start) {
                var index = found + marker.count
                while index < head.count, head[index] == 0x20 { index += 1 }
                start = found + marker.count
                guard index < head.count, head[index] == UInt8(ascii: "=") else { continue }
                index += 1
                while index < head.count, head[index] == 0x20 || head[index] == 0x22 || head[index] == 0x27 { index += 1 }
                let valueStart = index
                while index < head.count, head[index] == UInt8(ascii: "-") || head[index] == UInt8(ascii: "_")
                        || head[index] == UInt8(ascii: ".") || head[index] == UInt8(ascii: ":")
                        || (head[index] >= 0x30 && head[index] <= 0x39) || (head[index] >= 0x61 && head[index] <= 0x7A) {
                    index += 1
                }
                if index > valueStart { return String(decoding: head[valueStart..<index], as: UTF8.self) }
            }
        }
        return nil
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
        for index in start...(haystack.count - needle.count) where haystack[index] == needle[0] {
            if haystack[index..<index + needle.count].elementsEqual(needle) { return index }
        }
        return nil
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
