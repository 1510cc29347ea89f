/// What an element's `class` and `id` say about it, read once per distinct class/id pair of a page.
///
/// Three readings, each from its own word list in `Models/html/class-hints.tsv`:
/// - `weight`: +25 for article words ("article", "content", "story"), -25 for page-furniture words ("comment",
///   "sidebar", "promo"), as readability scores candidates;
/// - `unlikely`: the element is page furniture ("menu", "related", "social") unless it also names content
///   ("article", "body", "main"); its paragraphs never vote for the main block;
/// - `remove`: inside the chosen article, the element is a widget that is never body (share bars, related links,
///   ads, captions, bylines, newsletter boxes), matched on whole words of the class or id.
struct HTMLHint: Sendable, Hashable {
    var weight: Int = 0
    var unlikely = false
    var remove = false

    static let none = HTMLHint()

    /// Reads `classAndID` (the class and id attribute values, lower-cased, separated by a space) with the word
    /// lists of `rules` (`Models/html/class-hints.tsv`).
    init(classAndID: [UInt8], rules: HTMLRules) {
        if classAndID.isEmpty { return }
        if Self.containsAny(classAndID, rules.positive) { weight += 25 }
        if Self.containsAny(classAndID, rules.negative) { weight -= 25 }
        unlikely = Self.containsAny(classAndID, rules.unlikely) && !Self.containsAny(classAndID, rules.maybeContent)
        remove = Self.hasRemovableWord(classAndID, rules) || Self.containsAny(classAndID, rules.removableSubstrings)
    }

    init() {}

    private static func containsAny(_ haystack: [UInt8], _ needles: [[UInt8]]) -> Bool {
        needles.contains { contains(haystack, $0) }
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        let count = needle.count
        guard count > 0, haystack.count >= count else { return false }
        let first = needle[0]
        var index = 0
        let last = haystack.count - count
        while index <= last {
            if haystack[index] == first {
                var offset = 1
                while offset < count, haystack[index + offset] == needle[offset] { offset += 1 }
                if offset == count { return true }
            }
            index += 1
        }
        return false
    }

    /// Whether any word of `text` (class names and id, split at spaces, `_` and `-` kept inside words first, then
    /// split further at `-` and `_`) is removable.
    private static func hasRemovableWord(_ text: [UInt8], _ rules: HTMLRules) -> Bool {
        for token in text.split(whereSeparator: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A }) {
            let whole = Array(token)
            if rules.removableWords.contains(whole) || rules.removablePrefixes.contains(where: { whole.starts(with: $0) }) {
                return true
            }
            for part in token.split(whereSeparator: { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") })
            where rules.removableWords.contains(Array(part)) {
                return true
            }
        }
        return false
    }
}
