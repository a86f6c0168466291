import AdvisorCore

/// What the sentence segmenter reads a line as: its `Character`s, or the bytes of a line that
/// is all ASCII, where each byte is a character and grapheme breaking can be skipped.
protocol TextUnit: Equatable {
  var isWhitespace: Bool { get }
  var isLetter: Bool { get }
  var isNumber: Bool { get }
  /// The unit as a character.
  var character: Character { get }
  /// Ends a sentence: `.`, `!`, `?`, `…`.
  var isTerminal: Bool { get }
  /// Closes a quotation or a bracket after the end of a sentence.
  var isCloser: Bool { get }
  /// A space (not any white space).
  var isSpace: Bool { get }
  var isPeriod: Bool { get }
  /// The unit as a byte, when units are the bytes of an ASCII line; nil for a `Character`.
  var asciiByte: UInt8? { get }
  /// The units as text.
  static func text(_ units: ArraySlice<Self>) -> String
  /// The units as text, without white space at either end.
  static func trimmedText(_ units: ArraySlice<Self>) -> String
  /// Where to look for the next terminal in `units` from `start`: `start`, or past units that
  /// hold none.
  static func skippingNonTerminals(_ units: [Self], from start: Int) -> Int
}

extension Character: TextUnit {
  var character: Character { self }
  var isTerminal: Bool { SentenceSegmenter.terminals.contains(self) }
  var isCloser: Bool { SentenceSegmenter.closers.contains(self) }
  var isSpace: Bool { self == " " }
  var isPeriod: Bool { self == "." }
  var asciiByte: UInt8? { nil }

  static func text(_ units: ArraySlice<Character>) -> String { String(units) }

  static func trimmedText(_ units: ArraySlice<Character>) -> String {
    String(units).trimmingWhitespace
  }

  static func skippingNonTerminals(_ units: [Character], from start: Int) -> Int { start }
}

extension UInt8: TextUnit {
  var isWhitespace: Bool { ASCIIText.isWhitespace(self) }
  var isLetter: Bool { (0x41...0x5A).contains(self) || (0x61...0x7A).contains(self) }
  var isNumber: Bool { (0x30...0x39).contains(self) }
  var character: Character { Character(Unicode.Scalar(self)) }

  var isTerminal: Bool { self == 0x2E || self == 0x21 || self == 0x3F }
  var isCloser: Bool { self == 0x22 || self == 0x27 || self == 0x29 || self == 0x5D }
  var isSpace: Bool { self == 0x20 }
  var isPeriod: Bool { self == 0x2E }
  var asciiByte: UInt8? { self }

  static func text(_ units: ArraySlice<UInt8>) -> String { String(decoding: units, as: UTF8.self) }

  static func trimmedText(_ units: ArraySlice<UInt8>) -> String {
    var units = units
    while let first = units.first, first.isWhitespace { units.removeFirst() }
    while let last = units.last, last.isWhitespace { units.removeLast() }
    // The white space after a line's last sentence is no text: no string is made of it.
    return units.isEmpty ? "" : text(units)
  }

  /// Eight bytes at a time (``ByteBlocks``): most of a line is no terminal.
  static func skippingNonTerminals(_ units: [UInt8], from start: Int) -> Int {
    units.withUnsafeBufferPointer {
      ByteBlocks.skip(
        noneOf: UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), in: $0, from: start)
    }
  }
}
