import Foundation

/// Masks the web furniture left in plain-text articles: site chrome, ads, captions and credits, sign-up prompts,
/// wire tails and the teaser blocks after the article's end. Also finds the headline, byline and dateline, masks
/// them (the headline as `title`, so quote extraction skips it) and adds `title`, `authors` and `date` metadata
/// when the input gave none.
///
/// Lines (paragraphs) are classified, in order, by:
/// 1. patterns from `Models/boilerplate/patterns.txt` (whole line, prefix, contained phrase; a line's last
///    sentence is also tested, for labels glued to a paragraph: "… in the offing. Top Stories");
/// 2. shapes: a trailing photo credit "(Name/Outlet)" or "(Photo: …)" with the caption before it and an
///    alt-text line just above; "By X and Y" bylines; outlet labels; "May 24, 2023" datelines;
/// 3. the header: the first headline-shaped line is `title`; short labels above it are `navigation`; a dek
///    (an unpunctuated line, the line under an outlet label, lines up to a repeated headline) is `title`;
/// 4. repetition: a short unpunctuated line seen twice is furniture;
/// 5. structure: after an article-end marker ("With files from", "This report by … was first published"),
///    every line is a `teaser` unless a pattern names it; a short heading just above a promo is a promo.
///
/// Spans are UTF-8 offsets into the text, trimmed, on line or sentence boundaries, sorted and disjoint. Every span
/// records the rule that made it (`patterns.txt:LINE` or `shape:NAME`).
public struct BoilerplateDetector: Stage {
    public let name = "boilerplate"
    public let requires: Set<Layer> = [.paragraphs, .sentences]
    public let provides: Set<Layer> = [.boilerplate]
    public let rules: BoilerplateRules

    public init(rules: BoilerplateRules) {
        self.rules = rules
    }

    /// Lines longer than this (in words) are never furniture, except in the teaser block after the end.
    static let maxClassifiedWords = 40

    public func process(_ document: inout Document) throws(ArticleError) {
        var scan = LineScan(document: document, rules: rules)
        scan.run()
        document.boilerplate = scan.spans()
        addMetadata(scan.found, to: &document)
    }

    private func addMetadata(_ found: LineScan.Found, to document: inout Document) {
        func add(_ key: String, _ value: JSONValue?) {
            guard let value, !document.metadata.contains(where: { $0.key == key }) else { return }
            document.metadata.append((key: key, value: value))
        }
        add("title", found.title.map(JSONValue.string))
        add("authors", found.authors.isEmpty ? nil : .array(found.authors.map(JSONValue.string)))
        add("date", found.date.map(JSONValue.string))
    }
}

/// One pass of the detector over a document's lines.
struct LineScan {
    struct Line {
        let span: TextSpan
        let words: Int
        /// Ends with ".", "?" or "!" (before closing quotes or brackets).
        let terminal: Bool
        let endsWithPeriod: Bool
        /// Normalised text, for lines short enough to be furniture.
        let normalized: String?
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
        lines.reserveCapacity(document.paragraphs.count)
        for paragraph in document.paragraphs {
            var newlines = 0
            for position in previousEnd..<paragraph.start where bytes[position] == 0x0A { newlines += 1 }
            let words = Self.wordCount(bytes, paragraph)
            let (terminal, period) = Self.terminal(bytes, paragraph)
            let normalized = words <= BoilerplateDetector.maxClassifiedWords
                ? BoilerplateRules.normalize(document.substring(paragraph)) : nil
            lines.append(Line(span: paragraph, words: words, terminal: terminal, endsWithPeriod: period,
                              normalized: normalized, blankBefore: newlines >= 2 || previousEnd == 0))
            previousEnd = paragraph.end
        }
        marks = Array(repeating: nil, count: lines.count)
    }

    // MARK: The pass

