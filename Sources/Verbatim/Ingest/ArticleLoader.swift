/// Turns a `RawArticle` into a `Document` ready for the pipeline: checks and decodes text, extracts HTML text.
public enum ArticleLoader {
    public static func document(from article: RawArticle) throws(ArticleError) -> Document {
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
            let page = try HTMLTextExtractor.extract(bytes)
            text = page.text
            if let title = page.title, !metadata.contains(where: { $0.key == "title" }) {
                metadata.append((key: "title", value: .string(title)))
            }
        }
        var document = Document(id: article.id, source: article.source, text: text, metadata: metadata)
        if case .html = article.payload { document.isExtractedText = true }
        return document
    }
}
