/// Renders an article text as HTML with overlapping highlights: the text is cut at every highlight boundary and
/// each piece becomes one `<span>` carrying the classes of every highlight that covers it, so overlapping and
/// nested highlights never produce crossing tags. Offsets are **code points**.
struct HighlightedText {
    /// One highlight: a span, a CSS class, and a tooltip line.
    struct Highlight {
        let span: CodePointSpan
        let cssClass: String
        let label: String
    }

    let text: ArticleText
    private(set) var highlights: [Highlight] = []

    init(text: ArticleText) {
        self.text = text
    }

    /// Adds a highlight (clamped to the text; empty spans are ignored).
    mutating func add(_ span: CodePointSpan, cssClass: String, label: String) {
        let clamped = text.clamped(span)
        guard clamped.length > 0 else { return }
        highlights.append(Highlight(span: clamped, cssClass: cssClass, label: label))
    }

    /// The escaped HTML of the whole text.
    func render() -> String {
        var cuts = Set([0, text.count])
        for highlight in highlights {
            cuts.insert(highlight.span.start)
            cuts.insert(highlight.span.end)
        }
        let boundaries = cuts.sorted()
        let ordered = highlights.sorted { $0.span < $1.span }
        var html = ""
        for (start, end) in zip(boundaries, boundaries.dropFirst()) where start < end {
            var classes: [String] = []
            var labels: [String] = []
            for highlight in ordered {
                if highlight.span.start > start { break }
                if highlight.span.end >= end {
                    if !classes.contains(highlight.cssClass) { classes.append(highlight.cssClass) }
                    if !labels.contains(highlight.label) { labels.append(highlight.label) }
                }
            }
            let piece = HTMLEscaping.escape(text.substring(CodePointSpan(start: start, end: end)))
            if classes.isEmpty {
                html += piece
            } else {
                html += "<span class=\"\(classes.joined(separator: " "))\" title=\""
                    + HTMLEscaping.escape(labels.joined(separator: "\n")) + "\">" + piece + "</span>"
            }
        }
        return html
    }
}
