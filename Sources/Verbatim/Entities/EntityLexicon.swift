/// The gazetteers and word lists that drive entity recognition, loaded and validated from `Models/entities/`.
///
/// Every list is a `LexiconFile` (one entry a line, tab-separated fields, `#` comments); errors name the file and
/// line. Names are stored as words split the way `EntityTokenizer` splits text, so a match is a comparison of words.
public struct EntityLexicon: Sendable {
    /// Word classes by lower-cased word (titles, function words, pronouns, ...).
    let classesByLower: [String: EntityWordClass]
    /// Word classes by the word as written (heads, given names, gazetteer first words, ...).
    let classesByWord: [String: EntityWordClass]
    /// The gender each given name tells, when it tells one.
    let givenNameGender: [String: PersonGender]
    /// The gender of each pronoun, by lower-cased form.
    let pronounGender: [String: PersonGender]
    /// The gender an honorific or role tells ("mr." → male), by lower-cased form.
    let titleGender: [String: PersonGender]
    /// Multi-word titles as lower-cased words, by their last word, longest first.
    let multiWordTitles: [String: [[String]]]
    /// Gazetteer entries by their first word as written, longest first.
    let gazetteer: [String: [GazetteerEntry]]
    /// Gazetteer entries that are not acronyms, with lower-cased words, by lower-cased first word (for headlines
    /// in capitals), longest first.
    let gazetteerByLower: [String: [GazetteerEntry]]
    /// The entries of `gazetteer` by the first word's `EntityToken.exactEntry`, laid out flat, so that a token finds
    /// and tries its entries without hashing its word again or copying references.
    let gazetteerIndex: GazetteerIndex
    /// The tokenizer configured with this lexicon's abbreviations and modifier suffixes.
    let tokenizer: EntityTokenizer

