import Testing
import Verbatim

/// Quote frames, one case a row: the text, then what the quote must be.
@Suite("Quote extraction")
struct QuoteExtractorTests {
    struct Case: CustomStringConvertible, Sendable {
        let name: String
        let text: String
        let quote: String
        let kind: Quote.Kind
        let speaker: String?
        let speakerName: String?
        let cue: String?
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(name: "quote, speaker, cue", text: "“We will win this seat,” Smith said.",
             quote: "“We will win this seat,”", kind: .direct, speaker: "Smith", speakerName: "Smith", cue: "said"),
        Case(name: "quote, cue, speaker with title", text: "\"The budget is balanced,\" said Finance Minister Jane Doe.",
             quote: "\"The budget is balanced,\"", kind: .direct, speaker: "Finance Minister Jane Doe", speakerName: "Jane Doe", cue: "said"),
        Case(name: "speaker, cue, colon, quote", text: "Premier Ford said: “We are not backing down.”",
             quote: "“We are not backing down.”", kind: .direct, speaker: "Premier Ford", speakerName: "Ford", cue: "said"),
        Case(name: "unusual cue after a quote", text: "“It is what it is,” Patel sighed.",
             quote: "“It is what it is,”", kind: .direct, speaker: "Patel", speakerName: "Patel", cue: "sighed"),
        Case(name: "indirect with that", text: "Mayor Olivia Chow said that the city would cut fares next year.",
             quote: "the city would cut fares next year", kind: .indirect, speaker: "Mayor Olivia Chow", speakerName: "Olivia Chow", cue: "said"),
        Case(name: "indirect without that", text: "Olivia Chow says the city will cut fares next year.",
             quote: "the city will cut fares next year", kind: .indirect, speaker: "Olivia Chow", speakerName: "Olivia Chow", cue: "says"),
        Case(name: "told with an addressee", text: "Chow told CBC News on Tuesday that fares would fall.",
             quote: "fares would fall", kind: .indirect, speaker: "Chow", speakerName: "Chow", cue: "told"),
        Case(name: "content first", text: "The deal will collapse by spring, the union leader said.",
             quote: "The deal will collapse by spring", kind: .indirect, speaker: "the union leader", speakerName: nil, cue: "said"),
        Case(name: "according to", text: "According to police, the suspect fled on foot before midnight.",
             quote: "the suspect fled on foot before midnight", kind: .indirect, speaker: "police", speakerName: nil, cue: "According to"),
        Case(name: "mixed", text: "Dong said the report was \"false\" and damaged his career.",
             quote: "the report was \"false\" and damaged his career", kind: .mixed, speaker: "Dong", speakerName: "Dong", cue: "said"),
        Case(name: "appositive aside skipped", text: "Jane Roe, who chairs the committee, said the vote would be delayed.",
             quote: "the vote would be delayed", kind: .indirect, speaker: "Jane Roe", speakerName: "Jane Roe", cue: "said"),
        Case(name: "spokesperson for an organisation", text: "A spokesperson for Health Canada said the drug was safe to use.",
             quote: "the drug was safe to use", kind: .indirect, speaker: "A spokesperson for Health Canada", speakerName: "Health Canada", cue: "said"),
        Case(name: "dash signature", text: "“Never again.” — Maria Lopez, survivor",
             quote: "“Never again.”", kind: .direct, speaker: "Maria Lopez", speakerName: "Maria Lopez", cue: nil),
        Case(name: "transcript label", text: "SMITH: Well, we have to look at the numbers first.",
             quote: "Well, we have to look at the numbers first", kind: .indirect, speaker: "SMITH", speakerName: "SMITH", cue: ":"),
        Case(name: "parenthetical aside after the name", text: "Rep. Jane Roe (D-Mass.) said the law does not require it.",
             quote: "the law does not require it", kind: .indirect, speaker: "Rep. Jane Roe", speakerName: nil, cue: "said"),
        Case(name: "plain noun phrase before cue and that", text: "The fund warned that the exit will raise many questions.",
             quote: "the exit will raise many questions", kind: .indirect, speaker: "The fund", speakerName: nil, cue: "warned"),
        Case(name: "second fragment after the attribution", text: "“The hope,” he said, “is that I can help.”",
             quote: "“is that I can help.”", kind: .direct, speaker: "he", speakerName: nil, cue: "said"),
        Case(name: "participle after a quotation", text: "“We are ready,” she said, adding that the plan is fully funded.",
             quote: "the plan is fully funded", kind: .indirect, speaker: "she", speakerName: nil, cue: "adding"),
        Case(name: "says with an appositive, then a participle", text: "“It works,” says Jane Smith, a professor, noting that costs fell last year.",
             quote: "costs fell last year", kind: .indirect, speaker: "Jane Smith", speakerName: "Jane Smith", cue: "noting"),
        Case(name: "straight quotes written as two apostrophes", text: "''This is not reform,'' said Alan Cole.",
             quote: "''This is not reform,''", kind: .direct, speaker: "Alan Cole", speakerName: "Alan Cole", cue: "said"),
    ]

