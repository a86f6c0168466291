import Foundation
import Testing

/// Every write of the advisor to standard output goes through its one writer
/// (`StandardOutput`, and `Pager.print`, which takes only the writer's `TerminalText`), and to
/// standard error through `StandardError.write`: both escape data, so a new call site cannot
/// send data to the terminal raw by forgetting to.
@Suite("One escaping writer for the terminal")
struct TerminalWriterTests {
  static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Sources/advisor")

  /// The writers themselves, where the raw calls belong.
  static let writers: [String: [String]] = [
    "Utilities/StandardOutput.swift": ["Swift.print(", "print("],
    "Utilities/Terminal.swift": ["systemWrite("],
    "Utilities/Pager.swift": ["systemWrite("],
  ]

  /// Ways to write to the terminal other than the writers.
  static let rawWrites = [
    "print(", "Swift.print(", "FileHandle", "fputs(", "fwrite(", "putchar(", "vprintf(",
    "dprintf(", "systemWrite(", "write(STDOUT_FILENO", "write(STDERR_FILENO", "write(1,",
    "write(2,",
  ]

  /// The code of each line of the executable's sources, comments and calls of the writers
  /// taken out, by file (relative path).
  static func code() throws -> [(file: String, line: Int, code: String)] {
    let files = try #require(FileManager.default.enumerator(atPath: sources.path))
      .compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }.sorted()
    return try files.flatMap { file in
      try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
        .split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        .map { (file, $0.offset + 1, String($0.element)) }
    }
    .filter { !$0.2.trimmingCharacters(in: .whitespaces).hasPrefix("//") }
    .map { file, line, text in
      // The writers' own entry points are what every site must use.
      let code = text.replacingOccurrences(of: "StandardOutput.print(", with: "")
        .replacingOccurrences(of: "Pager.print(", with: "")
        .replacingOccurrences(of: "func print(", with: "")
      return (file, line, code)
    }
  }

  @Test("No code in the executable writes to the terminal except through the writers")
  func everyWriteGoesThroughTheWriters() throws {
    let lines = try Self.code()
    // The scan reads the real sources: every command file, and the writer's uses in them.
    #expect(Set(lines.map(\.file)).count >= 20)
    #expect(
      try String(
        contentsOf: Self.sources.appendingPathComponent("Subcommands/Chat.swift"), encoding: .utf8
      ).contains("StandardOutput.print("))
    let bypasses = lines.filter { file, _, code in
      Self.rawWrites.contains { raw in
        code.contains(raw) && !(Self.writers[file] ?? []).contains(raw)
          && !Self.isStandardErrorWrite(code, raw)
      }
    }
    #expect(
      bypasses.isEmpty,
      "writes that bypass StandardOutput: \(bypasses.map { "\($0.file):\($0.line)" })")
  }

  /// `StandardError.write(` holds `write(` but is the standard-error writer.
  static func isStandardErrorWrite(_ code: String, _ raw: String) -> Bool {
    !code.replacingOccurrences(of: "StandardError.write(", with: "").contains(raw)
  }
}
