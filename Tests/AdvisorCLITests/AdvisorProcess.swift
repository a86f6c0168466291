import Foundation
import TestSupport

/// Runs the built `advisor` executable the way a user or script would.
struct AdvisorProcess {
  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
    /// Whether a signal ended the run: its time limit, or a crash.
    var timedOut = false

    /// Standard error's lines, without the trailing empty one.
    var errorLines: [String] { stderr.split(separator: "\n").map(String.init) }
  }

  /// The `advisor` binary next to the test bundle.
  static let executable: URL = {
    let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    var directory = testBinary.deletingLastPathComponent()
    while !FileManager.default.fileExists(atPath: directory.appendingPathComponent("advisor").path),
      directory.path != "/"
    {
      directory = directory.deletingLastPathComponent()
    }
    return directory.appendingPathComponent("advisor")
  }()

  /// A private state folder per test, so no test sees another's saved session.
  let stateHome: URL

  init() throws {
    stateHome = try TemporaryFolder.make("advisor-cli-tests")
  }

  func run(
    _ arguments: [String], input: String? = nil, inputBytes: Data? = nil,
    environment extra: [String: String] = [:],
    directory: URL? = nil, timeLimit: Double? = nil, runner: [String] = []
  ) throws -> Result {
    let process = Process()
    // A runner (such as setpriv) starts the advisor in its place.
    let command = runner + [Self.executable.path] + arguments
    process.executableURL = URL(fileURLWithPath: command[0])
    process.arguments = Array(command.dropFirst())
    var environment = ProcessInfo.processInfo.environment
    environment["XDG_STATE_HOME"] = stateHome.path
    environment["XDG_CACHE_HOME"] = stateHome.appendingPathComponent("cache").path
    environment["NO_COLOR"] = "1"
    environment["COLUMNS"] = nil
    environment["ADVISOR_KB"] = nil
    for (key, value) in extra { environment[key] = value }
    process.environment = environment
    if let directory { process.currentDirectoryURL = directory }
    let output = Pipe()
    let error = Pipe()
    let inputPipe = Pipe()
    process.standardOutput = output
    process.standardError = error
    process.standardInput = inputPipe
    try process.run()
    // A run that overstays its limit is ended, so a hang fails the test instead of the suite.
    let watchdog = timeLimit.map { limit in
      // SIGKILL: the child inherits a signal mask that can block SIGTERM.
      let item = DispatchWorkItem {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
      }
      DispatchQueue.global().asyncAfter(deadline: .now() + limit, execute: item)
      return item
    }
    if let input = inputBytes ?? input.map({ Data($0.utf8) }) {
      inputPipe.fileHandleForWriting.write(input)
    }
    try inputPipe.fileHandleForWriting.close()
    // Read both pipes at once before waiting, so a large output on either cannot block the child.
    let errorReader = DispatchGroup()
    nonisolated(unsafe) var errData = Data()
    DispatchQueue.global().async(group: errorReader) {
      errData = error.fileHandleForReading.readDataToEndOfFile()
    }
    let outData = output.fileHandleForReading.readDataToEndOfFile()
    errorReader.wait()
    process.waitUntilExit()
    watchdog?.cancel()
    return Result(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self),
      timedOut: process.terminationReason == .uncaughtSignal)
  }

  /// Writes `contents` to a file in the private folder and returns its path.
  func file(_ name: String, _ contents: String) throws -> String {
    try file(name, Data(contents.utf8))
  }

  func file(_ name: String, _ data: Data) throws -> String {
    let url = stateHome.appendingPathComponent(name)
    try data.write(to: url)
    return url.path
  }
}
