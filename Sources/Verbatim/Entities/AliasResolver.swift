/// Labels the names no rule could label from their own sentence, using what the whole article says: a surname or
/// first name of a person named in full ("Dong", "Han"), an acronym the article pairs with or spells out
/// ("CSIS", "PMO"), the first word of an organisation ("Global" for "Global News"), or a name found elsewhere.
/// What is still unknown takes its context fallback ("Trudeau said") or is dropped. Offsets are UTF-8.
struct AliasResolver {
    private let lexicon: EntityLexicon
    /// The words the candidates and names point into.
    private let names: NameWords
    /// Every labelled name by its text: kind and canonical name.
    private var exact: [String: (kind: Entity.Kind, canonical: String?)] = [:]
    /// The same, lower-cased, for headlines.
    private var exactLower: [String: (kind: Entity.Kind, canonical: String?)] = [:]
    /// Words of multi-word person names (first and last), as written and lower-cased. The lower-cased set is
    /// filled only once a headline needs it (`hasPersonPartsLower`), and kept up to date from then on.
    private var personParts: Set<String> = []
    private var personPartsLower: Set<String> = []
    private var hasPersonPartsLower = false
    /// Last words of multi-word person names.
    private var personLastWords: Set<String> = []
    /// First words of multi-word organisation names that can stand alone, with the organisation's canonical name.
    private var organizationFirstWords: [String: String] = [:]
    /// Initials of multi-word organisation and place names ("CSIS"), with kind and canonical name.
    private var initials: [String: (kind: Entity.Kind, canonical: String)] = [:]

    init(lexicon: EntityLexicon, names: NameWords, candidates: [MentionCandidate], text: (TextSpan) -> String) {
        self.lexicon = lexicon
        self.names = names
        exact.reserveCapacity(candidates.count)
        personParts.reserveCapacity(candidates.count)
        personLastWords.reserveCapacity(candidates.count)
        for candidate in candidates { learn(candidate, text: text(candidate.span)) }
    }

    /// Adds what one labelled mention teaches about the article's names.
    private mutating func learn(_ candidate: MentionCandidate, text: String) {
        let canonical = candidate.canonical ?? (candidate.kind == .person ? nil : text)
        if exact[text] == nil { exact[text] = (candidate.kind, canonical) }
        let words = candidate.words
        guard words.count >= 2 else { return }
        switch candidate.kind {
        case .person:
            let first = names.text(words.lowerBound)
            var last = names.text(words.upperBound - 1)
            var lastIndex = words.upperBound - 1
            while lastIndex > words.lowerBound, lexicon.classesByWord[last]?.contains(.nameSuffix) ?? false {
                lastIndex -= 1
                last = names.text(lastIndex)
            }
            notePersonPart(first)
            notePersonPart(last)
            personLastWords.insert(last)
        case .organization, .geopolitical, .location:
            let name = canonical ?? text
            let blocked: EntityWordClass = [.function, .demonym, .partyAdjective, .organizationHead, .locationHead,
                                            .givenName, .title, .titleModifier, .compass, .nonEntity]
            if candidate.kind == .organization {
                let first = names.text(words.lowerBound)
                if organizationFirstWords[first] == nil {
                    let firstClasses = (lexicon.classesByWord[first] ?? []).union(lexicon.classesByLower[first.lowercased()] ?? [])
                    if firstClasses.isDisjoint(with: blocked) { organizationFirstWords[first] = name }
                }
            }
            let letters = words.compactMap { position -> UInt8? in
                let first = names.firstByte(position)
                guard (first &- 0x41) < 26, !names.isThe(position) else { return nil }
                return first
            }
            if letters.count >= 2 {
                let key = String(decoding: letters, as: UTF8.self)
                if initials[key] == nil { initials[key] = (candidate.kind, name) }
            }
        }
    }

    /// Adds one word of a multi-word person name to the name parts, unless it is a single letter.
    private mutating func notePersonPart(_ part: String) {
        guard part.utf8.count >= 2 else { return }
        personParts.insert(part)
        if hasPersonPartsLower { personPartsLower.insert(part.lowercased()) }
    }

