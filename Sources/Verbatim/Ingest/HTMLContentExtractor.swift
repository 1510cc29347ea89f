/// Finds the main article block of an `HTMLTree` and writes its body paragraphs as text.
///
/// 1. Measures every element bottom-up: text length (non-space bytes), link text, commas, inline text of its own.
/// 2. Scores candidates as readability does: every paragraph-like block with 25+ characters of its own votes for its
///    parent (1 + commas + length/100, at most 3 for length), half for the grandparent, less further up;
///    `itemprop="articleBody"`, `<article>` and class/id hints (`HTMLHint`) adjust the score; link density cuts it.
/// 3. Takes the best candidate plus siblings that score close to it or look like body paragraphs.
/// 4. Writes its text in order, leaving out chrome (nav, aside, footer, forms, figures, the `<h1>` headline),
///    widgets named by class/id (share, related, ads, captions, bylines) and link lists.
struct HTMLContentExtractor {
    let tree: HTMLTree
    /// Per node: non-space text bytes in the subtree.
    private var length: [Int32]
    /// Per node: non-space text bytes inside links.
    private var linkLength: [Int32]
    /// Per node: commas in the subtree.
    private var commas: [Int32]
    /// Per node: non-space bytes of its own inline text (not inside nested blocks).
    private var ownLength: [Int32]
    private var ownCommas: [Int32]
    /// Per node: paragraphs (`<p>` and blocks with own text) in the subtree.
    private var paragraphs: [Int32]

    init(tree: HTMLTree) {
        self.tree = tree
        let count = tree.nodes.count
        length = Array(repeating: 0, count: count)
        linkLength = Array(repeating: 0, count: count)
        commas = Array(repeating: 0, count: count)
        ownLength = Array(repeating: 0, count: count)
        ownCommas = Array(repeating: 0, count: count)
        paragraphs = Array(repeating: 0, count: count)
        measure()
    }

    private mutating func measure() {
        let nodes = tree.nodes
        let text = tree.text
        for index in stride(from: nodes.count - 1, through: 0, by: -1) {
            let node = nodes[index]
            if node.tag == .text {
                var count: Int32 = 0
                var commaCount: Int32 = 0
                var position = Int(node.textStart)
                let end = Int(node.textEnd)
                while position < end {
                    let byte = text[position]
                    if byte > 0x20 { count += 1 }
                    if byte == 0x2C { commaCount += 1 }
                    position += 1
                }
                length[index] = count
                ownLength[index] = count
                commas[index] = commaCount
                ownCommas[index] = commaCount
            } else {
                if node.tag == .link { linkLength[index] = length[index] }
                if node.tag == .paragraph || (node.tag.isBlock && ownLength[index] >= 25) { paragraphs[index] += 1 }
            }
            let parent = Int(node.parent)
            guard parent >= 0 else { continue }
            length[parent] += length[index]
            linkLength[parent] += linkLength[index]
            commas[parent] += commas[index]
            paragraphs[parent] += paragraphs[index]
            if !node.tag.isBlock {
                ownLength[parent] += ownLength[index]
                ownCommas[parent] += ownCommas[index]
            }
        }
    }

    func linkDensity(_ index: Int) -> Double {
        length[index] == 0 ? 0 : Double(min(linkLength[index], length[index])) / Double(length[index])
    }

    // MARK: Choosing the main block

