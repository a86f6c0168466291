import AdvisorText
import Platform

/// What the process is connected to: terminals, their width, and whether colour is wanted.
enum Terminal {
  static var inputIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }
  static var outputIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

  /// The output terminal's width in columns, or nil when output is not a terminal.
  static func width() -> Int? {
    if let columns = environment("COLUMNS").flatMap(Int.init), columns > 0 { return columns }
    guard outputIsTerminal else { return nil }
    var size = winsize()
    guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
    return Int(size.ws_col)
  }

  /// Colour only on a terminal, never with `NO_COLOR` set (https://no-color.org) or a dumb one.
  static var colorEnabled: Bool {
    outputIsTerminal && environment("NO_COLOR").map(\.isEmpty) != false
      && environment("TERM") != "dumb"
  }

  /// A renderer for standard output as it is now.
  static func renderer() -> TextRenderer {
    TextRenderer(width: width(), color: colorEnabled, forTerminal: true)
  }

  static func environment(_ name: String) -> String? {
    getenv(name).map { String(cString: $0) }
  }
}

/// Writes to standard error.
enum StandardError {
  /// Writes `text` as one line; control characters from data in it (a file name, a flag's
  /// value, a CSV field) are shown escaped, never sent to the terminal.
  static func write(_ text: String) {
    var text = Substring(text)
    while text.hasSuffix("\n") { text.removeLast() }
    let line = TerminalSafe.text(bounded(text), keepingNewlines: false) + "\n"
    var bytes = Array(line.utf8)[...]
    while !bytes.isEmpty {
      let written = bytes.withUnsafeBytes { systemWrite(STDERR_FILENO, $0.baseAddress, $0.count) }
      if written < 0, errno == EINTR { continue }
      guard written > 0 else { return }
      bytes = bytes.dropFirst(written)
    }
  }
}

extension StandardError {
  /// The longest message shown whole: a message quoting a huge value (a 1 MiB key, a field)
  /// keeps its start, which names the file and line, and says how much was left out.
  static let longestMessage = 2_000

  static func bounded(_ text: Substring) -> String {
    guard text.utf8.count > longestMessage else { return String(text) }
    let kept = text.prefix(longestMessage)
    return "\(kept)… (\(text.count - kept.count) more characters not shown)"
  }
}

/// The C library's `write`, which `StandardError.write` would otherwise shadow.
func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
  write(descriptor, buffer, count)
}
