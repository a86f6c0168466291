/// A small reader for the Markdown the entries use: paragraphs, bullets, numbered lists and
/// tables. Emphasis markers are dropped; tables are kept as they are.
package enum MarkdownText {
  package static func document(_ markdown: String, indent: Int = 0) -> TextDocument {
    var document = TextDocument()
    var paragraph: [String] = []
    func flush() {
      if !paragraph.isEmpty {
        document.append(.paragraph(paragraph.joined(separator: " "), indent: indent))
        paragraph = []
      }
    }
    for rawLine in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
      let line = String(rawLine)
      let trimmed = line.drop { $0 == " " }
      if trimmed.isEmpty {
        flush()
        document.separate()
      } else if trimmed.hasPrefix("|") {
        flush()
        if !trimmed.allSatisfy({ "|-: ".contains($0) }) {
          document.append(.verbatim(String(repeating: " ", count: indent) + plain(String(trimmed))))
        }
      } else if trimmed.hasPrefix("- ") || trimmed.hasPrefix("* ") {
        flush()
        let depth = line.count - trimmed.count
        document.append(.bullet(plain(String(trimmed.dropFirst(2))), indent: indent + depth))
      } else if let (number, rest) = numbered(trimmed) {
        flush()
        document.append(.paragraph("\(number). " + plain(rest), indent: indent + 1))
      } else if trimmed.hasPrefix("#") {
        flush()
        document.append(.heading(plain(String(trimmed.drop { $0 == "#" || $0 == " " }))))
      } else {
        paragraph.append(plain(String(trimmed)))
      }
    }
    flush()
    while document.blocks.last == .blank { document.blocks.removeLast() }
    return document
  }

  /// The text without `**`, `__` and backticks.
  package static func plain(_ text: String) -> String {
    var result = text
    for marker in ["**", "__", "`"] {
      result = result.split(separator: marker, omittingEmptySubsequences: false).joined()
    }
    return result
  }

  private static func numbered(_ line: Substring) -> (Int, String)? {
    let digits = line.prefix { $0.isNumber }
    guard !digits.isEmpty, digits.count <= 3, let number = Int(digits) else { return nil }
    let rest = line.dropFirst(digits.count)
    guard rest.hasPrefix(". ") || rest.hasPrefix(") ") else { return nil }
    return (number, String(rest.dropFirst(2)))
  }
}
