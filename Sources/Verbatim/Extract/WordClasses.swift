/// The closed-class words the quote rules use, loaded from `Models/quotes/word-classes.tsv` (word, class).
/// Every class the rules need must be present; an unknown class is a typo and is rejected with its line.
struct WordClasses: Sendable {
    let passiveAuxiliaries: Set<String>
    let objectTakingCues: Set<String>
    let addresseeWords: Set<String>
    let clauseCues: Set<String>
    let objectArticles: Set<String>
    let addresseePrepositions: Set<String>
    let badContentStarts: Set<String>
    let nounUseDeterminers: Set<String>
    let nounModifiers: Set<String>
    let nameConnectors: Set<String>
    let phraseDeterminers: Set<String>
    let affiliationPrepositions: Set<String>
    let possessivePronouns: Set<String>
    let frameOnlyCues: Set<String>
    let clauseOpeners: Set<String>

    static let classNames = [
        "passive-auxiliary", "object-taking-cue", "addressee-word", "clause-cue", "object-article",
        "addressee-preposition", "bad-content-start", "noun-use-determiner", "noun-modifier", "name-connector",
        "phrase-determiner", "affiliation-preposition", "possessive-pronoun", "frame-only-cue", "clause-opener",
    ]

    init(path: String) throws(ModelError) {
        let file = try LexiconFile(path: path, fields: 2...2)
        var byClass: [String: Set<String>] = [:]
        for entry in file.entries {
            guard Self.classNames.contains(entry.fields[1]) else {
                throw ModelError(path: path, line: entry.line,
                                 message: "unknown class '\(entry.fields[1])': use one of \(Self.classNames.joined(separator: ", "))")
            }
            byClass[entry.fields[1], default: []].insert(entry.fields[0])
        }
        for name in Self.classNames where byClass[name] == nil {
            throw ModelError(path: path, message: "no words of class '\(name)': the quote rules need it")
        }
        passiveAuxiliaries = byClass["passive-auxiliary"]!
        objectTakingCues = byClass["object-taking-cue"]!
        addresseeWords = byClass["addressee-word"]!
        clauseCues = byClass["clause-cue"]!
        objectArticles = byClass["object-article"]!
        addresseePrepositions = byClass["addressee-preposition"]!
        badContentStarts = byClass["bad-content-start"]!
        nounUseDeterminers = byClass["noun-use-determiner"]!
        nounModifiers = byClass["noun-modifier"]!
        nameConnectors = byClass["name-connector"]!
        phraseDeterminers = byClass["phrase-determiner"]!
        affiliationPrepositions = byClass["affiliation-preposition"]!
        possessivePronouns = byClass["possessive-pronoun"]!
        frameOnlyCues = byClass["frame-only-cue"]!
        clauseOpeners = byClass["clause-opener"]!
    }
}
