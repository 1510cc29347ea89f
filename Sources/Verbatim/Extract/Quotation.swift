/// A stretch of a paragraph inside quotation marks, as token indices into the paragraph's tokens.
struct Quotation: Sendable {
    /// Index of the opening mark.
    let open: Int
    /// Index of the closing mark, or nil when the quotation runs to the end of the paragraph unclosed
    /// (the news convention for a quotation continuing in the next paragraph).
    let close: Int?
    /// The quoted span, marks included, in UTF-8 offsets.
    let span: TextSpan

    /// The last token index inside the quotation (the closing mark, or the paragraph's last token).
    func last(tokenCount: Int) -> Int { close ?? tokenCount - 1 }

    /// Number of word tokens inside the marks.
    func wordCount(_ tokens: [QuoteToken]) -> Int {
        tokens[(open + 1)..<max(open + 1, last(tokenCount: tokens.count) + (close == nil ? 1 : 0))].count(where: \.isWord)
    }
}

/// Pairs quotation marks inside one paragraph. Stray closing marks are ignored; an opening mark never closed runs to
/// the end of the paragraph. Nothing here throws: unbalanced marks never cost an article.
enum QuotationFinder {
    static func quotations(in tokens: [QuoteToken], paragraphEnd: Int) -> [Quotation] {
        var result: [Quotation] = []
        var openIndex: Int?
        for (index, token) in tokens.enumerated() {
            switch token.kind {
            case .openQuote:
                if openIndex == nil { openIndex = index }
            case .closeQuote:
                if let open = openIndex {
                    if index > open + 1 {
                        result.append(Quotation(open: open, close: index,
                                                span: TextSpan(start: tokens[open].span.start, end: token.span.end)))
                    }
                    openIndex = nil
                }
            default:
                break
            }
        }
        if let open = openIndex, open + 1 < tokens.count {
            result.append(Quotation(open: open, close: nil,
                                    span: TextSpan(start: tokens[open].span.start, end: tokens[tokens.count - 1].span.end)))
        }
        return result
    }
}
