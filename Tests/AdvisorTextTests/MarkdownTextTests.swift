import AdvisorText
import Testing

@Suite("Markdown of the entries read as text")
struct MarkdownTextTests {
  /// The markers removed character by character, as the reader always has: the byte reading
  /// must give the same text.
  private static func charactersRemoved(_ text: String) -> String {
    var result = text
    for marker in ["**", "__", "`"] {
      result = result.split(separator: marker, omittingEmptySubsequences: false).joined()
    }
    return result
  }

  @Test(
    "Emphasis markers are dropped as characters, pairs read left to right",
    arguments: [
      "no markers at all", "**bold** and __strong__ and `code`", "***three***", "a*b*c",
      "snake_case_name", "___", "`", "**“quoted”**", "é**x**é", "“**x**”",
      // A combining accent makes "*" another character: it is not a marker then.
      "*\u{301}*bold*\u{301}*", "**\u{301}", "_\u{200D}_", "a**\u{301}b",
      "**_mixed_**__*__", "",
    ])
  func plain(text: String) {
    #expect(MarkdownText.plain(text) == Self.charactersRemoved(text))
  }

  @Test("Lines split at each LF; CR LF is one character, and no line break, as it always was")
  func lines() {
    #expect(
      MarkdownText.document("first\n\nsecond **line**\n- a _b_").blocks == [
        .paragraph("first"), .blank, .paragraph("second line"), .bullet("a _b_", indent: 0),
      ])
    #expect(MarkdownText.document("one\r\ntwo").blocks == [.paragraph("one\r\ntwo")])
  }
}
