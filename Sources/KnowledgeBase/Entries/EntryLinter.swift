/// Checks a set of entry files: each file's format, then unique ids across all of them.
public enum EntryLinter {
  /// Parses every file; returns the entries and every problem, in file order.
  ///
  /// - Parameter reserved: entries already loaded (the built-in ones) whose ids the files must
  ///   not reuse.
  public static func check(_ files: [EntryFile], reserved: [KnowledgeEntry] = []) -> (
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
      let text = String(validating: file.bytes, as: UTF8.self)
    else { return 1 }
    return EntryParser.idLine(in: text)
  }

  private static func decode(_ file: EntryFile, problems: inout [LintProblem]) -> String? {
    if file.bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
      problems.append(LintProblem(file: file.path, line: 1, "the file is empty"))
      return nil
    }
    if let offset = file.bytes.firstIndex(of: 0) {
      problems.append(
        LintProblem(
          file: file.path, line: line(at: offset, in: file.bytes),
          "binary data (a NUL byte); an entry is text"))
      return nil
    }
    guard let text = String(validating: file.bytes, as: UTF8.self) else {
      problems.append(
        LintProblem(file: file.path, line: invalidLine(file.bytes), "not valid UTF-8 text"))
      return nil
    }
    return text
  }

  private static func line(at offset: Int, in bytes: [UInt8]) -> Int {
    bytes[..<offset].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
  }

  private static func invalidLine(_ bytes: [UInt8]) -> Int {
    var start = 0
    var number = 1
    for (offset, byte) in bytes.enumerated() where byte == 0x0A {
      if String(validating: bytes[start..<offset], as: UTF8.self) == nil { return number }
      number += 1
      start = offset + 1
    }
    return number
  }
}
