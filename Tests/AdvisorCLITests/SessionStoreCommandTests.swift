import Foundation
import TestSupport
import Testing

/// The saved sessions from the outside: several processes, kills, a full disk, `--record`.
@Suite("Saved sessions across processes")
struct SessionStoreCommandTests {
  private static let answers = [
    "failed step 1 once, passed", "238 on CK", "IM", "US MD", "Boston", "no connections",
    "no hook", "/undo", "peds", "what should I do next?",
  ]

  /// `count` lines of answers, repeated.
  private static func lines(_ count: Int) -> String {
    (0..<count).map { answers[$0 % answers.count] + "\n" }.joined()
  }

  private func turns(_ advisor: AdvisorProcess, _ name: String) throws -> [Int] {
    let result = try advisor.run(["sessions", "export", name, "--json"])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    let turns = object?["turns"] as? [[String: Any]] ?? []
    return turns.compactMap { $0["turn"] as? Int }
  }

  @Test("Two chats on different sessions of one database, at the same time, lose nothing")
  func concurrentWriters() throws {
    let advisor = try AdvisorProcess()
    let chats = try ["a", "b"].map { name in
      try RunningChat(advisor, ["chat", "--session", name, "--json"], input: Self.lines(150))
    }
    for chat in chats {
      let result = chat.finish()
      #expect(result.status == 0, "\(result.stderr)")
    }
    #expect(try turns(advisor, "a") == Array(1...150))
    #expect(try turns(advisor, "b") == Array(1...150))
  }

  @Test("A second chat on a session in use says so in one line; the first loses nothing")
  func sessionInUse() throws {
    let advisor = try AdvisorProcess()
    let first = try RunningChat(advisor, ["chat"], input: "peds\n", keepInputOpen: true)
    // The chat writes its process id into the lock file once it holds the session.
    let lock = advisor.stateHome.appendingPathComponent("advisor/sessions.default.lock").path
    try first.waitForFile(lock, containing: "\(first.process.processIdentifier)\n")
    let second = try advisor.run(["chat", "--resume"], input: "IM\n")
    #expect(second.status == 2)
    #expect(second.errorLines.count == 1, "\(second.stderr)")
    #expect(second.stderr.contains("the session 'default' is in use by another advisor chat"))
    let result = first.finish()
    #expect(result.status == 0)
    #expect(try turns(advisor, "default") == [1])
  }

  @Test("Fifty kill -9 at seeded random moments lose no completed turn and corrupt nothing")
  func killLoop() throws {
    let advisor = try AdvisorProcess()
    var random = SeededRandom(seed: 13)
    var completed = 0
    for _ in 0..<50 {
      let chat = try RunningChat(
        advisor, ["chat", "--resume", "--json"], input: Self.lines(40), keepInputOpen: true)
      usleep(UInt32(random.next() % 250_000))
      let output = chat.kill()
      // A turn's line is printed after its transaction commits: every printed turn is saved.
      completed +=
        output.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        .count
    }
    let saved = try turns(advisor, "default")
    #expect(saved.count >= completed)
    #expect(saved == saved.sorted() && Set(saved).count == saved.count)
    #expect(completed > 0)
  }

  @Test("A full disk: one warning, the goodbye does not claim the answers are saved")
  func fullDisk() throws {
    let advisor = try AdvisorProcess()
    guard let disk = try SmallDisk(kilobytes: 256) else {
      // Mounting a tmpfs needs root and a kernel that allows it in this container.
      print("skipped: this machine does not allow mounting a small tmpfs")
      return
    }
    defer { disk.unmount() }
    let environment = ["XDG_STATE_HOME": disk.path]
    let result = try advisor.run(["chat"], input: Self.lines(2_000), environment: environment)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(!result.stdout.contains("Your answers are saved"), "\(result.stdout.suffix(300))")
    #expect(result.stdout.contains("could not be saved"))
    #expect(result.errorLines.count == 1, "\(result.stderr)")
    #expect(result.stderr.contains("could not be saved"))
    // What was saved before the disk filled is intact and resumes.
    let resumed = try advisor.run(["chat", "--resume"], input: "", environment: environment)
    #expect(resumed.stdout.contains("Welcome back"), "\(resumed.stdout)\(resumed.stderr)")
  }

