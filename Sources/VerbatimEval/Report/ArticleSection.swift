/// One article of the HTML report: heading, counts, the highlighted text and the quote table. Highlights use the
/// alignment at the first coverage threshold; offsets are **code points** into the gold text.
struct ArticleSection {
    let article: ArticleEvaluation
    let number: Int
    let result: EvalResult
    let names: SpeakerNameMatcher

    func render() -> String {
        var html = "<section class=\"article\" id=\"\(HTMLReport.anchor(number))\">\n"
        html += "<h2>\(HTMLEscaping.escape(article.id))</h2>\n"
        let errors = QuoteError.collect(from: article, result: result, names: names)
        html += counts(errors)
        if let page = article.page {
            html += "<p class=\"counts\">html body: P \(ScoreFormat.percent(page.precision)) · "
                + "R \(ScoreFormat.percent(page.recall)) · F1 \(ScoreFormat.percent(page.f1))"
                + (page.tokensIdentical ? " · identical tokens" : "") + "</p>\n"
            if let body = article.gold.articleBody {
                let predicted = article.status == .scored ? article.prediction.map(Evaluator.body(of:)) ?? "" : ""
                html += "<details><summary>gold and predicted body</summary><div class=\"bodies\"><div>"
                    + HTMLEscaping.escape(body) + "</div><div>" + HTMLEscaping.escape(predicted) + "</div></div></details>\n"
            }
        }
        if let text = article.gold.text, !article.alignments.isEmpty, result.isProduced(.quotes) {
            html += "<div class=\"text\">" + highlighted(ArticleText(text), errors: errors) + "</div>\n"
            html += quoteTable(errors)
        } else if let text = article.gold.text, !article.goldQuotes.isEmpty || article.gold.boilerplate != nil {
            html += "<div class=\"text\">" + goldOnly(ArticleText(text)) + "</div>\n"
        } else if let text = article.gold.text {
            html += "<div class=\"text\">" + HTMLEscaping.escape(text) + "</div>\n"
        }
        return html + "</section>\n"
    }

    private func status(_ errors: [QuoteError]) -> (gold: [Int: QuoteError.Kind], predicted: Set<Int>) {
        var gold: [Int: QuoteError.Kind] = [:]
        var spurious: Set<Int> = []
        guard let alignment = article.alignments.first else { return (gold, spurious) }
        for error in errors {
            if let quote = error.gold, let index = article.goldQuotes.firstIndex(of: quote) {
                gold[index] = error.kind
            }
            if error.kind == .spurious, let quote = error.predicted {
                for (index, candidate) in article.predictedQuotes.enumerated()
                where candidate == quote && alignment.goldForPrediction[index] == nil {
                    spurious.insert(index)
                }
            }
        }
        return (gold, spurious)
    }

    /// The text with the gold quotes, speakers and cues only, for predictions that have no quotes layer.
    private func goldOnly(_ text: ArticleText) -> String {
        var view = HighlightedText(text: text)
        addBoilerplate(to: &view)
        for (index, quote) in article.goldQuotes.enumerated() {
            view.add(quote.span, cssClass: "g-only", label: "gold quote \(index + 1) (\(quote.type), not scored)")
            if let span = quote.speakerSpan {
                view.add(span, cssClass: "g-sp", label: "gold speaker of quote \(index + 1)"
                    + (quote.speakerName.map { " = " + $0 } ?? ""))
            }
            if let span = quote.cueSpan { view.add(span, cssClass: "g-cue", label: "gold cue of quote \(index + 1)") }
        }
        return view.render()
    }

    /// Gold boilerplate in grey; predicted boilerplate struck through (when the prediction counts).
    private func addBoilerplate(to view: inout HighlightedText) {
        for span in article.gold.boilerplate ?? [] {
            view.add(span, cssClass: "g-bp", label: "gold boilerplate")
        }
        if article.status == .scored, result.isProduced(.boilerplate) {
            for span in article.prediction?.boilerplate ?? [] {
                view.add(span, cssClass: "p-bp", label: "predicted boilerplate")
            }
        }
    }

