import Foundation
import Testing

/// The history file under kill -9: libedit's own save truncated it in place; now it is
/// replaced whole, so a kill at any moment leaves the old history or the new one.
@Suite("The history file under kill -9")
struct HistoryKillTests {
  /// A 2 MB history of 1,000 entries, the size at which every kill used to cut it.
  private static func seed(_ path: String) throws {
    var random = SystemRandomNumberGenerator()
    let letters = Array("abcdefghij")
    var lines = ["_HiStOrY_V2_"]
    for _ in 0..<1000 {
      lines.append(String((0..<2000).map { _ in letters[Int(random.next() % 10)] }))
    }
    try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path))
    chmod(path, 0o600)
  }

  @Test("Thirty kill -9 during the saves of a 2 MB history never cut it")
  func killDuringSaves() throws {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else {
      print("skipped: util-linux 'script' is needed to give the advisor a terminal")
      return
    }
    let advisor = try AdvisorProcess()
    let folder = advisor.stateHome.appendingPathComponent("advisor").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    chmod(folder, 0o700)
    let history = folder + "/history"
    try Self.seed(history)
    var seed: UInt64 = 13
    for round in 0..<30 {
      let lock = folder + "/sessions.default.lock"
      try? FileManager.default.removeItem(atPath: lock)
      let input = Pipe()
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
      process.arguments = ["-qfec", AdvisorProcess.executable.path + " chat", "/dev/null"]
      var environment = ProcessInfo.processInfo.environment
      environment["XDG_STATE_HOME"] = advisor.stateHome.path
      environment["TERM"] = "xterm"
      environment["NO_COLOR"] = "1"
      process.environment = environment
      process.standardInput = input
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      // The chat writes its process id into the lock file once it is ready.
      let pid = try Self.waitForProcessID(in: lock)
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let lines = 2 + Int(seed >> 33) % 6
      for line in 0..<lines {
        input.fileHandleForWriting.write(Data("line \(round) \(line)\n".utf8))
        usleep(15_000)
      }
      kill(pid, SIGKILL)
      try? input.fileHandleForWriting.close()
      process.waitUntilExit()
      let text = try String(contentsOfFile: history, encoding: .utf8)
      let entries = text.split(separator: "\n", omittingEmptySubsequences: false)
      #expect(text.hasPrefix("_HiStOrY_V2_\n"), "round \(round)")
      #expect(text.hasSuffix("\n"), "round \(round)")
      #expect(entries.count == 1002, "round \(round): \(entries.count) lines")
    }
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter {
      $0.contains(".tmp-")
    }
    // Temporary files of the killed runs are removed when the next chat starts.
    #expect(leftovers.count <= 1, "\(leftovers)")
  }

  private static func waitForProcessID(in path: String) throws -> pid_t {
    let deadline = Date().addingTimeInterval(20)
    while Date() < deadline {
      if let data = FileManager.default.contents(atPath: path),
        let text = String(data: data, encoding: .utf8), text.hasSuffix("\n"),
        let pid = pid_t(text.dropLast())
      {
        return pid
      }
      usleep(5_000)
    }
    throw CocoaError(.fileReadNoSuchFile)
  }
}
