import Verbatim

extension StoredArticle {
    /// Keys of a `verbatim/1` line that have their own columns or tables; every other key is metadata.
    static let ownedKeys: Set<String> = [
        "schema", "id", "source", "offset_unit", "text", "paragraphs", "sentences", "boilerplate", "quotes",
        "entities", "stats", "error", "options",
    ]

    /// Parses one output line (with or without its trailing newline).
    /// - Throws: `StoreError.invalidLine` when the line is not a `verbatim/1` JSON object with an `id`.
    init(line: [UInt8]) throws(StoreError) {
        let value: JSONValue
        do {
            value = try JSONParser.parse(line)
        } catch {
            throw StoreError(.invalidLine, "not valid JSON (\(error.reason) at byte \(error.offset)); "
                             + "give the output of 'verbatim extract' (a cut-off last line can be dropped)")
        }
        guard case let .object(members) = value else {
            throw StoreError(.invalidLine, "a JSON value but not an object: each line must be one verbatim/1 record")
        }
        guard let schema = value["schema"]?.stringValue else {
            throw StoreError(.invalidLine, "no \"schema\":\"verbatim/1\" field: this is not 'verbatim extract' output")
        }
        guard schema == RecordEncoder.schema else {
            throw StoreError(.invalidLine, "the record has schema \"\(schema)\", not \"\(RecordEncoder.schema)\": load it with "
                             + "the Verbatim version that wrote it, or re-run 'verbatim extract' to get verbatim/1 lines")
        }
        guard let id = value["id"]?.stringValue else {
            throw StoreError(.invalidLine, "the record has no string \"id\"")
        }
        self.id = id
        self.source = value["source"]?.stringValue ?? id
        var metadata = JSONWriter()
        metadata.value(.object(members.filter { !Self.ownedKeys.contains($0.key) }))
        self.metadataJSON = String(decoding: metadata.bytes, as: UTF8.self)
        self.text = value["text"]?.stringValue
        self.errorCode = value["error"]?["code"]?.stringValue
        self.errorMessage = value["error"]?["message"]?.stringValue
        let stats = value["stats"]
        self.bytes = stats?["bytes"].flatMap(Self.integer)
        self.codepoints = stats?["codepoints"].flatMap(Self.integer)
        self.paragraphs = stats?["paragraphs"].flatMap(Self.integer)
        self.sentences = stats?["sentences"].flatMap(Self.integer)
        self.quoteCount = stats?["quotes"].flatMap(Self.integer)
        self.entityCount = stats?["entities"].flatMap(Self.integer)
        // Ids are keys in the database: a repeated id (never written by Verbatim) keeps its first row only.
        var quoteIDs = Set<String>(), entityIDs = Set<String>()
        self.quotes = Self.array(value["quotes"]).enumerated().map { Self.quote($1, index: $0) }
            .filter { quoteIDs.insert($0.id).inserted }
        self.entities = Self.array(value["entities"]).enumerated().map { Self.entity($1, index: $0) }
            .filter { entityIDs.insert($0.id).inserted }
    }

    private static func quote(_ value: JSONValue, index: Int) -> Quote {
        let cue = value["cue"]
        let speaker = value["speaker"]
        return Quote(
            id: value["id"]?.stringValue ?? "Q\(index)",
            start: value["start"].flatMap(integer) ?? 0,
            end: value["end"].flatMap(integer) ?? 0,
            text: value["text"]?.stringValue ?? "",
            type: value["type"]?.stringValue ?? "",
            group: value["group"].flatMap(integer),
            rule: value["rule"]?.stringValue,
            cueStart: cue?["start"].flatMap(integer),
            cueEnd: cue?["end"].flatMap(integer),
            cueText: cue?["text"]?.stringValue,
            cueLemma: cue?["lemma"]?.stringValue,
            speakerStart: speaker?["start"].flatMap(integer),
            speakerEnd: speaker?["end"].flatMap(integer),
            speakerText: speaker?["text"]?.stringValue,
            speakerName: value["speaker_name"]?.stringValue,
            speakerTitle: value["speaker_title"]?.stringValue,
            speakerEntity: value["speaker_entity"]?.stringValue,
            speakerRule: value["speaker_rule"]?.stringValue)
    }

    private static func entity(_ value: JSONValue, index: Int) -> Entity {
        var titles = JSONWriter()
        titles.value(value["titles"] ?? .array([]))
        let mentions = array(value["mentions"]).map { mention in
            Mention(start: mention["start"].flatMap(integer) ?? 0,
                    end: mention["end"].flatMap(integer) ?? 0,
                    text: mention["text"]?.stringValue ?? "",
                    pronoun: mention["pronoun"] == .bool(true))
        }
        return Entity(id: value["id"]?.stringValue ?? "E\(index)",
                      name: value["name"]?.stringValue ?? "",
                      type: value["type"]?.stringValue ?? "",
                      titlesJSON: String(decoding: titles.bytes, as: UTF8.self),
                      mentions: mentions)
    }

    private static func array(_ value: JSONValue?) -> [JSONValue] {
        if case let .array(items)? = value { return items }
        return []
    }

    private static func integer(_ value: JSONValue) -> Int64? {
        guard case let .number(number) = value else { return nil }
        if let integer = number.int64 { return integer }
        let double = number.double
        guard double.isFinite, abs(double) < 9e15 else { return nil }
        return Int64(double)
    }
}
