/// A name mention a rule found, before mentions are clustered into entities. Offsets are **UTF-8 byte offsets**.
struct MentionCandidate: Sendable {
    /// The name without titles, leading "the" or possessive.
    var span: TextSpan
    var kind: Entity.Kind
    /// The rule that found it (`gazetteer.city`, `context.title`, ...).
    var rule: String
    /// The words of the name as written.
    var words: [String]
    /// A title or role written with this mention ("Intergovernmental Affairs Minister").
    var title: String?
    /// The gender an honorific told ("Mr.").
    var gender: PersonGender?
    /// The name the mention stands for when a list or an acronym says so ("United States" for "U.S.").
    var canonical: String?
}
