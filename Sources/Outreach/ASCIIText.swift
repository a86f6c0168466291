/// Byte-level reading of text that is all ASCII, where a byte is a `Character` and the checks
/// can skip the cost of grapheme breaking; text with any other byte takes the `Character` path.
enum ASCIIText {
  /// Whether every byte of `text` is ASCII.
  static func isASCII(_ text: some StringProtocol) -> Bool {
    text.utf8.withContiguousStorageIfAvailable { bytes in
      bytes.allSatisfy { $0 < 0x80 }
    } ?? text.utf8.allSatisfy { $0 < 0x80 }
  }

  /// `Character.isWhitespace` for an ASCII byte: tab to carriage return, and space.
  static func isWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || (0x09...0x0D).contains(byte)
  }

  /// Lower-case ASCII patterns, searched for in ASCII text ignoring case, all in one pass.
  struct Patterns {
    let patterns: [String]
    private let bytes: [[UInt8]]
    /// The indices of the patterns that start with each ASCII byte.
    private let starting: [[Int]]
    /// A bit for each ASCII byte that starts a pattern: most bytes of a line start none.
    private let startFilter: (low: UInt64, high: UInt64)

    /// - Precondition: at most 64 patterns (the checks pass a handful).
    init(_ patterns: [String]) {
      precondition(patterns.count <= 64, "one bit per pattern")
      self.patterns = patterns
      bytes = patterns.map { Array($0.utf8) }
      var starting = [[Int]](repeating: [], count: 128)
      var filter: (low: UInt64, high: UInt64) = (0, 0)
      for (index, pattern) in bytes.enumerated() {
        guard let first = pattern.first else { continue }
        starting[Int(first & 0x7F)].append(index)
        if first & 0x7F < 64 {
          filter.low |= 1 << (first & 0x3F)
        } else {
          filter.high |= 1 << (first & 0x3F)
        }
      }
      self.starting = starting
      startFilter = filter
    }

    /// Whether a pattern may start with the lower-case ASCII `byte`.
    private func mayStart(_ byte: UInt8) -> Bool {
      (byte & 0x7F < 64 ? startFilter.low : startFilter.high) & (1 << (byte & 0x3F)) != 0
    }

    /// The patterns the ASCII `text` holds, in their order.
    func found(inASCII text: String) -> [String] {
      // One bit per pattern, so that a line with none allocates nothing.
      var found: UInt64 = 0
      var text = text
      text.withUTF8 { text in
        for start in text.indices where mayStart(lowered(text[start])) {
          for index in starting[Int(lowered(text[start]) & 0x7F)]
          where found & (1 << index) == 0 && bytes[index].count <= text.count - start
            && bytes[index].indices.allSatisfy({ lowered(text[start + $0]) == bytes[index][$0] })
          {
            found |= 1 << index
          }
        }
      }
      guard found != 0 else { return [] }
      return patterns.indices.compactMap { found & (1 << $0) != 0 ? patterns[$0] : nil }
    }
  }

  /// An ASCII byte in lower case.
  static func lowered(_ byte: UInt8) -> UInt8 {
    (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
  }
}