    /// The chosen blocks, in document order.
    func mainBlocks() -> [Int] {
        let nodes = tree.nodes
        guard !nodes.isEmpty else { return [] }
        let bodyIndex = tree.body ?? 0
        let bodyEnd = Int(nodes[bodyIndex].end)
        // Nodes under furniture never vote.
        var excluded = [Bool](repeating: false, count: nodes.count)
        var scores = [Double](repeating: 0, count: nodes.count)
        var initialised = [Bool](repeating: false, count: nodes.count)
        var articleBody: Int?
        for index in bodyIndex..<bodyEnd {
            let node = nodes[index]
            let parent = Int(node.parent)
            let hint = tree.hints[Int(node.hint)]
            if parent >= 0, excluded[parent] { excluded[index] = true; continue }
            if node.tag == .text { continue }
            if node.tag.isChrome || node.tag == .header || (hint.unlikely && node.tag != .body && !node.isArticleBody) {
                excluded[index] = true
                continue
            }
            if node.isArticleBody, articleBody == nil || length[index] > length[articleBody!] { articleBody = index }
        }
        // A marked article body with real text is the answer.
        if let articleBody, length[articleBody] >= 200 {
            return [articleBody]
        }
        for index in bodyIndex..<bodyEnd where !excluded[index] {
            let node = nodes[index]
            let votes: Int32
            switch node.tag {
            case .paragraph, .pre, .tableCell: votes = length[index]
            case .division, .section, .article, .main, .blockquote, .listItem, .definition, .otherBlock: votes = ownLength[index]
            default: continue
            }
            if votes < 25 { continue }
            let score = 1 + Double(node.tag == .paragraph ? commas[index] : ownCommas[index]) + min(Double(votes) / 100, 3)
            // Blocks with their own text are candidates themselves (readability turns such divs into paragraphs).
            var ancestor = node.tag == .paragraph || node.tag == .pre ? Int(node.parent) : index
            var level = 0
            while ancestor >= 0, level < 5 {
                if !initialised[ancestor] {
                    scores[ancestor] = initialScore(ancestor)
                    initialised[ancestor] = true
                }
                let divider: Double = level == 0 ? 1 : (level == 1 ? 2 : Double(level) * 3)
                scores[ancestor] += score / divider
                ancestor = Int(nodes[ancestor].parent)
                level += 1
            }
        }
        var best = -1
        var bestScore = -Double.infinity
        for index in 0..<nodes.count where initialised[index] && !excluded[index] {
            let final = scores[index] * (1 - linkDensity(index))
            scores[index] = final
            if final > bestScore {
                bestScore = final
                best = index
            }
        }
        guard best >= 0 else { return [bodyIndex] }
        // Gather siblings that look like more of the article.
        let parent = Int(nodes[best].parent)
        guard parent >= 0 else { return [best] }
        let threshold = max(10, bestScore * 0.2)
        var result: [Int] = []
        var child = parent + 1
        let parentEnd = Int(nodes[parent].end)
        while child < parentEnd {
            defer { child = Int(nodes[child].end) }
            if child == best { result.append(child); continue }
            if excluded[child] || nodes[child].tag == .text { continue }
            var append = false
            var bonus = 0.0
            if nodes[child].hint == nodes[best].hint, nodes[best].hint != 0 { bonus = bestScore * 0.2 }
            if initialised[child], scores[child] + bonus >= threshold {
                append = true
            } else if nodes[child].tag == .paragraph {
                let density = linkDensity(child)
                if length[child] > 80 && density < 0.25 {
                    append = true
                } else if length[child] < 80, length[child] > 0, density == 0, endsWithStop(child) {
                    append = true
                }
            }
            if append { result.append(child) }
        }
        return Self.outermost((result + sameClassBlocks(as: best, excluded: excluded)).sorted(), nodes)
    }

    /// Blocks elsewhere in the page with the same element and class/id as the best block (an article body split
    /// into several sections by figures or ads), when they hold paragraphs and few links.
    private func sameClassBlocks(as best: Int, excluded: [Bool]) -> [Int] {
        let nodes = tree.nodes
        let key = (nodes[best].tag, nodes[best].hint)
        guard key.1 != 0 else { return [] }
        var result: [Int] = []
        var index = tree.body ?? 0
        while index < nodes.count {
            let node = nodes[index]
            if index == best {
                index = Int(node.end)
                continue
            }
            if node.tag == key.0, node.hint == key.1, !excluded[index], paragraphs[index] > 0, linkDensity(index) < 0.3 {
                result.append(index)
                index = Int(node.end)
                continue
            }
            index += 1
        }
        return result
    }

    /// `blocks` (sorted) without those inside an earlier one.
    private static func outermost(_ blocks: [Int], _ nodes: [HTMLTree.Node]) -> [Int] {
        var result: [Int] = []
        var end = -1
        for block in blocks where block >= end {
            result.append(block)
            end = Int(nodes[block].end)
        }
        return result
    }

    private func initialScore(_ index: Int) -> Double {
        let node = tree.nodes[index]
        var score: Double
        switch node.tag {
        case .division, .article, .main, .section: score = 5
        case .pre, .tableCell, .blockquote: score = 3
        case .address, .list, .listItem, .definition, .form: score = -3
        case .heading1, .heading: score = -5
        default: score = 0
        }
        if node.tag == .article { score += 10 }
        if node.isArticleBody { score += 50 }
        return score + Double(tree.hints[Int(node.hint)].weight)
    }

