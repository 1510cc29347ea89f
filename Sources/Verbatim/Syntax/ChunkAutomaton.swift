/// A chunk pattern compiled to a nondeterministic automaton (Thompson's construction), run over a run's symbols
/// by keeping the set of live states: linear in the symbols, no backtracking, no allocation per step.
///
/// The automaton finds every end at which the pattern matches from a start; the chunker takes the longest. A match
/// spans at most `maximumSymbols` symbols, so a run of thousands of list items costs linear time, not quadratic.
struct ChunkAutomaton: Sendable {
    /// The longest match, in symbols (tokens and chunks of earlier levels).
    static let maximumSymbols = 64

    /// What a state consumes.
    enum Test: Sendable, Equatable {
        /// A token whose tag is in the set (bit `tag.rawValue`).
        case tags(UInt32)
        /// A chunk of this label number (`ChunkGrammar.labels`).
        case label(Int)
        /// A token of this text (lower case, straight apostrophes, UTF-8).
        case word([UInt8])
        /// Any token.
        case anyToken
    }

    /// A state: consumes one symbol passing `test` and goes to `next`, or (no test) moves on without consuming to
    /// `next` and, when set, `alternative`. State `accept` ends a match.
    struct State: Sendable {
        var test: Test?
        var next: Int
        var alternative: Int?
    }

    private(set) var states: [State] = []
    let start: Int
    let accept: Int

    /// Compiles `pattern`; `labelNumber` gives a label's number.
    init(_ pattern: ChunkPattern, labelNumber: (String) -> Int) {
        var states: [State] = []
        // Fragments are built with their exits patched afterwards: `build` returns the entry state and the list of
        // (state, isAlternative) slots that must point to what follows.
        func newState(_ state: State) -> Int {
            states.append(state)
            return states.count - 1
        }
        func patch(_ exits: [(Int, Bool)], to target: Int) {
            for (state, isAlternative) in exits {
                if isAlternative { states[state].alternative = target } else { states[state].next = target }
            }
        }
        func build(_ pattern: ChunkPattern) -> (entry: Int, exits: [(Int, Bool)]) {
            switch pattern {
            case .tag(let tag):
                let state = newState(State(test: .tags(1 << UInt32(tag.rawValue)), next: -1))
                return (state, [(state, false)])
            case .label(let label):
                let state = newState(State(test: .label(labelNumber(label)), next: -1))
                return (state, [(state, false)])
            case .word(let word):
                let state = newState(State(test: .word(word), next: -1))
                return (state, [(state, false)])
            case .anyToken:
                let state = newState(State(test: .anyToken, next: -1))
                return (state, [(state, false)])
            case .sequence(let elements):
                var first: (entry: Int, exits: [(Int, Bool)])? = nil
                var exits: [(Int, Bool)] = []
                for element in elements {
                    let fragment = build(element)
                    if first == nil { first = fragment } else { patch(exits, to: fragment.entry) }
                    exits = fragment.exits
                }
                return (first!.entry, exits)
            case .alternatives(let options):
                // A chain of splits, one option each.
                var exits: [(Int, Bool)] = []
                var entry = -1
                var previousSplit: Int?
                for (index, option) in options.enumerated() {
                    let fragment = build(option)
                    exits += fragment.exits
                    if index == options.count - 1 {
                        if let previousSplit { states[previousSplit].alternative = fragment.entry } else { entry = fragment.entry }
                    } else {
                        let split = newState(State(test: nil, next: fragment.entry, alternative: nil))
                        if let previousSplit { states[previousSplit].alternative = split } else { entry = split }
                        previousSplit = split
                    }
                }
                return (entry, exits)
            case .repeated(let inner, let minimum, let maximum):
                // Mandatory copies, then optional ones (bounded) or a loop (unbounded).
                var entry: Int?
                var exits: [(Int, Bool)] = []
                func append(_ fragment: (entry: Int, exits: [(Int, Bool)])) {
                    if entry == nil { entry = fragment.entry } else { patch(exits, to: fragment.entry) }
                    exits = fragment.exits
                }
                for _ in 0..<minimum { append(build(inner)) }
                if maximum == .max {
                    let fragment = build(inner)
                    let split = newState(State(test: nil, next: fragment.entry, alternative: nil))
                    patch(fragment.exits, to: split)
                    if entry == nil { entry = split } else { patch(exits, to: split) }
                    exits = [(split, true)]
                } else {
                    for _ in minimum..<maximum {
                        let fragment = build(inner)
                        let split = newState(State(test: nil, next: fragment.entry, alternative: nil))
                        if entry == nil { entry = split } else { patch(exits, to: split) }
                        exits = fragment.exits + [(split, true)]
                    }
                }
                if entry == nil {
                    // Zero repetitions at most: a pass-through.
                    let pass = newState(State(test: nil, next: -1))
                    return (pass, [(pass, false)])
                }
                return (entry!, exits)
            }
        }
        let fragment = build(pattern)
        let accept = newState(State(test: nil, next: -1))
        patch(fragment.exits, to: accept)
        self.states = states
        self.start = fragment.entry
        self.accept = accept
    }

    /// Every position at which a match starting at `start` can end, longest first, written to `scratch.ends`;
    /// `passes` tests symbol `index` against a state's test.
    func findEnds(from start: Int, symbolCount: Int, scratch: inout ChunkScratch, passes: (Int, Test) -> Bool) {
        scratch.prepare(states.count)
        scratch.ends.removeAll(keepingCapacity: true)
        scratch.current.removeAll(keepingCapacity: true)
        scratch.add(self.start, toCurrent: true, states)
        var position = start
        while true {
            if scratch.current.contains(accept) { scratch.ends.append(position) }
            guard position < symbolCount, position - start < Self.maximumSymbols, !scratch.current.isEmpty else { break }
            scratch.nextGeneration()
            scratch.following.removeAll(keepingCapacity: true)
            for index in scratch.current.indices {
                let state = scratch.current[index]
                guard let test = states[state].test, passes(position, test) else { continue }
                scratch.add(states[state].next, toCurrent: false, states)
            }
            swap(&scratch.current, &scratch.following)
            position += 1
        }
        scratch.ends.reverse()
    }
}

/// Reusable buffers for `ChunkAutomaton.findEnds`: the live state sets and which states are already in the set
/// being built, and the ends found.
struct ChunkScratch {
    private var marks: [Int] = []
    private var generation = 1
    var current: [Int] = []
    var following: [Int] = []
    var ends: [Int] = []

    mutating func prepare(_ count: Int) {
        if marks.count < count { marks = [Int](repeating: 0, count: count) }
        nextGeneration()
    }

    mutating func nextGeneration() { generation += 1 }

    /// Adds `state` and every state reachable from it without consuming to the current set (or the following).
    mutating func add(_ state: Int, toCurrent: Bool, _ states: [ChunkAutomaton.State]) {
        guard state >= 0, marks[state] != generation else { return }
        marks[state] = generation
        let entry = states[state]
        if entry.test == nil && entry.next >= 0 {
            // A split or pass-through: follow it (the preferred branch first).
            add(entry.next, toCurrent: toCurrent, states)
            if let alternative = entry.alternative { add(alternative, toCurrent: toCurrent, states) }
            return
        }
        // A state that consumes, or the accept state.
        if toCurrent { current.append(state) } else { following.append(state) }
    }
}
