import Testing
import Verbatim

/// Sentence boundaries on English news edge cases. Each case: the text and the sentences it must give.
@Suite("Sentence segmentation")
struct SentenceSegmenterTests {
    struct Case: CustomStringConvertible, Sendable {
        let name: String
        let text: String
        let expected: [String]
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(name: "plain stops", text: "The vote passed. The bill goes to the Senate.",
             expected: ["The vote passed.", "The bill goes to the Senate."]),
        Case(name: "question", text: "Who pays for it? Taxpayers do.", expected: ["Who pays for it?", "Taxpayers do."]),
        Case(name: "exclamation", text: "It is over! The count ended.", expected: ["It is over!", "The count ended."]),
        Case(name: "title Gov.", text: "Gov. Jay Inslee signed the order.", expected: ["Gov. Jay Inslee signed the order."]),
        Case(name: "title Sen.", text: "The bill from Sen. Amy Klobuchar stalled.", expected: ["The bill from Sen. Amy Klobuchar stalled."]),
        Case(name: "military titles", text: "Retired Lt. Gen. Michael Flynn spoke first.",
             expected: ["Retired Lt. Gen. Michael Flynn spoke first."]),
        Case(name: "Mr. and Dr.", text: "Mr. Dong met Dr. Tam on Monday.", expected: ["Mr. Dong met Dr. Tam on Monday."]),
        Case(name: "single initial", text: "The report by Jonas E. Smith is out.", expected: ["The report by Jonas E. Smith is out."]),
        Case(name: "two initials", text: "J. K. Rowling wrote it. Critics loved it.",
             expected: ["J. K. Rowling wrote it.", "Critics loved it."]),
        Case(name: "page abbreviation", text: "See the ruling at p. 55 for details.", expected: ["See the ruling at p. 55 for details."]),
        Case(name: "number abbreviation", text: "He ranked No. 3 in the poll.", expected: ["He ranked No. 3 in the poll."]),
        Case(name: "company mid-sentence", text: "They sued Acme Co. in March.", expected: ["They sued Acme Co. in March."]),
        Case(name: "company at the end", text: "He works at Acme Inc. The firm declined comment.",
             expected: ["He works at Acme Inc.", "The firm declined comment."]),
        Case(name: "lower-case co. at the end", text: "Ask Jane and co. They should know.",
             expected: ["Ask Jane and co.", "They should know."]),
        Case(name: "U.S. before a noun", text: "The U.S. Senate voted 52 to 48.", expected: ["The U.S. Senate voted 52 to 48."]),
        Case(name: "U.S. at the end", text: "He returned to the U.S. He was tired.",
             expected: ["He returned to the U.S.", "He was tired."]),
        Case(name: "a.m. mid-sentence", text: "The polls open at 7 a.m. on Tuesday.", expected: ["The polls open at 7 a.m. on Tuesday."]),
        Case(name: "p.m. at the end", text: "The polls close at 8 p.m. The count starts then.",
             expected: ["The polls close at 8 p.m.", "The count starts then."]),
        Case(name: "month abbreviation", text: "The session ends Jan. 31 this year.", expected: ["The session ends Jan. 31 this year."]),
        Case(name: "decimal numbers", text: "Inflation rose 3.4 per cent. Rates held.", expected: ["Inflation rose 3.4 per cent.", "Rates held."]),
        Case(name: "money", text: "It cost $1.5 billion. Critics balked.", expected: ["It cost $1.5 billion.", "Critics balked."]),
        Case(name: "quoted question then attribution", text: "“Why now?” she asked. Nobody answered.",
             expected: ["“Why now?” she asked.", "Nobody answered."]),
        Case(name: "quoted exclamation then attribution", text: "\"Enough!\" he shouted at the crowd.",
             expected: ["\"Enough!\" he shouted at the crowd."]),
        Case(name: "quote ending a sentence", text: "He said: “It is false.” Then he left.",
             expected: ["He said: “It is false.”", "Then he left."]),
        Case(name: "two sentences in one quote", text: "“We won. We will govern.”", expected: ["“We won.", "We will govern.”"]),
        Case(name: "comma quote attribution", text: "“I am staying,” Dong said. “It is my choice.”",
             expected: ["“I am staying,” Dong said.", "“It is my choice.”"]),
        Case(name: "ellipsis then lower case", text: "To my family ... the truth will protect us.",
             expected: ["To my family ... the truth will protect us."]),
        Case(name: "glued ellipsis", text: "As a parliamentarian...I would never do it.",
             expected: ["As a parliamentarian...I would never do it."]),
        Case(name: "ellipsis character then capital", text: "He paused… Then he spoke.", expected: ["He paused…", "Then he spoke."]),
        Case(name: "parenthetical sentence", text: "He won. (The margin was narrow.) He thanked voters.",
             expected: ["He won.", "(The margin was narrow.)", "He thanked voters."]),
        Case(name: "Yahoo!", text: "She left Yahoo! for a startup.", expected: ["She left Yahoo! for a startup."]),
        Case(name: "e.g. inside", text: "Some parties, e.g. the Greens, abstained.", expected: ["Some parties, e.g. the Greens, abstained."]),
        Case(name: "list markers", text: "1. Cut taxes. 2. Build housing.", expected: ["1. Cut taxes.", "2. Build housing."]),
        Case(name: "St. in a place name", text: "He lives in St. Catharines now.", expected: ["He lives in St. Catharines now."]),
        Case(name: "Jr. mid-sentence", text: "Martin Luther King Jr. spoke there.", expected: ["Martin Luther King Jr. spoke there."]),
        Case(name: "state abbreviation", text: "She grew up in Tulsa, Okla. and moved.", expected: ["She grew up in Tulsa, Okla. and moved."]),
        Case(name: "colon does not split", text: "Trudeau said: we will see.", expected: ["Trudeau said: we will see."]),
        Case(name: "semicolon does not split", text: "Let me be clear; it is false.", expected: ["Let me be clear; it is false."]),
        Case(name: "no final stop", text: "Top Stories", expected: ["Top Stories"]),
        Case(name: "URL", text: "Read it at www.example.com today. It is free.", expected: ["Read it at www.example.com today.", "It is free."]),
        Case(name: "email", text: "Write to tips@example.ca with news. We read all.", expected: ["Write to tips@example.ca with news.", "We read all."]),
        Case(name: "multiple punctuation", text: "Really?! Yes. Really.", expected: ["Really?!", "Yes.", "Really."]),
        Case(name: "trailing no-break space", text: "He left.\u{A0}", expected: ["He left."]),
        Case(name: "newline is a paragraph break", text: "First line without stop\nSecond line.", expected: ["First line without stop", "Second line."]),
        Case(name: "bulleted items in one paragraph", text: "- Hilary Swank. - Imelda Staunton.",
             expected: ["- Hilary Swank.", "- Imelda Staunton."]),
        Case(name: "dashes inside a bulleted item", text: "- The outfit - 17 places lower - have missed out. Then it rained.",
             expected: ["- The outfit - 17 places lower - have missed out.", "Then it rained."]),
        Case(name: "numbered items without stops", text: "1) Cut taxes 2) Build housing",
             expected: ["1) Cut taxes", "2) Build housing"]),
        Case(name: "initials are no lettered list", text: "J. K. Rowling wrote it.", expected: ["J. K. Rowling wrote it."]),
        Case(name: "glued stop", text: "It rained.Then it stopped.", expected: ["It rained.", "Then it stopped."]),
        Case(name: "glued stop in a web address", text: "See news.Example.com for more.", expected: ["See news.Example.com for more."]),
        Case(name: "glued stops in a site name", text: "He edits Halo.Bungie.Org, a fan site.", expected: ["He edits Halo.Bungie.Org, a fan site."]),
        Case(name: "time after a number before a title", text: "He left at 6 P.M. Mr. Smith stayed.",
             expected: ["He left at 6 P.M.", "Mr. Smith stayed."]),
        Case(name: "time in an opening phrase", text: "At 5 a.m. Mr. Smith went out.", expected: ["At 5 a.m. Mr. Smith went out."]),
        Case(name: "question and answer labels", text: "Q. What is his name? A. His name is Alfred E. Sloan.",
             expected: ["Q. What is his name?", "A. His name is Alfred E. Sloan."]),
        Case(name: "contraction opening a sentence after a time", text: "The game is at 10 p.m. I'm going, are you?",
             expected: ["The game is at 10 p.m.", "I'm going, are you?"]),
        Case(name: "single quotes nested", text: "“He called it ‘false.’ I agree,” she said.", expected: ["“He called it ‘false.’", "I agree,” she said."]),
    ]

    @Test("edge cases", arguments: cases)
    func edgeCase(_ testCase: Case) throws {
        #expect(try TestModels.sentences(testCase.text) == testCase.expected)
    }

    @Test("sentences never cross a paragraph break")
    func paragraphs() throws {
        let document = try TestModels.process("One. Two\n\nThree.\nFour")
        for sentence in document.sentences {
            #expect(document.paragraphs.contains { $0.contains(sentence) })
        }
        #expect(document.sentences.count == 4)
    }
}
