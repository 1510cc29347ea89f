/// One multi- or single-word name from the entity gazetteers, split into words the way the tokenizer splits text.
///
/// A class, so that handing an entry around while matching costs one reference count, not one per field.
final class GazetteerEntry: Sendable {
    /// What a match of the entry means.
    enum Role: Sendable, Hashable {
        /// A name of this kind.
        case entity(Entity.Kind)
        /// A party word that is not an entity alone ("Liberal", "New Democratic").
        case partyAdjective
        /// A nationality or group word ("Costa Rican").
        case demonym
        /// A capitalised phrase that is never an entity ("Canada Day", "New Year").
        case nonEntity
    }

    /// The words, as written (a possessive "'s" is a flag on the word, as in `EntityToken`).
    let words: [String]
    /// Whether each word carries a possessive "'s" ("People's Republic of China").
    let possessive: [Bool]
    let role: Role
    /// The name this entry stands for, when it is an alias ("U.S." for "United States"), else the entry itself.
    let canonical: String
    /// The rule recorded on mentions it makes, e.g. `gazetteer.countries`.
    let rule: String
    /// The rule recorded on mentions it makes in a headline: `rule` with `_headline` appended.
    let headlineRule: String
    /// Whether the entry is written in capitals only ("WHO", "US"): such entries are not matched in
    /// all-capitals headlines, where they would be ordinary words.
    let isAcronym: Bool
    /// `words` as UTF-8 bytes, compared with the text's bytes while matching.
    let utf8Words: [[UInt8]]

    init(words: [String], possessive: [Bool], role: Role, canonical: String, rule: String, isAcronym: Bool) {
        self.words = words
        self.possessive = possessive
        self.role = role
        self.canonical = canonical
        self.rule = rule
        self.headlineRule = rule + "_headline"
        self.isAcronym = isAcronym
        self.utf8Words = words.map { Array($0.utf8) }
    }
}
