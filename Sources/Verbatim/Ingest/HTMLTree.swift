import Foundation

/// A parsed page flattened into arrays in document (pre-)order, the form the article extractor scores.
///
/// Node `i`'s subtree is the nodes `i..<ends[i]`. Text nodes hold a range of `text` (raw UTF-8 from libxml2, white
/// space not yet collapsed). Invisible elements (scripts, styles, form controls, `hidden` elements) are left out;
/// what `<head>` says (title, `<meta>`, `<link>`, JSON-LD) is kept in `head`. Built with an explicit stack, so a page
/// nested 100,000 levels deep cannot overflow the call stack.
struct HTMLTree {
    struct Node {
        var tag: HTMLTag
        var parent: Int32
        var end: Int32
        /// Index into `hints`.
        var hint: Int32
        /// For text nodes: the range in `text`.
        var textStart: Int32
        var textEnd: Int32
        /// For elements: `itemprop="articleBody"` (or a schema.org article body marker).
        var isArticleBody = false
    }

    /// What the page declares about itself.
    struct Head {
        var title: String?
        /// `<meta>` name or property (lower-cased) and content, in page order.
        var metas: [(key: String, value: String)] = []
        var canonical: String?
        /// The text of each `application/ld+json` script.
        var jsonLD: [[UInt8]] = []
        /// `datetime` of the first `<time>` element.
        var firstTime: String?
        /// Texts of the `<h1>` elements, collapsed.
        var headings: [String] = []
    }

    var nodes: [Node] = []
    var text: [UInt8] = []
    var hints: [HTMLHint] = [.none]
    var head = Head()
    /// The `<body>` element, if any.
    var body: Int?

    /// How the walk entered an element it descends into.
    private enum Entered {
        /// The element has a node on the node stack.
        case node
        /// `<head>`: its text is not page text.
        case head
        /// Descended without a node (an element inside `<head>`).
        case plain
    }

    /// Flattens the document under `root`.
    init(root: HTMLNode, rules: HTMLRules) {
        nodes.reserveCapacity(4096)
        text.reserveCapacity(1 << 16)
        var hintIndex: [UInt64: Int32] = [:]
        var stack: [Int32] = []
        var entered: [Entered] = []
        var inHead = 0
        var node: HTMLNode? = root
        while let current = node {
            var how: Entered?
            if current.isElement, let rawName = current.rawName {
                let tag = HTMLTag.named(String(cString: rawName))
                switch tag {
                case .invisible:
                    break
                case .title, .meta, .linkElement, .script:
                    readHead(current, tag)
                case .head:
                    how = .head
                default:
                    let attributes = readAttributes(current, tag, &hintIndex, rules)
                    if attributes.hidden { break }
                    if inHead > 0 { how = .plain; break }
                    if tag == .body, body == nil { body = nodes.count }
                    if tag == .heading1, head.headings.count < 8 { head.headings.append(Self.collapse(Self.textOf(current))) }
                    if tag == .time, head.firstTime == nil { head.firstTime = attributes.datetime }
                    nodes.append(Node(tag: tag, parent: stack.last ?? -1, end: 0, hint: attributes.hint, textStart: 0,
                                      textEnd: 0, isArticleBody: attributes.articleBody))
                    stack.append(Int32(nodes.count - 1))
                    how = .node
                }
            } else if current.isText, inHead == 0, let content = current.rawContent {
                let start = text.count
                content.withMemoryRebound(to: UInt8.self, capacity: 1) { pointer in
                    text.append(contentsOf: UnsafeBufferPointer(start: pointer, count: strlen(content)))
                }
                if text.count > start {
                    nodes.append(Node(tag: .text, parent: stack.last ?? -1, end: Int32(nodes.count + 1), hint: 0,
                                      textStart: Int32(start), textEnd: Int32(text.count)))
                }
            }
            if let how {
                if how == .head { inHead += 1 }
                if let child = current.firstChild {
                    entered.append(how)
                    node = child
                    continue
                }
                Self.leave(how, &stack, &nodes, &inHead)
            }
            // Climb until a sibling is found, leaving entered elements on the way.
            var climber = current
            node = nil
            while climber.pointer != root.pointer {
                if let sibling = climber.nextSibling {
                    node = sibling
                    break
                }
                guard let up = climber.parent, let how = entered.popLast() else { break }
                Self.leave(how, &stack, &nodes, &inHead)
                climber = up
            }
        }
        while let open = stack.popLast() { nodes[Int(open)].end = Int32(nodes.count) }
    }

