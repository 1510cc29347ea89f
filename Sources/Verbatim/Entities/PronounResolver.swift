/// Resolves he/she/his/her to the most recent PERSON entity of a compatible gender and adds them to that entity as
/// pronoun mentions. A person's gender comes from an honorific ("Mr."), a given name, or the first pronoun resolved to
/// them. Offsets are **UTF-8 byte offsets**.
struct PronounResolver {
    /// Adds the pronouns in `pronouns` to `entities`. `genders` gives what names and titles told, by entity index.
    static func resolve(_ pronouns: [PronounMention], into entities: inout [Entity],
                        genders initial: [PersonGender?]) {
        guard !pronouns.isEmpty else { return }
        var genders = initial
        // Person name mentions in text order: (position, entity).
        var names: [(position: Int, entity: Int)] = []
        for entity in entities where entity.kind == .person {
            for mention in entity.mentions { names.append((mention.span.start, entity.index)) }
        }
        guard !names.isEmpty else { return }
        names.sort { $0.position < $1.position }
        var recent: [Int] = []  // entity indexes, most recent last
        var next = 0
        var added = [Bool](repeating: false, count: entities.count)
        for pronoun in pronouns.sorted(by: { $0.span < $1.span }) {
            while next < names.count, names[next].position < pronoun.span.start {
                let entity = names[next].entity
                recent.removeAll { $0 == entity }
                recent.append(entity)
                next += 1
            }
            guard let match = recent.last(where: { genders[$0] == nil || genders[$0] == pronoun.gender }) else { continue }
            if genders[match] == nil { genders[match] = pronoun.gender }
            recent.removeAll { $0 == match }
            recent.append(match)
            entities[match].mentions.append(Entity.Mention(span: pronoun.span, isPronoun: true, rule: "coreference.pronoun"))
            added[match] = true
        }
        for index in entities.indices where added[index] {
            entities[index].mentions.sort { $0.span < $1.span }
        }
    }
}
