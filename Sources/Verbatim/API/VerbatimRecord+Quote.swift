extension VerbatimRecord {
    /// A quotation: where it is (code points), who said it, and the rules that found it.
    public struct Quote: Codable, Sendable, Hashable {
        /// `Q0`, `Q1`, ... in text order.
        public var id: String
        /// The quotation's first code point.
        public var start: Int
        /// One past its last code point.
        public var end: Int
        public var text: String
        /// `direct`, `indirect` or `mixed`.
        public var type: String
        /// Shared by the quotes of one multi-paragraph or split quotation.
        public var group: Int
        /// The rule that produced the quote, e.g. `direct.quote_speaker_cue`.
        public var rule: String
        /// The speech verb (or colon) that introduces it.
        public var cue: Cue?
        /// The speaker mention nearest the cue.
        public var speaker: SpanText?
        /// Who the speaker is, by the fullest name the article gives.
        public var speakerName: String?
        public var speakerTitle: String?
        /// The speaker's entity id (`E0`, ...) in `entities`.
        public var speakerEntity: String?
        /// The rule that resolved the speaker.
        public var speakerRule: String?

        enum CodingKeys: String, CodingKey {
            case id, start, end, text, type, group, rule, cue, speaker
            case speakerName = "speaker_name", speakerTitle = "speaker_title", speakerEntity = "speaker_entity"
            case speakerRule = "speaker_rule"
        }

        /// The line writes every field, `null` when unknown; so does this.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(start, forKey: .start)
            try container.encode(end, forKey: .end)
            try container.encode(text, forKey: .text)
            try container.encode(type, forKey: .type)
            try container.encode(group, forKey: .group)
            try container.encode(rule, forKey: .rule)
            try container.encode(cue, forKey: .cue)
            try container.encode(speaker, forKey: .speaker)
            try container.encode(speakerName, forKey: .speakerName)
            try container.encode(speakerTitle, forKey: .speakerTitle)
            try container.encode(speakerEntity, forKey: .speakerEntity)
            try container.encode(speakerRule, forKey: .speakerRule)
        }
    }
}
