/// Groups the mentions of one article into entities: a person's full name, surname and first name become one entity
/// ("Han Dong", "Dong", "Mr. Dong"); organisations and places group by canonical name, so acronyms and short forms
/// join their long form. Offsets are **UTF-8 byte offsets**.
struct EntityClusterer {
    /// Builds entities from `candidates` (any order), with the gender an honorific told for people (by entity index).
    /// `text` gives the written text of a span.
    static func cluster(_ candidates: consuming [MentionCandidate], names: NameWords,
                        text: (TextSpan) -> String) -> (entities: [Entity], genders: [PersonGender?]) {
        var sorted = candidates
        sorted.sort { $0.span < $1.span }
        var groups: [Group] = []
        var byKey: [Key: Int] = [:]
        groups.reserveCapacity(sorted.count)
        byKey.reserveCapacity(sorted.count)
        // People named in full first, so that surnames anywhere in the article find them.
        for candidate in sorted where candidate.kind == .person && candidate.words.count >= 2 {
            let key = Key(kind: .person, name: names.joined(candidate.words))
            if let index = byKey[key] {
                groups[index].members.append(candidate)
            } else {
                byKey[key] = groups.count
                groups.append(Group(kind: .person, members: [candidate]))
            }
        }
        var byLastWord: [String: [Int]] = [:]
        var byFirstWord: [String: [Int]] = [:]
        for index in groups.indices {
            let words = groups[index].members[0].words
            byLastWord[names.text(words.upperBound - 1), default: []].append(index)
            byFirstWord[names.text(words.lowerBound), default: []].append(index)
        }
        for candidate in sorted where !(candidate.kind == .person && candidate.words.count >= 2) {
            if candidate.kind == .person {
                let word = names.text(candidate.words.lowerBound)
                var sameTitle: [Int] = []
                if let title = candidate.title.map({ text($0).lowercased() }) {
                    sameTitle = ((byLastWord[word] ?? []) + (byFirstWord[word] ?? [])).filter { index in
                        groups[index].members.contains { $0.title.map { text($0).lowercased().hasSuffix(title) } ?? false }
                    }
                }
                if let index = nearest(sameTitle, to: candidate.span.start, in: groups)
                    ?? nearest(byLastWord[word] ?? [], to: candidate.span.start, in: groups)
                    ?? nearest(byFirstWord[word] ?? [], to: candidate.span.start, in: groups) {
                    groups[index].members.append(candidate)
                    continue
                }
            }
            let name = candidate.canonical ?? text(candidate.span)
            let key = Key(kind: candidate.kind, name: name)
            if let index = byKey[key] {
                groups[index].members.append(candidate)
            } else {
                byKey[key] = groups.count
                groups.append(Group(kind: candidate.kind, members: [candidate]))
            }
        }
        let starts = groups.map { group in group.members.reduce(Int.max) { min($0, $1.span.start) } }
        groups = groups.indices.sorted { starts[$0] < starts[$1] }.map { groups[$0] }
        var genders = [PersonGender?](repeating: nil, count: groups.count)
        for (index, group) in groups.enumerated() where group.kind == .person {
            if let gender = group.members.lazy.compactMap(\.gender).first { genders[index] = gender }
        }
        return (groups.enumerated().map { index, group in group.entity(index: index, text: text) }, genders)
    }

    /// Of the groups `indices`, the one with a mention nearest before `position`, else nearest after it.
    private static func nearest(_ indices: [Int], to position: Int, in groups: [Group]) -> Int? {
        guard !indices.isEmpty else { return nil }
        if indices.count == 1 { return indices[0] }
        var best: (index: Int, distance: Int)?
        for index in indices {
            for member in groups[index].members {
                let distance = member.span.start <= position ? position - member.span.start : (member.span.start - position) * 4
                if best == nil || distance < best!.distance { best = (index, distance) }
            }
        }
        return best?.index
    }

    /// What makes two mentions one entity when no person-name rule joins them.
    private struct Key: Hashable {
        let kind: Entity.Kind
        let name: String
    }

    /// The mentions gathered for one entity.
    private struct Group {
        var kind: Entity.Kind
        var members: [MentionCandidate]

        func entity(index: Int, text: (TextSpan) -> String) -> Entity {
            var ordered = members
            if !Self.isSorted(ordered) { ordered.sort { $0.span < $1.span } }
            var fullest = 0
            var canonical: String?
            var canonicalWords = 0
            for (position, member) in ordered.enumerated() {
                if member.words.count > ordered[fullest].words.count { fullest = position }
                if let alias = member.canonical {
                    let words = alias.utf8.reduce(1) { $1 == 0x20 ? $0 + 1 : $0 }
                    if words > canonicalWords { canonical = alias; canonicalWords = words }
                }
            }
            var name = Self.normalised(text(ordered[fullest].span))
            if let canonical, canonicalWords > ordered[fullest].words.count { name = canonical }
            var titles: [String] = []
            for member in ordered {
                if let title = member.title.map({ Self.normalised(text($0)) }), !titles.contains(title) { titles.append(title) }
            }
            let mentions = ordered.map { Entity.Mention(span: $0.span, rule: $0.rule) }
            return Entity(index: index, name: name, kind: kind, titles: titles, mentions: mentions)
        }

        /// Whether `members` are in span order already, so that sorting them would change nothing.
        private static func isSorted(_ members: [MentionCandidate]) -> Bool {
            for index in members.indices.dropFirst() where members[index].span < members[index - 1].span { return false }
            return true
        }

        /// White space runs (including no-break spaces) as one space.
        static func normalised(_ text: String) -> String {
            guard text.utf8.contains(where: { $0 == 0xC2 || $0 < 0x20 || $0 >= 0xE2 }) else { return text }
            return text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        }
    }
}
