import Testing
import Verbatim

/// The 52 "Golden Rules" of English sentence segmentation (Pragmatic Segmenter, as pySBD runs them): each case is a
/// text and the sentences it must split into. Sentences are compared with white space normalised (runs collapsed
/// to one space), because Verbatim keeps offsets into the text as given instead of cleaning it.
@Suite("Sentence segmentation: the Golden Rules")
struct GoldenRulesTests {
    struct Case: CustomStringConvertible, Sendable {
        let rule: Int
        let name: String
        let text: String
        let expected: [String]
        var description: String { "\(rule). \(name)" }
    }

    static let cases: [Case] = [
        Case(rule: 1, name: "simple period", text: "Hello World. My name is Jonas.", expected: ["Hello World.", "My name is Jonas."]),
        Case(rule: 2, name: "question mark", text: "What is your name? My name is Jonas.",
             expected: ["What is your name?", "My name is Jonas."]),
        Case(rule: 3, name: "exclamation point", text: "There it is! I found it.", expected: ["There it is!", "I found it."]),
        Case(rule: 4, name: "one-letter upper-case abbreviation", text: "My name is Jonas E. Smith.",
             expected: ["My name is Jonas E. Smith."]),
        Case(rule: 5, name: "one-letter lower-case abbreviation", text: "Please turn to p. 55.", expected: ["Please turn to p. 55."]),
        Case(rule: 6, name: "two-letter lower-case abbreviation mid-sentence", text: "Were Jane and co. at the party?",
             expected: ["Were Jane and co. at the party?"]),
        Case(rule: 7, name: "two-letter upper-case abbreviation mid-sentence",
             text: "They closed the deal with Pitt, Briggs & Co. at noon.",
             expected: ["They closed the deal with Pitt, Briggs & Co. at noon."]),
        Case(rule: 8, name: "two-letter lower-case abbreviation ending a sentence", text: "Let's ask Jane and co. They should know.",
             expected: ["Let's ask Jane and co.", "They should know."]),
        Case(rule: 9, name: "two-letter upper-case abbreviation ending a sentence",
             text: "They closed the deal with Pitt, Briggs & Co. It closed yesterday.",
             expected: ["They closed the deal with Pitt, Briggs & Co.", "It closed yesterday."]),
        Case(rule: 10, name: "two-letter prefix abbreviation", text: "I can see Mt. Fuji from here.",
             expected: ["I can see Mt. Fuji from here."]),
        Case(rule: 11, name: "two-letter prefix and lower-case abbreviations",
             text: "St. Michael's Church is on 5th st. near the light.",
             expected: ["St. Michael's Church is on 5th st. near the light."]),
        Case(rule: 12, name: "possessive abbreviation", text: "That is JFK Jr.'s book.", expected: ["That is JFK Jr.'s book."]),
        Case(rule: 13, name: "multi-period abbreviation mid-sentence", text: "I visited the U.S.A. last year.",
             expected: ["I visited the U.S.A. last year."]),
        Case(rule: 14, name: "multi-period abbreviation ending a sentence", text: "I live in the E.U. How about you?",
             expected: ["I live in the E.U.", "How about you?"]),
        Case(rule: 15, name: "U.S. ending a sentence", text: "I live in the U.S. How about you?",
             expected: ["I live in the U.S.", "How about you?"]),
        Case(rule: 16, name: "U.S. before a capitalised word", text: "I work for the U.S. Government in Virginia.",
             expected: ["I work for the U.S. Government in Virginia."]),
        Case(rule: 17, name: "U.S. mid-sentence", text: "I have lived in the U.S. for 20 years.",
             expected: ["I have lived in the U.S. for 20 years."]),
        Case(rule: 18, name: "a.m. and P.M. inside and ending sentences",
             text: "At 5 a.m. Mr. Smith went to the bank. He left the bank at 6 P.M. Mr. Smith then went to the store.",
             expected: ["At 5 a.m. Mr. Smith went to the bank.", "He left the bank at 6 P.M.", "Mr. Smith then went to the store."]),
        Case(rule: 19, name: "number mid-sentence", text: "She has $100.00 in her bag.", expected: ["She has $100.00 in her bag."]),
        Case(rule: 20, name: "number ending a sentence", text: "She has $100.00. It is in her bag.",
             expected: ["She has $100.00.", "It is in her bag."]),
        Case(rule: 21, name: "parenthetical inside a sentence",
             text: "He teaches science (He previously worked for 5 years as an engineer.) at the local University.",
             expected: ["He teaches science (He previously worked for 5 years as an engineer.) at the local University."]),
        Case(rule: 22, name: "email address", text: "Her email is Jane.Doe@example.com. I sent her an email.",
             expected: ["Her email is Jane.Doe@example.com.", "I sent her an email."]),
        Case(rule: 23, name: "web address",
             text: "The site is: https://www.example.50.com/new-site/awesome_content.html. Please check it out.",
             expected: ["The site is: https://www.example.50.com/new-site/awesome_content.html.", "Please check it out."]),
        Case(rule: 24, name: "single quotation inside a sentence", text: "She turned to him, 'This is great.' she said.",
             expected: ["She turned to him, 'This is great.' she said."]),
        Case(rule: 25, name: "double quotation inside a sentence", text: "She turned to him, \"This is great.\" she said.",
             expected: ["She turned to him, \"This is great.\" she said."]),
        Case(rule: 26, name: "double quotation ending a sentence",
             text: "She turned to him, \"This is great.\" She held the book out to show him.",
             expected: ["She turned to him, \"This is great.\"", "She held the book out to show him."]),
        Case(rule: 27, name: "double exclamation point", text: "Hello!! Long time no see.", expected: ["Hello!!", "Long time no see."]),
        Case(rule: 28, name: "double question mark", text: "Hello?? Who is there?", expected: ["Hello??", "Who is there?"]),
        Case(rule: 29, name: "exclamation point and question mark", text: "Hello!? Is that you?", expected: ["Hello!?", "Is that you?"]),
        Case(rule: 30, name: "question mark and exclamation point", text: "Hello?! Is that you?", expected: ["Hello?!", "Is that you?"]),
        Case(rule: 31, name: "list: period and parenthesis, no final stop", text: "1.) The first item 2.) The second item",
             expected: ["1.) The first item", "2.) The second item"]),
        Case(rule: 32, name: "list: period and parenthesis, final stops", text: "1.) The first item. 2.) The second item.",
             expected: ["1.) The first item.", "2.) The second item."]),
        Case(rule: 33, name: "list: parenthesis, no final stop", text: "1) The first item 2) The second item",
             expected: ["1) The first item", "2) The second item"]),
        Case(rule: 34, name: "list: parenthesis, final stops", text: "1) The first item. 2) The second item.",
             expected: ["1) The first item.", "2) The second item."]),
        Case(rule: 35, name: "list: period, no final stop", text: "1. The first item 2. The second item",
             expected: ["1. The first item", "2. The second item"]),
        Case(rule: 36, name: "list: period, final stops", text: "1. The first item. 2. The second item.",
             expected: ["1. The first item.", "2. The second item."]),
        Case(rule: 37, name: "list with bullets", text: "• 9. The first item • 10. The second item",
             expected: ["• 9. The first item", "• 10. The second item"]),
        Case(rule: 38, name: "list with hyphen bullets", text: "⁃9. The first item ⁃10. The second item",
             expected: ["⁃9. The first item", "⁃10. The second item"]),
        Case(rule: 39, name: "alphabetical list", text: "a. The first item b. The second item c. The third list item",
             expected: ["a. The first item", "b. The second item", "c. The third list item"]),
        Case(rule: 40, name: "errant newline in a sentence (PDF)", text: "This is a sentence\ncut off in the middle because pdf.",
             expected: ["This is a sentence cut off in the middle because pdf."]),
        Case(rule: 41, name: "errant newline after a space", text: "It was a cold \nnight in the city.",
             expected: ["It was a cold night in the city."]),
        Case(rule: 42, name: "lower-case lines", text: "features\ncontact manager\nevents, activities\n",
             expected: ["features", "contact manager", "events, activities"]),
        Case(rule: 43, name: "numero sign and dotted number", text: "You can find it at N°. 1026.253.553. That is where the treasure is.",
             expected: ["You can find it at N°. 1026.253.553.", "That is where the treasure is."]),
        Case(rule: 44, name: "name with an exclamation point", text: "She works at Yahoo! in the accounting department.",
             expected: ["She works at Yahoo! in the accounting department."]),
        Case(rule: 45, name: "I as a pronoun and as an initial",
             text: "We make a good team, you and I. Did you see Albert I. Jones yesterday?",
             expected: ["We make a good team, you and I.", "Did you see Albert I. Jones yesterday?"]),
        Case(rule: 46, name: "ellipsis ending a quotation",
             text: "Thoreau argues that by simplifying one’s life, “the laws of the universe will appear less complex. . . .”",
             expected: ["Thoreau argues that by simplifying one’s life, “the laws of the universe will appear less complex. . . .”"]),
        Case(rule: 47, name: "ellipsis in square brackets",
             text: "\"Bohr [...] used the analogy of parallel stairways [...]\" (Smith 55).",
             expected: ["\"Bohr [...] used the analogy of parallel stairways [...]\" (Smith 55)."]),
        Case(rule: 48, name: "spaced ellipsis ending a sentence",
             text: "If words are left off at the end of a sentence, and that is all that is omitted, indicate the omission with ellipsis marks (preceded and followed by a space) and then indicate the end of the sentence with a period . . . . Next sentence.",
             expected: ["If words are left off at the end of a sentence, and that is all that is omitted, indicate the omission with ellipsis marks (preceded and followed by a space) and then indicate the end of the sentence with a period . . . .",
                        "Next sentence."]),
        Case(rule: 49, name: "four-dot ellipsis", text: "I never meant that.... She left the store.",
             expected: ["I never meant that....", "She left the store."]),
        Case(rule: 50, name: "ellipses inside a sentence",
             text: "I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it.",
             expected: ["I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it."]),
        Case(rule: 51, name: "spaced ellipses opening and closing sentences",
             text: "One further habit which was somewhat weakened . . . was that of combining words into self-interpreting compounds. . . . The practice was not abandoned. . . .",
             expected: ["One further habit which was somewhat weakened . . . was that of combining words into self-interpreting compounds.",
                        ". . . The practice was not abandoned. . . ."]),
        Case(rule: 52, name: "no white space between sentences",
             text: "Hello world.Today is Tuesday.Mr. Smith went to the store and bought 1,000.That is a lot.",
             expected: ["Hello world.", "Today is Tuesday.", "Mr. Smith went to the store and bought 1,000.", "That is a lot."]),
    ]

    /// The sentences of `text`, white space normalised.
    static func normalizedSentences(_ text: String) throws -> [String] {
        try TestModels.sentences(text).map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
    }

    @Test("the suite holds 52 numbered rules")
    func suiteIsWhole() {
        #expect(Self.cases.map(\.rule) == Array(1...52))
    }

    @Test("each rule", arguments: cases)
    func rule(_ testCase: Case) throws {
        #expect(try Self.normalizedSentences(testCase.text) == testCase.expected)
    }
}
