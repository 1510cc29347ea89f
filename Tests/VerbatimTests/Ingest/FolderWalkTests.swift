import Foundation
import Testing
import Verbatim
#if canImport(Glibc)
import Glibc
#endif

/// Every file a folder walk meets gives an article or an `unreadable_input` error record naming the reason:
/// symlinked files are read, dangling links, FIFOs and unreadable folders are reported; only hidden files are
/// skipped.
@Suite("Folder walks lose no file")
struct FolderWalkTests {
    private func write(_ text: String, to path: String) {
        FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
    }

    private func readAll(_ paths: [String]) -> [RawArticle] {
        let reader = ArticleReader(paths: paths)
        var articles: [RawArticle] = []
        while let article = reader.next() { articles.append(article) }
        return articles
    }

    private func failure(_ article: RawArticle) -> ArticleError? {
        if case let .failure(error) = article.payload { return error }
        return nil
    }

    @Test("a symlinked file is read; a dangling link and a FIFO are unreadable_input records")
    func linksAndFIFOs() throws {
        let folder = TestModels.temporaryFolder()
        let outside = TestModels.temporaryFolder()
        write("Linked, he said.", to: outside + "/target.txt")
        write("Plain, she said.", to: folder + "/a.txt")
        try FileManager.default.createSymbolicLink(atPath: folder + "/b-link.txt", withDestinationPath: outside + "/target.txt")
        try FileManager.default.createSymbolicLink(atPath: folder + "/c-dangling.txt", withDestinationPath: outside + "/missing.txt")
        #expect(mkfifo(folder + "/d-fifo", 0o644) == 0)
        write("Hidden.", to: folder + "/.hidden.txt")
        let found = readAll([folder])
        try #require(found.map { ($0.id as NSString).lastPathComponent } == ["a.txt", "b-link.txt", "c-dangling.txt", "d-fifo"])
        #expect(failure(found[0]) == nil)
        #expect(failure(found[1]) == nil)
        #expect(failure(found[2])?.code == .unreadableInput)
        #expect(failure(found[2])?.message.contains("link") == true)
        #expect(failure(found[3])?.code == .unreadableInput)
        #expect(failure(found[3])?.message.contains("FIFO") == true)
    }

    @Test("a symlinked folder is read once, and a link back to an ancestor does not loop")
    func linkedFolders() throws {
        let folder = TestModels.temporaryFolder()
        let other = TestModels.temporaryFolder()
        write("Elsewhere.", to: other + "/x.txt")
        write("Here.", to: folder + "/a.txt")
        try FileManager.default.createSymbolicLink(atPath: folder + "/b", withDestinationPath: other)
        try FileManager.default.createSymbolicLink(atPath: folder + "/c-loop", withDestinationPath: folder)
        let found = readAll([folder])
        try #require(found.map { String($0.id.dropFirst(folder.count + 1)) } == ["a.txt", "b/x.txt", "c-loop"])
        #expect(failure(found[1]) == nil)
        #expect(failure(found[2])?.code == .unreadableInput)
    }

    @Test("a file whose name is not valid UTF-8 is read, and its id shows the bad byte as \\xFF")
    func nonUTF8Name() throws {
        let folder = TestModels.temporaryFolder()
        let name: [UInt8] = Array((folder + "/caf").utf8) + [0xFF] + Array(".txt".utf8) + [0]
        let descriptor = name.withUnsafeBufferPointer { open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_CREAT | O_WRONLY, 0o644) }
        #expect(descriptor >= 0)
        _ = "Not lost, he said.".withCString { Glibc.write(descriptor, $0, strlen($0)) }
        close(descriptor)
        let found = readAll([folder])
        #expect(found.count == 1)
        #expect(found.first?.id == folder + "/caf\\xFF.txt")
        #expect(found.first.flatMap(failure) == nil)
    }

    @Test("an unreadable folder is an unreadable_input record",
          .enabled(if: getuid() != 0, "root reads every folder, so permissions cannot make one unreadable"))
    func unreadableFolder() throws {
        let folder = TestModels.temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder + "/locked", withIntermediateDirectories: true)
        write("Secret.", to: folder + "/locked/s.txt")
        chmod(folder + "/locked", 0)
        defer { chmod(folder + "/locked", 0o755) }
        let found = readAll([folder])
        #expect(found.count == 1)
        #expect(found.first.flatMap(failure)?.code == .unreadableInput)
    }
}
