/// Renders a ``TextDocument`` to a width, with ANSI styles when colour is on.
package struct TextRenderer: Sendable {
  /// The column to wrap at; nil for no wrapping.
  package var width: Int?
  package var color: Bool
  /// Whether the text is bound for a terminal: control characters and escape sequences in it
  /// are shown escaped (``TerminalSafe``), so only the renderer's own styles reach the terminal.
  package var forTerminal: Bool
  /// Whether the text is bound for storage (a session, a transcript, JSON): personal blocks
  /// take their stored form, without the details.
  package var storing: Bool

  package init(width: Int?, color: Bool, forTerminal: Bool = false, storing: Bool = false) {
    self.width = width.map { max($0, 20) }
    self.color = color
    self.forTerminal = forTerminal
    self.storing = storing
  }

  package func render(_ document: TextDocument) -> String {
    var lines: [String] = []
    for block in document.blocks {
      let block = forTerminal ? block.terminalSafe : block
      switch block {
      case .heading(let text): lines += wrap(text, indent: 0).map { style($0, .bold) }
      case .emphasis(let text): lines += wrap(text, indent: 0).map { style($0, .boldCyan) }
      case .paragraph(let text, let indent): lines += wrap(text, indent: indent)
      case .bullet(let text, let indent):
        lines += wrap(
          text, indent: indent + 2, firstPrefix: String(repeating: " ", count: indent) + "• ")
      case .numbered(let number, let text):
        let prefix = number < 10 ? " \(number). " : "\(number). "
        lines += wrap(text, indent: prefix.count, firstPrefix: prefix)
      case .note(let text, let indent): lines += wrap(text, indent: indent).map { style($0, .dim) }
      case .verbatim(let text): lines += verbatim(text)
      case .blank: lines.append("")
      case .personal(let shown, let stored):
        lines.append(render(TextDocument([storing ? stored : shown])))
      }
    }
    return lines.joined(separator: "\n")
  }

  private enum Style: String {
    case bold = "\u{1B}[1m"
    case boldCyan = "\u{1B}[1;36m"
    case dim = "\u{1B}[2m"
  }

  private func style(_ line: String, _ style: Style) -> String {
    guard color, !line.isEmpty else { return line }
    return style.rawValue + line + "\u{1B}[0m"
  }

  /// A verbatim block's lines: kept exactly when they fit (or there is no width), otherwise
  /// wrapped between words under their own indent, so the terminal never breaks a word. The
  /// text itself (``TextDocument/plainText``, a file, a copy) is unchanged.
  private func verbatim(_ text: String) -> [String] {
    text.textLines.flatMap { line -> [String] in
      guard let width, line.count > width else { return [String(line)] }
      let indent = String(line.prefix { $0 == " " })
      let pad = indent.count < width / 2 ? indent : ""
      return wrapLine(String(line.dropFirst(indent.count)), width: width, prefix: pad, pad: pad)
    }
  }

  /// Word-wraps `text` (which may hold newlines) with a hanging indent.
  func wrap(_ text: String, indent: Int, firstPrefix: String? = nil) -> [String] {
    let pad = String(repeating: " ", count: indent)
    // Most blocks are one unwrapped line: no need to look for its paragraphs or words.
    if width == nil, !text.containsByte(UInt8(ascii: "\n")) {
      return [(firstPrefix ?? pad) + text]
    }
    var result: [String] = []
    var first = true
    for paragraph in text.textLines {
      let prefix = first ? (firstPrefix ?? pad) : pad
      first = false
      guard let width else {
        result.append(prefix + paragraph)
        continue
      }
      result += wrapLine(String(paragraph), width: width, prefix: prefix, pad: pad)
    }
    return result
  }

  /// Greedy wrapping; each word's length is counted once and the line's length is kept as a
  /// number, so a line (or a single word) n characters long costs O(n).
  private func wrapLine(_ text: String, width: Int, prefix: String, pad: String) -> [String] {
    var lines: [String] = []
    var current = prefix
    var currentCount = prefix.count
    let padCount = pad.count
    var currentHasWord = false
    let ascii = text.isPlainASCII
    for word in text.words(ascii: ascii) {
      var word = word
      var wordCount = ascii ? word.utf8.count : word.count
      if currentHasWord, currentCount + 1 + wordCount > width {
        lines.append(current)
        (current, currentCount, currentHasWord) = (pad, padCount, false)
      }
      // A word longer than the whole line is broken where it must be.
      while currentCount + wordCount > width, width - currentCount > 0 {
        let room = width - currentCount
        let cut = word.index(word.startIndex, offsetBy: room)
        lines.append(current + word[..<cut])
        word = word[cut...]
        wordCount -= room
        (current, currentCount) = (pad, padCount)
      }
      current += (currentHasWord ? " " : "") + word
      currentCount += (currentHasWord ? 1 : 0) + wordCount
      currentHasWord = true
    }
    lines.append(current)
    return lines
  }
}

extension TextDocument.Block {
  /// The block with its text passed through ``TerminalSafe``.
  fileprivate var terminalSafe: Self {
    switch self {
    case .heading(let text): .heading(TerminalSafe.text(text))
    case .emphasis(let text): .emphasis(TerminalSafe.text(text))
    case .paragraph(let text, let indent): .paragraph(TerminalSafe.text(text), indent: indent)
    case .bullet(let text, let indent): .bullet(TerminalSafe.text(text), indent: indent)
    case .numbered(let number, let text): .numbered(number, TerminalSafe.text(text))
    case .note(let text, let indent): .note(TerminalSafe.text(text), indent: indent)
    case .verbatim(let text): .verbatim(TerminalSafe.text(text))
    case .blank: .blank
    case .personal: self  // the form rendered is made safe when it is rendered
    }
  }
}

extension String {
  /// ASCII without a carriage return: each byte is one character (a CR LF pair would be one),
  /// so the text can be cut and counted by its bytes.
  fileprivate var isPlainASCII: Bool {
    utf8.allSatisfy { $0 < 0x80 && $0 != UInt8(ascii: "\r") }
  }

  /// Whether the text's UTF-8 holds `byte` (read as one buffer when the text is native).
  package func containsByte(_ byte: UInt8) -> Bool {
    utf8.withContiguousStorageIfAvailable { $0.contains(byte) } ?? utf8.contains(byte)
  }

  /// The text's lines, as `split(separator: "\n")` by characters would cut them (empty ones
  /// kept), cut by bytes when that gives the same lines: a line feed is a character of its own
  /// except after a carriage return.
  package var textLines: [Substring] {
    guard !containsByte(UInt8(ascii: "\r")) else {
      return self[...].split(separator: "\n", omittingEmptySubsequences: false)
    }
    return utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
      .map { Substring($0) }
  }

  /// The text's words between spaces, as `split(separator: " ")` by characters would cut them,
  /// cut by bytes when that gives the same words (`ascii`: ``isPlainASCII``, read once).
  fileprivate func words(ascii: Bool) -> [Substring] {
    guard ascii else { return self[...].split(separator: " ") }
    return utf8.split(separator: UInt8(ascii: " ")).map { Substring($0) }
  }
}
