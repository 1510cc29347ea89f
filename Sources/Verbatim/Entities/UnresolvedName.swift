/// A capitalised name no rule could label from its own sentence, kept until the whole article is known: it may be
/// a short form of a name found elsewhere ("Dong", "Global", "CSIS"). Offsets are **UTF-8 byte offsets**.
struct UnresolvedName: Sendable {
    var span: TextSpan
    /// The words as written: positions in the article's `NameWords`, which also hold their spans.
    var words: Range<Int>
    /// From a headline in capitals or title case: matched case-insensitively, part by part.
    var isLoose: Bool
    /// The label to use when no other mention in the article explains the name, and the rule that chose it.
    var fallback: (kind: Entity.Kind, rule: String)?
    /// The index in the finder's candidates of the name this one stands in parentheses after ("(CSIS)").
    var pairedCandidate: Int?
    /// A title in an appositive right after the name (", a Toronto-area MP"), kept if the name is a person; a span of
    /// the text.
    var title: TextSpan?
}
