/// JSON encoding of the boilerplate, quote and entity layers (schema `verbatim/1`), offsets in code points.
enum LayerEncoding {
    static func writeSpan(_ writer: inout JSONWriter, _ span: TextSpan, _ mapper: CodePointMapper) {
        writer.field("start", int: mapper[span.start])
        writer.field("end", int: mapper[span.end])
    }

    static func writeBoilerplate(_ writer: inout JSONWriter, _ spans: [BoilerplateSpan], _ mapper: CodePointMapper) {
        writer.beginArray()
        for item in spans {
            writer.beginObject()
            writeSpan(&writer, item.span, mapper)
            writer.field("kind", string: item.kind.rawValue)
            writer.field("rule", string: item.rule)
            writer.endObject()
        }
        writer.endArray()
    }

    static func writeQuotes(_ writer: inout JSONWriter, _ document: Document, _ mapper: CodePointMapper) {
        writer.beginArray()
        for (index, quote) in document.quotes.enumerated() {
            writer.beginObject()
            writer.field("id"); writer.identifier("Q", index)
            writeSpan(&writer, quote.span, mapper)
            writer.field("text", utf8: document.utf8[quote.span.start..<quote.span.end])
            writer.field("type", string: quote.kind.rawValue)
            writer.field("group", int: quote.group)
            writer.field("rule", string: quote.rule)
            writer.field("cue")
            if let cue = quote.cue {
                writer.beginObject()
                writeSpan(&writer, cue.span, mapper)
                writer.field("text", utf8: document.utf8[cue.span.start..<cue.span.end])
                writer.field("lemma", string: cue.lemma)
                writer.endObject()
            } else {
                writer.null()
            }
            writer.field("speaker")
            if let speaker = quote.speaker {
                writer.beginObject()
                writeSpan(&writer, speaker, mapper)
                writer.field("text", utf8: document.utf8[speaker.start..<speaker.end])
                writer.endObject()
            } else {
                writer.null()
            }
            writer.field("speaker_name", string: quote.speakerName)
            writer.field("speaker_title", string: quote.speakerTitle)
            writer.field("speaker_entity")
            if let entity = quote.speakerEntity { writer.identifier("E", entity) } else { writer.null() }
            writer.field("speaker_rule", string: quote.speakerRule)
            writer.endObject()
        }
        writer.endArray()
    }

    static func writeEntities(_ writer: inout JSONWriter, _ document: Document, _ mapper: CodePointMapper) {
        writer.beginArray()
        for entity in document.entities {
            writer.beginObject()
            writer.field("id"); writer.identifier("E", entity.index)
            writer.field("name", string: entity.name)
            writer.field("type", string: entity.kind.rawValue)
            writer.field("titles")
            writer.beginArray()
            entity.titles.forEach { writer.string($0) }
            writer.endArray()
            writer.field("mentions")
            writer.beginArray()
            for mention in entity.mentions {
                writer.beginObject()
                writeSpan(&writer, mention.span, mapper)
                writer.field("text", utf8: document.utf8[mention.span.start..<mention.span.end])
                if mention.isPronoun { writer.field("pronoun"); writer.bool(true) }
                writer.endObject()
            }
            writer.endArray()
            writer.endObject()
        }
        writer.endArray()
    }
}
