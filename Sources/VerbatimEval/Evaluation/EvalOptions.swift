/// What an evaluation scores and how.
public struct EvalOptions: Sendable {
    /// The quote coverage thresholds; the first one drives the error listing, rule precision and the HTML report.
    public var thresholds: [Double]
    /// Score only quotes of these types (gold and predicted alike), or all when nil.
    public var quoteTypes: Set<String>?
    /// Score only gold articles whose `split` field equals this, or all when nil.
    public var split: String?
    /// How canonical speaker names are compared.
    public var speakerNames: SpeakerNameMatcher
    /// Lower-cased words that are pronouns: predicted entity mentions with this text are not entity mentions.
    public var pronouns: Set<String>

    public init(thresholds: [Double] = [0.3, 0.8], quoteTypes: Set<String>? = nil, split: String? = nil,
                speakerNames: SpeakerNameMatcher = SpeakerNameMatcher(),
                pronouns: Set<String> = EvalOptions.englishPronouns) {
        self.thresholds = thresholds
        self.quoteTypes = quoteTypes
        self.split = split
        self.speakerNames = speakerNames
        self.pronouns = pronouns
    }

    /// English personal, possessive, reflexive, demonstrative and relative pronouns: a closed class, so it is
    /// kept here rather than in `Models/`. Pass another set for other languages.
    public static let englishPronouns: Set<String> = [
        "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves", "you", "your", "yours",
        "yourself", "yourselves", "he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its",
        "itself", "they", "them", "their", "theirs", "themselves", "this", "that", "these", "those", "who", "whom",
        "whose", "which", "one", "someone", "somebody", "anyone", "everyone",
    ]
}
