import Foundation

/// One pass of the detector over a document's lines.
struct LineScan {
    struct Line {
        let span: TextSpan
        let words: Int
        /// Ends with ".", "?" or "!" (before closing quotes or brackets).
        let terminal: Bool
        let endsWithPeriod: Bool
        /// Where the line's normalised text is in `LineScan.normalizedBytes`, for lines short enough to be furniture.
        let normalizedRange: Range<Int>?
        /// Whether a blank line separates it from the previous line.
        let blankBefore: Bool
    }

    struct Mark {
        var span: TextSpan
        var kind: BoilerplateSpan.Kind
        var rule: String
    }

    struct Found {
        var title: String?
        var authors: [String] = []
        var date: String?
    }

    let document: Document
    let rules: BoilerplateRules
    var lines: [Line] = []
    /// The normalised text (`BoilerplateRules.normalize`, as UTF-8) of every line short enough to be furniture,
    /// one after another.
    var normalizedBytes: [UInt8] = []
    /// Whole-line marks, by line.
    var marks: [Mark?]
    /// Marks of parts of lines (credits, glued labels), with their line.
    var partMarks: [(line: Int, mark: Mark)] = []
    var found = Found()

    init(document: Document, rules: BoilerplateRules) {
        self.document = document
        self.rules = rules
        let bytes = document.utf8
        var previousEnd = 0
        var lines: [Line] = []
        var normalizedBytes: [UInt8] = []
        lines.reserveCapacity(document.paragraphs.count)
        bytes.withUnsafeBufferPointer { buffer in
            for paragraph in document.paragraphs {
                var newlines = 0
                for position in previousEnd..<paragraph.start where buffer[position] == 0x0A { newlines += 1 }
                let words = Self.wordCount(buffer, paragraph)
                let (terminal, period) = Self.terminal(bytes, paragraph)
                var normalizedRange: Range<Int>?
                if words <= BoilerplateDetector.maxClassifiedWords {
                    let start = normalizedBytes.count
                    BoilerplateRules.appendNormalized(UnsafeBufferPointer(rebasing: buffer[paragraph.start..<paragraph.end]),
                                                      to: &normalizedBytes)
                    normalizedRange = start..<normalizedBytes.count
                }
                lines.append(Line(span: paragraph, words: words, terminal: terminal, endsWithPeriod: period,
                                  normalizedRange: normalizedRange, blankBefore: newlines >= 2 || previousEnd == 0))
                previousEnd = paragraph.end
            }
        }
        self.lines = lines
        self.normalizedBytes = normalizedBytes
        marks = Array(repeating: nil, count: lines.count)
    }

    // MARK: The pass

    mutating func run() {
        guard !lines.isEmpty else { return }
        var articleEnd: Int?
        var bodyLinesSeen = 0
        for index in lines.indices {
            let line = lines[index]
            guard let normalizedRange = line.normalizedRange else {
                bodyLinesSeen += 1
                continue
            }
            let matched = normalizedBytes.withUnsafeBufferPointer { buffer in
                rules.match(UnsafeBufferPointer(rebasing: buffer[normalizedRange]), words: line.words)
            }
            if let pattern = matched {
                mark(index, pattern.kind, pattern.rule)
                if pattern.kind == .dateline, found.date == nil { found.date = Self.date(in: document.substring(line.span), rules) }
                if pattern.endsArticle {
                    if pattern.kind == .credit, found.date == nil { found.date = Self.date(in: document.substring(line.span), rules) }
                    if articleEnd == nil, bodyLinesSeen >= 3, index * 3 >= lines.count { articleEnd = index }
                }
                continue
            }
            if markGluedLabel(index) || markCredit(index) { continue }
            if line.words >= 8 { bodyLinesSeen += 1 }
        }
        // Text extracted from HTML was already chosen as the article by its markup: the shape heuristics for plain
        // text (header guessing, repeated lines) would only cut body lines there, so they run on plain text only.
        if !document.isExtractedText {
            findHeader()
            markRepeated()
        }
        if let articleEnd { markTeasers(after: articleEnd) }
        markPromoHeadings()
        if !document.isExtractedText { markOutsideArticleRun() }
    }

    mutating func mark(_ index: Int, _ kind: BoilerplateSpan.Kind, _ rule: String) {
        marks[index] = Mark(span: lines[index].span, kind: kind, rule: rule)
    }