    @Test("frames", arguments: cases)
    func frame(_ testCase: Case) throws {
        let document = try TestModels.process(testCase.text)
        let quote = try #require(document.quotes.first { document.substring($0.span) == testCase.quote },
                                 "no quote \(testCase.quote); got \(document.quotes.map { document.substring($0.span) })")
        #expect(quote.kind == testCase.kind)
        #expect(quote.speaker.map(document.substring) == testCase.speaker)
        if let name = testCase.speakerName { #expect(quote.speakerName == name) }
        #expect(quote.cue.map { document.substring($0.span) } == testCase.cue)
        #expect(!quote.rule.isEmpty)
    }

    @Test("the surname and the pronoun take the fullest name the article gives")
    func canonicalNames() throws {
        let text = """
        Liberal MP Han Dong resigned on Wednesday.

        Dong said the reports were false.

        “I will clear my name,” he said.
        """
        let document = try TestModels.process(text)
        #expect(document.quotes.count == 2)
        #expect(document.quotes.allSatisfy { $0.speakerName == "Han Dong" })
    }

    @Test("a quotation over several paragraphs gives one quote each, linked by a group and carrying the speaker")
    func multiParagraph() throws {
        let text = """
        “We had no choice,” Mayor Jane Doe said. “The money ran out.

        “Nobody wanted this outcome.”
        """
        let document = try TestModels.process(text)
        #expect(document.quotes.count == 3)
        #expect(document.quotes.allSatisfy { $0.speakerName == "Jane Doe" })
        #expect(document.quotes[1].group == document.quotes[2].group)
        #expect(document.quotes[2].rule == "direct.continuation")
    }

    @Test("a capitalised cue word inside a name is not a cue", arguments: [
        "Trade between Mexico and the United States rose sharply last year.",
        "The Washington Post ran a long profile of the candidate on Sunday.",
    ])
    func cueInsideName(_ text: String) throws {
        #expect(try TestModels.process(text).quotes.isEmpty)
    }

    @Test("scare quotes and titles in quotation marks are not quotes")
    func scareQuotes() throws {
        let document = try TestModels.process("The men known as the “two Michaels” returned home after the “Freedom Convoy” left.")
        #expect(document.quotes.isEmpty)
    }

    @Test("unbalanced and stray marks never cost the article", arguments: [
        "He said “this never closes",
        "” stray close first, then text.",
        String(repeating: "“", count: 500),
        String(repeating: "\" a \"", count: 300),
        "“",
        "said",
        ": “",
    ])
    func unbalanced(_ text: String) throws {
        let document = try TestModels.process(text)
        for quote in document.quotes {
            #expect(quote.span.end <= document.utf8.count)
        }
    }
}
