/// The `--html` report: one self-contained page (inline CSS, no scripts, no external assets) with the headline
/// scores, a legend, an index (`ReportIndex`: sorted by errors, its counts explained), and each article's text with
/// gold and predicted quotes, speakers and cues highlighted, plus a table of its quotes. All text from the files is escaped, and every element is closed, so
/// the page also parses as XML.
public enum HTMLReport {
    /// Renders the page.
    public static func render(_ result: EvalResult, goldName: String, names: SpeakerNameMatcher) -> String {
        var html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
        html += "<title>Verbatim eval: \(HTMLEscaping.escape(goldName))</title>\n"
        html += "<style>\n\(ReportStyle.css)\n</style>\n</head>\n<body>\n"
        html += "<h1>Verbatim evaluation</h1>\n"
        html += "<p class=\"meta\">\(HTMLEscaping.escape(ScoreTable.heading(result, goldName: goldName)))</p>\n"
        html += headline(result)
        html += "<details><summary>All scores</summary><pre class=\"table\">"
            + HTMLEscaping.escape(ScoreTable.render(result, goldName: goldName)) + "</pre></details>\n"
        html += legend(result)
        html += ReportIndex.render(result)
        for (number, article) in result.articles.enumerated() {
            html += ArticleSection(article: article, number: number, result: result, names: names).render()
        }
        html += "</body>\n</html>\n"
        return html
    }

    /// The anchor of an article's section.
    static func anchor(_ number: Int) -> String { "a\(number)" }

    static func headline(_ result: EvalResult) -> String {
        var rows: [(String, [String])] = []
        if result.isProduced(.quotes) {
            for scores in result.quotes {
                let counts = scores.counts
                rows.append(("quotes, coverage > \(ScoreFormat.threshold(scores.threshold))",
                             [counts.precision, counts.recall, counts.f1].map(ScoreFormat.percent)))
            }
            if let first = result.quotes.first {
                var accuracies = "speaker span \(ScoreFormat.accuracy(first.speakerSpan))"
                if result.isProduced(.speakerNames), let names = first.speakerName {
                    accuracies += " · speaker name \(ScoreFormat.accuracy(names))"
                }
                accuracies += " · cue \(ScoreFormat.accuracy(first.cue))"
                rows.append(("on matches @\(ScoreFormat.threshold(first.threshold))", [accuracies]))
            }
        }
        if result.isProduced(.entities) {
            let exact = result.entities.exactMicro
            rows.append(("entities, exact", [exact.precision, exact.recall, exact.f1].map(ScoreFormat.percent)))
            let relaxed = result.entities.relaxedMicro
            rows.append(("entities, relaxed", [relaxed.precision, relaxed.recall, relaxed.f1].map(ScoreFormat.percent)))
        }
        if result.isProduced(.sentences) {
            let boundaries = result.sentences.boundaries
            rows.append(("sentence boundaries",
                         [boundaries.precision, boundaries.recall, boundaries.f1].map(ScoreFormat.percent)))
            rows.append(("sentences, documents exact", [ScoreFormat.accuracy(result.sentences.documents)]))
        }
        if result.isProduced(.boilerplate) {
            let characters = result.boilerplate.characters
            rows.append(("boilerplate, kept text",
                         [characters.precision, characters.recall, characters.f1].map(ScoreFormat.percent)))
        }
        if result.isProduced(.bodyText) {
            let body = result.bodyText
            rows.append(("html body (Zyte)", [body.precision, body.recall, body.f1].map(ScoreFormat.percent)))
            rows.append(("html body, pages exact", [ScoreFormat.accuracy(body.accuracy)]))
        }
        var html = "<table class=\"headline\">\n<tr><th>score</th><th>P</th><th>R</th><th>F1</th></tr>\n"
        for (label, cells) in rows {
            html += "<tr><td>\(HTMLEscaping.escape(label))</td>"
            if cells.count == 3 {
                html += cells.enumerated().map { index, cell in
                    "<td\(index == 2 ? " class=\"big\"" : "")>\(cell)</td>"
                }.joined()
            } else {
                html += "<td colspan=\"3\">\(HTMLEscaping.escape(cells.joined()))</td>"
            }
            html += "</tr>\n"
        }
        for layer in result.unproduced.keys.sorted() {
            html += "<tr class=\"unscored\"><td>\(layer.rawValue): not scored</td><td colspan=\"3\">"
                + HTMLEscaping.escape(result.unproduced[layer]!) + "</td></tr>\n"
        }
        return html + "</table>\n"
    }

    /// The legend entries that apply to `result`.
    static func legend(_ result: EvalResult) -> String {
        let quotesScored = result.isProduced(.quotes)
        let goldQuotes = result.scoredLayers.contains(.quotes)
        var html = "<div class=\"legend\">"
        for (cssClass, label) in ReportStyle.legend {
            let shown: Bool
            switch cssClass {
            case "g-only": shown = goldQuotes && !quotesScored
            case "g-sp", "g-cue": shown = goldQuotes
            case "g-bp": shown = result.scoredLayers.contains(.boilerplate)
            case "p-bp": shown = result.isProduced(.boilerplate)
            default: shown = quotesScored
            }
            if shown {
                html += "<span><span class=\"key \(cssClass)\">Abc</span> \(HTMLEscaping.escape(label))</span>"
            }
        }
        return html == "<div class=\"legend\">" ? "" : html + "</div>\n"
    }
}
