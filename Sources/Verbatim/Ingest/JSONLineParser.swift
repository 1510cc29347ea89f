/// Turns one line of a JSONL dump into a `RawArticle`: `id` plus `text` or `html`, other fields passed through.
enum JSONLineParser {
    /// The article of `line`; a blank line gives a `blank_line` failure, so every input line has its output line.
    static func article(from line: LineReader.Line, path: String, limit: Int) -> RawArticle {
        switch line {
        case let .tooLong(length, number):
            let source = "\(path):\(number)"
            return RawArticle(id: source, source: source, payload: .failure(ArticleError(
                .tooLarge, "line \(number) is \(length >> 20) MiB, over the \(limit >> 20) MiB limit: raise --max-article-mb")))
        case let .line(bytes, number):
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
                let source = "\(path):\(number)"
                return RawArticle(id: source, source: source, payload: .failure(ArticleError(
                    .blankLine, "line \(number) is blank: remove blank lines from the dump (every line gives one output line)")))
            }
            return article(from: bytes, source: "\(path):\(number)")
        }
    }

    static func article(from bytes: [UInt8], source: String) -> RawArticle {
        func failure(_ id: String, _ error: ArticleError) -> RawArticle {
            RawArticle(id: id, source: source, payload: .failure(error))
        }
        let value: JSONValue
        do {
            // A line that parses is valid UTF-8 (the parser checks every string, and all else must be ASCII), so
            // the line is checked as a whole only when it does not parse, to report bad UTF-8 before bad JSON.
            value = try JSONParser.parse(bytes)
        } catch {
            guard String(validating: bytes, as: UTF8.self) != nil else {
                return failure(source, ArticleError(.invalidUTF8, "the line is not valid UTF-8: re-encode the dump as UTF-8"))
            }
            return failure(source, ArticleError(.invalidJSON, "the line is not valid JSON (\(error.reason) at byte \(error.offset)): fix or remove the line"))
        }
        guard case let .object(members) = value else {
            return failure(source, ArticleError(.invalidJSON, "the line is JSON but not an object: each line must be {\"id\": ..., \"text\": ...}"))
        }
        let id: String
        switch value["id"] {
        case let .string(text)?: id = text
        case let .number(number)?: id = number.literal
        default: id = source
        }
        let metadata = members.filter { !["id", "text", "html"].contains($0.key) }
        switch (value["text"], value["html"]) {
        case let (.string(text)?, _):
            return RawArticle(id: id, source: source, payload: .decodedText(text), metadata: metadata)
        case let (_, .string(html)?):
            return RawArticle(id: id, source: source, payload: .html(Array(html.utf8)), metadata: metadata)
        case (nil, nil):
            return failure(id, ArticleError(.missingText, "the line has no \"text\" or \"html\" field: add one with the article"))
        default:
            return failure(id, ArticleError(.missingText, "the \"text\" or \"html\" field is not a string: store the article as a JSON string"))
        }
    }
}
