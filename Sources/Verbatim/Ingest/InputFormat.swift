/// How an input is read. `auto` looks at the file extension, then at the content.
public enum InputFormat: String, Sendable, CaseIterable {
    case auto
    /// Plain text: the whole input is one article.
    case text
    /// An HTML page: one article, its text extracted.
    case html
    /// A dump: one JSON object per line with `id` and `text` or `html`.
    case jsonl

    /// The format a path's extension names (ignoring a trailing `.gz`), or nil.
    static func fromExtension(of path: String) -> InputFormat? {
        var name = path.lowercased()
        if name.hasSuffix(".gz") { name.removeLast(3) }
        guard let dot = name.lastIndex(of: "."), !name[dot...].contains("/") else { return nil }
        switch name[name.index(after: dot)...] {
        case "txt", "text": return .text
        case "html", "htm", "xhtml": return .html
        case "jsonl", "ndjson", "jsonlines": return .jsonl
        default: return nil
        }
    }

    /// The format the first bytes of an input suggest.
    static func sniff(_ head: ArraySlice<UInt8>) -> InputFormat {
        let text = UnicodeSniffer.sniffingText(head) ?? String(decoding: head.prefix(2048), as: UTF8.self)
        let trimmed = text.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        if trimmed.first == "{" { return .jsonl }
        let lower = trimmed.prefix(1024).lowercased()
        for marker in ["<!doctype html", "<html", "<head", "<body", "<?xml", "<div", "<p>", "<article", "<meta"]
        where lower.contains(marker) {
            return .html
        }
        return .text
    }
}
