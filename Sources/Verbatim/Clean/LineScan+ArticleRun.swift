/// The article of a whole web page dumped as plain text: one contiguous run of prose lines among menus, teaser lists,
/// related links and footers.
///
/// Each line gets a prose score. A prose line (at least `proseWords` words; a share of function words from
/// `stop-words.txt` of at least `proseStopShare`, or sentence punctuation at its end with fewer than half its words
/// capitalised; and not mostly capitalised words, as headline lists are, nor a headline cut off by an ellipsis and
/// glued to its lead, as teasers are; or, in scripts written without spaces, at
/// least `cjkProseBytes` bytes holding a full-width sentence mark "。", "！", "？") scores its length in UTF-8 bytes, capped at
/// `proseCap` so that one long teaser cannot outweigh the lines around it. Any other line scores `-shortLinePenalty`.
/// The article is the contiguous run of lines with the highest total (the maximum-subsequence idea of body text
/// extraction). An article split by an embedded block (a gallery, a stock ticker, a "related" box) goes on past it:
/// the run takes in a block of `joinBlockLines` or more prose lines in a row beyond a gap of at most `joinGapLines`
/// lines (a teaser's lead is a single prose line between short ones, so teaser lists stay out). Lines outside it are
/// masked (`navigation` before it, `related` after it); inside it, the article's
/// own short lines (subheads, bylines, datelines) stay, except blocks of `shortBlockLines` or more short lines in a
/// row, which are menus or "most read" lists set into the article and are masked as `navigation`.
///
/// It runs only on page-like plain text: at least `pageLines` lines, at least half of them not prose. Article text
/// (news dumps, the bundled samples) has far fewer lines, or mostly prose ones, and is left alone.
extension LineScan {
    static let proseWords = 10
    static let proseStopShare = 0.3
    static let capitalisedShareLimit = 0.6
    static let proseCap = 150
    static let shortLinePenalty = 60
    static let shortBlockLines = 4
    static let pageLines = 40
    static let joinGapLines = 10
    static let joinBlockLines = 3
    static let cjkProseBytes = 60

    /// Masks what lies outside the best-scoring run of prose lines, on page-like plain text.
    mutating func markOutsideArticleRun() {
        guard lines.count >= Self.pageLines, !rules.stopWords.isEmpty else { return }
        let scores = lines.indices.map(proseScore)
        let shortLines = scores.filter { $0 < 0 }.count
        guard shortLines * 2 >= lines.count, let best = Self.bestRun(scores) else { return }
        let run = Self.extended(best, over: scores)
        for index in lines.indices where marks[index] == nil && !run.contains(index) {
            partMarks.removeAll { $0.line == index }
            mark(index, index < run.lowerBound ? .navigation : .related, "shape:outside_article_run")
        }
        var index = run.lowerBound
        while index < run.upperBound {
            guard scores[index] < 0 else {
                index += 1
                continue
            }
            var end = index
            while end < run.upperBound, scores[end] < 0 { end += 1 }
            if end - index >= Self.shortBlockLines {
                for blockLine in index..<end where marks[blockLine] == nil {
                    partMarks.removeAll { $0.line == blockLine }
                    mark(blockLine, .navigation, "shape:short_line_block")
                }
            }
            index = end
        }
    }

    /// The contiguous range of `scores` with the largest positive sum (Kadane), or nil when no score is positive.
    static func bestRun(_ scores: [Int]) -> Range<Int>? {
        var best: Range<Int>?
        var bestSum = 0
        var sum = 0
        var start = 0
        for (index, score) in scores.enumerated() {
            if sum <= 0 {
                sum = 0
                start = index
            }
            sum += score
            if sum > bestSum {
                bestSum = sum
                best = start..<(index + 1)
            }
        }
        return best
    }

    /// `run` taken past gaps of at most `joinGapLines` non-prose lines to blocks of at least `joinBlockLines` prose
    /// lines in a row, on either side, as long as there is one.
    static func extended(_ run: Range<Int>, over scores: [Int]) -> Range<Int> {
        var lower = run.lowerBound
        var upper = run.upperBound
        var changed = true
        while changed {
            changed = false
            var blockEnd = lower - 1
            while blockEnd >= 0, scores[blockEnd] < 0 { blockEnd -= 1 }
            if blockEnd >= 0, lower - blockEnd - 1 <= joinGapLines {
                var blockStart = blockEnd
                while blockStart >= 0, scores[blockStart] > 0 { blockStart -= 1 }
                if blockEnd - blockStart >= joinBlockLines {
                    lower = blockStart + 1
                    changed = true
                }
            }
            var blockFirst = upper
            while blockFirst < scores.count, scores[blockFirst] < 0 { blockFirst += 1 }
            if blockFirst < scores.count, blockFirst - upper <= joinGapLines {
                var blockAfter = blockFirst
                while blockAfter < scores.count, scores[blockAfter] > 0 { blockAfter += 1 }
                if blockAfter - blockFirst >= joinBlockLines {
                    upper = blockAfter
                    changed = true
                }
            }
        }
        return lower..<upper
    }

