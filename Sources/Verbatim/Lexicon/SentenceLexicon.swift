/// The word lists that drive the news-aware sentence repairs, loaded from `Models/segmentation/`.
public struct SentenceLexicon: Sendable {
    /// Abbreviations that precede a name and never end a sentence ("Gov", "Sen", "Mr"), without the final stop.
    public let titleAbbreviations: Set<String>
    /// Abbreviations that usually continue the sentence ("Jan", "Inc", "U.S", "a.m") but may end one when a
    /// sentence starter follows. Stored without the final stop.
    public let abbreviations: Set<String>
    /// Words that typically open a sentence ("The", "He", "But"): after an ambiguous abbreviation they confirm a break.
    public let sentenceStarters: Set<String>
    /// Names ending in "!" or "?" that do not end a sentence ("Yahoo!", "Jeopardy!").
    public let punctuatedNames: Set<String>
    /// Characters that open a bulleted list item ("•", "⁃"), as UTF-8, longest first.
    public let listBullets: [[UInt8]]

    public init(titleAbbreviations: Set<String>, abbreviations: Set<String>, sentenceStarters: Set<String>,
                punctuatedNames: Set<String>, listBullets: [String] = []) {
        self.titleAbbreviations = titleAbbreviations
        self.abbreviations = abbreviations
        self.sentenceStarters = sentenceStarters
        self.punctuatedNames = punctuatedNames
        self.listBullets = listBullets.map { Array($0.utf8) }.sorted { $0.count > $1.count }
    }

    /// Loads and validates the lists from `directory` (the `Models/segmentation` folder).
    public init(directory: String) throws(ModelError) {
        func words(_ file: String) throws(ModelError) -> Set<String> {
            let lexicon = try LexiconFile(path: directory + "/" + file)
            var result: Set<String> = []
            for entry in lexicon.entries {
                var word = entry.fields[0]
                if file.hasSuffix("abbreviations.txt") {
                    guard word.hasSuffix(".") else {
                        throw ModelError(path: lexicon.path, line: entry.line,
                                         message: "an abbreviation must end with its stop, e.g. 'Gov.'")
                    }
                    word.removeLast()
                }
                result.insert(word)
            }
            return result
        }
        let bulletFile = try LexiconFile(path: directory + "/list-bullets.txt")
        var bullets: [String] = []
        for entry in bulletFile.entries {
            let bullet = entry.fields[0]
            guard bullet.count == 1, !bullet.first!.isLetter, !bullet.first!.isNumber else {
                throw ModelError(path: bulletFile.path, line: entry.line,
                                 message: "a bullet is one character that is neither a letter nor a digit, e.g. '•'")
            }
            bullets.append(bullet)
        }
        self.init(
            titleAbbreviations: try words("title-abbreviations.txt"),
            abbreviations: try words("abbreviations.txt"),
            sentenceStarters: try words("sentence-starters.txt"),
            punctuatedNames: try words("punctuated-names.txt"),
            listBullets: bullets
        )
    }
}
