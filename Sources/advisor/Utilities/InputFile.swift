import TextInput

/// Reads a file the user named through ``InputReader``, as a one-line ``UserError`` on failure.
enum InputFile {
  /// The file's (or, for "-", standard input's) text: bounded, BOM stripped, newlines as LF.
  static func readText(_ path: String, what: String) throws -> String {
    do {
      return try InputReader.text(path, what: what)
    } catch {
      throw UserError(error)
    }
  }
}

extension UserError {
  /// The input layer's problem, in the contract's `FILE:LINE: message` form.
  init(_ problem: InputProblem) {
    self.init(file: problem.file, line: problem.line, problem.message)
  }
}
