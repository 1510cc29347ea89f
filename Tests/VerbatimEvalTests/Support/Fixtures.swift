@testable import VerbatimEval

/// Small hand-made records for the metric tests.
enum Fixtures {
    /// A quote over `start..<end` with optional speaker span, name and cue.
    static func quote(_ start: Int, _ end: Int, type: String = "direct", speaker: (Int, Int)? = nil,
                      name: String? = nil, cue: String? = nil, rule: String? = nil) -> QuoteRecord {
        QuoteRecord(span: CodePointSpan(start: start, end: end), type: type,
                    speakerSpan: speaker.map { CodePointSpan(start: $0.0, end: $0.1) }, speakerName: name,
                    cueText: cue, rule: rule)
    }

    /// Spans from pairs.
    static func spans(_ pairs: [(Int, Int)]) -> [CodePointSpan] {
        pairs.map { CodePointSpan(start: $0.0, end: $0.1) }
    }
}
