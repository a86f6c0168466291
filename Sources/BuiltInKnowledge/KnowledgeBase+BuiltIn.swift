package import KnowledgeBase

extension KnowledgeBase {
  /// Why a knowledge base could not be loaded: lint problems in entry files, or an unreadable
  /// folder. Each becomes one `FILE:LINE: message` line.
  package struct LoadError: Error, Sendable, CustomStringConvertible {
    package var problems: [LintProblem]
    package var folderProblem: EntryDirectory.Failure?

    /// The first problem, as the one-line error the contract asks for.
    package var description: String { description(lint: "advisor kb lint") }

    /// The first problem, pointing at `lint` (the command as the user runs it) for the rest.
    package func description(lint: String) -> String {
      if let folderProblem { return folderProblem.description }
      let first = problems.first?.description ?? "unknown problem"
      return problems.count > 1 ? "\(first) (and \(problems.count - 1) more; run '\(lint)')" : first
    }
  }

  /// The built-in entries plus the entries of each user folder (ids must be unique across all
  /// of them).
  ///
  /// The built-in entries come from the pack the build compiled; when it is missing or cannot
  /// be read, from the entry files themselves, indexed here.
  package static func load(userFolders: [String] = []) throws(LoadError) -> KnowledgeBase {
    let builtIn = try builtIn()
    guard !userFolders.isEmpty else { return builtIn }
    var files: [EntryFile] = []
    do throws(EntryDirectory.Failure) {
      for folder in userFolders {
        let found = try EntryDirectory.files(in: folder)
        guard !found.isEmpty else {
          // A folder given on purpose that holds no entries is almost always the wrong folder.
          throw EntryDirectory.Failure(
            path: folder, message: "no .md entries in this folder; pass a folder of .md entries")
        }
        files += found
      }
    } catch {
      throw LoadError(problems: [], folderProblem: error)
    }
    let checked = EntryLinter.check(files, reserved: Array(builtIn.entries))
    guard checked.problems.isEmpty else { throw LoadError(problems: checked.problems) }
    return KnowledgeBase(entries: Array(builtIn.entries) + checked.entries)
  }

  /// The built-in entries alone, from the pack compiled into the executable.
  package static func builtIn() throws(LoadError) -> KnowledgeBase {
    do {
      return try KnowledgePack.open(
        PackBytes(literal: BuiltInEntries.pack), entriesIn: BuiltInEntries.folder)
    } catch {
      throw LoadError(
        problems: [],
        folderProblem: EntryDirectory.Failure(
          path: BuiltInEntries.folder,
          message:
            "the built-in knowledge compiled into this advisor cannot be read (\(error)); rebuild it with 'swift build'"
        ))
    }
  }
}
