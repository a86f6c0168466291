/// Reads what ``PackWriter`` wrote, checking every length against the bytes left, so a
/// truncated or damaged pack is an error, never a crash.
struct PackReader {
  /// Why the bytes are not a pack this build can read.
  struct Failure: Error, Equatable {
    var message: String
  }

  private let bytes: [UInt8]
  private(set) var offset = 0

  init(_ bytes: [UInt8], at offset: Int = 0) {
    self.bytes = bytes
    self.offset = min(max(offset, 0), bytes.count)
  }

  var isAtEnd: Bool { offset == bytes.count }

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

  /// A count, checked to be plausible: each counted item takes at least `minimumSize` bytes.
  mutating func readCount(minimumSize: Int = 1) throws(Failure) -> Int {
    let count = Int(try readUInt32())
    guard count <= (bytes.count - offset) / max(minimumSize, 1) else {
      throw Failure(message: "a count of \(count) runs past the end")
    }
    return count
  }

  mutating func readString() throws(Failure) -> String {
    let length = Int(try readUInt32())
    let start = try advance(length)
    return bytes.withUnsafeBufferPointer {
      String(decoding: UnsafeBufferPointer(rebasing: $0[start..<start + length]), as: UTF8.self)
    }
  }

  /// Passes over a string without decoding it.
  mutating func skipString() throws(Failure) {
    _ = try advance(Int(try readUInt32()))
  }

  mutating func readStrings() throws(Failure) -> [String] {
    let count = try readCount(minimumSize: 5)
    var strings: [String] = []
    strings.reserveCapacity(count)
    for _ in 0..<count { strings.append(try readString()) }
    return strings
  }

  /// The next `count` bytes, unread.
  mutating func readRaw(_ count: Int) throws(Failure) -> ArraySlice<UInt8> {
    let start = try advance(count)
    return bytes[start..<start + count]
  }

  private mutating func read(bits: Int) throws(Failure) -> UInt64 {
    let start = try advance(SevenBit.width(bits: bits))
    guard let value = bytes.withUnsafeBytes({ SevenBit.read(bits: bits, at: start, in: $0) })
    else { throw Failure(message: "a damaged number at byte \(start)") }
    return value
  }

  private mutating func advance(_ count: Int) throws(Failure) -> Int {
    guard count >= 0, count <= bytes.count - offset else {
      throw Failure(message: "truncated at byte \(offset)")
    }
    defer { offset += count }
    return offset
  }
}
