import ArgumentParser

@main
struct VerbatimCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verbatim",
        abstract: "Turn news articles into structured records of who said what.",
        subcommands: [ExtractCommand.self, EvalCommand.self, LoadCommand.self, TagCommand.self, TrainTaggerCommand.self],
        defaultSubcommand: ExtractCommand.self
    )
}
