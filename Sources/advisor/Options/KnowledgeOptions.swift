import ArgumentParser
import BuiltInKnowledge
import KnowledgeBase
import Platform
import Storage

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
  ///
  /// The user's folders are compiled once and cached (see ``KnowledgeCache``); a later run
  /// reads the pack while no entry file has changed.
  func load() throws -> KnowledgeBase {
    let folders = allFolders
    func build() throws -> KnowledgeBase {
      do {
        return try KnowledgeBase.load(userFolders: folders)
      } catch {
        throw UserError(error.description(lint: Invocation.command("kb lint")))
      }
    }
    guard !folders.isEmpty, let cache = KnowledgeCache(environment: Self.cacheEnvironment) else {
      return try build()
    }
    return try cache.load(userFolders: folders, writer: Self.writer, build: build)
  }

  private static var cacheEnvironment: [String: String] {
    var environment: [String: String] = [:]
    for name in ["XDG_CACHE_HOME", "HOME"] { environment[name] = Terminal.environment(name) }
    return environment
  }

  /// This build of the advisor: its version and its executable's size and time, so a rebuilt
  /// advisor (new built-in entries, a new pack layout) never reads an older build's cache.
  private static var writer: String {
    var info = stat()
    let binary =
      stat("/proc/self/exe", &info) == 0
      ? "\(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)" : "unknown"
    return "\(AdvisorCommand.configuration.version) \(binary)"
  }
}
