/// A he/she/his/her pronoun, to be resolved to a PERSON entity. Offsets are **UTF-8 byte offsets**.
struct PronounMention: Sendable {
    var span: TextSpan
    var gender: PersonGender
}
