/// An ordered chain of stages, checked when built: every stage's requirements are provided by earlier stages.
public struct Pipeline: Sendable {
    public let stages: [any Stage]
    /// The word lists for extracting the article from HTML pages (`Models/html/`); `.none` uses text and link
    /// density alone.
    public var htmlRules: HTMLRules = .none

    public init(stages: [any Stage]) throws(PipelineError) {
        var available: Set<Layer> = []
        for stage in stages {
            let missing = stage.requires.subtracting(available)
            if !missing.isEmpty {
                throw PipelineError(stage: stage.name, missing: missing)
            }
            available.formUnion(stage.provides)
        }
        self.stages = stages
    }

    /// The layers a document carries after running this pipeline.
    public var provides: Set<Layer> {
        stages.reduce(into: []) { $0.formUnion($1.provides) }
    }

    /// Runs every stage on `document`, in order.
    public func process(_ document: inout Document) throws(ArticleError) {
        for stage in stages {
            try stage.process(&document)
            for layer in stage.provides {
                document.markProvided(layer)
            }
        }
    }

    /// The standard text pipeline: paragraphs, sentences, boilerplate, entities, then quotes; with `syntax`, the
    /// token layer, part-of-speech tags and chunks after the boilerplate.
    public static func standard(models: Models, syntax: Bool = false) -> Pipeline {
        var stages: [any Stage] = [
            ParagraphSegmenter(),
            SentenceSegmenter(lexicon: models.sentenceLexicon),
            BoilerplateDetector(rules: models.boilerplateRules),
        ]
        if syntax {
            guard let syntaxModels = models.syntax else {
                preconditionFailure("the syntax stages need Models loaded with loadingSyntax: true")
            }
            stages += [
                Tokenizer(sentenceLexicon: models.sentenceLexicon, classes: syntaxModels.wordClasses,
                          tagger: syntaxModels.tagger),
                PartOfSpeechTagging(tagger: syntaxModels.tagger),
                Chunker(grammar: syntaxModels.chunkGrammar),
            ]
        }
        stages += [
            EntityRecognizer(lexicon: models.entityLexicon),
            QuoteExtractor(lexicon: models.quoteLexicon),
        ]
        // The chain is fixed and valid by construction.
        var pipeline = try! Pipeline(stages: stages)
        pipeline.htmlRules = models.htmlRules
        return pipeline
    }
}
