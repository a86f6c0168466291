import TextInput

/// Checks a set of entry files: each file's format, then unique ids across all of them.
package enum EntryLinter {
  /// Parses every file; returns the entries and every problem, in file order.
  ///
  /// - Parameter reserved: entries already loaded (the built-in ones) whose ids the files must
  ///   not reuse.
  package static func check(_ files: [EntryFile], reserved: [KnowledgeEntry] = []) -> (
    entries: [KnowledgeEntry], problems: [LintProblem]
  ) {
    var entries: [KnowledgeEntry] = []
    var problems: [LintProblem] = []
    // A line of 0 is found only when needed; -1 means the place has no line (a reserved entry).
    var seen: [String: (file: String, line: Int)] = [:]
    for entry in reserved { seen[entry.id] = (entry.file ?? "the built-in entries", -1) }
    for file in files {
      guard let text = decode(file, problems: &problems) else { continue }
      switch EntryParser.parse(text, file: file.path) {
      case .failure(let failure):
        problems += failure.problems
      case .success(let entry):
        if let first = seen[entry.id] {
          let place =
            switch first.line {
            case -1: first.file
            case 0: "\(first.file):\(idLine(of: first.file, in: files))"
            default: "\(first.file):\(first.line)"
            }
          problems.append(
            LintProblem(
              file: file.path, line: EntryParser.idLine(in: text),
              "duplicate id '\(entry.id)' (also in \(place))"))
          continue
        }
        seen[entry.id] = (file.path, 0)
        entries.append(entry)
      }
    }
    return (entries, problems)
  }

  /// The id's line in one of the files, found only when a duplicate needs reporting.
  private static func idLine(of path: String, in files: [EntryFile]) -> Int {
    guard let file = files.first(where: { $0.path == path }),
      let text = try? InputText.decode(file.bytes, file: path, what: "an entry")
    else { return 1 }
    return EntryParser.idLine(in: text)
  }

  /// The file's text through the input layer (BOM stripped, newlines as LF), or its problem.
  private static func decode(_ file: EntryFile, problems: inout [LintProblem]) -> String? {
    if InputText.isBlank(file.bytes) {
      problems.append(LintProblem(file: file.path, line: 1, "the file is empty"))
      return nil
    }
    do {
      return try InputText.decode(file.bytes, file: file.path, what: "an entry")
    } catch {
      problems.append(LintProblem(file: file.path, line: error.line ?? 1, error.message))
      return nil
    }
  }
}
