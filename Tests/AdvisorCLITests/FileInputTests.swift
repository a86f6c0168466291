import Foundation
import Testing

/// Every file the advisor reads, in every way it can be bad: one line naming the file (and the
/// line, where there is one), exit 2, nothing on standard output and no crash.
@Suite("Every file the advisor reads, when it is bad")
struct FileInputTests {
  /// A kind of file, and how the advisor is made to read it.
  enum Kind: String, CaseIterable, CustomTestStringConvertible {
    case profile, transcript, entry, programList

    var testDescription: String { rawValue }

    /// The file's name.
    var name: String {
      switch self {
      case .profile: "profile.json"
      case .transcript: "session.chat"
      case .entry: "entries/note.md"
      case .programList: "programs.csv"
      }
    }

    func arguments(_ path: String) -> [String] {
      switch self {
      case .profile: ["advise", "--profile", path]
      case .transcript: ["replay", path]
      case .entry:
        ["ask", "--kb", URL(fileURLWithPath: path).deletingLastPathComponent().path, "hello"]
      case .programList: ["programs", "triage", path, "--step2ck", "230", "--specialty", "IM"]
      }
    }

    /// A file cut off in the middle.
    var truncated: String {
      switch self {
      case .profile: "{\n  \"step1\": {\"outcome\": \"pa"
      case .transcript: "> failed step 1\n? step1 ="
      case .entry: "id: my-note\ntitle: A note"
      case .programList: "name,state\n\"Unclosed program,MA\n"
      }
    }

    /// Another kind of file in its place.
    var wrongKind: String {
      switch self {
      case .profile: "name,state\nExample,MA\n"
      case .transcript: "{\"step1\": \"pass\"}\n"
      case .entry: "{\"id\": \"my-note\"}\n"
      case .programList: "> failed step 1\n"
      }
    }
  }

  /// How the file is bad, and whether the message can name a line.
  enum Defect: String, CaseIterable, CustomTestStringConvertible {
    case missing, empty, truncated, binary, wrongKind, folder, unreadable

    var testDescription: String { rawValue }
    var hasLine: Bool { [.empty, .truncated, .binary, .wrongKind].contains(self) }
  }

  private static let cases: [(Kind, Defect)] = Kind.allCases.flatMap { kind in
    Defect.allCases.map { (kind, $0) }
  }

  @Test("One line naming the file, exit 2", arguments: cases)
  func badFile(kind: Kind, defect: Defect) throws {
    // Permissions do not stop root: the unreadable case needs an ordinary user.
    if defect == .unreadable, getuid() == 0 { return }
    let advisor = try AdvisorProcess()
    let path = advisor.stateHome.appendingPathComponent(kind.name).path
    try FileManager.default.createDirectory(
      atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path,
      withIntermediateDirectories: true)
    switch defect {
    case .missing: break
    case .empty: try Data().write(to: URL(fileURLWithPath: path))
    case .truncated: try Data(kind.truncated.utf8).write(to: URL(fileURLWithPath: path))
    case .binary: try Data([0x7B, 0x0A, 0x00, 0xFF, 0xFE]).write(to: URL(fileURLWithPath: path))
    case .wrongKind: try Data(kind.wrongKind.utf8).write(to: URL(fileURLWithPath: path))
    case .folder:
      try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    case .unreadable:
      try Data(kind.wrongKind.utf8).write(to: URL(fileURLWithPath: path))
      chmod(path, 0)
    }
    // A missing entry file leaves an empty folder: the folder is what is named.
    let named =
      kind == .entry && defect == .missing
      ? URL(fileURLWithPath: path).deletingLastPathComponent().path : path
    let result = try advisor.run(kind.arguments(path))
    #expect(result.status == 2, "\(result.stdout)\(result.stderr)")
    #expect(result.errorLines.count == 1, "\(result.stderr)")
    #expect(result.stderr.hasPrefix("advisor: error: \(named)"), "\(result.stderr)")
    if defect.hasLine {
      #expect(result.stderr.hasPrefix("advisor: error: \(named):"), "\(result.stderr)")
      let afterPath = result.stderr.dropFirst("advisor: error: \(named):".count)
      #expect(afterPath.first?.isNumber == true, "no line number: \(result.stderr)")
    }
    #expect(result.stdout.isEmpty, "\(result.stdout)")
    #expect(!result.stderr.contains("Fatal error"))
  }

  @Test("A corrupt saved session is set aside, the user is told, and a new one starts")
  func corruptSession() throws {
    let advisor = try AdvisorProcess()
    let folder = advisor.stateHome.appendingPathComponent("advisor")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let garbage = Data("{\"format\": \"advisor-session\", \"turns\": [".utf8) + Data([0, 0xFF])
    try garbage.write(to: folder.appendingPathComponent("session.json"))
    let result = try advisor.run(["chat", "--resume"], input: "failed step 1\n")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("could not be read"), "\(result.stdout)")
    let aside = folder.appendingPathComponent("session.json.corrupt")
    #expect(FileManager.default.contents(atPath: aside.path) == garbage)
    // The new session is saved in the session store, with the answer given.
    let saved = try advisor.run(["sessions", "export", "default", "--json"])
    #expect(saved.status == 0, "\(saved.stderr)")
    #expect(saved.stdout.contains("\"fail\""), "\(saved.stdout)")
  }
}
