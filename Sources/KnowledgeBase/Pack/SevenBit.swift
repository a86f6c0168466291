/// Numbers as groups of seven bits, low group first, one group per byte: every byte of an
/// encoded number is below 0x80, so a pack (numbers plus UTF-8 strings) is valid UTF-8 as a
/// whole and the build can embed it in a string literal that the program reads in place.
enum SevenBit {
  /// Bytes taken by a number of `bits` bits.
  static func width(bits: Int) -> Int { (bits + 6) / 7 }

  static func append(_ value: UInt64, bits: Int, to bytes: inout [UInt8]) {
    var value = value
    for _ in 0..<width(bits: bits) {
      bytes.append(UInt8(value & 0x7F))
      value >>= 7
    }
  }

  /// The number at `offset`; nil when a byte is not a seven-bit group. Groups past the 64th bit
  /// are dropped.
  static func read(bits: Int, at offset: Int, in bytes: UnsafeRawBufferPointer) -> UInt64? {
    switch bits {
    case 32: return read32(at: offset, in: bytes)
    case 64: return read64(at: offset, in: bytes)
    default:
      var value: UInt64 = 0
      for index in (0..<width(bits: bits)).reversed() {
        let byte = bytes[offset + index]
        guard byte < 0x80 else { return nil }
        value = value << 7 | UInt64(byte)
      }
      return value
    }
  }

  // The two widths a query reads for every posting, a word at a time: the groups in a word are
  // checked at once and packed together in three shift-and-mask steps instead of a byte loop.

  /// The five groups of a 32-bit number (up to 35 bits, as the byte loop reads them).
  private static func read32(at offset: Int, in bytes: UnsafeRawBufferPointer) -> UInt64? {
    let word = UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
    let last = bytes[offset + 4]
    guard word & 0x8080_8080 == 0, last < 0x80 else { return nil }
    return UInt64(packed(UInt64(word))) | UInt64(last) << 28
  }

  /// The ten groups of a 64-bit number.
  private static func read64(at offset: Int, in bytes: UnsafeRawBufferPointer) -> UInt64? {
    let word = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    let (ninth, tenth) = (bytes[offset + 8], bytes[offset + 9])
    guard word & 0x8080_8080_8080_8080 == 0, ninth < 0x80, tenth < 0x80 else { return nil }
    return packed(word) | UInt64(ninth) << 56 | UInt64(tenth) << 63
  }

  /// Eight seven-bit groups, one per byte (low group in the low byte), as one 56-bit number.
  private static func packed(_ word: UInt64) -> UInt64 {
    var word = word
    word = (word & 0x007F_007F_007F_007F) | (word & 0x7F00_7F00_7F00_7F00) >> 1
    word = (word & 0x0000_3FFF_0000_3FFF) | (word & 0x3FFF_0000_3FFF_0000) >> 2
    return (word & 0x0000_0000_0FFF_FFFF) | (word & 0x0FFF_FFFF_0000_0000) >> 4
  }
}
