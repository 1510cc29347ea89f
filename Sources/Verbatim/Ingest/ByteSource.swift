/// A stream of bytes read in chunks: a file, stdin, or a decompressor over one of those.
package protocol ByteSource: AnyObject {
    /// Reads up to `maxLength` bytes; an empty array means the end of the stream.
    func read(maxLength: Int) throws(ArticleError) -> [UInt8]
}
