/// A Universal Dependencies part-of-speech tag (UPOS, universaldependencies.org/u/pos).
///
/// The raw value is the tag's index in `allCases`, the number the tagger model stores.
public enum UniversalTag: UInt8, Sendable, CaseIterable, Codable, CustomStringConvertible {
    case adj, adp, adv, aux, cconj, det, intj, noun, num, part, pron, propn, punct, sconj, sym, verb, x

    /// The number of tags.
    public static let count = allCases.count

    /// The tag as UD writes it (`NOUN`, `PROPN`, ...).
    public var name: String {
        switch self {
        case .adj: "ADJ"
        case .adp: "ADP"
        case .adv: "ADV"
        case .aux: "AUX"
        case .cconj: "CCONJ"
        case .det: "DET"
        case .intj: "INTJ"
        case .noun: "NOUN"
        case .num: "NUM"
        case .part: "PART"
        case .pron: "PRON"
        case .propn: "PROPN"
        case .punct: "PUNCT"
        case .sconj: "SCONJ"
        case .sym: "SYM"
        case .verb: "VERB"
        case .x: "X"
        }
    }

    public var description: String { name }

    /// The tag UD writes as `name`, or nil for anything else (including `_`).
    public init?(name: String) {
        guard let tag = Self.allCases.first(where: { $0.name == name }) else { return nil }
        self = tag
    }
}