    /// The prose score of line `index` (see the type's comment).
    func proseScore(_ index: Int) -> Int {
        let line = lines[index]
        if line.words < Self.proseWords {
            return holdsFullWidthSentenceMark(line.span) ? min(line.span.length, Self.proseCap) : -Self.shortLinePenalty
        }
        let counts = wordCounts(line.span)
        guard counts.words >= Self.proseWords else { return -Self.shortLinePenalty }
        let words = Double(counts.words)
        let capitalisedShare = Double(counts.capitalised) / words
        let stopShare = Double(counts.stop) / words
        let prose = capitalisedShare <= Self.capitalisedShareLimit
            && (stopShare >= Self.proseStopShare || (line.terminal && capitalisedShare < 0.5))
            && !holdsTruncatedHeadline(line.span)
        return prose ? min(line.span.length, Self.proseCap) : -Self.shortLinePenalty
    }

    /// Whether `span` holds a teaser: a headline cut off by an ellipsis glued to the lead that follows it ("Police: 2
    /// In Custody After Death Of ...A 24-year-old woman"), "..." or "…" between a word and a capital letter.
    private func holdsTruncatedHeadline(_ span: TextSpan) -> Bool {
        let bytes = document.utf8
        var position = span.start + 1
        while position + 3 < span.end {
            if bytes[position] == 0x2E, bytes[position + 1] == 0x2E, bytes[position + 2] == 0x2E,
               (0x41...0x5A).contains(bytes[position + 3]) {
                return true
            }
            if bytes[position] == 0xE2, bytes[position + 1] == 0x80, bytes[position + 2] == 0xA6,
               (0x41...0x5A).contains(bytes[position + 3]) {
                return true
            }
            position += 1
        }
        return false
    }

    /// Whether `span`, at least `cjkProseBytes` long, holds "。", "！" or "？".
    private func holdsFullWidthSentenceMark(_ span: TextSpan) -> Bool {
        guard span.length >= Self.cjkProseBytes else { return false }
        let bytes = document.utf8
        var position = span.start
        while position + 2 < span.end {
            let lead = bytes[position]
            if lead == 0xE3, bytes[position + 1] == 0x80, bytes[position + 2] == 0x82 { return true }
            if lead == 0xEF, bytes[position + 1] == 0xBC, bytes[position + 2] == 0x81 || bytes[position + 2] == 0x9F {
                return true
            }
            position += 1
        }
        return false
    }

    /// Words (white-space-separated tokens holding a letter or digit), capitalised words and function words of
    /// `span` (UTF-8 offsets).
    private func wordCounts(_ span: TextSpan) -> (words: Int, capitalised: Int, stop: Int) {
        let bytes = document.utf8
        var words = 0
        var capitalised = 0
        var stop = 0
        var position = span.start
        var folded: [UInt8] = []
        while position < span.end {
            while position < span.end, bytes[position] == 0x20 || bytes[position] == 0x09 { position += 1 }
            let start = position
            while position < span.end, bytes[position] != 0x20, bytes[position] != 0x09 { position += 1 }
            guard position > start else { continue }
            // The token without the punctuation around it.
            var coreStart = start
            while coreStart < position, !isWordByte(bytes[coreStart]) { coreStart += 1 }
            var coreEnd = position
            while coreEnd > coreStart, !isWordByte(bytes[coreEnd - 1]) { coreEnd -= 1 }
            guard coreStart < coreEnd else { continue }
            words += 1
            let first = bytes[coreStart]
            if (0x41...0x5A).contains(first)
                || (first >= 0xC0 && Token.isUppercase(UTF8Scanner.scalar(in: bytes, at: coreStart).scalar)) {
                capitalised += 1
            }
            guard coreEnd - coreStart <= 8 else { continue }
            folded.removeAll(keepingCapacity: true)
            for byte in bytes[coreStart..<coreEnd] {
                folded.append((0x41...0x5A).contains(byte) ? byte | 0x20 : byte)
            }
            if rules.stopWords.contains(String(decoding: folded, as: UTF8.self)) { stop += 1 }
        }
        return (words, capitalised, stop)
    }

    /// A letter, digit or any byte of a non-ASCII character.
    @inline(__always)
    private func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }
}
