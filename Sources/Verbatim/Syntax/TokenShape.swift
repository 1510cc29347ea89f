/// What a token looks like, as bits read off its characters.
public struct TokenShape: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// The token has a letter.
    public static let hasLetter = TokenShape(rawValue: 1 << 0)
    /// The first character is an upper-case letter ("Smith", "US").
    public static let capitalized = TokenShape(rawValue: 1 << 1)
    /// Every letter is upper case, and there are at least two ("US", "NATO").
    public static let allUpper = TokenShape(rawValue: 1 << 2)
    /// The token has a digit.
    public static let hasDigit = TokenShape(rawValue: 1 << 3)
    /// The token is punctuation or symbols only.
    public static let punctuation = TokenShape(rawValue: 1 << 4)
    /// The token ends with a stop that belongs to it ("Mr.", "U.S.").
    public static let abbreviation = TokenShape(rawValue: 1 << 5)
    /// The token is a quotation mark (straight or curly, single or double, guillemets).
    public static let quotationMark = TokenShape(rawValue: 1 << 6)
    /// The token lies in masked boilerplate.
    public static let boilerplate = TokenShape(rawValue: 1 << 7)
}