  @Test("A read-only state folder: one line, exit 2, and the saved session untouched")
  func readOnlyState() throws {
    let advisor = try AdvisorProcess()
    guard let disk = try SmallDisk(kilobytes: 1024) else {
      print("skipped: this machine does not allow mounting a small tmpfs")
      return
    }
    defer { disk.unmount() }
    let environment = ["XDG_STATE_HOME": disk.path]
    let saved = try advisor.run(["chat"], input: "peds\n", environment: environment)
    #expect(saved.status == 0, "\(saved.stderr)")
    let database = disk.path + "/advisor/sessions.sqlite"
    let before = FileManager.default.contents(atPath: database)
    #expect(disk.remountReadOnly())
    let result = try advisor.run(["chat", "--resume"], input: "IM\n", environment: environment)
    #expect(result.status == 2)
    #expect(result.errorLines.count == 1, "\(result.stderr)")
    #expect(result.stderr.contains("read-only"), "\(result.stderr)")
    #expect(FileManager.default.contents(atPath: database) == before)
    // The commands that only read still work on the read-only disk.
    let list = try advisor.run(["sessions", "list"], environment: environment)
    #expect(list.status == 0, "\(list.stderr)")
    #expect(list.stdout.hasPrefix("default  1 turn  Pediatrics"), "\(list.stdout)")
    let show = try advisor.run(["sessions", "show", "default"], environment: environment)
    #expect(show.stdout.hasPrefix("you> peds\n"), "\(show.stderr)")
    #expect(FileManager.default.contents(atPath: database) == before)
  }

  @Test(
    "A --record path that cannot be written is an error at start, exit 2, one line",
    arguments: ["missing/out.chat", "folder", "link"])
  func badRecordPath(name: String) throws {
    let advisor = try AdvisorProcess()
    let base = advisor.stateHome.path
    try FileManager.default.createDirectory(
      atPath: base + "/folder", withIntermediateDirectories: false)
    try FileManager.default.createSymbolicLink(
      atPath: base + "/link", withDestinationPath: base + "/victim")
    let result = try advisor.run(["chat", "--record", base + "/" + name], input: "peds\n")
    #expect(result.status == 2)
    #expect(result.errorLines.count == 1, "\(result.stderr)")
    #expect(result.stderr.hasPrefix("advisor: error: \(base)/\(name): "), "\(result.stderr)")
    #expect(result.stdout.isEmpty)
    #expect(!FileManager.default.fileExists(atPath: base + "/victim"))
  }

  @Test("An existing --record file is replaced only when the first turn is recorded")
  func recordReplacedAtFirstTurn() throws {
    let advisor = try AdvisorProcess()
    let path = try advisor.file("keep.chat", "# my old transcript\n")
    let nothing = try advisor.run(["chat", "--record", path], input: "")
    #expect(nothing.status == 0)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "# my old transcript\n")
    let one = try advisor.run(["chat", "--record", path], input: "peds\n")
    #expect(one.status == 0)
    #expect(try String(contentsOfFile: path, encoding: .utf8).contains("> peds"))
  }

  @Test("A 2,000-line piped chat with --record writes a transcript that 'advisor replay' passes")
  func longRecording() throws {
    let advisor = try AdvisorProcess()
    let path = advisor.stateHome.appendingPathComponent("long.chat").path
    let chat = try advisor.run(["chat", "--record", path], input: Self.lines(2_000))
    #expect(chat.status == 0, "\(chat.stderr)")
    #expect(chat.stderr.isEmpty, "\(chat.stderr)")
    let replay = try advisor.run(["replay", path])
    #expect(replay.status == 0, "\(replay.stdout.prefix(2_000))")
    #expect(replay.stdout.hasPrefix("PASS \(path) (2000 turns)"), "\(replay.stdout.prefix(500))")
  }

