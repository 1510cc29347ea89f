import Foundation
import Verbatim

// The models are found as the command-line tool finds them ($VERBATIM_MODELS, an install, ./Models, the checkout);
// `Verbatim(modelsDirectory: "path/to/Models")` names them instead.
let verbatim = try Verbatim()
let text = CommandLine.arguments.count > 1
    ? try String(contentsOfFile: CommandLine.arguments[1], encoding: .utf8)
    : "\"We will rebuild,\" said Mayor Ana Ruiz. \"It will take a year.\""
let record = try verbatim.extract(text: text, id: "example")

// Offsets are code points into `text`, as in the JSONL output.
for quote in record.quotes ?? [] {
    print("\(quote.speakerName ?? "unknown") [\(quote.start)..<\(quote.end)]: \(quote.text)")
}

// The record is the JSONL line as a Codable value.
let encoder = JSONEncoder()
encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
print(String(decoding: try encoder.encode(record), as: UTF8.self))
