/// A strict RFC 8259 parser over UTF-8 bytes that records the line of every value.
///
/// `JSONDecoder` reports neither line nor column, and the advisor's errors must name the line,
/// so this small parser does the reading; output still goes through `JSONEncoder`.
struct JSONParser {
  /// Deeper nesting than this is refused rather than risking the stack on hostile input.
  static let maximumDepth = 256

  private let bytes: [UInt8]
  private var offset = 0
  private var line = 1
  private var lineStart = 0
  private var lines: [JSONPath: Int] = [:]

  init(bytes: [UInt8]) {
    self.bytes = bytes
    // A UTF-8 byte-order mark is harmless; skip it.
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { offset = 3 }
  }

  mutating func parseDocument() throws(JSONSyntaxError) -> JSONDocument {
    skipWhitespace()
    guard offset < bytes.count else { throw error("the text is empty; expected a JSON value") }
    let root = try parseValue(at: JSONPath(), depth: 0)
    skipWhitespace()
    guard offset == bytes.count else { throw error("unexpected text after the JSON value") }
    return JSONDocument(root: root, lines: lines)
  }

  // MARK: - Values

  private mutating func parseValue(at path: JSONPath, depth: Int) throws(JSONSyntaxError)
    -> JSONValue
  {
    guard depth < Self.maximumDepth else { throw error("nesting is too deep") }
    if lines[path] == nil { lines[path] = line }
    guard let byte = peek() else { throw error("unexpected end of text; expected a value") }
    switch byte {
    case UInt8(ascii: "{"): return try parseObject(at: path, depth: depth)
    case UInt8(ascii: "["): return try parseArray(at: path, depth: depth)
    case UInt8(ascii: "\""): return .string(try parseString())
    case UInt8(ascii: "t"): try expectLiteral("true"); return .bool(true)
    case UInt8(ascii: "f"): try expectLiteral("false"); return .bool(false)
    case UInt8(ascii: "n"): try expectLiteral("null"); return .null
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
    default: throw error("unexpected \(describe(byte)); expected a value")
    }
  }

  private mutating func parseObject(at path: JSONPath, depth: Int) throws(JSONSyntaxError)
    -> JSONValue
  {
    offset += 1
    var members: [JSONValue.Member] = []
    var seen: Set<String> = []
    skipWhitespace()
    if peek() == UInt8(ascii: "}") {
      offset += 1
      return .object(members)
    }
    while true {
      skipWhitespace()
      guard peek() == UInt8(ascii: "\"") else { throw error("expected a key in double quotes") }
      let keyLine = line
      let key = try parseString()
      guard seen.insert(key).inserted else { throw error("duplicate key \"\(key)\"") }
      skipWhitespace()
      guard peek() == UInt8(ascii: ":") else { throw error("expected ':' after the key") }
      offset += 1
      skipWhitespace()
      let memberPath = path.appending(key: key)
      lines[memberPath] = keyLine
      members.append(JSONValue.Member(key, try parseValue(at: memberPath, depth: depth + 1)))
      skipWhitespace()
      switch peek() {
      case UInt8(ascii: ","): offset += 1
      case UInt8(ascii: "}"): offset += 1; return .object(members)
      default: throw error("expected ',' or '}'")
      }
    }
  }

  private mutating func parseArray(at path: JSONPath, depth: Int) throws(JSONSyntaxError)
    -> JSONValue
  {
    offset += 1
    var elements: [JSONValue] = []
    skipWhitespace()
    if peek() == UInt8(ascii: "]") {
      offset += 1
      return .array(elements)
    }
    while true {
      skipWhitespace()
      let elementPath = path.appending(.index(elements.count))
      elements.append(try parseValue(at: elementPath, depth: depth + 1))
      skipWhitespace()
      switch peek() {
      case UInt8(ascii: ","): offset += 1
      case UInt8(ascii: "]"): offset += 1; return .array(elements)
      default: throw error("expected ',' or ']'")
      }
    }
  }

  // MARK: - Scalars

  private mutating func parseString() throws(JSONSyntaxError) -> String {
    offset += 1  // the opening quote
    var scalars = String.UnicodeScalarView()
    var run = offset  // start of the current run of plain bytes
    func flush(_ parser: JSONParser, upTo end: Int) throws(JSONSyntaxError) {
      guard run < end else { return }
      guard let text = String(validating: parser.bytes[run..<end], as: UTF8.self) else {
        throw parser.error("the text is not valid UTF-8")
      }
      scalars.append(contentsOf: text.unicodeScalars)
    }
    while offset < bytes.count {
      let byte = bytes[offset]
      switch byte {
      case UInt8(ascii: "\""):
        try flush(self, upTo: offset)
        offset += 1
        return String(scalars)
      case UInt8(ascii: "\\"):
        try flush(self, upTo: offset)
        offset += 1
        scalars.append(try parseEscape())
        run = offset
      case 0..<0x20:
        throw error("a control character must be escaped inside a string")
      default:
        offset += 1
      }
    }
    throw error("unterminated string")
  }

