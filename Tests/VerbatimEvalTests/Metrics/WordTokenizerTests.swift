import Testing
@testable import VerbatimEval

/// Expected tokens are what Python 3's `re.findall(r'\w+', text)` returns.
@Suite struct WordTokenizerTests {
    @Test(arguments: [
        ("Hello, world_42!", ["Hello", "world_42"]),
        ("naïve café", ["naïve", "café"]),
        ("e\u{301}te", ["e", "te"]),                 // a combining mark is not a word character
        ("東京は晴れ", ["東京は晴れ"]),
        ("x² ½", ["x²", "½"]),                       // numeric code points are
        ("١٢٣ abc", ["١٢٣", "abc"]),
        ("Ⅻ rom", ["Ⅻ", "rom"]),
        ("don’t stop", ["don", "t", "stop"]),
        ("ǅemal", ["ǅemal"]),
        ("—  …", []),
        ("", []),
    ] as [(String, [String])])
    func tokens(text: String, expected: [String]) {
        #expect(WordTokenizer.tokens(text) == expected)
    }
}