    /// A label glued after the last sentence of a line ("… in the offing. Top Stories").
    private mutating func markGluedLabel(_ index: Int) -> Bool {
        let line = lines[index]
        guard let last = lastSentence(in: line.span), last.start > line.span.start else { return false }
        // Only a whole-line pattern can name a glued label.
        var text: [UInt8] = []
        document.utf8.withUnsafeBufferPointer { buffer in
            BoilerplateRules.appendNormalized(UnsafeBufferPointer(rebasing: buffer[last.start..<last.end]), to: &text)
        }
        guard let pattern = text.withUnsafeBufferPointer({ rules.linePattern($0, words: 6) }) else { return false }
        partMarks.append((index, Mark(span: last, kind: pattern.kind, rule: pattern.rule)))
        return true
    }

    private func lastSentence(in span: TextSpan) -> TextSpan? {
        let sentences = document.sentences
        var low = 0
        var high = sentences.count
        while low < high {
            let middle = (low + high) / 2
            if sentences[middle].start < span.end { low = middle + 1 } else { high = middle }
        }
        guard low > 0, span.contains(sentences[low - 1]) else { return nil }
        return sentences[low - 1]
    }

    /// A photo credit ending the line: "(Chris Rands/CBC)", "(Photo: AP)". The text before it is the caption;
    /// a short line just above (no blank line between) is the image's alt text.
    private mutating func markCredit(_ index: Int) -> Bool {
        let line = lines[index]
        let bytes = document.utf8
        // A credit needs at least "(" before the ")": a line that is only ")" has none.
        guard line.words <= 50, line.span.end - line.span.start >= 2, bytes[line.span.end - 1] == UInt8(ascii: ")") else {
            return false
        }
        var open = line.span.end - 2
        while open > line.span.start, bytes[open] != UInt8(ascii: "("), bytes[open] != UInt8(ascii: ")") { open -= 1 }
        guard bytes[open] == UInt8(ascii: "(") else { return false }
        let inside = TextSpan(start: open + 1, end: line.span.end - 1)
        let insideText = document.substring(inside)
        let insideWords = insideText.split(separator: " ")
        guard !insideWords.isEmpty, insideWords.count <= 8 else { return false }
        let firstWord = BoilerplateRules.normalize(insideWords[0]).trimmingCharacters(in: CharacterSet(charactersIn: ":,"))
        let slash = insideText.contains("/")
        let capitalised = insideWords.allSatisfy { $0.first?.isUppercase == true || $0.contains("/") }
        guard (slash && capitalised) || rules.creditWords.contains(firstWord) else { return false }
        let credit = TextSpan(start: open, end: line.span.end)
        let caption = UTF8Scanner.trimmed(TextSpan(start: line.span.start, end: open), in: bytes)
        if caption.isEmpty {
            marks[index] = Mark(span: line.span, kind: .credit, rule: "shape:credit")
            return true
        }
        partMarks.append((index, Mark(span: caption, kind: .caption, rule: "shape:caption_before_credit")))
        partMarks.append((index, Mark(span: credit, kind: .credit, rule: "shape:credit")))
        if index > 0, !line.blankBefore, marks[index - 1] == nil, lines[index - 1].words <= 25,
           lines[index - 1].endsWithPeriod {
            mark(index - 1, .caption, "shape:alt_text")
        }
        return true
    }

