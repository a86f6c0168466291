/// Checks a set of entry files: each file's format, then unique ids across all of them.
public enum EntryLinter {
  /// Parses every file; returns the entries and every problem, in file order.
  public static func check(_ files: [EntryFile]) -> (
    entries: [KnowledgeEntry], problems: [LintProblem]
  ) {
    var entries: [KnowledgeEntry] = []
    var problems: [LintProblem] = []
    var seen: [String: (file: String, line: Int)] = [:]
    for file in files {
      guard let text = decode(file, problems: &problems) else { continue }
      switch EntryParser.parse(text, file: file.path) {
      case .failure(let failure):
        problems += failure.problems
      case .success(let entry):
        if let first = seen[entry.id] {
          let line = EntryParser.idLine(in: text)
          problems.append(
            LintProblem(
              file: file.path, line: line,
              "duplicate id '\(entry.id)' (also in \(first.file):\(first.line == 0 ? idLine(of: first.file, in: files) : first.line))"))
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
