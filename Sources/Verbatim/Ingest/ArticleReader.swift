import Foundation

/// Reads articles from paths in a stable order: files, folders (recursively, sorted, hidden files skipped), JSONL
/// dumps line by line, gzip-compressed inputs, and stdin (`-`). Every article, and every failure to read one,
/// comes out as one `RawArticle`, so nothing is lost silently.
public final class ArticleReader {
    public let format: InputFormat
    /// The largest article (or dump line) accepted, in bytes.
    public let maxArticleBytes: Int

    private var pending: [String]
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
            let files = isDirectory.boolValue ? Self.files(in: path) : [path]
            for file in files {
                total += (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
            }
        }
        return total
    }

    public init(paths: [String], format: InputFormat = .auto, maxArticleBytes: Int = 64 << 20) {
        self.pending = paths.reversed()
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
            guard let path = pending.popLast() else { return nil }
            if let article = open(path) { return article }
        }
    }

    /// Opens one path: queues a folder's files, starts a dump, or reads a single-article file.
    private func open(_ path: String) -> RawArticle? {
        do {
            return try openOrThrow(path)
        } catch {
            return RawArticle(id: path, source: path, payload: .failure(error))
        }
    }

    private func openOrThrow(_ path: String) throws(ArticleError) -> RawArticle? {
        var isDirectory: ObjCBool = false
        if path != "-" && FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue {
            pending.append(contentsOf: Self.files(in: path).reversed())
            return nil
        }
        let file = try FileByteSource(path: path)
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
    public static func byteSource(for path: String) throws(ArticleError) -> PeekableByteSource {
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

    /// Every regular, non-hidden file under `folder`, as paths joined to it, sorted by relative path.
    static func files(in folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var result: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") {
                if (enumerator.fileAttributes?[.type] as? FileAttributeType) == .typeDirectory { enumerator.skipDescendants() }
                continue
            }
            if (enumerator.fileAttributes?[.type] as? FileAttributeType) == .typeRegular {
                result.append(relative)
            }
        }
        let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        return result.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.map { base + "/" + $0 }
    }
}