    private func counts(_ errors: [QuoteError]) -> String {
        var parts: [String] = []
        switch article.status {
        case .missing: parts.append("no prediction")
        case let .failed(message): parts.append("prediction failed: " + message)
        case .textMismatch: parts.append("predicted text differs from the gold text: not scored")
        case .scored: break
        }
        if !result.isProduced(.quotes), !article.goldQuotes.isEmpty {
            parts.append("<b>\(article.goldQuotes.count)</b> gold quotes (predictions have no quotes: not scored)")
        } else if let alignment = article.alignments.first {
            let kinds = Dictionary(grouping: errors, by: \.kind).mapValues(\.count)
            parts.append("<b>\(alignment.matched)</b> matched of \(article.goldQuotes.count) gold")
            parts.append("<b>\(kinds[.missed] ?? 0)</b> missed")
            parts.append("<b>\(kinds[.spurious] ?? 0)</b> spurious of \(article.predictedQuotes.count) predicted")
            parts.append("<b>\(kinds[.misattributed] ?? 0)</b> wrong speaker")
            parts.append("<b>\(kinds[.wrongCue] ?? 0)</b> wrong cue")
        }
        guard !parts.isEmpty else { return "" }
        // Only the status message comes from a file; the rest is numbers.
        if case .failed = article.status { parts[0] = HTMLEscaping.escape(parts[0]) }
        return "<p class=\"counts\">" + parts.joined(separator: " · ") + "</p>\n"
    }

    private func highlighted(_ text: ArticleText, errors: [QuoteError]) -> String {
        let (goldStatus, spurious) = status(errors)
        var view = HighlightedText(text: text)
        addBoilerplate(to: &view)
        for (index, quote) in article.goldQuotes.enumerated() {
            let kind = goldStatus[index]
            let cssClass = kind == .missed ? "g-miss" : kind == .misattributed ? "g-spk" : "g-ok"
            let state = kind == .missed ? "missed" : kind == .misattributed ? "wrong speaker" : "matched"
            view.add(quote.span, cssClass: cssClass, label: "gold quote \(index + 1) (\(quote.type), \(state))")
            if let span = quote.speakerSpan {
                view.add(span, cssClass: "g-sp", label: "gold speaker of quote \(index + 1)"
                    + (quote.speakerName.map { " = " + $0 } ?? ""))
            }
            if let span = quote.cueSpan { view.add(span, cssClass: "g-cue", label: "gold cue of quote \(index + 1)") }
        }
        for (index, quote) in article.predictedQuotes.enumerated() {
            let name = quote.id ?? "p\(index + 1)"
            let isSpurious = spurious.contains(index)
            view.add(quote.span, cssClass: isSpurious ? "p-spur" : "p-q",
                     label: "predicted quote \(name) (\(quote.type)\(isSpurious ? ", spurious" : ""), rule "
                        + "\(quote.rule ?? "none"))")
            if let span = quote.speakerSpan {
                view.add(span, cssClass: "p-sp", label: "predicted speaker of \(name)"
                    + (quote.speakerName.map { " = " + $0 } ?? ""))
            }
            if let span = quote.cueSpan { view.add(span, cssClass: "p-cue", label: "predicted cue of \(name)") }
        }
        return view.render()
    }

    private func quoteTable(_ errors: [QuoteError]) -> String {
        guard let alignment = article.alignments.first,
              !article.goldQuotes.isEmpty || !article.predictedQuotes.isEmpty else { return "" }
        let (goldStatus, spurious) = status(errors)
        var html = "<table class=\"quotes\">\n<tr><th>status</th><th>gold quote</th><th>gold speaker · cue</th>"
            + "<th>predicted quote</th><th>predicted speaker · cue</th><th>rule</th></tr>\n"
        for (index, gold) in article.goldQuotes.enumerated() {
            let kind = goldStatus[index]
            let state = kind == .missed ? "missed" : kind == .misattributed ? "misattributed"
                : kind == .wrongCue ? "wrong cue" : "matched"
            let predicted = alignment.predictionForGold[index].map { article.predictedQuotes[$0] }
            html += row(state: state, cssState: kind == .wrongCue ? "matched" : state, gold: gold, predicted: predicted)
        }
        for index in spurious.sorted() {
            html += row(state: "spurious", cssState: "spurious", gold: nil, predicted: article.predictedQuotes[index])
        }
        return html + "</table>\n"
    }

    private func row(state: String, cssState: String, gold: QuoteRecord?, predicted: QuoteRecord?) -> String {
        func cells(_ quote: QuoteRecord?) -> String {
            guard let quote else { return "<td></td><td></td>" }
            var speaker = quote.speakerText ?? "—"
            if let name = quote.speakerName, name != quote.speakerText { speaker += " = " + name }
            speaker += " · " + (quote.cueText ?? "—")
            return "<td>\(HTMLEscaping.escape(quote.type)): \(HTMLEscaping.escape(ScoreFormat.snippet(quote.text, limit: 160)))"
                + "</td><td>\(HTMLEscaping.escape(speaker))</td>"
        }
        return "<tr class=\"s-\(cssState)\"><td class=\"status\">\(state)</td>" + cells(gold) + cells(predicted)
            + "<td>\(HTMLEscaping.escape(predicted?.rule ?? ""))</td></tr>\n"
    }
}