  private mutating func parseEscape() throws(JSONSyntaxError) -> Unicode.Scalar {
    guard let byte = peek() else { throw error("unterminated string") }
    offset += 1
    switch byte {
    case UInt8(ascii: "\""): return "\""
    case UInt8(ascii: "\\"): return "\\"
    case UInt8(ascii: "/"): return "/"
    case UInt8(ascii: "b"): return "\u{08}"
    case UInt8(ascii: "f"): return "\u{0C}"
    case UInt8(ascii: "n"): return "\n"
    case UInt8(ascii: "r"): return "\r"
    case UInt8(ascii: "t"): return "\t"
    case UInt8(ascii: "u"):
      let first = try parseHex4()
      if (0xD800..<0xDC00).contains(first) {
        guard peek() == UInt8(ascii: "\\"), peek(1) == UInt8(ascii: "u") else {
          throw error("unpaired surrogate in \\u escape")
        }
        offset += 2
        let second = try parseHex4()
        guard (0xDC00..<0xE000).contains(second) else {
          throw error("unpaired surrogate in \\u escape")
        }
        let value = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
        guard let scalar = Unicode.Scalar(value) else { throw error("invalid \\u escape") }
        return scalar
      }
      guard let scalar = Unicode.Scalar(first) else {
        throw error("unpaired surrogate in \\u escape")
      }
      return scalar
    default:
      throw error("invalid escape \\\(describe(byte, quoted: false))")
    }
  }

  private mutating func parseHex4() throws(JSONSyntaxError) -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard let byte = peek(), let digit = hexValue(byte) else {
        throw error("expected four hex digits after \\u")
      }
      value = value << 4 | digit
      offset += 1
    }
    return value
  }

  private mutating func parseNumber() throws(JSONSyntaxError) -> JSONValue {
    let start = offset
    if peek() == UInt8(ascii: "-") { offset += 1 }
    guard let first = peek(), isDigit(first) else { throw error("expected a digit") }
    offset += 1
    if first != UInt8(ascii: "0") { skipDigits() }
    if peek() == UInt8(ascii: ".") {
      offset += 1
      guard let byte = peek(), isDigit(byte) else { throw error("expected a digit after '.'") }
      skipDigits()
    }
    if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
      offset += 1
      if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { offset += 1 }
      guard let byte = peek(), isDigit(byte) else { throw error("expected a digit in exponent") }
      skipDigits()
    }
    let text = String(decoding: bytes[start..<offset], as: UTF8.self)
    guard let number = Double(text), number.isFinite else { throw error("number out of range") }
    return .number(number)
  }

  private mutating func expectLiteral(_ literal: StaticString) throws(JSONSyntaxError) {
    let expected = UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)
    guard bytes.count - offset >= expected.count,
      bytes[offset..<offset + expected.count].elementsEqual(expected)
    else { throw error("unexpected word; expected a value such as \(literal)") }
    offset += expected.count
  }

  // MARK: - Helpers

  private mutating func skipWhitespace() {
    while let byte = peek() {
      switch byte {
      case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
        offset += 1
      case UInt8(ascii: "\n"):
        offset += 1
        line += 1
        lineStart = offset
      default:
        return
      }
    }
  }

  private mutating func skipDigits() {
    while let byte = peek(), isDigit(byte) { offset += 1 }
  }

  private func peek(_ ahead: Int = 0) -> UInt8? {
    offset + ahead < bytes.count ? bytes[offset + ahead] : nil
  }

  private func isDigit(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
  }

  private func hexValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
    default: nil
    }
  }

  private func describe(_ byte: UInt8, quoted: Bool = true) -> String {
    guard (0x21..<0x7F).contains(byte) else { return "byte 0x" + String(byte, radix: 16) }
    let character = String(UnicodeScalar(byte))
    return quoted ? "'\(character)'" : character
  }

  private func error(_ message: String) -> JSONSyntaxError {
    JSONSyntaxError(line: line, column: offset - lineStart + 1, message: message)
  }
}
