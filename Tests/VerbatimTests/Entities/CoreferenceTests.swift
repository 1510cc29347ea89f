import Testing
@testable import Verbatim

@Suite("Entities: one coreference for every stage")
struct CoreferenceTests {
    /// The entity name each pronoun mention of `text` is resolved to, and each quote's speaker name.
    private func resolve(_ text: String) throws -> (pronouns: [String: String], speakers: [String?]) {
        let document = try TestModels.process(text)
        var pronouns: [String: String] = [:]
        for entity in document.entities {
            for mention in entity.mentions where mention.isPronoun {
                pronouns["\(document.substring(mention.span))@\(mention.span.start)"] = entity.name
            }
        }
        return (pronouns, document.quotes.map(\.speakerName))
    }

    @Test("a pronoun speaker is the person the entity layer resolved it to, by gender")
    func quoteReadsEntityLayer() throws {
        let text = "John Smith arrived. Ana Ruiz spoke next. \"We will see,\" he said."
        let (pronouns, speakers) = try resolve(text)
        #expect(pronouns.values.contains("John Smith"))
        #expect(speakers == ["John Smith"])
    }

    @Test("within its sentence a pronoun goes to the person just named", arguments: [
        ("A report from David Johnston said he was advised that one piece of intelligence spoke to the allegation against Han Dong. It led him to his conclusion.", "David Johnston"),
    ])
    func sentenceAndSubject(text: String, expected: String) throws {
        let (pronouns, _) = try resolve(text)
        #expect(!pronouns.isEmpty)
        #expect(pronouns.values.allSatisfy { $0 == expected }, "\(pronouns)")
    }

    @Test("a name quoted in the pronoun's sentence is not its antecedent")
    func quotedNames() throws {
        let text = "Han Dong denied the claim. \"I raised the status of Michael Spavor,\" he wrote."
        let (pronouns, speakers) = try resolve(text)
        #expect(pronouns.values.allSatisfy { $0 == "Han Dong" }, "\(pronouns)")
        #expect(speakers == ["Han Dong"])
    }

    @Test("after an unnamed source speaks, the entity layer leaves the pronoun to the quote stage")
    func unnamedSource() throws {
        let text = "Han Dong resigned. Meanwhile, a political scientist at the University of the Fraser Valley says it is bad news, however, he points out that reports suggest otherwise."
        let (pronouns, _) = try resolve(text)
        #expect(!pronouns.values.contains("Han Dong") || pronouns.keys.allSatisfy { !$0.hasPrefix("he@") }, "\(pronouns)")
    }
}
