/// A name mention a rule found, before mentions are clustered into entities. Offsets are **UTF-8 byte offsets**.
///
/// The words and the title are positions and spans, not strings, so that copying a candidate costs little.
struct MentionCandidate: Sendable {
    /// The name without titles, leading "the" or possessive.
    var span: TextSpan
    var kind: Entity.Kind
    /// The rule that found it (`gazetteer.city`, `context.title`, ...).
    var rule: String
    /// The words of the name as written: positions in the article's `NameWords`.
    var words: Range<Int>
    /// A title or role written with this mention ("Intergovernmental Affairs Minister"), as a span of the text.
    var title: TextSpan?
    /// The gender an honorific told ("Mr.").
    var gender: PersonGender?
    /// The name the mention stands for when a list or an acronym says so ("United States" for "U.S.").
    var canonical: String?
}
