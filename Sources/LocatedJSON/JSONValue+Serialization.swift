extension JSONValue {
  /// The value as JSON text, keys in their stored order: one line (the default) or indented by
  /// two spaces.
  ///
  /// Written here rather than with `JSONEncoder`, whose key order changes from run to run; the
  /// advisor's output must be byte-for-byte repeatable.
  public func serialized(pretty: Bool = false) -> String {
    var output = ""
    write(to: &output, pretty: pretty, indent: 0)
    return output
  }

  private func write(to output: inout String, pretty: Bool, indent: Int) {
    switch self {
    case .null: output += "null"
    case .bool(let value): output += value ? "true" : "false"
    case .number(let value):
      if let integer = integerValue { output += String(integer) } else { output += "\(value)" }
    case .string(let value): JSONValue.writeString(value, to: &output)
    case .array(let elements):
      guard !elements.isEmpty else { return output += "[]" }
      output += "["
      for (index, element) in elements.enumerated() {
        if index > 0 { output += "," }
        if pretty { JSONValue.newline(&output, indent + 1) }
        element.write(to: &output, pretty: pretty, indent: indent + 1)
      }
      if pretty { JSONValue.newline(&output, indent) }
      output += "]"
    case .object(let members):
      guard !members.isEmpty else { return output += "{}" }
      output += "{"
      for (index, member) in members.enumerated() {
        if index > 0 { output += "," }
        if pretty { JSONValue.newline(&output, indent + 1) }
        JSONValue.writeString(member.key, to: &output)
        output += pretty ? ": " : ":"
        member.value.write(to: &output, pretty: pretty, indent: indent + 1)
      }
      if pretty { JSONValue.newline(&output, indent) }
      output += "}"
    }
  }

  private static func newline(_ output: inout String, _ indent: Int) {
    output += "\n"
    output += String(repeating: "  ", count: indent)
  }

  private static func writeString(_ text: String, to output: inout String) {
    output += "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      case "\u{08}": output += "\\b"
      case "\u{0C}": output += "\\f"
      case "\u{00}"..."\u{1F}", "\u{7F}":
        let hex = String(scalar.value, radix: 16)
        output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: output.unicodeScalars.append(scalar)
      }
    }
    output += "\""
  }
}
