import Foundation
import Testing
import Verbatim

/// Cases of our own making, shaped like other outlets' leftovers: each line of `masked` must be masked with the
/// kind given, each line of `kept` must stay body.
@Suite("Boilerplate in plain text")
struct BoilerplateDetectorTests {
    struct Case: Sendable, CustomStringConvertible {
        let name: String
        let text: String
        let masked: [(String, BoilerplateSpan.Kind)]
        let kept: [String]
        var description: String { name }
    }

    static let body1 = "The council voted 7-2 on Tuesday to approve the new budget, which raises transit spending by 4 per cent."
    static let body2 = "“We have listened to residents,” said Mayor Ana Ruiz, who proposed the increase in March."
    static let body3 = "Opponents said the plan leaves too little for road repairs and will push up property taxes next year."
    static let body4 = "The budget now goes to the province for review, which usually takes about six weeks to complete."

    static let cases: [Case] = [
        Case(name: "UI labels between paragraphs",
             text: "Council approves budget\n\n\(body1)\n\nAdvertisement\n\n\(body2)\n\nShare this article\n\n\(body3)\n\nStory continues below advertisement\n\n\(body4)",
             masked: [("Council approves budget", .title), ("Advertisement", .advertisement),
                      ("Share this article", .share), ("Story continues below advertisement", .advertisement)],
             kept: [body1, body2, body3, body4]),
        Case(name: "Reuters tail and copyright",
             text: "\(body1)\n\n\(body2)\n\n\(body3)\n\n\(body4)\n\nReporting by Jane Smith in Toronto; Editing by Tom Brown\n\nCopyright © 2024 Example Media. All rights reserved.",
             masked: [("Reporting by Jane Smith in Toronto; Editing by Tom Brown", .credit),
                      ("Copyright © 2024 Example Media. All rights reserved.", .footer)],
             kept: [body1, body2, body3, body4]),
        Case(name: "photo credit shapes and a Getty line",
             text: "\(body1)\n\nPhoto: Jane Smith/Example Daily\n\n\(body2)\n\nMayor Ana Ruiz speaks at city hall on Tuesday. (Photo: Jane Smith)\n\nJohn Doe | Getty Images\n\n\(body3)",
             masked: [("Photo: Jane Smith/Example Daily", .caption), ("Mayor Ana Ruiz speaks at city hall on Tuesday.", .caption),
                      ("(Photo: Jane Smith)", .credit), ("John Doe | Getty Images", .credit)],
             kept: [body1, body2, body3]),
        Case(name: "sign-up, follow and cookie prompts",
             text: "\(body1)\n\n\(body2)\n\nSign up for our newsletter to get the top stories every morning.\n\n\(body3)\n\nFollow us on Twitter and Facebook\n\nWe use cookies to improve your experience on our site.\n\n\(body4)",
             masked: [("Sign up for our newsletter to get the top stories every morning.", .promo),
                      ("Follow us on Twitter and Facebook", .promo),
                      ("We use cookies to improve your experience on our site.", .footer)],
             kept: [body1, body2, body3, body4]),
        Case(name: "related links and watch teasers inside the body",
             text: "\(body1)\n\nRead more: Transit fares to rise in January\n\n\(body2)\n\nWatch: The mayor explains the budget\n\n\(body3)",
             masked: [("Read more: Transit fares to rise in January", .related), ("Watch: The mayor explains the budget", .teaser)],
             kept: [body1, body2, body3]),
        Case(name: "header: section label, headline, byline, dateline",
             text: "Local News\n\nCity council approves transit-heavy budget after long debate\n\nBy Jane Smith and Tom Brown\n\nPublished May 24, 2023\n\n\(body1)\n\n\(body2)\n\n\(body3)",
             masked: [("Local News", .navigation), ("City council approves transit-heavy budget after long debate", .title),
                      ("By Jane Smith and Tom Brown", .byline), ("Published May 24, 2023", .dateline)],
             kept: [body1, body2, body3]),
        Case(name: "teasers after a wire end marker",
             text: "\(body1)\n\n\(body2)\n\n\(body3)\n\n\(body4)\n\nWith files from Reuters\n\nProvince unveils new housing plan\n\nThe plan promises 10,000 new homes over five years, officials said on Monday.\n\nTrending Now",
             masked: [("With files from Reuters", .credit), ("Province unveils new housing plan", .teaser),
                      ("The plan promises 10,000 new homes over five years, officials said on Monday.", .teaser),
                      ("Trending Now", .teaser)],
             kept: [body1, body2, body3, body4]),
        Case(name: "a label glued to the end of a paragraph",
             text: "\(body1)\n\n\(body2)\n\n\(body3) Most Popular\n\n\(body4)",
             masked: [("Most Popular", .teaser)],
             kept: [body1, body2, body3, body4]),
        Case(name: "plain body text is left alone",
             text: "\(body1)\n\n\(body2)\n\n\(body3)\n\n\(body4)",
             masked: [],
             kept: [body1, body2, body3, body4]),
    ]

