/// Decides who a speaker mention refers to, by the fullest name the article gives: "Dong" and "Mr. Dong" are
/// "Han Dong"; "he" is the most recent person speaking or acting; "the spokesperson" is the earlier speaker with
/// that role. Holds the article's running state, so one resolver serves one article, in text order.
struct SpeakerResolver {
    /// A resolved speaker, remembered for later pronouns and descriptions.
    struct Resolved: Sendable {
        let name: String
        let title: String?
        let isPerson: Bool
        /// UTF-8 offset of the mention.
        let position: Int
    }

    private let lexicon: QuoteLexicon
    /// Fullest person-like name for each last word ("Dong" → "Han Dong").
    private let fullNames: [String: String]
    /// Person-like names that open a sentence, by UTF-8 position: the subjects pronouns usually refer to.
    private let subjects: [(position: Int, name: String)]
    /// `fullNames` keyed by lower-cased last word, for names written in capitals in transcripts.
    private let fullNamesByLowercase: [String: String]
    private(set) var history: [Resolved] = []
    private let entities: [Entity]
    private let names: ArticleNames

    init(lexicon: QuoteLexicon, names: ArticleNames, entities: [Entity]) {
        self.lexicon = lexicon
        self.fullNames = names.fullNames
        self.fullNamesByLowercase = Dictionary(names.fullNames.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { a, _ in a })
        self.subjects = names.subjects
        self.entities = entities
        self.names = names
    }

    /// Whether `name` is a person the article names in full, or the last word of one ("Pence", "PENCE").
    func knowsName(_ name: String) -> Bool {
        fullNames[name] != nil || fullNamesByLowercase[name.lowercased()] != nil || fullNames.values.contains(name)
    }

    /// The most recent speaker.
    var last: Resolved? { history.last }

    /// Resolves `phrase` and remembers the result. Returns the canonical name (nil when unknown) and the rule used.
    mutating func resolve(_ phrase: SpeakerPhrase) -> (name: String?, entity: Int?, rule: String) {
        let result = canonical(phrase)
        if let name = result.name {
            remember(Resolved(name: name, title: phrase.title, isPerson: result.isPerson, position: phrase.span.start))
        }
        return (result.name, result.entity, result.rule)
    }

    /// Records a speaker carried over without a mention (continuation paragraphs).
    mutating func remember(_ speaker: Resolved) {
        history.append(speaker)
        // Only recent speakers matter for pronouns and descriptions; a bounded history keeps long articles linear.
        if history.count > 64 { history.removeFirst(history.count - 32) }
    }

    /// The canonical name, linked to an entity when the entity layer ran: a name links through the entity it
    /// mentions; a pronoun or description links to the entity whose name it resolved to.
    private func canonical(_ phrase: SpeakerPhrase) -> (name: String?, entity: Int?, isPerson: Bool, rule: String) {
        if phrase.pronounClass?.hasPrefix("person") == true, let entity = pronounEntity(at: phrase.span) {
            // he/she: the entity layer's coreference decides, so a record never disagrees with itself.
            return (entities[entity].name, entity, true, "speaker.coreference")
        }
        if let nameSpan = phrase.nameSpan, let entity = entityIndex(covering: nameSpan) {
            let found = entities[entity]
            return (found.name, entity, found.kind == .person, "speaker.entity")
        }
        var result = resolveWithoutEntities(phrase)
        if let name = result.name {
            result.entity = entities.first { $0.name == name && ($0.kind == .person || $0.kind == .organization) }?.index
            if result.rule == "speaker.description" || result.rule == "speaker.description_group" {
                result.name = Self.caseFolded(name, roleNouns: lexicon.roleNouns)
            }
        }
        return result
    }

