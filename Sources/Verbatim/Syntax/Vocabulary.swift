/// The one vocabulary of word numbers (`TokenLayer.words`): the tagger model's cached forms, frequent words as
/// written with digits read as `0`. A number stands for one form everywhere in the pipeline.
public enum Vocabulary {
    /// The word number of a form outside the vocabulary.
    public static let unknown = UInt32.max
}
