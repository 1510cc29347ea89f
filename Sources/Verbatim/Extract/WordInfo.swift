/// What the quote lexicons say about one lower-case word, looked up once per token instead of once per rule.
/// A shared immutable object, so a token carries one reference rather than copies of the fields.
final class WordInfo: Sendable {
    /// The cue lemma when the word alone is a cue ("said" → "say").
    let cueLemma: String?
    /// Whether the word opens a two-word cue ("according", "pointed").
    let opensTwoWordCue: Bool
    let isRoleNoun: Bool
    let isAdverbial: Bool
    let isOrganizationHead: Bool
    /// The pronoun class when the word is a speaker pronoun.
    let pronounClass: String?

    init(word: String, lexicon cues: [String: String], cueFirstWords: Set<String>, roleNouns: Set<String>,
         adverbials: Set<String>, organizationHeads: Set<String>, pronouns: [String: String]) {
        cueLemma = cues[word]
        opensTwoWordCue = cueFirstWords.contains(word)
        isRoleNoun = roleNouns.contains(word)
        isAdverbial = adverbials.contains(word)
        isOrganizationHead = organizationHeads.contains(word)
        pronounClass = pronouns[word]
    }
}
