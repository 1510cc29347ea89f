/// Writes the token layer and the chunks of a record (`extract --with-tokens`), offsets in code points.
enum SyntaxEncoding {
    /// `"tokens": [{"start", "end", "upos"}, ...]`, one object a token in text order.
    static func writeTokens(_ writer: inout JSONWriter, _ tokens: TokenLayer, _ mapper: CodePointMapper) {
        writer.beginArray()
        for index in 0..<tokens.count {
            writer.beginObject()
            LayerEncoding.writeSpan(&writer, tokens.span(index), mapper)
            if index < tokens.tags.count { writer.field("upos", string: tokens.tags[index].name) }
            writer.endObject()
        }
        writer.endArray()
    }

    /// `"chunks": [{"start", "end", "label", "rule", "tokens": [first, end]}, ...]`, sorted by start, containing
    /// chunks before those they contain.
    static func writeChunks(_ writer: inout JSONWriter, _ chunks: [Chunk], _ tokens: TokenLayer,
                            _ mapper: CodePointMapper) {
        writer.beginArray()
        for chunk in chunks {
            writer.beginObject()
            let span = TextSpan(start: Int(tokens.starts[chunk.firstToken]), end: Int(tokens.ends[chunk.endToken - 1]))
            LayerEncoding.writeSpan(&writer, span, mapper)
            writer.field("label", string: chunk.label)
            writer.field("rule", string: chunk.rule)
            writer.field("first_token", int: chunk.firstToken)
            writer.field("end_token", int: chunk.endToken)
            writer.endObject()
        }
        writer.endArray()
    }
}
