/// Malformed JSON text: where it went wrong and what was expected.
public struct JSONSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
  /// 1-based line of the problem.
  public var line: Int
  /// 1-based column (in bytes) of the problem.
  public var column: Int
  /// What is wrong, in lower case, without the position ("expected ',' or '}'").
  public var message: String

  public init(line: Int, column: Int, message: String) {
    self.line = line
    self.column = column
    self.message = message
  }

  public var description: String { "\(line):\(column): \(message)" }
}
