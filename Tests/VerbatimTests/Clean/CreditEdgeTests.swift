import Testing
import Verbatim

/// Lines that end like a photo credit but are too short to hold one are plain text, never a crash.
@Suite("Credit lines at the edges")
struct CreditEdgeTests {
    @Test("an article that is only a closing parenthesis, or starts with one on its own line, is processed",
          arguments: [")", ")\nThe mayor said it works.", "()", "A.\n)"])
    func loneParenthesis(text: String) throws {
        let document = try TestModels.process(text)
        #expect(document.boilerplate.allSatisfy { $0.span.end <= document.utf8.count })
    }
}
