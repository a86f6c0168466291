import Foundation
import Testing

/// Hostile files of every kind the advisor reads, built by a seeded generator: one line and
/// exit 2, or the same answer as the plain file; never a raw escape on the terminal; bounded
/// time and memory.
@Suite("Hostile files of every kind, from a seeded generator")
struct HostileFilesTests {
  typealias Kind = HostileFiles.Kind
  typealias Hostility = HostileFiles.Hostility

  /// The seed; a failure names its case, and the same seed rebuilds the same file.
  static let seed: UInt64 = 0x15_15_AD_15_0B_5E_ED

  /// Every kind with every hostility (standard input is a pipe: no FIFO, device or folder).
  /// Sessions live in a SQLite database now; the one text file of theirs the advisor reads, an
  /// earlier version's `session.json`, is imported once, and its bad-file matrix (corrupt,
  /// oversized, a folder, a link) is in StorageTests.
  static let cases: [(Kind, Hostility)] = Kind.allCases.filter { $0 != .session }.flatMap { kind in
    Hostility.allCases.filter { kind != .standardInput || !$0.isNotARegularFile }.map {
      (kind, $0)
    }
  }

  /// The most one run may take: far above any sane input's cost, far below a hang.
  static let timeLimit = 60.0

  @Test("One line and exit 2, or a correct answer; nothing raw on the terminal", arguments: cases)
  func hostile(kind: Kind, hostility: Hostility) throws {
    let index = UInt64(Self.cases.firstIndex { $0 == (kind, hostility) } ?? 0)
    var generator = HostileFiles(seed: Self.seed &+ index)
    let advisor = try AdvisorProcess()
    let target = try Target(kind, advisor)

    try target.write(Data(target.plainLines.joined(separator: "\n").utf8 + [0x0A]))
    let plain = try target.run()
    if kind != .session, kind != .transcript { #expect(plain.status == 0, "\(plain.stderr)") }

    let line: Int?
    switch hostility {
    case .fifo:
      try target.remove()
      #expect(mkfifo(target.path, 0o600) == 0)
      line = nil
    case .device:
      try target.remove()
      try FileManager.default.createSymbolicLink(
        atPath: target.path, withDestinationPath: "/dev/zero")
      line = nil
    case .folder:
      try target.remove()
      try FileManager.default.createDirectory(
        atPath: target.path, withIntermediateDirectories: true)
      line = nil
    case .oversized:
      // Sparse: one byte past the 16 MiB limit without writing 16 MiB.
      #expect(truncate(target.path, off_t(16 << 20) + 1) == 0)
      line = nil
    default:
      let recorded = kind == .transcript || kind == .session
      let made = generator.bytes(
        kind, hostility, plainLines: recorded ? target.plainLines : nil)
      try target.write(Data(made.bytes))
      line = made.line
    }
    let result = try target.run()

    #expect(!result.timedOut, "ended by a signal or the \(Self.timeLimit) s limit")
    #expect([0, 1, 2].contains(result.status), "\(result.stderr)")
    #expect(rawControls(result.stdout).isEmpty, "raw on stdout: \(rawControls(result.stdout))")
    #expect(rawControls(result.stderr).isEmpty, "raw on stderr: \(rawControls(result.stderr))")
    if result.status == 2 {
      #expect(result.errorLines.count == 1, "\(result.stderr)")
      #expect(result.stderr.hasPrefix("advisor: error: "), "\(result.stderr)")
      #expect(result.stdout.isEmpty, "\(result.stdout.prefix(200))")
    }
    if hostility.isHarmlessEncoding {
      #expect(result.status == plain.status, "\(result.stderr)")
      #expect(result.stdout == plain.stdout)
    } else if kind == .session, hostility.isNotText || hostility.isNotARegularFile {
      // The chat goes on; the unusable session is set aside or reported, never read raw.
      #expect(result.status == 0, "\(result.stderr)")
      #expect(
        (result.stdout + result.stderr).contains("could not be read"),
        "\(result.stdout.prefix(300))")
    } else if hostility.isNotText {
      let named = kind == .standardInput ? "<stdin>" : target.path
      #expect(result.status == 2)
      #expect(
        result.stderr.hasPrefix("advisor: error: \(named):\(line ?? 0): "), "\(result.stderr)")
    } else if hostility.isNotARegularFile {
      #expect(result.status == 2)
      #expect(result.stderr.hasPrefix("advisor: error: \(target.path): "), "\(result.stderr)")
      let named = [
        "fifo": "FIFO", "device": "character device", "folder": "folder", "oversized": "MiB",
      ]
      #expect(result.stderr.contains(named[hostility.rawValue] ?? "?"), "\(result.stderr)")
    }
    #expect(childrenPeakMiB() < 1024, "a child's peak memory: \(childrenPeakMiB()) MiB")
  }

  private func rawControls(_ text: String) -> [String] {
    HostileInputTests.raw(text)
  }

  /// The largest peak resident set of any child reaped so far, in MiB.
  private func childrenPeakMiB() -> Int {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
    return usage.ru_maxrss / 1024
  }

  /// Where a kind of file lives and how the advisor is made to read it.
  struct Target {
    let kind: Kind
    let advisor: AdvisorProcess
    let path: String
    let plainLines: [String]

    init(_ kind: Kind, _ advisor: AdvisorProcess) throws {
      self.kind = kind
      self.advisor = advisor
      let home = advisor.stateHome.path
      switch kind {
      case .profile, .standardInput: path = home + "/profile.json"
      case .programList: path = home + "/programs.csv"
      case .entry: path = home + "/kb/note.md"
      case .transcript: path = home + "/session.chat"
      case .draft: path = home + "/draft.txt"
      case .session: path = home + "/advisor/session.json"
      }
      try FileManager.default.createDirectory(
        atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      switch kind {
      case .transcript:
        // A transcript the advisor recorded itself, so the plain one passes.
        _ = try advisor.run(
          ["chat", "--record", path], input: "failed step 1 once then passed\n238 on CK\n/quit\n")
        plainLines = try Self.lines(of: path)
      case .session:
        _ = try advisor.run(["chat"], input: "failed step 1 once, passed\nI want Boston\n/quit\n")
        plainLines = try Self.lines(of: path)
      default:
        plainLines = HostileFiles.plain(kind).lines
      }
    }

    private static func lines(of path: String) throws -> [String] {
      try String(contentsOfFile: path, encoding: .utf8).split(
        separator: "\n", omittingEmptySubsequences: false
      ).dropLast().map(String.init)
    }

    func write(_ data: Data) throws {
      try data.write(to: URL(fileURLWithPath: path))
    }

    func remove() throws {
      try FileManager.default.removeItem(atPath: path)
    }

    func run() throws -> AdvisorProcess.Result {
      let limit = HostileFilesTests.timeLimit
      switch kind {
      case .profile:
        return try advisor.run(["advise", "--profile", path], timeLimit: limit)
      case .standardInput:
        let data = FileManager.default.contents(atPath: path) ?? Data()
        return try advisor.run(["advise", "--profile", "-"], inputBytes: data, timeLimit: limit)
      case .programList:
        return try advisor.run(
          ["programs", "triage", path, "--step2ck", "232", "--specialty", "IM"], timeLimit: limit)
      case .entry:
        let folder = (path as NSString).deletingLastPathComponent
        return try advisor.run(["ask", "--kb", folder, "what did my mentor say"], timeLimit: limit)
      case .transcript:
        return try advisor.run(["replay", path], timeLimit: limit)
      case .draft:
        return try advisor.run(["email", "check", path], timeLimit: limit)
      case .session:
        return try advisor.run(["chat", "--resume"], input: "/quit\n", timeLimit: limit)
      }
    }
  }
}
