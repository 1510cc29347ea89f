/// The few function words the quote rules name themselves ("said *that* …", "told X *to* …", "Dong *and* said").
/// They are numbered first in the `QuoteVocabulary`, in this order, so a rule's check is an integer comparison.
enum RuleWord: Int32, CaseIterable, Sendable {
    case that, to, and, but, the, a, an, his, her, their, `for`

    /// The word as it is looked up (lower case).
    var text: String { String(describing: self) }
}
