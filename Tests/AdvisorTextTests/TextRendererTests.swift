import AdvisorText
import Testing

@Suite("Text rendering")
struct TextRendererTests {
  @Test("Paragraphs wrap at the width with their indent")
  func wrapsParagraphs() {
    let document = TextDocument([.paragraph("one two three four five six seven", indent: 2)])
    let text = TextRenderer(width: 20, color: false).render(document)
    #expect(text == "  one two three four\n  five six seven")
    #expect(text.split(separator: "\n").allSatisfy { $0.count <= 20 })
  }

  @Test("Bullets and numbers get a hanging indent")
  func hangingIndent() {
    let document = TextDocument([
      .bullet("alpha beta gamma delta epsilon"), .numbered(3, "zeta eta theta iota kappa"),
    ])
    let text = TextRenderer(width: 20, color: false).render(document)
    #expect(
      text == """
          • alpha beta gamma
            delta epsilon
         3. zeta eta theta
            iota kappa
        """)
  }

  /// Texts that take the byte paths (ASCII) and those that may not (CR LF, a space followed by
  /// a combining accent, which makes one character, accented and wide letters).
  static let texts = [
    "plain words in a line", "two\nlines", "a\r\nb c", "cafe\u{301} au lait",
    "x \u{301}y z", "na\u{EF}ve r\u{E9}sum\u{E9} \u{4E2D}\u{6587} words", "\n\nends\n",
    String(repeating: "long ", count: 12) + "\u{1F600}",
  ]

  @Test("Lines and words cut by bytes are those cut by characters", arguments: texts)
  func bytePathsMatchCharacters(text: String) {
    #expect(text.textLines == text.split(separator: "\n", omittingEmptySubsequences: false))
    for width in [nil, 20, 33] {
      let rendered = TextRenderer(width: width, color: false).render(
        TextDocument([.paragraph(text), .bullet(text), .verbatim(text)]))
      let expected = Self.characterRendering(text, width: width)
      #expect(rendered == expected, "width \(width.map(String.init) ?? "none")")
    }
  }

  /// The same document wrapped by characters only: the reference the byte paths must match.
  private static func characterRendering(_ text: String, width: Int?) -> String {
    func wrap(_ text: String, indent: Int, first: String?) -> [String] {
      let pad = String(repeating: " ", count: indent)
      return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().flatMap {
        index, paragraph -> [String] in
        let prefix = index == 0 ? (first ?? pad) : pad
        guard let width else { return [prefix + paragraph] }
        return wrapLine(String(paragraph), width: width, prefix: prefix, pad: pad)
      }
    }
    func wrapLine(_ text: String, width: Int, prefix: String, pad: String) -> [String] {
      var lines: [String] = []
      var current = prefix
      var hasWord = false
      for word in text.split(separator: " ") {
        var word = word
        if hasWord, current.count + 1 + word.count > width {
          lines.append(current)
          (current, hasWord) = (pad, false)
        }
        while current.count + word.count > width, width - current.count > 0 {
          let cut = word.index(word.startIndex, offsetBy: width - current.count)
          lines.append(current + word[..<cut])
          word = word[cut...]
          current = pad
        }
        current += (hasWord ? " " : "") + word
        hasWord = true
      }
      return lines + [current]
    }
    let verbatim = text.split(separator: "\n", omittingEmptySubsequences: false).flatMap {
      line -> [String] in
      guard let width, line.count > width else { return [String(line)] }
      let indent = String(line.prefix { $0 == " " })
      let pad = indent.count < width / 2 ? indent : ""
      return wrapLine(String(line.dropFirst(indent.count)), width: width, prefix: pad, pad: pad)
    }
    return (wrap(text, indent: 0, first: nil) + wrap(text, indent: 4, first: "  • ") + verbatim)
      .joined(separator: "\n")
  }

  @Test("A word longer than the line is broken rather than overflowing")
  func longWords() {
    let text = TextRenderer(width: 20, color: false).render(
      TextDocument([.paragraph(String(repeating: "x", count: 45))]))
    #expect(text.split(separator: "\n").map(\.count) == [20, 20, 5])
  }

  @Test("Without a width nothing wraps; without colour there are no escape codes")
  func plainText() {
    let document = TextDocument([
      .heading("Why"), .paragraph(String(repeating: "word ", count: 40)),
    ])
    #expect(!document.plainText.contains("\n ") && document.plainText.hasPrefix("Why\nword"))
    #expect(!document.plainText.contains("\u{1B}"))
    let coloured = TextRenderer(width: nil, color: true).render(document)
    #expect(coloured.hasPrefix("\u{1B}[1mWhy\u{1B}[0m"))
  }

  @Test("Verbatim blocks keep their lines exactly when there is no width")
  func verbatim() {
    let document = TextDocument([.verbatim("Subject: a long subject line\n\n  Dr X,")])
    #expect(TextRenderer(width: nil, color: false).render(document) == document.plainText)
    #expect(document.plainText == "Subject: a long subject line\n\n  Dr X,")
  }

  @Test("A verbatim line wider than the screen wraps between words, keeping its indent")
  func verbatimWrapsAtWords() {
    let draft =
      "I am drawn to a learning specialist role and steady evidence of growth.\n  Emergency Medicine program director"
    let text = TextRenderer(width: 24, color: false).render(TextDocument([.verbatim(draft)]))
    #expect(
      text == """
        I am drawn to a learning
        specialist role and
        steady evidence of
        growth.
          Emergency Medicine
          program director
        """)
    let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
    #expect(words == draft.split(whereSeparator: { $0 == " " || $0 == "\n" }))
  }

  @Test("A verbatim line that fits is kept exactly, its spacing included")
  func verbatimFitting() {
    let text = TextRenderer(width: 40, color: false).render(
      TextDocument([.verbatim("| a  | b |\n\n   indented")]))
    #expect(text == "| a  | b |\n\n   indented")
  }
}
