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
    for line in lines(of: markdown) {
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
    var bytes = Array(text.utf8)
    guard bytes.contains(where: isMarker) else { return text }
    // Read as bytes, the markers are the characters they are when every run of them stands
    // between ASCII bytes (nothing combines with them); otherwise characters are compared.
    guard markerRunsStandAlone(bytes) else {
      var result = text
      for marker in ["**", "__", "`"] {
        result = result.split(separator: marker, omittingEmptySubsequences: false).joined()
      }
      return result
    }
    bytes = removingPairs(of: UInt8(ascii: "*"), from: bytes)
    bytes = removingPairs(of: UInt8(ascii: "_"), from: bytes)
    bytes.removeAll { $0 == UInt8(ascii: "`") }
    return String(decoding: bytes, as: UTF8.self)
  }

  private static func isMarker(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "`")
  }

  /// Whether the byte before and after each run of marker bytes is ASCII (or the text's end).
  private static func markerRunsStandAlone(_ bytes: [UInt8]) -> Bool {
    bytes.indices.allSatisfy { index in
      !isMarker(bytes[index])
        || ((index == 0 || bytes[index - 1] < 0x80)
          && (index + 1 == bytes.count || bytes[index + 1] < 0x80))
    }
  }

  /// The bytes without each pair of `marker`, read left to right.
  private static func removingPairs(of marker: UInt8, from bytes: [UInt8]) -> [UInt8] {
    guard bytes.contains(marker) else { return bytes }
    var kept: [UInt8] = []
    kept.reserveCapacity(bytes.count)
    var index = 0
    while index < bytes.count {
      if bytes[index] == marker, index + 1 < bytes.count, bytes[index + 1] == marker {
        index += 2
      } else {
        kept.append(bytes[index])
        index += 1
      }
    }
    return kept
  }

  /// The lines of `text`, split at each LF; a text holding a CR (where CR LF is one character)
  /// is split by characters.
  private static func lines(of text: String) -> [String] {
    guard !text.utf8.contains(UInt8(ascii: "\r")) else {
      return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
    // Over the bytes in place: the generic split cost each answered entry some 50,000
    // instructions.
    var lines: [String] = []
    var text = text
    text.withUTF8 { bytes in
      var start = 0
      while let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) {
        lines.append(
          String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
        start = end + 1
      }
      lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
    }
    return lines
  }

  private static func numbered(_ line: Substring) -> (Int, String)? {
    let digits = line.prefix { $0.isNumber }
    guard !digits.isEmpty, digits.count <= 3, let number = Int(digits) else { return nil }
    let rest = line.dropFirst(digits.count)
    guard rest.hasPrefix(". ") || rest.hasPrefix(") ") else { return nil }
    return (number, String(rest.dropFirst(2)))
  }
}
