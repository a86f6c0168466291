/// A 64-bit checksum of parts of a pack, eight bytes at a step: each step is a bijection of the
/// running value, so any change within one eight-byte word always changes the sum. It tells a
/// damaged or half-written pack from a good one; it is no defence against a forged one (a pack
/// is read with every length checked anyway).
enum PackChecksum {
  static func of(_ ranges: [Range<Int>], in bytes: UnsafeRawBufferPointer) -> UInt64 {
    var sum: UInt64 = 0x9E37_79B9_7F4A_7C15
    func mix(_ word: UInt64) {
      sum = ((sum ^ word) &* 0x0000_0100_0000_01B3).rotated(by: 29)
    }
    for range in ranges {
      let part = UnsafeRawBufferPointer(rebasing: bytes[range])
      var offset = 0
      while offset + 8 <= part.count {
        mix(part.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        offset += 8
      }
      var tail: UInt64 = 0
      for byte in part[offset...].reversed() { tail = tail << 8 | UInt64(byte) }
      mix(tail)
      mix(UInt64(part.count))
    }
    return sum
  }
}

extension UInt64 {
  fileprivate func rotated(by count: UInt64) -> UInt64 { self << count | self >> (64 - count) }
}
