import Testing
@testable import VerbatimEval

@Suite struct RecordDecoderTests {
    static func decode(_ json: String) throws -> ArticleRecord {
        try RecordDecoder.decode(line: Array(json.utf8), path: "test.jsonl", lineNumber: 7)
    }

    @Test func goldFormat() throws {
        let record = try Self.decode("""
        {"id": "a1", "source": "s", "split": "dev", "text": "“Yes,” he said. 🙂", "quotes": [{"start": 0, "end": 6, \
        "text": "“Yes,”", "type": "direct", "speaker": "he", "speaker_start": 7, "speaker_end": 9, \
        "speaker_canonical": "Han Dong", "cue": "said", "cue_start": 10, "cue_end": 14}, {"start": 1, "end": 2, \
        "type": "indirect", "speaker": null, "speaker_start": null, "speaker_end": null, "speaker_canonical": null, \
        "cue": null, "cue_start": null, "cue_end": null}], "entities": [{"start": 7, "end": 9, "text": "he", \
        "label": "PERSON"}, {"start": 0, "end": 1, "label": "NORP"}], "sentences": [{"start": 0, "end": 17}]}
        """)
        #expect(record.id == "a1")
        #expect(record.split == "dev")
        #expect(record.hasSpeakerNames)
        let quotes = try #require(record.quotes)
        #expect(quotes.count == 2)
        #expect(quotes[0] == QuoteRecord(span: CodePointSpan(start: 0, end: 6), text: "“Yes,”", type: "direct",
                                         speakerText: "he", speakerSpan: CodePointSpan(start: 7, end: 9),
                                         speakerName: "Han Dong", cueText: "said",
                                         cueSpan: CodePointSpan(start: 10, end: 14)))
        #expect(quotes[1].speakerSpan == nil && quotes[1].speakerName == nil && quotes[1].cueText == nil)
        // Labels outside PERSON, ORG, GPE and LOC are not scored.
        #expect(record.entities == [EntityMention(span: CodePointSpan(start: 7, end: 9), text: "he", label: .person)])
        #expect(record.sentences == [CodePointSpan(start: 0, end: 17)])
        #expect(record.boilerplate == nil)
    }

    @Test func verbatimFormat() throws {
        let record = try Self.decode("""
        {"schema": "verbatim/1", "id": "Corpus/samples/x.txt", "source": "Corpus/samples/x.txt", \
        "offset_unit": "codepoint", "paragraphs": [], "quotes": [{"id": "q1", "start": 3, "end": 9, "text": "abc", \
        "type": "mixed", "group": 2, "rule": "said-after", "cue": {"start": 10, "end": 14, "text": "Said", \
        "lemma": "say"}, "speaker": {"start": 15, "end": 17, "text": "he"}, "speaker_name": "Han Dong", \
        "speaker_title": null, "speaker_entity": "e1"}], "entities": [{"id": "e1", "name": "Han Dong", \
        "type": "PERSON", "titles": [], "mentions": [{"start": 0, "end": 2, "text": "He"}, \
        {"start": 20, "end": 28, "text": "Han Dong"}]}], "boilerplate": [{"start": 0, "end": 2, "kind": "title"}]}
        """)
        let quote = try #require(record.quotes?.first)
        #expect(quote.id == "q1" && quote.group == "2" && quote.rule == "said-after" && quote.type == "mixed")
        #expect(quote.cueText == "Said" && quote.cueSpan == CodePointSpan(start: 10, end: 14))
        #expect(quote.speakerText == "he" && quote.speakerSpan == CodePointSpan(start: 15, end: 17))
        #expect(quote.speakerName == "Han Dong")
        #expect(record.entities?.map(\.span) == [CodePointSpan(start: 0, end: 2), CodePointSpan(start: 20, end: 28)])
        #expect(record.entities?.allSatisfy { $0.label == .person } == true)
        #expect(record.boilerplate == [CodePointSpan(start: 0, end: 2)])
        #expect(record.sentences == nil)
    }

    @Test func errorLine() throws {
        let record = try Self.decode("""
        {"schema": "verbatim/1", "id": "bad.txt", "source": "bad.txt", "error": {"code": "invalid_utf8", "message": "m"}}
        """)
        #expect(record.failure == "invalid_utf8: m")
        #expect(record.quotes == nil)
    }

    @Test func zyteLine() throws {
        let record = try Self.decode(#"{"id": "042b", "url": "https://x", "articleBody": "Body."}"#)
        #expect(record.articleBody == "Body.")
        #expect(record.text == nil)
    }

    @Test(arguments: [
        (#"{"text": "no id"}"#, "test.jsonl:7: the line has no \"id\""),
        (#"{"id": "a", "quotes": [{"start": 5, "end": 2, "type": "direct"}]}"#, "test.jsonl:7: quote 0 has start 5"),
        (#"{"id": "a", "quotes": [{"start": 1.5, "end": 2}]}"#, "test.jsonl:7: quote 0 needs integer"),
        (#"{"id": "a", "sentences": {}}"#, "test.jsonl:7: \"sentences\" must be an array"),
        (#"{"id": "a",}"#, "test.jsonl:7: not valid JSON"),
        (#"[1]"#, "test.jsonl:7: expected a JSON object"),
    ])
    func rejectsWithLocation(json: String, message: String) {
        #expect {
            try Self.decode(json)
        } throws: { error in
            String(describing: error).hasPrefix(message)
        }
    }

    @Test func fileSkipsBlankLinesAndCountsLines() throws {
        let records = try RecordFile.decode(bytes: Array("{\"id\": \"a\"}\n\n  \n{\"id\": 12}\n".utf8), path: "f")
        #expect(records.map(\.id) == ["a", "12"])
        #expect(records.map(\.line) == [1, 4])
    }
}
