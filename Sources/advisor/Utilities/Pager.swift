import ArgumentParser
import Platform

/// `--no-pager`: long output straight to the terminal.
struct PagerOptions: ParsableArguments {
  @Flag(help: "Print long output directly instead of through $PAGER (or less -FRX).")
  var noPager = false
}

/// Long output (the whole plan, the reasoning, an entry) through the user's pager, as git does:
/// `$PAGER`, else `less -FRX`, and only when standard output is a terminal.
enum Pager {
  /// The pager command, or nil when output goes straight out: not a terminal, `--no-pager`,
  /// or a `PAGER` set empty or to `cat`.
  static func command(disabled: Bool) -> String? {
    guard !disabled, Terminal.outputIsTerminal else { return nil }
    let pager = Terminal.environment("PAGER") ?? "less -FRX"
    let words = pager.split(whereSeparator: \.isWhitespace)
    return words.isEmpty || words == ["cat"] ? nil : pager
  }

  /// Prints `text` (plus a newline) through the pager, or directly when there is none or it
  /// cannot be started.
  static func print(_ text: TerminalText, disabled: Bool = false) {
    guard let command = command(disabled: disabled), run(command, text: text.text + "\n") else {
      StandardOutput.print(text)
      return
    }
  }

  /// Runs `sh -c COMMAND` with `text` on its standard input and waits for it. While it runs,
  /// Ctrl-C belongs to the pager and a pager quit early is not a broken pipe for the advisor.
  private static func run(_ command: String, text: String) -> Bool {
    var ends: [Int32] = [0, 0]
    guard pipe(&ends) == 0 else { return false }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, ends[0], STDIN_FILENO)
    posix_spawn_file_actions_addclose(&actions, ends[1])
    var environment = Array(UnsafeBufferPointer(start: environ, count: environmentCount()))
    // less reads LESS for its options; -R keeps the colours, -F quits when the text fits.
    let lessDefault = strdup("LESS=FRX")
    if getenv("LESS") == nil { environment.append(lessDefault) }
    environment.append(nil)
    defer { free(lessDefault) }
    let arguments: [UnsafeMutablePointer<CChar>?] =
      [String](["/bin/sh", "-c", command]).map { strdup($0) } + [nil]
    defer { for argument in arguments { free(argument) } }
    var pid: pid_t = 0
    fflush(nil)
    let status = posix_spawn(&pid, "/bin/sh", &actions, nil, arguments, environment)
    close(ends[0])
    guard status == 0 else {
      close(ends[1])
      return false
    }
    let previousPipe = signal(SIGPIPE, SIG_IGN)
    let previousInterrupt = signal(SIGINT, SIG_IGN)
    defer {
      signal(SIGPIPE, previousPipe)
      signal(SIGINT, previousInterrupt)
    }
    var bytes = Array(text.utf8)[...]
    while !bytes.isEmpty {
      let written = bytes.withUnsafeBytes { systemWrite(ends[1], $0.baseAddress, $0.count) }
      if written < 0, errno == EINTR { continue }
      guard written > 0 else { break }
      bytes = bytes.dropFirst(written)
    }
    close(ends[1])
    var exit: Int32 = 0
    while waitpid(pid, &exit, 0) < 0, errno == EINTR {}
    // The shell says 127 when it cannot find the pager: the text has not been shown.
    return !(exit & 0x7f == 0 && (exit >> 8) & 0xff == 127)
  }

  private static func environmentCount() -> Int {
    var count = 0
    while environ[count] != nil { count += 1 }
    return count
  }
}
