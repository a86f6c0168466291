/// Splits text into words: lower-case, accents and compatibility forms folded, letters and
/// digits only.
///
/// "Café", "CAFÉ", "cafe\u{301}" and full-width "ｃａｆｅ" all give "cafe"; "3,000" gives "3000";
/// "93.5" stays one word; an apostrophe ends the word ("PD's" → "pd", "I'm" → "i").
enum TextNormalizer {
  /// Words longer than this are cut: no real word is, and hostile input stays cheap.
  static let maximumWordLength = 48

  static func words(_ text: String) -> [String] {
    var words: [String] = []
    var current = String.UnicodeScalarView()
    var currentLength = 0
    var inContraction = false
    let scalars = Array(text.unicodeScalars)

    func flush() {
      if !current.isEmpty { words.append(String(current)) }
      current = String.UnicodeScalarView()
      currentLength = 0
      inContraction = false
    }
    func append(_ folded: Substring.UnicodeScalarView) {
      guard !inContraction, currentLength < maximumWordLength else { return }
      current.append(contentsOf: folded)
      currentLength += folded.count
    }

    for index in scalars.indices {
      let scalar = scalars[index]
      switch fold(scalar) {
      case .text(let folded): append(folded.unicodeScalars[...])
      case .ignore: continue
      case .apostrophe: if !current.isEmpty { inContraction = true } else { flush() }
      case .numberPunctuation:
        let between =
          !current.isEmpty && index > 0 && index + 1 < scalars.count
          && isDigit(scalars[index - 1]) && isDigit(scalars[index + 1])
        if between {
          if scalar == "." { append("."[...].unicodeScalars) }
        } else {
          flush()
        }
      case .separator: flush()
      }
    }
    flush()
    return words
  }

  private enum Folded {
    case text(String)
    case ignore
    case apostrophe
    /// "," or "." — part of a number between digits, a separator elsewhere.
    case numberPunctuation
    case separator
  }

  private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    ("0"..."9").contains(scalar)
  }

  private static func fold(_ scalar: Unicode.Scalar) -> Folded {
    switch scalar {
    case "a"..."z", "0"..."9": return .text(String(scalar))
    case "A"..."Z": return .text(String(Unicode.Scalar(scalar.value + 32) ?? scalar))
    case "'", "\u{2019}", "\u{2018}", "\u{02BC}": return .apostrophe
    case ",", ".": return .numberPunctuation
    default: break
    }
    guard !scalar.isASCII else { return .separator }
    let properties = scalar.properties
    switch properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: return .ignore
    case .format: return .ignore
    default: break
    }
    if properties.numericType == .decimal, let value = properties.numericValue,
      (0...9).contains(value)
    {
      return .text(String(Int(value)))
    }
    if let latin = latinBase(properties.name) { return .text(latin) }
    if properties.isAlphabetic {
      return .text(properties.lowercaseMapping)
    }
    return .separator
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
