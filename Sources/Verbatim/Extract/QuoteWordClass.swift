/// What the quote lexicons say of one lower-case word, as bits, so that a rule's check is a flag test rather than a
/// string look-up. Each class comes from a file under `Models/quotes/`.
struct QuoteWordClass: OptionSet, Sendable {
    let rawValue: UInt32

    /// A one-word cue (`cues.tsv`): "said", "told".
    static let cue = QuoteWordClass(rawValue: 1 << 0)
    /// The first word of a two-word cue (`cues.tsv`): "according", "pointed".
    static let opensTwoWordCue = QuoteWordClass(rawValue: 1 << 1)
    /// `role-nouns.txt`: "spokesperson", "minister".
    static let roleNoun = QuoteWordClass(rawValue: 1 << 2)
    /// `attribution-adverbials.txt`: "also", "wednesday".
    static let adverbial = QuoteWordClass(rawValue: 1 << 3)
    /// `organization-heads.txt`: "news", "party".
    static let organizationHead = QuoteWordClass(rawValue: 1 << 4)
    /// `speaker-pronouns.tsv`: "he", "they".
    static let pronoun = QuoteWordClass(rawValue: 1 << 5)
    // The classes of `word-classes.tsv`, one bit each.
    static let passiveAuxiliary = QuoteWordClass(rawValue: 1 << 6)
    static let addresseeWord = QuoteWordClass(rawValue: 1 << 7)
    static let objectArticle = QuoteWordClass(rawValue: 1 << 8)
    static let addresseePreposition = QuoteWordClass(rawValue: 1 << 9)
    static let badContentStart = QuoteWordClass(rawValue: 1 << 10)
    static let nounUseDeterminer = QuoteWordClass(rawValue: 1 << 11)
    static let nounModifier = QuoteWordClass(rawValue: 1 << 12)
    static let nameConnector = QuoteWordClass(rawValue: 1 << 13)
    static let phraseDeterminer = QuoteWordClass(rawValue: 1 << 14)
    static let affiliationPreposition = QuoteWordClass(rawValue: 1 << 15)
    static let possessivePronoun = QuoteWordClass(rawValue: 1 << 16)
    static let clauseOpener = QuoteWordClass(rawValue: 1 << 17)
    // Classes of a cue's lemma (`word-classes.tsv` lists lemmas for these), given to every form of the cue.
    static let frameOnlyCue = QuoteWordClass(rawValue: 1 << 18)
    static let objectTakingCue = QuoteWordClass(rawValue: 1 << 19)
    static let clauseCue = QuoteWordClass(rawValue: 1 << 20)
}
