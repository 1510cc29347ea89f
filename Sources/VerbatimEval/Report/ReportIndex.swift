/// The HTML report's index of articles: a legend for its counts, the articles sorted by errors (most first), and
/// the same list in file order. The page has no scripts, so both orders are rendered.
enum ReportIndex {
    /// The legend, the index sorted by errors, and the file-order index folded away.
    static func render(_ result: EvalResult) -> String {
        let entries = result.articles.enumerated().map { number, article in
            Entry(number: number, id: article.id, note: note(article, result), errors: errors(article, result))
        }
        // Stable: equal errors keep file order.
        let byErrors = entries.enumerated().sorted {
            $0.element.errors != $1.element.errors ? $0.element.errors > $1.element.errors : $0.offset < $1.offset
        }.map(\.element)
        var html = "<p class=\"index-legend\">" + HTMLEscaping.escape(legend(result)) + "</p>\n"
        html += list(byErrors, id: "index-by-errors")
        html += "<details><summary>Articles in file order</summary>\n" + list(entries, id: "index-in-order")
            + "</details>\n"
        return html
    }

    /// What the numbers beside each article mean.
    static func legend(_ result: EvalResult) -> String {
        var text = "Index, sorted by errors (most first; file order below)."
        if result.isProduced(.quotes) {
            let threshold = result.quotes.first.map { ScoreFormat.threshold($0.threshold) } ?? ""
            text += " Beside each article: matched/gold quotes (coverage > \(threshold)), then +N predicted quotes"
                + " with no gold quote (spurious), then the errors: missed plus spurious."
                + " \"5/6 +1 · 2 errors\": five of six gold quotes found, one quote predicted that is not in the gold."
        } else if result.scoredLayers.contains(.quotes) {
            text += " Beside each article: its gold quotes (quotes were not scored)."
        }
        if result.isProduced(.bodyText) {
            text += " For HTML pages: the body text F1; pages with a lower F1 come first."
        }
        return text
    }

    struct Entry: Sendable {
        let number: Int
        let id: String
        let note: String
        /// Missed plus spurious quotes; a page's `1 - F1` when only its body text is scored.
        let errors: Double
    }

    static func errors(_ article: ArticleEvaluation, _ result: EvalResult) -> Double {
        if result.isProduced(.quotes), let alignment = article.alignments.first {
            return Double(alignment.missed + alignment.spurious)
        }
        if let page = article.page { return 1 - page.f1 }
        return 0
    }

    static func note(_ article: ArticleEvaluation, _ result: EvalResult) -> String {
        if !result.isProduced(.quotes), !article.goldQuotes.isEmpty {
            return " \(article.goldQuotes.count) gold quotes"
        }
        if let alignment = article.alignments.first {
            var note = " \(alignment.matched)/\(article.goldQuotes.count)"
            if alignment.spurious > 0 { note += " +\(alignment.spurious)" }
            let errors = alignment.missed + alignment.spurious
            if errors > 0 { note += " · \(errors) error" + (errors == 1 ? "" : "s") }
            return note
        }
        if let page = article.page { return " F1 " + ScoreFormat.percent(page.f1) }
        return ""
    }

    static func list(_ entries: [Entry], id: String) -> String {
        var html = "<nav class=\"index\" id=\"\(id)\">\n"
        for entry in entries {
            html += "<div><a href=\"#\(HTMLReport.anchor(entry.number))\">\(HTMLEscaping.escape(entry.id))</a>"
                + "<span class=\"n\">\(HTMLEscaping.escape(entry.note))</span></div>\n"
        }
        return html + "</nav>\n"
    }
}
