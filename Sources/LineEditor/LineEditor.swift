import CEditLine
import Platform

/// What reading a line produced.
package enum LineEvent: Sendable, Equatable {
  case line(String)
  /// Ctrl-C: the line was cleared; the session goes on.
  case interrupted
  /// Ctrl-D on an empty line, or the end of piped input.
  case endOfInput
}

/// Where lines come from: the terminal's line editor, or plain standard input.
package protocol LineSource {
  mutating func next() -> LineEvent
}

/// Reads plain lines from standard input: no prompt, no escape codes, no history.
///
/// Lines end as files' lines do in the advisor's input layer: at LF, CRLF or a lone CR, and a
/// byte-order mark before the first line is dropped. A line is kept to at most ``lineLimit``
/// bytes, the input layer's limit; the rest of a longer one is read past, not kept, and
/// ``lastLineWasCut`` says so.
package struct PlainLineReader: LineSource {
  /// The most of one line kept, in bytes: the limit of any input the advisor reads.
  package static let lineLimit = 16 << 20

  /// Whether the line `next()` returned last was longer than the limit, and cut there.
  package private(set) var lastLineWasCut = false

  private let limit: Int
  private var pending: [String] = []
  private var atStart = true
  /// Standard input read ahead: `buffer[position..<filled]` is not yet returned.
  private var buffer: [UInt8] = []
  private var position = 0
  private var filled = 0

  package init(limit: Int = PlainLineReader.lineLimit) {
    self.limit = limit
  }

  package mutating func next() -> LineEvent {
    lastLineWasCut = false
    if !pending.isEmpty { return .line(pending.removeFirst()) }
    guard var bytes = readBoundedLine() else { return .endOfInput }
    if atStart, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    atStart = false
    let line = String(decoding: bytes, as: UTF8.self)
    // A lone CR (old Mac line ends) is a line end too; a CRLF's CR is already gone.
    guard bytes.contains(0x0D) else { return .line(line) }
    pending = line.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\r" })
      .map(String.init)
    return .line(pending.removeFirst())
  }

  /// One line's bytes without its LF or CRLF, at most `limit` of them; nil at the end of input.
  private mutating func readBoundedLine() -> [UInt8]? {
    var bytes: [UInt8] = []
    var readAny = false
    while true {
      if position == filled {
        guard refill() else {
          guard readAny else { return nil }
          break
        }
      }
      readAny = true
      let end = buffer[position..<filled].firstIndex(of: 0x0A) ?? filled
      let room = max(0, limit - bytes.count)
      bytes += buffer[position..<min(end, position + room)]
      if end - position > room { lastLineWasCut = true }
      position = end
      if end < filled {
        position += 1
        break
      }
    }
    if bytes.last == 0x0D { bytes.removeLast() }
    return bytes
  }

  /// Reads the next block of standard input; false at its end.
  private mutating func refill() -> Bool {
    if buffer.isEmpty { buffer = [UInt8](repeating: 0, count: 65_536) }
    while true {
      let count = buffer.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
      if count < 0, errno == EINTR { continue }
      guard count > 0 else { return false }
      (position, filled) = (0, count)
      return true
    }
  }
}

