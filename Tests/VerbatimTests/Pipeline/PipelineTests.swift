import Testing
import Verbatim

@Suite("Pipeline")
struct PipelineTests {
    @Test("a stage whose input no earlier stage provides is rejected when the pipeline is built")
    func chainCheck() {
        #expect(throws: PipelineError.self) {
            try Pipeline(stages: [SentenceSegmenter(lexicon: TestModels.models.sentenceLexicon)])
        }
    }

    @Test("the standard pipeline provides paragraphs, sentences and quotes, with quotes last")
    func standard() {
        let pipeline = Pipeline.standard(models: TestModels.models)
        #expect(pipeline.provides.isSuperset(of: [.paragraphs, .sentences, .quotes]))
        #expect(pipeline.stages.last?.provides == [.quotes])
    }

    @Test("every article gives exactly one line, garbage included, in input order")
    func oneLinePerArticle() {
        let processor = ArticleProcessor(pipeline: .standard(models: TestModels.models),
                                         encoder: RecordEncoder(options: OutputOptions()))
        let articles: [RawArticle] = [
            RawArticle(id: "ok", source: "a", payload: .text(Array("Fine text.".utf8))),
            RawArticle(id: "binary", source: "b", payload: .text([0, 0, 0, 0, 1, 2, 3])),
            RawArticle(id: "utf8", source: "c", payload: .text([0x41, 0xFF])),
            RawArticle(id: "empty", source: "d", payload: .text([])),
            RawArticle(id: "html", source: "e", payload: .html(Array("<p>Page.</p>".utf8))),
            RawArticle(id: "quotes", source: "f", payload: .decodedText(String(repeating: "“", count: 1001))),
        ]
        let outcomes = articles.map(processor.process)
        #expect(outcomes.map { $0.error?.code } == [nil, .binaryContent, .invalidUTF8, .emptyArticle, nil, nil])
        for (article, outcome) in zip(articles, outcomes) {
            let value = try? JSONParser.parse(outcome.line)
            #expect(value?["id"] == .string(article.id))
        }
    }

    @Test("parallel runs keep input order")
    func parallelOrder() {
        let folder = TestModels.temporaryFolder()
        var lines = ""
        for index in 0..<500 { lines += "{\"id\":\"\(index)\",\"text\":\"Article \(index). It ends.\"}\n" }
        let path = folder + "/dump.jsonl"
        FileManagerWriter.write(lines, to: path)
        let processor = ArticleProcessor(pipeline: .standard(models: TestModels.models),
                                         encoder: RecordEncoder(options: OutputOptions()))
        var ids: [String] = []
        let summary = BatchRunner(processor: processor, jobs: 2, batchSize: 64)
            .run(reader: ArticleReader(paths: [path])) { outcome in
                ids.append((try? JSONParser.parse(outcome.line))?["id"]?.stringValue ?? "?")
            }
        #expect(summary.articles == 500)
        #expect(ids == (0..<500).map(String.init))
    }
}

@Suite("Pipeline: every stage declares the layers it reads")
struct PipelineDeclarationTests {
    @Test("entities before boilerplate is rejected: the recognizer reads the boilerplate mask")
    func boilerplateAfterEntities() {
        let models = TestModels.models
        #expect(throws: PipelineError.self) {
            try Pipeline(stages: [
                ParagraphSegmenter(), SentenceSegmenter(lexicon: models.sentenceLexicon),
                EntityRecognizer(lexicon: models.entityLexicon), BoilerplateDetector(rules: models.boilerplateRules),
            ])
        }
    }

    @Test("quotes before entities is rejected: the quote stage reads the entity layer")
    func quotesBeforeEntities() {
        let models = TestModels.models
        #expect(throws: PipelineError.self) {
            try Pipeline(stages: [
                ParagraphSegmenter(), SentenceSegmenter(lexicon: models.sentenceLexicon),
                BoilerplateDetector(rules: models.boilerplateRules), QuoteExtractor(lexicon: models.quoteLexicon),
                EntityRecognizer(lexicon: models.entityLexicon),
            ])
        }
    }

    @Test("tags before tokens, or chunks before tags, is rejected")
    func syntaxOrder() {
        let models = TestModels.models
        #expect(throws: PipelineError.self) {
            try Pipeline(stages: [
                ParagraphSegmenter(), SentenceSegmenter(lexicon: models.sentenceLexicon),
                BoilerplateDetector(rules: models.boilerplateRules), PartOfSpeechTagging(tagger: models.syntax!.tagger),
            ])
        }
        #expect(throws: PipelineError.self) {
            try Pipeline(stages: [
                ParagraphSegmenter(), SentenceSegmenter(lexicon: models.sentenceLexicon),
                BoilerplateDetector(rules: models.boilerplateRules),
                Tokenizer(sentenceLexicon: models.sentenceLexicon, classes: models.syntax!.wordClasses, tagger: models.syntax!.tagger),
                Chunker(grammar: models.syntax!.chunkGrammar),
            ])
        }
    }
}
