/// A part of the gold that can be scored.
public enum EvalLayer: String, Sendable, Hashable, CaseIterable, Comparable {
    case quotes
    /// Canonical speaker names on quotes (`speaker_canonical` in gold, `speaker_name` in predictions).
    case speakerNames = "speaker_names"
    case entities
    case sentences
    case boilerplate
    /// Article body text against `articleBody` gold (the Zyte HTML benchmark).
    case bodyText = "html"

    /// The gold field that carries the layer.
    public var goldField: String {
        switch self {
        case .quotes: return "quotes"
        case .speakerNames: return "speaker_canonical"
        case .entities: return "entities"
        case .sentences: return "sentences"
        case .boilerplate: return "boilerplate"
        case .bodyText: return "articleBody"
        }
    }

    public static func < (lhs: EvalLayer, rhs: EvalLayer) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
