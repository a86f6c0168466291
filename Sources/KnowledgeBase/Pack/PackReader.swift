/// Reads what ``PackWriter`` wrote, checking every length against the bytes left, so a
/// truncated or damaged pack is an error, never a crash.
struct PackReader {
  /// Why the bytes are not a pack this build can read.
  struct Failure: Error, Equatable {
    var message: String
  }

  let storage: PackBytes
  private(set) var offset = 0
  /// Where reading stops: the end of the pack, or of the part being read.
  private let end: Int

  init(_ storage: PackBytes, at offset: Int = 0, end: Int? = nil) {
    self.storage = storage
    self.end = min(max(end ?? storage.count, 0), storage.count)
    self.offset = min(max(offset, 0), self.end)
  }

  mutating func readUInt32() throws(Failure) -> UInt32 {
    let start = offset
    guard let value = UInt32(exactly: try read(bits: 32)) else {
      throw Failure(message: "a damaged number at byte \(start)")
    }
    return value
  }

  mutating func readUInt16() throws(Failure) -> UInt16 {
    let start = offset
    guard let value = UInt16(exactly: try read(bits: 16)) else {
      throw Failure(message: "a damaged number at byte \(start)")
    }
    return value
  }

  mutating func readFloat() throws(Failure) -> Float { Float(bitPattern: try readUInt32()) }

  mutating func readDouble() throws(Failure) -> Double { Double(bitPattern: try read(bits: 64)) }

  mutating func readUInt64() throws(Failure) -> UInt64 { try read(bits: 64) }

  /// A count, checked to be plausible: each counted item takes at least `minimumSize` bytes.
  mutating func readCount(minimumSize: Int = 1) throws(Failure) -> Int {
    let count = Int(try readUInt32())
    guard count <= (end - offset) / max(minimumSize, 1) else {
      throw Failure(message: "a count of \(count) runs past the end")
    }
    return count
  }

  mutating func readString() throws(Failure) -> String {
    let length = Int(try readUInt32())
    let start = try advance(length)
    return String(
      decoding: UnsafeRawBufferPointer(rebasing: storage.bytes[start..<start + length]),
      as: UTF8.self)
  }

  /// Passes over a string without decoding it.
  ///
  /// - Returns: where its UTF-8 bytes are.
  @discardableResult
  mutating func skipString() throws(Failure) -> Range<Int> {
    try skip(Int(try readUInt32()))
  }

  mutating func readStrings() throws(Failure) -> [String] {
    let count = try readCount(minimumSize: 5)
    var strings: [String] = []
    strings.reserveCapacity(count)
    for _ in 0..<count { strings.append(try readString()) }
    return strings
  }

  /// Where the next `count` bytes are, passed over unread.
  mutating func skip(_ count: Int) throws(Failure) -> Range<Int> {
    let start = try advance(count)
    return start..<start + count
  }

  private mutating func read(bits: Int) throws(Failure) -> UInt64 {
    let start = try advance(SevenBit.width(bits: bits))
    guard let value = SevenBit.read(bits: bits, at: start, in: storage.bytes) else {
      throw Failure(message: "a damaged number at byte \(start)")
    }
    return value
  }

  private mutating func advance(_ count: Int) throws(Failure) -> Int {
    guard count >= 0, count <= end - offset else {
      throw Failure(message: "truncated at byte \(offset)")
    }
    defer { offset += count }
    return offset
  }
}
