import Foundation

/// Masks the web furniture left in plain-text articles: site chrome, ads, captions and credits, sign-up prompts,
/// wire tails and the teaser blocks after the article's end. Also finds the headline, byline and dateline, masks
/// them (the headline as `title`, so quote extraction skips it) and adds `title`, `authors` and `date` metadata
/// when the input gave none.
///
/// Lines (paragraphs) are classified, in order, by:
/// 1. patterns from `Models/boilerplate/patterns.txt` (whole line, prefix, contained phrase; a line's last
///    sentence is also tested, for labels glued to a paragraph: "… in the offing. Top Stories");
/// 2. shapes: a trailing photo credit "(Name/Outlet)" or "(Photo: …)" with the caption before it and an
///    alt-text line just above; "By X and Y" bylines; outlet labels; "May 24, 2023" datelines;
/// 3. the header: the first headline-shaped line is `title`; short labels above it are `navigation`; a dek
///    (an unpunctuated line, the line under an outlet label, lines up to a repeated headline) is `title`;
/// 4. repetition: a short unpunctuated line seen twice is furniture;
/// 5. structure: after an article-end marker ("With files from", "This report by … was first published"),
///    every line is a `teaser` unless a pattern names it; a short heading just above a promo is a promo.
///
/// Spans are UTF-8 offsets into the text, trimmed, on line or sentence boundaries, sorted and disjoint. Every span
/// records the rule that made it (`patterns.txt:LINE` or `shape:NAME`).
public struct BoilerplateDetector: Stage {
    public let name = "boilerplate"
    public let requires: Set<Layer> = [.paragraphs, .sentences]
    public let provides: Set<Layer> = [.boilerplate]
    public let rules: BoilerplateRules

    public init(rules: BoilerplateRules) {
        self.rules = rules
    }

    /// Lines longer than this (in words) are never furniture, except in the teaser block after the end.
    static let maxClassifiedWords = 40

    public func process(_ document: inout Document) throws(ArticleError) {
        var scan = LineScan(document: document, rules: rules)
        scan.run()
        document.boilerplate = scan.spans()
        addMetadata(scan.found, to: &document)
    }

    private func addMetadata(_ found: LineScan.Found, to document: inout Document) {
        func add(_ key: String, _ value: JSONValue?) {
            guard let value, !document.metadata.contains(where: { $0.key == key }) else { return }
            document.metadata.append((key: key, value: value))
        }
        add("title", found.title.map(JSONValue.string))
        add("authors", found.authors.isEmpty ? nil : .array(found.authors.map(JSONValue.string)))
        add("date", found.date.map(JSONValue.string))
    }
}