/// A line editor on libedit: a prompt, UTF-8 editing, history kept in a file, tab completion,
/// Ctrl-C to clear the line and Ctrl-D to end.
///
/// One per process: libedit's signal handling and the prompt buffer are process-wide.
package final class LineEditor: LineSource {
  /// What happened to the history file when the editor started.
  package enum HistoryStatus: Sendable, Equatable {
    case none
    case loaded
    /// The file was unreadable as a history and was renamed to this path.
    case setAside(String)
    /// A symbolic link stood where the file should be: it is neither read nor written.
    case refusedLink
  }

  /// Replaces the history file at the path atomically: the caller's one safe writer, handing
  /// the editor a temporary file's descriptor to fill (true when that succeeded).
  package typealias HistoryWriter = (_ path: String, _ fill: (Int32) -> Bool) throws -> Void

  /// Candidates for the word being completed, given the line up to the cursor.
  package var completer: ((String) -> [String])?
  package private(set) var historyStatus = HistoryStatus.none

  private let editor: OpaquePointer
  private let history: OpaquePointer?
  private var historyPath: String?
  private let writeHistory: HistoryWriter?
  /// The terminal's foreground group before the editor took it, to give back at the end.
  private var previousForeground: pid_t = -1

  /// - Parameters:
  ///   - historyPath: the history file (created with mode 0600), or nil for none.
  ///   - historyLimit: the most lines kept.
  ///   - historyWriter: writes the whole history file atomically after each line; without
  ///     one, nothing is saved.
  package init?(
    programName: String, historyPath: String?, historyLimit: Int = 1000,
    historyWriter: HistoryWriter? = nil
  ) {
    advisor_set_utf8_locale()
    previousForeground = advisor_take_terminal(STDIN_FILENO)
    // Installed before el_init, so libedit hands the signal back to it after restoring the
    // terminal.
    _ = advisor_install_sigint_handler()
    guard let editor = advisor_el_init(programName) else { return nil }
    self.editor = editor
    self.historyPath = historyPath
    writeHistory = historyWriter
    history = historyPath == nil ? nil : advisor_history_init(Int32(historyLimit))
    advisor_el_configure(editor, history)
    advisor_el_set_client(editor, Unmanaged.passUnretained(self).toOpaque())
    advisor_el_add_function(editor, "advisor-complete", "Complete the word", completeFunction)
    advisor_el_bind(editor, "^I", "advisor-complete")
    loadHistory()
  }

  deinit {
    finish()
    el_end(editor)
    if let history { history_end(history) }
  }

  /// Hands the terminal back to the group that had it; call before the process exits.
  package func finish() {
    advisor_give_back_terminal(STDIN_FILENO, previousForeground)
    previousForeground = -1
  }

  /// Sets the prompt; `escape` sequences (colours) are wrapped so they take no columns.
  package func setPrompt(_ text: String, style: String? = nil) {
    guard let style else {
      advisor_set_prompt_text(text)
      return
    }
    advisor_set_prompt_text("\u{1}\(style)\u{1}\(text)\u{1}\u{1B}[0m\u{1}")
  }

  package func next() -> LineEvent {
    while true {
      var count: Int32 = 0
      guard let raw = el_gets(editor, &count) else {
        if advisor_take_interrupt() != 0 {
          el_reset(editor)
          return .interrupted
        }
        // errno is stale at end of input: a NULL with count 0 means the input ended.
        if count == 0 { return .endOfInput }
        if advisor_errno() == EINTR { continue }
        return .endOfInput
      }
      if advisor_take_interrupt() != 0 {
        el_reset(editor)
        return .interrupted
      }
      var line = String(cString: raw)
      while line.hasSuffix("\n") || line.hasSuffix("\r") { line.removeLast() }
      return .line(line)
    }
  }

  /// Adds a line to the history and saves the file at once, so a killed session keeps it.
  ///
  /// The file is replaced whole through the writer, never truncated in place: a kill during
  /// the save leaves the previous history.
  package func remember(_ line: String) throws {
    guard let history, let historyPath, !line.allSatisfy(\.isWhitespace) else { return }
    _ = advisor_history_enter(history, line)
    try writeHistory?(historyPath) { advisor_history_save_fd(history, $0) == 0 }
  }

  // MARK: - History file

  /// The largest history file loaded: the input layer's limit for any file.
  static let historySizeLimit = 16 << 20

  private func loadHistory() {
    guard let history, let historyPath else { return }
    var info = stat()
    guard lstat(historyPath, &info) == 0 else { return }
    guard (info.st_mode & S_IFMT) != S_IFLNK else {
      self.historyPath = nil
      historyStatus = .refusedLink
      return
    }
    // Only a regular file within the input limit is loaded: a FIFO would block the first save,
    // a device or a huge file would be read without end. Anything else is set aside like a
    // corrupt history.
    let usable = (info.st_mode & S_IFMT) == S_IFREG && info.st_size <= Self.historySizeLimit
    if !usable || (info.st_size > 0 && advisor_history_load(history, historyPath) < 0) {
      var aside = historyPath + ".corrupt"
      var number = 1
      while access(aside, F_OK) == 0 {
        number += 1
        aside = historyPath + ".corrupt-\(number)"
      }
      if rename(historyPath, aside) == 0 { historyStatus = .setAside(aside) }
      return
    }
    historyStatus = .loaded
  }

  // MARK: - Completion

  fileprivate func complete() -> UInt8 {
    guard let info = el_line(editor) else { return UInt8(CC_ERROR) }
    guard let start = UnsafeRawPointer(info.pointee.buffer),
      let cursor = UnsafeRawPointer(info.pointee.cursor)
    else { return UInt8(CC_ERROR) }
    let length = start.distance(to: cursor)
    guard length >= 0 else { return UInt8(CC_ERROR) }
    // In the middle of a phrase the space after the word is already there.
    let spaceFollows =
      UnsafeRawPointer(info.pointee.lastchar).map {
        cursor.distance(to: $0) > 0 && cursor.load(as: UInt8.self) == UInt8(ascii: " ")
      } ?? false
    let text = String(
      decoding: UnsafeRawBufferPointer(start: start, count: length), as: UTF8.self)
    let word = String(text.split(separator: " ", omittingEmptySubsequences: false).last ?? "")
    let matches = (completer?(text) ?? []).filter {
      $0.lowercased().hasPrefix(word.lowercased()) && $0 != word
    }
    guard !matches.isEmpty else { return UInt8(CC_REFRESH_BEEP) }
    if matches.count == 1 {
      replace(word, with: spaceFollows ? matches[0] : matches[0] + " ")
      return UInt8(CC_REDISPLAY)
    }
    let prefix = Self.commonPrefix(matches)
    if prefix.count > word.count {
      replace(word, with: prefix)
      return UInt8(CC_REDISPLAY)
    }
    let listing = "\n" + matches.joined(separator: "   ") + "\n"
    _ = listing.utf8CString.withUnsafeBufferPointer {
      write(STDOUT_FILENO, $0.baseAddress, $0.count - 1)
    }
    return UInt8(CC_REDISPLAY)
  }

  private func replace(_ word: String, with replacement: String) {
    if !word.isEmpty { el_deletestr(editor, Int32(word.count)) }
    _ = replacement.withCString { el_insertstr(editor, $0) }
  }

  static func commonPrefix(_ words: [String]) -> String {
    guard var prefix = words.first else { return "" }
    for word in words.dropFirst() {
      while !word.lowercased().hasPrefix(prefix.lowercased()) { prefix.removeLast() }
    }
    return prefix
  }
}

/// libedit calls this C function on Tab; it finds the editor through its client data.
private let completeFunction: @convention(c) (OpaquePointer?, Int32) -> UInt8 = { editor, _ in
  guard let editor, let data = advisor_el_client(editor) else { return UInt8(CC_ERROR) }
  return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue().complete()
}
