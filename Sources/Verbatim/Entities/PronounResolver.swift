/// Resolves he/she/his/her to a PERSON entity of a compatible gender and adds them to that entity as pronoun
/// mentions: the one coreference of the pipeline, which the quote stage reads for pronoun speakers. Offsets are
/// **UTF-8 byte offsets**.
///
/// A pronoun goes to the person last mentioned before it in its own sentence ("Johnston said he was advised"), else
/// to the person most recently in subject position within the two sentences before (the first person a sentence
/// mentions, or one followed by a reporting verb: "Smith said"), else to the most recent person mentioned. A
/// person's gender comes from an honorific ("Mr."), a given name, or the first pronoun resolved to them; a pronoun
/// never goes to a person of the other gender. When someone the entity layer does not name speaks after that person
/// ("a political scientist says ..., he points out"), the pronoun stays unresolved: the quote stage then links it
/// to that speaker, and the entity layer never claims it.
struct PronounResolver {
    /// One person mention in text order.
    private struct Mention {
        let position: Int
        let entity: Int
        let sentence: Int
        let isSubject: Bool
    }

    /// Adds the pronouns in `pronouns` to `entities`. `genders` gives what names and titles told, by entity index;
    /// `sentences` are the document's sentence spans; `classes` gives a word's lexicon classes from its bytes (any case).
    static func resolve(_ pronouns: [PronounMention], into entities: inout [Entity], genders initial: [PersonGender?],
                        sentences: [TextSpan], bytes: [UInt8], classes: (ArraySlice<UInt8>) -> EntityWordClass) {
        guard !pronouns.isEmpty else { return }
        var genders = initial
        var mentions: [Mention] = []
        for entity in entities where entity.kind == .person {
            for mention in entity.mentions {
                let sentence = sentenceIndex(of: mention.span.start, in: sentences)
                mentions.append(Mention(position: mention.span.start, entity: entity.index, sentence: sentence,
                                        isSubject: isSubject(mention.span, sentence: sentence, sentences, bytes, classes)))
            }
        }
        guard !mentions.isEmpty else { return }
        mentions.sort { $0.position < $1.position }
        // The first person a sentence mentions is its subject, or near it.
        for index in mentions.indices where index == 0 || mentions[index - 1].sentence != mentions[index].sentence {
            let first = mentions[index]
            mentions[index] = Mention(position: first.position, entity: first.entity, sentence: first.sentence,
                                      isSubject: true)
        }
        var seen: [Mention] = []  // person mentions before the pronoun, resolved pronouns included, in text order
        var next = 0
        var added = [Bool](repeating: false, count: entities.count)
        for pronoun in pronouns.sorted(by: { $0.span < $1.span }) {
            while next < mentions.count, mentions[next].position < pronoun.span.start {
                seen.append(mentions[next])
                next += 1
            }
            let sentence = sentenceIndex(of: pronoun.span.start, in: sentences)
            // A name quoted in the pronoun's own sentence is no antecedent for it ("... Kovrig," he wrote).
            let compatible = { (mention: Mention) in
                (genders[mention.entity] == nil || genders[mention.entity] == pronoun.gender)
                    && !(mention.sentence == sentence
                         && hasQuotationMark(bytes, from: mention.position, to: pronoun.span.start))
            }
            let sameSentence = seen.last { $0.sentence == sentence && compatible($0) }
            let subject = seen.last { $0.isSubject && $0.sentence >= sentence - 2 && compatible($0) }
            guard let candidate = sameSentence ?? subject ?? seen.last(where: compatible) else { continue }
            if let speaker = unnamedSpeaker(before: pronoun.span.start, from: sentences[max(sentence - 2, 0)].start,
                                            entities: entities, bytes: bytes, classes: classes),
               speaker > candidate.position {
                continue
            }
            let match = candidate.entity
            if genders[match] == nil { genders[match] = pronoun.gender }
            entities[match].mentions.append(Entity.Mention(span: pronoun.span, isPronoun: true, rule: "coreference.pronoun"))
            added[match] = true
            seen.append(Mention(position: pronoun.span.start, entity: match, sentence: sentence,
                                isSubject: isSubject(pronoun.span, sentence: sentence, sentences, bytes, classes)))
        }
        for index in entities.indices where added[index] {
            entities[index].mentions.sort { $0.span < $1.span }
        }
    }

    /// The position of the last reporting verb between `start` and `end` (UTF-8 offsets) whose subject is someone
    /// the entity layer does not name: the word before it is capitalised (not at the sentence's start) or a title or
    /// role ("officials", "spokesperson"), and ends no person mention.
    private static func unnamedSpeaker(before end: Int, from start: Int, entities: [Entity],
                                       bytes: [UInt8], classes: (ArraySlice<UInt8>) -> EntityWordClass) -> Int? {
        var found: Int?
        var position = start
        var previousWordEnd = -1
        var previousIsSource = false
        while position < end {
            guard isLetter(bytes[position]) else { position += 1; continue }
            var wordEnd = position
            while wordEnd < end, isLetter(bytes[wordEnd]) { wordEnd += 1 }
            let wordClasses = classes(bytes[position..<wordEnd])
            if wordClasses.contains(.cueVerb), previousWordEnd >= 0, previousIsSource {
                let named = entities.contains { entity in
                    entity.kind == .person && entity.mentions.contains { mention in
                        mention.span.end <= position && mention.span.end >= previousWordEnd
                    }
                }
                if !named { found = position }
            }
            let capitalized = (bytes[position] &- 0x41) < 26 && position > start
            previousIsSource = (capitalized || !wordClasses.isDisjoint(with: [.title, .organizationHead]))
                && !wordClasses.contains(.pronoun)
            previousWordEnd = wordEnd
            position = wordEnd
        }
        return found
    }

    /// The index of the sentence holding UTF-8 offset `position` (the last one starting at or before it).
    private static func sentenceIndex(of position: Int, in sentences: [TextSpan]) -> Int {
        var low = 0
        var high = sentences.count
        while low < high {
            let middle = (low + high) / 2
            if sentences[middle].start <= position { low = middle + 1 } else { high = middle }
        }
        return max(low - 1, 0)
    }

    /// Whether the mention at `span` opens its sentence (after opening quotation marks) or is followed by a
    /// reporting verb.
    private static func isSubject(_ span: TextSpan, sentence: Int, _ sentences: [TextSpan], _ bytes: [UInt8],
                                  _ classes: (ArraySlice<UInt8>) -> EntityWordClass) -> Bool {
        if sentence < sentences.count {
            var start = sentences[sentence].start
            while start < span.start, !Self.isLetter(bytes[start]) && bytes[start] < 0x80 { start += 1 }
            if start == span.start { return true }
        }
        var position = span.end
        while position < bytes.count, bytes[position] == 0x20 || bytes[position] == 0x2C { position += 1 }
        var end = position
        while end < bytes.count, Self.isLetter(bytes[end]) { end += 1 }
        guard end > position else { return false }
        return classes(bytes[position..<end]).contains(.cueVerb)
    }

    /// Whether a quotation mark (straight or curly double) lies between UTF-8 offsets `start` and `end`.
    private static func hasQuotationMark(_ bytes: [UInt8], from start: Int, to end: Int) -> Bool {
        var position = start
        while position < end {
            if bytes[position] == 0x22 { return true }
            if bytes[position] == 0xE2, position + 2 < end, bytes[position + 1] == 0x80,
               bytes[position + 2] == 0x9C || bytes[position + 2] == 0x9D {
                return true
            }
            position += 1
        }
        return false
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }
}
