import Testing
import Verbatim

/// Mentions clustered into entities: full names, surnames, honorifics, acronyms and pronouns.
@Suite("Entity clustering and coreference")
struct EntityClusteringTests {
    static let article = """
        Independent MP Han Dong says he wants to return to caucus.

        Han Dong, a Toronto-area MP, resigned in March. Mr. Dong said the report by the Canadian Security \
        Intelligence Service (CSIS) was wrong, and Dong's lawyer agreed.

        PMO spokesperson Alison Murphy wrote that her office was told. Dong later said CSIS never warned him.
        """

    static func entity(named name: String, in document: Document) -> Entity? {
        document.entities.first { $0.name == name }
    }

    @Test("a full name, a surname and an honorific form one entity with its titles")
    func personCluster() throws {
        let document = try TestModels.process(Self.article)
        let dong = try #require(Self.entity(named: "Han Dong", in: document))
        #expect(dong.kind == .person)
        let names = dong.mentions.filter { !$0.isPronoun }.map { document.substring($0.span) }
        #expect(names == ["Han Dong", "Han Dong", "Dong", "Dong", "Dong"])
        #expect(dong.titles.contains("Independent MP"))
        #expect(dong.titles.contains("Toronto-area MP"))
        #expect(document.entities.filter { $0.kind == .person && $0.name.hasSuffix("Dong") }.count == 1)
    }

    @Test("an acronym joins the long form the article pairs it with")
    func acronym() throws {
        let document = try TestModels.process(Self.article)
        let csis = try #require(Self.entity(named: "Canadian Security Intelligence Service", in: document))
        #expect(csis.kind == .organization)
        #expect(csis.mentions.map { document.substring($0.span) }.filter { $0 == "CSIS" }.count == 2)
    }

    @Test("he/his resolve to the most recent man, her to the most recent woman; pronouns are flagged")
    func pronouns() throws {
        let document = try TestModels.process(Self.article)
        let dong = try #require(Self.entity(named: "Han Dong", in: document))
        let murphy = try #require(Self.entity(named: "Alison Murphy", in: document))
        let dongPronouns = dong.mentions.filter(\.isPronoun).map { document.substring($0.span) }
        #expect(dongPronouns == ["he", "him"])
        #expect(murphy.mentions.filter(\.isPronoun).map { document.substring($0.span) } == ["her"])
        #expect(dong.mentions.filter(\.isPronoun).allSatisfy { $0.rule == "coreference.pronoun" })
    }

    @Test("entityIndex(covering:) links a speaker span (UTF-8) to its entity, pronouns included")
    func speakerLookup() throws {
        let document = try TestModels.process(Self.article)
        let text = Self.article
        func span(of needle: String, after offset: Int = 0) -> TextSpan {
            let bytes = Array(text.utf8)
            let target = Array(needle.utf8)
            for start in offset...(bytes.count - target.count) where Array(bytes[start..<(start + target.count)]) == target {
                return TextSpan(start: start, end: start + target.count)
            }
            return TextSpan(start: 0, end: 0)
        }
        let dong = try #require(Self.entity(named: "Han Dong", in: document))
        #expect(document.entityIndex(covering: span(of: "Mr. Dong")) == dong.index)
        let he = span(of: " he ")
        #expect(document.entityIndex(covering: TextSpan(start: he.start + 1, end: he.end - 1)) == dong.index)
        let murphy = try #require(Self.entity(named: "Alison Murphy", in: document))
        #expect(document.entityIndex(covering: span(of: "Alison Murphy")) == murphy.index)
        #expect(document.entityIndex(covering: span(of: "report")) == nil)
    }

    @Test("offsets are UTF-8 bytes: an emoji before a name shifts the span by four")
    func utf8Offsets() throws {
        let document = try TestModels.process("😀 Maria Lopez arrived in Ottawa.")
        let maria = try #require(Self.entity(named: "Maria Lopez", in: document))
        #expect(maria.mentions[0].span == TextSpan(start: 5, end: 16))
    }
}
