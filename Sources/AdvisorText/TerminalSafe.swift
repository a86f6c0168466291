/// Makes text from data (entries, CSV fields, flags, file names, sessions) safe to show on a
/// terminal: control characters and the escape sequences they start are shown escaped, so only
/// the advisor's own styling can move the cursor, retitle the window or write the clipboard.
package enum TerminalSafe {
  /// `text` with every C0 and C1 control (ESC, BEL, CR, backspace, CSI...), DEL and the
  /// bidirectional overrides shown as `\x1b`-style or `\u{202e}`-style escapes.
  ///
  /// - Parameter keepingNewlines: keep line feeds (and tabs) as they are; otherwise a line feed
  ///   is shown as `\n`, for messages that must stay one line.
  package static func text(_ text: String, keepingNewlines: Bool = true) -> String {
    guard text.unicodeScalars.contains(where: { isUnsafe($0, keepingNewlines: keepingNewlines) })
    else { return text }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      guard isUnsafe(scalar, keepingNewlines: keepingNewlines) else {
        result.append(scalar)
        continue
      }
      result.append(contentsOf: escape(scalar).unicodeScalars)
    }
    return String(result)
  }

  /// Whether a scalar must not reach the terminal as it is.
  static func isUnsafe(_ scalar: Unicode.Scalar, keepingNewlines: Bool) -> Bool {
    switch scalar.value {
    case 0x0A: !keepingNewlines
    case 0x09: false
    case 0x00...0x1F, 0x7F...0x9F: true
    // Bidirectional embeddings, overrides and isolates can reorder what is shown.
    case 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }

  private static func escape(_ scalar: Unicode.Scalar) -> String {
    if scalar == "\n" { return "\\n" }
    let hex = String(scalar.value, radix: 16)
    if scalar.value < 0x80 { return "\\x" + (hex.count < 2 ? "0" + hex : hex) }
    return "\\u{" + hex + "}"
  }
}
