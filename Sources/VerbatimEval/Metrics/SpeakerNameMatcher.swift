/// Compares canonical speaker names the way the speaker-name accuracy asks: case-folded, titles dropped, and two
/// names with the same last name count as equal ("Han Dong" = "Dong" = "Mr. Dong"; "He" ≠ "Han Dong").
public struct SpeakerNameMatcher: Sendable {
    /// Titles to drop, lower-cased and without a final stop ("mr", "sen", "prime", "minister").
    public let titles: Set<String>

    /// `titles` in any case, with or without the final stop.
    public init(titles: some Sequence<String> = []) {
        var normalized: Set<String> = []
        for title in titles {
            var word = title.lowercased()
            while word.hasSuffix(".") { word.removeLast() }
            if !word.isEmpty { normalized.insert(word) }
        }
        self.titles = normalized
    }

    /// The name's words, case-folded, stripped of surrounding punctuation, a final possessive and titles.
    public func words(of name: String) -> [String] {
        var result: [String] = []
        for rawWord in name.lowercased().split(whereSeparator: { $0.isWhitespace }) {
            var word = Substring(rawWord)
            while let first = word.unicodeScalars.first, Self.isEdgePunctuation(first) {
                word = word.dropFirst()
            }
            while let last = word.unicodeScalars.last, Self.isEdgePunctuation(last) {
                word = word.dropLast()
            }
            if word.hasSuffix("'s") || word.hasSuffix("’s") { word = word.dropLast(2) }
            if word.isEmpty || titles.contains(String(word)) { continue }
            result.append(String(word))
        }
        return result
    }

    /// Whether a predicted name counts as the gold name. Two missing names agree; one missing name does not.
    public func matches(gold: String?, predicted: String?) -> Bool {
        let goldWords = gold.map(words(of:)) ?? []
        let predictedWords = predicted.map(words(of:)) ?? []
        if goldWords.isEmpty || predictedWords.isEmpty { return goldWords.isEmpty && predictedWords.isEmpty }
        return goldWords == predictedWords || goldWords.last == predictedWords.last
    }

    private static func isEdgePunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }
}
