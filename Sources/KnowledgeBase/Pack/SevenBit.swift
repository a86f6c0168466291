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

  /// The number at `offset`; nil when a byte is not a seven-bit group.
  static func read(bits: Int, at offset: Int, in bytes: UnsafeRawBufferPointer) -> UInt64? {
    var value: UInt64 = 0
    for index in (0..<width(bits: bits)).reversed() {
      let byte = bytes[offset + index]
      guard byte < 0x80 else { return nil }
      value = value << 7 | UInt64(byte)
    }
    return value
  }
}
