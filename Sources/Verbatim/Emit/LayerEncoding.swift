/// JSON encoding of the boilerplate, quote and entity layers (schema `verbatim/1`), offsets in code points.
enum LayerEncoding {
    static func writeSpan(_ writer: inout JSONWriter, _ span: TextSpan, _ mapper: CodePointMapper) {
        writer.key("start"); writer.int(mapper[span.start])
        writer.key("end"); writer.int(mapper[span.end])
    }

    static func writeBoilerplate(_ writer: inout JSONWriter, _ spans: [BoilerplateSpan], _ mapper: CodePointMapper) {
        writer.beginArray()
        for item in spans {
            writer.beginObject()
            writeSpan(&writer, item.span, mapper)
            writer.key("kind"); writer.string(item.kind.rawValue)
            writer.key("rule"); writer.string(item.rule)
            writer.endObject()
        }
        writer.endArray()
    }

    static func writeQuotes(_ writer: inout JSONWriter, _ document: Document, _ mapper: CodePointMapper) {
        writer.beginArray()
        for (index, quote) in document.quotes.enumerated() {
            writer.beginObject()
            writer.key("id"); writer.string("Q\(index)")
            writeSpan(&writer, quote.span, mapper)
            writer.key("text"); writer.string(document.substring(quote.span))
            writer.key("type"); writer.string(quote.kind.rawValue)
            writer.key("group"); writer.int(quote.group)
            writer.key("rule"); writer.string(quote.rule)
            writer.key("cue")
            if let cue = quote.cue {
                writer.beginObject()
                writeSpan(&writer, cue.span, mapper)
                writer.key("text"); writer.string(document.substring(cue.span))
                writer.key("lemma"); writer.string(cue.lemma)
                writer.endObject()
            } else {
                writer.null()
            }
            writer.key("speaker")
            if let speaker = quote.speaker {
                writer.beginObject()
                writeSpan(&writer, speaker, mapper)
                writer.key("text"); writer.string(document.substring(speaker))
                writer.endObject()
            } else {
                writer.null()
            }
            writer.key("speaker_name"); optional(&writer, quote.speakerName)
            writer.key("speaker_title"); optional(&writer, quote.speakerTitle)
            writer.key("speaker_entity"); optional(&writer, quote.speakerEntity.map { "E\($0)" })
            writer.key("speaker_rule"); optional(&writer, quote.speakerRule)
            writer.endObject()
        }
        writer.endArray()
    }

    static func writeEntities(_ writer: inout JSONWriter, _ document: Document, _ mapper: CodePointMapper) {
        writer.beginArray()
        for entity in document.entities {
            writer.beginObject()
            writer.key("id"); writer.string(entity.id)
            writer.key("name"); writer.string(entity.name)
            writer.key("type"); writer.string(entity.kind.rawValue)
            writer.key("titles")
            writer.beginArray()
            entity.titles.forEach { writer.string($0) }
            writer.endArray()
            writer.key("mentions")
            writer.beginArray()
            for mention in entity.mentions {
                writer.beginObject()
                writeSpan(&writer, mention.span, mapper)
                writer.key("text"); writer.string(document.substring(mention.span))
                if mention.isPronoun { writer.key("pronoun"); writer.bool(true) }
                writer.endObject()
            }
            writer.endArray()
            writer.endObject()
        }
        writer.endArray()
    }

    private static func optional(_ writer: inout JSONWriter, _ value: String?) {
        if let value { writer.string(value) } else { writer.null() }
    }
}
