import ArgumentParser

@main
struct Newsdesk: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsdesk",
        abstract: "Newsdesk: turn raw news pages into clean articles, events and stories.",
        subcommands: [ExtractCommand.self, IngestCommand.self, RemoveCommand.self, StoriesCommand.self, ExportCommand.self, EvalCommand.self, SignalsCommand.self, BenchmarkCommand.self]
    )
}
