/// A named entity of an article: its mentions clustered into one referent.
public struct Entity: Sendable, Hashable {
    /// The kinds of entity Verbatim recognises.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case person = "PERSON"
        case organization = "ORG"
        /// Countries, provinces, states, cities.
        case geopolitical = "GPE"
        /// Other places: rivers, mountains, regions.
        case location = "LOC"
    }

    /// One place the article refers to the entity.
    public struct Mention: Sendable, Hashable {
        /// The mention, in UTF-8 offsets, without titles or a possessive "'s".
        public var span: TextSpan
        /// Whether the mention is a pronoun ("he") resolved to this entity rather than a name.
        public var isPronoun: Bool
        /// The rule that found the mention (e.g. `gazetteer.given_name`, `context.title`), for debugging.
        public var rule: String

        public init(span: TextSpan, isPronoun: Bool = false, rule: String) {
            self.span = span
            self.isPronoun = isPronoun
            self.rule = rule
        }
    }

    /// The entity's index in `Document.entities`; emitted as `"E<index>"`.
    public var index: Int
    /// The canonical name: the fullest form the article gives ("Han Dong" for "Dong", "Mr. Dong", "he").
    public var name: String
    public var kind: Kind
    /// Titles and roles seen with the entity ("MP", "Intergovernmental Affairs Minister"), in order of appearance.
    public var titles: [String]
    /// Mentions in text order.
    public var mentions: [Mention]

    public init(index: Int, name: String, kind: Kind, titles: [String] = [], mentions: [Mention]) {
        self.index = index
        self.name = name
        self.kind = kind
        self.titles = titles
        self.mentions = mentions
    }

    /// The id the output uses for this entity.
    public var id: String { "E\(index)" }
}
