import Testing
import Verbatim

/// Nesting depth never cuts a page: libxml2's default limit of 256 levels is lifted and the tree is walked without
/// recursion, so every paragraph of a deeply nested page comes out.
@Suite("Deeply nested HTML")
struct DeepHTMLTests {
    static func paragraphs(of html: String) throws -> [Substring] {
        let page = try HTMLTextExtractor.extract(Array(html.utf8), rules: TestModels.models.htmlRules)
        return page.text.split(separator: "\n\n")
    }

    @Test("<div><p> repeated 400 times gives all 400 paragraphs", arguments: ["div", "font", "section"])
    func nestedParagraphs(wrapper: String) throws {
        let html = "<html><body>" + (0..<400).map { "<\(wrapper)><p>Paragraph number \(1000 + $0), with a comma, said she.</p>" }.joined()
            + "</body></html>"
        let found = try Self.paragraphs(of: html)
        #expect(found.count == 400)
        #expect(found.last == "Paragraph number 1399, with a comma, said she.")
    }

    @Test("text 300 elements deep is found")
    func deepText() throws {
        let html = "<html><body>" + String(repeating: "<div>", count: 300) + "<p>Deep down, the minister said, it works.</p>"
            + String(repeating: "</div>", count: 300) + "</body></html>"
        #expect(try Self.paragraphs(of: html) == ["Deep down, the minister said, it works."])
    }
}
