/// The tokenizer of the Zyte benchmark's `evaluate.py`: Python's `re.findall(r'\w+', text)` on a `str`.
///
/// A word character is `_` or a code point Python counts as alphanumeric: general category Lu, Ll, Lt, Lm or Lo,
/// or any numeric type (decimal, digit, numeric). Combining marks (Mn, Mc) are not word characters, as in Python.
/// Case is kept.
public enum WordTokenizer {
    /// The `\w+` runs of `text`, in order.
    public static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        let scalars = text.unicodeScalars
        var runStart: String.Index?
        var index = scalars.startIndex
        while index < scalars.endIndex {
            if isWordCharacter(scalars[index]) {
                if runStart == nil { runStart = index }
            } else if let start = runStart {
                tokens.append(String(Substring(scalars[start..<index])))
                runStart = nil
            }
            index = scalars.index(after: index)
        }
        if let start = runStart { tokens.append(String(Substring(scalars[start...]))) }
        return tokens
    }

    /// Whether Python's `\w` matches `scalar`.
    public static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
                || value == 0x5F
        }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            return true
        default:
            return properties.numericType != nil
        }
    }
}
