/// One rule of the chunk grammar: on `level`, a run of symbols matching its pattern (and followed by its context,
/// when given, which is not consumed) becomes a chunk labelled `label`, named `name` in the output. Both are kept
/// compiled (`ChunkAutomaton`).
public struct ChunkRule: Sendable {
    public let level: Int
    public let name: String
    public let label: String
    /// The number of `label` among the grammar's labels.
    let labelNumber: Int
    let automaton: ChunkAutomaton
    let contextAutomaton: ChunkAutomaton?
    /// What a match can start with, a quick test before matching: the tags (bit `tag.rawValue`), the chunk labels
    /// (bit n for label number n), and whether a literal word or any token.
    let firstTags: UInt32
    let firstLabelBits: UInt64
    let startsWithWordOrAny: Bool

    init(level: Int, name: String, label: String, pattern: ChunkPattern, context: ChunkPattern?,
         labelNumber: (String) -> Int) {
        self.level = level
        self.name = name
        self.label = label
        self.labelNumber = labelNumber(label)
        self.automaton = ChunkAutomaton(pattern, labelNumber: labelNumber)
        self.contextAutomaton = context.map { ChunkAutomaton($0, labelNumber: labelNumber) }
        var tags: UInt32 = 0
        var labels: Set<String> = []
        var other = false
        Self.collectFirst(pattern, tags: &tags, labels: &labels, other: &other)
        self.firstTags = tags
        self.firstLabelBits = labels.reduce(0) { $0 | 1 << UInt64(labelNumber($1) & 63) }
        self.startsWithWordOrAny = other
    }

    /// Adds what `pattern` can start with; returns whether it can match nothing.
    @discardableResult
    private static func collectFirst(_ pattern: ChunkPattern, tags: inout UInt32, labels: inout Set<String>,
                                     other: inout Bool) -> Bool {
        switch pattern {
        case .tag(let tag): tags |= 1 << UInt32(tag.rawValue); return false
        case .label(let label): labels.insert(label); return false
        case .word, .anyToken: other = true; return false
        case .sequence(let elements):
            for element in elements where !collectFirst(element, tags: &tags, labels: &labels, other: &other) {
                return false
            }
            return true
        case .alternatives(let options):
            var empty = false
            for option in options where collectFirst(option, tags: &tags, labels: &labels, other: &other) { empty = true }
            return empty
        case .repeated(let inner, let minimum, _):
            let innerEmpty = collectFirst(inner, tags: &tags, labels: &labels, other: &other)
            return minimum == 0 || innerEmpty
        }
    }
}
