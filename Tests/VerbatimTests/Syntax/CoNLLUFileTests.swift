import Testing
import Verbatim

@Suite("Syntax: CoNLL-U files")
struct CoNLLUFileTests {
    private let text = """
        # sent_id = 1
        # text = Don't go.
        1-2\tDon't\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No
        1\tDo\tdo\tAUX\tVBP\t_\t3\taux\t_\t_
        2\tn't\tnot\tPART\tRB\t_\t3\tadvmod\t_\t_
        3\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No
        4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_

        # sent_id = 2
        1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\t_

        """

    @Test("sentences are runs of word lines; multiword-token lines and comments are kept but are not words")
    func sentences() throws {
        let file = try CoNLLUFile(text: text, path: "t.conllu")
        #expect(file.sentences.count == 2)
        #expect(file.words(of: file.sentences[0]).map { String(decoding: $0, as: UTF8.self) } == ["Do", "n't", "go", "."])
        #expect(file.tags(of: file.sentences[1]) == [.intj])
    }

    @Test("written back, the file is byte for byte the same except column 4")
    func rewritesOnlyTags() throws {
        var file = try CoNLLUFile(text: text, path: "t.conllu")
        #expect(file.text == text)
        file.setTags([.verb, .adv, .noun, .sym], of: file.sentences[0])
        let changed = file.text.split(separator: "\n", omittingEmptySubsequences: false)
        let original = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(changed.count == original.count)
        for (new, old) in zip(changed, original) {
            let newFields = new.split(separator: "\t", omittingEmptySubsequences: false)
            let oldFields = old.split(separator: "\t", omittingEmptySubsequences: false)
            #expect(newFields.count == oldFields.count)
            for column in newFields.indices where column != 3 || !old.first!.isNumber || old.contains("-") {
                #expect(newFields[column] == oldFields[column])
            }
        }
        #expect(changed[3].contains("\tVERB\t"))
    }

    @Test("a line of the wrong shape is an error naming the line")
    func malformed() {
        #expect(throws: CoNLLUError.self) { try CoNLLUFile(text: "1\tword\n", path: "bad.conllu") }
        do {
            _ = try CoNLLUFile(text: "# ok\nx\ty\tz\t_\t_\t_\t_\t_\t_\t_\n", path: "bad.conllu")
        } catch {
            #expect(error.line == 2)
        }
    }
}
