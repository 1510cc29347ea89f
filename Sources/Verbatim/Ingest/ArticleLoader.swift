/// Turns a `RawArticle` into a `Document` ready for the pipeline: checks and decodes text, extracts HTML text.
public enum ArticleLoader {
    /// `htmlRules` guide main-content extraction from HTML pages (`Models/html/`).
    public static func document(from article: RawArticle, htmlRules: HTMLRules) throws(ArticleError) -> Document {
        var metadata = article.metadata
        let text: String
        switch article.payload {
        case let .failure(error):
            throw error
        case let .text(bytes):
            text = try TextDecoder.decode(bytes)
        case let .decodedText(decoded):
            try TextDecoder.requireContent(decoded)
            text = decoded
        case let .html(bytes):
            if bytes.isEmpty {
                throw ArticleError(.emptyArticle, "the page is empty: check that the crawl stored the page body")
            }
            let page = try HTMLTextExtractor.extract(bytes, rules: htmlRules)
            text = page.text
            func add(_ key: String, _ value: JSONValue?) {
                guard let value, !metadata.contains(where: { $0.key == key }) else { return }
                metadata.append((key: key, value: value))
            }
            add("title", page.title.map(JSONValue.string))
            add("authors", page.metadata.authors.isEmpty ? nil : .array(page.metadata.authors.map(JSONValue.string)))
            add("date", page.metadata.date.map(JSONValue.string))
            add("canonical_url", page.metadata.canonicalURL.map(JSONValue.string))
        }
        var document = Document(id: article.id, source: article.source, text: text, metadata: metadata)
        if case .html = article.payload { document.isExtractedText = true }
        return document
    }
}
