import Testing
@testable import Verbatim

@Suite("Boilerplate rules")
struct BoilerplateRulesTests {
    @Test("normalising folds ASCII and Latin-1 case, straightens quotes, collapses and trims white space", arguments: [
        ("  Top\u{A0}\u{2003}STORIES  ", "top stories"),
        ("Don\u{2019}t MISS \u{201C}This\u{201D}", "don't miss \"this\""),
        ("\u{C0}\u{C9}\u{CE} \u{D7}\u{DE} \u{FF}", "\u{E0}\u{E9}\u{EE} \u{D7}\u{FE} \u{FF}"),
        ("\u{395}\u{3BB}\u{3BB}\u{3AC}\u{3B4}\u{3B1} 5\u{2032}", "\u{395}\u{3BB}\u{3BB}\u{3AC}\u{3B4}\u{3B1} 5'"),
        ("\u{FEFF}x\u{3000}\u{2028}y\t\n", "x y"),
        ("", ""),
    ])
    func normalize(_ input: String, _ expected: String) {
        #expect(BoilerplateRules.normalize(input) == expected)
        #expect(BoilerplateRules.normalize(input).utf8.elementsEqual(expected.utf8))
    }

    private func pattern(_ match: BoilerplateRules.Match, _ text: String, maxWords: Int = 40, line: Int) -> BoilerplateRules.Pattern {
        BoilerplateRules.Pattern(kind: .promo, match: match, text: text, endsArticle: false, maxWords: maxWords,
                                 rule: "patterns.txt:\(line)")
    }

    private func rule(_ rules: BoilerplateRules, _ line: String, words: Int) -> String? {
        Array(line.utf8).withUnsafeBufferPointer { rules.match($0, words: words)?.rule }
    }

    @Test("whole lines first, then prefixes, then phrases; among several, the first in the file")
    func order() {
        let rules = BoilerplateRules(
            lines: ["sign up": pattern(.line, "sign up", line: 1)],
            prefixes: [pattern(.prefix, "sign", maxWords: 3, line: 2), pattern(.prefix, "si", line: 3)],
            contains: [pattern(.contains, "bb", line: 4), pattern(.contains, "aa", line: 5)],
            outlets: [], creditWords: [], months: [])
        #expect(rule(rules, "sign up:", words: 2) == "patterns.txt:1")
        #expect(rule(rules, "sign in now", words: 3) == "patterns.txt:2")
        #expect(rule(rules, "sign in now please", words: 4) == "patterns.txt:3")
        #expect(rule(rules, "xx aa yy bb", words: 4) == "patterns.txt:4")
        #expect(rule(rules, "xx aa yy b", words: 4) == "patterns.txt:5")
        #expect(rule(rules, "nothing here", words: 2) == nil)
    }

    @Test("a one-byte phrase matches anywhere, the last byte included")
    func oneBytePhrase() {
        let rules = BoilerplateRules(lines: [:], prefixes: [],
                                     contains: [pattern(.contains, "zz", line: 1), pattern(.contains, "|", line: 2)],
                                     outlets: [], creditWords: [], months: [])
        #expect(rule(rules, "a|", words: 1) == "patterns.txt:2")
        #expect(rule(rules, "|a", words: 1) == "patterns.txt:2")
        #expect(rule(rules, "a | zz", words: 3) == "patterns.txt:1")
        #expect(rule(rules, "az z", words: 2) == nil)
    }
}
