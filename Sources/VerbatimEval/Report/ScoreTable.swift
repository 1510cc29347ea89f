/// The compact table `verbatim eval` prints for people: one block per scored layer, percentages with one decimal,
/// and a closing list of what was not scored and why.
public enum ScoreTable {
    /// Renders `result`; `goldName` names the gold file in the heading.
    public static func render(_ result: EvalResult, goldName: String) -> String {
        var blocks: [String] = [heading(result, goldName: goldName)]
        if result.scoredLayers.contains(.quotes), result.isProduced(.quotes) { blocks.append(quotes(result)) }
        if result.isProduced(.entities) { blocks.append(entities(result)) }
        if result.isProduced(.sentences) { blocks.append(sentences(result)) }
        if result.isProduced(.boilerplate) { blocks.append(boilerplate(result)) }
        if result.isProduced(.bodyText) { blocks.append(bodyText(result)) }
        if !result.unproduced.isEmpty {
            var lines = ["not scored (the gold has it, the predictions do not):"]
            for layer in result.unproduced.keys.sorted() {
                lines.append("  \(layer.rawValue): \(result.unproduced[layer]!)")
            }
            blocks.append(lines.joined(separator: "\n"))
        }
        if !result.absentFromGold.isEmpty {
            blocks.append("not in the gold (nothing to score): "
                + result.absentFromGold.map(\.goldField).joined(separator: ", "))
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    static func heading(_ result: EvalResult, goldName: String) -> String {
        let total = result.articles.count
        var parts = ["\(total - result.count(.missing)) predicted", "\(result.count(.missing)) missing",
                     "\(result.failedCount) failed"]
        if result.count(.textMismatch) > 0 { parts.append("\(result.count(.textMismatch)) with a different text (not scored)") }
        var line = "gold \(goldName): \(total) articles (\(parts.joined(separator: ", ")))"
        if result.excludedBySplit > 0 { line += "; \(result.excludedBySplit) left out by --split" }
        if !result.unmatchedPredictions.isEmpty {
            line += "; \(result.unmatchedPredictions.count) predictions match no gold article"
        }
        return line
    }

    static func quotes(_ result: EvalResult) -> String {
        let goldCount = result.articles.reduce(0) { $0 + $1.goldQuotes.count }
        let predictedCount = result.articles.reduce(0) { $0 + $1.predictedQuotes.count }
        var table = TextTable()
        table.add(["quotes (\(goldCount) gold, \(predictedCount) predicted)", "P", "R", "F1", "tp/fp/fn"])
        for scores in result.quotes {
            let counts = scores.counts
            table.add(["  coverage > \(ScoreFormat.threshold(scores.threshold))", ScoreFormat.percent(counts.precision),
                       ScoreFormat.percent(counts.recall), ScoreFormat.percent(counts.f1), ScoreFormat.counts(counts)])
        }
        let exact = result.exactQuotes
        table.add(["  exact span", ScoreFormat.percent(exact.precision), ScoreFormat.percent(exact.recall),
                   ScoreFormat.percent(exact.f1), ScoreFormat.counts(exact)])
        var lines = [table.render(indent: 0)]
        var accuracies = TextTable()
        accuracies.add([""] + result.quotes.map { "@\(ScoreFormat.threshold($0.threshold))" })
        let types = Set(result.quotes.flatMap(\.recallByType.keys)).sorted()
        for type in types {
            accuracies.add(["  recall \(type)"] + result.quotes.map {
                ScoreFormat.accuracy($0.recallByType[type] ?? Accuracy())
            })
        }
        accuracies.add(["  speaker span"] + result.quotes.map { ScoreFormat.accuracy($0.speakerSpan) })
        if result.isProduced(.speakerNames) {
            accuracies.add(["  speaker name"] + result.quotes.map { ScoreFormat.accuracy($0.speakerName ?? Accuracy()) })
        }
        accuracies.add(["  cue"] + result.quotes.map { ScoreFormat.accuracy($0.cue) })
        lines.append(accuracies.render(indent: 0))
        return lines.joined(separator: "\n")
    }

    static func entities(_ result: EvalResult) -> String {
        var table = TextTable()
        table.add(["entities", "P", "R", "F1", "tp/fp/fn"])
        for (kind, counts) in [("exact", result.entities.exact), ("relaxed", result.entities.relaxed)] {
            let micro = counts.values.reduce(MatchCounts(), +)
            table.add(["  \(kind), all", ScoreFormat.percent(micro.precision), ScoreFormat.percent(micro.recall),
                       ScoreFormat.percent(micro.f1), ScoreFormat.counts(micro)])
            for entityClass in EntityClass.allCases {
                let classCounts = counts[entityClass] ?? MatchCounts()
                table.add(["  \(kind), \(entityClass.rawValue)", ScoreFormat.percent(classCounts.precision),
                           ScoreFormat.percent(classCounts.recall), ScoreFormat.percent(classCounts.f1),
                           ScoreFormat.counts(classCounts)])
            }
        }
        return table.render(indent: 0)
    }

    static func sentences(_ result: EvalResult) -> String {
        let boundaries = result.sentences.boundaries
        var table = TextTable()
        table.add(["sentences", "P", "R", "F1", "tp/fp/fn"])
        table.add(["  boundaries", ScoreFormat.percent(boundaries.precision), ScoreFormat.percent(boundaries.recall),
                   ScoreFormat.percent(boundaries.f1), ScoreFormat.counts(boundaries)])
        return table.render(indent: 0) + "\n  documents exactly right: " + ScoreFormat.accuracy(result.sentences.documents)
    }

    static func boilerplate(_ result: EvalResult) -> String {
        let characters = result.boilerplate.characters
        var table = TextTable()
        table.add(["boilerplate (non-space code points)", "P", "R", "F1", "tp/fp/fn"])
        table.add(["  text kept vs gold body", ScoreFormat.percent(characters.precision),
                   ScoreFormat.percent(characters.recall), ScoreFormat.percent(characters.f1),
                   ScoreFormat.counts(characters)])
        return table.render(indent: 0)
    }

    static func bodyText(_ result: EvalResult) -> String {
        let scores = result.bodyText
        var table = TextTable()
        table.add(["html body, Zyte metric (\(scores.pages.count) pages)", "P", "R", "F1", "accuracy"])
        table.add(["  4-gram shingles, page average", ScoreFormat.percent(scores.precision),
                   ScoreFormat.percent(scores.recall), ScoreFormat.percent(scores.f1),
                   ScoreFormat.accuracy(scores.accuracy)])
        return table.render(indent: 0)
    }
}
