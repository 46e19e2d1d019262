import ArgumentParser

@main
struct Newsdesk: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "newsdesk", abstract: "Newsdesk: a self-hosted news story engine.")
}
