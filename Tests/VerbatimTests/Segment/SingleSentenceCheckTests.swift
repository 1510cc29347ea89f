import Foundation
import Testing
@testable import Verbatim

/// The single-sentence shortcut skips ICU only where ICU would find no boundary inside the text.
@Suite("Single-sentence shortcut")
struct SingleSentenceCheckTests {
    private func check(_ text: String) -> (shortcut: Bool, icu: [Int], end: Int) {
        let bytes = Array(text.utf8)
        let span = TextSpan(start: 0, end: bytes.count)
        return (SingleSentenceCheck.holdsOneSentence(bytes, span), ICUSentenceBreaker.iteratorBoundaries(in: bytes, span: span),
                bytes.count)
    }

    @Test("plain one-sentence paragraphs take the shortcut, and ICU agrees", arguments: [
        "The vote passed.", "He said “no” — and left.", "What?!", "It ended.” ", "No terminator at all",
        "Prices rose 3%, officials said.", "“We will see,” she said.", "It cost\u{00A0}$5 on Monday.", "(It was late.)", "He left. ",
    ])
    func shortcut(_ text: String) {
        let result = check(text)
        #expect(result.shortcut)
        #expect(result.icu == [result.end])
    }

    @Test("anything ICU might break goes to ICU", arguments: [
        "The vote passed. The bill goes on.", "It grew 3.5 percent.", "Line one\nline two", "Wait… what",
        "U.S. officials said.", "Is it? Yes.", "He left.\u{2029}",
    ])
    func noShortcut(_ text: String) {
        #expect(!check(text).shortcut)
    }

    @Test("on every paragraph of the sample articles, the shortcut never hides a boundary")
    func samples() throws {
        let folder = TestModels.repositoryRoot + "/Corpus/samples"
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }
        #expect(!files.isEmpty)
        var shortcuts = 0
        for file in files {
            let document = try TestModels.process(try String(contentsOfFile: folder + "/" + file, encoding: .utf8))
            for paragraph in document.paragraphs where SingleSentenceCheck.holdsOneSentence(document.utf8, paragraph) {
                shortcuts += 1
                #expect(ICUSentenceBreaker.iteratorBoundaries(in: document.utf8, span: paragraph) == [paragraph.end])
            }
        }
        #expect(shortcuts > 0)
    }

    @Test("starting the iterator near the first stop finds the same boundaries as reading the whole paragraph")
    func lateStart() throws {
        let folder = TestModels.repositoryRoot + "/Corpus/samples"
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }
        var skipped = 0
        for file in files {
            let document = try TestModels.process(try String(contentsOfFile: folder + "/" + file, encoding: .utf8))
            for paragraph in document.paragraphs {
                let whole = ICUSentenceBreaker.iteratorBoundaries(in: document.utf8, span: paragraph)
                #expect(ICUSentenceBreaker.boundaries(in: document.utf8, span: paragraph) == whole)
                skipped += SingleSentenceCheck.iteratorStart(document.utf8, paragraph) - paragraph.start
            }
        }
        #expect(skipped > 0)
        let bytes = Array("Mr. Dong met Dr. Tam. The U.S. envoy left at 3 p.m. on Monday. It rained.".utf8)
        let span = TextSpan(start: 0, end: bytes.count)
        #expect(ICUSentenceBreaker.boundaries(in: bytes, span: span) == ICUSentenceBreaker.iteratorBoundaries(in: bytes, span: span))
    }
}