    /// Headline, section labels above it, byline, outlet label, dateline and dek.
    private mutating func findHeader() {
        var index = 0
        var headline: Int?
        while index < min(lines.count, 8) {
            defer { index += 1 }
            let line = lines[index]
            if marks[index] != nil || partMarks.contains(where: { $0.line == index }) { continue }
            if line.words >= 3, line.words <= 25, !line.endsWithPeriod,
               lines.count >= 3, !endsWithColon(line) {
                headline = index
                break
            }
            if line.words <= 4, !line.terminal { continue }  // a section label, marked below
            break
        }
        guard let headline else { return }
        for above in 0..<headline where marks[above] == nil && !partMarks.contains(where: { $0.line == above }) {
            mark(above, .navigation, "shape:section_label")
        }
        mark(headline, .title, "shape:headline")
        found.title = document.substring(lines[headline].span)
        let headlineText = normalized(lines[headline])
        var index2 = headline + 1
        var afterOutlet = false
        let zoneEnd = min(lines.count, headline + 7)
        while index2 < zoneEnd {
            defer { index2 += 1 }
            let line = lines[index2]
            if marks[index2] != nil || partMarks.contains(where: { $0.line == index2 }) {
                afterOutlet = false
                continue
            }
            let text = document.substring(line.span)
            if normalized(line) == headlineText {
                for between in (headline + 1)..<index2 where marks[between] == nil && lines[between].words <= 60 {
                    mark(between, .title, "shape:dek_before_repeated_headline")
                }
                mark(index2, .title, "shape:repeated_headline")
                continue
            }
            if let authors = byline(text, line) {
                mark(index2, .byline, "shape:byline")
                if found.authors.isEmpty { found.authors = authors }
                continue
            }
            if let text = normalized(line), rules.outlets.contains(text) {
                mark(index2, .byline, "shape:outlet_label")
                afterOutlet = true
                continue
            }
            if line.words <= 10, let date = Self.date(in: text, rules), Self.startsWithMonthOrDay(text, rules) {
                mark(index2, .dateline, "shape:dateline")
                if found.date == nil { found.date = date }
                continue
            }
            if afterOutlet, line.words <= 40 {
                mark(index2, .title, "shape:dek_after_outlet")
                afterOutlet = false
                continue
            }
            if line.words >= 4, line.words <= 30, !line.terminal, !endsWithColon(line) {
                mark(index2, .title, "shape:dek")
            }
        }
    }

    /// The normalised text of a line short enough to be furniture.
    private func normalized(_ line: Line) -> String? {
        line.normalizedRange.map { String(decoding: normalizedBytes[$0], as: UTF8.self) }
    }

    private func endsWithColon(_ line: Line) -> Bool {
        document.utf8[line.span.end - 1] == UInt8(ascii: ":")
    }

    /// "By Ann Lee and Bo Chan" → the names.
    private func byline(_ text: String, _ line: Line) -> [String]? {
        guard line.words >= 2, line.words <= 14, text.hasPrefix("By ") || text.hasPrefix("BY ") else { return nil }
        let names = HTMLMetadata.splitAuthors(String(text.dropFirst(3)))
        let capitalised = names.allSatisfy { $0.first?.isUppercase == true }
        return capitalised && !names.isEmpty ? names : nil
    }

    /// Short unpunctuated lines that occur more than once ("Remove Ads", "Top Stories").
    private mutating func markRepeated() {
        var seen: [String: Int] = [:]
        for line in lines where line.words <= 8 && !line.terminal {
            guard let text = normalized(line) else { continue }
            seen[text, default: 0] += 1
        }
        for (index, line) in lines.enumerated() where marks[index] == nil && line.words <= 8 && !line.terminal {
            if let text = normalized(line), seen[text, default: 0] >= 2 {
                mark(index, .navigation, "shape:repeated_line")
            }
        }
    }

    /// After the article's end marker every line is a teaser, unless a pattern named it.
    private mutating func markTeasers(after end: Int) {
        for index in (end + 1)..<lines.count where marks[index] == nil {
            partMarks.removeAll { $0.line == index }
            mark(index, .teaser, "shape:after_article_end")
        }
    }

    /// A short unpunctuated heading just above a promo line ("Don't Get Censored" over "Sign up …").
    private mutating func markPromoHeadings() {
        guard lines.count > 1 else { return }
        for index in 0..<(lines.count - 1) where marks[index] == nil && lines[index].words <= 5 && !lines[index].terminal {
            if let next = marks[index + 1], next.kind == .promo {
                mark(index, .promo, "shape:promo_heading")
            }
        }
    }

    /// The marks as sorted, disjoint boilerplate spans.
    func spans() -> [BoilerplateSpan] {
        var result: [BoilerplateSpan] = []
        for (index, mark) in marks.enumerated() {
            if let mark {
                result.append(BoilerplateSpan(span: mark.span, kind: mark.kind, rule: mark.rule))
            } else {
                for part in partMarks where part.line == index {
                    result.append(BoilerplateSpan(span: part.mark.span, kind: part.mark.kind, rule: part.mark.rule))
                }
            }
        }
        result.sort { $0.span < $1.span }
        var disjoint: [BoilerplateSpan] = []
        for span in result {
            if let last = disjoint.last, last.span.end > span.span.start { continue }
            disjoint.append(span)
        }
        return disjoint
    }
}
