/// A problem with what the user gave us, reported as `advisor: error: FILE:LINE: message`.
struct UserError: Error, CustomStringConvertible {
  var file: String?
  var line: Int?
  var message: String

  init(file: String? = nil, line: Int? = nil, _ message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  var description: String {
    switch (file, line) {
    case (let file?, let line?): "\(file):\(line): \(message)"
    case (let file?, nil): "\(file): \(message)"
    default: message
    }
  }
}
