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
    /// Each pattern's second byte (0 for a pattern of one byte): most bytes that start a
    /// pattern are not followed by its second.
    private let seconds: [UInt8]
    /// For each ASCII byte, a bit for each pattern that starts with it: most bytes of a line
    /// start none.
    private let starting: [UInt64]
    /// A bit for each ASCII byte, in either case, that starts a pattern: the bytes that start
    /// none (most of a line) are passed over on one bit, before any table is read.
    private let startBits: (low: UInt64, high: UInt64)

    /// - Precondition: at most 64 patterns (the checks pass a handful).
    init(_ patterns: [String]) {
      precondition(patterns.count <= 64, "one bit per pattern")
      self.patterns = patterns
      bytes = patterns.map { Array($0.utf8) }
      seconds = bytes.map { $0.count > 1 ? $0[1] : 0 }
      var starting = [UInt64](repeating: 0, count: 128)
      for (index, pattern) in bytes.enumerated() {
        if let first = pattern.first { starting[Int(first & 0x7F)] |= 1 << index }
      }
      self.starting = starting
      var startBits: (low: UInt64, high: UInt64) = (0, 0)
      for byte in 0..<UInt8(128) where starting[Int(lowered(byte))] != 0 {
        if byte < 64 { startBits.low |= 1 << byte } else { startBits.high |= 1 << (byte - 64) }
      }
      self.startBits = startBits
    }

    /// The patterns the ASCII `text` holds, in their order.
    func found(inASCII text: Substring) -> [String] {
      // One bit per pattern, so that a line with none allocates nothing.
      var found: UInt64 = 0
      var text = text
      // In locals, so that the loop over the bytes reads no property.
      let (low, high) = startBits
      text.withUTF8 { text in
        var start = 0
        while start < text.count {
          let byte = text[start]
          start += 1
          guard (byte < 64 ? low >> byte : high >> (byte & 63)) & 1 != 0 else { continue }
          found |= patterns(startingAt: start - 1, in: text, other: found)
        }
      }
      guard found != 0 else { return [] }
      return patterns.indices.compactMap { found & (1 << $0) != 0 ? patterns[$0] : nil }
    }

    /// The patterns, other than those in `other`, that start at `start` in `text`: a bit for
    /// each.
    private func patterns(
      startingAt start: Int, in text: UnsafeBufferPointer<UInt8>, other: UInt64
    ) -> UInt64 {
      var found: UInt64 = 0
      var candidates = starting[Int(lowered(text[start]) & 0x7F)] & ~other
      while candidates != 0 {
        let index = candidates.trailingZeroBitCount
        candidates &= candidates - 1
        if seconds[index] == 0
          || (start + 1 < text.count && lowered(text[start + 1]) == seconds[index]),
          bytes[index].count <= text.count - start
            && bytes[index].indices.allSatisfy({ lowered(text[start + $0]) == bytes[index][$0] })
        {
          found |= 1 << index
        }
      }
      return found
    }
  }

  /// An ASCII byte in lower case.
  static func lowered(_ byte: UInt8) -> UInt8 {
    (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
  }
}
