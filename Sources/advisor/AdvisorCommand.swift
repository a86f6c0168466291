import ArgumentParser

/// The `advisor` command: a chat by default, and one-shot subcommands.
struct AdvisorCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "advisor",
    abstract: "A residency-application advisor for a low or failed USMLE Step score.",
    discussion: """
      Run it bare for a conversation. It asks about your Step 1 and Step 2 CK results, \
      specialty, where you want to train and your connections, and tells you whether to email \
      programs or stay silent, who should reach out, how many programs to apply to and what to \
      do next, citing its sources. Ask it questions at any point.
      """,
    version: "1.0.0",
    subcommands: [
      Chat.self, Advise.self, Ask.self, Email.self, Programs.self, Replay.self, KB.self,
      Sessions.self,
    ],
    defaultSubcommand: Chat.self)
}
