/// A pattern of the chunk grammar over a sentence's symbols (tokens and the chunks of earlier levels), in the
/// manner of a regular expression: elements separated by spaces, `( ... | ... )` for alternatives, `?` `*` `+` after
/// an element or a group.
///
/// Elements: a UPOS tag (`NOUN`) matches a token with that tag; any other upper-case name (`NP`) matches a chunk of
/// that label; `'word'` or `"word"` matches a token of that text, without regard to case (a curly apostrophe reads
/// as a straight one); `.` matches any token.
indirect enum ChunkPattern: Sendable, Equatable {
    case tag(UniversalTag)
    case label(String)
    /// A word, lower-cased with straight apostrophes, as UTF-8.
    case word([UInt8])
    case anyToken
    case sequence([ChunkPattern])
    case alternatives([ChunkPattern])
    case repeated(ChunkPattern, minimum: Int, maximum: Int)

    /// Parses `text`; the error message says what is wrong and where.
    init(parsing text: String) throws(ChunkPatternError) {
        var parser = Parser(tokens: try Self.lex(text))
        let pattern = try parser.alternatives()
        guard parser.position == parser.tokens.count else {
            throw ChunkPatternError("unexpected '\(parser.tokens[parser.position])': close the group or remove it")
        }
        self = pattern
    }

    /// The lexical pieces of a pattern: words (with their quotes), names, and `( ) | ? * + .`.
    private static func lex(_ text: String) throws(ChunkPatternError) -> [String] {
        var tokens: [String] = []
        var characters = Array(text)[...]
        while let character = characters.first {
            if character == " " || character == "\t" { characters.removeFirst(); continue }
            if "()|?*+.".contains(character) {
                tokens.append(String(character))
                characters.removeFirst()
            } else if character == "'" || character == "\"" {
                characters.removeFirst()
                guard let close = characters.firstIndex(of: character) else {
                    throw ChunkPatternError("the word starting \(character)\(String(characters.prefix(10))) has no closing \(character)")
                }
                tokens.append(String(character) + String(characters[..<close]))
                characters = characters[(close + 1)...]
            } else {
                var name = ""
                while let next = characters.first, next.isLetter || next.isNumber || next == "_" {
                    name.append(next)
                    characters.removeFirst()
                }
                guard !name.isEmpty else { throw ChunkPatternError("unexpected character '\(character)'") }
                tokens.append(name)
            }
        }
        return tokens
    }

    private struct Parser {
        let tokens: [String]
        var position = 0

        mutating func alternatives() throws(ChunkPatternError) -> ChunkPattern {
            var options = [try sequence()]
            while position < tokens.count && tokens[position] == "|" {
                position += 1
                options.append(try sequence())
            }
            return options.count == 1 ? options[0] : .alternatives(options)
        }

        mutating func sequence() throws(ChunkPatternError) -> ChunkPattern {
            var elements: [ChunkPattern] = []
            while position < tokens.count && tokens[position] != "|" && tokens[position] != ")" {
                var element = try atom()
                if position < tokens.count {
                    switch tokens[position] {
                    case "?": element = .repeated(element, minimum: 0, maximum: 1); position += 1
                    case "*": element = .repeated(element, minimum: 0, maximum: .max); position += 1
                    case "+": element = .repeated(element, minimum: 1, maximum: .max); position += 1
                    default: break
                    }
                }
                elements.append(element)
            }
            guard !elements.isEmpty else { throw ChunkPatternError("an empty alternative: remove the stray '|' or '()'") }
            return elements.count == 1 ? elements[0] : .sequence(elements)
        }

        mutating func atom() throws(ChunkPatternError) -> ChunkPattern {
            let token = tokens[position]
            position += 1
            switch token {
            case "(":
                let inner = try alternatives()
                guard position < tokens.count && tokens[position] == ")" else {
                    throw ChunkPatternError("a '(' is not closed")
                }
                position += 1
                return inner
            case ".": return .anyToken
            case "?", "*", "+", ")", "|": throw ChunkPatternError("'\(token)' has nothing before it to apply to")
            default:
                if token.hasPrefix("'") || token.hasPrefix("\"") {
                    return .word(Array(ChunkPattern.normalized(String(token.dropFirst())).utf8))
                }
                if let tag = UniversalTag(name: token) { return .tag(tag) }
                guard token.allSatisfy({ $0.isUppercase || $0.isNumber || $0 == "_" }) else {
                    throw ChunkPatternError("'\(token)' is neither a UPOS tag nor an upper-case chunk label: quote words")
                }
                return .label(token)
            }
        }
    }

    /// A word as literals compare it: lower case, curly apostrophes straight.
    static func normalized(_ word: String) -> String {
        word.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
    }

    /// The labels this pattern refers to.
    var labels: Set<String> {
        switch self {
        case .label(let label): [label]
        case .tag, .word, .anyToken: []
        case .sequence(let elements), .alternatives(let elements): elements.reduce(into: []) { $0.formUnion($1.labels) }
        case .repeated(let inner, _, _): inner.labels
        }
    }
}
