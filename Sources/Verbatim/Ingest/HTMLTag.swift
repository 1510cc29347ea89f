/// The element names the article extractor tells apart; every other element is `.inline`.
enum HTMLTag: UInt8, Sendable {
    /// A text node (not an element).
    case text
    case inline, link, lineBreak
    case html, head, body, title, meta, linkElement, script
    case paragraph, division, section, article, main, header, footer, aside, nav
    case heading1, heading, list, listItem, definition, table, tableRow, tableCell
    case blockquote, pre, figure, figcaption, form, address, otherBlock
    case time
    /// Elements whose content is never text of the page (styles, templates, embeds, form controls).
    case invisible

    /// The tag for a lower-case element name.
    static func named(_ name: String) -> HTMLTag { byName[name] ?? .inline }

    private static let byName: [String: HTMLTag] = [
        "a": .link, "br": .lineBreak,
        "html": .html, "head": .head, "body": .body, "title": .title, "meta": .meta, "link": .linkElement,
        "script": .script,
        "p": .paragraph, "div": .division, "section": .section, "article": .article, "main": .main,
        "header": .header, "footer": .footer, "aside": .aside, "nav": .nav, "menu": .nav,
        "h1": .heading1, "h2": .heading, "h3": .heading, "h4": .heading, "h5": .heading, "h6": .heading,
        "ul": .list, "ol": .list, "dl": .list, "li": .listItem, "dt": .definition, "dd": .definition,
        "table": .table, "tbody": .otherBlock, "thead": .otherBlock, "tfoot": .otherBlock, "tr": .tableRow,
        "td": .tableCell, "th": .tableCell, "caption": .figcaption,
        "blockquote": .blockquote, "pre": .pre, "figure": .figure, "figcaption": .figcaption, "form": .form,
        "address": .address, "hr": .otherBlock, "fieldset": .form, "details": .otherBlock, "summary": .otherBlock,
        "center": .otherBlock, "hgroup": .otherBlock, "dialog": .invisible, "time": .time,
        "style": .invisible, "noscript": .invisible, "template": .invisible, "svg": .invisible,
        "iframe": .invisible, "object": .invisible, "embed": .invisible, "select": .invisible,
        "canvas": .invisible, "textarea": .invisible, "button": .invisible, "input": .invisible,
        "option": .invisible, "video": .invisible, "audio": .invisible, "map": .invisible, "math": .invisible,
        "datalist": .invisible, "label": .invisible, "picture": .invisible, "img": .invisible,
    ]

    /// Whether the element starts and ends a paragraph of text.
    var isBlock: Bool {
        switch self {
        case .text, .inline, .link, .lineBreak, .time, .invisible, .title, .meta, .linkElement, .script: return false
        default: return true
        }
    }

    /// Whether the element is page structure that never holds article body (navigation, site header and footer,
    /// side columns, forms).
    var isChrome: Bool {
        switch self {
        case .nav, .footer, .aside, .form: return true
        default: return false
        }
    }
}
