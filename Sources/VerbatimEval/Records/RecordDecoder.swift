import Verbatim

/// Reads one JSON line, gold or prediction, into an `ArticleRecord`.
///
/// Accepts the common gold format of `docs/gold-and-metrics.md`, the Zyte benchmark format (`articleBody`), and
/// Verbatim output lines (schema `verbatim/1`, including error lines). Unknown fields are ignored. Offsets are
/// taken as **Unicode code points**, as both formats specify.
public enum RecordDecoder {
    /// Decodes one line of JSON text.
    public static func decode(line bytes: [UInt8], path: String = "", lineNumber: Int = 0) throws(RecordDecodingError)
        -> ArticleRecord {
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes)
        } catch {
            throw RecordDecodingError(path: path, line: lineNumber,
                                      message: "not valid JSON (\(error.reason) at byte \(error.offset))")
        }
        return try decode(value, path: path, lineNumber: lineNumber)
    }

    /// Decodes one parsed JSON object.
    public static func decode(_ value: JSONValue, path: String = "", lineNumber: Int = 0) throws(RecordDecodingError)
        -> ArticleRecord {
        func fail(_ message: String) -> RecordDecodingError {
            RecordDecodingError(path: path, line: lineNumber, message: message)
        }
        guard case .object = value else { throw fail("expected a JSON object per line") }
        guard let id = identifier(value["id"]) else {
            throw fail("the line has no \"id\": every gold and prediction line needs one to be matched")
        }
        var record = ArticleRecord(id: id, line: lineNumber)
        record.source = value["source"]?.stringValue
        record.text = value["text"]?.stringValue
        record.split = value["split"]?.stringValue
        record.articleBody = value["articleBody"]?.stringValue
        if let error = value["error"] {
            let code = error["code"]?.stringValue ?? "error"
            record.failure = code + ": " + (error["message"]?.stringValue ?? "")
        }
        if let quotes = value["quotes"] {
            guard case let .array(elements) = quotes else { throw fail("\"quotes\" must be an array") }
            var decoded: [QuoteRecord] = []
            decoded.reserveCapacity(elements.count)
            for (index, element) in elements.enumerated() {
                let (quote, hasName) = try decodeQuote(element, index: index, fail: fail)
                decoded.append(quote)
                if hasName { record.hasSpeakerNames = true }
            }
            record.quotes = decoded
        }
        if let entities = value["entities"] {
            record.entities = try decodeEntities(entities, fail: fail)
        }
        if let sentences = value["sentences"] {
            record.sentences = try decodeSpans(sentences, name: "sentences", fail: fail)
        }
        if let boilerplate = value["boilerplate"] {
            record.boilerplate = try decodeSpans(boilerplate, name: "boilerplate", fail: fail)
        }
        return record
    }

    /// A string id, or a number written as an integer.
    private static func identifier(_ value: JSONValue?) -> String? {
        switch value {
        case let .string(text)?: return text
        case let .number(number)?: return number.literal
        default: return nil
        }
    }

    private static func isObject(_ value: JSONValue) -> Bool {
        if case .object = value { return true }
        return false
    }

    private static func integer(_ value: JSONValue?) -> Int? {
        guard case let .number(number)? = value else { return nil }
        if let integer = number.int64 { return Int(integer) }
        let double = number.double
        guard double == double.rounded(), abs(double) < 1e15 else { return nil }
        return Int(double)
    }

    private static func span(_ value: JSONValue, what: String,
                             fail: (String) -> RecordDecodingError) throws(RecordDecodingError) -> CodePointSpan {
        guard let start = integer(value["start"]), let end = integer(value["end"]) else {
            throw fail("\(what) needs integer \"start\" and \"end\" (code point offsets)")
        }
        guard start >= 0, start <= end else { throw fail("\(what) has start \(start) after end \(end) or below 0") }
        return CodePointSpan(start: start, end: end)
    }

    /// A quote's speaker or cue in either format: an object `{start, end, text}` (Verbatim output), or a string
    /// with flat `<key>_start` / `<key>_end` fields (the gold format).
    private static func mention(_ value: JSONValue, _ key: String, what: String,
                                fail: (String) -> RecordDecodingError) throws(RecordDecodingError) -> (CodePointSpan?, String?) {
        switch value[key] {
        case let object? where isObject(object):
            return (try span(object, what: what + " " + key, fail: fail), object["text"]?.stringValue)
        case let .string(text)?:
            return (try flatSpan(value, key, what: what, fail: fail), text)
        default:
            return (try flatSpan(value, key, what: what, fail: fail), nil)
        }
    }

    /// A span from flat `<prefix>_start` / `<prefix>_end` fields, or nil when either is null or absent.
    private static func flatSpan(_ value: JSONValue, _ prefix: String, what: String,
                                 fail: (String) -> RecordDecodingError) throws(RecordDecodingError) -> CodePointSpan? {
        guard let start = integer(value[prefix + "_start"]), let end = integer(value[prefix + "_end"]) else { return nil }
        guard start >= 0, start <= end else { throw fail("\(what) \(prefix) has start \(start) after end \(end)") }
        return CodePointSpan(start: start, end: end)
    }

    private static func decodeQuote(_ value: JSONValue, index: Int,
                                    fail: (String) -> RecordDecodingError) throws(RecordDecodingError)
        -> (QuoteRecord, hasName: Bool) {
        let what = "quote \(index)"
        guard case .object = value else { throw fail("\(what) must be an object") }
        var quote = QuoteRecord(span: try span(value, what: what, fail: fail), type: value["type"]?.stringValue ?? "")
        quote.id = identifier(value["id"])
        quote.text = value["text"]?.stringValue ?? ""
        quote.rule = value["rule"]?.stringValue
        quote.group = identifier(value["group"])
        (quote.speakerSpan, quote.speakerText) = try mention(value, "speaker", what: what, fail: fail)
        (quote.cueSpan, quote.cueText) = try mention(value, "cue", what: what, fail: fail)
        var hasName = false
        for key in ["speaker_canonical", "speaker_name"] {
            if let name = value[key] {
                hasName = true
                if let text = name.stringValue { quote.speakerName = text }
            }
        }
        return (quote, hasName)
    }

    private static func decodeEntities(_ value: JSONValue,
                                       fail: (String) -> RecordDecodingError) throws(RecordDecodingError)
        -> [EntityMention] {
        guard case let .array(elements) = value else { throw fail("\"entities\" must be an array") }
        var mentions: [EntityMention] = []
        for (index, element) in elements.enumerated() {
            let what = "entity \(index)"
            let labelName = element["label"]?.stringValue ?? element["type"]?.stringValue ?? ""
            // Labels outside PERSON, ORG, GPE and LOC are not scored.
            let label = EntityLabel(rawValue: labelName)
            if case let .array(grouped)? = element["mentions"] {
                for (mentionIndex, mention) in grouped.enumerated() {
                    guard let label else { continue }
                    let mentionWhat = "\(what) mention \(mentionIndex)"
                    mentions.append(EntityMention(span: try span(mention, what: mentionWhat, fail: fail),
                                                  text: mention["text"]?.stringValue ?? "", label: label))
                }
            } else {
                let mentionSpan = try span(element, what: what, fail: fail)
                guard let label else { continue }
                mentions.append(EntityMention(span: mentionSpan, text: element["text"]?.stringValue ?? "", label: label))
            }
        }
        return mentions
    }

    private static func decodeSpans(_ value: JSONValue, name: String,
                                    fail: (String) -> RecordDecodingError) throws(RecordDecodingError)
        -> [CodePointSpan] {
        guard case let .array(elements) = value else { throw fail("\"\(name)\" must be an array") }
        var spans: [CodePointSpan] = []
        spans.reserveCapacity(elements.count)
        for (index, element) in elements.enumerated() {
            spans.append(try span(element, what: "\(name) \(index)", fail: fail))
        }
        return spans
    }
}
