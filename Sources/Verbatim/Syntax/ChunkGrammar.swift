/// The cascaded chunk grammar of `Models/syntax/chunks.rules`: rules grouped by level, run level by level, each
/// level over the tokens and the chunks the levels before it made.
///
/// File format: one rule a line, `level<TAB>name<TAB>label<TAB>pattern[<TAB>followed-by]` (`ChunkPattern` gives
/// the pattern syntax). Within a level, at each position the first rule in file order that matches wins, and its
/// match is the longest the pattern allows from there, up to `ChunkAutomaton.maximumSymbols` symbols.
public struct ChunkGrammar: Sendable {
    public let rules: [ChunkRule]
    /// The labels the rules give, numbered in order of first use.
    public let labels: [String]

    /// Loads and validates the grammar at `path`.
    public init(path: String) throws(ModelError) {
        let file = try LexiconFile(path: path, fields: 4...5)
        var rules: [ChunkRule] = []
        var labelsSoFar: Set<String> = []
        var labelsByLevel: [Int: Set<String>] = [:]
        var lastLevel = 0
        var labels: [String] = []
        func number(_ label: String) -> Int {
            if let index = labels.firstIndex(of: label) { return index }
            labels.append(label)
            return labels.count - 1
        }
        for entry in file.entries {
            let fields = entry.fields
            guard let level = Int(fields[0]), level >= 1 else {
                throw ModelError(path: path, line: entry.line, message: "the level '\(fields[0])' must be a number from 1")
            }
            guard level >= lastLevel else {
                throw ModelError(path: path, line: entry.line, message: "levels must not go down: move the rule up to level \(lastLevel)'s block")
            }
            if level > lastLevel {
                labelsSoFar.formUnion(labelsByLevel[lastLevel] ?? [])
                lastLevel = level
            }
            guard !rules.contains(where: { $0.name == fields[1] }) else {
                throw ModelError(path: path, line: entry.line, message: "rule '\(fields[1])' is defined twice")
            }
            guard fields[2].allSatisfy({ $0.isUppercase || $0 == "_" }), UniversalTag(name: fields[2]) == nil else {
                throw ModelError(path: path, line: entry.line,
                                 message: "the label '\(fields[2])' must be upper case and not a UPOS tag")
            }
            do throws(ChunkPatternError) {
                let pattern = try ChunkPattern(parsing: fields[3])
                let context = fields.count == 5 ? try ChunkPattern(parsing: fields[4]) : nil
                let unknown = pattern.labels.union(context?.labels ?? []).subtracting(labelsSoFar)
                guard unknown.isEmpty else {
                    throw ChunkPatternError("the label(s) \(unknown.sorted().joined(separator: ", ")) come from no earlier level")
                }
                rules.append(ChunkRule(level: level, name: fields[1], label: fields[2], pattern: pattern, context: context,
                                       labelNumber: number))
                labelsByLevel[level, default: []].insert(fields[2])
            } catch {
                throw ModelError(path: path, line: entry.line, message: error.message)
            }
        }
        guard labels.count <= 64 else {
            throw ModelError(path: path, message: "at most 64 chunk labels: merge some")
        }
        self.rules = rules
        self.labels = labels
    }
}
