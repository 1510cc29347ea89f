/// The classes the entity metric reports: PERSON, ORG, and GPE+LOC together.
public enum EntityClass: String, Sendable, Hashable, CaseIterable, Comparable {
    case person = "PERSON"
    case organization = "ORG"
    case place = "GPE+LOC"

    public static func < (lhs: EntityClass, rhs: EntityClass) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
