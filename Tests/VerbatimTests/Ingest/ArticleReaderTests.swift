import Foundation
import Testing
import Verbatim

@Suite("Reading articles")
struct ArticleReaderTests {
    private func write(_ bytes: [UInt8], to path: String) {
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
    }

    private func readAll(_ paths: [String], format: InputFormat = .auto, limit: Int = 64 << 20) -> [RawArticle] {
        let reader = ArticleReader(paths: paths, format: format, maxArticleBytes: limit)
        var articles: [RawArticle] = []
        while let article = reader.next() { articles.append(article) }
        return articles
    }

    private func gzip(_ path: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-f", path]
        try? process.run()
        process.waitUntilExit()
    }

    @Test("a folder is read recursively in sorted order, hidden files skipped, ids are paths")
    func folder() {
        let folder = TestModels.temporaryFolder()
        try? FileManager.default.createDirectory(atPath: folder + "/b", withIntermediateDirectories: true)
        write(Array("Second.".utf8), to: folder + "/b/2.txt")
        write(Array("First.".utf8), to: folder + "/a.txt")
        write(Array("Hidden.".utf8), to: folder + "/.hidden.txt")
        let articles = readAll([folder])
        #expect(articles.map(\.id) == [folder + "/a.txt", folder + "/b/2.txt"])
    }

    @Test("a JSONL dump gives one article per line with metadata passed through, a blank line a blank_line record")
    func jsonl() throws {
        let folder = TestModels.temporaryFolder()
        let path = folder + "/dump.jsonl"
        write(Array("""
        {"id": "a1", "url": "https://example.com/a", "text": "Hello."}

        {"id": 7, "html": "<p>Hi there.</p>", "title": "T"}
        not json
        {"id": "a3"}
        [1, 2]
        {"text": 5}
        """.utf8), to: path)
        let articles = readAll([path])
        #expect(articles.map(\.id) == ["a1", path + ":2", "7", path + ":4", "a3", path + ":6", path + ":7"])
        #expect(articles[0].metadata.map(\.key) == ["url"])
        let codes: [ArticleError.Code?] = articles.map {
            if case let .failure(error) = $0.payload { return error.code }
            return nil
        }
        #expect(codes == [nil, .blankLine, nil, .invalidJSON, .missingText, .invalidJSON, .missingText])
    }

    @Test("a dump line that is not UTF-8 is reported as such, whether or not it would parse as JSON")
    func jsonlInvalidUTF8() {
        let folder = TestModels.temporaryFolder()
        let path = folder + "/bad.jsonl"
        let inString = Array(#"{"id": "a", "text": "caf"#.utf8) + [0xE9] + Array(#"."}"#.utf8)
        let outsideStrings = Array(#"{"id": "b", "text": "x"}"#.utf8) + [0xFF]
        let broken = Array(#"{"id": "c", "text": "#.utf8) + [0xC3]
        write(inString + [0x0A] + outsideStrings + [0x0A] + broken + [0x0A] + Array(#"{"text": "ok"}"#.utf8), to: path)
        let codes: [ArticleError.Code?] = readAll([path]).map {
            if case let .failure(error) = $0.payload { return error.code }
            return nil
        }
        #expect(codes == [.invalidUTF8, .invalidUTF8, .invalidUTF8, nil])
    }

    @Test("gzip-compressed dumps and text files are read transparently")
    func gzipped() {
        let folder = TestModels.temporaryFolder()
        write(Array("{\"id\":\"z\",\"text\":\"Zipped.\"}\n".utf8), to: folder + "/dump.jsonl")
        write(Array("Plain zipped text.".utf8), to: folder + "/note.txt")
        gzip(folder + "/dump.jsonl")
        gzip(folder + "/note.txt")
        let articles = readAll([folder])
        #expect(articles.map(\.id) == ["z", folder + "/note.txt.gz"])
        if case let .text(bytes) = articles[1].payload {
            #expect(String(decoding: bytes, as: UTF8.self) == "Plain zipped text.")
        } else {
            Issue.record("expected text payload")
        }
    }

    @Test("a missing file and a corrupt gzip file become failures, and reading goes on")
    func failures() {
        let folder = TestModels.temporaryFolder()
        write([0x1F, 0x8B, 0x08, 0x00, 0x42, 0x42, 0x42], to: folder + "/bad.txt.gz")
        write(Array("Fine.".utf8), to: folder + "/good.txt")
        let articles = readAll([folder + "/missing.txt", folder + "/bad.txt.gz", folder + "/good.txt"])
        #expect(articles.count == 3)
        guard case let .failure(missing) = articles[0].payload, case let .failure(corrupt) = articles[1].payload else {
            Issue.record("expected two failures")
            return
        }
        #expect(missing.code == .unreadableInput)
        #expect(corrupt.code == .corruptCompression)
    }

    @Test("a dump line over the size limit is reported, and the next line still reads")
    func oversizedLine() {
        let folder = TestModels.temporaryFolder()
        let path = folder + "/big.jsonl"
        let big = "{\"id\":\"big\",\"text\":\"" + String(repeating: "a", count: 5000) + "\"}\n{\"id\":\"small\",\"text\":\"ok\"}\n"
        write(Array(big.utf8), to: path)
        let articles = readAll([path], limit: 1000)
        #expect(articles.count == 2)
        if case let .failure(error) = articles[0].payload { #expect(error.code == .tooLarge) } else { Issue.record("expected failure") }
        #expect(articles[1].id == "small")
    }

    @Test("format is detected from the extension, then the content, and can be forced")
    func formatDetection() {
        let folder = TestModels.temporaryFolder()
        write(Array("<!DOCTYPE html><html><body><p>Page.</p></body></html>".utf8), to: folder + "/page")
        write(Array("{\"id\":\"x\",\"text\":\"Dump.\"}".utf8), to: folder + "/dump")
        let articles = readAll([folder + "/dump", folder + "/page"])
        #expect(articles.first?.id == "x")
        if case .html = articles[1].payload {} else { Issue.record("expected HTML") }
        let forced = readAll([folder + "/page"], format: .text)
        if case .text = forced[0].payload {} else { Issue.record("expected text when forced") }
    }
}
