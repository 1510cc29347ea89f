/// The rules that label one run of capitalised words, in order: a whole gazetteer name, a district, an
/// organisation or place head, a title before a name, a given name, then the parts of the run, and finally the
/// run is kept unresolved (with a fallback label when its context says person or acronym).
extension MentionFinder {
    /// Labels tokens `start..<end` (a run of capitalised words and connectors).
    mutating func classify(_ start: Int, _ end: Int) {
        var start = start
        // Leading words capitalised for position ("After", "The"), unless a name starts there ("The Canadian Press",
        // "New York") or it is a given name before a surname ("Will Smith").
        while start < end, tokens[start].classes.contains(.function) {
            let token = tokens[start]
            if token.classes.contains(.gazetteerStart), gazetteerMatch(at: start, limit: end, loose: false) != nil { break }
            if token.classes.contains(.givenName), start + 1 < end, tokens[start + 1].isTitleCase { break }
            if token.classes.contains(.number), !tokens[end - 1].isPossessive, word(end - 1, endsWith: UInt8(ascii: "s")) {
                return  // "Two Michaels": a nickname for a group
            }
            start += 1
        }
        guard start < end else { return }
        if start > 0, tokens[start - 1].classes.contains(.number), tokens[start].joinedToPrevious,
           word(end - 1, endsWith: UInt8(ascii: "s")), gazetteerMatch(at: start, limit: end, loose: false) == nil {
            return  // "the two Michaels"
        }
        let count = end - start
        let last = tokens[end - 1]

        // A possessive inside the run ends a name unless a list or a title-owned office says otherwise.
        if let possessive = (start..<(end - 1)).first(where: { tokens[$0].isPossessive }) {
            let whole = gazetteerMatch(at: start, limit: end, loose: false)?.end == end
            let office = last.classes.contains(.organizationHead)
                && (tokens[possessive].classes.contains(.title) || tokens[possessive].classes.contains(.titleEnd))
            if !whole && !office {
                classify(start, possessive + 1)
                classify(possessive + 1, end)
                return
            }
        }
        if let (entry, matchEnd) = gazetteerMatch(at: start, limit: end, loose: false), matchEnd == end {
            if entry.role == .partyAdjective, end < tokens.count, tokens[end].joinedToPrevious,
               !tokens[end].isCapitalized, tokens[end].classes.contains(.partyBody) {
                candidates.append(MentionCandidate(span: TextSpan(start: tokens[start].start, end: tokens[end].end),
                                                   kind: .organization, rule: "shape.party_body",
                                                   words: addWords(start...end)))
                return
            }
            emitGazetteer(entry, start, end)
            return
        }
        if count >= 2, last.classes.contains(.facilityHead) { return }
        let hasConnector = (start + 1..<end).contains { tokens[$0].classes.contains(.connector) && !tokens[$0].isCapitalized }
        if count >= 2, !hasConnector, let kind = districtKind(start, end) {
            emit(kind, start, end, rule: "shape.district")
            return
        }
        if count >= 2, last.classes.contains(.organizationHead) || last.classes.contains(.organizationSuffix) {
            emit(.organization, start, end, rule: "shape.organization_head")
            return
        }
        if count >= 3, let head = (start..<(end - 1)).first(where: { tokens[$0 + 1].classes.contains(.connector)
                                                                    && !tokens[$0 + 1].isCapitalized }) {
            let after = head + 2
            if tokens[head].classes.contains(.organizationHead), head - start <= 2, end - after <= 3,
               !tokens[after].classes.contains(.givenName) {
                emit(.organization, start, end, rule: "shape.organization_head_of")
                return
            }
            if tokens[head].classes.contains(.locationHead) && head == start {
                emit(.location, start, end, rule: "shape.location_head_of")
                return
            }
        }
        if count >= 2, last.classes.contains(.locationHead), !tokens[start].classes.contains(.givenName) {
            emit(.location, start, end, rule: "shape.location_head")
            return
        }
        if count == 1, last.hasInnerCapital, isCamelCaseOrganization(word(start)) {
            emit(.organization, start, end, rule: "shape.organization_compound")
            return
        }
        if onlyDescriptors(start, end) { return }
        if titleSplit(start, end) { return }
        if isGivenNamePerson(start, end) {
            emit(.person, start, end, rule: "gazetteer.given_name", gender: genderOfGivenName(word(start)))
            return
        }
        // Parts: split at connectors, then around gazetteer names inside the run.
        if hasConnector, let connector = (start + 1..<end).first(where: { tokens[$0].classes.contains(.connector) && !tokens[$0].isCapitalized }) {
            classify(start, connector)
            classify(connector + 1, end)
            return
        }
        var position = start
        var found = false
        var segmentStart = start
        while position < end {
            if let (entry, matchEnd) = gazetteerMatch(at: position, limit: end, loose: false) {
                if segmentStart < position { classify(segmentStart, position) }
                emitGazetteer(entry, position, matchEnd)
                found = true
                position = matchEnd
                segmentStart = matchEnd
            } else {
                position += 1
            }
        }
        if found {
            if segmentStart < end { classify(segmentStart, end) }
            return
        }
        if count == 1, last.isHyphenModifier == false, let parts = hyphenatedPlaces(start) {
            for part in parts {
                candidates.append(MentionCandidate(span: part.span, kind: .geopolitical, rule: "gazetteer.hyphenated",
                                                   words: names.append(part.span), canonical: part.canonical))
            }
            return
        }
        // Nothing in the run's own words decides: keep it for the article-wide pass, with a fallback from context.
        guard count <= 4 else { return }
        if count == 1, last.isAllCaps, (2...6).contains(last.length),
           !bytes[last.start..<last.end].contains(where: { ($0 &- 0x41) >= 26 }) {
            keep(start, end, fallback: (.organization, "shape.acronym"))
            return
        }
        guard (start..<end).allSatisfy({ tokens[$0].isTitleCase || tokens[$0].classes.contains(.particle) }) else {
            keep(start, end, fallback: nil)
            return
        }
        if count == 1, last.classes.contains(.givenName), !last.classes.contains(.commonGivenName),
           !last.isSentenceInitial {
            keep(start, end, fallback: (.person, "gazetteer.given_name"))
        } else if let rule = personContext(start, end) {
            keep(start, end, fallback: (.person, rule))
        } else {
            keep(start, end, fallback: nil)
        }
    }

