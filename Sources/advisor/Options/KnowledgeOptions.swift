import ArgumentParser
import BuiltInKnowledge
import KnowledgeBase

/// `--kb DIR` (repeatable) and `ADVISOR_KB`: folders of the user's own entries.
struct KnowledgeOptions: ParsableArguments {
  @Option(
    name: .customLong("kb"),
    help: ArgumentHelp(
      "A folder of your own entries, indexed beside the built-in ones (repeatable; also "
        + "ADVISOR_KB, folders separated by ':').", valueName: "DIR"))
  var folders: [String] = []

  /// The folders from the flag, then from the environment.
  var allFolders: [String] {
    let fromEnvironment =
      Terminal.environment("ADVISOR_KB")?.split(separator: ":").map(String.init) ?? []
    return folders + fromEnvironment.filter { !$0.isEmpty }
  }

  /// The built-in entries plus the user's, or a one-line error naming the file and line.
  func load() throws -> KnowledgeBase {
    do {
      return try KnowledgeBase.load(userFolders: allFolders)
    } catch {
      throw UserError(error.description(lint: Invocation.command("kb lint")))
    }
  }
}