    /// The mentions the unresolved names turn out to be, and relabelled copies of `candidates` where the article
    /// shows a gazetteer place is a person's surname ("Jackson").
    mutating func resolve(_ unresolved: [UnresolvedName], candidates: [MentionCandidate],
                          text: (TextSpan) -> String) -> [MentionCandidate] {
        var result = candidates.map { candidate -> MentionCandidate in
            guard candidate.words.count == 1, candidate.kind != .person,
                  !initials.isEmpty || !personLastWords.isEmpty else { return candidate }
            let word = names.text(candidate.words.lowerBound)
            if Self.hasNoASCIILowercase(word), let spelled = initials[word], spelled.kind == candidate.kind {
                var joined = candidate
                joined.canonical = spelled.canonical
                return joined
            }
            guard candidate.kind == .geopolitical, personLastWords.contains(word) else { return candidate }
            var relabelled = candidate
            relabelled.kind = .person
            relabelled.rule = "alias.surname_not_place"
            relabelled.canonical = nil
            return relabelled
        }
        var pending: [UnresolvedName] = []
        for name in unresolved {
            if name.isLoose {
                if exactLower.isEmpty {
                    for (key, value) in exact where exactLower[key.lowercased()] == nil { exactLower[key.lowercased()] = value }
                }
                if !hasPersonPartsLower {
                    personPartsLower = Set(personParts.map { $0.lowercased() })
                    hasPersonPartsLower = true
                }
                result.append(contentsOf: resolveLoosely(name))
            } else if let found = resolveStrictly(name, candidates: candidates) {
                result.append(found)
            } else if let fallback = name.fallback {
                let found = MentionCandidate(span: name.span, kind: fallback.kind, rule: fallback.rule, words: name.words,
                                             title: fallback.kind == .person ? name.title : nil)
                learn(found, text: text(name.span))
                result.append(found)
            } else {
                pending.append(name)
            }
        }
        // A second round: names learned from fallbacks ("Trudeau said") explain the rest ("Trudeau denied").
        for name in pending {
            if let found = resolveStrictly(name, candidates: candidates) { result.append(found) }
        }
        return result
    }

    /// Whether `word` has no ASCII lower-case letter ("CSIS", "U.S.").
    private static func hasNoASCIILowercase(_ word: String) -> Bool {
        !word.utf8.contains { ($0 &- 0x61) < 26 }
    }

    private func resolveStrictly(_ name: UnresolvedName, candidates: [MentionCandidate]) -> MentionCandidate? {
        let joined = names.joined(name.words)
        func make(_ kind: Entity.Kind, _ rule: String, _ canonical: String?) -> MentionCandidate {
            MentionCandidate(span: name.span, kind: kind, rule: rule, words: name.words,
                             title: kind == .person ? name.title : nil, canonical: canonical)
        }
        if let paired = name.pairedCandidate, name.words.count == 1, Self.hasNoASCIILowercase(joined) {
            let long = candidates[paired]
            let canonical = long.canonical ?? (long.kind == .person ? nil : names.joined(long.words))
            if long.kind != .person { return make(long.kind, "alias.parenthesised", canonical) }
        }
        if let known = exact[joined] { return make(known.kind, "alias.exact", known.canonical) }
        guard name.words.count == 1 else { return nil }
        let word = joined
        if !initials.isEmpty, word.utf8.count >= 2, Self.hasNoASCIILowercase(word), let spelled = initials[word] {
            return make(spelled.kind, "alias.acronym", spelled.canonical)
        }
        if !personParts.isEmpty, personParts.contains(word) { return make(.person, "alias.name_part", nil) }
        if !organizationFirstWords.isEmpty, let organization = organizationFirstWords[word] { return make(.organization, "alias.short_form", organization) }
        return nil
    }

    /// Headline words: the longest stretches that match a name the article gives, and person name parts.
    private func resolveLoosely(_ name: UnresolvedName) -> [MentionCandidate] {
        var result: [MentionCandidate] = []
        var start = 0
        let lowered = name.words.map { names.text($0).lowercased() }
        let first = name.words.lowerBound
        while start < lowered.count {
            var matched = false
            for end in stride(from: lowered.count, to: start, by: -1) {
                let key = lowered[start..<end].joined(separator: " ")
                let span = TextSpan(start: names.spans[first + start].start, end: names.spans[first + end - 1].end)
                if let known = exactLower[key] {
                    result.append(MentionCandidate(span: span, kind: known.kind, rule: "alias.headline",
                                                   words: (first + start)..<(first + end), canonical: known.canonical))
                } else if end == start + 1, personPartsLower.contains(key) {
                    result.append(MentionCandidate(span: span, kind: .person, rule: "alias.headline_name_part",
                                                   words: (first + start)..<(first + start + 1)))
                } else {
                    continue
                }
                start = end
                matched = true
                break
            }
            if !matched { start += 1 }
        }
        return result
    }
}