    private static func leave(_ how: Entered, _ stack: inout [Int32], _ nodes: inout [Node], _ inHead: inout Int) {
        switch how {
        case .node:
            if let open = stack.popLast() { nodes[Int(open)].end = Int32(nodes.count) }
        case .head:
            inHead = max(0, inHead - 1)
        case .plain:
            break
        }
    }

    private struct Attributes {
        var hint: Int32 = 0
        var hidden = false
        var articleBody = false
        var datetime: String?
    }

    private mutating func readAttributes(_ element: HTMLNode, _ tag: HTMLTag, _ cache: inout [UInt64: Int32],
                                         _ rules: HTMLRules) -> Attributes {
        var result = Attributes()
        var classAndID: [UInt8] = []
        element.forEachAttribute { name, value in
            switch (name[0], strcmp(name, "class") == 0 || strcmp(name, "id") == 0) {
            case (_, true):
                if !classAndID.isEmpty { classAndID.append(0x20) }
                var pointer = value
                while pointer.pointee != 0 {
                    var byte = UInt8(bitPattern: pointer.pointee)
                    if byte >= 0x41 && byte <= 0x5A { byte += 0x20 }
                    classAndID.append(byte)
                    pointer += 1
                }
            case (0x68, _) where strcmp(name, "hidden") == 0:
                result.hidden = true
            case (0x61, _) where strcmp(name, "aria-hidden") == 0:
                result.hidden = result.hidden || strcmp(value, "true") == 0
            case (0x73, _) where strcmp(name, "style") == 0:
                let style = String(cString: value).lowercased().filter { $0 != " " }
                result.hidden = result.hidden || style.contains("display:none") || style.contains("visibility:hidden")
            case (0x69, _) where strcmp(name, "itemprop") == 0:
                let property = String(cString: value).lowercased()
                result.articleBody = property.contains("articlebody")
            case (0x64, _) where strcmp(name, "datetime") == 0 && tag == .time:
                result.datetime = String(cString: value)
            default:
                break
            }
        }
        if !classAndID.isEmpty {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in classAndID { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            if let known = cache[hash] {
                result.hint = known
            } else {
                let hint = HTMLHint(classAndID: classAndID, rules: rules)
                let index = Int32(hints.count)
                hints.append(hint)
                cache[hash] = index
                result.hint = index
            }
        }
        return result
    }

    private mutating func readHead(_ element: HTMLNode, _ tag: HTMLTag) {
        switch tag {
        case .title:
            if head.title == nil { head.title = Self.collapse(Self.textOf(element)) }
        case .meta:
            var key: String?
            var content: String?
            element.forEachAttribute { name, value in
                if strcmp(name, "name") == 0 || strcmp(name, "property") == 0 || strcmp(name, "itemprop") == 0 {
                    key = String(cString: value).lowercased()
                } else if strcmp(name, "content") == 0 {
                    content = String(cString: value)
                }
            }
            if let key, let content { head.metas.append((key, content)) }
        case .linkElement:
            var rel: String?
            var href: String?
            element.forEachAttribute { name, value in
                if strcmp(name, "rel") == 0 { rel = String(cString: value).lowercased() }
                if strcmp(name, "href") == 0 { href = String(cString: value) }
            }
            if rel == "canonical", let href, head.canonical == nil { head.canonical = href }
        case .script:
            var isJSONLD = false
            element.forEachAttribute { name, value in
                if strcmp(name, "type") == 0, String(cString: value).lowercased().contains("ld+json") { isJSONLD = true }
            }
            if isJSONLD, head.jsonLD.count < 16 { head.jsonLD.append(Array(Self.textOf(element).utf8)) }
        default:
            break
        }
    }

    /// The text of `element`'s text children (one level), for `<title>`, scripts and headings.
    static func textOf(_ element: HTMLNode) -> String {
        var result = ""
        var stack: [HTMLNode] = []
        var child = element.firstChild
        var budget = 10_000
        while let current = child ?? stack.popLast(), budget > 0 {
            budget -= 1
            child = nil
            if current.isText {
                result += current.content
            } else if current.isElement, let first = current.firstChild {
                if let next = current.nextSibling { stack.append(next) }
                child = first
                continue
            }
            child = current.nextSibling
        }
        return result
    }

    /// `text` with runs of white space turned into one space, trimmed.
    static func collapse(_ text: String) -> String {
        ParagraphBuilder.collapse(text)
    }
}
