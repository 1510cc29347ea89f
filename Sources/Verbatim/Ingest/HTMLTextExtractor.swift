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
    public static func extract(_ bytes: [UInt8], rules: HTMLRules) throws(ArticleError) -> Page {
        let document = try HTMLDocument(bytes: bytes)
        guard let root = document.root else {
            throw ArticleError(.unparsableHTML, "the page has no root element: check that it is HTML, or pass it with --format text")
        }
        let tree = HTMLTree(root: root, rules: rules)
        let metadata = HTMLMetadata(tree: tree, articleTypes: rules.articleTypes)
        let extractor = HTMLContentExtractor(tree: tree)
        var paragraphs = extractor.text(of: extractor.mainBlocks())
        paragraphs.removeAll { paragraph in HTMLBoilerplateLines.isBoilerplate(paragraph, rules: rules) }
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

/// Whole paragraphs that are page furniture whatever block they sit in ("Advertisement", "Share this article"),
/// listed in `Models/html/boilerplate-lines.tsv`.
enum HTMLBoilerplateLines {
    static func isBoilerplate(_ paragraph: String, rules: HTMLRules) -> Bool {
        if let first = paragraph.utf8.first, "TtWwBb".utf8.contains(first) {
            let lower = paragraph.prefix(40).lowercased()
            if rules.noticePrefixes.contains(where: { lower.hasPrefix($0) }) { return true }
        }
        guard paragraph.utf8.count < 60 else { return false }
        let key = paragraph.lowercased().trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters))
        return rules.labels.contains(key)
    }


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
