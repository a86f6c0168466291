extension KnowledgeBase {
  /// Why a knowledge base could not be loaded: lint problems in entry files, or an unreadable
  /// folder. Each becomes one `FILE:LINE: message` line.
  public struct LoadError: Error, Sendable, CustomStringConvertible {
    public var problems: [LintProblem]
    public var folderProblem: EntryDirectory.Failure?

    /// The first problem, as the one-line error the contract asks for.
    public var description: String {
      if let folderProblem { return folderProblem.description }
      let first = problems.first?.description ?? "unknown problem"
      return problems.count > 1
        ? "\(first) (and \(problems.count - 1) more; run 'advisor kb lint')" : first
    }
  }

  /// The built-in entries plus the entries of each user folder, linted together (ids must be
  /// unique across all of them).
  public static func load(userFolders: [String] = []) throws(LoadError) -> KnowledgeBase {
    guard let builtIn = BuiltInEntries.directory else {
      throw LoadError(
        problems: [],
        folderProblem: EntryDirectory.Failure(
          path: BuiltInEntries.bundleName,
          message:
            "the built-in knowledge base is missing beside the executable; rebuild with 'swift build'"
        ))
    }
    var files: [EntryFile] = []
    do {
      files = try EntryDirectory.files(in: builtIn)
      for folder in userFolders { files += try EntryDirectory.files(in: folder) }
    } catch {
      throw LoadError(problems: [], folderProblem: error)
    }
    let checked = EntryLinter.check(files)
    guard checked.problems.isEmpty else { throw LoadError(problems: checked.problems) }
    return KnowledgeBase(entries: checked.entries)
  }
}