    private func endsWithStop(_ index: Int) -> Bool {
        var position = Int(tree.nodes[index].end) - 1
        while position > index {
            let node = tree.nodes[position]
            if node.tag == .text {
                var end = Int(node.textEnd) - 1
                while end >= Int(node.textStart), tree.text[end] <= 0x20 { end -= 1 }
                if end >= Int(node.textStart) { return tree.text[end] == UInt8(ascii: ".") }
            }
            position -= 1
        }
        return false
    }

    // MARK: Writing the text

    /// The text of `blocks`: paragraphs separated by blank lines, white space collapsed, widgets left out.
    func text(of blocks: [Int]) -> [String] {
        var writer = ParagraphWriter()
        let total = blocks.reduce(Int32(0)) { $0 + length[$1] }
        for block in blocks {
            write(block, total: total, into: &writer)
        }
        return writer.finish()
    }

    private func write(_ root: Int, total: Int32, into writer: inout ParagraphWriter) {
        let nodes = tree.nodes
        var index = root
        let end = Int(nodes[root].end)
        // Ends of open blocks, to break paragraphs when leaving them.
        var openBlocks: [Int] = []
        while index < end {
            while let last = openBlocks.last, last <= index {
                openBlocks.removeLast()
                writer.breakParagraph()
            }
            let node = nodes[index]
            if node.tag == .text {
                writer.append(tree.text[Int(node.textStart)..<Int(node.textEnd)])
                index += 1
                continue
            }
            if index != root, shouldDrop(index, total: total) {
                index = Int(node.end)
                continue
            }
            if node.tag == .lineBreak {
                writer.breakParagraph()
            } else if node.tag.isBlock {
                writer.breakParagraph()
                openBlocks.append(Int(node.end))
            }
            index += 1
        }
        writer.breakParagraph()
    }

    /// Whether an element inside the main block is left out with its subtree.
    private func shouldDrop(_ index: Int, total: Int32) -> Bool {
        let node = tree.nodes[index]
        let hint = tree.hints[Int(node.hint)]
        let share = total > 0 ? Double(length[index]) / Double(total) : 0
        switch node.tag {
        case .nav, .aside, .form, .figure, .figcaption, .heading1:
            return share < 0.5
        case .header, .footer:
            return share < 0.3
        default:
            break
        }
        if node.isArticleBody { return false }
        if hint.remove && share < 0.5 { return true }
        if hint.weight < 0 && share < 0.3 && commas[index] < 10 && linkDensity(index) > 0.4 { return true }
        // Lists and boxes made mostly of links: related stories, tags, menus.
        switch node.tag {
        case .list, .division, .section, .table, .listItem, .paragraph, .otherBlock:
            let density = linkDensity(index)
            if length[index] > 0, commas[index] < 10 {
                if density > 0.5 && node.tag != .paragraph && node.tag != .listItem { return share < 0.5 }
                if density > 0.8 { return share < 0.5 }
            }
        default:
            break
        }
        return false
    }
}

/// Collects raw text bytes into paragraphs, collapsing white space (ASCII white space and U+00A0) to single spaces.
struct ParagraphWriter {
    private var paragraphs: [String] = []
    private var current: [UInt8] = []
    private var pendingSpace = false

    mutating func append(_ bytes: ArraySlice<UInt8>) {
        var index = bytes.startIndex
        let end = bytes.endIndex
        while index < end {
            let byte = bytes[index]
            if byte <= 0x20 {
                pendingSpace = true
                index += 1
            } else if byte == 0xC2, index + 1 < end, bytes[index + 1] == 0xA0 {
                pendingSpace = true
                index += 2
            } else {
                if pendingSpace, !current.isEmpty { current.append(0x20) }
                pendingSpace = false
                current.append(byte)
                index += 1
            }
        }
    }

    mutating func breakParagraph() {
        if !current.isEmpty {
            paragraphs.append(String(decoding: current, as: UTF8.self))
            current.removeAll(keepingCapacity: true)
        }
        pendingSpace = false
    }

    mutating func finish() -> [String] {
        breakParagraph()
        return paragraphs
    }
}
