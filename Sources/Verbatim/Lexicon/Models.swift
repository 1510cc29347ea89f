import Foundation

/// Every lexicon and rule file Verbatim uses, loaded from a `Models/` folder and validated once at start.
public struct Models: Sendable {
    /// The folder the models were loaded from.
    public let directory: String
    public let sentenceLexicon: SentenceLexicon
    public let quoteLexicon: QuoteLexicon
    public let htmlRules: HTMLRules
    public let entityLexicon: EntityLexicon
    public let boilerplateRules: BoilerplateRules
    /// The part-of-speech tagger (`syntax/tagger.bin`).
    public let tagger: PartOfSpeechTagger
    /// Lexicon classes tokens carry (`syntax/word-classes.tsv`).
    public let wordClasses: WordClassTable
    /// The phrase-chunk grammar (`syntax/chunks.rules`).
    public let chunkGrammar: ChunkGrammar

    /// The tagger model's path inside `Models/`.
    public static let taggerFile = "syntax/tagger.bin"

    /// Loads the models from `directory`.
    public init(directory: String) throws(ModelError) {
        self.directory = directory
        self.sentenceLexicon = try SentenceLexicon(directory: directory + "/segmentation")
        self.htmlRules = try HTMLRules(directory: directory + "/html")
        self.quoteLexicon = try QuoteLexicon(directory: directory + "/quotes",
                                             titleAbbreviations: sentenceLexicon.titleAbbreviations)
        self.entityLexicon = try EntityLexicon(directory: directory + "/entities")
        self.boilerplateRules = try BoilerplateRules(directory: directory + "/boilerplate")
        self.tagger = try PartOfSpeechTagger(path: directory + "/" + Self.taggerFile)
        self.wordClasses = try WordClassTable(modelsDirectory: directory)
        self.chunkGrammar = try ChunkGrammar(path: directory + "/syntax/chunks.rules")
    }

    /// Finds the `Models/` folder: `explicit` if given, else `$VERBATIM_MODELS`, else `./Models`, else the folder
    /// beside this package's sources (for builds run from a checkout).
    public static func locate(explicit: String? = nil) throws(ModelError) -> String {
        if let explicit { return explicit }
        let environment = ProcessInfo.processInfo.environment
        if let fromEnvironment = environment["VERBATIM_MODELS"], !fromEnvironment.isEmpty { return fromEnvironment }
        var isDirectory: ObjCBool = false
        let candidates = [
            FileManager.default.currentDirectoryPath + "/Models",
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Models").path,
        ]
        for candidate in candidates
        where FileManager.default.fileExists(atPath: candidate + "/segmentation", isDirectory: &isDirectory) {
            return candidate
        }
        throw ModelError(path: "Models", message: "cannot find the Models folder: pass --models DIR or set VERBATIM_MODELS")
    }

    /// Loads the models from the folder `locate(explicit:)` finds.
    public static func load(explicit: String? = nil) throws(ModelError) -> Models {
        try Models(directory: locate(explicit: explicit))
    }
}
