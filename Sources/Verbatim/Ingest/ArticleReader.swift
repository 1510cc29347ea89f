import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads articles from paths in a stable order: files, folders (recursively, sorted, hidden files skipped; see
/// `FolderWalk`), JSONL dumps line by line, gzip-compressed inputs, and stdin (`-`). Every article, and every
/// failure to read one (a dangling link, a FIFO in a folder, an unreadable folder), comes out as one `RawArticle`,
/// so nothing is lost silently. Paths are raw bytes (`InputPath`): names that are not UTF-8 are read too.
public final class ArticleReader {
    public let format: InputFormat
    /// The largest article (or dump line) accepted, in bytes.
    public let maxArticleBytes: Int

    /// Inputs still to open, last first: paths, or what a folder walk could not read.
    private var pending: [FolderWalk.Entry]
    private var dump: (reader: LineReader, path: String)?
    /// The file being read, and the bytes of files already finished, for progress.
    private var currentFile: FileByteSource?
    private var finishedBytes = 0

    /// Bytes of input files read so far (compressed bytes for gzip files), for progress and ETA.
    public var consumedBytes: Int { finishedBytes + (currentFile?.bytesRead ?? 0) }

    /// The total size of the input files in bytes, or nil when an input is stdin or cannot be measured.
    public static func totalSize(of paths: [String]) -> Int? {
        var total = 0
        for path in paths {
            if path == "-" { return nil }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            let files = isDirectory.boolValue ? FolderWalk.entries(in: InputPath(path)).map(\.path) : [InputPath(path)]
            for file in files {
                var status = stat()
                if file.withCString({ stat($0, &status) }) == 0, (status.st_mode & S_IFMT) == S_IFREG {
                    total += Int(status.st_size)
                }
            }
        }
        return total
    }

    public convenience init(paths: [String], format: InputFormat = .auto, maxArticleBytes: Int = 64 << 20) {
        self.init(inputs: paths.map(InputPath.init), format: format, maxArticleBytes: maxArticleBytes)
    }

    /// Reads `inputs` given as raw paths (`-` is stdin).
    public init(inputs: [InputPath], format: InputFormat = .auto, maxArticleBytes: Int = 64 << 20) {
        self.pending = inputs.reversed().map(FolderWalk.Entry.file)
        self.format = format
        self.maxArticleBytes = maxArticleBytes
    }

    /// The next article, or nil when every input is read.
    public func next() -> RawArticle? {
        while true {
            if let (reader, path) = dump {
                do {
                    if let line = try reader.next() {
                        return JSONLineParser.article(from: line, path: path, limit: maxArticleBytes)
                    }
                } catch {
                    dump = nil
                    return RawArticle(id: path, source: path, payload: .failure(error))
                }
                dump = nil
            }
            if let file = currentFile {
                finishedBytes += file.bytesRead
                currentFile = nil
            }
            switch pending.popLast() {
            case nil:
                return nil
            case let .problem(path, reason)?:
                return RawArticle(id: path.display, source: path.display, payload: .failure(ArticleError(.unreadableInput, reason)))
            case let .file(path)?:
                if let article = open(path) { return article }
            }
        }
    }

    /// Opens one path: queues a folder's files, starts a dump, or reads a single-article file.
    private func open(_ input: InputPath) -> RawArticle? {
        do {
            return try openOrThrow(input)
        } catch {
            return RawArticle(id: input.display, source: input.display, payload: .failure(error))
        }
    }

    private func openOrThrow(_ input: InputPath) throws(ArticleError) -> RawArticle? {
        let path = input.display
        var status = stat()
        if input.bytes != [UInt8(ascii: "-")], input.withCString({ stat($0, &status) }) == 0,
           (status.st_mode & S_IFMT) == S_IFDIR {
            pending.append(contentsOf: FolderWalk.entries(in: input).reversed())
            return nil
        }
        let file = try FileByteSource(path: input)
        currentFile = file
        let source = try Self.byteSource(wrapping: file, name: path)
        var chosen = format
        if chosen == .auto {
            if let byExtension = InputFormat.fromExtension(of: path) {
                chosen = byExtension
            } else {
                chosen = InputFormat.sniff(try source.peek(4096))
            }
        }
        if chosen == .jsonl {
            dump = (LineReader(source: source, maxLineLength: maxArticleBytes), path)
            return nil
        }
        let bytes = try Self.readAll(source, limit: maxArticleBytes, path: path)
        return RawArticle(id: path, source: path, payload: chosen == .html ? .html(bytes) : .text(bytes))
    }

    /// A source for `path`, decompressing gzip when the data starts with the gzip magic bytes.
    package static func byteSource(for path: String) throws(ArticleError) -> PeekableByteSource {
        try byteSource(wrapping: FileByteSource(path: path), name: path)
    }

    static func byteSource(wrapping raw: FileByteSource, name: String) throws(ArticleError) -> PeekableByteSource {
        let file = PeekableByteSource(raw)
        let magic = try file.peek(2)
        if magic.count == 2, magic.first == 0x1F, magic.last == 0x8B {
            return PeekableByteSource(try GzipByteSource(upstream: file, name: name))
        }
        return file
    }

    static func readAll(_ source: ByteSource, limit: Int, path: String) throws(ArticleError) -> [UInt8] {
        var bytes: [UInt8] = []
        while true {
            let chunk = try source.read(maxLength: 1 << 20)
            if chunk.isEmpty { return bytes }
            bytes.append(contentsOf: chunk)
            if bytes.count > limit {
                throw ArticleError(.tooLarge, "'\(path)' is larger than \(limit >> 20) MiB: split it, or raise --max-article-mb")
            }
        }
    }
}
