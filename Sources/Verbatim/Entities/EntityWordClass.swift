/// What the entity lexicon knows about one word, as a set of flags, so that one dictionary lookup answers every
/// question the recognizer asks about a token.
struct EntityWordClass: OptionSet, Sendable, Hashable {
    let rawValue: UInt32

    // Looked up by the lower-cased word.
    /// A title or role that stands before a name or heads an appositive ("minister", "mp", "spokesperson").
    static let title = EntityWordClass(rawValue: 1 << 0)
    /// The last word of a multi-word title ("general" in "consul general").
    static let titleEnd = EntityWordClass(rawValue: 1 << 1)
    /// A word that may stand before a title ("former", "associate").
    static let titleModifier = EntityWordClass(rawValue: 1 << 2)
    /// A common word that never begins a name ("the", "after", "officials").
    static let function = EntityWordClass(rawValue: 1 << 3)
    /// A counting word before a nickname ("two" in "the two Michaels").
    static let number = EntityWordClass(rawValue: 1 << 4)
    /// A third-person singular pronoun.
    static let pronoun = EntityWordClass(rawValue: 1 << 5)
    /// A verb that marks an unknown name before it as a person ("said").
    static let cueVerb = EntityWordClass(rawValue: 1 << 6)
    /// A lower-case word joining one organisation or place name ("of", "and").
    static let connector = EntityWordClass(rawValue: 1 << 7)
    /// A lower-case particle inside a personal name ("de", "van").
    static let particle = EntityWordClass(rawValue: 1 << 8)
    /// A word after a hyphen that makes the name before it a modifier ("area" in "Toronto-area").
    static let hyphenSuffix = EntityWordClass(rawValue: 1 << 9)
    /// A word that may open an appositive after a name ("a", "the", "then").
    static let appositiveOpener = EntityWordClass(rawValue: 1 << 10)
    /// A lower-case word that names a party's body after a party adjective ("caucus").
    static let partyBody = EntityWordClass(rawValue: 1 << 11)
    /// A pronoun that `pronouns.tsv` marks male; set with `pronoun`.
    static let malePronoun = EntityWordClass(rawValue: 1 << 24)
    /// A pronoun that `pronouns.tsv` marks female; set with `pronoun`.
    static let femalePronoun = EntityWordClass(rawValue: 1 << 25)

    // Looked up by the word as written.
    /// A last word that makes a name an organisation ("Service", "News").
    static let organizationHead = EntityWordClass(rawValue: 1 << 12)
    /// A word after a company name ("Inc.").
    static let organizationSuffix = EntityWordClass(rawValue: 1 << 13)
    /// A last word that makes a name a non-political place ("River").
    static let locationHead = EntityWordClass(rawValue: 1 << 14)
    /// A last word that makes a name a facility, which is not an entity ("Street").
    static let facilityHead = EntityWordClass(rawValue: 1 << 15)
    /// A compass word ending a district name ("North").
    static let compass = EntityWordClass(rawValue: 1 << 16)
    /// A capitalised word that is never an entity and ends a name ("Wednesday", "COVID").
    static let nonEntity = EntityWordClass(rawValue: 1 << 17)
    /// A word after a surname that belongs to the name ("Jr.").
    static let nameSuffix = EntityWordClass(rawValue: 1 << 18)
    /// A given name.
    static let givenName = EntityWordClass(rawValue: 1 << 19)
    /// A given name that is also an ordinary word or place ("Will", "May"): a name only inside a longer name.
    static let commonGivenName = EntityWordClass(rawValue: 1 << 20)
    /// The first word of at least one gazetteer entry.
    static let gazetteerStart = EntityWordClass(rawValue: 1 << 21)
    /// A nationality or group word ("Chinese", "Canadians").
    static let demonym = EntityWordClass(rawValue: 1 << 22)
    /// A party word that is not an entity alone ("Liberal").
    static let partyAdjective = EntityWordClass(rawValue: 1 << 23)
}
