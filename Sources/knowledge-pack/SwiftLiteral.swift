/// The body of a Swift string literal whose UTF-8 is exactly `bytes` (which must be valid
/// UTF-8, as a knowledge pack is): quotes, backslashes and control characters escaped, all
/// else as it is.
enum SwiftLiteral {
  static func escaping(_ bytes: [UInt8]) -> String {
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count + bytes.count / 4)
    for byte in bytes {
      switch byte {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"):
        output += [UInt8(ascii: "\\"), byte]
      case 0..<0x20, 0x7F:
        output += Array("\\u{\(String(byte, radix: 16))}".utf8)
      default:
        output.append(byte)
      }
    }
    return String(decoding: output, as: UTF8.self)
  }
}
