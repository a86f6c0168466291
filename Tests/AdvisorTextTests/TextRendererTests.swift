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
