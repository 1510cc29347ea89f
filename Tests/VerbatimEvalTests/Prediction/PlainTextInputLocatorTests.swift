import Foundation
import Testing
import VerbatimEval

/// `articleBody` gold without saved pages reads the pages' text from the `input.jsonl` beside it.
@Suite("Plain-text inputs beside articleBody gold")
struct PlainTextInputLocatorTests {
    private func folder() -> String {
        let path = NSTemporaryDirectory() + "verbatim-plaintext-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test("finds input.jsonl beside the gold and returns the texts of the gold ids")
    func beside() throws {
        let dir = folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let gold = dir + "/gold.jsonl"
        try Data("{\"id\":\"a\",\"articleBody\":\"Body.\"}\n".utf8).write(to: URL(fileURLWithPath: gold))
        try Data("{\"id\":\"a\",\"text\":\"Menu\\n\\nBody.\"}\n{\"id\":\"b\",\"text\":\"Other.\"}\n".utf8)
            .write(to: URL(fileURLWithPath: dir + "/input.jsonl"))
        let locator = try #require(PlainTextInputLocator.besideGold(gold))
        let records = try locator.records(for: ["a"])
        #expect(records.map(\.id) == ["a"])
        #expect(records.first?.text == "Menu\n\nBody.")
    }

    @Test("no input.jsonl, no locator")
    func missing() {
        let dir = folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(PlainTextInputLocator.besideGold(dir + "/gold.jsonl") == nil)
    }
}