  @Test("advisor sessions lists, shows, exports and deletes named sessions")
  func sessionsCommand() throws {
    let advisor = try AdvisorProcess()
    let alex = try advisor.run(["chat", "--session", "alex"], input: "peds\n")
    #expect(
      alex.stdout.contains(
        "'\(AdvisorProcess.executable.path) chat --session alex --resume' picks up where you left"))
    _ = try advisor.run(["chat", "--session", "sam"], input: "IM\nUS MD\n")
    let list = try advisor.run(["sessions", "list"])
    #expect(
      list.stdout == """
        alex  1 turn   Pediatrics
        sam   2 turns  Internal Medicine · US MD student or graduate

        """)
    let show = try advisor.run(["sessions", "show", "sam"])
    #expect(show.stdout.hasPrefix("you> IM\n"))
    let deleted = try advisor.run(["sessions", "delete", "alex"])
    #expect(deleted.status == 0)
    let missing = try advisor.run(["sessions", "export", "alex"])
    #expect(missing.status == 2)
    #expect(missing.stderr == "advisor: error: there is no saved session named 'alex'\n")
    #expect(try turns(advisor, "sam") == [1, 2])
  }
}

/// A chat started in the background, its input written up front.
private final class RunningChat {
  let process = Process()
  private let input = Pipe()
  private let output = Pipe()
  private let error = Pipe()

  init(
    _ advisor: AdvisorProcess, _ arguments: [String], input text: String,
    keepInputOpen: Bool = false
  ) throws {
    process.executableURL = AdvisorProcess.executable
    process.arguments = arguments
    var environment = ProcessInfo.processInfo.environment
    environment["XDG_STATE_HOME"] = advisor.stateHome.path
    environment["XDG_CACHE_HOME"] = advisor.stateHome.appendingPathComponent("cache").path
    environment["NO_COLOR"] = "1"
    environment["ADVISOR_KB"] = nil
    process.environment = environment
    process.standardInput = input
    process.standardOutput = output
    process.standardError = error
    try process.run()
    input.fileHandleForWriting.write(Data(text.utf8))
    if !keepInputOpen { try input.fileHandleForWriting.close() }
  }

  /// Waits until the file at `path` holds `text` (or ten seconds pass).
  func waitForFile(_ path: String, containing text: String) throws {
    let deadline = Date().addingTimeInterval(10)
    while Date() < deadline, FileManager.default.contents(atPath: path) != Data(text.utf8) {
      usleep(10_000)
    }
    #expect(FileManager.default.contents(atPath: path) == Data(text.utf8))
  }

  /// Ends the input and waits for the chat to leave.
  func finish() -> AdvisorProcess.Result {
    try? input.fileHandleForWriting.close()
    let out = output.fileHandleForReading.readDataToEndOfFile()
    let err = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return AdvisorProcess.Result(
      status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
      stderr: String(decoding: err, as: UTF8.self))
  }

  /// Kills the chat with SIGKILL and returns what it had printed.
  func kill() -> String {
    Foundation.kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    try? input.fileHandleForWriting.close()
    let out = output.fileHandleForReading.readDataToEndOfFile()
    return String(decoding: out, as: UTF8.self)
  }
}

/// A small tmpfs, to fill up; nil where the machine does not allow mounting one.
private struct SmallDisk {
  let path: String

  init?(kilobytes: Int) throws {
    path =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("advisor-full-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    guard getuid() == 0,
      Self.run("/bin/mount", ["-t", "tmpfs", "-o", "size=\(kilobytes)k", "tmpfs", path])
    else {
      try? FileManager.default.removeItem(atPath: path)
      return nil
    }
  }

  func remountReadOnly() -> Bool {
    Self.run("/bin/mount", ["-o", "remount,ro", path])
  }

  func unmount() {
    _ = Self.run("/bin/umount", [path])
    try? FileManager.default.removeItem(atPath: path)
  }

  private static func run(_ tool: String, _ arguments: [String]) -> Bool {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tool)
    process.arguments = arguments
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return false }
    process.waitUntilExit()
    return process.terminationStatus == 0
  }
}
