/// Eight bytes of text tested at once, in one 64-bit integer (SWAR, "SIMD within a register"),
/// for the scans that pass over every byte of a pasted draft looking for a few rare ones: the
/// newline scan of ``EmailLayout`` and the sentence cutter of ``SentenceSegmenter``.
///
/// The one place in the module that reads text through a raw pointer: an unaligned load of
/// eight bytes from a buffer the caller holds, at an offset that leaves eight bytes in it.
enum ByteBlocks {
  /// A block whose every byte is 1.
  private static let ones: UInt64 = 0x0101_0101_0101_0101
  /// A block whose every byte has only its high bit.
  private static let highs: UInt64 = 0x8080_8080_8080_8080

  /// The offset, from `start` on in steps of eight, of the first block of eight bytes that
  /// holds a byte past ASCII or below `limit` (at most 0x80), or where eight bytes no longer
  /// fit: every byte before it is ASCII and at least `limit`.
  static func skipASCII(
    atLeast limit: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int
  ) -> Int {
    let below = ones &* UInt64(limit)
    return skip(in: bytes, from: start) { block in
      // A byte past ASCII has its high bit; once none has, a byte below `limit` is the only
      // one whose subtraction borrows into its own high bit (exact for the block as a whole).
      (block | ((block &- below) & ~block)) & highs == 0
    }
  }

  /// The offset, from `start` on in steps of eight, of the first block of eight bytes that
  /// holds `a`, `b` or `c`, or where eight bytes no longer fit: no byte before it is one of
  /// them.
  static func skip(
    noneOf a: UInt8, _ b: UInt8, _ c: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int
  ) -> Int {
    let (a, b, c) = (ones &* UInt64(a), ones &* UInt64(b), ones &* UInt64(c))
    return skip(in: bytes, from: start) { block in
      !hasZeroByte(block ^ a) && !hasZeroByte(block ^ b) && !hasZeroByte(block ^ c)
    }
  }

  /// Whether a byte of `block` is 0 (exact for the block as a whole).
  private static func hasZeroByte(_ block: UInt64) -> Bool {
    (block &- ones) & ~block & highs != 0
  }

  /// The offset of the first block from `start` that `passes` does not let by.
  @inline(__always)
  private static func skip(
    in bytes: UnsafeBufferPointer<UInt8>, from start: Int, while passes: (UInt64) -> Bool
  ) -> Int {
    guard let base = bytes.baseAddress else { return start }
    let raw = UnsafeRawPointer(base)
    var index = start
    while index &+ 8 <= bytes.count,
      passes(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
    {
      index &+= 8
    }
    return index
  }
}