    @Test("masks furniture and keeps the body", arguments: cases)
    func table(_ testCase: Case) throws {
        let document = try TestModels.process(testCase.text)
        let spans = document.boilerplate.map { (document.substring($0.span), $0.kind) }
        for (text, kind) in testCase.masked {
            #expect(spans.contains { $0.0 == text && $0.1 == kind }, "\(text) should be \(kind); got \(spans)")
        }
        #expect(spans.count == testCase.masked.count, "unexpected spans: \(spans)")
        for text in testCase.kept {
            let range = try #require(document.text.range(of: text))
            let start = document.text.utf8.distance(from: document.text.startIndex, to: range.lowerBound)
            let span = TextSpan(start: start, end: start + text.utf8.count)
            #expect(!document.isBoilerplate(span), "\(text) should be kept")
        }
    }

    @Test("spans are sorted, disjoint, trimmed and name their rule")
    func invariants() throws {
        for testCase in Self.cases {
            let document = try TestModels.process(testCase.text)
            for (left, right) in zip(document.boilerplate, document.boilerplate.dropFirst()) {
                #expect(left.span.end <= right.span.start)
            }
            for item in document.boilerplate {
                let text = document.substring(item.span)
                #expect(text == text.trimmingCharacters(in: .whitespacesAndNewlines))
                #expect(!item.rule.isEmpty)
            }
        }
    }

    @Test("headline, byline and dateline become metadata, but never replace the input's")
    func metadata() throws {
        let text = BoilerplateDetectorTests.cases[5].text
        let document = try TestModels.process(text)
        let values = Dictionary(uniqueKeysWithValues: document.metadata.map { ($0.key, $0.value) })
        #expect(values["title"] == .string("City council approves transit-heavy budget after long debate"))
        #expect(values["authors"] == .array([.string("Jane Smith"), .string("Tom Brown")]))
        #expect(values["date"] == .string("May 24, 2023"))

        var given = Document(id: "t", source: "t", text: text, metadata: [(key: "title", value: .string("Given"))])
        try Pipeline.standard(models: TestModels.models).process(&given)
        #expect(given.metadata.filter { $0.key == "title" }.count == 1)
        #expect(given.metadata.first { $0.key == "title" }?.value == .string("Given"))
    }

    @Test("a malformed pattern file is reported with file and line")
    func malformedRules() throws {
        let folder = TestModels.temporaryFolder()
        let source = TestModels.repositoryRoot + "/Models/boilerplate/"
        for file in ["outlets.txt", "credit-words.txt", "months.txt"] {
            try FileManager.default.copyItem(atPath: source + file, toPath: folder + "/" + file)
        }
        FileManagerWriter.write("# header\nadvertisement\tline\tAdvertisement\nbanner\tline\tHello\n", to: folder + "/patterns.txt")
        do {
            _ = try BoilerplateRules(directory: folder)
            Issue.record("an unknown kind was accepted")
        } catch {
            #expect(error.description.hasSuffix("patterns.txt:3: unknown kind 'banner': use one of "
                + BoilerplateSpan.Kind.allCases.map(\.rawValue).joined(separator: ", ")))
        }
        FileManagerWriter.write("promo\tprefix\tSign up\tmaxwords=x\n", to: folder + "/patterns.txt")
        #expect(throws: ModelError.self) { try BoilerplateRules(directory: folder) }
    }
}