    /// Emits a gazetteer match, or nothing for party adjectives, demonyms and non-entities.
    private mutating func emitGazetteer(_ entry: GazetteerEntry, _ start: Int, _ end: Int) {
        guard case let .entity(kind) = entry.role else { return }
        emit(kind, start, end, rule: entry.rule, canonical: entry.canonical)
    }

    /// "Don Valley North", "Ottawa Centre": a place or place head, then a compass word. "North Vancouver": the reverse.
    private func districtKind(_ start: Int, _ end: Int) -> Entity.Kind? {
        if tokens[end - 1].classes.contains(.compass) {
            if (start..<(end - 1)).contains(where: { tokens[$0].classes.contains(.locationHead) }) { return .geopolitical }
            if let (entry, matchEnd) = gazetteerMatch(at: start, limit: end - 1, loose: false), matchEnd == end - 1,
               entry.role == .entity(.geopolitical) { return .geopolitical }
        }
        if tokens[start].classes.contains(.compass), end - start >= 2,
           let (entry, matchEnd) = gazetteerMatch(at: start + 1, limit: end, loose: false), matchEnd == end,
           entry.role == .entity(.geopolitical) { return .geopolitical }
        return nil
    }

    /// "CityNews": a compound whose capitalised tail is an organisation head.
    private func isCamelCaseOrganization(_ word: String) -> Bool {
        let scalars = Array(word.unicodeScalars)
        for index in 1..<scalars.count where scalars[index].properties.isUppercase && scalars[index - 1].properties.isLowercase {
            let tail = String(String.UnicodeScalarView(scalars[index...]))
            if lexicon.classesByWord[tail]?.contains(.organizationHead) ?? false { return true }
        }
        return false
    }

