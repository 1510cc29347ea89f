/// An entity label of the gold format and of Verbatim output.
public enum EntityLabel: String, Sendable, Hashable, CaseIterable {
    case person = "PERSON"
    case organization = "ORG"
    case geopolitical = "GPE"
    case location = "LOC"

    /// The class the entity metric scores this label in: GPE and LOC are scored together.
    public var scoringClass: EntityClass {
        switch self {
        case .person: return .person
        case .organization: return .organization
        case .geopolitical, .location: return .place
        }
    }
}
