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
    /// For each byte, in either case, a bit for each pattern that starts with it: most bytes
    /// of a line start none.
    private let starting: [UInt64]
    /// For each byte, in either case, a bit for each pattern whose second byte it is, and for
    /// every pattern of one byte: a byte that starts a pattern is compared with it only when
    /// the next byte goes on with it, and most do not.
    private let following: [UInt64]
    /// A bit for each pattern of one byte: what may start at a line's last byte.
    private let single: UInt64

    /// - Precondition: at most 64 patterns (the checks pass a handful).
    init(_ patterns: [String]) {
      precondition(patterns.count <= 64, "one bit per pattern")
      self.patterns = patterns
      bytes = patterns.map { Array($0.utf8) }
      var starting = [UInt64](repeating: 0, count: 256)
      var following = [UInt64](repeating: 0, count: 256)
      var single: UInt64 = 0
      for byte in 0..<256 {
        let lowered = ASCIIText.lowered(UInt8(byte))
        for (index, pattern) in bytes.enumerated() {
          if pattern.first == lowered { starting[byte] |= 1 << index }
          if pattern.count < 2 || pattern[1] == lowered { following[byte] |= 1 << index }
        }
      }
      for (index, pattern) in bytes.enumerated() where pattern.count < 2 {
        single |= 1 << index
      }
      (self.starting, self.following, self.single) = (starting, following, single)
    }

    /// The patterns the ASCII `text` holds, in their order.
    func found(inASCII text: Substring) -> [String] {
      // One bit per pattern, so that a line with none allocates nothing.
      var found: UInt64 = 0
      var text = text
      text.withUTF8 { text in
        starting.withUnsafeBufferPointer { starting in
          following.withUnsafeBufferPointer { following in
            for start in text.indices where starting[Int(text[start])] != 0 {
              let next = start + 1 < text.count ? following[Int(text[start + 1])] : single
              let candidates = starting[Int(text[start])] & next & ~found
              if candidates != 0 {
                found |= patterns(candidates, startingAt: start, in: text)
              }
            }
          }
        }
      }
      guard found != 0 else { return [] }
      return patterns.indices.compactMap { found & (1 << $0) != 0 ? patterns[$0] : nil }
    }

    /// Those of the `candidates` (a bit for each pattern) that start at `start` in `text`.
    private func patterns(
      _ candidates: UInt64, startingAt start: Int, in text: UnsafeBufferPointer<UInt8>
    ) -> UInt64 {
      var found: UInt64 = 0
      var candidates = candidates
      while candidates != 0 {
        let index = candidates.trailingZeroBitCount
        candidates &= candidates - 1
        if bytes[index].count <= text.count - start
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
