/// Something wrong in an entry file, at a line.
package struct LintProblem: Error, Sendable, Hashable, CustomStringConvertible {
  package var file: String
  package var line: Int
  package var message: String

  package init(file: String, line: Int, _ message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  /// `FILE:LINE: message`.
  package var description: String { "\(file):\(line): \(message)" }
}
