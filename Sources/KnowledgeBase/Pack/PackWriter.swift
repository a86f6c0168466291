/// Appends numbers (seven bits per byte, see ``SevenBit``) and length-prefixed UTF-8 strings to
/// a byte buffer: the encoding of a ``KnowledgePack``.
struct PackWriter {
  private(set) var bytes: [UInt8] = []

  mutating func write(_ value: UInt32) { SevenBit.append(UInt64(value), bits: 32, to: &bytes) }

  mutating func write(_ value: UInt16) { SevenBit.append(UInt64(value), bits: 16, to: &bytes) }

  mutating func write(_ value: Float) { write(value.bitPattern) }

  mutating func write(_ value: Double) { write(value.bitPattern) }

  mutating func write(_ value: UInt64) { SevenBit.append(value, bits: 64, to: &bytes) }

  /// A count or an index; packs stay far below 4 Gi of anything.
  mutating func write(count: Int) { write(UInt32(count)) }

  mutating func write(_ text: String) {
    write(count: text.utf8.count)
    bytes += text.utf8
  }

  mutating func write(_ texts: [String]) {
    write(count: texts.count)
    for text in texts { write(text) }
  }

  mutating func write(raw: some Sequence<UInt8>) { bytes += raw }

  /// Writes `value` over the 64-bit number written at `offset`.
  mutating func overwrite(at offset: Int, with value: UInt64) {
    var number: [UInt8] = []
    SevenBit.append(value, bits: 64, to: &number)
    bytes.replaceSubrange(offset..<offset + number.count, with: number)
  }
}
