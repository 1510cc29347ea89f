import Foundation

/// The `--errors` listing: every missed, spurious, mis-attributed and wrong-cue quote with its article id, text,
/// speakers and the rule that fired; failed and missing articles; the worst HTML pages; and precision per rule.
public enum ErrorListing {
    /// Renders the listing for `result`.
    public static func render(_ result: EvalResult, names: SpeakerNameMatcher, pageLimit: Int = 15) -> String {
        var lines: [String] = []
        let threshold = result.thresholds.first.map(ScoreFormat.threshold) ?? "?"
        for article in result.articles {
            switch article.status {
            case .missing: lines.append("\(article.id): no prediction (scored as empty)")
            case let .failed(message): lines.append("\(article.id): prediction failed (\(message))")
            case .textMismatch: lines.append("\(article.id): predicted text differs from the gold text (not scored)")
            case .scored: break
            }
        }
        let errors = QuoteError.collect(from: result, names: names)
        if result.isProduced(.quotes) {
            lines.append("quote errors at coverage > \(threshold): " + QuoteError.Kind.allCases.map { kind in
                "\(errors.filter { $0.kind == kind }.count) \(kind.rawValue)"
            }.joined(separator: ", "))
            var currentArticle = ""
            for error in errors {
                if error.articleID != currentArticle {
                    currentArticle = error.articleID
                    lines.append("== \(currentArticle)")
                }
                lines.append(contentsOf: describe(error))
            }
            let rules = RuleScore.all(in: result)
            if !rules.isEmpty {
                var table = TextTable()
                table.add(["precision per rule (coverage > \(threshold))", "quotes", "matched", "precision"])
                for rule in rules {
                    table.add(["  " + rule.rule, String(rule.predicted), String(rule.matched),
                               ScoreFormat.percent(rule.precision)])
                }
                lines.append(table.render(indent: 0))
            }
        }
        if result.scoredLayers.contains(.bodyText) {
            let pages = result.articles.compactMap { article in article.page.map { (article.id, $0) } }
                .filter { $0.1.f1 < 1 }
                .sorted { $0.1.f1 < $1.1.f1 }
            if !pages.isEmpty {
                var table = TextTable()
                table.add(["worst html pages (of \(pages.count) below 100)", "P", "R", "F1"])
                for (id, page) in pages.prefix(pageLimit) {
                    table.add(["  " + id, ScoreFormat.percent(page.precision), ScoreFormat.percent(page.recall),
                               ScoreFormat.percent(page.f1)])
                }
                lines.append(table.render(indent: 0))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The lines for one error.
    static func describe(_ error: QuoteError) -> [String] {
        let label = error.kind.rawValue.uppercased().padding(toLength: 13, withPad: " ", startingAt: 0)
        var lines: [String] = []
        if let gold = error.gold {
            lines.append("  \(label) gold \(gold.span) \(gold.type): \u{201C}\(ScoreFormat.snippet(gold.text))\u{201D}")
            lines.append("                  gold speaker \(speaker(gold)), cue \(quoted(gold.cueText))")
        }
        if let predicted = error.predicted {
            let lead = error.gold == nil ? "  \(label) pred" : "                  pred"
            lines.append("\(lead) \(predicted.span) \(predicted.type) rule=\(predicted.rule ?? "(none)"): "
                + "\u{201C}\(ScoreFormat.snippet(predicted.text))\u{201D}")
            lines.append("                  pred speaker \(speaker(predicted)), cue \(quoted(predicted.cueText))")
        }
        return lines
    }

    static func speaker(_ quote: QuoteRecord) -> String {
        var text = quoted(quote.speakerText)
        if let span = quote.speakerSpan { text += " \(span)" }
        if let name = quote.speakerName { text += " = \(name)" }
        return text
    }

    static func quoted(_ text: String?) -> String {
        text.map { "\u{201C}\($0)\u{201D}" } ?? "none"
    }
}
