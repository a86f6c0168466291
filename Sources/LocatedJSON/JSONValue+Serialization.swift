extension JSONValue {
  /// The value as JSON text, keys in their stored order: one line (the default) or indented by
  /// two spaces.
  ///
  /// Written here rather than with `JSONEncoder`, whose key order changes from run to run; the
  /// advisor's output must be byte-for-byte repeatable.
  package func serialized(pretty: Bool = false) -> String {
    String(decoding: utf8(pretty: pretty), as: UTF8.self)
  }

  /// The same text as ``serialized(pretty:)``, as UTF-8 bytes ready for a file.
  package func utf8(pretty: Bool = false) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(256)
    write(to: &output, pretty: pretty, indent: 0)
    return output
  }

  /// Appends the value's UTF-8 JSON text to `output`; strings are copied a run at a time, not a
  /// Unicode scalar at a time.
  package func write(to output: inout [UInt8], pretty: Bool = false, indent: Int = 0) {
    switch self {
    case .null: output.append(contentsOf: "null".utf8)
    case .bool(let value): output.append(contentsOf: (value ? "true" : "false").utf8)
    case .number(let value):
      if let integer = integerValue {
        output.append(contentsOf: String(integer).utf8)
      } else {
        output.append(contentsOf: "\(value)".utf8)
      }
    case .string(let value): JSONValue.writeString(value, to: &output)
    case .array(let elements):
      guard !elements.isEmpty else { return output.append(contentsOf: "[]".utf8) }
      output.append(UInt8(ascii: "["))
      for (index, element) in elements.enumerated() {
        if index > 0 { output.append(UInt8(ascii: ",")) }
        if pretty { JSONValue.newline(&output, indent + 1) }
        element.write(to: &output, pretty: pretty, indent: indent + 1)
      }
      if pretty { JSONValue.newline(&output, indent) }
      output.append(UInt8(ascii: "]"))
    case .object(let members):
      guard !members.isEmpty else { return output.append(contentsOf: "{}".utf8) }
      output.append(UInt8(ascii: "{"))
      for (index, member) in members.enumerated() {
        if index > 0 { output.append(UInt8(ascii: ",")) }
        if pretty { JSONValue.newline(&output, indent + 1) }
        JSONValue.writeString(member.key, to: &output)
        output.append(contentsOf: (pretty ? ": " : ":").utf8)
        member.value.write(to: &output, pretty: pretty, indent: indent + 1)
      }
      if pretty { JSONValue.newline(&output, indent) }
      output.append(UInt8(ascii: "}"))
    }
  }

  private static func newline(_ output: inout [UInt8], _ indent: Int) {
    output.append(UInt8(ascii: "\n"))
    output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * indent))
  }

  private static func writeString(_ text: String, to output: inout [UInt8]) {
    output.append(UInt8(ascii: "\""))
    var text = text
    text.withUTF8 { bytes in
      var runStart = 0
      for (index, byte) in bytes.enumerated() {
        let escape = escaped(byte)
        guard !escape.isEmpty else { continue }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
        output.append(contentsOf: escape.utf8)
        runStart = index + 1
      }
      output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
    }
    output.append(UInt8(ascii: "\""))
  }

  /// The escape for an ASCII byte that JSON text cannot hold as is, or "" for one it can (every
  /// byte of a multi-byte UTF-8 sequence is 0x80 or above, so they pass through unchanged).
  private static func escaped(_ byte: UInt8) -> String {
    switch byte {
    case UInt8(ascii: "\""): "\\\""
    case UInt8(ascii: "\\"): "\\\\"
    case 0x0A: "\\n"
    case 0x0D: "\\r"
    case 0x09: "\\t"
    case 0x08: "\\b"
    case 0x0C: "\\f"
    case 0x00...0x1F, 0x7F:
      "\\u00" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16)
    default: ""
    }
  }
}
