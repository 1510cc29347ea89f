/// The visible text of an HTML page: block elements and `<br>` become paragraphs (separated by blank lines), inline
/// white space collapses to single spaces, and scripts, styles and other invisible content are dropped.
public enum HTMLTextExtractor {
    /// The extracted page: its `<title>` and its visible text.
    public struct Page: Sendable {
        public let title: String?
        public let text: String
    }

    static let invisible: Set<String> = [
        "script", "style", "noscript", "template", "title", "meta", "link", "svg", "iframe", "object", "embed",
        "select", "canvas",
    ]
    static let blocks: Set<String> = [
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "h1", "h2", "h3", "h4", "h5",
        "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "tr", "td", "th", "blockquote", "pre", "figure",
        "figcaption", "form", "fieldset", "address", "hr", "body", "html", "caption", "details", "summary",
    ]

    /// Extracts the visible text of `bytes`.
    public static func extract(_ bytes: [UInt8]) throws(ArticleError) -> Page {
        let document = try HTMLDocument(bytes: bytes)
        guard let root = document.root else {
            throw ArticleError(.unparsableHTML, "the page has no root element: check that it is HTML, or pass it with --format text")
        }
        var builder = ParagraphBuilder()
        var title: String?
        // Iterative depth-first walk: deeply nested pages cannot overflow the stack.
        var node: HTMLNode? = root
        var skipChildren = false
        while let current = node {
            let name = current.name
            if current.isElement {
                if name == "title", title == nil {
                    title = textContent(of: current)
                }
                skipChildren = invisible.contains(name)
                if !skipChildren {
                    if blocks.contains(name) { builder.breakParagraph() }
                    if name == "br" { builder.breakParagraph() }
                }
            } else if current.isText {
                builder.append(current.content)
            }
            // Advance: first child, else next sibling, else climb.
            if current.isElement, !skipChildren, let child = current.firstChild {
                node = child
                continue
            }
            var climber: HTMLNode? = current
            node = nil
            while let up = climber {
                if up.isElement, blocks.contains(up.name) { builder.breakParagraph() }
                if up.pointer == root.pointer { break }
                if let sibling = up.nextSibling {
                    node = sibling
                    break
                }
                climber = up.parent
            }
        }
        let text = builder.finish()
        guard !text.isEmpty else {
            throw ArticleError(.emptyArticle, "the page has no visible text: check that it is the article page, not a redirect or a script shell")
        }
        return Page(title: title.map(ParagraphBuilder.collapse).flatMap { $0.isEmpty ? nil : $0 }, text: text)
    }

    private static func textContent(of node: HTMLNode) -> String {
        var result = ""
        var child = node.firstChild
        while let current = child {
            if current.isText { result += current.content }
            child = current.nextSibling
        }
        return result
    }
}

/// Accumulates text into paragraphs with collapsed white space.
struct ParagraphBuilder {
    private var paragraphs: [String] = []
    private var current = ""

    mutating func append(_ text: String) {
        current += text
    }

    mutating func breakParagraph() {
        let collapsed = Self.collapse(current)
        if !collapsed.isEmpty { paragraphs.append(collapsed) }
        current = ""
    }

    mutating func finish() -> String {
        breakParagraph()
        return paragraphs.joined(separator: "\n\n")
    }

    /// `text` with every run of white space turned into one space, trimmed.
    static func collapse(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if UTF8Scanner.isSpace(scalar) {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.unicodeScalars.append(" ") }
                pendingSpace = false
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
