/// Matches prediction lines to gold lines: by `id` first, then by file stem, so a gold id `000_ea89e0b318c6d4cb`
/// finds the prediction whose id or source is `Corpus/samples/000_ea89e0b318c6d4cb.txt`.
public struct ArticlePairing: Sendable {
    /// One pair per gold article, in gold order.
    public let pairs: [ArticlePair]
    /// Ids of prediction lines that matched no gold article, in prediction order.
    public let unmatchedPredictions: [String]

    /// File extensions dropped when taking a stem (compression first, then the format).
    static let strippedExtensions = ["gz", "txt", "text", "html", "htm", "xhtml", "json", "jsonl"]

    public init(gold: [ArticleRecord], predictions: [ArticleRecord]) {
        var byID: [String: Int] = [:]
        var byStem: [String: Int] = [:]
        for (index, prediction) in predictions.enumerated() {
            if byID[prediction.id] == nil { byID[prediction.id] = index }
        }
        for (index, prediction) in predictions.enumerated() {
            for name in [prediction.id, prediction.source].compactMap({ $0 }) {
                let stem = Self.stem(of: name)
                if byStem[stem] == nil { byStem[stem] = index }
            }
        }
        var used = [Bool](repeating: false, count: predictions.count)
        var pairs: [ArticlePair] = []
        pairs.reserveCapacity(gold.count)
        for article in gold {
            var match: Int?
            if let index = byID[article.id], !used[index] {
                match = index
            } else if let index = byStem[Self.stem(of: article.id)], !used[index] {
                match = index
            }
            if let match { used[match] = true }
            pairs.append(ArticlePair(gold: article, prediction: match.map { predictions[$0] }))
        }
        self.pairs = pairs
        self.unmatchedPredictions = predictions.indices.filter { !used[$0] }.map { predictions[$0].id }
    }

    /// The last path component of `name` without its known extensions:
    /// `Corpus/samples/000_ab.txt` → `000_ab`, `html/ID.html.gz` → `ID`, `breitbart_2016` → `breitbart_2016`.
    public static func stem(of name: String) -> String {
        var stem = Substring(name)
        if let slash = stem.lastIndex(of: "/") { stem = stem[stem.index(after: slash)...] }
        var stripping = true
        while stripping {
            stripping = false
            if let dot = stem.lastIndex(of: "."), dot != stem.startIndex {
                let ext = stem[stem.index(after: dot)...].lowercased()
                if strippedExtensions.contains(ext) {
                    stem = stem[..<dot]
                    stripping = true
                }
            }
        }
        return String(stem)
    }
}
