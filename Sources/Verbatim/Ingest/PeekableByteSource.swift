/// A byte source whose first bytes can be inspected (for format detection) before being read.
package final class PeekableByteSource: ByteSource {
    private let upstream: ByteSource
    private var buffered: [UInt8] = []
    private var offset = 0

    public init(_ upstream: ByteSource) {
        self.upstream = upstream
    }

    /// Up to `count` bytes from the start of what has not been read yet, without consuming them.
    public func peek(_ count: Int) throws(ArticleError) -> ArraySlice<UInt8> {
        while buffered.count - offset < count {
            let more = try upstream.read(maxLength: max(count, 1 << 16))
            if more.isEmpty { break }
            buffered.append(contentsOf: more)
        }
        return buffered[offset..<min(buffered.count, offset + count)]
    }

    public func read(maxLength: Int) throws(ArticleError) -> [UInt8] {
        if offset < buffered.count {
            let end = min(buffered.count, offset + maxLength)
            let chunk = Array(buffered[offset..<end])
            offset = end
            if offset == buffered.count {
                buffered = []
                offset = 0
            }
            return chunk
        }
        return try upstream.read(maxLength: maxLength)
    }
}
