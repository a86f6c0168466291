/// Numbers of a fixed width (32 bits in seven-bit groups: five bytes each) lying in a pack,
/// read one at a time where they are, or held in an array when nothing was packed.
struct PackedNumbers: Sendable {
  private enum Storage: Sendable {
    case array([Int])
    case packed(PackBytes, start: Int)
  }

  /// The bytes each number takes in a pack.
  static let width = SevenBit.width(bits: 32)

  private let storage: Storage
  let count: Int

  init(_ numbers: [Int]) {
    storage = .array(numbers)
    count = numbers.count
  }

  /// `count` numbers from byte `start` of `bytes` (the caller checked they lie within).
  init(_ bytes: PackBytes, at start: Int, count: Int) {
    storage = .packed(bytes, start: start)
    self.count = count
  }

  /// The number at `position`; nil when its bytes are damaged.
  subscript(position: Int) -> Int? {
    switch storage {
    case .array(let numbers): return numbers[position]
    case .packed(let bytes, let start):
      guard let value = SevenBit.read(bits: 32, at: start + position * Self.width, in: bytes.bytes)
      else { return nil }
      return Int(value)
    }
  }
}
