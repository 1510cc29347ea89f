import Foundation

/// Extracts the article from an HTML page: its metadata (title, authors, date, canonical URL, from JSON-LD,
/// `<meta>` and `<link rel=canonical>`) and its body paragraphs in order, without navigation, ads, related links,
/// comments, captions or share widgets (see `HTMLContentExtractor`).
///
/// The text is paragraphs separated by blank lines, white space collapsed; every offset the pipeline produces for
/// an HTML article refers to this text.
public enum HTMLTextExtractor {
    /// The extracted page.
    public struct Page: Sendable {
        /// The headline: JSON-LD `headline`, `og:title`, the first `<h1>`, or `<title>`.
        public let title: String?
        /// The article text.
        public let text: String
        public let metadata: HTMLMetadata
    }

    /// Extracts the article of `bytes` (HTML in any charset; broken markup is recovered).
    public static func extract(_ bytes: [UInt8]) throws(ArticleError) -> Page {
        let document = try HTMLDocument(bytes: bytes)
        guard let root = document.root else {
            throw ArticleError(.unparsableHTML, "the page has no root element: check that it is HTML, or pass it with --format text")
        }
        let tree = HTMLTree(root: root)
        let metadata = HTMLMetadata(tree: tree)
        let extractor = HTMLContentExtractor(tree: tree)
        var paragraphs = extractor.text(of: extractor.mainBlocks())
        paragraphs.removeAll { paragraph in HTMLBoilerplateLines.isBoilerplate(paragraph) }
        if let title = metadata.title, let first = paragraphs.first, first == title { paragraphs.removeFirst() }
        if paragraphs.isEmpty {
            // Nothing article-like: fall back to all visible text, so short pages still give their words.
            paragraphs = extractor.text(of: tree.nodes.isEmpty ? [] : [tree.body ?? 0])
        }
        let text = paragraphs.joined(separator: "\n\n")
        guard !text.isEmpty else {
            throw ArticleError(.emptyArticle, "the page has no visible text: check that it is the article page, not a redirect or a script shell")
        }
        return Page(title: metadata.title, text: text, metadata: metadata)
    }
}

/// Whole paragraphs that are page furniture whatever block they sit in ("Advertisement", "Share this article").
enum HTMLBoilerplateLines {
    static func isBoilerplate(_ paragraph: String) -> Bool {
        if let first = paragraph.utf8.first, "TtWwBb".utf8.contains(first) {
            let lower = paragraph.prefix(40).lowercased()
            if noticePrefixes.contains(where: { lower.hasPrefix($0) }) { return true }
        }
        guard paragraph.utf8.count < 60 else { return false }
        let key = paragraph.lowercased().trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters))
        return labels.contains(key)
    }

    /// Openings of cookie and consent notices.
    static let noticePrefixes = [
        "this website uses cookies", "this site uses cookies", "we use cookies", "by continuing to use this site",
        "by using this site, you agree",
    ]

    static let labels: Set<String> = [
        "advertisement", "advertisements", "advert", "ad", "sponsored", "sponsored content", "story continues below advertisement",
        "article continues below advertisement", "continue reading below", "continue reading", "read more",
        "share this article", "share", "share this", "share on facebook", "share on twitter", "tweet", "email", "print",
        "related", "related articles", "related stories", "related content", "more on this story", "you may also like",
        "recommended", "most read", "most popular", "trending", "sign up", "subscribe", "log in", "skip to main content",
        "comments", "leave a comment", "view comments", "show comments", "scroll to continue with content",
    ]
}

/// Accumulates text into paragraphs with collapsed white space.
struct ParagraphBuilder {
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
