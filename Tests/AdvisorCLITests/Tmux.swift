import Foundation
import Platform

/// Drives a program in a real terminal through a private tmux server.
///
/// Processes are spawned with `posix_spawnp` and an empty signal mask: `Foundation.Process`
/// would hand tmux the test thread's blocked signals (swift-corelibs-foundation#4772), and then
/// neither Ctrl-C nor the teardown would reach it.
struct Tmux {
  let socket = "advisor-test-\(getpid())-\(UUID().uuidString.prefix(8))"

  /// Runs `tmux -L socket ARGS` to completion; returns its standard output.
  @discardableResult
  func run(_ arguments: [String]) throws -> String {
    try Spawn.run(["tmux", "-L", socket, "-f", "/dev/null"] + arguments)
  }

  /// Starts `command` in a detached session (100×30 unless told) with the given environment.
  func start(
    _ command: [String], environment: [String: String], columns: Int = 100, rows: Int = 30
  ) throws {
    var arguments = [
      "start-server", ";", "set-option", "-wg", "remain-on-exit", "on", ";", "new-session", "-d",
      "-x", "\(columns)", "-y", "\(rows)",
    ]
    for (key, value) in environment.sorted(by: { $0.key < $1.key }) {
      arguments += ["-e", "\(key)=\(value)"]
    }
    try run(arguments + command)
  }

  func type(_ text: String) throws { try run(["send-keys", "-l", "--", text]) }
  func press(_ keys: String...) throws { try run(["send-keys"] + keys) }
  func screen() throws -> String { try run(["capture-pane", "-p", "-J"]) }

  /// Waits until the screen satisfies `condition`, polling every 50 ms.
  @discardableResult
  func wait(
    for description: String, timeout: Double = 15, _ condition: (String) -> Bool
  ) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    var last = ""
    while Date() < deadline {
      last = try screen()
      if condition(last) { return last }
      usleep(50_000)
    }
    throw TmuxError.timeout("waiting for \(description); the screen was:\n\(last)")
  }

  /// Waits until the screen shows `text`; throws with the last screen when it never does.
  @discardableResult
  func wait(forText text: String, timeout: Double = 15) throws -> String {
    try wait(for: "\"\(text)\"", timeout: timeout) { $0.contains(text) }
  }

  /// Whether the program has exited, and its status.
  func exitStatus() throws -> Int? {
    let fields = try run(["list-panes", "-F", "#{pane_dead} #{pane_dead_status}"])
      .split(separator: " ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
    guard fields.first == "1", fields.count > 1 else { return nil }
    return Int(fields[1])
  }

  func stop() {
    _ = try? run(["kill-server"])
  }
}

enum TmuxError: Error, CustomStringConvertible {
  case timeout(String)
  case spawn(String)

  var description: String {
    switch self {
    case .timeout(let message), .spawn(let message): message
    }
  }
}

/// `posix_spawnp` with default signal dispositions and an empty mask.
enum Spawn {
  static func run(_ arguments: [String]) throws -> String {
    var ends: [Int32] = [0, 0]
    guard pipe(&ends) == 0 else { throw TmuxError.spawn("pipe failed") }
    for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, ends[1], STDOUT_FILENO)
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var empty = sigset_t()
    sigemptyset(&empty)
    posix_spawnattr_setsigmask(&attributes, &empty)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signal in [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE, SIGCHLD] {
      sigaddset(&defaults, signal)
    }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    var pid: pid_t = 0
    let argv = arguments.map { strdup($0) } + [nil]
    defer {
      for argument in argv { free(argument) }
    }
    let status = posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, environ)
    close(ends[1])
    guard status == 0 else {
      close(ends[0])
      throw TmuxError.spawn("cannot start \(arguments[0]): \(errorMessage(status))")
    }
    var output = Data()
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
      let count = read(ends[0], &buffer, buffer.count)
      if count <= 0 { break }
      output.append(contentsOf: buffer[0..<count])
    }
    close(ends[0])
    var exit: Int32 = 0
    waitpid(pid, &exit, 0)
    return String(decoding: output, as: UTF8.self)
  }
}
