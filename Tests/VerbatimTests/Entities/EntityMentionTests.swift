import Testing
import Verbatim

/// Rules of the entity stage, one table row each: the mentions a sentence must give (text and label) and the
/// spans it must not give. Pronoun mentions are coreference links, never named mentions, so they are left out.
@Suite("Entity mentions")
struct EntityMentionTests {
    struct Case: Sendable, CustomStringConvertible {
        let text: String
        let expected: [String]
        let forbidden: [String]
        var description: String { text }

        init(_ text: String, _ expected: [String], not forbidden: [String] = []) {
            self.text = text
            self.expected = expected
            self.forbidden = forbidden
        }
    }

    /// Every named mention of `text` as "text/LABEL", in text order.
    static func mentions(_ text: String) throws -> [String] {
        let document = try TestModels.process(text)
        return document.entities
            .flatMap { entity in entity.mentions.filter { !$0.isPronoun }.map { ($0.span, entity.kind) } }
            .sorted { $0.0 < $1.0 }
            .map { document.substring($0.0) + "/" + $0.1.rawValue }
    }

    static let cases: [Case] = [
        Case("Prime Minister Justin Trudeau said the talks would go on.", ["Justin Trudeau/PERSON"],
             not: ["Prime Minister/PERSON", "Prime Minister Justin Trudeau/PERSON"]),
        Case("Intergovernmental Affairs Minister Dominic LeBlanc is leading the process.", ["Dominic LeBlanc/PERSON"]),
        Case("Maria Lopez's lawyer spoke to reporters in Calgary.", ["Maria Lopez/PERSON", "Calgary/GPE"],
             not: ["Maria Lopez's/PERSON"]),
        Case("The rally was led by Jean-François Bélanger and Zoë Ng-Tremblay of Québec.",
             ["Jean-François Bélanger/PERSON", "Québec/GPE"]),
        Case("The Toronto-area MP spoke on Tuesday.", ["Toronto/GPE"], not: ["Toronto-area/GPE", "MP/ORG", "Tuesday/ORG"]),
        Case("Critics said the two Michaels were held for years.", [], not: ["Michaels/PERSON", "Michaels/GPE"]),
        Case("After Global News reported the claim, Ottawa denied it.", ["Global News/ORG", "Ottawa/GPE"],
             not: ["After Global News/ORG"]),
        Case("A summary was submitted by the Canadian Security Intelligence Service (CSIS) last week. CSIS declined to comment.",
             ["Canadian Security Intelligence Service/ORG", "CSIS/ORG", "CSIS/ORG"]),
        Case("She spoke to the House of Commons on Wednesday.", ["House of Commons/ORG"],
             not: ["House of Commons Wednesday/ORG", "Wednesday/ORG"]),
        Case("He resigned from the Liberal caucus, but the Liberal MP kept his seat.", ["Liberal caucus/ORG"],
             not: ["Liberal/ORG", "Liberal MP/ORG"]),
        Case("The Liberals and the Conservatives voted against the bill.", ["Liberals/ORG", "Conservatives/ORG"]),
        Case("Chinese and Canadian officials met in Beijing.", ["Beijing/GPE"], not: ["Chinese/GPE", "Canadian/GPE"]),
        Case("Priya Sharma, the MP for Brampton East, said she would run again.", ["Priya Sharma/PERSON", "Brampton East/GPE"]),
        Case("He met Consul General Wei and then flew to the United States.", ["Wei/PERSON", "United States/GPE"],
             not: ["Consul General Wei/PERSON", "the United States/GPE"]),
        Case("The Prime Minister's Office said it was not aware of the call.", ["Prime Minister's Office/ORG"],
             not: ["The Prime Minister's Office/ORG"]),
        Case("Mr. Okafor told reporters he was disappointed.", ["Okafor/PERSON"], not: ["Mr. Okafor/PERSON"]),
        Case("Huawei executive Meng Wanzhou was arrested in Vancouver.",
             ["Huawei/ORG", "Meng Wanzhou/PERSON", "Vancouver/GPE"]),
        Case("Related coverage: Dong said nothing.", [], not: ["Related/PERSON", "Related/ORG"]),
        Case("Meanwhile, analysts expect more rain.", [], not: ["Meanwhile/PERSON", "Meanwhile/ORG"]),
        Case("BREAKING: LIBERAL MP RESIGNS FROM CAUCUS AMID PROBE", [],
             not: ["BREAKING/ORG", "LIBERAL/ORG", "MP/ORG", "RESIGNS/ORG", "PROBE/ORG"]),
        Case("The talks moved from Lake Ontario to the Rocky Mountains.", ["Lake Ontario/LOC", "Rocky Mountains/LOC"]),
        Case("She studied at the University of Toronto before joining the Bank of Canada.",
             ["University of Toronto/ORG", "Bank of Canada/ORG"]),
        Case("UFV associate professor Hamish Telford told CityNews the vote was close.",
             ["Hamish Telford/PERSON", "CityNews/ORG"], not: ["UFV associate professor Hamish Telford/PERSON"]),
        Case("The deal between Canada and the U.S. was signed by Ana Souza.", ["Canada/GPE", "U.S./GPE", "Ana Souza/PERSON"]),
        Case("Okonkwo said the plan would fail. Okonkwo later apologized.", ["Okonkwo/PERSON", "Okonkwo/PERSON"]),
    ]

    @Test("each rule gives its mentions and not the wrong ones", arguments: cases)
    func rule(_ example: Case) throws {
        let found = try Self.mentions(example.text)
        for expected in example.expected {
            #expect(found.contains(expected), "missing \(expected) in \(found)")
        }
        #expect(found.filter { $0 == example.expected.first }.count >= (example.expected.first == nil ? 0 : 1))
        for forbidden in example.forbidden {
            #expect(!found.contains(forbidden), "unexpected \(forbidden) in \(found)")
        }
        // Repeated expectations (the same mention twice) must all be there.
        for (expected, count) in Dictionary(example.expected.map { ($0, 1) }, uniquingKeysWith: +) {
            #expect(found.filter { $0 == expected }.count >= count, "expected \(count) × \(expected) in \(found)")
        }
    }

    @Test("mentions inside boilerplate are skipped")
    func boilerplate() throws {
        var document = Document(id: "t", source: "t", text: "Watch: Justin Trudeau in Ottawa\n\nMaria Lopez spoke in Calgary.")
        let models = TestModels.models
        try ParagraphSegmenter().process(&document)
        try SentenceSegmenter(lexicon: models.sentenceLexicon).process(&document)
        document.boilerplate = [BoilerplateSpan(span: TextSpan(start: 0, end: 31), kind: .title, rule: "test")]
        try EntityRecognizer(lexicon: models.entityLexicon).process(&document)
        let names = document.entities.map(\.name)
        #expect(names.contains("Maria Lopez"))
        #expect(!names.contains("Justin Trudeau"))
        #expect(!names.contains("Ottawa"))
    }
}
