/// The models of the syntax stages (`Models/syntax/`): the part-of-speech tagger, the lexicon classes tokens
/// carry, and the chunk grammar. Loaded and validated at start by a run that uses the syntax stages.
public struct SyntaxModels: Sendable {
    /// The part-of-speech tagger (`syntax/tagger.bin`).
    public let tagger: PartOfSpeechTagger
    /// Lexicon classes tokens carry (`syntax/word-classes.tsv`).
    public let wordClasses: WordClassTable
    /// The phrase-chunk grammar (`syntax/chunks.rules`).
    public let chunkGrammar: ChunkGrammar

    /// Loads the syntax models of the `Models/` folder `directory`.
    public init(modelsDirectory directory: String) throws(ModelError) {
        self.tagger = try PartOfSpeechTagger(path: directory + "/" + Models.taggerFile)
        self.wordClasses = try WordClassTable(modelsDirectory: directory)
        self.chunkGrammar = try ChunkGrammar(path: directory + "/syntax/chunks.rules")
    }
}
