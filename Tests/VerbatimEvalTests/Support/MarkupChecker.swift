/// A strict checker for the HTML report: every element is closed in order (or is a void element written
/// `<x .../>`), attribute values are quoted, and `&` only starts one of the five XML entities or a numeric
/// reference. Returns the problems found, empty when the page is well-formed.
enum MarkupChecker {
    static let voidElements: Set<String> = ["meta", "br", "hr", "img", "link", "input"]
    static let rawTextElements: Set<String> = ["style", "script"]

    static func problems(in html: String) -> [String] {
        let scalars = Array(html.unicodeScalars)
        var problems: [String] = []
        var stack: [String] = []
        var position = 0
        func text(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[range])) }
        while position < scalars.count {
            let scalar = scalars[position]
            if scalar == "&" {
                guard let semicolon = scalars[position...].prefix(12).firstIndex(of: ";") else {
                    problems.append("bare & at \(position)")
                    position += 1
                    continue
                }
                let entity = text(position + 1..<semicolon)
                let numeric = entity.hasPrefix("#") && entity.dropFirst().allSatisfy(\.isNumber) && entity.count > 1
                if !["amp", "lt", "gt", "quot", "#39"].contains(entity) && !numeric {
                    problems.append("unknown entity &\(entity); at \(position)")
                }
                position = semicolon + 1
                continue
            }
            if scalar == ">" {
                problems.append("bare > at \(position)")
            }
            guard scalar == "<" else { position += 1; continue }
            guard let close = scalars[position...].firstIndex(of: ">") else {
                problems.append("unterminated tag at \(position)")
                break
            }
            let tag = text(position + 1..<close)
            position = close + 1
            if tag.hasPrefix("!") { continue }  // <!DOCTYPE html>
            if tag.hasPrefix("/") {
                let name = String(tag.dropFirst()).lowercased()
                if stack.last == name {
                    stack.removeLast()
                } else {
                    problems.append("</\(name)> closes <\(stack.last ?? "nothing")> at \(position)")
                }
                continue
            }
            let selfClosing = tag.hasSuffix("/")
            let body = selfClosing ? String(tag.dropLast()) : tag
            let name = String(body.prefix { !$0.isWhitespace }).lowercased()
            if name.isEmpty || !name.allSatisfy({ $0.isLetter || $0.isNumber }) {
                problems.append("bad tag name '\(name)' at \(position)")
                continue
            }
            if tag.contains("<") { problems.append("< inside tag <\(name)> at \(position)") }
            if !attributesQuoted(String(body.dropFirst(name.count))) {
                problems.append("unquoted attribute in <\(name)> at \(position)")
            }
            if voidElements.contains(name) {
                if !selfClosing { problems.append("void <\(name)> not written as <\(name)/>") }
                continue
            }
            if selfClosing { continue }
            if rawTextElements.contains(name) {
                let closing = Array("</\(name)>".unicodeScalars)
                var end = position
                while end + closing.count <= scalars.count, Array(scalars[end..<end + closing.count]) != closing {
                    end += 1
                }
                if end + closing.count > scalars.count { problems.append("<\(name)> never closed") }
                position = end + closing.count
                continue
            }
            stack.append(name)
        }
        if !stack.isEmpty { problems.append("unclosed elements: \(stack.joined(separator: ", "))") }
        return problems
    }

    /// Every `name="value"` pair is double-quoted.
    private static func attributesQuoted(_ attributes: String) -> Bool {
        var rest = Substring(attributes)
        while true {
            rest = rest.drop { $0.isWhitespace }
            if rest.isEmpty { return true }
            let name = rest.prefix { $0 != "=" && !$0.isWhitespace }
            rest = rest.dropFirst(name.count)
            guard rest.first == "=" else { continue }  // a bare boolean attribute
            rest = rest.dropFirst()
            guard rest.first == "\"" else { return false }
            rest = rest.dropFirst()
            guard let end = rest.firstIndex(of: "\"") else { return false }
            rest = rest[rest.index(after: end)...]
        }
    }
}
