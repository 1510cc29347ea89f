/// A plain-text table: the first column left-aligned, the others right-aligned, columns two spaces apart.
struct TextTable {
    private var rows: [[String]] = []

    /// Adds a row; rows may have fewer cells than others.
    mutating func add(_ cells: [String]) {
        rows.append(cells)
    }

    /// The table, one line per row, indented by `indent` spaces.
    func render(indent: Int = 2) -> String {
        let columns = rows.map(\.count).max() ?? 0
        var widths = [Int](repeating: 0, count: columns)
        for row in rows {
            for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.count) }
        }
        let prefix = String(repeating: " ", count: indent)
        return rows.map { row in
            var line = prefix
            for (column, cell) in row.enumerated() {
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                if column == 0 {
                    line += cell + padding
                } else {
                    line += "  " + padding + cell
                }
            }
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }
}
