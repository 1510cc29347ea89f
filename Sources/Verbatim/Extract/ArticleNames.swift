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

    init(paragraphTokens: [[QuoteToken]], sentenceStarts: Set<Int>, lexicon: QuoteLexicon) {
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
                    let isTitle = tokens[probe].isRoleNoun
                        || lexicon.titleAbbreviations.contains(String(tokens[probe].text.dropLast()))
                        || tokens[probe].isAdverbial
                    if isTitle { start = probe + 1 }
                }
                let words = tokens[start..<end].map(\.withoutPossessive)
                if let head = tokens[end - 1].lower as String?, lexicon.organizationHeads.contains(head), end - index >= 2 {
                    var first = index
                    while first < end - 1, ["the", "a"].contains(tokens[first].lower) { first += 1 }
                    organizations.append((tokens[first].span.start, tokens[first..<end].map(\.text).joined(separator: " ")))
                }
                if words.count >= 2, words.count <= 4, let last = words.last,
                   !lexicon.organizationHeads.contains(last.lowercased()) {
                    let name = words.joined(separator: " ")
                    for probe in index..<start where tokens[probe].isRoleNoun {
                        roles.append((tokens[probe].span.start, tokens[probe].lower, name))
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
