import Testing

@testable import KnowledgeBase

/// Seven-bit numbers read back as they were written, by the word-at-a-time reads as by a plain
/// byte loop, damaged bytes included.
@Suite("Seven-bit numbers")
struct SevenBitTests {
  /// The number a byte loop reads: groups low first, a byte of 0x80 or more is damage.
  private static func reference(bits: Int, _ bytes: [UInt8]) -> UInt64? {
    var value: UInt64 = 0
    for byte in bytes.prefix(SevenBit.width(bits: bits)).reversed() {
      guard byte < 0x80 else { return nil }
      value = value << 7 | UInt64(byte)
    }
    return value
  }

  private static let values: [UInt64] = [
    0, 1, 0x7F, 0x80, 0x3FFF, 0xFFFF, 0xFFFF_FFFF, 0x1_0000_0000, 0x8000_0000_0000_0000,
    .max, 3.5.bitPattern, (-0.25).bitPattern, Double.pi.bitPattern,
  ]

  @Test("A number reads back as written", arguments: [16, 32, 64], values)
  func roundTrip(bits: Int, value: UInt64) {
    let value = bits == 64 ? value : value & (1 << UInt64(bits) - 1)
    var bytes: [UInt8] = [0x55]
    SevenBit.append(value, bits: bits, to: &bytes)
    bytes.append(0x66)
    bytes.withUnsafeBytes { buffer in
      #expect(SevenBit.read(bits: bits, at: 1, in: buffer) == value)
    }
  }

  @Test("Any bytes read as the byte loop reads them", arguments: [32, 64])
  func anyBytes(bits: Int) {
    var state: UInt64 = 42
    for _ in 0..<2_000 {
      var bytes: [UInt8] = []
      for _ in 0..<SevenBit.width(bits: bits) {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        // Mostly seven-bit groups, now and then a damaged byte.
        bytes.append(UInt8(truncatingIfNeeded: state >> 33) & (state >> 60 == 0 ? 0xFF : 0x7F))
      }
      bytes.withUnsafeBytes { buffer in
        #expect(SevenBit.read(bits: bits, at: 0, in: buffer) == Self.reference(bits: bits, bytes))
      }
    }
  }
}
