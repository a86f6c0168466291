/// Malformed JSON text: where it went wrong and what was expected.
package struct JSONSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
  /// 1-based line of the problem.
  package var line: Int
  /// 1-based column (in bytes) of the problem.
  package var column: Int
  /// What is wrong, in lower case, without the position ("expected ',' or '}'").
  package var message: String

  package init(line: Int, column: Int, message: String) {
    self.line = line
    self.column = column
    self.message = message
  }

  package var description: String { "\(line):\(column): \(message)" }
}