    /// Whether the run is only titles, modifiers, party words, nationalities and the like ("Independent MP",
    /// "Prime Minister"): no name at all.
    private func onlyDescriptors(_ start: Int, _ end: Int) -> Bool {
        var index = end - 1
        while index >= start {
            let token = tokens[index]
            if let length = titleLength(endingAt: index, from: start) {
                index -= length
                continue
            }
            let descriptor: EntityWordClass = [.titleModifier, .function, .demonym, .partyAdjective, .number, .nonEntity]
            guard !token.classes.isDisjoint(with: descriptor) || token.classes.contains(.title) else { return false }
            index -= 1
        }
        return true
    }

    /// "Prime Minister Justin Trudeau", "Consul General Han", "Mr. Dong": a title inside the run, then the name.
    private mutating func titleSplit(_ start: Int, _ end: Int) -> Bool {
        var index = end - 2
        while index >= start {
            if let length = titleLength(endingAt: index, from: start) {
                let nameStart = index + 1
                let titleStart = index - length + 1
                let nameCount = end - nameStart
                let titleToken = tokens[index]
                let strong = length > 1 || titleToken.isAllCaps || word(index, endsWith: UInt8(ascii: "."))
                    || lexicon.titleGender[lowerWord(index)] != nil
                let firstIsGiven = tokens[nameStart].classes.contains(.givenName)
                guard nameCount <= 4, strong || nameCount == 1 || firstIsGiven,
                      !(nameStart..<end).contains(where: { !tokens[$0].isCapitalized && !tokens[$0].classes.contains(.particle) }),
                      !onlyDescriptors(nameStart, end) else { return false }
                if let (entry, matchEnd) = gazetteerMatch(at: nameStart, limit: end, loose: false), matchEnd == end {
                    emitGazetteer(entry, nameStart, end)
                } else {
                    var gender = lexicon.titleGender[(titleStart..<nameStart).map { self.lowerWord($0) }.joined(separator: " ")]
                    if gender == nil, nameCount >= 2 { gender = genderOfGivenName(word(nameStart)) }
                    emit(.person, nameStart, end, rule: "context.title", title: span(start, through: index), gender: gender)
                }
                if titleStart > start { classify(start, titleStart) }
                return true
            }
            index -= 1
        }
        return false
    }

    /// A given name, then one to three more capitalised words (particles and a suffix allowed): "Michael Chong".
    private func isGivenNamePerson(_ start: Int, _ end: Int) -> Bool {
        let count = end - start
        guard (2...4).contains(count) else { return false }
        let first = tokens[start]
        let isInitial = first.isAllCaps && word(start, endsWith: UInt8(ascii: "."))
        guard first.classes.contains(.givenName) || isInitial else { return false }
        for index in (start + 1)..<end {
            let token = tokens[index]
            if token.classes.contains(.particle) && !token.isCapitalized { continue }
            guard token.isCapitalized, !token.classes.contains(.connector), !token.classes.contains(.function) || token.classes.contains(.nameSuffix) else { return false }
        }
        return !tokens[end - 1].classes.contains(.title) && !tokens[end - 1].classes.contains(.demonym)
    }

    func genderOfGivenName(_ name: String) -> PersonGender? { lexicon.givenNameGender[name] }

    /// "Canada-U.S.": a hyphenated word made only of gazetteer places.
    private func hyphenatedPlaces(_ index: Int) -> [(span: TextSpan, canonical: String)]? {
        let token = tokens[index]
        guard bytes[token.start..<token.end].contains(UInt8(ascii: "-")) else { return nil }
        var result: [(TextSpan, String)] = []
        var offset = token.start
        for part in word(index).split(separator: "-", omittingEmptySubsequences: false) {
            let word = String(part)
            guard let entry = lexicon.gazetteer[word]?.first(where: { $0.words.count == 1 }),
                  entry.role == .entity(.geopolitical) else { return nil }
            result.append((TextSpan(start: offset, end: offset + word.utf8.count), entry.canonical))
            offset += word.utf8.count + 1
        }
        return result.count >= 2 ? result : nil
    }
}
