/// A parsed JSON text: its value, and the line on which each value (or its key) was written.
package struct JSONDocument: Sendable {
  /// The top-level value.
  package var root: JSONValue
  private var lines: [JSONPath: Int]

  init(root: JSONValue, lines: [JSONPath: Int]) {
    self.root = root
    self.lines = lines
  }

  /// Parses UTF-8 JSON text.
  ///
  /// - Throws: ``JSONSyntaxError`` with the line and column of the first problem.
  package init(parsing bytes: some Collection<UInt8>) throws(JSONSyntaxError) {
    var parser = JSONParser(bytes: Array(bytes))
    self = try parser.parseDocument()
  }

  /// Parses JSON text.
  package init(parsing text: String) throws(JSONSyntaxError) {
    try self.init(parsing: Array(text.utf8))
  }

  /// The 1-based line of the value at `path` — for an object member, the line of its key.
  /// Falls back to the nearest ancestor that was written, so every path has a line.
  package func line(of path: JSONPath) -> Int {
    var current: JSONPath? = path
    while let candidate = current {
      if let line = lines[candidate] { return line }
      current = candidate.parent
    }
    return 1
  }
}
