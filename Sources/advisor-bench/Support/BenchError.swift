/// Why the benchmark could not run: a missing or unreadable input, a tool that failed.
///
/// Printed as one line, `advisor-bench: error: FILE: message`, with a non-zero exit. A missed
/// target is not an error: the benchmark is a report.
struct BenchError: Error, Sendable, CustomStringConvertible {
  /// The file or program the problem is about, when there is one.
  var file: String?
  var message: String

  init(file: String? = nil, _ message: String) {
    self.file = file
    self.message = message
  }

  var description: String {
    file.map { "\($0): \(message)" } ?? message
  }
}
