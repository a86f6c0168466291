/// Turns the bytes of a text input into the text every parser sees: one encoding, one newline.
///
/// A leading byte-order mark is dropped, CRLF and lone CR become LF before anything splits
/// lines, and a NUL byte or bytes that are not UTF-8 are reported with their line (after the
/// newlines are normalised, so the line is the one the parsers would count).
package enum InputText {
  /// The UTF-8 byte-order mark.
  static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

  /// Decodes `bytes` as normalised UTF-8 text.
  ///
  /// - Parameters:
  ///   - bytes: the input as read.
  ///   - file: the name to report problems under.
  ///   - what: what the input should be ("program list (CSV)"), for messages.
  /// - Throws: ``InputProblem`` (`.binary` or `.invalidUTF8`) naming the line.
  package static func decode(_ bytes: [UInt8], file: String, what: String) throws(InputProblem)
    -> String
  {
    let normalised = normalisingNewlines(strippingByteOrderMark(bytes))
    if let offset = normalised.firstIndex(of: 0) {
      throw InputProblem(
        .binary, file: file, line: line(at: offset, in: normalised),
        "binary data (a NUL byte); expected \(what) as text")
    }
    guard let text = String(validating: normalised, as: UTF8.self) else {
      throw InputProblem(
        .invalidUTF8, file: file, line: firstInvalidLine(normalised),
        "not valid UTF-8 text; expected \(what) saved as UTF-8")
    }
    return text
  }

  /// Whether `bytes` hold nothing but spaces, tabs, newlines and a byte-order mark.
  package static func isBlank(_ bytes: [UInt8]) -> Bool {
    strippingByteOrderMark(bytes).allSatisfy {
      $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09
    }
  }

  /// `text` with CRLF and lone CR turned into LF, for text that did not come through ``decode``.
  package static func normalisingNewlines(_ text: String) -> String {
    guard text.utf8.contains(0x0D) else { return text }
    return String(decoding: normalisingNewlines(Array(text.utf8)[...]), as: UTF8.self)
  }

  static func strippingByteOrderMark(_ bytes: [UInt8]) -> ArraySlice<UInt8> {
    bytes.starts(with: byteOrderMark) ? bytes.dropFirst(3) : bytes[...]
  }

  /// CRLF and CR to LF in one pass; the bytes are returned untouched when there is no CR.
  static func normalisingNewlines(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
    guard bytes.contains(0x0D) else { return Array(bytes) }
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    var previousWasCR = false
    for byte in bytes {
      if byte == 0x0A, previousWasCR {
        previousWasCR = false
        continue
      }
      previousWasCR = byte == 0x0D
      result.append(previousWasCR ? 0x0A : byte)
    }
    return result
  }

  static func line(at offset: Int, in bytes: [UInt8]) -> Int {
    var line = 1
    for byte in bytes[..<offset] where byte == 0x0A { line += 1 }
    return line
  }

  /// The line of the first byte that is not UTF-8; each line is validated once.
  static func firstInvalidLine(_ bytes: [UInt8]) -> Int {
    var start = 0
    var line = 1
    for (offset, byte) in bytes.enumerated() where byte == 0x0A {
      if String(validating: bytes[start..<offset], as: UTF8.self) == nil { return line }
      line += 1
      start = offset + 1
    }
    return line
  }
}
