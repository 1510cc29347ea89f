import CZlibShim

/// Decompresses a gzip stream (one or more members) read from another source.
package final class GzipByteSource: ByteSource {
    private let upstream: ByteSource
    private let stream: OpaquePointer
    private var pending: [UInt8] = []
    private var pendingOffset = 0
    private var upstreamEnded = false
    private let name: String

    public init(upstream: ByteSource, name: String) throws(ArticleError) {
        guard let stream = vb_gunzip_open() else {
            throw ArticleError(.corruptCompression, "cannot start the gzip decoder for '\(name)': out of memory")
        }
        self.upstream = upstream
        self.stream = stream
        self.name = name
    }

    deinit {
        vb_gunzip_close(stream)
    }

    public func read(maxLength: Int) throws(ArticleError) -> [UInt8] {
        var output = [UInt8](repeating: 0, count: maxLength)
        var produced = 0
        while produced == 0 {
            if pendingOffset == pending.count {
                if upstreamEnded { break }
                pending = try upstream.read(maxLength: 1 << 16)
                pendingOffset = 0
                if pending.isEmpty {
                    upstreamEnded = true
                    if vb_gunzip_is_complete(stream) == 0 {
                        throw ArticleError(.corruptCompression,
                                           "'\(name)' is truncated gzip data: re-download or re-compress it")
                    }
                    break
                }
            }
            var consumed = 0
            var made = 0
            let status = pending.withUnsafeBufferPointer { input in
                output.withUnsafeMutableBufferPointer { out in
                    vb_gunzip_step(stream, input.baseAddress! + pendingOffset, input.count - pendingOffset, &consumed,
                                   out.baseAddress! + produced, maxLength - produced, &made)
                }
            }
            if status == Int32(VB_GUNZIP_ERROR) {
                throw ArticleError(.corruptCompression,
                                   "'\(name)' is not valid gzip data: check the file with 'gzip -t' or pass it uncompressed")
            }
            pendingOffset += consumed
            produced += made
        }
        output.removeSubrange(produced...)
        return output
    }
}
