/// A quotation: what was said, by whom, with which cue, and which rule found it.
public struct Quote: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// The words in quotation marks, marks included.
        case direct
        /// A reported clause after a cue, without quotation marks.
        case indirect
        /// A reported clause that carries quoted words.
        case mixed
    }

    /// The cue as written and as its lemma ("told" / "tell"; ":" for colon frames).
    public struct Cue: Sendable, Hashable {
        /// UTF-8 offsets.
        public var span: TextSpan
        public var lemma: String

        public init(span: TextSpan, lemma: String) {
            self.span = span
            self.lemma = lemma
        }
    }

    /// The quotation, in UTF-8 offsets.
    public var span: TextSpan
    public var kind: Kind
    /// Quotes of one multi-paragraph quotation, or of one split quotation, share a group number.
    public var group: Int
    /// The rule that produced the quote (e.g. `direct.quote_comma_speaker_cue`).
    public var rule: String
    public var cue: Cue?
    /// The speaker mention nearest the cue, in UTF-8 offsets ("he", "Dong", "a spokesperson for Global News").
    public var speaker: TextSpan?
    /// Who the speaker is, by the fullest name the article gives, without titles.
    public var speakerName: String?
    /// The title or affiliation given with the speaker ("Intergovernmental Affairs Minister").
    public var speakerTitle: String?
    /// The index of the speaker's entity in `Document.entities`.
    public var speakerEntity: Int?
    /// The rule that attributed the speaker (e.g. `speaker.pronoun`, `speaker.continuation`).
    public var speakerRule: String?

    public init(span: TextSpan, kind: Kind, group: Int, rule: String, cue: Cue? = nil, speaker: TextSpan? = nil,
                speakerName: String? = nil, speakerTitle: String? = nil, speakerEntity: Int? = nil,
                speakerRule: String? = nil) {
        self.span = span
        self.kind = kind
        self.group = group
        self.rule = rule
        self.cue = cue
        self.speaker = speaker
        self.speakerName = speakerName
        self.speakerTitle = speakerTitle
        self.speakerEntity = speakerEntity
        self.speakerRule = speakerRule
    }
}