    private func resolveWithoutEntities(_ phrase: SpeakerPhrase) -> (name: String?, entity: Int?, isPerson: Bool, rule: String) {
        if let pronounClass = phrase.pronounClass {
            return resolvePronoun(pronounClass, at: phrase.span.start)
        }
        if let name = phrase.name {
            let words = name.utf8.split(separator: 0x20)
            if isOrganization(name) { return (name, nil, false, "speaker.organization") }
            if !entities.isEmpty, words.count == 1, fullNames[name] == nil,
               !entities.contains(where: { $0.kind == .person && $0.name.hasSuffix(name) }) {
                // One word that the entity layer does not know as a person ("Monsanto"): an organisation.
                return (name, nil, false, "speaker.organization")
            }
            if words.count == 1, let full = fullNames[name] ?? fullNamesByLowercase[name.lowercased()] {
                return (full, nil, true, "speaker.surname")
            }
            if words.count == 1, let organization = names.organizations.first(where: { $0.name.hasPrefix(name + " ") }) {
                // "Global" after "Global News": the short form of an organisation the article names.
                return (organization.name, nil, false, "speaker.organization_short")
            }
            return (name, nil, true, "speaker.name")
        }
        // A description: definite ones point back to an earlier speaker with the same role, indefinite ones stand alone.
        // Words split at space bytes (a space is never inside a multi-byte character).
        let head = phrase.text.utf8.split(separator: 0x20).last.map { String(Substring($0)).lowercased() } ?? ""
        let lowered = phrase.text.lowercased()
        let definite = lowered.hasPrefix("the ") || lowered.hasPrefix("this ")
        let position = phrase.span.start
        if lexicon.documentNouns.contains(head) {
            // "a report alleging", "the statement said": the latest organisation named or speaker, whichever is nearer.
            let organization = ArticleNames.last(names.organizations, before: position)
            let speaker = history.last
            if let organization, organization.position > (speaker?.position ?? -1) {
                return (organization.name, nil, false, "speaker.description_document")
            }
            if let speaker { return (speaker.name, nil, speaker.isPerson, "speaker.description_document") }
        }
        let isPlural = head.hasSuffix("s") && !head.hasSuffix("ss") && !lexicon.organizationHeads.contains(head)
        if definite, isPlural {
            // "the sources", "the officials": a group mentioned before, never a single person.
            if let earlier = history.last(where: { ($0.title ?? "").lowercased().hasSuffix(head) }) {
                return (earlier.name, nil, false, "speaker.description_group")
            }
            return (phrase.title ?? phrase.text, nil, false, "speaker.description_group")
        }
        if definite {
            if lexicon.organizationHeads.contains(head) {
                if let organization = ArticleNames.last(names.organizations, before: position) {
                    return (organization.name, nil, false, "speaker.description_organization")
                }
                if let earlier = history.last(where: { !$0.isPerson }) {
                    return (earlier.name, nil, false, "speaker.description_organization")
                }
            }
            if let earlier = history.last(where: { ($0.title ?? "").lowercased().split(separator: " ").contains(Substring(head)) }) {
                return (earlier.name, nil, earlier.isPerson, "speaker.description_role")
            }
            if let named = ArticleNames.lastRole(names.roles, head, before: position) {
                return (fullNames[named.name.split(separator: " ").last.map(String.init) ?? ""] ?? named.name, nil, true,
                        "speaker.description_role")
            }
            if let earlier = history.last(where: \.isPerson) {
                return (earlier.name, nil, true, "speaker.description_recent")
            }
        }
        // An indefinite description stands for itself; a person's role ("a UKIP spokesman") makes it a person.
        let isPersonRole = lexicon.roleNouns.contains(head) && !lexicon.organizationHeads.contains(head)
            && !lexicon.documentNouns.contains(head) && !isPlural
        return (phrase.title ?? phrase.text, nil, isPersonRole, "speaker.description")
    }

    private func resolvePronoun(_ pronounClass: String, at position: Int) -> (name: String?, entity: Int?, isPerson: Bool, rule: String) {
        let wantsPerson = pronounClass.hasPrefix("person")
        if !wantsPerson {
            // they/it: the latest organisation or group, spoken or just named, whichever is nearer.
            let speaker = history.suffix(4).last { !$0.isPerson }
            let organization = ArticleNames.last(names.organizations, before: position)
            if let organization, organization.position > (speaker?.position ?? -1) {
                return (organization.name, nil, false, "speaker.pronoun_organization")
            }
            if let recent = speaker ?? history.last { return (recent.name, nil, recent.isPerson, "speaker.pronoun_speaker") }
            return (nil, nil, false, "speaker.pronoun_unresolved")
        }
        // he/she: the last person speaking, or the last person opening a sentence, whichever is nearer.
        let speaker = history.last { $0.isPerson }
        let subject = wantsPerson ? ArticleNames.last(subjects, before: position) : nil
        switch (speaker, subject) {
        case let (speaker?, subject?):
            if subject.position > speaker.position { return (subject.name, nil, true, "speaker.pronoun_subject") }
            return (speaker.name, nil, speaker.isPerson, "speaker.pronoun_speaker")
        case let (speaker?, nil):
            return (speaker.name, nil, speaker.isPerson, "speaker.pronoun_speaker")
        case let (nil, subject?):
            return (subject.name, nil, true, "speaker.pronoun_subject")
        case (nil, nil):
            return (nil, nil, wantsPerson, "speaker.pronoun_unresolved")
        }
    }

    /// A description whose first word is a role noun capitalised only by its place ("Analysts said", "Police
    /// say", "Senior officials") in the form it has mid-sentence, so one generic source has one name ("analysts",
    /// "police"). A description with other capitalised words ("Department for Work and Pensions spokeswoman") is
    /// left as written.
    static func caseFolded(_ description: String, roleNouns: Set<String>) -> String {
        let words = description.split(separator: " ")
        guard let first = words.first, let initial = first.first, initial.isUppercase,
              first.dropFirst().allSatisfy({ !$0.isUppercase }), roleNouns.contains(first.lowercased()),
              words.dropFirst().allSatisfy({ !($0.first?.isUppercase ?? false) }) else { return description }
        return initial.lowercased() + description.dropFirst()
    }

    private func isOrganization(_ name: String) -> Bool {
        guard let last = name.utf8.split(separator: 0x20).last.map(Substring.init) else { return false }
        return lexicon.organizationHeads.contains(last.lowercased()) || name.allSatisfy { $0.isUppercase || $0 == " " } && name.count <= 6
    }

    /// The person the entity layer resolved the pronoun at `span` to.
    private func pronounEntity(at span: TextSpan) -> Int? {
        entities.first { $0.kind == .person && $0.mentions.contains { $0.isPronoun && $0.span.overlaps(span) } }?.index
    }

    /// The entity a name mention refers to: a person or organisation with a non-pronoun mention overlapping `span`,
    /// persons first.
    private func entityIndex(covering span: TextSpan) -> Int? {
        var organization: Int?
        for entity in entities where entity.kind == .person || entity.kind == .organization {
            guard entity.mentions.contains(where: { !$0.isPronoun && $0.span.overlaps(span) }) else { continue }
            if entity.kind == .person { return entity.index }
            organization = organization ?? entity.index
        }
        return organization
    }
}
