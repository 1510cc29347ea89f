/// The word lists that guide HTML main-content extraction, loaded from `Models/html/`.
public struct HTMLRules: Sendable {
    /// Class/id substrings that add to a candidate block's score.
    let positive: [[UInt8]]
    /// Class/id substrings that take from a candidate block's score.
    let negative: [[UInt8]]
    /// Class/id substrings of page furniture (unless a `maybeContent` substring is also present).
    let unlikely: [[UInt8]]
    let maybeContent: [[UInt8]]
    /// Whole class/id words of widgets removed inside the article.
    let removableWords: Set<[UInt8]>
    /// Class/id word starts of widgets removed inside the article.
    let removablePrefixes: [[UInt8]]
    /// Class/id substrings of widgets removed wherever they occur.
    let removableSubstrings: [[UInt8]]
    /// Whole paragraphs that are furniture ("advertisement"), lower case, without punctuation.
    let labels: Set<String>
    /// Openings of cookie and consent notices, lower case.
    let noticePrefixes: [String]
    /// schema.org types whose JSON-LD object describes the article, lower case.
    let articleTypes: Set<String>

    /// No hints at all: extraction still works, from text and link density alone.
    public static let none = HTMLRules(positive: [], negative: [], unlikely: [], maybeContent: [], removableWords: [],
                                       removablePrefixes: [], removableSubstrings: [], labels: [], noticePrefixes: [],
                                       articleTypes: [])

    init(positive: [[UInt8]], negative: [[UInt8]], unlikely: [[UInt8]], maybeContent: [[UInt8]],
         removableWords: Set<[UInt8]>, removablePrefixes: [[UInt8]], removableSubstrings: [[UInt8]],
         labels: Set<String>, noticePrefixes: [String], articleTypes: Set<String>) {
        self.positive = positive
        self.negative = negative
        self.unlikely = unlikely
        self.maybeContent = maybeContent
        self.removableWords = removableWords
        self.removablePrefixes = removablePrefixes
        self.removableSubstrings = removableSubstrings
        self.labels = labels
        self.noticePrefixes = noticePrefixes
        self.articleTypes = articleTypes
    }

    /// Loads and validates the lists from `directory` (the `Models/html` folder).
    public init(directory: String) throws(ModelError) {
        let hints = try LexiconFile(path: directory + "/class-hints.tsv", fields: 2...2)
        let hintLists = ["positive", "negative", "unlikely", "maybe-content", "removable-word", "removable-prefix",
                         "removable-substring"]
        var byList: [String: [[UInt8]]] = [:]
        for entry in hints.entries {
            guard hintLists.contains(entry.fields[1]) else {
                throw ModelError(path: hints.path, line: entry.line,
                                 message: "unknown list '\(entry.fields[1])': use one of \(hintLists.joined(separator: ", "))")
            }
            byList[entry.fields[1], default: []].append(Array(entry.fields[0].lowercased().utf8))
        }
        let lines = try LexiconFile(path: directory + "/boilerplate-lines.tsv", fields: 2...2)
        var labels: Set<String> = []
        var notices: [String] = []
        for entry in lines.entries {
            switch entry.fields[1] {
            case "label": labels.insert(entry.fields[0].lowercased())
            case "notice-prefix": notices.append(entry.fields[0].lowercased())
            default:
                throw ModelError(path: lines.path, line: entry.line, message: "unknown kind '\(entry.fields[1])': use label or notice-prefix")
            }
        }
        let types = try LexiconFile(path: directory + "/article-types.txt")
        self.init(positive: byList["positive"] ?? [], negative: byList["negative"] ?? [], unlikely: byList["unlikely"] ?? [],
                  maybeContent: byList["maybe-content"] ?? [], removableWords: Set(byList["removable-word"] ?? []),
                  removablePrefixes: byList["removable-prefix"] ?? [], removableSubstrings: byList["removable-substring"] ?? [],
                  labels: labels, noticePrefixes: notices, articleTypes: Set(types.words.map { $0.lowercased() }))
    }
}
