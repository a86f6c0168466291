import AdvisorText
import Testing

@Suite("Text bound for a terminal")
struct TerminalSafeTests {
  @Test(
    "Controls and escape sequences from data are shown escaped",
    arguments: [
      ("\u{1B}]0;owned\u{07}title", "\\x1b]0;owned\\x07title"),
      ("\u{1B}[2Jcleared", "\\x1b[2Jcleared"),
      ("\u{1B}]52;c;aGk=\u{07}", "\\x1b]52;c;aGk=\\x07"),
      ("over\rwrite", "over\\x0dwrite"),
      ("back\u{08}space\u{7F}", "back\\x08space\\x7f"),
      ("c1 \u{9B}31m", "c1 \\u{9b}31m"),
      ("bidi \u{202E}txt.exe", "bidi \\u{202e}txt.exe"),
      ("plain Ünïcode · text\twith tab", "plain Ünïcode · text\twith tab"),
    ])
  func escapes(input: String, expected: String) {
    #expect(TerminalSafe.text(input) == expected)
  }

  @Test("Newlines stay in documents and are escaped in one-line messages")
  func newlines() {
    #expect(TerminalSafe.text("a\nb") == "a\nb")
    #expect(TerminalSafe.text("a\nb", keepingNewlines: false) == "a\\nb")
  }

  @Test("The terminal renderer escapes data but keeps its own styles; plain rendering is exact")
  func renderer() {
    let document = TextDocument([
      .heading("Title \u{1B}]0;x\u{07}"), .paragraph("clear \u{1B}[2J"), .verbatim("v\u{1B}c"),
    ])
    let terminal = TextRenderer(width: 80, color: true, forTerminal: true).render(document)
    #expect(!terminal.replacingStyles.contains("\u{1B}"))
    #expect(terminal.hasPrefix("\u{1B}[1mTitle \\x1b]0;x\\x07\u{1B}[0m"))
    #expect(document.plainText.contains("clear \u{1B}[2J"))
  }

  @Test("A word many times the width is broken into full lines", arguments: [1, 7, 1_000])
  func longWord(multiple: Int) {
    let word = String(repeating: "x", count: 20 * multiple + 3)
    let lines = TextRenderer(width: 20, color: false).render(
      TextDocument([.paragraph("a " + word + " b", indent: 2)])
    ).split(separator: "\n")
    #expect(lines.first == "  a")
    #expect(lines.allSatisfy { $0.count <= 20 && $0.hasPrefix("  ") })
    // Every piece of the word but the last fills its line; nothing is lost or repeated.
    let pieces = lines.filter { $0.contains("x") }
    #expect(pieces.dropLast().allSatisfy { $0.count == 20 })
    #expect(pieces.map { $0.filter { $0 == "x" }.count }.reduce(0, +) == word.count)
    #expect(lines.joined().filter { $0 != " " } == "a" + word + "b")
  }
}

extension String {
  /// The text with the renderer's own SGR styles taken out.
  fileprivate var replacingStyles: String {
    var text = self
    for style in ["\u{1B}[1m", "\u{1B}[1;36m", "\u{1B}[2m", "\u{1B}[0m"] {
      text = text.split(separator: style, omittingEmptySubsequences: false).joined()
    }
    return text
  }
}
