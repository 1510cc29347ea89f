/// The word lists that drive quote and speaker extraction, loaded from `Models/quotes/`.
public struct QuoteLexicon: Sendable {
    /// Cue forms (lower case, possibly two words: "according to", "pointed out") mapped to their lemma.
    public let cues: [String: String]
    /// Lower-case role nouns ("spokesperson", "minister", "MP") that head a speaker phrase or form a title.
    public let roleNouns: Set<String>
    /// Speaker pronouns (lower case) mapped to their class: person-male, person-female, person, plural, thing.
    public let pronouns: [String: String]
    /// Words allowed between a speaker and the cue, or after the cue ("also", "Wednesday", "in a statement").
    public let adverbials: Set<String>
    /// Lower-case last words that make a name an organisation ("news", "party").
    public let organizationHeads: Set<String>
    /// Nouns for documents that speak for their author ("report", "statement").
    public let documentNouns: Set<String>
    /// Capitalised labels that open a line with a colon but are not speakers ("breaking", "update", "watch").
    public let labelStopWords: Set<String>
    /// Title abbreviations ("Mr", "Gov") shared with sentence segmentation.
    public let titleAbbreviations: Set<String>
    /// Every listed word, numbered, with what the lists say of it, for one look-up per token.
    let vocabulary: QuoteVocabulary

    public init(directory: String, titleAbbreviations: Set<String>) throws(ModelError) {
        let cueFile = try LexiconFile(path: directory + "/cues.tsv", fields: 2...2)
        var cues: [String: String] = [:]
        for entry in cueFile.entries {
            let form = entry.fields[0]
            guard form == form.lowercased(), form.split(separator: " ").count <= 2 else {
                throw ModelError(path: cueFile.path, line: entry.line, message: "a cue form is lower case and at most two words")
            }
            cues[form] = entry.fields[1]
        }
        let pronounFile = try LexiconFile(path: directory + "/speaker-pronouns.tsv", fields: 2...2)
        var pronouns: [String: String] = [:]
        let pronounClasses: Set<String> = ["person-male", "person-female", "person", "plural", "thing"]
        for entry in pronounFile.entries {
            guard pronounClasses.contains(entry.fields[1]) else {
                throw ModelError(path: pronounFile.path, line: entry.line,
                                 message: "unknown pronoun class '\(entry.fields[1])': use one of \(pronounClasses.sorted().joined(separator: ", "))")
            }
            pronouns[entry.fields[0]] = entry.fields[1]
        }
        self.cues = cues
        self.pronouns = pronouns
        self.roleNouns = Set(try LexiconFile(path: directory + "/role-nouns.txt").words.map { $0.lowercased() })
        self.adverbials = Set(try LexiconFile(path: directory + "/attribution-adverbials.txt").words.map { $0.lowercased() })
        self.organizationHeads = Set(try LexiconFile(path: directory + "/organization-heads.txt").words)
        self.documentNouns = Set(try LexiconFile(path: directory + "/document-nouns.txt").words)
        self.labelStopWords = Set(try LexiconFile(path: directory + "/label-stop-words.txt").words.map { $0.lowercased() })
        self.titleAbbreviations = titleAbbreviations
        let classes = try WordClasses(path: directory + "/word-classes.tsv")
        self.vocabulary = QuoteVocabulary(cues: cues, pronouns: pronouns, classed: [
            (roleNouns, .roleNoun), (adverbials, .adverbial), (organizationHeads, .organizationHead),
            (classes.passiveAuxiliaries, .passiveAuxiliary), (classes.addresseeWords, .addresseeWord),
            (classes.objectArticles, .objectArticle), (classes.addresseePrepositions, .addresseePreposition),
            (classes.badContentStarts, .badContentStart), (classes.nounUseDeterminers, .nounUseDeterminer),
            (classes.nounModifiers, .nounModifier), (classes.nameConnectors, .nameConnector),
            (classes.phraseDeterminers, .phraseDeterminer), (classes.affiliationPrepositions, .affiliationPreposition),
            (classes.possessivePronouns, .possessivePronoun), (classes.clauseOpeners, .clauseOpener),
        ], lemmaClassed: [
            (classes.frameOnlyCues, .frameOnlyCue), (classes.objectTakingCues, .objectTakingCue), (classes.clauseCues, .clauseCue),
        ])
    }
}