    mutating func run() {
        guard !lines.isEmpty else { return }
        var articleEnd: Int?
        var bodyLinesSeen = 0
        for index in lines.indices {
            let line = lines[index]
            guard let normalized = line.normalized else {
                bodyLinesSeen += 1
                continue
            }
            if let pattern = rules.match(normalized, words: line.words) {
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
    }

    private mutating func mark(_ index: Int, _ kind: BoilerplateSpan.Kind, _ rule: String) {
        marks[index] = Mark(span: lines[index].span, kind: kind, rule: rule)
    }

    /// A label glued after the last sentence of a line ("… in the offing. Top Stories").
    private mutating func markGluedLabel(_ index: Int) -> Bool {
        let line = lines[index]
        guard let last = lastSentence(in: line.span), last.start > line.span.start else { return false }
        let text = BoilerplateRules.normalize(document.substring(last))
        guard let pattern = rules.match(text, words: 6), pattern.match == .line else { return false }
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
        guard line.words <= 50, bytes[line.span.end - 1] == UInt8(ascii: ")") else { return false }
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
        let headlineText = lines[headline].normalized
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
            if line.normalized == headlineText {
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
            if let normalized = line.normalized, rules.outlets.contains(normalized) {
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
            guard let normalized = line.normalized else { continue }
            seen[normalized, default: 0] += 1
        }
        for (index, line) in lines.enumerated() where marks[index] == nil && line.words <= 8 && !line.terminal {
            if let normalized = line.normalized, seen[normalized, default: 0] >= 2 {
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

    // MARK: Shapes

    static func wordCount(_ bytes: [UInt8], _ span: TextSpan) -> Int {
        var count = 0
        var inWord = false
        for position in span.start..<span.end {
            let isSpace = bytes[position] == 0x20 || bytes[position] == 0x09 || bytes[position] == 0xA0
            if !isSpace && !inWord { count += 1 }
            inWord = !isSpace
        }
        return count
    }

    /// Whether the line ends with ".", "?" or "!" (before closing quotes and brackets), and whether that is ".".
    static func terminal(_ bytes: [UInt8], _ span: TextSpan) -> (Bool, Bool) {
        var end = span.end
        while end > span.start {
            let start = UTF8Scanner.previousScalarStart(in: bytes, before: end)
            let scalar = UTF8Scanner.scalar(in: bytes, at: start).scalar
            switch scalar {
            case "\"", "'", ")", "]", "\u{201D}", "\u{2019}", "\u{BB}":
                end = start
                continue
            case ".", "\u{2026}": return (true, true)
            case "?", "!": return (true, false)
            default: return (false, false)
            }
        }
        return (false, false)
    }

    /// The first "Month D, YYYY" (or "D Month YYYY") in `text`, as written.
    static func date(in text: String, _ rules: BoilerplateRules) -> String? {
        let tokens = text.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" })
        guard tokens.count >= 3 else { return nil }
        func isMonth(_ token: Substring) -> Bool { rules.months.contains(BoilerplateRules.normalize(token.trimmingCharacters(in: CharacterSet(charactersIn: ",")))) }
        func isDay(_ token: Substring) -> Bool {
            let digits = token.trimmingCharacters(in: CharacterSet(charactersIn: ",").union(.letters))
            return (1...2).contains(digits.count) && digits.allSatisfy(\.isNumber)
        }
        func isYear(_ token: Substring) -> Bool {
            let digits = token.trimmingCharacters(in: .punctuationCharacters)
            return digits.count == 4 && digits.allSatisfy(\.isNumber)
        }
        for index in 0..<(tokens.count - 2) {
            if isMonth(tokens[index]), isDay(tokens[index + 1]), isYear(tokens[index + 2]) {
                return tokens[index...(index + 2)].joined(separator: " ").trimmingCharacters(in: .punctuationCharacters)
            }
            if isDay(tokens[index]), isMonth(tokens[index + 1]), isYear(tokens[index + 2]) {
                return tokens[index...(index + 2)].joined(separator: " ").trimmingCharacters(in: .punctuationCharacters)
            }
        }
        return nil
    }

    static func startsWithMonthOrDay(_ text: String, _ rules: BoilerplateRules) -> Bool {
        guard let first = text.split(separator: " ").first else { return false }
        let word = BoilerplateRules.normalize(first).trimmingCharacters(in: CharacterSet(charactersIn: ","))
        return rules.months.contains(word) || word.first?.isNumber == true
    }
}
