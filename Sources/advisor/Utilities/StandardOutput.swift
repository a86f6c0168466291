import AdvisorText
import LocatedJSON

/// Text ready for the terminal, made safe where it is made: text that may hold data has its
/// control characters and escape sequences shown escaped (``TerminalSafe``), a document is laid
/// out by the terminal renderer (which escapes the data in it and adds only the advisor's own
/// styling), and JSON is kept exact (its serializer escapes control characters). Nothing else
/// becomes one, so no data reaches the terminal raw.
struct TerminalText: Sendable {
  /// The text as it will be written.
  let text: String

  /// Text that may hold data (a file name, a field, a stored reply), shown escaped.
  ///
  /// - Parameter keepingNewlines: keep line feeds; otherwise one line, a line feed as `\n`.
  init(_ text: String, keepingNewlines: Bool = true) {
    self.text = TerminalSafe.text(text, keepingNewlines: keepingNewlines)
  }

  /// A document as the terminal renderer lays it out: its data escaped, its styles kept.
  init(_ document: TextDocument, renderer: TextRenderer = Terminal.renderer()) {
    var renderer = renderer
    renderer.forTerminal = true
    text = renderer.render(document)
  }

  /// A JSON value, exact.
  init(json: JSONValue, pretty: Bool) {
    text = json.serialized(pretty: pretty)
  }
}

/// The one way the advisor writes to standard output; ``StandardError`` is the other stream's.
enum StandardOutput {
  /// Writes `text` and `terminator`.
  static func print(_ text: TerminalText, terminator: String = "\n") {
    Swift.print(text.text, terminator: terminator)
  }

  /// Writes text that may hold data, its control characters shown escaped.
  static func print(_ text: String, terminator: String = "\n") {
    print(TerminalText(text), terminator: terminator)
  }

  /// Writes a document laid out for the terminal.
  static func print(_ document: TextDocument) {
    print(TerminalText(document))
  }

  /// Writes a JSON value, exact.
  static func print(json: JSONValue, pretty: Bool = true) {
    print(TerminalText(json: json, pretty: pretty))
  }
}
