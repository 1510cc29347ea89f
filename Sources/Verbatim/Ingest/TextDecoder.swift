/// Turns the bytes of a plain-text article into a string, or says why it is not usable text.
public enum TextDecoder {
    /// Decodes `bytes` as UTF-8 text, or as UTF-16/UTF-32 when a byte order mark or the zero-byte pattern says so
    /// (checked first), rejecting binary data, invalid text and empty input with actionable errors.
    public static func decode(_ bytes: [UInt8]) throws(ArticleError) -> String {
        if let (form, mark) = UnicodeSniffer.detect(bytes[...]) {
            guard let text = UnicodeSniffer.decode(bytes, form: form, markLength: mark) else {
                throw ArticleError(.invalidUTF8, "the text looks like \(form.rawValue) but is not valid \(form.rawValue): re-encode it as UTF-8, e.g. 'iconv -f \(form.rawValue) -t utf-8'")
            }
            if let reason = binaryReason(Array(text.utf8.prefix(65_536))) {
                throw ArticleError(.binaryContent, "the input looks like binary data (\(reason) once read as \(form.rawValue)), not text: pass text, HTML or JSONL articles")
            }
            try requireContent(text)
            return text
        }
        if let reason = binaryReason(bytes) {
            throw ArticleError(.binaryContent, "the input looks like binary data (\(reason)), not text: pass text, HTML or JSONL articles")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let offset = firstInvalidUTF8Offset(bytes) ?? 0
            throw ArticleError(.invalidUTF8, "the text is not valid UTF-8 (first bad byte at offset \(offset)): re-encode it, e.g. 'iconv -f windows-1252 -t utf-8'")
        }
        try requireContent(text)
        return text
    }

    /// Throws `emptyArticle` when `text` holds nothing but white space.
    public static func requireContent(_ text: String) throws(ArticleError) {
        if text.unicodeScalars.allSatisfy({ UTF8Scanner.isSpace($0) || $0 == "\0" }) {
            throw ArticleError(.emptyArticle, "the article has no text: check that the input is not empty or truncated")
        }
    }

    /// Why `bytes` look binary (NUL bytes or control characters in bulk), or nil for text.
    static func binaryReason(_ bytes: [UInt8]) -> String? {
        let sample = bytes.prefix(65_536)
        guard !sample.isEmpty else { return nil }
        var nul = 0
        var control = 0
        for byte in sample {
            if byte == 0 { nul += 1 } else if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C {
                control += 1
            }
        }
        if nul * 100 > sample.count { return "\(nul) NUL bytes in the first \(sample.count)" }
        if control * 10 > sample.count { return "\(control) control bytes in the first \(sample.count)" }
        return nil
    }

    /// The offset of the first byte that breaks UTF-8, or nil when all is valid.
    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var position = 0
        while position < bytes.count {
            let (scalar, length) = UTF8Scanner.scalar(in: bytes, at: position)
            if scalar == "\u{FFFD}" && !(length == 3 && bytes[position] == 0xEF) { return position }
            position += length
        }
        return nil
    }
}
