/// The entity stage: finds PERSON, ORG, GPE and LOC mentions in the article body with rules and gazetteers, clusters
/// them into entities, and resolves he/she/his/her to people. Every span is in **UTF-8 byte offsets**.
///
/// Mentions inside boilerplate are skipped. Pronoun mentions (`isPronoun`) link speakers to people; they are not
/// named-entity mentions.
public struct EntityRecognizer: Stage {
    public let name = "entities"
    public let requires: Set<Layer> = [.paragraphs, .sentences, .boilerplate]
    public let provides: Set<Layer> = [.entities]
    let lexicon: EntityLexicon

    public init(lexicon: EntityLexicon) {
        self.lexicon = lexicon
    }

    public func process(_ document: inout Document) throws(ArticleError) {
        let masked = document.boilerplate.map(\.span)
        var finder = MentionFinder(lexicon: lexicon, bytes: document.utf8)
        var maskIndex = 0
        for sentence in document.sentences {
            while maskIndex < masked.count, masked[maskIndex].end <= sentence.start { maskIndex += 1 }
            if maskIndex < masked.count, masked[maskIndex].contains(sentence) { continue }
            finder.scan(sentence: sentence)
        }
        let snapshot = document
        let body = { (span: TextSpan) -> Bool in masked.isEmpty || !snapshot.isBoilerplate(span) }
        let bytes = document.utf8
        let text = { (span: TextSpan) -> String in String(decoding: bytes[span.start..<span.end], as: UTF8.self) }
        var (candidates, unresolved, pronouns, names) = finder.takeFindings()
        // Pairings point into the unfiltered candidates; re-point them.
        if !masked.isEmpty, candidates.contains(where: { !body($0.span) }) {
            var newIndex: [Int: Int] = [:]
            var kept = 0
            for index in candidates.indices where body(candidates[index].span) {
                newIndex[index] = kept
                kept += 1
            }
            candidates.removeAll { !body($0.span) }
            for index in unresolved.indices {
                unresolved[index].pairedCandidate = unresolved[index].pairedCandidate.flatMap { newIndex[$0] }
            }
        }
        if !masked.isEmpty {
            unresolved.removeAll { !body($0.span) }
            pronouns.removeAll { !body($0.span) }
        }
        var resolver = AliasResolver(lexicon: lexicon, names: names, candidates: candidates, text: text)
        let mentions = resolver.resolve(unresolved, candidates: candidates, text: text)
        var (entities, genders) = EntityClusterer.cluster(Self.withoutOverlaps(mentions), names: names, text: text)
        // Genders serve only to resolve pronouns.
        for entity in entities where !pronouns.isEmpty && entity.kind == .person && genders[entity.index] == nil {
            // Words split at space bytes (a space is never inside a multi-byte character).
            let words = entity.name.utf8.split(separator: 0x20)
            if words.count >= 2, let gender = lexicon.givenNameGender[String(Substring(words[0]))] { genders[entity.index] = gender }
        }
        let table = lexicon.tokenizer.lowerTable
        PronounResolver.resolve(pronouns, into: &entities, genders: genders, sentences: document.sentences,
                                bytes: bytes) { word in
            word.withUnsafeBufferPointer { table.lookup($0.baseAddress!, $0.count, fold: true) }
        }
        document.entities = entities
    }

    /// Mentions with overlapping spans keep the earlier-starting, longer one.
    private static func withoutOverlaps(_ mentions: consuming [MentionCandidate]) -> [MentionCandidate] {
        var sorted = mentions
        sorted.sort { $0.span.start != $1.span.start ? $0.span.start < $1.span.start : $0.span.end > $1.span.end }
        // Kept mentions gather at the front, in order.
        var kept = 0
        for index in sorted.indices {
            if kept > 0, sorted[kept - 1].span.overlaps(sorted[index].span) { continue }
            sorted.swapAt(kept, index)
            kept += 1
        }
        sorted.removeSubrange(kept...)
        return sorted
    }
}
