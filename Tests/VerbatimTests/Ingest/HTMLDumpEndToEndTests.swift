import Foundation
import Testing
import Verbatim

@Suite("HTML and text articles end to end")
struct HTMLDumpEndToEndTests {
    @Test("a gzipped JSONL dump mixing text and HTML articles gives one record each, with text for HTML")
    func mixedDump() throws {
        let folder = TestModels.temporaryFolder()
        let path = folder + "/dump.jsonl"
        let html = "<html><head><title>T</title><meta name=\\\"author\\\" content=\\\"Jane Smith\\\"></head><body><nav><a href=\\\"/\\\">Home</a></nav><article><h1>Budget passes</h1><p>The council approved the budget on Tuesday, with seven votes for it and two against.</p><p>\\u201cIt is a good day,\\u201d the mayor said.</p></article><footer>Copyright 2024</footer></body></html>"
        let lines = [
            "{\"id\": \"text-1\", \"text\": \"Council approves budget\\n\\nThe council approved the budget on Tuesday, with seven votes for it.\\n\\nAdvertisement\\n\\nThe mayor said it was a good day for the city and its residents.\"}",
            "{\"id\": \"html-1\", \"html\": \"\(html)\", \"url\": \"https://example.com/a\"}",
            "{\"id\": \"html-2\", \"html\": \"<html><script>x</script></html>\"}",
        ]
        FileManagerWriter.write(lines.joined(separator: "\n") + "\n", to: path)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-f", path]
        try process.run()
        process.waitUntilExit()

        let reader = ArticleReader(paths: [path + ".gz"])
        let processor = ArticleProcessor(pipeline: .standard(models: TestModels.models),
                                         encoder: RecordEncoder(options: OutputOptions(withSentences: true)))
        var records: [JSONValue] = []
        while let article = reader.next() { records.append(try JSONParser.parse(processor.process(article).line)) }
        #expect(records.count == 3)

        let text = records[0]
        #expect(text["id"]?.stringValue == "text-1")
        guard case let .array(spans)? = text["boilerplate"] else {
            Issue.record("no boilerplate layer")
            return
        }
        let kinds = spans.compactMap { $0["kind"]?.stringValue }
        #expect(kinds == ["title", "advertisement"])
        #expect(text["title"]?.stringValue == "Council approves budget")

        let page = records[1]
        #expect(page["text"]?.stringValue == "The council approved the budget on Tuesday, with seven votes for it and two against.\n\n“It is a good day,” the mayor said.")
        #expect(page["title"]?.stringValue == "Budget passes")
        #expect(page["authors"] == .array([.string("Jane Smith")]))
        #expect(page["url"]?.stringValue == "https://example.com/a")
        #expect(page["boilerplate"] != nil)

        #expect(records[2]["error"]?["code"]?.stringValue == "empty_article")
    }
}
