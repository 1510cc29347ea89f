import Foundation

/// What a page says about its article in `<meta>` tags, JSON-LD and `<link rel=canonical>`.
public struct HTMLMetadata: Sendable, Hashable {
    public var title: String?
    public var authors: [String] = []
    /// The publication date as the page gives it (usually ISO 8601).
    public var date: String?
    public var canonicalURL: String?
    /// JSON-LD `articleBody`, when the page embeds it.
    public var articleBody: String?

    public init(title: String? = nil, authors: [String] = [], date: String? = nil, canonicalURL: String? = nil) {
        self.title = title
        self.authors = authors
        self.date = date
        self.canonicalURL = canonicalURL
    }

    /// Reads the head of `tree`. JSON-LD article objects win over `<meta>`, which wins over `<title>` and `<h1>`.
    /// `articleTypes` are the schema.org types (lower case) of JSON-LD objects that describe the article.
    init(tree: HTMLTree, articleTypes: Set<String>) {
        let head = tree.head
        var meta: [String: String] = [:]
        var metaAuthors: [String] = []
        for (key, value) in head.metas {
            let trimmed = HTMLTree.collapse(value)
            guard !trimmed.isEmpty else { continue }
            if ["author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl"].contains(key) {
                for name in Self.splitAuthors(trimmed) where !metaAuthors.contains(name) { metaAuthors.append(name) }
            } else if meta[key] == nil {
                meta[key] = trimmed
            }
        }
        for json in head.jsonLD {
            guard let value = try? JSONParser.parse(json, maxDepth: 64) else { continue }
            readJSONLD(value, budget: 200, articleTypes: articleTypes)
        }
        if title == nil { title = meta["og:title"] ?? meta["twitter:title"] ?? meta["headline"] }
        if title == nil { title = head.headings.first(where: { !$0.isEmpty }) }
        if title == nil, let pageTitle = head.title, !pageTitle.isEmpty { title = pageTitle }
        if authors.isEmpty { authors = metaAuthors.filter { !$0.hasPrefix("http") } }
        if date == nil {
            date = meta["article:published_time"] ?? meta["datepublished"] ?? meta["og:published_time"]
                ?? meta["pubdate"] ?? meta["publishdate"] ?? meta["date"] ?? meta["dc.date"] ?? meta["sailthru.date"]
                ?? head.firstTime
        }
        if canonicalURL == nil { canonicalURL = head.canonical ?? meta["og:url"] }
    }

    /// Reads article fields from a JSON-LD value (an object, an array, or an object with `@graph`).
    private mutating func readJSONLD(_ value: JSONValue, budget: Int, articleTypes: Set<String>) {
        guard budget > 0 else { return }
        switch value {
        case let .array(items):
            for item in items.prefix(50) { readJSONLD(item, budget: budget - 1, articleTypes: articleTypes) }
        case .object:
            if let graph = value["@graph"] { readJSONLD(graph, budget: budget - 1, articleTypes: articleTypes) }
            let types: [String]
            switch value["@type"] {
            case let .string(type)?: types = [type.lowercased()]
            case let .array(list)?: types = list.compactMap { $0.stringValue?.lowercased() }
            default: types = []
            }
            guard types.contains(where: { articleTypes.contains($0) }) else { return }
            let isWebPage = types == ["webpage"]
            if title == nil, let headline = value["headline"]?.stringValue ?? (isWebPage ? nil : value["name"]?.stringValue) {
                let cleaned = HTMLTree.collapse(headline)
                if !cleaned.isEmpty { title = cleaned }
            }
            if authors.isEmpty, let author = value["author"] ?? value["creator"] {
                authors = Self.names(author)
            }
            if date == nil, let published = value["datePublished"]?.stringValue ?? value["dateCreated"]?.stringValue {
                date = published
            }
            if canonicalURL == nil, !isWebPage, let url = value["url"]?.stringValue { canonicalURL = url }
            if articleBody == nil, let body = value["articleBody"]?.stringValue, !body.isEmpty { articleBody = body }
        default:
            break
        }
    }

    private static func names(_ value: JSONValue) -> [String] {
        switch value {
        case let .string(name): return splitAuthors(HTMLTree.collapse(name))
        case let .array(items): return Array(items.prefix(20).flatMap { names($0) }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } })
        case .object: return value["name"].map(names) ?? []
        default: return []
        }
    }

    /// "By Ann Lee and Bo Chan" → ["Ann Lee", "Bo Chan"].
    static func splitAuthors(_ text: String) -> [String] {
        var rest = Substring(text)
        if rest.lowercased().hasPrefix("by ") { rest = rest.dropFirst(3) }
        var result: [String] = []
        for piece in rest.replacingOccurrences(of: " and ", with: ",").replacingOccurrences(of: " & ", with: ",")
            .split(separator: ",") {
            let name = piece.trimmingCharacters(in: .whitespaces)
            if !name.isEmpty, name.count < 80, !result.contains(name) { result.append(name) }
        }
        return result
    }
}
