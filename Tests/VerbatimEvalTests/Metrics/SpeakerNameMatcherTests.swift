import Testing
@testable import VerbatimEval

@Suite struct SpeakerNameMatcherTests {
    @Test(arguments: [
        ("Han Dong", "Han Dong", true),
        ("Han Dong", "han dong", true),
        ("Han Dong", "Dong", true),              // equal last names count
        ("Han Dong", "Mr. Dong", true),
        ("Justin Trudeau", "Trudeau's", true),   // possessive dropped
        ("Justin Trudeau", "“Trudeau,”", true),  // punctuation dropped
        ("Han Dong", "He", false),               // a pronoun is not an answer
        ("Han Dong", "Michael Chong", false),
        ("senior government official", "A senior government official", true),
        ("Global News", "Global", false),
    ] as [(String, String, Bool)])
    func names(gold: String, predicted: String, matches: Bool) {
        #expect(SpeakerNameMatcher(titles: ["Mr.", "Sen."]).matches(gold: gold, predicted: predicted) == matches)
    }

    @Test func missingNames() {
        let matcher = SpeakerNameMatcher()
        #expect(matcher.matches(gold: nil, predicted: nil))
        #expect(!matcher.matches(gold: "Han Dong", predicted: nil))
        #expect(!matcher.matches(gold: nil, predicted: "Han Dong"))
        #expect(!matcher.matches(gold: "Han Dong", predicted: "  "))
    }

    @Test func titlesAreDropped() {
        // A trailing title only matches once titles are dropped.
        #expect(!SpeakerNameMatcher().matches(gold: "Bob Smith", predicted: "Smith Sen."))
        #expect(SpeakerNameMatcher(titles: ["Sen."]).matches(gold: "Bob Smith", predicted: "Smith Sen."))
        #expect(SpeakerNameMatcher(titles: ["Mr."]).words(of: "Mr. Han Dong's") == ["han", "dong"])
    }
}
