/// The grammatical gender a name, honorific or pronoun tells, used only to match he/she to a person.
enum PersonGender: Sendable, Hashable {
    case male
    case female

    /// Parses a lexicon field: `m` or `f`; anything else (`u`) tells nothing.
    init?(field: String) {
        switch field {
        case "m": self = .male
        case "f": self = .female
        default: return nil
        }
    }
}
