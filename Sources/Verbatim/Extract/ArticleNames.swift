/// Person-like names an article uses, found once per article before quotes are attributed: runs of capitalised
/// words with leading titles removed ("Liberal MP Han Dong" gives "Han Dong").
struct ArticleNames: Sendable {
    /// Fullest name for each last word.
    var fullNames: [String: String] = [:]
    /// Role nouns seen before a name ("mp" before "Han Dong"), with the name and UTF-8 position, in text order.
    var roles: [(position: Int, role: String, name: String)] = []
    /// Organisation names (capitalised runs ending in an organisation head), with UTF-8 positions, in text order.
    var organizations: [(position: Int, name: String)] = []
    /// Person-like names that open a sentence (within its first words), with their UTF-8 positions, in text order.
    var subjects: [(position: Int, name: String)] = []

    /// Names from the entity layer: each person's fullest name by last word, person mentions opening a sentence,
    /// organisation mentions, and the role words of each person's titles at each mention.
    init(entities: [Entity], sentences: [TextSpan], bytes: [UInt8]) {
        var subjects: [(position: Int, name: String)] = []
        for entity in entities {
            switch entity.kind {
            case .person:
                // Words split at spaces (bytes: a space is never inside a multi-byte character).
                let words = entity.name.utf8.split(separator: 0x20)
                if let last = words.last, words.count >= 2 { fullNames[String(Substring(last))] = entity.name }
                let roleWords = entity.titles.isEmpty ? []
                    : Set(entity.titles.compactMap { $0.utf8.split(separator: 0x20).last.map { String(Substring($0)).lowercased() } })
                for mention in entity.mentions where !mention.isPronoun {
                    if Self.opensSentence(mention.span.start, sentences: sentences, bytes: bytes) {
                        subjects.append((mention.span.start, entity.name))
                    }
                    for role in roleWords { roles.append((mention.span.start, role, entity.name)) }
                }
            case .organization:
                for mention in entity.mentions where !mention.isPronoun {
                    organizations.append((mention.span.start, entity.name))
                }
            default:
                break
            }
        }
        self.subjects = subjects.sorted { $0.position < $1.position }
        organizations.sort { $0.position < $1.position }
        roles.sort { $0.position < $1.position }
    }

    /// Whether UTF-8 `position` lies within the first three words of its sentence, outside quotation marks.
    private static func opensSentence(_ position: Int, sentences: [TextSpan], bytes: [UInt8]) -> Bool {
        var low = 0
        var high = sentences.count
        while low < high {
            let middle = (low + high) / 2
            if sentences[middle].end <= position { low = middle + 1 } else { high = middle }
        }
        guard low < sentences.count, sentences[low].start <= position, position - sentences[low].start <= 60 else { return false }
        var spaces = 0
        for index in sentences[low].start..<position {
            let byte = bytes[index]
            if byte == 0x20 { spaces += 1 }
            // A quotation mark before the name: the name is quoted, not the subject.
            if byte == 0x22 || (byte == 0xE2 && index + 2 < position && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x9C) {
                return false
            }
        }
        return spaces <= 3
    }

    init(paragraphTokens: [[QuoteToken]], sentenceStarts: Set<Int>, bytes: [UInt8], lexicon: QuoteLexicon) {
        func text(_ span: TextSpan) -> String { String(decoding: bytes[span.start..<span.end], as: UTF8.self) }
        var counts: [String: Int] = [:]
        for tokens in paragraphTokens {
            var index = 0
            var sentenceTokenCount = 0
            while index < tokens.count {
                let token = tokens[index]
                if sentenceStarts.contains(token.span.start) { sentenceTokenCount = 0 }
                guard token.isCapitalized else {
                    index += 1
                    sentenceTokenCount += 1
                    continue
                }
                var end = index
                while end < tokens.count, tokens[end].isCapitalized { end += 1 }
                var start = index
                for probe in index..<end {
                    let isTitle = tokens[probe].isRoleNoun || tokens[probe].shape.contains(.titleStem) || tokens[probe].isAdverbial
                    if isTitle { start = probe + 1 }
                }
                let words = tokens[start..<end].map { text($0.spanWithoutPossessive) }
                if tokens[end - 1].isOrganizationHead, end - index >= 2 {
                    var first = index
                    while first < end - 1, tokens[first].is(.the) || tokens[first].is(.a) { first += 1 }
                    organizations.append((tokens[first].span.start, tokens[first..<end].map { text($0.span) }.joined(separator: " ")))
                }
                if words.count >= 2, words.count <= 4, let last = words.last,
                   !lexicon.organizationHeads.contains(last.lowercased()) {
                    let name = words.joined(separator: " ")
                    for probe in index..<start where tokens[probe].isRoleNoun {
                        roles.append((tokens[probe].span.start, text(tokens[probe].span).lowercased(), name))
                    }
                    counts[name, default: 0] += 1
                    let current = fullNames[last]
                    if current == nil || counts[name]! > counts[current!]! { fullNames[last] = name }
                    if sentenceTokenCount <= 3 { subjects.append((tokens[start].span.start, name)) }
                } else if words.count == 1, let last = words.first, sentenceTokenCount <= 3 {
                    // A surname subject ("Dong said"): kept below only if it matches a known full name.
                    subjects.append((tokens[start].span.start, last))
                }
                sentenceTokenCount += end - index
                index = end
            }
        }
        // Surname subjects take the fullest name.
        let known = Set(fullNames.values)
        subjects = subjects.map { subject in
            let parts = subject.name.split(separator: " ")
            if parts.count == 1, let full = fullNames[subject.name] { return (subject.position, full) }
            return subject
        }.filter { known.contains($0.name) }
    }

    /// The last item before UTF-8 `position` in a list sorted by position (binary search).
    static func last<Item>(_ items: [(position: Int, name: Item)], before position: Int) -> (position: Int, name: Item)? {
        var low = 0
        var high = items.count
        while low < high {
            let middle = (low + high) / 2
            if items[middle].position < position { low = middle + 1 } else { high = middle }
        }
        return low > 0 ? items[low - 1] : nil
    }

    /// The last role mention of `role` before `position`, looking back over at most 64 roles.
    static func lastRole(_ roles: [(position: Int, role: String, name: String)], _ role: String,
                         before position: Int) -> (position: Int, role: String, name: String)? {
        var low = 0
        var high = roles.count
        while low < high {
            let middle = (low + high) / 2
            if roles[middle].position < position { low = middle + 1 } else { high = middle }
        }
        return roles[max(0, low - 64)..<low].last { $0.role == role }
    }
}
