import Verbatim

/// The `--json` report: one JSON object with article counts, every produced metric under its flat name, raw counts,
/// what was not produced, precision per rule, and (on request) the quote errors. Offsets are **code points**.
public enum JSONReport {
    /// The report as UTF-8 JSON text (one line).
    public static func render(_ result: EvalResult, gold: String, names: SpeakerNameMatcher,
                              includeErrors: Bool) -> [UInt8] {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("gold"); writer.string(gold)
        writer.key("articles")
        writer.beginObject()
        writer.key("gold"); writer.int(result.articles.count)
        writer.key("missing"); writer.int(result.count(.missing))
        writer.key("failed"); writer.int(result.failedCount)
        writer.key("text_mismatch"); writer.int(result.count(.textMismatch))
        writer.key("excluded_by_split"); writer.int(result.excludedBySplit)
        writer.key("unmatched_predictions"); writer.int(result.unmatchedPredictions.count)
        writer.endObject()

        let metrics = result.metrics
        writer.key("metrics")
        writer.beginObject()
        for metric in metrics where metric.isProduced {
            writer.key(metric.name)
            if let value = metric.value { writer.double(value) } else { writer.null() }
        }
        writer.endObject()
        writer.key("not_produced")
        writer.beginObject()
        for layer in result.unproduced.keys.sorted() {
            writer.key(layer.rawValue); writer.string(result.unproduced[layer]!)
        }
        writer.endObject()
        writer.key("not_in_gold")
        writer.beginArray()
        for layer in result.absentFromGold { writer.string(layer.goldField) }
        writer.endArray()
        writer.key("not_produced_metrics")
        writer.beginArray()
        for metric in metrics where !metric.isProduced { writer.string(metric.name) }
        writer.endArray()

        writeCounts(&writer, result)
        writer.key("rules")
        writer.beginArray()
        for rule in RuleScore.all(in: result) {
            writer.beginObject()
            writer.key("rule"); writer.string(rule.rule)
            writer.key("quotes"); writer.int(rule.predicted)
            writer.key("matched"); writer.int(rule.matched)
            writer.key("precision"); if let precision = rule.precision { writer.double(precision) } else { writer.null() }
            writer.endObject()
        }
        writer.endArray()
        if includeErrors { writeErrors(&writer, result, names: names) }
        writer.endObject()
        return writer.bytes
    }

    private static func writeCounts(_ writer: inout JSONWriter, _ result: EvalResult) {
        func counts(_ name: String, _ counts: MatchCounts) {
            writer.key(name)
            writer.beginObject()
            writer.key("tp"); writer.int(counts.truePositives)
            writer.key("fp"); writer.int(counts.falsePositives)
            writer.key("fn"); writer.int(counts.falseNegatives)
            writer.endObject()
        }
        writer.key("counts")
        writer.beginObject()
        if result.isProduced(.quotes) {
            for scores in result.quotes { counts("quotes_" + ScoreFormat.threshold(scores.threshold), scores.counts) }
            counts("quotes_exact", result.exactQuotes)
        }
        if result.isProduced(.entities) {
            counts("entities_exact", result.entities.exactMicro)
            counts("entities_relaxed", result.entities.relaxedMicro)
        }
        if result.isProduced(.sentences) { counts("sentence_boundaries", result.sentences.boundaries) }
        if result.isProduced(.boilerplate) { counts("boilerplate_characters", result.boilerplate.characters) }
        writer.endObject()
    }

    private static func writeErrors(_ writer: inout JSONWriter, _ result: EvalResult, names: SpeakerNameMatcher) {
        writer.key("errors")
        writer.beginArray()
        for error in QuoteError.collect(from: result, names: names) {
            writer.beginObject()
            writer.key("kind"); writer.string(error.kind.rawValue)
            writer.key("id"); writer.string(error.articleID)
            for (key, quote) in [("gold", error.gold), ("predicted", error.predicted)] {
                writer.key(key)
                guard let quote else { writer.null(); continue }
                writer.beginObject()
                writer.key("start"); writer.int(quote.span.start)
                writer.key("end"); writer.int(quote.span.end)
                writer.key("text"); writer.string(quote.text)
                writer.key("type"); writer.string(quote.type)
                writer.key("speaker"); optional(&writer, quote.speakerText)
                writer.key("speaker_name"); optional(&writer, quote.speakerName)
                writer.key("cue"); optional(&writer, quote.cueText)
                writer.key("rule"); optional(&writer, quote.rule)
                writer.endObject()
            }
            writer.endObject()
        }
        writer.endArray()
    }

    private static func optional(_ writer: inout JSONWriter, _ text: String?) {
        if let text { writer.string(text) } else { writer.null() }
    }
}
