extension Document {
    /// The index in `entities` of the entity that `span` refers to: the entity with a mention (a name or a resolved
    /// pronoun) overlapping `span`, or nil. `span` is in **UTF-8 byte offsets**, like every span of the document.
    ///
    /// This is how a quote's speaker mention ("Dong", "He", "Prime Minister Justin Trudeau") is linked to its
    /// entity; `entities[index].name` is then the canonical name ("Han Dong"). When several mentions overlap, the
    /// one starting first wins, and a name wins over a pronoun.
    public func entityIndex(covering span: TextSpan) -> Int? {
        var best: (entity: Int, start: Int, isPronoun: Bool)?
        for entity in entities {
            for mention in entity.mentions where mention.span.overlaps(span) {
                let better = best.map { current in
                    current.isPronoun && !mention.isPronoun
                        || (current.isPronoun == mention.isPronoun && mention.span.start < current.start)
                } ?? true
                if better { best = (entity.index, mention.span.start, mention.isPronoun) }
            }
        }
        return best?.entity
    }
}
