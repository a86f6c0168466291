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

  @Test("Verbatim blocks keep their lines exactly")
  func verbatim() {
    let text = TextRenderer(width: 10, color: false).render(
      TextDocument([.verbatim("Subject: a long subject line\n\nDr X,")]))
    #expect(text == "Subject: a long subject line\n\nDr X,")
  }
}