    /// Loads and validates every list in `directory` (the `Models/entities` folder).
    public init(directory: String) throws(ModelError) {
        func file(_ name: String, fields: ClosedRange<Int> = 1...1) throws(ModelError) -> LexiconFile {
            try LexiconFile(path: directory + "/" + name, fields: fields)
        }
        let gazetteerFiles: [(name: String, fields: ClosedRange<Int>, rule: String, role: GazetteerEntry.Role?)] = [
            ("political-parties.tsv", 2...2, "gazetteer.party", nil),
            ("government-bodies.txt", 1...1, "gazetteer.government_body", .entity(.organization)),
            ("news-outlets.txt", 1...1, "gazetteer.news_outlet", .entity(.organization)),
            ("organizations.txt", 1...1, "gazetteer.organization", .entity(.organization)),
            ("countries.tsv", 1...2, "gazetteer.country", .entity(.geopolitical)),
            ("regions.tsv", 1...2, "gazetteer.region", .entity(.geopolitical)),
            ("cities.txt", 1...1, "gazetteer.city", .entity(.geopolitical)),
            ("locations.txt", 1...1, "gazetteer.location", .entity(.location)),
            ("demonyms.txt", 1...1, "gazetteer.demonym", .demonym),
            ("non-entities.txt", 1...1, "gazetteer.non_entity", .nonEntity),
        ]
        var lower: [String: EntityWordClass] = [:]
        var exact: [String: EntityWordClass] = [:]
        var dotted: Set<String> = []
        func noteDotted(_ phrase: String) {
            // Words split at space bytes (a space is never inside a multi-byte character): "St." in "St. Louis".
            for word in phrase.utf8.split(separator: 0x20) where word.last == 0x2E && word.count > 1 {
                dotted.insert(String(Substring(word)))
            }
        }
        func addLower(_ word: String, _ cls: EntityWordClass) { lower[word.lowercased(), default: []].formUnion(cls) }
        func addExact(_ word: String, _ cls: EntityWordClass) { exact[word, default: []].formUnion(cls) }

        // Single-word lists.
        let singleLists: [(String, EntityWordClass, Bool)] = [
            ("title-modifiers.txt", .titleModifier, true), ("function-words.txt", .function, true),
            ("number-words.txt", .number, true), ("person-cue-verbs.txt", .cueVerb, true),
            ("name-connectors.txt", .connector, true), ("appositive-openers.txt", .appositiveOpener, true),
            ("party-bodies.txt", .partyBody, true), ("name-particles.txt", .particle, true),
            ("organization-heads.txt", .organizationHead, false), ("organization-suffixes.txt", .organizationSuffix, false),
            ("location-heads.txt", .locationHead, false), ("facility-heads.txt", .facilityHead, false),
            ("compass-words.txt", .compass, false), ("name-suffixes.txt", .nameSuffix, false),
        ]
        for (name, cls, byLower) in singleLists {
            for entry in try file(name).entries {
                let word = entry.fields[0]
                guard !word.contains(" ") else {
                    throw ModelError(path: directory + "/" + name, line: entry.line,
                                     message: "one word a line: '\(word)' has a space")
                }
                noteDotted(word)
                if byLower { addLower(word, cls) } else { addExact(word, cls) }
            }
        }
        let hyphenSuffixes = Set(try file("hyphen-suffixes.txt").words.map { $0.lowercased() })

        // Titles: single words are classes, multi-word titles are matched word by word.
        var titleGender: [String: PersonGender] = [:]
        var multiWordTitles: [String: [[String]]] = [:]
        for entry in try file("person-titles.tsv", fields: 1...2).entries {
            let title = entry.fields[0]
            noteDotted(title)
            let words = title.lowercased().split(separator: " ").map(String.init)
            if entry.fields.count == 2 {
                guard let gender = PersonGender(field: entry.fields[1]) else {
                    throw ModelError(path: directory + "/person-titles.tsv", line: entry.line,
                                     message: "the gender must be 'm' or 'f', found '\(entry.fields[1])'")
                }
                titleGender[words.joined(separator: " ")] = gender
            }
            if words.count == 1 {
                addLower(words[0], .title)
            } else {
                addLower(words[words.count - 1], .titleEnd)
                multiWordTitles[words[words.count - 1], default: []].append(words)
            }
        }
        for key in multiWordTitles.keys { multiWordTitles[key]!.sort { $0.count > $1.count } }

        var pronounGender: [String: PersonGender] = [:]
        for entry in try file("pronouns.tsv", fields: 2...2).entries {
            guard let gender = PersonGender(field: entry.fields[1]) else {
                throw ModelError(path: directory + "/pronouns.tsv", line: entry.line,
                                 message: "the gender must be 'm' or 'f', found '\(entry.fields[1])'")
            }
            pronounGender[entry.fields[0].lowercased()] = gender
            addLower(entry.fields[0], .pronoun)
            addLower(entry.fields[0], gender == .female ? .femalePronoun : .malePronoun)
        }

        var givenNameGender: [String: PersonGender] = [:]
        for entry in try file("given-names.tsv", fields: 2...3).entries {
            let name = entry.fields[0]
            guard ["m", "f", "u"].contains(entry.fields[1]) else {
                throw ModelError(path: directory + "/given-names.tsv", line: entry.line,
                                 message: "the gender must be 'm', 'f' or 'u', found '\(entry.fields[1])'")
            }
            if entry.fields.count == 3 {
                guard entry.fields[2] == "common" else {
                    throw ModelError(path: directory + "/given-names.tsv", line: entry.line,
                                     message: "the third field may only be 'common', found '\(entry.fields[2])'")
                }
                addExact(name, [.givenName, .commonGivenName])
            } else {
                addExact(name, .givenName)
            }
            givenNameGender[name] = PersonGender(field: entry.fields[1])
        }

        // Gazetteers: every phrase's abbreviations must be known before any phrase is split into words.
        var loaded: [(LexiconFile, String, GazetteerEntry.Role?)] = []
        for spec in gazetteerFiles {
            let lexicon = try file(spec.name, fields: spec.fields)
            for entry in lexicon.entries { noteDotted(entry.fields[0]) }
            loaded.append((lexicon, spec.rule, spec.role))
        }
        let splitter = EntityTokenizer(dottedWords: dotted, hyphenSuffixes: [], classesByLower: [:], classesByWord: [:])
        var gazetteer: [String: [GazetteerEntry]] = [:]
        var seen: Set<[String]> = []
        for (lexicon, rule, fixedRole) in loaded {
            for entry in lexicon.entries {
                let phrase = entry.fields[0]
                let bytes = Array(phrase.utf8)
                let tokens = splitter.tokens(in: bytes, span: TextSpan(start: 0, end: bytes.count))
                let covers = tokens.first?.start == 0 && tokens.last?.fullEnd == bytes.count
                guard covers, tokens.dropFirst().allSatisfy(\.joinedToPrevious) else {
                    throw ModelError(path: lexicon.path, line: entry.line,
                                     message: "'\(phrase)' has punctuation between its words that text would split; write it with single spaces between words")
                }
                let words = tokens.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
                guard seen.insert(words + tokens.map { $0.isPossessive ? "'s" : "" }).inserted else { continue }
                var role: GazetteerEntry.Role
                if let fixedRole {
                    role = fixedRole
                } else {
                    switch entry.fields[1] {
                    case "adjective": role = .partyAdjective
                    case "plural", "name": role = .entity(.organization)
                    default:
                        throw ModelError(path: lexicon.path, line: entry.line,
                                         message: "the role must be 'adjective', 'plural' or 'name', found '\(entry.fields[1])'")
                    }
                }
                let canonical = fixedRole != nil && entry.fields.count == 2 ? entry.fields[1] : phrase
                let isAcronym = tokens.allSatisfy(\.isAllCaps) || phrase.count <= 3
                let item = GazetteerEntry(words: words, possessive: tokens.map(\.isPossessive), role: role,
                                          canonical: canonical, rule: rule, isAcronym: isAcronym)
                gazetteer[words[0], default: []].append(item)
                addExact(words[0], .gazetteerStart)
                if words.count == 1 {
                    switch role {
                    case .demonym: addExact(words[0], .demonym)
                    case .partyAdjective: addExact(words[0], .partyAdjective)
                    case .nonEntity: addExact(words[0], .nonEntity)
                    case .entity: break
                    }
                }
            }
        }
        var byLower: [String: [GazetteerEntry]] = [:]
        for key in gazetteer.keys {
            gazetteer[key]!.sort { $0.words.count > $1.words.count }
            for item in gazetteer[key]! where !item.isAcronym {
                let lowered = GazetteerEntry(words: item.words.map { $0.lowercased() }, possessive: item.possessive,
                                             role: item.role, canonical: item.canonical, rule: item.rule,
                                             isAcronym: false)
                byLower[lowered.words[0], default: []].append(lowered)
            }
        }
        for key in byLower.keys { byLower[key]!.sort { $0.words.count > $1.words.count } }

        self.classesByLower = lower
        self.classesByWord = exact
        self.givenNameGender = givenNameGender
        self.pronounGender = pronounGender
        self.titleGender = titleGender
        self.multiWordTitles = multiWordTitles
        self.gazetteer = gazetteer
        self.gazetteerByLower = byLower
        let tokenizer = EntityTokenizer(dottedWords: dotted, hyphenSuffixes: hyphenSuffixes,
                                        classesByLower: lower, classesByWord: exact)
        var gazetteerLists = [[GazetteerEntry]](repeating: [], count: tokenizer.exactCount)
        for (word, entries) in gazetteer {
            // Every first word was added to `exact` with `.gazetteerStart`, so the tokenizer's table has it.
            gazetteerLists[tokenizer.exactIndex(of: word)!] = entries
        }
        self.gazetteerIndex = GazetteerIndex(groups: gazetteerLists)
        self.tokenizer = tokenizer
    }
}
