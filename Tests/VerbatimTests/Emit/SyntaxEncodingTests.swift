import Foundation
import Testing
@testable import Verbatim

@Suite("Emit: tokens and chunks (--with-tokens)")
struct SyntaxEncodingTests {
    private func record(_ text: String, withTokens: Bool) throws -> [String: Any] {
        var document = Document(id: "t", source: "t", text: text)
        try Pipeline.standard(models: TestModels.models, syntax: withTokens).process(&document)
        let line = RecordEncoder(options: OutputOptions(withTokens: withTokens)).encode(document)
        return try #require(try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])
    }

    @Test("tokens and chunks are in code points: an emoji before them shifts by one, not four")
    func codePointOffsets() throws {
        let text = "🙂 Police said the fire spread."
        let json = try record(text, withTokens: true)
        let tokens = try #require(json["tokens"] as? [[String: Any]])
        let scalars = Array(text.unicodeScalars)
        let words = tokens.map { token in
            String(String.UnicodeScalarView(scalars[(token["start"] as! Int)..<(token["end"] as! Int)]))
        }
        #expect(words == ["🙂", "Police", "said", "the", "fire", "spread", "."])
        #expect(tokens[2]["upos"] as? String == "VERB")
        let chunks = try #require(json["chunks"] as? [[String: Any]])
        let np = try #require(chunks.first { $0["rule"] as? String == "np.base" && $0["start"] as? Int == 2 })
        #expect(np["end"] as? Int == 8)
        #expect(np["first_token"] as? Int == 1)
        #expect(np["end_token"] as? Int == 2)
        #expect((json["stats"] as? [String: Any])?["tokens"] as? Int == 7)
    }

    @Test("without --with-tokens the record has neither layer")
    func absentByDefault() throws {
        let json = try record("Police said the fire spread.", withTokens: false)
        #expect(json["tokens"] == nil)
        #expect(json["chunks"] == nil)
    }
}
