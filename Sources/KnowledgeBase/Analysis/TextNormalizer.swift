/// Splits text into words: lower-case, accents and compatibility forms folded, letters and
/// digits only.
///
/// "Café", "CAFÉ", "cafe\u{301}" and full-width "ｃａｆｅ" all give "cafe"; "3,000" gives "3000";
/// "93.5" stays one word; an apostrophe ends the word ("PD's" → "pd", "I'm" → "i").
///
/// It runs over UTF-8 bytes: ASCII, nearly all of the text, takes a byte at a time; only the
/// rare non-ASCII scalar is decoded and folded through its Unicode properties.
enum TextNormalizer {
  /// Words longer than this are cut: no real word is, and hostile input stays cheap.
  static let maximumWordLength = 48

  static func words(_ text: String) -> [String] {
    var text = text
    return text.withUTF8 { bytes in words(bytes) }
  }

  private static func words(_ bytes: UnsafeBufferPointer<UInt8>) -> [String] {
    var words: [String] = []
    var word: [UInt8] = []
    word.reserveCapacity(maximumWordLength)
    var inContraction = false

    func flush() {
      if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
      word.removeAll(keepingCapacity: true)
      inContraction = false
    }
    func append(_ byte: UInt8) {
      if !inContraction, word.count < maximumWordLength { word.append(byte) }
    }
    func isDigit(_ index: Int) -> Bool {
      index >= 0 && index < bytes.count && bytes[index] >= 0x30 && bytes[index] <= 0x39
    }

    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      switch byte {
      case 0x61...0x7A, 0x30...0x39:  // a-z, 0-9
        append(byte)
        index += 1
      case 0x41...0x5A:  // A-Z
        append(byte + 32)
        index += 1
      case 0x27:  // '
        if word.isEmpty { flush() } else { inContraction = true }
        index += 1
      case 0x2C, 0x2E:  // , and . between digits belong to the number
        if !word.isEmpty, isDigit(index - 1), isDigit(index + 1) {
          if byte == 0x2E { append(byte) }
        } else {
          flush()
        }
        index += 1
      case 0x00..<0x80:
        flush()
        index += 1
      default:
        let (scalar, length) = decode(bytes, at: index)
        index += length
        switch fold(scalar) {
        case .text(let folded): for byte in folded.utf8 { append(byte) }
        case .ignore: break
        case .apostrophe: if word.isEmpty { flush() } else { inContraction = true }
        case .separator: flush()
        }
      }
    }
    flush()
    return words
  }

  /// The scalar starting at `index` and its length in bytes (U+FFFD for malformed input).
  private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (
    Unicode.Scalar, Int
  ) {
    var iterator = bytes[index...].makeIterator()
    var decoder = UTF8()
    switch decoder.decode(&iterator) {
    case .scalarValue(let scalar): return (scalar, max(UTF8.width(scalar), 1))
    case .emptyInput, .error: return ("\u{FFFD}", 1)
    }
  }

  private enum Folded {
    case text(String)
    case ignore
    case apostrophe
    case separator
  }

  private static func fold(_ scalar: Unicode.Scalar) -> Folded {
    switch scalar {
    case "\u{2019}", "\u{2018}", "\u{02BC}": return .apostrophe
    default: break
    }
    let properties = scalar.properties
    switch properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark, .format: return .ignore
    default: break
    }
    if properties.numericType == .decimal, let value = properties.numericValue,
      (0...9).contains(value)
    {
      return .text(String(Int(value)))
    }
    guard properties.isAlphabetic else { return .separator }
    if let latin = latinBase(properties.name) { return .text(latin) }
    return .text(properties.lowercaseMapping)
  }

  /// "LATIN SMALL LETTER E WITH ACUTE" → "e"; "FULLWIDTH LATIN CAPITAL LETTER S" → "s";
  /// "LATIN SMALL LIGATURE FI" → "fi"; "LATIN SMALL LETTER SHARP S" → "ss".
  private static func latinBase(_ name: String?) -> String? {
    guard let name, name.contains("LATIN") else { return nil }
    let words = name.split(separator: " ")
    guard let marker = words.firstIndex(where: { $0 == "LETTER" || $0 == "LIGATURE" }),
      marker + 1 < words.count
    else { return nil }
    let rest = words[(marker + 1)...]
    if rest.starts(with: ["SHARP", "S"]) { return "ss" }
    if rest.starts(with: ["DOTLESS"]), rest.count > 1 {
      return rest[rest.startIndex + 1].lowercased()
    }
    guard let base = rest.first, base.count <= 2, base.allSatisfy({ $0.isLetter && $0.isASCII })
    else { return nil }
    return base.lowercased()
  }
}
